#include "savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::SaveFile", text);
}

} // namespace

bool writeAtomically(const QString &path, const DeviceWriter &write, QString *error)
{
    QString why;
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !write(&out, &why) || !out.flush()) {
            if (error)
                *error = why.isEmpty() ? tr("cannot write to standard output") : why;
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    const bool written = write(&file, &why);
    if (!written && why.isEmpty() && file.error() == QFileDevice::NoError) {
        file.cancelWriting(); // cancelled: nothing to report, nothing written
        if (error)
            error->clear();
        return false;
    }
    if (!written || !file.commit()) {
        if (error)
            *error = why.isEmpty() ? tr("%1: cannot write: %2").arg(path, file.errorString()) : why;
        file.cancelWriting();
        return false;
    }
    return true;
}

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    return writeAtomically(
        path, [&data](QIODevice *device, QString *) { return device->write(data) == data.size(); },
        error);
}

} // namespace Portolan
