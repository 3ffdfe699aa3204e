#pragma once

// Internals shared by the policy compiler (policy.cpp) and its verifier
// (policyverify.cpp): the interned input, elementary cells of an axis, and
// the counting sort that buckets entries by column. Not for use outside
// those two files.

#include "addressranges.h"
#include "policy.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <vector>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace Portolan::PolicyDetail {

/// (ingress, egress) interface indices into InputData::interfaces; -1: none.
struct PathPair
{
    qint32 ingress = -1;
    qint32 egress = -1;
    friend bool operator==(const PathPair &a, const PathPair &b)
    {
        return a.ingress == b.ingress && a.egress == b.egress;
    }
};

struct ServiceSymbol
{
    Transport transport = Transport::TCP;
    PortRange sourcePorts;
    PortRange ports;
    friend bool operator==(const ServiceSymbol &a, const ServiceSymbol &b)
    {
        return a.transport == b.transport && a.sourcePorts == b.sourcePorts && a.ports == b.ports;
    }
};

inline size_t qHash(const ServiceSymbol &s, size_t seed = 0) noexcept
{
    return qHashMulti(seed, int(s.transport), s.sourcePorts.first, s.sourcePorts.last,
                      s.ports.first, s.ports.last);
}

/// Address ranges → their index, with open addressing: interning runs
/// once per derived rule, and QHash's probe was the larger part of it.
class RangeIndex
{
public:
    /// The index of @p range in @p ranges (the list the indices refer to), or ~0u.
    quint32 find(const std::vector<AddressRange> &ranges, const AddressRange &range) const
    {
        if (m_slots.empty())
            return ~0u;
        for (size_t i = hash(range) & m_mask;; i = (i + 1) & m_mask) {
            const quint32 index = m_slots[i];
            if (index == ~0u || ranges[index] == range)
                return index;
        }
    }
    /// Remembers that ranges[index] is there.
    void insert(const std::vector<AddressRange> &ranges, quint32 index)
    {
        if (2 * (m_count + 1) > m_slots.size())
            grow(ranges);
        place(ranges, index);
        ++m_count;
    }

private:
    static size_t hash(const AddressRange &r)
    {
        // Every input bit reaches the low bits the mask keeps (MurmurHash3's
        // finalizer); addresses differ in few, scattered bits.
        quint64 h = r.first.low ^ (r.first.high * 0x9E3779B97F4A7C15ull) ^
                    ((r.last.low - r.first.low) * 0xC2B2AE3D27D4EB4Full) ^ quint64(r.family);
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53ull;
        h ^= h >> 33;
        return size_t(h);
    }
    void place(const std::vector<AddressRange> &ranges, quint32 index)
    {
        size_t i = hash(ranges[index]) & m_mask;
        while (m_slots[i] != ~0u)
            i = (i + 1) & m_mask;
        m_slots[i] = index;
    }
    void grow(const std::vector<AddressRange> &ranges)
    {
        const std::vector<quint32> old = std::move(m_slots);
        m_slots.assign(std::max<size_t>(64, 2 * old.size()), ~0u);
        m_mask = m_slots.size() - 1;
        for (quint32 index : old) {
            if (index != ~0u)
                place(ranges, index);
        }
    }

    std::vector<quint32> m_slots;
    size_t m_mask = 0;
    size_t m_count = 0;
};

/// One requirement, interned: 20 bytes.
struct Requirement
{
    quint32 source;      ///< index into InputData::symbols
    quint32 destination; ///< index into InputData::symbols
    quint32 service;     ///< index into InputData::services
    quint32 paths;       ///< index into InputData::pathSets
    qint32 flow;
};

struct InputData
{
    QStringList flowComments;

    QStringList interfaces;
    QHash<QString, int> interfaceIndex;

    /// Every distinct address range, source or destination ("symbols").
    std::vector<AddressRange> symbols;
    std::vector<qint32> symbolHint; ///< per symbol: index into hints, or -1
    RangeIndex symbolIndex;
    QStringList hints;
    QHash<QString, int> hintIndex;

    std::vector<ServiceSymbol> services;
    QHash<ServiceSymbol, quint32> serviceIndex;

    /// Distinct (ingress, egress) pair lists, each without repeats.
    std::vector<std::vector<PathPair>> pathSets;
    QHash<QStringList, quint32> pathSetIndex; ///< ingress names, "\n", egress names

    std::vector<Requirement> requirements;

    // Caches for runs of requirements that repeat a part (cross-products do).
    QStringList lastIngress;
    QStringList lastEgress;
    quint32 lastPaths = ~0u;
    Address lastSource;
    bool lastSourceAny = false;
    quint32 lastSourceSymbol = ~0u;
    Address lastDestination;
    quint32 lastDestinationSymbol = ~0u;
    ServiceSymbol lastService;
    quint32 lastServiceSymbol = ~0u;
    QString lastHint;
    qint32 lastHintIndex = -1;
};

