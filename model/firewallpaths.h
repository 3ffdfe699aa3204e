#pragma once

#include "project.h"

#include <QList>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace Portolan {

/// One firewall on a path: where the traffic enters it and where it leaves.
struct FirewallHop
{
    int firewall = -1; ///< index into Project::firewalls
    int ingress = -1;  ///< index into that firewall's interfaces, on the zone traffic comes from
    int egress = -1;   ///< index into that firewall's interfaces, on the zone traffic goes to

    friend bool operator==(const FirewallHop &a, const FirewallHop &b)
    {
        return a.firewall == b.firewall && a.ingress == b.ingress && a.egress == b.egress;
    }
};

/// One firewall a rule is on, with every interface it may enter and leave by:
/// one each for a rule between two zones, possibly several for a rule from `any`.
struct FirewallCrossing
{
    int firewall = -1;   ///< index into Project::firewalls
    quint64 ingress = 0; ///< bit i: interface i of the firewall
    quint64 egress = 0;

    friend bool operator==(const FirewallCrossing &a, const FirewallCrossing &b)
    {
        return a.firewall == b.firewall && a.ingress == b.ingress && a.egress == b.egress;
    }
};
static_assert(Limits::maxInterfacesPerFirewall <= 64,
              "FirewallCrossing keeps a firewall's interfaces in 64-bit masks");

/// The firewalls between zones: shortest paths through the graph that zones
/// and firewalls form, built once from a project (docs/zones.md).
///
/// A firewall joins every pair of the zones its interfaces are on. A path from
/// one zone to another is a shortest sequence of firewalls (counted, not
/// weighted). Among equally short paths the first in this order is taken:
/// compare the hops from the source onwards, each by its firewall (natural
/// name order as for hosts, then id), then its ingress interface, then its
/// egress interface (natural name order, then index). The choice is made from
/// the source's side, so the way back may take the other of two tied paths;
/// isTied() says when there was a choice.
///
/// Paths are computed per destination zone on first use (one breadth-first
/// search serves every source) and cached; the object is safe to use from
/// several threads. Interfaces on unknown zones, and interfaces beyond
/// Limits::maxInterfacesPerFirewall, join nothing.
class FirewallPaths
{
    struct Private;

public:
    /// The paths towards one destination zone: for walking the paths of many
    /// sources without a lock or an allocation each. Valid as long as the
    /// FirewallPaths is.
    class Towards
    {
    public:
        /// Firewalls from @p source to the destination, or -1 when no path joins them.
        int distance(int source) const { return m_distance[source]; }
        /// Whether another path from @p source is as short as the chosen one.
        bool isTied(int source) const { return m_count[source] > 1; }
        /// The first hop of the chosen path from @p zone, which must be
        /// reachable and not the destination itself.
        const FirewallHop &nextHop(int zone) const { return m_first[zone]; }
        /// The zone that hop leads to.
        int nextZone(int zone) const { return m_nextZone[zone]; }

    private:
        friend class FirewallPaths;
        const qint32 *m_distance = nullptr;
        const quint8 *m_count = nullptr;
        const FirewallHop *m_first = nullptr;
        const qint32 *m_nextZone = nullptr;
    };

    FirewallPaths();
    explicit FirewallPaths(const Project &project);
    ~FirewallPaths();
    FirewallPaths(FirewallPaths &&) noexcept;
    FirewallPaths &operator=(FirewallPaths &&) noexcept;

    int zoneCount() const;
    int firewallCount() const;

    /// Firewalls on the shortest path from zone @p source to zone @p destination:
    /// 0 for the same zone, -1 when no path joins them.
    int distance(int source, int destination) const;
    bool isReachable(int source, int destination) const
    {
        return distance(source, destination) >= 0;
    }
    /// Whether another path as short as path() exists.
    bool isTied(int source, int destination) const;
    /// The chosen path, hop by hop from the source; empty for the same zone or no path.
    std::vector<FirewallHop> path(int source, int destination) const;
    /// The last of the equally short paths in the order above: path() itself
    /// unless isTied(), and then a different one (what `check` names beside it).
    std::vector<FirewallHop> lastTiedPath(int source, int destination) const;

    /// The paths towards zone @p destination (a valid zone index).
    Towards towards(int destination) const;

    /// The zones a rule from `any` comes from, ascending: Project::anyZones (ids
    /// that name no zone left out), or when unset every zone that is not external.
    const QList<int> &anySourceZones() const;
    /// The firewalls a rule from `any` to zone @p destination is on: every
    /// firewall on the path from one of anySourceZones() (other than the
    /// destination itself), with every interface such a path enters and
    /// leaves it by. In firewall name order.
    const std::vector<FirewallCrossing> &anyCrossings(int destination) const;

    /// Firewall indices in natural name order, then id.
    const QList<int> &firewallsInNameOrder() const;
    /// The position of @p firewall in firewallsInNameOrder().
    int firewallRank(int firewall) const;
    /// The interfaces of @p firewall in @p mask, in natural name order.
    QList<int> interfacesInNameOrder(int firewall, quint64 mask) const;
    /// The zone index interface @p interface of @p firewall joins, or -1.
    int interfaceZone(int firewall, int interface) const;

private:
    std::unique_ptr<Private> d;
};

} // namespace Portolan
