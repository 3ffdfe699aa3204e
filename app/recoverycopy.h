#pragma once

#include "project.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace Portolan {

/// A recovery copy that a window's Autosave left in the recovery folder.
///
/// Each window writes three files named by one id: `ID.portolan.json` (the
/// project), `ID.recovery.json` (the file it belongs to, when, which process)
/// and `ID.lock`, held while the window lives. A copy whose lock can be taken
/// belongs to a window that ended without cleaning up: it is offered back.
class RecoveryCopy
{
public:
    /// The per-user folder: AppDataLocation/recovery.
    static QString defaultDirectory();
    static QString projectPath(const QString &directory, const QString &id);
    static QString infoPath(const QString &directory, const QString &id);
    static QString lockPath(const QString &directory, const QString &id);

    /// The copies in @p directory whose window is gone, newest first. Each
    /// holds its lock until remove() or release(), so two Portolans starting
    /// together never offer the same copy.
    static QList<RecoveryCopy> findOrphans(const QString &directory);

    QString id() const { return m_id; }
    /// The file the project was opened from or saved to; empty if it never had one.
    QString originalPath() const { return m_originalPath; }
    /// The name the window showed (a file name, or empty for a new project).
    QString name() const { return m_name; }
    QDateTime savedAt() const { return m_savedAt; }
    qint64 pid() const { return m_pid; }
    QString hostName() const { return m_hostName; }
    QString projectPath() const { return projectPath(m_directory, m_id); }

    /// Reads the recovered project.
    bool readProject(Project *out, QString *error) const;
    /// Deletes the copy's files and its lock.
    void remove();
    /// Keeps the copy for a later start and lets go of its lock.
    void release();

private:
    QString m_directory;
    QString m_id;
    QString m_originalPath;
    QString m_name;
    QDateTime m_savedAt;
    qint64 m_pid = 0;
    QString m_hostName;
    std::shared_ptr<QLockFile> m_lock;
};

} // namespace Portolan
