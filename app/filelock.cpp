#include "filelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

namespace Portolan {

FileLock::FileLock(const QString &projectPath)
    : m_projectPath(QFileInfo(projectPath).absoluteFilePath())
    , m_lock(lockPath(projectPath))
{
    // 0: held as long as the window lives, however long that is.
    m_lock.setStaleLockTime(0);
}

FileLock::~FileLock() = default; // QLockFile unlocks and removes the file

bool FileLock::tryLock()
{
    return m_lock.tryLock(0);
}

QString FileLock::lockPath(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(u'.' + info.fileName() + QStringLiteral(".lock"));
}

std::optional<FileLock::Owner> FileLock::otherOwner(const QString &projectPath)
{
    QLockFile lock(lockPath(projectPath));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock(); // nobody holds it, or a stale lock was taken over
        return std::nullopt;
    }
    if (lock.error() != QLockFile::LockFailedError)
        return std::nullopt; // unreadable folder: nothing to learn
    Owner owner;
    if (!lock.getLockInfo(&owner.pid, &owner.hostName, &owner.application))
        return std::nullopt;
    if (owner.pid == QCoreApplication::applicationPid() &&
        owner.hostName == QSysInfo::machineHostName())
        return std::nullopt; // this process: the file is already open here
    return owner;
}

} // namespace Portolan
