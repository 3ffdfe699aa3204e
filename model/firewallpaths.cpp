#include "firewallpaths.h"

#include "rules.h"

#include <QHash>

#include <algorithm>
#include <mutex>

namespace Portolan {

namespace {

/// Where a firewall meets a zone.
struct Port
{
    int firewall;
    int interface;
    int zone;
    int rank; ///< the interface's place in name order among the firewall's ports
};

quint64 bit(int interface)
{
    return quint64(1) << interface;
}

/// Shortest paths from every zone towards one destination zone.
struct Tree
{
    std::vector<qint32> distance;   ///< per zone: firewalls to the destination, -1 unreachable
    std::vector<quint8> count;      ///< per zone: shortest paths, 2 meaning "more than one"
    std::vector<FirewallHop> first; ///< per zone: the next hop of the chosen path
    std::vector<qint32> nextZone;   ///< per zone: where that hop leads
    bool anyDone = false;
    std::vector<FirewallCrossing> any;
};

constexpr quint64 noKey = ~quint64(0);

} // namespace

struct FirewallPaths::Private
{
    int zoneCount = 0;
    int firewallCount = 0;
    std::vector<std::vector<Port>> portsOfFirewall;
    std::vector<std::vector<int>> firewallsOfZone;
    std::vector<std::vector<int>> interfaceZone; ///< per firewall, per interface: zone or -1
    std::vector<std::vector<int>> interfacesByName;
    QList<int> firewallsByName;
    std::vector<int> firewallRank;
    QList<int> anySources;

    mutable std::mutex mutex;
    mutable std::vector<std::unique_ptr<Tree>> trees;
    // Scratch of search(), which runs under the mutex.
    mutable std::vector<quint32> expandedIn; ///< per firewall: the search that expanded it
    mutable quint32 searches = 0;
    mutable std::vector<quint64> firstKey;
    mutable std::vector<int> queue;
    // Scratch of anyCrossings(), also under the mutex.
    mutable std::vector<quint8> walked;
    mutable std::vector<quint64> ingress;
    mutable std::vector<quint64> egress;

    int zoneAfter(const FirewallHop &hop) const
    {
        return interfaceZone[size_t(hop.firewall)][size_t(hop.egress)];
    }

    bool validZone(int zone) const { return zone >= 0 && zone < zoneCount; }

    const Tree &tree(int destination) const
    {
        std::lock_guard<std::mutex> lock(mutex);
        return treeLocked(destination);
    }

    Tree &treeLocked(int destination) const
    {
        std::unique_ptr<Tree> &slot = trees[size_t(destination)];
        if (!slot)
            slot = search(destination);
        return *slot;
    }

    /// Breadth-first from the destination, firewall by firewall: a firewall is
    /// expanded once, from the nearest of its zones (level L), and makes the
    /// zones it joins that are not nearer neighbours at level L + 1. Path counts
    /// and the chosen next hops of level L are final before any level-L
    /// firewall is expanded, since every level L - 1 firewall is expanded first.
    /// Hops compare by one key: firewall rank, then ingress and egress rank
    /// (below 64 each, so six bits each).
    static quint64 hopKey(int firewallRank, const Port &ingress, const Port &egress)
    {
        return quint64(firewallRank) << 12 | quint64(ingress.rank) << 6 | quint64(egress.rank);
    }

    std::unique_ptr<Tree> search(int destination) const
    {
        auto tree = std::make_unique<Tree>();
        const size_t zones = size_t(zoneCount);
        tree->distance.assign(zones, -1);
        tree->count.assign(zones, 0);
        tree->first.assign(zones, FirewallHop());
        tree->nextZone.assign(zones, -1);
        firstKey.assign(zones, noKey);
        if (++searches == 0) { // wrapped: forget every stamp
            std::fill(expandedIn.begin(), expandedIn.end(), 0);
            searches = 1;
        }
        tree->distance[size_t(destination)] = 0;
        tree->count[size_t(destination)] = 1;
        queue.clear();
        queue.push_back(destination);
        for (size_t next = 0; next < queue.size(); ++next) {
            const int zone = queue[next];
            const qint32 level = tree->distance[size_t(zone)];
            for (const int firewall : firewallsOfZone[size_t(zone)]) {
                if (expandedIn[size_t(firewall)] == searches)
                    continue;
                expandedIn[size_t(firewall)] = searches;
                const auto &ports = portsOfFirewall[size_t(firewall)];
                int paths = 0;
                const Port *firstOut = nullptr;
                for (const Port &port : ports) {
                    if (tree->distance[size_t(port.zone)] != level)
                        continue;
                    paths = std::min(2, paths + tree->count[size_t(port.zone)]);
                    if (!firstOut) // ports are in rank order
                        firstOut = &port;
                }
                const int rank = firewallRank[size_t(firewall)];
                for (const Port &port : ports) {
                    const size_t z = size_t(port.zone);
                    if (tree->distance[z] < 0) {
                        tree->distance[z] = level + 1;
                        queue.push_back(port.zone);
                    }
                    if (tree->distance[z] != level + 1)
                        continue;
                    tree->count[z] = quint8(std::min(2, tree->count[z] + paths));
                    const quint64 key = hopKey(rank, port, *firstOut);
                    if (key < firstKey[z]) {
                        firstKey[z] = key;
                        tree->first[z] = {firewall, port.interface, firstOut->interface};
                        tree->nextZone[z] = firstOut->zone;
                    }
                }
            }
        }
        return tree;
    }

