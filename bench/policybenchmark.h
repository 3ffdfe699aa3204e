#pragma once

#include "timing.h"

#include "catalog.h"
#include "policy.h"
#include "project.h"
#include "rules.h"

#include <QTextStream>

#include <vector>

namespace Portolan {

/// Places every derived rule on one stand-in firewall, FW-CORE, until the
/// zone model places rules for real: clients behind `clients`, reverse
/// proxies and Edges behind `dmz`, Directors and Front-End behind `inside`;
/// a rule from `any` enters through every interface but its egress. This is
/// what Firewall Builder gets as 13 group-to-group rules on one firewall.
PolicyInput standInFirewall(const Catalog &catalog, const Project &project,
                            const std::vector<Rule> &rules);

/// One host firewall input per destination host (every rule to that host,
/// no interfaces), in host order; hosts that no rule reaches are left out.
/// Each host's rules are fed together, not in derivation order.
std::vector<PolicyInput> hostFirewalls(const Catalog &catalog, const Project &project,
                                       const std::vector<Rule> &rules);

/// The comment text per flow: "edge-director-sip JJ204648, table row 6".
QStringList flowComments(const Catalog &catalog);

struct PolicyResult
{
    int sites = 0;
    size_t rules = 0; ///< derived rules
    PolicyCounts firewall;
    QString verdict; ///< verifyPolicy() of the firewall: empty when exact
    Timing fill;     ///< derived rules → PolicyInput (the placement's share)
    Timing compile;  ///< compilePolicy
    Timing verify;   ///< verifyPolicy
    Timing hosts;    ///< fill, compile and verify every host firewall
    qsizetype hostPolicies = 0;
    qsizetype hostRules = 0;
    qint64 peakAboveStartKiB = 0; ///< fill + compile + verify of the firewall
};

/// Times the firewall and host-firewall compiles of @p project.
PolicyResult measurePolicy(const Catalog &catalog, const Project &project, int sites);

/// Compiles the project file @p path once for the stand-in firewall, as a
/// tool would: load, derive, fill, compile, verify (and write the outputs
/// into @p outputDirectory unless it is empty). Prints the counts and each
/// phase's CPU time to @p log, then the whole process's ("process: N ms
/// CPU", start-up included); false with @p error set on failure. For the
/// comparison with fwb_ipt (bench/fwbuilder-compare.sh).
bool compileOnce(const QString &path, const QString &outputDirectory, QTextStream &log,
                 QString *error);

/// The markdown table of @p results (docs/performance.md).
void printPolicyTable(QTextStream &out, const std::vector<PolicyResult> &results);

} // namespace Portolan
