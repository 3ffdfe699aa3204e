#pragma once

#include <QStringList>

namespace Portolan::Cli {

/// Exit codes of every command, documented in portolan(1).
enum ExitCode { Success = 0, TopologyErrors = 1, BadInput = 2 };

/// True if @p arguments (argv without the program) name a headless command.
bool isCommand(const QStringList &arguments);

/// True if the command paints (a diagram export): it then needs a QApplication,
/// on the offscreen platform, instead of a QCoreApplication.
bool needsPainting(const QStringList &arguments);

/// Runs a headless command (export, check, catalog, sample) under an existing
/// QCoreApplication and returns the exit code. Never touches a display.
int run(const QStringList &arguments);

} // namespace Portolan::Cli