    std::vector<FirewallHop> walk(int source, int destination, bool lastTied) const
    {
        std::vector<FirewallHop> hops;
        if (!validZone(source) || !validZone(destination) || source == destination)
            return hops;
        const Tree &t = tree(destination);
        if (t.distance[size_t(source)] < 0)
            return hops;
        hops.reserve(size_t(t.distance[size_t(source)]));
        for (int zone = source; zone != destination;) {
            if (!lastTied) {
                hops.push_back(t.first[size_t(zone)]);
                zone = t.nextZone[size_t(zone)];
                continue;
            }
            // The largest hop towards a nearer zone: rare (check's tie warnings), so
            // found here rather than kept for every zone.
            const qint32 nearer = t.distance[size_t(zone)] - 1;
            quint64 best = 0;
            const Port *in = nullptr;
            const Port *out = nullptr;
            for (const int firewall : firewallsOfZone[size_t(zone)]) {
                const auto &ports = portsOfFirewall[size_t(firewall)];
                for (const Port &ingress : ports) {
                    if (ingress.zone != zone)
                        continue;
                    for (const Port &egress : ports) {
                        if (t.distance[size_t(egress.zone)] != nearer)
                            continue;
                        const quint64 key = hopKey(firewallRank[size_t(firewall)], ingress, egress);
                        if (!in || key >= best) {
                            best = key;
                            in = &ingress;
                            out = &egress;
                        }
                    }
                }
            }
            hops.push_back({in->firewall, in->interface, out->interface});
            zone = out->zone;
        }
        return hops;
    }
};

FirewallPaths::FirewallPaths()
    : d(std::make_unique<Private>())
{}

FirewallPaths::FirewallPaths(const Project &project)
    : d(std::make_unique<Private>())
{
    d->zoneCount = int(project.zones.size());
    d->firewallCount = int(project.firewalls.size());
    QHash<QString, int> zoneOf;
    for (size_t z = 0; z < project.zones.size(); ++z)
        zoneOf.insert(project.zones[z].id, int(z));

    const size_t firewalls = project.firewalls.size();
    d->portsOfFirewall.resize(firewalls);
    d->firewallsOfZone.resize(project.zones.size());
    d->interfaceZone.resize(firewalls);
    d->interfacesByName.resize(firewalls);
    for (size_t f = 0; f < firewalls; ++f) {
        const auto &interfaces = project.firewalls[f].interfaces;
        auto &byName = d->interfacesByName[f];
        for (int i = 0; i < interfaces.size(); ++i)
            byName.push_back(i);
        std::sort(byName.begin(), byName.end(), [&](int a, int b) {
            const int names = naturalCompare(interfaces[a].name, interfaces[b].name);
            return names != 0 ? names < 0 : a < b;
        });
        d->interfaceZone[f].assign(size_t(interfaces.size()), -1);
        // Ports in name order, so that a port's rank is its place there.
        auto &ports = d->portsOfFirewall[f];
        for (int i : byName) {
            const int zone =
                i < Limits::maxInterfacesPerFirewall ? zoneOf.value(interfaces[i].zone, -1) : -1;
            if (zone < 0)
                continue;
            d->interfaceZone[f][size_t(i)] = zone;
            ports.push_back({int(f), i, zone, int(ports.size())});
            auto &onZone = d->firewallsOfZone[size_t(zone)];
            if (onZone.empty() || onZone.back() != int(f))
                onZone.push_back(int(f));
        }
    }

    for (int f = 0; f < d->firewallCount; ++f)
        d->firewallsByName.append(f);
    std::sort(d->firewallsByName.begin(), d->firewallsByName.end(), [&](int a, int b) {
        const Firewall &x = project.firewalls[size_t(a)];
        const Firewall &y = project.firewalls[size_t(b)];
        const int names = naturalCompare(x.name, y.name);
        if (names != 0)
            return names < 0;
        return x.id != y.id ? x.id < y.id : a < b;
    });
    d->firewallRank.assign(firewalls, 0);
    for (int r = 0; r < d->firewallsByName.size(); ++r)
        d->firewallRank[size_t(d->firewallsByName[r])] = r;

    if (project.anyZones) {
        for (const QString &id : *project.anyZones) {
            const int zone = zoneOf.value(id, -1);
            if (zone >= 0 && !d->anySources.contains(zone))
                d->anySources.append(zone);
        }
        std::sort(d->anySources.begin(), d->anySources.end());
    } else {
        for (size_t z = 0; z < project.zones.size(); ++z) {
            if (project.zones[z].kind != Zone::Kind::External)
                d->anySources.append(int(z));
        }
    }
    d->trees.resize(project.zones.size());
    d->expandedIn.assign(firewalls, 0);
}

FirewallPaths::~FirewallPaths() = default;
FirewallPaths::FirewallPaths(FirewallPaths &&) noexcept = default;
FirewallPaths &FirewallPaths::operator=(FirewallPaths &&) noexcept = default;

int FirewallPaths::zoneCount() const
{
    return d->zoneCount;
}

int FirewallPaths::firewallCount() const
{
    return d->firewallCount;
}

int FirewallPaths::distance(int source, int destination) const
{
    if (!d->validZone(source) || !d->validZone(destination))
        return -1;
    return d->tree(destination).distance[size_t(source)];
}

bool FirewallPaths::isTied(int source, int destination) const
{
    if (!d->validZone(source) || !d->validZone(destination))
        return false;
    return d->tree(destination).count[size_t(source)] > 1;
}

std::vector<FirewallHop> FirewallPaths::path(int source, int destination) const
{
    return d->walk(source, destination, false);
}

std::vector<FirewallHop> FirewallPaths::lastTiedPath(int source, int destination) const
{
    return d->walk(source, destination, true);
}

FirewallPaths::Towards FirewallPaths::towards(int destination) const
{
    Q_ASSERT(d->validZone(destination));
    const Tree &tree = d->tree(destination);
    Towards result;
    result.m_distance = tree.distance.data();
    result.m_count = tree.count.data();
    result.m_first = tree.first.data();
    result.m_nextZone = tree.nextZone.data();
    return result;
}

const QList<int> &FirewallPaths::anySourceZones() const
{
    return d->anySources;
}

const std::vector<FirewallCrossing> &FirewallPaths::anyCrossings(int destination) const
{
    static const std::vector<FirewallCrossing> none;
    if (!d->validZone(destination))
        return none;
    std::lock_guard<std::mutex> lock(d->mutex);
    // Paths towards one destination form a tree: a zone whose path is
    // already in the union needs no second walk, so this is linear in the zones.
    Tree &tree = d->treeLocked(destination);
    if (tree.anyDone)
        return tree.any;
    // Scratch kept between calls (under the mutex): only what a walk touched is reset.
    auto &walked = d->walked;
    auto &ingress = d->ingress;
    auto &egress = d->egress;
    walked.resize(size_t(d->zoneCount), 0);
    ingress.resize(size_t(d->firewallCount), 0);
    egress.resize(size_t(d->firewallCount), 0);
    std::vector<int> zones;
    std::vector<int> firewalls;
    for (int source : std::as_const(d->anySources)) {
        for (int zone = source;
             zone != destination && tree.distance[size_t(zone)] >= 0 && !walked[size_t(zone)];) {
            walked[size_t(zone)] = 1;
            zones.push_back(zone);
            const FirewallHop &hop = tree.first[size_t(zone)];
            if (ingress[size_t(hop.firewall)] == 0)
                firewalls.push_back(hop.firewall);
            ingress[size_t(hop.firewall)] |= bit(hop.ingress);
            egress[size_t(hop.firewall)] |= bit(hop.egress);
            zone = tree.nextZone[size_t(zone)];
        }
    }
    std::sort(firewalls.begin(), firewalls.end(), [&](int a, int b) {
        return d->firewallRank[size_t(a)] < d->firewallRank[size_t(b)];
    });
    tree.any.reserve(firewalls.size());
    for (int firewall : firewalls) {
        tree.any.push_back({firewall, ingress[size_t(firewall)], egress[size_t(firewall)]});
        ingress[size_t(firewall)] = 0;
        egress[size_t(firewall)] = 0;
    }
    for (int zone : zones)
        walked[size_t(zone)] = 0;
    tree.anyDone = true;
    return tree.any;
}

const QList<int> &FirewallPaths::firewallsInNameOrder() const
{
    return d->firewallsByName;
}

int FirewallPaths::firewallRank(int firewall) const
{
    return d->firewallRank[size_t(firewall)];
}

QList<int> FirewallPaths::interfacesInNameOrder(int firewall, quint64 mask) const
{
    QList<int> interfaces;
    for (int i : d->interfacesByName[size_t(firewall)]) {
        if (i < 64 && (mask & bit(i)) != 0)
            interfaces.append(i);
    }
    return interfaces;
}

int FirewallPaths::interfaceZone(int firewall, int interface) const
{
    if (firewall < 0 || firewall >= d->firewallCount)
        return -1;
    const auto &zones = d->interfaceZone[size_t(firewall)];
    return interface >= 0 && size_t(interface) < zones.size() ? zones[size_t(interface)] : -1;
}

} // namespace Portolan
