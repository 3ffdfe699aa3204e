#pragma once

#include "outputformat.h"
#include "policy.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Portolan {

class Topology;

/// Per flow of @p catalog, what a configuration's comment says of it: its id
/// and where it comes from ("edge-director-sip JJ204648, table row 6").
QStringList policyFlowComments(const Catalog &catalog, const QString &language);

/// The requirements of firewall @p firewall (an index into the project's
/// firewalls): every rule on it, with the interfaces it enters and leaves by.
PolicyInput firewallRequirements(const Topology &topology, int firewall,
                                 const QString &language = QStringLiteral("en"));

/// The requirements of host @p host's own firewall: every rule whose
/// destination is the host, same-zone rules included (a host firewall sees
/// every flow), with no interfaces.
PolicyInput hostRequirements(const Topology &topology, int host,
                             const QString &language = QStringLiteral("en"));

/// The servers a host firewall script is for: hosts with host addresses
/// that receive a rule, but for those wholly in external zones; by index,
/// in name order.
std::vector<int> ruleDestinations(const Topology &topology);

/// A compiled policy whose exactness was checked.
struct CheckedPolicy
{
    CompiledPolicy policy;
    /// Empty when the policy accepts exactly the requirements; else the
    /// first difference, in words (verifyPolicy()).
    QString difference;
};

CheckedPolicy compileChecked(const PolicyInput &input);

/// "FW-INT: 34 derived rules → 9 policy rules, 6 address objects, 4 service
/// objects, 2 redundant dropped; exact".
QString describePolicy(const QString &name, const CheckedPolicy &checked);

/// Registers nftables, iptables, ip6tables, cisco-asa and windows-firewall.
void registerPolicyOutputs(OutputRegistry &registry);

} // namespace Portolan
