#pragma once

#include "catalog.h"
#include "project.h"
#include "rules.h"

#include <QString>

#include <vector>

namespace Portolan {

/// What identifies a rule for people and for change requests: its effect.
///
/// A rule is what a firewall sees of it: source address (or any), destination
/// address, transport, source ports and destination ports. Host names, roles,
/// flow ids, positions and descriptions are not part of it, so renaming a
/// host, moving it, or a new catalog version with the same ports changes no
/// rule. The stable id is a hash of exactly that: ten characters of
/// Crockford's base32 ("7K2M9X4Q1P"), the same on every machine and in every
/// version of Portolan that keeps this definition (docs/rules.md).
class RuleIdentity
{
public:
    RuleIdentity(const Catalog &catalog, const Project &project);

    /// The 64-bit hash of @p rule's effect.
    quint64 hash(const Rule &rule) const
    {
        const quint64 source = rule.isFromAny()
                                   ? m_anyHash
                                   : m_addressHash[m_first[rule.sourceHost] + rule.sourceAddress];
        const quint64 destination =
            m_addressHash[m_first[rule.destinationHost] + rule.destinationAddress];
        return mix(mix(mix(source) ^ destination) ^ m_serviceHash[rule.flow]);
    }

    /// The id of @p rule, e.g. "7K2M9X4Q1P".
    QString id(const Rule &rule) const;
    /// Writes the ten characters of @p rule's id to @p out.
    void writeId(const Rule &rule, char *out) const;

    static constexpr int idLength = 10;

private:
    /// splitmix64's finaliser: every input bit moves every output bit.
    static quint64 mix(quint64 x)
    {
        x += 0x9E3779B97F4A7C15ull;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        return x ^ (x >> 31);
    }

    std::vector<size_t> m_first;        ///< per host: its first address slot
    std::vector<quint64> m_addressHash; ///< per address slot
    std::vector<quint64> m_serviceHash; ///< per flow
    quint64 m_anyHash;
};

} // namespace Portolan
