#pragma once

#include <QStringList>

namespace Portolan {

/// Opens the planner window (on FILE from @p arguments, or the built-in
/// sample) and runs the event loop. Needs a QApplication.
int runPlanner(const QStringList &arguments);

} // namespace Portolan
