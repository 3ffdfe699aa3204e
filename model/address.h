#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Portolan {

/// An IPv4 or IPv6 host address, or a CIDR prefix (a network).
///
/// Parsing is deliberately stricter than QHostAddress: it refuses the legacy
/// forms inet_aton() accepts (`10.1`, `010.0.0.1`, `0x0A.0.0.1`, `167772161`),
/// zone ids, surrounding white space, prefixes longer than the family allows
/// and prefixes with host bits set. Addresses are stored and printed in their
/// canonical form (`2001:DB8::1` becomes `2001:db8::1`).
class Address
{
public:
    enum class Family { IPv4, IPv6 };

    Address() = default;

    /// Parses @p text. On failure returns nothing and, if @p error is given,
    /// stores a one-line explanation that names the offending part.
    static std::optional<Address> parse(const QString &text, QString *error = nullptr);
    /// The address of @p family with @p bytes (network order; IPv4 uses the
    /// first four), a network of @p prefixLength bits or, for -1, a host.
    /// Host bits of a network are cleared, as parse() would insist.
    static Address fromBytes(Family family, const std::array<quint8, 16> &bytes,
                             int prefixLength = -1);

    Family family() const { return m_family; }
    bool isIPv4() const { return m_family == Family::IPv4; }
    bool isIPv6() const { return m_family == Family::IPv6; }
    /// True for `a.b.c.d/n` and `x::/n` notation, even for /32 and /128.
    bool isNetwork() const { return m_prefixLength >= 0; }
    /// The prefix length, or -1 for a plain host address.
    int prefixLength() const { return m_prefixLength; }
    /// The number of bits in the family's addresses (32 or 128).
    int familyBits() const { return m_family == Family::IPv4 ? 32 : 128; }
    /// The address bytes in network order; IPv4 uses the first four.
    const std::array<quint8, 16> &bytes() const { return m_bytes; }

    /// The network of this address with prefix length @p length (host bits
    /// cleared): `10.20.0.5` with 16 gives `10.20.0.0/16`. @p length must be
    /// within 0..familyBits().
    Address network(int length) const;

    /// Canonical text: lower-case, compressed IPv6, `/n` for networks.
    QString toString() const;

    friend bool operator==(const Address &a, const Address &b)
    {
        return a.m_family == b.m_family && a.m_prefixLength == b.m_prefixLength &&
               a.m_bytes == b.m_bytes;
    }
    friend bool operator!=(const Address &a, const Address &b) { return !(a == b); }

private:
    std::array<quint8, 16> m_bytes{};
    Family m_family = Family::IPv4;
    int m_prefixLength = -1;
};

} // namespace Portolan
