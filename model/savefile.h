#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace Portolan {

/// Fills @p device; returns false on failure with @p error set, or false with
/// @p error empty when the user cancelled.
using DeviceWriter = std::function<bool(QIODevice *device, QString *error)>;

/// Writes @p path all or nothing (QSaveFile): the file appears, or an existing
/// one changes, only once @p write has succeeded. "-" writes standard output
/// (which cannot be taken back). On failure @p error names the file and the
/// cause; on cancellation it is empty. Every file Portolan writes goes
/// through here: project files, rule sheets, diagrams, configurations.
bool writeAtomically(const QString &path, const DeviceWriter &write, QString *error);

/// The same for bytes already made.
bool writeAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace Portolan
