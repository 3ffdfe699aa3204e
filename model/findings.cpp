#include "findings.h"

#include "catalogfeatures.h"

#include "ruleplacement.h"
#include "rules.h"

#include <QCoreApplication>
#include <QHash>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Findings", text);
}

/// A finding about the host @p hostId, the zone @p zoneId or the firewall @p firewallId.
Finding finding(Finding::Severity severity, const QString &message, const QString &hostId = {},
                const QString &zoneId = {}, const QString &firewallId = {})
{
    Finding result;
    result.severity = severity;
    result.hostId = hostId;
    result.message = message;
    result.zoneId = zoneId;
    result.firewallId = firewallId;
    return result;
}

/// "FW-CORE (clients → servers), FW-INT (inside → dmz)": a path as `check` names it.
QString pathText(const Project &project, const std::vector<FirewallHop> &hops)
{
    QStringList parts;
    for (const FirewallHop &hop : hops) {
        const Firewall &firewall = project.firewalls[size_t(hop.firewall)];
        parts.append(tr("%1 (%2 → %3)")
                         .arg(firewall.name, firewall.interfaces[hop.ingress].name,
                              firewall.interfaces[hop.egress].name));
    }
    return parts.join(QStringLiteral(", "));
}

/// The findings about zones and firewalls; nothing for a project without zones.
void checkZones(const Catalog &catalog, const Project &project, QList<Finding> *errors,
                QList<Finding> *warnings)
{
    if (project.zones.empty())
        return;
    using Severity = Finding::Severity;
    const RulePlacement placement(catalog, project);
    const FirewallPaths &paths = placement.paths();
    auto zoneName = [&](int zone) {
        return project.zones[size_t(zone)].name;
    };

    for (size_t h = 0; h < project.hosts.size(); ++h) {
        const Host &host = project.hosts[h];
        const QString prefix = host.name + QStringLiteral(": ");
        for (int a = 0; a < host.addresses.size(); ++a) {
            const Address &address = host.addresses[a];
            const int zone = placement.addressZones().zoneOf(quint32(h), quint16(a));
            if (zone == ZoneMap::noZone) {
                warnings->append(
                    finding(Severity::Warning,
                            prefix + tr("%1 is in no zone: its rules cannot be placed on firewalls")
                                         .arg(address.toString()),
                            host.id));
            } else if (zone == ZoneMap::severalZones) {
                QStringList names;
                for (int z : placement.zoneMap().zonesIn(address))
                    names.append(z == ZoneMap::noZone ? tr("no zone") : zoneName(z));
                errors->append(
                    finding(Severity::Error,
                            prefix + tr("%1 spans several zones (%2): its rules "
                                        "cannot be placed on firewalls")
                                         .arg(address.toString(), names.join(QStringLiteral(", "))),
                            host.id));
            }
        }
    }

    // Zone pairs that rules join, each once, however many rules join it.
    std::vector<bool> crossed(project.firewalls.size(), false);
    std::vector<FirewallPaths::Towards> towards(project.zones.size());
    std::vector<bool> searched(project.zones.size(), false);
    for (const RulePlacement::ZonePair &pair : placement.zonePairs()) {
        const size_t t = size_t(pair.destination);
        if (!searched[t]) {
            searched[t] = true;
            towards[t] = paths.towards(pair.destination);
        }
        const QString zoneId = project.zones[size_t(pair.source)].id;
        auto prefix = [&] {
            return tr("zone %1 to zone %2").arg(zoneName(pair.source), zoneName(pair.destination)) +
                   QStringLiteral(": ");
        };
        if (towards[t].distance(pair.source) < 0) {
            errors->append(
                finding(Severity::Error,
                        prefix() + tr("no firewall path joins them: their rules cannot be placed"),
                        {}, zoneId));
            continue;
        }
        for (int zone = pair.source; zone != pair.destination; zone = towards[t].nextZone(zone))
            crossed[size_t(towards[t].nextHop(zone).firewall)] = true;
        if (towards[t].isTied(pair.source)) {
            const auto path = paths.path(pair.source, pair.destination);
            const auto other = paths.lastTiedPath(pair.source, pair.destination);
            warnings->append(
                finding(Severity::Warning,
                        prefix() + tr("paths of equal length; rules take %1, not %2")
                                       .arg(pathText(project, path), pathText(project, other)),
                        {}, zoneId));
        }
    }
    for (int zone : placement.anyDestinationZones()) {
        for (const FirewallCrossing &crossing : paths.anyCrossings(zone))
            crossed[size_t(crossing.firewall)] = true;
    }
    for (size_t f = 0; f < project.firewalls.size(); ++f) {
        const Firewall &firewall = project.firewalls[f];
        if (!crossed[f])
            warnings->append(finding(Severity::Warning,
                                     tr("firewall %1: no rule crosses it").arg(firewall.name), {},
                                     {}, firewall.id));
    }
    if (project.anyZones) {
        for (const QString &id : *project.anyZones) {
            const int zone = project.zoneIndex(id);
            if (zone >= 0 && project.zones[size_t(zone)].kind == Zone::Kind::External)
                warnings->append(finding(Severity::Warning,
                                         tr("any includes the external zone %1: rules from any "
                                            "come from there too")
                                             .arg(zoneName(zone)),
                                         {}, id));
        }
    }
}

} // namespace

