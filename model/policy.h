#pragma once

#include "address.h"
#include "addressranges.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <vector>

namespace Portolan {

enum class Transport : quint8 { TCP, UDP };

/// "TCP" or "UDP", as catalogs and rule sheets spell them.
QString transportName(Transport transport);
/// The transport spelled @p name ("TCP", "UDP"), or nothing.
std::optional<Transport> transportFromName(const QString &name);

/// The ports first..last (both included); the default is every port.
struct PortRange
{
    quint16 first = 0;
    quint16 last = 65535;

    bool isAll() const { return first == 0 && last == 65535; }
    /// "5061" or "50001-50003".
    QString toString() const;

    friend bool operator==(const PortRange &a, const PortRange &b)
    {
        return a.first == b.first && a.last == b.last;
    }
    friend bool operator!=(const PortRange &a, const PortRange &b) { return !(a == b); }
    friend bool operator<(const PortRange &a, const PortRange &b)
    {
        return a.first != b.first ? a.first < b.first : a.last < b.last;
    }
};

/// One derived rule as one firewall (or one server's host firewall) must pass it.
///
/// This is what the compiler reads; whoever places rules on firewalls fills
/// it. Interface lists name where the traffic enters and leaves this
/// firewall: a rule from `any` may enter through several interfaces and then
/// stands for one requirement per (ingress, egress) pair. Both lists are empty
/// for a host firewall, which names no interface.
struct PolicyRequirement
{
    std::optional<Address> source; ///< nullopt: any source of the destination's family
    Address destination;           ///< host address or CIDR network
    Transport transport = Transport::TCP;
    PortRange sourcePorts;    ///< any unless the flow names source ports
    PortRange ports;          ///< destination ports
    QStringList ingress;      ///< interfaces where it enters (several for `any`)
    QStringList egress;       ///< interfaces where it leaves
    int flow = 0;             ///< index into the catalog's flows, for comments
    QString sourceGroup;      ///< naming hint for the source's object ("director.srv")
    QString destinationGroup; ///< naming hint for the destination's object
};

namespace PolicyDetail {
struct InputData;
}

/// The requirements of one firewall (or one host), interned as they arrive.
///
/// Millions of derived rules become 20 bytes each here: addresses, services
/// and interface lists are kept once and referred to by number. add() can be
/// fed from a loop that reuses one PolicyRequirement, so that the caller
/// never holds the full list; the same input then serves compilePolicy() and
/// verifyPolicy(). Copies share the data (it is read-only once compiled).
class PolicyInput
{
public:
    /// @p flowComments: per flow index, the text a rule's comment gives for
    /// that flow, e.g. "edge-director-sip JJ204648, table row 6".
    explicit PolicyInput(const QStringList &flowComments = {});

    /// Adds one requirement; false (with @p error set) for one that cannot
    /// be compiled: a reversed port range, source and destination of
    /// different families, an empty interface name, a negative flow, or more
    /// than the compiler's limits (2^28 requirements, 16 384 distinct services,
    /// 4 096 interfaces).
    bool add(const PolicyRequirement &requirement, QString *error = nullptr);

    /// Makes room for @p requirements in all (a caller that knows the count
    /// saves the copies of a growing list).
    void reserve(qsizetype requirements);
    /// The number of requirements added.
    qsizetype size() const;
    const QStringList &flowComments() const;

    const PolicyDetail::InputData &data() const { return *d; }

private:
    std::shared_ptr<PolicyDetail::InputData> d;
};

/// Counts a compilation reports: derived rules in, policy rules and objects out.
struct PolicyCounts
{
    qsizetype requirements = 0;   ///< requirements given
    qsizetype rules = 0;          ///< accept rules of the policy
    qsizetype addressObjects = 0; ///< address objects
    qsizetype serviceObjects = 0; ///< service objects
    qsizetype redundant = 0;      ///< requirements dropped: the others cover them
};

/// A named set of addresses of one family, as merged ranges.
struct AddressObject
{
    QString name; ///< unique within the policy; writers make it safe for their syntax
    Address::Family family = Address::Family::IPv4;
    std::vector<AddressRange> ranges; ///< sorted, disjoint, not touching

