#pragma once

#include <QStringList>

namespace Portolan::Cli {

/// `portolan diff BEFORE AFTER --output FILE`: the rules a change request
/// adds and removes, whole or per firewall. Exit codes as diff(1): 0 no rule
/// changes, 1 changes written, 2 trouble (bad file, unknown firewall, a
/// failed write), with nothing half-written.
int runDiff(const QStringList &arguments);

} // namespace Portolan::Cli
