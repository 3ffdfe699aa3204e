#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace Portolan {

class Document;

/// File ▸ New, Open, Open Recent, Save and Save As of one window, around its
/// Document: asks before unsaved changes are lost, warns when another Portolan
/// has a project open (lock files), offers the recovery copies of windows that
/// ended without cleaning up, and keeps the recent-files list.
///
/// Dialogs open over @p window. The window hears what it must do around a
/// file operation through the signals (clear the inspector, fit the canvas,
/// show a message), so this class knows no view.
class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(Document *document, QWidget *window);
    ~FileActions() override;

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }
    /// File ▸ Open Recent: the recent files (digits 1–8 as mnemonics) and Clear Menu.
    QMenu *recentMenu() const { return m_recentMenu; }

    /// Opens @p path without asking anything; on failure the open project is
    /// kept and @p error holds the loader's message.
    bool openFile(const QString &path, QString *error = nullptr);
    /// Opens @p path as a new, unsaved copy (Document::loadCopy).
    bool openCopy(const QString &path, QString *error = nullptr);
    /// Opens @p path as File → Open does: if another Portolan has it open,
    /// asks whether to open a copy, open it anyway or cancel; reports a file
    /// that cannot be opened in an error dialog. True if a project was opened.
    bool openFileChecked(const QString &path);
    /// Offers each recovery copy in @p directory whose window ended without
    /// cleaning up (Restore / Discard / Later). True if one was restored.
    bool offerRecovery(const QString &directory);
    /// Opens the built-in sample.
    bool openSample(QString *error = nullptr);
    /// Starts an empty project without asking anything.
    void newProject();
    /// Saves to @p path and makes it the project's file.
    bool saveFile(const QString &path, QString *error = nullptr);
    /// Asks whether to save unsaved changes (Save / Discard / Cancel); false if
    /// the user cancelled or saving failed.
    bool maybeSave();

    QStringList recentFiles() const;

    static constexpr int maxRecentFiles = 8;

Q_SIGNALS:
    /// Before the project is saved or checked for unsaved changes: a field that
    /// is being edited commits its text first.
    void pendingEditsNeeded();
    /// Another project is about to replace the open one (the inspector lets go of its hosts).
    void aboutToReplaceProject();
    /// A project was opened, restored or copied (the canvas fits it once shown).
    void projectOpened();
    /// A short message for the status bar, shown for @p timeout milliseconds.
    void statusMessage(const QString &text, int timeout);

private:
    void fileNew();
    void fileOpen();
    void openRecent(const QString &path);
    bool fileSave();
    bool fileSaveAs();

    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    Document *m_document;
    QWidget *m_window;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
};

} // namespace Portolan
