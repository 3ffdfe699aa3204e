#include "recoverycopy.h"

#include "projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

#include <algorithm>

namespace Portolan {

namespace {

const QString infoSuffix = QStringLiteral(".recovery.json");
// The info file may come from a newer or broken Portolan: keep it small.
constexpr qint64 maxInfoBytes = 64 * 1024;

} // namespace

QString RecoveryCopy::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

QString RecoveryCopy::projectPath(const QString &directory, const QString &id)
{
    return QDir(directory).filePath(id + QStringLiteral(".portolan.json"));
}

QString RecoveryCopy::infoPath(const QString &directory, const QString &id)
{
    return QDir(directory).filePath(id + infoSuffix);
}

QString RecoveryCopy::lockPath(const QString &directory, const QString &id)
{
    return QDir(directory).filePath(id + QStringLiteral(".lock"));
}

QList<RecoveryCopy> RecoveryCopy::findOrphans(const QString &directory)
{
    QList<RecoveryCopy> copies;
    const QStringList infos =
        QDir(directory).entryList({u'*' + infoSuffix}, QDir::Files, QDir::Name);
    for (const QString &info : infos) {
        RecoveryCopy copy;
        copy.m_directory = directory;
        copy.m_id = info.chopped(infoSuffix.size());
        auto lock = std::make_shared<QLockFile>(lockPath(directory, copy.m_id));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue; // its window is still open (or on another host)
        QFile file(infoPath(directory, copy.m_id));
        if (!file.open(QIODevice::ReadOnly) || file.size() > maxInfoBytes)
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.read(maxInfoBytes)).object();
        if (object.value(QStringLiteral("format")).toString() !=
                QLatin1String("portolan-recovery") ||
            !QFile::exists(copy.projectPath()))
            continue;
        copy.m_originalPath = object.value(QStringLiteral("file")).toString();
        copy.m_name = object.value(QStringLiteral("name")).toString();
        copy.m_savedAt = QDateTime::fromString(object.value(QStringLiteral("saved")).toString(),
                                               Qt::ISODateWithMs);
        if (!copy.m_savedAt.isValid())
            copy.m_savedAt = QFileInfo(copy.projectPath()).lastModified();
        copy.m_pid = object.value(QStringLiteral("pid")).toInteger();
        copy.m_hostName = object.value(QStringLiteral("host")).toString();
        copy.m_lock = std::move(lock);
        copies.append(copy);
    }
    std::stable_sort(
        copies.begin(), copies.end(),
        [](const RecoveryCopy &a, const RecoveryCopy &b) { return a.m_savedAt > b.m_savedAt; });
    return copies;
}

bool RecoveryCopy::readProject(Project *out, QString *error) const
{
    return ProjectFile::load(projectPath(), out, error);
}

void RecoveryCopy::remove()
{
    // The info first: without it the copy is never offered again.
    QFile::remove(infoPath(m_directory, m_id));
    QFile::remove(projectPath());
    release();
}

void RecoveryCopy::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace Portolan
