#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace Portolan {

class Topology;

/// What a change request changes: the rules added and removed between two
/// versions of a project, for the whole project and per firewall.
///
/// A rule is what a firewall sees of it: source address (or any),
/// destination address, transport, source ports, destination ports, and the
/// firewalls it is on (RuleIdentity; firewalls matched by id). Flows are
/// matched by that effect, not by their id, so the two versions may use
/// different catalogs or catalog versions; renaming or moving a host, or a
/// description, changes nothing. A rule whose firewalls changed is removed
/// (as it was) and added (as it is) in the whole-project view, and is
/// removed from one firewall and added to another in the per-firewall view.
///
/// Linear in the rules: addresses, services and firewall sets are numbered
/// across both versions; rules are bucketed by destination address, and
/// only buckets whose fingerprints differ are gathered, sorted and merged.
class RuleDelta
{
public:
    RuleDelta(const Topology &before, const Topology &after);

    /// One rule that changed: an index into after.rules() for an added rule,
    /// into before.rules() for a removed one.
    struct Change
    {
        bool added;
        quint32 rule;
    };

    /// The changes of one firewall (matched by id), or of the rules on no
    /// firewall (same-zone rules, and every rule of a project without zones).
    struct Firewall
    {
        QString id;                  ///< empty for the rules on no firewall
        QString name;                ///< as AFTER names it, or BEFORE for a removed firewall
        int before = -1;             ///< index into before's firewalls, or -1
        int after = -1;              ///< index into after's firewalls, or -1
        std::vector<Change> changes; ///< removed ones in BEFORE's order, then added ones in AFTER's
        qsizetype unchanged = 0;
    };

    /// Every changed rule: removed ones in BEFORE's order, then added ones in AFTER's.
    const std::vector<Change> &changes() const { return m_changes; }
    /// AFTER's firewalls in order, then firewalls only BEFORE has, then the
    /// rules on no firewall.
    const std::vector<Firewall> &firewalls() const { return m_firewalls; }
    qsizetype added() const { return m_added; }
    qsizetype removed() const { return m_removed; }
    bool isEmpty() const { return m_changes.empty(); }

private:
    std::vector<Change> m_changes;
    std::vector<Firewall> m_firewalls;
    qsizetype m_added = 0;
    qsizetype m_removed = 0;
};

} // namespace Portolan
