#include "ruleidentity.h"

namespace Portolan {

namespace {

/// FNV-1a over @p bytes: stable across machines and runs (qHash is seeded).
quint64 fnv1a(const quint8 *bytes, size_t count, quint64 hash = 0xCBF29CE484222325ull)
{
    for (size_t i = 0; i < count; ++i) {
        hash ^= bytes[i];
        hash *= 0x100000001B3ull;
    }
    return hash;
}

quint64 addressHash(const Address &address)
{
    // Family, prefix length (0xFF for a host address) and the address bytes.
    quint8 bytes[18];
    bytes[0] = address.isIPv4() ? 4 : 6;
    bytes[1] = address.isNetwork() ? quint8(address.prefixLength()) : 0xFF;
    for (int i = 0; i < 16; ++i)
        bytes[2 + i] = address.bytes()[size_t(i)];
    return fnv1a(bytes, address.isIPv4() ? 6 : 18);
}

quint64 serviceHash(const Flow &flow)
{
    const quint16 values[] = {quint16(flow.transport == QLatin1String("UDP") ? 17 : 6),
                              quint16(flow.hasSourcePort() ? flow.sourcePortFirst : 0),
                              quint16(flow.hasSourcePort() ? flow.sourcePortLast : 65535),
                              quint16(flow.portFirst), quint16(flow.portLast)};
    quint8 bytes[sizeof(values)];
    for (size_t i = 0; i < std::size(values); ++i) {
        bytes[2 * i] = quint8(values[i] >> 8);
        bytes[2 * i + 1] = quint8(values[i]);
    }
    return fnv1a(bytes, sizeof(bytes), 0x84222325CBF29CE4ull);
}

} // namespace

RuleIdentity::RuleIdentity(const Catalog &catalog, const Project &project)
    : m_anyHash(fnv1a(reinterpret_cast<const quint8 *>("any"), 3))
{
    m_first.reserve(project.hosts.size());
    for (const Host &host : project.hosts) {
        m_first.push_back(m_addressHash.size());
        for (const Address &address : host.addresses)
            m_addressHash.push_back(addressHash(address));
    }
    for (const Flow &flow : catalog.flows())
        m_serviceHash.push_back(serviceHash(flow));
}

void RuleIdentity::writeId(const Rule &rule, char *out) const
{
    // Crockford's base32: no I, L, O or U to misread.
    static constexpr char digits[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const quint64 value = hash(rule);
    for (int i = 0; i < idLength; ++i)
        out[i] = digits[(value >> (64 - 5 * (i + 1))) & 31];
}

QString RuleIdentity::id(const Rule &rule) const
{
    char text[idLength];
    writeId(rule, text);
    return QString::fromLatin1(text, idLength);
}

} // namespace Portolan
