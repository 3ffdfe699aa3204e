#include "topologygenerator.h"

#include <QCoreApplication>

namespace Portolan {

namespace {

/// splitmix64: a tiny, portable generator (std:: distributions differ between
/// standard libraries, which would make the topology depend on the compiler).
class SplitMix
{
public:
    explicit SplitMix(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// A whole number in [-range, range].
    int jitter(int range) { return int(next() % quint64(2 * range + 1)) - range; }

private:
    quint64 m_state;
};

Address parsed(const QString &text)
{
    const auto address = Address::parse(text);
    Q_ASSERT(address);
    return *address;
}

/// Server addresses of a site: 10.(100 + site / 256).(site % 256).HOST.
Address serverV4(int site, int host)
{
    return parsed(QStringLiteral("10.%1.%2.%3").arg(100 + site / 256).arg(site % 256).arg(host));
}

/// Server addresses of a site: 2001:db8:SITE:1::HOST (hex).
Address serverV6(int site, int host)
{
    return parsed(QStringLiteral("2001:db8:%1:1::%2").arg(site, 0, 16).arg(host, 0, 16));
}

} // namespace

TopologyGenerator::TopologyGenerator(quint64 seed)
    : m_seed(seed)
{}

Project TopologyGenerator::generate(int sites) const
{
    Q_ASSERT(sites >= 1 && sites <= (m_zones ? maxZoneSites : maxSites));
    SplitMix random(m_seed);
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    project.title =
        QCoreApplication::translate("Portolan::TopologyGenerator", "Benchmark topology, sites: %1")
            .arg(sites);
    project.hosts.reserve(size_t(sites) * hostsPerSite);

    // Sites on a grid of 10 columns; inside a site, one column per tier as in
    // the sample: clients, reverse proxies and Edges, Directors, Front-End.
    constexpr double siteWidth = 1400;
    constexpr double siteHeight = 2400;
    for (int site = 0; site < sites; ++site) {
        const QString tag = QStringLiteral("S%1").arg(site + 1, 3, 10, QLatin1Char('0'));
        const QPointF origin((site % 10) * siteWidth, (site / 10) * siteHeight);
        auto add = [&](const QString &role, const QString &prefix, int number,
                       QList<Address> addresses, double x, double y) {
            Host host;
            host.name =
                QStringLiteral("%1-%2-%3").arg(tag, prefix).arg(number, 2, 10, QLatin1Char('0'));
            host.id = host.name.toLower();
            host.role = role;
            host.addresses = std::move(addresses);
            host.position = origin + QPointF(x + random.jitter(20), y + random.jitter(20));
            project.hosts.push_back(std::move(host));
        };

        for (int i = 0; i < 20; ++i) {
            const int network = site * 20 + i; // 10.(network / 256).(network % 256).0/24
            QList<Address> addresses{
                parsed(QStringLiteral("10.%1.%2.0/24").arg(network / 256).arg(network % 256))};
            if (i % 4 == 3)
                addresses.append(parsed(
                    QStringLiteral("2001:db8:%1:%2::/64").arg(site, 0, 16).arg(0x100 + i, 0, 16)));
            add(QStringLiteral("internal-clients"), QStringLiteral("CLIENTS"), i + 1, addresses, 0,
                110.0 * i);
        }
        for (int i = 0; i < 2; ++i)
            add(QStringLiteral("reverse-proxy"), QStringLiteral("RP"), i + 1,
                {serverV4(site, 11 + i)}, 320, 130.0 * i);
        for (int i = 0; i < 4; ++i)
            add(QStringLiteral("edge-internal"), QStringLiteral("EDGE"), i + 1,
                {serverV4(site, 51 + i), serverV6(site, 0x51 + i)}, 320, 600 + 130.0 * i);
        for (int i = 0; i < 2; ++i)
            add(QStringLiteral("director"), QStringLiteral("DIR"), i + 1,
                {serverV4(site, 21 + i), serverV6(site, 0x21 + i)}, 640, 300 + 130.0 * i);
        add(QStringLiteral("front-end-pool"), QStringLiteral("FEPOOL"), 1,
            {serverV4(site, 30), serverV6(site, 0x30)}, 960, 0);
        for (int i = 0; i < 12; ++i)
            add(QStringLiteral("front-end-server"), QStringLiteral("FE"), i + 1,
                {serverV4(site, 31 + i)}, 960, 150 + 130.0 * i);
    }
    if (m_zones)
        addZones(&project, sites);
    return project;
}

void TopologyGenerator::addZones(Project *project, int sites) const
{
    auto zone = [&](const QString &id, const QString &name, Zone::Kind kind,
                    const QStringList &networks) {
        Zone z;
        z.id = id;
        z.name = name;
        z.kind = kind;
        for (const QString &network : networks)
            z.networks.append(parsed(network));
        project->zones.push_back(std::move(z));
    };
    auto firewall = [&](const QString &name, const QList<QPair<QString, QString>> &interfaces) {
        Firewall f;
        f.id = name.toLower();
        f.name = name;
        for (const auto &[zoneId, interfaceName] : interfaces)
            f.interfaces.append({zoneId, interfaceName, {}});
        project->firewalls.push_back(std::move(f));
    };
    zone(QStringLiteral("internet"), QStringLiteral("Internet"), Zone::Kind::External,
         {QStringLiteral("0.0.0.0/0"), QStringLiteral("::/0")});
    zone(QStringLiteral("wan"), QStringLiteral("WAN"), Zone::Kind::Internal,
         {QStringLiteral("10.255.0.0/16")});
    for (int site = 0; site < sites; ++site) {
        const QString tag = QStringLiteral("s%1").arg(site + 1, 3, 10, QLatin1Char('0'));
        const QString name = tag.toUpper();
        const QString v4 = QStringLiteral("10.%1.%2.").arg(100 + site / 256).arg(site % 256);
        const QString v6 = QStringLiteral("2001:db8:%1:1::").arg(site, 0, 16);
        zone(tag + QStringLiteral("-dmz"), name + QStringLiteral(" perimeter"),
             Zone::Kind::Perimeter,
             {v4 + QStringLiteral("8/29"), v4 + QStringLiteral("48/29"),
              v6 + QStringLiteral("50/124")});
        zone(tag + QStringLiteral("-srv"), name + QStringLiteral(" servers"), Zone::Kind::Internal,
             {v4 + QStringLiteral("0/24"), v6 + QStringLiteral("/64")});
        QStringList clients;
        for (int i = 0; i < 20; ++i) {
            const int network = site * 20 + i;
            clients.append(QStringLiteral("10.%1.%2.0/24").arg(network / 256).arg(network % 256));
        }
        clients.append(QStringLiteral("2001:db8:%1:100::/56").arg(site, 0, 16));
        zone(tag + QStringLiteral("-cli"), name + QStringLiteral(" clients"), Zone::Kind::Internal,
             clients);
        firewall(name + QStringLiteral("-FW-INT"),
                 {{tag + QStringLiteral("-dmz"), QStringLiteral("dmz")},
                  {tag + QStringLiteral("-srv"), QStringLiteral("inside")}});
        firewall(name + QStringLiteral("-FW-CORE"),
                 {{tag + QStringLiteral("-cli"), QStringLiteral("clients")},
                  {tag + QStringLiteral("-srv"), QStringLiteral("servers")},
                  {QStringLiteral("wan"), QStringLiteral("wan")}});
    }
    firewall(QStringLiteral("FW-EDGE"), {{QStringLiteral("internet"), QStringLiteral("outside")},
                                         {QStringLiteral("s001-dmz"), QStringLiteral("dmz")}});
}

} // namespace Portolan
