#pragma once

#include "policy.h"
#include "policytext.h"

#include <QByteArray>
#include <QString>

namespace Portolan {

/// The nftables file of one firewall, to `include` or load with `nft -f`.
///
/// It holds one table of its own, `table inet portolan_<firewall>`, which it
/// first deletes, so loading it again replaces it and touches nothing else.
/// Its one chain hooks forward: established and related traffic passes,
/// then one accept rule per policy rule (interfaces, named interval sets of
/// addresses and ports, a comment naming the flows and their source).
/// With options.dropOthers (the default) the chain's policy is drop, so the
/// firewall forwards exactly what the port tables require: an nftables packet
/// passes a hook only when every base chain there accepts it, so an accept in
/// this table cannot open what another table drops, and traffic that other
/// planning needs must be accepted in this chain too (`add rule inet
/// portolan_<firewall> forward ...` in a file loaded after this one). Without
/// it the policy is accept and the table only documents.
///
/// Returns the file, or an empty array with @p error set when an interface
/// name cannot be written (nft wants 1 to 15 bytes, no quotes).
QByteArray writeNftables(const CompiledPolicy &policy, const QString &firewall,
                         const PolicyWriterOptions &options, QString *error = nullptr);

/// The table name for @p firewall: "portolan_" and the name in lower-case
/// letters, digits and '_'.
QString nftablesTableName(const QString &firewall);

} // namespace Portolan