QString addressMismatch(const Role &role, const Address &address)
{
    if (role.addressKind == Role::AddressKind::Host && address.isNetwork())
        return tr("%1 is a network; a %2 needs host addresses")
            .arg(address.toString(), role.name.en);
    return {};
}

int countFindings(const QList<Finding> &findings, Finding::Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

QList<Finding> checkProject(const Catalog &catalog, const Project &project)
{
    QList<Finding> errors;
    QList<Finding> warnings;
    auto error = [&](const Host &host, const QString &text) {
        errors.append(
            finding(Finding::Severity::Error, host.name + QStringLiteral(": ") + text, host.id));
    };
    auto warning = [&](const Host *host, const QString &text) {
        warnings.append(finding(Finding::Severity::Warning,
                                host ? host->name + QStringLiteral(": ") + text : text,
                                host ? host->id : QString()));
    };

    QHash<QString, QList<int>> holders; // address → hosts
    QHash<QString, int> names;
    for (size_t h = 0; h < project.hosts.size(); ++h) {
        const Host &host = project.hosts[h];
        const int role = catalog.roleIndex(host.role);
        if (host.name.trimmed().isEmpty())
            warning(&host, tr("the host (id '%1') has no name").arg(host.id));
        else
            names[host.name.toCaseFolded()] += 1;
        if (host.addresses.isEmpty())
            warning(&host, tr("no address: it gets no firewall rules"));
        for (const Address &address : host.addresses) {
            if (role >= 0) {
                const QString why = addressMismatch(catalog.roles()[role], address);
                if (!why.isEmpty())
                    error(host, why);
            }
            holders[address.toString()].append(int(h));
        }
    }

    for (const Host &host : project.hosts) {
        if (!host.name.trimmed().isEmpty() && names.value(host.name.toCaseFolded()) > 1)
            warning(&host, tr("another host has the same name"));
    }

    QStringList sharedAddresses = holders.keys();
    sharedAddresses.sort();
    for (const QString &address : std::as_const(sharedAddresses)) {
        const QList<int> &hosts = holders[address];
        if (hosts.size() < 2)
            continue;
        QStringList hostNames;
        for (int h : hosts)
            hostNames.append(project.hosts[size_t(h)].name);
        warning(&project.hosts[size_t(hosts.first())],
                tr("the address %1 is also on %2")
                    .arg(address, hostNames.mid(1).join(QStringLiteral(", "))));
    }

    // Host pairs a flow connects but no address pair of one family can serve.
    // Visited, not listed: at enterprise scale there are millions of pairs.
    std::vector<quint8> families(project.hosts.size(), 0); // bit 0: IPv4, bit 1: IPv6
    for (size_t h = 0; h < project.hosts.size(); ++h) {
        for (const Address &a : project.hosts[h].addresses)
            families[h] |= a.isIPv4() ? 1 : 2;
    }
    forEachConnection(catalog, project, [&](int source, int destination, const QList<int> &flows) {
        if (source < 0)
            return;
        const quint8 s = families[size_t(source)];
        const quint8 d = families[size_t(destination)];
        if (s == 0 || d == 0 || (s & d) != 0)
            return;
        warning(&project.hosts[size_t(source)],
                tr("no address of the same IP family as %1: the flows %2 get "
                   "no rule")
                    .arg(project.hosts[size_t(destination)].name, portLabel(catalog, flows)));
    });

    // A missing role is worth a word only where a host of the project waits
    // for it: an enabled flow joins it to a role that has hosts (or to any).
    // An empty project, or roles of optional features left off, are merely
    // not done yet.
    const auto byRole = hostsByRole(catalog, project);
    const std::vector<bool> active = activeFlows(catalog, project.features);
    const auto present = [&](int role) {
        return catalog.roles()[role].pseudo || !byRole[size_t(role)].empty();
    };
    for (int r : catalog.hostRoles()) {
        if (!byRole[size_t(r)].empty())
            continue;
        bool awaited = false;
        for (int f = 0; f < catalog.flows().size() && !awaited; ++f) {
            const Flow &flow = catalog.flows()[f];
            if (!active[size_t(f)])
                continue;
            if (flow.sourceRoles.contains(r))
                awaited = std::any_of(flow.destinationRoles.begin(), flow.destinationRoles.end(),
                                      present);
            if (!awaited && flow.destinationRoles.contains(r))
                awaited =
                    std::any_of(flow.sourceRoles.begin(), flow.sourceRoles.end(), [&](int source) {
                        return !catalog.roles()[source].pseudo && present(source);
                    });
        }
        if (awaited)
            warning(nullptr, tr("no host has the role %1: its flows get no rules")
                                 .arg(catalog.roles()[r].name.en));
    }
    QList<Finding> zoneErrors;
    QList<Finding> zoneWarnings;
    checkZones(catalog, project, &zoneErrors, &zoneWarnings);
    return errors + zoneErrors + warnings + zoneWarnings;
}

} // namespace Portolan
