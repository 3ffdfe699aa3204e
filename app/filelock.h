#pragma once

#include <QLockFile>
#include <QString>

#include <optional>

namespace Portolan {

/// Marks a project file as open in a Portolan window: a QLockFile named
/// `.NAME.lock` beside the file, holding the owner's process id and host name.
///
/// The lock never goes stale by age (a window may keep a file open for days);
/// a lock left by a process that has ended on this host is taken over
/// silently. Locks from other hosts stay until their owner releases them.
class FileLock
{
public:
    /// Who holds the lock on a project file.
    struct Owner
    {
        qint64 pid = 0;
        QString hostName;
        QString application;
    };

    explicit FileLock(const QString &projectPath);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    /// Takes the lock; false if another live process holds it or the folder
    /// is not writable (then the file opens without a lock).
    bool tryLock();
    bool isLocked() const { return m_lock.isLocked(); }
    QString projectPath() const { return m_projectPath; }

    static QString lockPath(const QString &projectPath);
    /// The live process other than this one that has @p projectPath open, if
    /// any. A stale lock (its process ended) is removed on the way.
    static std::optional<Owner> otherOwner(const QString &projectPath);

private:
    QString m_projectPath;
    QLockFile m_lock;
};

} // namespace Portolan
