#include "addressranges.h"

#include <algorithm>

namespace Portolan {

namespace {

int familyBits(Address::Family family)
{
    return family == Address::Family::IPv4 ? 32 : 128;
}

Uint128 subtract(Uint128 a, Uint128 b)
{
    return Uint128{a.high - b.high - (a.low < b.low ? 1 : 0), a.low - b.low};
}

/// 2^k - 1 for 0 <= k <= 128.
Uint128 lowBits(int k)
{
    if (k >= 128)
        return Uint128{~0ull, ~0ull};
    if (k >= 64)
        return Uint128{k == 64 ? 0 : (~0ull >> (128 - k)), ~0ull};
    return Uint128{0, k == 0 ? 0 : (~0ull >> (64 - k))};
}

Uint128 bitOr(Uint128 a, Uint128 b)
{
    return Uint128{a.high | b.high, a.low | b.low};
}

int trailingZeros(Uint128 v)
{
    if (v.low != 0)
        return __builtin_ctzll(v.low);
    if (v.high != 0)
        return 64 + __builtin_ctzll(v.high);
    return 128;
}

/// The number of significant bits of @p v (0 for 0).
int bitLength(Uint128 v)
{
    if (v.high != 0)
        return 128 - __builtin_clzll(v.high);
    if (v.low != 0)
        return 64 - __builtin_clzll(v.low);
    return 0;
}

} // namespace

Uint128 addressValue(const Address &address)
{
    const auto &bytes = address.bytes();
    Uint128 value;
    if (address.isIPv4()) {
        value.low = quint64(bytes[0]) << 24 | quint64(bytes[1]) << 16 | quint64(bytes[2]) << 8 |
                    quint64(bytes[3]);
        return value;
    }
    for (size_t i = 0; i < 8; ++i) {
        value.high = value.high << 8 | bytes[i];
        value.low = value.low << 8 | bytes[i + 8];
    }
    return value;
}

Address addressFromValue(Address::Family family, Uint128 value, int prefixLength)
{
    std::array<quint8, 16> bytes{};
    if (family == Address::Family::IPv4) {
        for (size_t i = 0; i < 4; ++i)
            bytes[i] = quint8(value.low >> (24 - 8 * i));
    } else {
        for (size_t i = 0; i < 8; ++i) {
            bytes[i] = quint8(value.high >> (56 - 8 * i));
            bytes[i + 8] = quint8(value.low >> (56 - 8 * i));
        }
    }
    return Address::fromBytes(family, bytes, prefixLength);
}

AddressRange AddressRange::of(const Address &address)
{
    AddressRange range;
    range.family = address.family();
    range.first = addressValue(address);
    const int hostBits = address.isNetwork() ? address.familyBits() - address.prefixLength() : 0;
    range.last = bitOr(range.first, lowBits(hostBits));
    return range;
}

AddressRange AddressRange::all(Address::Family family)
{
    return AddressRange{family, Uint128{}, Uint128::maximum(family)};
}

QList<Address> AddressRange::prefixes() const
{
    QList<Address> result;
    const int bits = familyBits(family);
    Uint128 start = first;
    for (;;) {
        const Uint128 span = subtract(last, start); // addresses left, minus one
        // The largest aligned block at start that does not pass last.
        int size = std::min(trailingZeros(start), bits);
        const int fits = span == lowBits(128) ? 128 : bitLength(span.plusOne()) - 1;
        size = std::min(size, fits);
        result.append(size == 0 ? addressFromValue(family, start)
                                : addressFromValue(family, start, bits - size));
        const Uint128 blockLast = bitOr(start, lowBits(size));
        if (blockLast >= last)
            break;
        start = blockLast.plusOne();
    }
    return result;
}

QString AddressRange::toString() const
{
    const QList<Address> blocks = prefixes();
    if (blocks.size() == 1)
        return blocks.first().toString();
    return addressFromValue(family, first).toString() + u'-' +
           addressFromValue(family, last).toString();
}

void appendMerged(std::vector<AddressRange> *merged, const AddressRange &range)
{
    if (!merged->empty()) {
        AddressRange &back = merged->back();
        // Overlapping or touching (back.last + 1 == range.first) ranges join.
        if (back.family == range.family &&
            (back.last == Uint128::maximum(back.family) || range.first <= back.last.plusOne())) {
            if (range.last > back.last)
                back.last = range.last;
            return;
        }
    }
    merged->push_back(range);
}

void mergeRanges(std::vector<AddressRange> *ranges)
{
    std::sort(ranges->begin(), ranges->end());
    std::vector<AddressRange> merged;
    merged.reserve(ranges->size());
    for (const AddressRange &range : *ranges)
        appendMerged(&merged, range);
    *ranges = std::move(merged);
}

} // namespace Portolan
