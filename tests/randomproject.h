#pragma once

// Random projects with zones and firewalls, for property tests.

#include "project.h"

#include <QRandomGenerator>

namespace Portolan::TestSupport {

/// A random project with zones: nested prefixes of both families, catch-all
/// zones now and then, firewalls with two to four interfaces, hosts of
/// every role with addresses in the zones (or outside them), `any` now
/// from the default zones, now from a list.
inline Project randomProject(quint32 seed)
{
    QRandomGenerator random(seed);
    Project project;
    project.catalogIds = {QStringLiteral("lync2013-single-director")};
    const int zoneCount = 2 + int(random.bounded(5));
    for (int z = 0; z < zoneCount; ++z) {
        Zone zone;
        zone.id = QStringLiteral("z%1").arg(z);
        zone.name = QStringLiteral("Zone %1").arg(z);
        zone.kind = Zone::Kind(random.bounded(3));
        // 10.z.0.0/16 and 2001:db8:z::/48, and a nested /24 of the previous zone's.
        zone.networks.append(*Address::parse(QStringLiteral("10.%1.0.0/16").arg(z)));
        if (random.bounded(2))
            zone.networks.append(*Address::parse(QStringLiteral("2001:db8:%1::/48").arg(z)));
        if (z > 0 && random.bounded(2))
            zone.networks.append(*Address::parse(QStringLiteral("10.%1.7.0/24").arg(z - 1)));
        if (z == zoneCount - 1 && random.bounded(3) == 0)
            zone.networks.append(*Address::parse(QStringLiteral("0.0.0.0/0")));
        project.zones.push_back(zone);
    }
    const int firewallCount = 1 + int(random.bounded(zoneCount));
    for (int f = 0; f < firewallCount; ++f) {
        Firewall firewall;
        firewall.id = QStringLiteral("f%1").arg(f);
        firewall.name = QStringLiteral("FW-%1").arg(f);
        QList<int> zones;
        const int interfaces = 2 + int(random.bounded(std::min(3, zoneCount - 1)));
        while (zones.size() < interfaces) {
            const int z = int(random.bounded(zoneCount));
            if (!zones.contains(z))
                zones.append(z);
        }
        for (int i = 0; i < zones.size(); ++i)
            firewall.interfaces.append(
                {QStringLiteral("z%1").arg(zones[i]), QStringLiteral("eth%1").arg(i), {}});
        project.firewalls.push_back(firewall);
    }
    if (random.bounded(2)) {
        project.anyZones = QStringList{};
        for (int z = 0; z < zoneCount; ++z) {
            if (random.bounded(2))
                project.anyZones->append(QStringLiteral("z%1").arg(z));
        }
    }
    const QStringList roles{QStringLiteral("reverse-proxy"),  QStringLiteral("director"),
                            QStringLiteral("front-end-pool"), QStringLiteral("front-end-server"),
                            QStringLiteral("edge-internal"),  QStringLiteral("internal-clients")};
    const int hostCount = 6 + int(random.bounded(14));
    for (int h = 0; h < hostCount; ++h) {
        Host host;
        host.id = QStringLiteral("h%1").arg(h);
        host.name = QStringLiteral("H-%1").arg(h);
        host.role = roles[h % roles.size()];
        const int z = int(random.bounded(zoneCount + 1)); // zoneCount: outside every zone
        const bool network = host.role == QLatin1String("internal-clients");
        const int third = random.bounded(2) ? 7 : int(random.bounded(200)) + 10;
        host.addresses.append(
            *Address::parse(network ? QStringLiteral("10.%1.%2.0/24").arg(z).arg(third)
                                    : QStringLiteral("10.%1.%2.%3").arg(z).arg(third).arg(h + 1)));
        if (random.bounded(2))
            host.addresses.append(
                *Address::parse(network ? QStringLiteral("2001:db8:%1:%2::/64").arg(z).arg(h + 1)
                                        : QStringLiteral("2001:db8:%1::%2").arg(z).arg(h + 1)));
        project.hosts.push_back(host);
    }
    return project;
}

} // namespace Portolan::TestSupport