/// The breakpoints of a set of intervals of one axis: each interval becomes
/// a run of consecutive elementary cells (the cuts between any two
/// breakpoints). Values are kept as 128-bit numbers; ports use the low word.
class Cells
{
public:
    /// Marks [first, last] as an interval whose ends must be cell boundaries.
    void cut(Uint128 first, Uint128 last, Uint128 maximum)
    {
        m_points.push_back(first);
        if (last != maximum)
            m_points.push_back(last.plusOne());
    }
    /// Sorts the breakpoints; call once after every cut().
    void finish()
    {
        std::sort(m_points.begin(), m_points.end());
        m_points.erase(std::unique(m_points.begin(), m_points.end()), m_points.end());
    }
    /// The cell holding @p value (the last breakpoint at or below it).
    quint32 cellOf(Uint128 value) const
    {
        return quint32(std::upper_bound(m_points.begin(), m_points.end(), value) -
                       m_points.begin() - 1);
    }
    /// First and last cell of [first, last] (which must lie within the cuts).
    std::pair<quint32, quint32> span(Uint128 first, Uint128 last) const
    {
        return {cellOf(first), cellOf(last)};
    }
    quint32 count() const { return quint32(m_points.size()); }
    Uint128 cellFirst(quint32 cell) const { return m_points[cell]; }
    Uint128 cellLast(quint32 cell, Uint128 maximum) const
    {
        return cell + 1 < m_points.size() ? m_points[cell + 1].minusOne() : maximum;
    }

private:
    std::vector<Uint128> m_points;
};

/// Asks the kernel to back a large, untouched buffer with huge pages: the
/// counting sort below writes all over it, and 4 KiB pages cost a TLB miss
/// and a page fault each. Advice only.
inline void adviseHugePages([[maybe_unused]] void *data, [[maybe_unused]] size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr hugePage = 2 * 1024 * 1024;
    if (bytes < 4 * hugePage)
        return;
    const quintptr begin = (quintptr(data) + hugePage - 1) & ~(hugePage - 1);
    const quintptr end = (quintptr(data) + bytes) & ~(hugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

/// A run of items with one (group, key): one column.
struct Run
{
    quint32 group;
    quint64 key;
    size_t begin;
    size_t end;
};

/// Items bucketed by (group, key), runs in (group, key) order, each run's
/// items in the order they were visited.
template<typename Item> struct Buckets
{
    std::vector<Item> items;
    std::vector<Run> runs;
};

/// Buckets the items that @p forEach passes to its visitor as (group, key,
/// item), with group < @p groups and key < @p keys. @p forEach runs twice
/// (count, then place) and must visit the same items both times.
///
/// When groups × keys is small against @p expected items (derived rules: a
/// few interface pairs × destination cells × service cells), a counting sort
/// places every item directly: no sort, no key stored per item. Otherwise
/// (keys cut finely by nested networks) the items are sorted by key.
template<typename Item, typename ForEach>
Buckets<Item> bucketize(quint32 groups, quint64 keys, size_t expected, ForEach forEach)
{
    Buckets<Item> result;
    const quint64 slotCount = quint64(groups) * keys;
    const bool dense =
        keys != 0 && slotCount / keys == groups &&
        slotCount <= std::min<quint64>(quint64(1) << 24, 1024 + 4 * quint64(expected));
    if (dense) {
        std::vector<size_t> start(size_t(slotCount) + 1, 0);
        forEach([&](quint32 group, quint64 key, const Item &) {
            ++start[size_t(group * keys + key) + 1];
        });
        for (size_t i = 1; i < start.size(); ++i) {
            if (start[i] != 0)
                result.runs.push_back(
                    Run{quint32((i - 1) / keys), quint64((i - 1) % keys), start[i - 1], 0});
            start[i] += start[i - 1];
        }
        for (Run &run : result.runs)
            run.end = start[size_t(run.group * keys + run.key) + 1];
        result.items.reserve(start.back());
        adviseHugePages(result.items.data(), start.back() * sizeof(Item));
        result.items.resize(start.back());
        forEach([&](quint32 group, quint64 key, const Item &item) {
            result.items[start[size_t(group * keys + key)]++] = item;
        });
        return result;
    }
    struct Keyed
    {
        quint32 group;
        quint64 key;
        Item item;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(expected);
    forEach([&](quint32 group, quint64 key, const Item &item) {
        keyed.push_back(Keyed{group, key, item});
    });
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        return a.group != b.group ? a.group < b.group : a.key < b.key;
    });
    result.items.reserve(keyed.size());
    for (size_t i = 0; i < keyed.size(); ++i) {
        if (i == 0 || keyed[i].group != keyed[i - 1].group || keyed[i].key != keyed[i - 1].key)
            result.runs.push_back(Run{keyed[i].group, keyed[i].key, i, i});
        result.runs.back().end = i + 1;
        result.items.push_back(keyed[i].item);
    }
    return result;
}

} // namespace Portolan::PolicyDetail
