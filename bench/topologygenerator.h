#pragma once

#include "project.h"

#include <QtGlobal>

namespace Portolan {

/// Builds synthetic enterprise topologies for benchmarks, deterministically.
///
/// Every site has 2 reverse proxies, 2 Directors, a Front-End pool with 12
/// servers (the pool plus 12 front-end-server hosts), 4 Edge internal
/// interfaces and 20 client networks: 41 hosts. Addresses are unique across
/// the whole topology: IPv4 everywhere; Directors, pools and Edges are dual-
/// stack, as is every 4th client network. The same seed and site count give
/// the same project, byte for byte; the seed only moves hosts a little within
/// their site so that arrows are not all parallel.
///
/// With zones (setZones()), every site also has a perimeter zone (its reverse
/// proxies and Edges, by /29 and /124 networks inside the server /24 and /64:
/// longest prefix wins), a server zone and a client zone, an internal firewall
/// between perimeter and servers and a core firewall joining clients, servers
/// and a WAN zone that all sites share; an Internet catch-all zone (external)
/// sits behind an edge firewall at the first site. Paths are unique (no ties).
class TopologyGenerator
{
public:
    static constexpr int hostsPerSite = 41;
    static constexpr int maxSites = 1000; ///< the address plan holds this many
    /// With zones, 3 a site and 2 more: Limits::maxZones holds this many sites.
    static constexpr int maxZoneSites = (Limits::maxZones - 2) / 3;

    explicit TopologyGenerator(quint64 seed = 1);

    /// Whether generate() adds zones and firewalls (at most maxZoneSites sites).
    void setZones(bool on) { m_zones = on; }

    /// A project of @p sites sites (1 to maxSites) for `lync2013-single-director`.
    Project generate(int sites) const;

private:
    void addZones(Project *project, int sites) const;

    quint64 m_seed;
    bool m_zones = false;
};

} // namespace Portolan
