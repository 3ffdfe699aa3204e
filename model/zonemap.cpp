#include "zonemap.h"

#include <algorithm>

namespace Portolan {

namespace {

using Key = ZoneMap::Key;

Key keyOf(const Address &address)
{
    const auto &bytes = address.bytes();
    Key key;
    if (address.isIPv4()) {
        key.low = quint64(bytes[0]) << 24 | quint64(bytes[1]) << 16 | quint64(bytes[2]) << 8 |
                  quint64(bytes[3]);
        return key;
    }
    for (size_t i = 0; i < 8; ++i) {
        key.high = key.high << 8 | bytes[i];
        key.low = key.low << 8 | bytes[i + 8];
    }
    return key;
}

/// The number of addresses a host address or network covers, as a prefix length.
int prefixOf(const Address &address)
{
    return address.isNetwork() ? address.prefixLength() : address.familyBits();
}

/// The last address of the network starting at @p start with @p prefix bits
/// in a family of @p bits.
Key lastOf(Key start, int prefix, int bits)
{
    const int hostBits = bits - prefix;
    if (bits == 32) {
        start.low |= hostBits == 0 ? 0 : (quint64(1) << hostBits) - 1;
        return start;
    }
    if (hostBits >= 64) {
        start.low = ~quint64(0);
        start.high |= hostBits == 128 ? ~quint64(0) : (quint64(1) << (hostBits - 64)) - 1;
    } else if (hostBits > 0) {
        start.low |= (quint64(1) << hostBits) - 1;
    }
    return start;
}

Key successor(Key key)
{
    if (++key.low == 0)
        ++key.high;
    return key;
}

struct Network
{
    Key start;
    Key last;
    int prefix;
    int zone;
};

} // namespace

size_t ZoneMap::Ranges::indexOf(const Key &key) const
{
    // starts[0] is the family's first address, so the range exists.
    const auto it = std::upper_bound(starts.begin(), starts.end(), key);
    return size_t(it - starts.begin()) - 1;
}

ZoneMap::ZoneMap(const Project &project)
    : m_zoneCount(int(project.zones.size()))
{
    std::vector<Network> networks[2];
    for (size_t z = 0; z < project.zones.size(); ++z) {
        for (const Address &network : project.zones[z].networks) {
            const Key start = keyOf(network);
            const int prefix = prefixOf(network);
            networks[network.isIPv6() ? 1 : 0].push_back(
                {start, lastOf(start, prefix, network.familyBits()), prefix, int(z)});
        }
    }

    for (int family = 0; family < 2; ++family) {
        auto &list = networks[family];
        const Key familyLast = family == 0 ? Key{0, 0xFFFFFFFFu} : Key{~quint64(0), ~quint64(0)};
        // Outer networks before the networks they contain; on equal networks the
        // zone listed first before the others, which are then skipped.
        std::sort(list.begin(), list.end(), [](const Network &a, const Network &b) {
            if (!(a.start == b.start))
                return a.start < b.start;
            if (a.prefix != b.prefix)
                return a.prefix < b.prefix;
            return a.zone < b.zone;
        });

        Ranges &ranges = m_ranges[family];
        // Starts a range at @p start with @p zone, merging it into its
        // neighbour when both have the same zone.
        auto setZone = [&ranges](Key start, qint32 zone) {
            if (!ranges.starts.empty() && ranges.starts.back() == start) {
                ranges.starts.pop_back();
                ranges.zones.pop_back();
            }
            if (!ranges.zones.empty() && ranges.zones.back() == zone)
                return;
            ranges.starts.push_back(start);
            ranges.zones.push_back(zone);
        };
        setZone(Key{}, noZone);

        // Prefixes nest or are disjoint, so an open stack of the networks that
        // contain the current address is all the sweep needs.
        std::vector<const Network *> open;
        auto closeUntil = [&](const Key *before) {
            while (!open.empty() && (!before || open.back()->last < *before)) {
                const Key last = open.back()->last;
                open.pop_back();
                if (last == familyLast) {
                    open.clear(); // every network still open ends there too
                    return;
                }
                setZone(successor(last), open.empty() ? noZone : open.back()->zone);
            }
        };
        for (const Network &network : list) {
            closeUntil(&network.start);
            if (!open.empty() && open.back()->start == network.start &&
                open.back()->prefix == network.prefix)
                continue; // the same network again
            setZone(network.start, network.zone);
            open.push_back(&network);
        }
        closeUntil(nullptr);
    }
}

int ZoneMap::zoneOf(const Address &address) const
{
    const Ranges &ranges = rangesOf(address);
    if (ranges.starts.empty())
        return noZone;
    const Key start = keyOf(address);
    const size_t first = ranges.indexOf(start);
    if (!address.isNetwork() || address.prefixLength() == address.familyBits())
        return ranges.zones[first];
    const size_t last = ranges.indexOf(lastOf(start, address.prefixLength(), address.familyBits()));
    return first == last ? ranges.zones[first] : severalZones;
}

QList<int> ZoneMap::zonesIn(const Address &address) const
{
    const Ranges &ranges = rangesOf(address);
    if (ranges.starts.empty())
        return {noZone};
    const Key start = keyOf(address);
    const size_t first = ranges.indexOf(start);
    const size_t last = ranges.indexOf(lastOf(start, prefixOf(address), address.familyBits()));
    QList<int> zones;
    for (size_t i = first; i <= last; ++i)
        zones.append(ranges.zones[i]);
    std::sort(zones.begin(), zones.end());
    zones.erase(std::unique(zones.begin(), zones.end()), zones.end());
    return zones;
}

HostAddressZones ZoneMap::hostAddressZones(const Project &project) const
{
    HostAddressZones table;
    table.first.reserve(project.hosts.size() + 1);
    size_t slots = 0;
    for (const Host &host : project.hosts) {
        table.first.push_back(quint32(slots));
        slots += size_t(host.addresses.size());
    }
    table.first.push_back(quint32(slots));
    table.zones.reserve(slots);
    for (const Host &host : project.hosts) {
        for (const Address &address : host.addresses)
            table.zones.push_back(zoneOf(address));
    }
    return table;
}

} // namespace Portolan
