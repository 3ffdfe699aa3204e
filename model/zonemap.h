#pragma once

#include "address.h"
#include "project.h"

#include <QList>
#include <QtGlobal>

#include <vector>

namespace Portolan {

/// Per host and address index, the zone each address lies in: what rule
/// placement reads for every rule (two loads, no search).
struct HostAddressZones
{
    std::vector<quint32> first; ///< per host: its first slot in zones; one more entry at the end
    std::vector<qint32> zones; ///< per slot: a zone index, ZoneMap::noZone or ZoneMap::severalZones

    int zoneOf(quint32 host, quint16 address) const { return zones[size_t(first[host]) + address]; }
};

/// Which zone an address belongs to, by longest prefix: built once from a project.
///
/// A host address belongs to the zone with the longest network that contains
/// it. A network (a client network) belongs to the zone that all its addresses
/// belong to; when they lie in different zones, or partly in none, it spans
/// several zones (severalZones). `0.0.0.0/0` and `::/0` are networks like any
/// other: they make a catch-all zone. IPv4 and IPv6 are looked up apart.
///
/// The networks are flattened into sorted, disjoint address ranges, each with
/// the zone of its longest covering network, so a lookup is one binary search.
/// The same network in two zones (which the loader refuses) goes to the zone
/// listed first. A zone's host addresses (not networks, also refused) count as
/// /32 or /128 networks.
class ZoneMap
{
public:
    static constexpr int noZone = -1;
    static constexpr int severalZones = -2;

    ZoneMap() = default;
    explicit ZoneMap(const Project &project);

    /// The number of zones of the project it was built from.
    int zoneCount() const { return m_zoneCount; }

    /// The zone index of @p address, noZone, or (for a network) severalZones.
    int zoneOf(const Address &address) const;

    /// The zones that addresses of @p address lie in, ascending, with noZone
    /// first when some lie in none: what a network that spans several zones spans.
    QList<int> zonesIn(const Address &address) const;

    /// The zone of every address of every host of @p project.
    HostAddressZones hostAddressZones(const Project &project) const;

    /// 128-bit address value; IPv4 uses the low 32 bits.
    struct Key
    {
        quint64 high = 0;
        quint64 low = 0;
        friend bool operator<(const Key &a, const Key &b)
        {
            return a.high < b.high || (a.high == b.high && a.low < b.low);
        }
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.high == b.high && a.low == b.low;
        }
    };

private:
    /// Sorted, disjoint ranges of one family: range i runs from starts[i] to
    /// the address before starts[i + 1] (or to the family's last address), and
    /// neighbouring ranges differ in zone.
    struct Ranges
    {
        std::vector<Key> starts;
        std::vector<qint32> zones;
        size_t indexOf(const Key &key) const;
    };

    const Ranges &rangesOf(const Address &address) const
    {
        return m_ranges[address.isIPv6() ? 1 : 0];
    }

    Ranges m_ranges[2]; ///< [0] IPv4, [1] IPv6
    int m_zoneCount = 0;
};

} // namespace Portolan
