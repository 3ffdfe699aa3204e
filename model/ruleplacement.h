#pragma once

#include "catalog.h"
#include "firewallpaths.h"
#include "project.h"
#include "rules.h"
#include "zonemap.h"

#include <QList>
#include <QtGlobal>

#include <vector>

namespace Portolan {

/// The crossings of one rule: a view into RulePlacement's storage, valid as
/// long as the RulePlacement is.
class FirewallCrossings
{
public:
    FirewallCrossings() = default;
    FirewallCrossings(const FirewallCrossing *first, const FirewallCrossing *last)
        : m_first(first)
        , m_last(last)
    {}
    const FirewallCrossing *begin() const { return m_first; }
    const FirewallCrossing *end() const { return m_last; }
    int size() const { return int(m_last - m_first); }
    bool isEmpty() const { return m_first == m_last; }
    const FirewallCrossing &operator[](int i) const { return m_first[i]; }

private:
    const FirewallCrossing *m_first = nullptr;
    const FirewallCrossing *m_last = nullptr;
};

/// Where every rule of a project stands: its zones and the firewalls it
/// crosses, answered in constant time per rule (docs/zones.md).
///
/// Built once per derivation from the catalog and the project: the zone of
/// every host address slot is looked up once, and the path of every zone pair
/// that the catalog's flows connect is laid out once as a "route" (a list of
/// crossings). A rule then costs two table loads for its zones and one for its
/// route; nothing is searched per rule. Routes are numbered: 0 is the empty
/// route of rules within one zone, unplaced (-1) is a rule that cannot be
/// placed: an end in no zone or spanning several zones, or no path between
/// its zones. A project without zones places no rule (hasZones() is false).
class RulePlacement
{
public:
    /// The source zone of a rule from `any`.
    static constexpr int anyZone = -3;
    /// The route of a rule that cannot be placed.
    static constexpr int unplaced = -1;

    /// An ordered pair of different zones.
    struct ZonePair
    {
        int source;
        int destination;
        friend bool operator==(const ZonePair &a, const ZonePair &b)
        {
            return a.source == b.source && a.destination == b.destination;
        }
    };

    RulePlacement(const Catalog &catalog, const Project &project);

    bool hasZones() const { return m_zoneCount > 0; }
    const ZoneMap &zoneMap() const { return m_zoneMap; }
    const FirewallPaths &paths() const { return m_paths; }
    /// The zone of every host address, as rules look it up.
    const HostAddressZones &addressZones() const { return m_addressZones; }

    /// A zone index, ZoneMap::noZone, ZoneMap::severalZones, or anyZone.
    int sourceZone(const Rule &rule) const
    {
        return rule.isFromAny() ? anyZone
                                : m_addressZones.zoneOf(rule.sourceHost, rule.sourceAddress);
    }
    /// A zone index, ZoneMap::noZone or ZoneMap::severalZones.
    int destinationZone(const Rule &rule) const
    {
        return m_addressZones.zoneOf(rule.destinationHost, rule.destinationAddress);
    }
    /// The rule's route (see routeCrossings()), or unplaced.
    int route(const Rule &rule) const
    {
        const int destination = destinationZone(rule);
        if (destination < 0)
            return unplaced;
        if (rule.isFromAny())
            return m_anyRoute[size_t(destination)];
        const int source = m_addressZones.zoneOf(rule.sourceHost, rule.sourceAddress);
        if (source < 0)
            return unplaced;
        return m_pairRoute[size_t(source) * size_t(m_zoneCount) + size_t(destination)];
    }
    bool isPlaced(const Rule &rule) const { return route(rule) != unplaced; }

    /// The firewalls the rule crosses: in path order from the source, or for a
    /// rule from `any` in firewall name order. Empty within one zone and for a
    /// rule that cannot be placed.
    FirewallCrossings crossings(const Rule &rule) const { return routeCrossings(route(rule)); }
    int routeCount() const { return int(m_routeStart.size()) - 1; }
    FirewallCrossings routeCrossings(int route) const
    {
        if (route < 0)
            return {};
        return {m_crossings.data() + m_routeStart[size_t(route)],
                m_crossings.data() + m_routeStart[size_t(route) + 1]};
    }

    /// The indices of the rules in @p rules that cross @p firewall, ascending.
    std::vector<quint32> rulesOn(int firewall, const std::vector<Rule> &rules) const;
    /// Per firewall index, the indices of the rules that cross it, ascending:
    /// every firewall's sheet in one pass over the rules.
    std::vector<std::vector<quint32>> rulesByFirewall(const std::vector<Rule> &rules) const;

    /// The ordered pairs of different zones that rules join (a source address
    /// in one, a destination address in the other), by source then destination.
    const std::vector<ZonePair> &zonePairs() const { return m_zonePairs; }
    /// The zones that rules from `any` go to, ascending.
    const QList<int> &anyDestinationZones() const { return m_anyDestinations; }

private:
    int addRoute(const std::vector<FirewallCrossing> &crossings);

    ZoneMap m_zoneMap;
    FirewallPaths m_paths;
    HostAddressZones m_addressZones;
    int m_zoneCount = 0;
    std::vector<qint32> m_pairRoute; ///< zone count squared: source * count + destination
    std::vector<qint32> m_anyRoute;  ///< per destination zone
    std::vector<FirewallCrossing> m_crossings;
    std::vector<quint32> m_routeStart; ///< route r: m_crossings[start[r], start[r + 1])
    std::vector<ZonePair> m_zonePairs;
    QList<int> m_anyDestinations;
};

} // namespace Portolan
