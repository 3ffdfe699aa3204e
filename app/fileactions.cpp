#include "fileactions.h"

#include "document.h"
#include "filelock.h"
#include "recoverycopy.h"
#include "windowsupport.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace Portolan {

namespace {

const QString recentFilesKey = QStringLiteral("recentFiles");

} // namespace

FileActions::FileActions(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    setObjectName(QStringLiteral("fileActions"));

    m_newAction = new QAction(themeIcon(QStringLiteral("document-new"), QStyle::SP_FileIcon),
                              tr("&New"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start an empty project"));
    connect(m_newAction, &QAction::triggered, this, &FileActions::fileNew);

    m_openAction =
        new QAction(themeIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton),
                    tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a project file"));
    connect(m_openAction, &QAction::triggered, this, &FileActions::fileOpen);

    m_saveAction = new QAction(
        themeIcon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the project"));
    connect(m_saveAction, &QAction::triggered, this, &FileActions::fileSave);

    m_saveAsAction =
        new QAction(themeIcon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton),
                    tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Save the project under a new name"));
    connect(m_saveAsAction, &QAction::triggered, this, &FileActions::fileSaveAs);

    // Names for tests and for saveState-independent lookups.
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));

    m_recentMenu = new QMenu(tr("Open &Recent"), window);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
}

FileActions::~FileActions() = default;

bool FileActions::openFile(const QString &path, QString *error)
{
    QString message;
    Q_EMIT aboutToReplaceProject();
    if (!m_document->load(path, &message)) {
        if (error)
            *error = message;
        return false;
    }
    addRecentFile(m_document->filePath());
    Q_EMIT projectOpened();
    return true;
}

bool FileActions::openCopy(const QString &path, QString *error)
{
    QString message;
    Q_EMIT aboutToReplaceProject();
    if (!m_document->loadCopy(path, &message)) {
        if (error)
            *error = message;
        return false;
    }
    Q_EMIT projectOpened();
    return true;
}

bool FileActions::openFileChecked(const QString &path)
{
    QString error;
    bool opened = false;
    if (const std::optional<FileLock::Owner> owner = FileLock::otherOwner(path)) {
        QMessageBox box(QMessageBox::Warning, tr("Project Already Open"),
                        tr("“%1” is open in another Portolan (process %2 on %3).")
                            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                            .arg(owner->pid)
                            .arg(owner->hostName),
                        QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("alreadyOpenBox"));
        box.setInformativeText(
            tr("If both edit it, the one who saves last overwrites the other's changes. A copy "
               "opens as a new project that is saved under another name."));
        QPushButton *copy = box.addButton(tr("Open a &Copy"), QMessageBox::AcceptRole);
        copy->setObjectName(QStringLiteral("openCopyButton"));
        QPushButton *anyway = box.addButton(tr("Open &Anyway"), QMessageBox::DestructiveRole);
        anyway->setObjectName(QStringLiteral("openAnywayButton"));
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        cancel->setObjectName(QStringLiteral("cancelButton"));
        box.setDefaultButton(copy);
        box.setEscapeButton(cancel);
        box.exec();
        if (box.clickedButton() == copy)
            opened = openCopy(path, &error);
        else if (box.clickedButton() == anyway)
            opened = openFile(path, &error);
        else
            return false;
    } else {
        opened = openFile(path, &error);
    }
    if (!opened)
        QMessageBox::critical(m_window, tr("Cannot Open Project"), error);
    return opened;
}

bool FileActions::offerRecovery(const QString &directory)
{
    QList<RecoveryCopy> copies = RecoveryCopy::findOrphans(directory);
    bool restored = false;
    for (RecoveryCopy &copy : copies) {
        if (restored) {
            copy.release(); // one project a window: the others wait for the next start
            continue;
        }
        const QString name = !copy.originalPath().isEmpty()
                                 ? QDir::toNativeSeparators(copy.originalPath())
                             : !copy.name().isEmpty() ? copy.name()
                                                      : tr("Untitled");
        QMessageBox box(
            QMessageBox::Question, tr("Recover Unsaved Changes"),
            tr("Portolan ended without saving the changes to “%1”. A recovery copy "
               "from %2 is left.")
                .arg(name, QLocale().toString(copy.savedAt().toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("recoveryBox"));
        box.setInformativeText(
            tr("Restore opens the recovered project with its changes unsaved; Discard deletes "
               "the copy; Later keeps it for the next start."));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restoreButton"));
        QPushButton *discard = box.addButton(QMessageBox::Discard);
        discard->setObjectName(QStringLiteral("discardButton"));
        QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
        later->setObjectName(QStringLiteral("laterButton"));
        box.setDefaultButton(restore);
        box.setEscapeButton(later);
        box.exec();
        if (box.clickedButton() == discard) {
            copy.remove();
        } else if (box.clickedButton() == restore && maybeSave()) {
            QString error;
            Q_EMIT aboutToReplaceProject();
            if (m_document->restore(copy, &error)) {
                copy.remove();
                restored = true;
                Q_EMIT projectOpened();
            } else {
                copy.release();
                QMessageBox::critical(m_window, tr("Cannot Restore Project"), error);
            }
        } else {
            copy.release();
        }
    }
    return restored;
}

bool FileActions::openSample(QString *error)
{
    QString message;
    if (!m_document->loadSample(&message)) {
        if (error)
            *error = message;
        return false;
    }
    Q_EMIT projectOpened();
    return true;
}

void FileActions::newProject()
{
    Q_EMIT aboutToReplaceProject();
    m_document->newProject();
}

bool FileActions::saveFile(const QString &path, QString *error)
{
    Q_EMIT pendingEditsNeeded();
    QString message;
    if (!m_document->save(path, &message)) {
        if (error)
            *error = message;
        return false;
    }
    addRecentFile(m_document->filePath());
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

QStringList FileActions::recentFiles() const
{
    return QSettings().value(recentFilesKey).toStringList();
}

bool FileActions::maybeSave()
{
    Q_EMIT pendingEditsNeeded();
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The project “%1” has unsaved changes.").arg(m_document->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("Do you want to save them first?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return fileSave();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void FileActions::fileNew()
{
    if (maybeSave())
        newProject();
}

void FileActions::fileOpen()
{
    if (!maybeSave())
        return;
    const QString start = m_document->filePath().isEmpty()
                              ? documentsDirectory()
                              : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Project"), start,
        tr("Portolan projects (*.portolan.json);;JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFileChecked(path);
}

void FileActions::openRecent(const QString &path)
{
    if (!maybeSave())
        return;
    if (!openFileChecked(path) && !QFileInfo::exists(path))
        removeRecentFile(path);
}

bool FileActions::fileSave()
{
    if (m_document->filePath().isEmpty())
        return fileSaveAs();
    QString error;
    if (!saveFile(m_document->filePath(), &error)) {
        QMessageBox::critical(m_window, tr("Cannot Save Project"), error);
        return false;
    }
    return true;
}

bool FileActions::fileSaveAs()
{
    const QString start = m_document->filePath().isEmpty()
                              ? QDir(documentsDirectory()).filePath(m_document->suggestedFileName())
                              : m_document->filePath();
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save Project As"), start,
                                     tr("Portolan projects (*.portolan.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += Document::fileSuffix();
    QString error;
    if (!saveFile(path, &error)) {
        QMessageBox::critical(m_window, tr("Cannot Save Project"), error);
        return false;
    }
    return true;
}

void FileActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        // Digits 1–8 as mnemonics; the file name first, the folder as a tip.
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(
            QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"))));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(recentFilesKey);
        updateRecentMenu();
    });
    m_recentMenu->setEnabled(true);
}

void FileActions::addRecentFile(const QString &path)
{
    if (path.isEmpty())
        return;
    QSettings settings;
    QStringList files = settings.value(recentFilesKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(recentFilesKey, files);
    updateRecentMenu();
}

void FileActions::removeRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentFilesKey).toStringList();
    files.removeAll(path);
    settings.setValue(recentFilesKey, files);
    updateRecentMenu();
}

} // namespace Portolan
