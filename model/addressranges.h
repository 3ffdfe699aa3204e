#pragma once

#include "address.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace Portolan {

/// An unsigned 128-bit number: an IPv6 address, or an IPv4 address in the
/// low 32 bits. Only what address ranges need: order, +1, -1.
struct Uint128
{
    quint64 high = 0;
    quint64 low = 0;

    /// The largest address of @p family: 255.255.255.255 or ffff:…:ffff.
    static Uint128 maximum(Address::Family family)
    {
        return family == Address::Family::IPv4 ? Uint128{0, 0xFFFFFFFFull} : Uint128{~0ull, ~0ull};
    }
    Uint128 plusOne() const { return low == ~0ull ? Uint128{high + 1, 0} : Uint128{high, low + 1}; }
    Uint128 minusOne() const
    {
        return low == 0 ? Uint128{high - 1, ~0ull} : Uint128{high, low - 1};
    }

    friend bool operator==(const Uint128 &a, const Uint128 &b)
    {
        return a.high == b.high && a.low == b.low;
    }
    friend bool operator!=(const Uint128 &a, const Uint128 &b) { return !(a == b); }
    friend bool operator<(const Uint128 &a, const Uint128 &b)
    {
        return a.high != b.high ? a.high < b.high : a.low < b.low;
    }
    friend bool operator>(const Uint128 &a, const Uint128 &b) { return b < a; }
    friend bool operator<=(const Uint128 &a, const Uint128 &b) { return !(b < a); }
    friend bool operator>=(const Uint128 &a, const Uint128 &b) { return !(a < b); }
};

/// The closed interval [first, last] of addresses of one family.
///
/// Host addresses and CIDR networks become ranges so that containment,
/// overlap and merging are plain comparisons; ranges become the fewest CIDR
/// prefixes again on output (prefixes()).
struct AddressRange
{
    Address::Family family = Address::Family::IPv4;
    Uint128 first;
    Uint128 last;

    /// The one address of a host, every address of a network.
    static AddressRange of(const Address &address);
    /// Every address of @p family: 0.0.0.0/0 or ::/0.
    static AddressRange all(Address::Family family);

    bool isAll() const { return first == Uint128{} && last == Uint128::maximum(family); }
    bool contains(Uint128 value) const { return first <= value && value <= last; }
    bool contains(const AddressRange &other) const
    {
        return family == other.family && first <= other.first && other.last <= last;
    }
    bool intersects(const AddressRange &other) const
    {
        return family == other.family && first <= other.last && other.first <= last;
    }

    /// The fewest CIDR prefixes that together are exactly this range, in
    /// address order; a single address comes out as a host (no "/32").
    QList<Address> prefixes() const;
    /// "10.0.0.0/24", "10.0.0.5", or "10.0.0.5-10.0.0.9" when no prefix fits.
    QString toString() const;

    friend bool operator==(const AddressRange &a, const AddressRange &b)
    {
        return a.family == b.family && a.first == b.first && a.last == b.last;
    }
    friend bool operator!=(const AddressRange &a, const AddressRange &b) { return !(a == b); }
    /// By family (IPv4 first), then first address, then last.
    friend bool operator<(const AddressRange &a, const AddressRange &b)
    {
        if (a.family != b.family)
            return a.family == Address::Family::IPv4;
        return a.first != b.first ? a.first < b.first : a.last < b.last;
    }
};

/// The number an address (or a network's first address) stands for.
Uint128 addressValue(const Address &address);
/// The address of @p family that @p value stands for: a host, or with
/// @p prefixLength >= 0 the network of that length starting at @p value.
Address addressFromValue(Address::Family family, Uint128 value, int prefixLength = -1);

/// Sorts @p ranges and merges those that overlap or touch (10.0.0.0/25 and
/// 10.0.0.128/25 become 10.0.0.0/24; a network swallows the hosts inside it):
/// O(n log n). IPv4 and IPv6 ranges stay apart.
void mergeRanges(std::vector<AddressRange> *ranges);

/// Appends @p range to @p merged, whose ranges are sorted by their first
/// address and no earlier than @p range: the linear step of mergeRanges().
void appendMerged(std::vector<AddressRange> *merged, const AddressRange &range);

} // namespace Portolan