    /// True for 0.0.0.0/0 or ::/0.
    bool isAll() const { return ranges.size() == 1 && ranges.front().isAll(); }
    /// The fewest CIDR prefixes covering exactly the object, in address order.
    QList<Address> prefixes() const;
};

/// A named set of ports of one transport: every source port of sourcePorts
/// with every destination port of ports (TCP and UDP never share one).
struct ServiceObject
{
    QString name; ///< unique within the policy
    Transport transport = Transport::TCP;
    QList<PortRange> sourcePorts; ///< sorted, disjoint, not touching; {0-65535} for any
    QList<PortRange> ports;       ///< likewise, destination ports

    bool anySourcePort() const { return sourcePorts.size() == 1 && sourcePorts.first().isAll(); }
    bool anyPort() const { return ports.size() == 1 && ports.first().isAll(); }
};

/// One accept rule: source object × destination object × service, entering
/// through one interface and leaving through one.
struct PolicyRule
{
    int ingress = -1; ///< index into CompiledPolicy::interfaces; -1: none named
    int egress = -1;  ///< likewise
    Address::Family family = Address::Family::IPv4;
    int source = 0;      ///< index into CompiledPolicy::addresses
    int destination = 0; ///< index into CompiledPolicy::addresses
    int service = 0;     ///< index into CompiledPolicy::services
    QList<int> flows;    ///< the flows whose requirements the rule passes, ascending
};

/// One firewall's policy: objects and accept rules that pass exactly its
/// requirements (verifyPolicy() proves it), ready for the vendor writers.
///
/// Rules are ordered by (ingress, egress) interface names, then family (IPv4
/// first), service and destination. They never overlap in what they accept
/// for one (ingress, egress, family), so their order does not matter.
struct CompiledPolicy
{
    QStringList interfaces; ///< the interface names the rules use, sorted
    QStringList flowComments;
    std::vector<AddressObject> addresses;
    std::vector<ServiceObject> services;
    std::vector<PolicyRule> rules;
    PolicyCounts counts;

    /// The comment texts of @p rule's flows (a flow without one: "flow N").
    QStringList flowTexts(const PolicyRule &rule) const;
    /// The interface name of @p index, empty for -1.
    QString interfaceName(int index) const
    {
        return index >= 0 && index < interfaces.size() ? interfaces.at(index) : QString();
    }
};

/// Compiles @p input into objects and as few accept rules as exact grouping
/// allows.
///
/// Per (ingress, egress, family), requirements are cut along the elementary
/// intervals of destinations and services; for each such cell the sources
/// are merged (sort and merge); cells with equal sources and equal services
/// share a rule. No grouping ever widens: two sources × two destinations
/// where only three pairs are required become two rules. A requirement that
/// the union of the others already covers is dropped and counted. Runs in
/// O(n log n) for n requirements, in memory linear in n.
CompiledPolicy compilePolicy(const PolicyInput &input);
/// The same for a list; @p flowComments as for PolicyInput.
CompiledPolicy compilePolicy(const std::vector<PolicyRequirement> &requirements,
                             const QStringList &flowComments = {});

/// Checks that @p policy accepts exactly what @p input requires: the same
/// set of (ingress, egress, source address, destination address, transport,
/// source port, destination port), computed on address and port intervals.
///
/// Returns an empty string when they are equal, otherwise the first
/// difference in words: a flow the policy accepts that no requirement asks
/// for, or a required flow that it does not accept. Independent of the
/// compiler's grouping, so that it can catch the compiler's mistakes.
QString verifyPolicy(const PolicyInput &input, const CompiledPolicy &policy);
/// The same for a list.
QString verifyPolicy(const std::vector<PolicyRequirement> &requirements,
                     const CompiledPolicy &policy);

} // namespace Portolan
