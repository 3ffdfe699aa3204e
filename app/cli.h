#pragma once

#include "catalog.h"
#include "findings.h"
#include "project.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Portolan::Cli {

/// Exit codes of every command, documented in portolan(1).
enum ExitCode { Success = 0, TopologyErrors = 1, BadInput = 2 };

/// @p arguments with a command that follows a leading --language moved to the
/// front: "portolan --language de check X" as "portolan check X --language de".
QStringList commandFirst(const QStringList &arguments);

/// True if @p arguments (argv without the program) name a headless command.
bool isCommand(const QStringList &arguments);

/// True if the command paints (a diagram export): it then needs a QApplication,
/// on the offscreen platform, instead of a QCoreApplication.
bool needsPainting(const QStringList &arguments);

/// Helpers shared by the commands (cli.cpp, clicatalog.cpp).
QTextStream &out();
QTextStream &err();
/// Prints "portolan: MESSAGE" on standard error; returns @p code.
int fail(const QString &message, int code = BadInput);
/// Prints @p rows as columns padded to their widest cell, two spaces apart.
void printTable(const QList<QStringList> &rows);
/// The --language option every command takes.
QCommandLineOption languageOption();
/// Parses a command's own options; returns -1 to go on, or an exit code
/// (after --help, or a usage error already reported).
int parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                 const QString &description, const QString &positional);

/// Reads the project at @p path ("-": standard input) and its composed
/// catalog; on failure returns nullptr with @p error naming the file and the place.
std::shared_ptr<const Catalog> readProjectAndCatalog(const QString &path, Project *project,
                                                     QString *error);
/// Prints findings as "PROJECT: error: text"; returns the number of errors.
int printFindings(const QString &path, const QList<Finding> &findings, QTextStream &stream);

/// Runs a headless command (export, check, catalog, sample) under an existing
/// QCoreApplication and returns the exit code. Never touches a display.
int run(const QStringList &arguments);

} // namespace Portolan::Cli
