#pragma once

#include "policy.h"
#include "policytext.h"

#include <QByteArray>
#include <QString>

namespace Portolan {

/// A PowerShell script that sets up the Windows Firewall of one server
/// (@p host) from its host policy: every rule whose destination is that
/// host, same-zone rules included (a policy compiled without interfaces).
///
/// It first removes the rule group "Portolan <project title>", so running it
/// again replaces its rules, then adds one `New-NetFirewallRule` per policy
/// rule: inbound, allow, domain profile, the protocol, -LocalPort (the
/// ports), -RemoteAddress (the sources; Any for any) and -LocalAddress (the
/// host's addresses the rule is for, which also keeps an IPv4 rule from
/// `any` to IPv4). `-Preview` adds -WhatIf to every change. Every string is
/// single-quoted with quotes doubled (PowerShell's four single quotes
/// included), so names and texts stay text. UTF-8 with a byte order mark
/// (Windows PowerShell 5.1 reads UTF-8 only then) and CRLF line ends.
///
/// Returns the script, or an empty array with @p error set for a policy
/// whose rules name interfaces (a firewall's, not a host's).
QByteArray writeWindowsFirewall(const CompiledPolicy &policy, const QString &host,
                                const PolicyWriterOptions &options, QString *error = nullptr);

/// @p text as a PowerShell single-quoted string: control characters become
/// spaces, and ' ‘ ’ ‚ ‛ (which all end such a string) are doubled.
QString powerShellString(const QString &text);

} // namespace Portolan
