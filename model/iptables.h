#pragma once

#include "address.h"
#include "policy.h"
#include "policytext.h"

#include <QByteArray>
#include <QString>

namespace Portolan {

/// The iptables-restore file (IPv4) or ip6tables-restore file (IPv6) of
/// one firewall: the rules of @p family only.
///
/// `*filter` with a chain of Portolan's own, PORTOLAN-<firewall> (at most 28
/// characters), jumped to from FORWARD: established and related traffic
/// passes, then the accept rules with -i/-o, -s/-d, -p and `-m multiport`
/// where a service has several ports (at most 15 a rule, a range counting
/// two), `-m comment` naming the flows. A rule with several sources and
/// several destinations jumps to two small chains of its own (sources, then
/// destinations) instead of writing every pair. With options.dropOthers the
/// chain ends in DROP: the firewall forwards exactly what the port tables
/// require; without it the chain returns and FORWARD decides.
///
/// Load it with `iptables-restore --noflush` (`ip6tables-restore` for IPv6)
/// to keep the other chains; each load adds one jump from FORWARD, so
/// remove the old one (`iptables -D FORWARD -j PORTOLAN-...`) before a reload.
///
/// Returns the file, or an empty array with @p error set when an interface
/// name cannot be written.
QByteArray writeIptables(const CompiledPolicy &policy, Address::Family family,
                         const QString &firewall, const PolicyWriterOptions &options,
                         QString *error = nullptr);

/// Portolan's chain for @p firewall: "PORTOLAN-" and the name in letters,
/// digits, '_' and '-', short enough for the sub-chains' suffixes.
QString iptablesChainName(const QString &firewall);

} // namespace Portolan
