#include "ruleplacement.h"

#include <QHash>

#include <algorithm>

namespace Portolan {

namespace {

quint64 bit(int interface)
{
    return quint64(1) << interface;
}

/// For one role and one IP family: the zones its hosts have addresses in.
struct RoleZones
{
    std::vector<int> zones; ///< ascending
    std::vector<bool> has;  ///< per zone index
};

} // namespace

RulePlacement::RulePlacement(const Catalog &catalog, const Project &project)
    : m_zoneMap(project)
    , m_paths(project)
    , m_addressZones(m_zoneMap.hostAddressZones(project))
    , m_zoneCount(int(project.zones.size()))
{
    m_routeStart.push_back(0);
    addRoute({}); // route 0: within one zone
    const size_t zones = size_t(m_zoneCount);
    m_pairRoute.assign(zones * zones, unplaced);
    m_anyRoute.assign(zones, unplaced);
    if (zones == 0)
        return;
    for (size_t z = 0; z < zones; ++z)
        m_pairRoute[z * zones + z] = 0;

    // The zone pairs rules join follow from the roles alone: a flow joins every
    // zone of its source role's addresses with every zone of its destination
    // role's addresses of the same family (deriveRules() pairs every such
    // address pair but equal addresses, which share a zone; a duplicate rule
    // it drops repeats the zones of the rule it keeps).
    QHash<QString, int> roleOf;
    const auto &roles = catalog.roles();
    for (int r = 0; r < roles.size(); ++r) {
        if (!roles[r].pseudo)
            roleOf.insert(roles[r].id, r);
    }
    std::vector<RoleZones> byRole(size_t(roles.size()) * 2);
    for (RoleZones &entry : byRole)
        entry.has.assign(zones, false);
    const QString *lastRole = nullptr;
    int role = -1;
    for (size_t h = 0; h < project.hosts.size(); ++h) {
        // Hosts of one role tend to follow each other: hash only a new role.
        if (!lastRole || *lastRole != project.hosts[h].role) {
            lastRole = &project.hosts[h].role;
            role = roleOf.value(*lastRole, -1);
        }
        if (role < 0)
            continue;
        const auto &addresses = project.hosts[h].addresses;
        for (int a = 0; a < addresses.size(); ++a) {
            const int zone = m_addressZones.zoneOf(quint32(h), quint16(a));
            if (zone < 0)
                continue;
            RoleZones &entry = byRole[size_t(role) * 2 + (addresses[a].isIPv6() ? 1 : 0)];
            if (!entry.has[size_t(zone)]) {
                entry.has[size_t(zone)] = true;
                entry.zones.push_back(zone);
            }
        }
    }
    for (RoleZones &entry : byRole)
        std::sort(entry.zones.begin(), entry.zones.end());

    std::vector<quint8> used(zones * zones, 0);
    std::vector<bool> anyUsed(zones, false);
    for (const Flow &flow : catalog.flows()) {
        for (int sourceRole : flow.sourceRoles) {
            for (int destinationRole : flow.destinationRoles) {
                for (size_t family = 0; family < 2; ++family) {
                    const RoleZones &to = byRole[size_t(destinationRole) * 2 + family];
                    if (roles[sourceRole].pseudo) {
                        for (int zone : to.zones)
                            anyUsed[size_t(zone)] = true;
                        continue;
                    }
                    const RoleZones &from = byRole[size_t(sourceRole) * 2 + family];
                    for (int a : from.zones) {
                        for (int b : to.zones) {
                            if (a != b)
                                used[size_t(a) * zones + size_t(b)] = 1;
                        }
                    }
                }
            }
        }
    }

    // Destination by destination, one walk of the cached tree per zone pair;
    // the hops are counted first, so the route storage is allocated once.
    std::vector<FirewallPaths::Towards> towards(zones);
    std::vector<quint8> destination(zones, 0);
    size_t routes = 0;
    size_t hops = 0;
    for (size_t s = 0; s < zones; ++s) {
        for (size_t t = 0; t < zones; ++t) {
            if (!used[s * zones + t])
                continue;
            m_zonePairs.push_back({int(s), int(t)});
            if (!destination[t]) {
                destination[t] = 1;
                towards[t] = m_paths.towards(int(t));
            }
            const int distance = towards[t].distance(int(s));
            if (distance > 0) {
                ++routes;
                hops += size_t(distance);
            }
        }
    }
    m_routeStart.reserve(m_routeStart.size() + routes + size_t(zones));
    m_crossings.reserve(hops);
    for (size_t t = 0; t < zones; ++t) {
        if (!destination[t])
            continue;
        for (size_t s = 0; s < zones; ++s) {
            if (!used[s * zones + t] || towards[t].distance(int(s)) < 0)
                continue; // not joined by rules, or no path joins them
            for (int zone = int(s); zone != int(t);) {
                const FirewallHop &hop = towards[t].nextHop(zone);
                m_crossings.push_back({hop.firewall, bit(hop.ingress), bit(hop.egress)});
                zone = towards[t].nextZone(zone);
            }
            m_routeStart.push_back(quint32(m_crossings.size()));
            m_pairRoute[s * zones + t] = qint32(m_routeStart.size()) - 2;
        }
    }
    for (size_t t = 0; t < zones; ++t) {
        if (!anyUsed[t])
            continue;
        m_anyDestinations.append(int(t));
        m_anyRoute[t] = addRoute(m_paths.anyCrossings(int(t)));
    }
}

int RulePlacement::addRoute(const std::vector<FirewallCrossing> &crossings)
{
    m_crossings.insert(m_crossings.end(), crossings.begin(), crossings.end());
    m_routeStart.push_back(quint32(m_crossings.size()));
    return int(m_routeStart.size()) - 2;
}

std::vector<quint32> RulePlacement::rulesOn(int firewall, const std::vector<Rule> &rules) const
{
    std::vector<bool> onRoute(size_t(routeCount()), false);
    for (int r = 0; r < routeCount(); ++r) {
        for (const FirewallCrossing &crossing : routeCrossings(r)) {
            if (crossing.firewall == firewall)
                onRoute[size_t(r)] = true;
        }
    }
    std::vector<quint32> result;
    for (size_t i = 0; i < rules.size(); ++i) {
        const int r = route(rules[i]);
        if (r != unplaced && onRoute[size_t(r)])
            result.push_back(quint32(i));
    }
    return result;
}

std::vector<std::vector<quint32>>
RulePlacement::rulesByFirewall(const std::vector<Rule> &rules) const
{
    // Count first, so that each list is allocated once at its size.
    std::vector<size_t> perRoute(size_t(routeCount()), 0);
    for (const Rule &rule : rules) {
        const int r = route(rule);
        if (r != unplaced)
            ++perRoute[size_t(r)];
    }
    std::vector<size_t> perFirewall(size_t(m_paths.firewallCount()), 0);
    for (int r = 0; r < routeCount(); ++r) {
        for (const FirewallCrossing &crossing : routeCrossings(r))
            perFirewall[size_t(crossing.firewall)] += perRoute[size_t(r)];
    }
    std::vector<std::vector<quint32>> result(perFirewall.size());
    for (size_t f = 0; f < result.size(); ++f)
        result[f].reserve(perFirewall[f]);
    for (size_t i = 0; i < rules.size(); ++i) {
        for (const FirewallCrossing &crossing : crossings(rules[i]))
            result[size_t(crossing.firewall)].push_back(quint32(i));
    }
    return result;
}

} // namespace Portolan
