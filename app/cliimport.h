#pragma once

#include <QStringList>

namespace Portolan::Cli {

/// `portolan import PROJECT --hosts FILE [--zones FILE]`: adds and updates
/// hosts and zone networks from an inventory (CSV or NetBox), all or nothing.
/// Exit 0 on success, 2 on any bad row, file or usage (nothing written).
int runImport(const QStringList &arguments);

} // namespace Portolan::Cli
