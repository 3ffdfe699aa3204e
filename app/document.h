#pragma once

#include "topology.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace Portolan {

class Autosave;
class FileLock;
class RecoveryCopy;

/// The project open in a window: its topology, undo stack and file.
///
/// All loading and saving of the window goes through here, so file-level
/// concerns (recovery copies, lock files) have one place to live.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    Topology *topology() const { return m_topology; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// The file the project is saved to; empty for a new project or the sample.
    QString filePath() const { return m_filePath; }
    /// The file name, the sample's suggested name, or empty for a new project.
    QString fileName() const { return m_displayName; }
    /// What the title bar shows: the file name, the sample's suggested name,
    /// or "Untitled".
    QString displayName() const;
    /// The name Save As suggests.
    QString suggestedFileName() const;
    bool isModified() const;
    /// Writes recovery copies while there are unsaved changes.
    Autosave *autosave() const { return m_autosave; }
    /// Whether this document holds the lock file of its file (see FileLock).
    bool holdsFileLock() const;

    /// Replaces the project with the file at @p path. On failure the open
    /// project is untouched and @p error holds the loader's message.
    bool load(const QString &path, QString *error);
    /// Loads @p path as a new, unsaved project named after it ("NAME-copy"):
    /// for a file open in another window. Save asks for a file name.
    bool loadCopy(const QString &path, QString *error);
    /// Replaces the project with a recovery copy, attached to the file it was
    /// made from and modified, so Save writes there.
    bool restore(const RecoveryCopy &copy, QString *error);
    /// Replaces the project with the built-in sample; it has no file yet.
    bool loadSample(QString *error);
    /// Replaces the project with an empty one for the default catalog.
    void newProject();
    /// Saves to @p path (atomically, keeping a `.bak`) and makes it the file.
    bool save(const QString &path, QString *error);

    /// The file name extension of project files.
    static QString fileSuffix();
    static QString samplePath();

Q_SIGNALS:
    /// The file path or display name changed (open, new, save as).
    void fileChanged();

private:
    bool replace(Project project, QString *error);
    void setFile(const QString &path, const QString &displayName);
    void lockFile(const QString &path);

    Topology *m_topology;
    QUndoStack *m_undoStack;
    Autosave *m_autosave;
    std::unique_ptr<FileLock> m_lock;
    QString m_filePath;
    QString m_displayName;
};

} // namespace Portolan
