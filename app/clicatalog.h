#pragma once

#include <QStringList>

namespace Portolan::Cli {

/// `portolan catalog`: with no id, lists every catalog with its source (and
/// the files skipped, on standard error); with an id, prints the catalog as a
/// table or, with --format csv, as CSV; with --validate FILE, checks a catalog
/// file of the admin's own. Exit 0 on success, 2 on bad input or usage.
int runCatalog(const QStringList &arguments);

} // namespace Portolan::Cli
