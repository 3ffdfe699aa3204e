#pragma once

#include "csvexport.h"
#include "fileactions.h"

#include <QMainWindow>
#include <QStringList>

class QAction;
class QDockWidget;
class QLabel;
class QListView;
class QMenu;
class QTableView;
class QToolBar;
class QUndoStack;
class QUndoView;

namespace Portolan {

class CanvasClipboard;
class CanvasView;
class Document;
class ExportActions;
class FindingsModel;
class Inspector;
class RolePalette;
class RuleDock;
class RuleTableModel;
class Topology;
class TopologyScene;
struct HostPair;

/// The planner window: role palette, canvas, inspector, rule table, findings
/// and undo history around one Document.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// @p language ("en" or "de") selects the catalog's role names and notes;
    /// the interface strings follow the installed translator.
    explicit MainWindow(const QString &language, QWidget *parent = nullptr);
    ~MainWindow() override;

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
    /// Writes the rule sheet of all rules to @p path atomically.
    bool exportRuleSheet(const QString &path, const CsvOptions &options, QString *error);

    Document *document() const { return m_document; }
    Topology *topology() const;
    QUndoStack *undoStack() const;
    TopologyScene *scene() const { return m_scene; }
    CanvasView *canvasView() const { return m_view; }
    Inspector *inspector() const { return m_inspector; }
    RuleTableModel *ruleModel() const;
    QTableView *ruleView() const;
    FindingsModel *findingsModel() const { return m_findingsModel; }
    QString language() const { return m_language; }

    QStringList recentFiles() const;
    /// The status bar's counts, e.g. "9 hosts · 14 arrows · 58 rules · 0 findings".
    QString statusSummary() const;

    static constexpr int maxRecentFiles = FileActions::maxRecentFiles;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void connectDocument();
    void rebuildPalette();

    void fileProperties();
    void about();

    void updateTitle();
    void updateStatus();
    void updateEditActions();

    void showFindingHost(const QModelIndex &index);
    void selectAllHosts();
    void fitWhenShown();

    void readSettings();
    void writeSettings();

    QString m_language;
    Document *m_document;
    FileActions *m_fileActions = nullptr;
    ExportActions *m_exportActions = nullptr;
    TopologyScene *m_scene = nullptr;
    CanvasView *m_view = nullptr;
    CanvasClipboard *m_clipboard = nullptr;
    RolePalette *m_palette = nullptr;
    QString m_paletteCatalog;
    Inspector *m_inspector = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    QListView *m_findingsView = nullptr;
    QUndoView *m_undoView = nullptr;
    QToolBar *m_toolBar = nullptr;

    QDockWidget *m_paletteDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    RuleDock *m_rulesDock = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;

    QLabel *m_hostsLabel = nullptr;
    QLabel *m_arrowsLabel = nullptr;
    QLabel *m_rulesLabel = nullptr;
    QLabel *m_findingsLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;

    QAction *m_propertiesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_snapAction = nullptr;
    QAction *m_arrangeAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Portolan
