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
class TopologyGenerator
{
public:
    static constexpr int hostsPerSite = 41;
    static constexpr int maxSites = 1000; ///< the address plan holds this many

    explicit TopologyGenerator(quint64 seed = 1);

    /// A project of @p sites sites (1 to maxSites) for `lync2013-single-director`.
    Project generate(int sites) const;

private:
    quint64 m_seed;
};

} // namespace Portolan
