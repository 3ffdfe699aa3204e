#pragma once

// Internals shared by the policy compiler (policy.cpp) and its verifier
// (policyverify.cpp): the interned input and a stable radix sort. Not for
// use outside those two files.

#include "addressranges.h"
#include "policy.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <vector>

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

/// An address range as a hash key.
struct RangeKey
{
    AddressRange range;
    friend bool operator==(const RangeKey &a, const RangeKey &b) { return a.range == b.range; }
};

inline size_t qHash(const RangeKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, int(k.range.family), k.range.first.high, k.range.first.low,
                      k.range.last.high, k.range.last.low);
}

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
    QHash<RangeKey, quint32> symbolIndex;
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

/// Sorts @p items by key(item) < 2^bits, stably, with an LSD radix sort of
/// 11-bit digits (small inputs: std::stable_sort). @p scratch is reused.
template<typename T, typename KeyOf>
void radixSort(std::vector<T> *items, size_t begin, size_t end, int bits, KeyOf keyOf,
               std::vector<T> *scratch)
{
    const size_t n = end - begin;
    if (n < 2)
        return;
    if (n < 512) {
        std::stable_sort(items->begin() + qsizetype(begin), items->begin() + qsizetype(end),
                         [&](const T &a, const T &b) { return keyOf(a) < keyOf(b); });
        return;
    }
    constexpr int digitBits = 11;
    constexpr size_t buckets = size_t(1) << digitBits;
    if (scratch->size() < n)
        scratch->resize(n);
    T *from = items->data() + begin;
    T *to = scratch->data();
    bool inScratch = false;
    std::vector<size_t> count(buckets);
    for (int shift = 0; shift < bits; shift += digitBits) {
        std::fill(count.begin(), count.end(), 0);
        for (size_t i = 0; i < n; ++i)
            ++count[(keyOf(from[i]) >> shift) & (buckets - 1)];
        if (count[(keyOf(from[0]) >> shift) & (buckets - 1)] == n)
            continue; // every key has this digit: nothing to reorder
        size_t sum = 0;
        for (size_t &c : count) {
            const size_t here = c;
            c = sum;
            sum += here;
        }
        for (size_t i = 0; i < n; ++i)
            to[count[(keyOf(from[i]) >> shift) & (buckets - 1)]++] = from[i];
        std::swap(from, to);
        inScratch = !inScratch;
    }
    if (inScratch)
        std::copy(from, from + n, items->data() + begin);
}

/// The number of bits needed for values up to @p maximum.
inline int bitsFor(quint64 maximum)
{
    return maximum == 0 ? 1 : 64 - __builtin_clzll(maximum);
}

} // namespace Portolan::PolicyDetail
