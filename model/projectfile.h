#pragma once

#include "project.h"

#include <QByteArray>
#include <QString>

namespace Portolan {

/// Reading and writing `.portolan.json` project files (docs/file-format.md).
namespace ProjectFile {

/// The newest version this Portolan reads (and writes, for projects that need it).
constexpr int currentVersion = 2;
inline constexpr char formatName[] = "portolan-topology";

/// The version serialize() writes: 1 for a project without zones, firewalls
/// and anyZones (so that such files stay as older versions wrote them), else 2.
int fileVersion(const Project &project);

/// Parses project JSON. @p origin (usually the file name) starts every error
/// message; the message then names the line:column (syntax) or the host and
/// field (content). The catalog must exist and every role must be in it.
bool parse(const QByteArray &json, const QString &origin, Project *out, QString *error);

/// Reads and parses @p path.
bool load(const QString &path, Project *out, QString *error);

/// The file content for @p project: known keys in a fixed order, one host a
/// line, unknown keys kept. Deterministic, so saving twice gives equal bytes.
QByteArray serialize(const Project &project);

/// Saves atomically (writeAtomically()); an existing file is first kept as
/// `PATH.bak`. On failure the file on disk is untouched and @p error says why.
bool save(const QString &path, const Project &project, QString *error);

} // namespace ProjectFile

} // namespace Portolan
