#pragma once

#include "policy.h"
#include "policytext.h"

#include <QByteArray>
#include <QString>

namespace Portolan {

/// Cisco ASA configuration lines for one firewall: `object-group network`
/// per address object (host, mask or IPv6 prefix entries), `object-group
/// service NAME tcp|udp` per port list (`port-object eq|range`), and per
/// ingress interface an access list `<firewall>_<interface>_in` of `extended
/// permit` entries with a `remark` per flow, bound with `access-group ... in
/// interface <name>`. Rules that name no interface go to `<firewall>_global`
/// (`access-group ... global`).
///
/// ASA filters where traffic enters, so the egress interface is not written:
/// the destinations decide where it leaves. Access lists end in an implicit
/// deny whatever options.dropOthers says. Names become ASA-safe (letters,
/// digits, '_', '-', '.'; at most 64 characters); remarks and descriptions
/// are single lines without control characters.
///
/// Returns the lines, or an empty array with @p error set when an interface
/// name is no ASA interface name.
QByteArray writeCiscoAsa(const CompiledPolicy &policy, const QString &firewall,
                         const PolicyWriterOptions &options, QString *error = nullptr);

} // namespace Portolan
