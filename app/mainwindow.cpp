#include "mainwindow.h"

#include "autosave.h"
#include "builtinoutputs.h"
#include "canvasclipboard.h"
#include "canvasview.h"
#include "document.h"
#include "exportactions.h"
#include "fileactions.h"
#include "findingsmodel.h"
#include "inspector.h"
#include "propertiesdialog.h"
#include "rolepalette.h"
#include "ruledock.h"
#include "ruletablemodel.h"
#include "savefile.h"
#include "topologyscene.h"
#include "undocommands.h"
#include "validation.h"
#include "windowsupport.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>

namespace Portolan {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString snapKey = QStringLiteral("canvas/snapToGrid");
constexpr int stateVersion = 1;
/// From this many rules the rule filter waits for a pause in typing.
constexpr size_t largeRuleFilterRows = 200000;

} // namespace

MainWindow::MainWindow(const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_document(new Document(this))
{
    registerBuiltInOutputs();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/portolan.svg")));
    setAccessibleName(tr("Portolan planner"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_scene = new TopologyScene(topology(), undoStack(), this);
    m_scene->setLanguage(m_language);
    m_clipboard = new CanvasClipboard(m_scene, this);
    m_view = new CanvasView(m_scene, this);
    m_view->setObjectName(QStringLiteral("canvas"));
    m_view->setAccessibleName(tr("Topology canvas"));
    setCentralWidget(m_view);

    m_fileActions = new FileActions(m_document, this);
    m_exportActions = new ExportActions(m_document, m_scene, m_language, this);
    createActions();
    createDocks();
    createToolBar();
    createMenus();
    createStatusBar();
    connectDocument();

    updateTitle();
    updateStatus();
    updateEditActions();
    readSettings();
}

MainWindow::~MainWindow()
{
    // Widgets and the scene hold pointers into the document: they go first.
    const QList<QDockWidget *> docks =
        findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(docks);
    delete takeCentralWidget();
    delete m_scene;
    m_scene = nullptr;
    delete m_document;
    m_document = nullptr;
}

RuleTableModel *MainWindow::ruleModel() const
{
    return m_rulesDock->model();
}

QTableView *MainWindow::ruleView() const
{
    return m_rulesDock->view();
}

Topology *MainWindow::topology() const
{
    return m_document->topology();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_document->undoStack();
}

void MainWindow::createActions()
{
    m_propertiesAction = new QAction(tr("Project Propert&ies…"), this);
    m_propertiesAction->setStatusTip(
        tr("Edit the title and the change-request details printed on every page"));
    connect(m_propertiesAction, &QAction::triggered, this, &MainWindow::fileProperties);

    m_quitAction =
        new QAction(themeIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton),
                    tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setStatusTip(tr("Close the window"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Own undo and redo actions rather than QUndoStack's: the menu text names
    // the step ("Undo Rename host") while the tool button stays short.
    m_undoAction = new QAction(themeIcon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack),
                               tr("&Undo"), this);
    m_undoAction->setIconText(tr("Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setEnabled(undoStack()->canUndo());
    connect(m_undoAction, &QAction::triggered, undoStack(), &QUndoStack::undo);
    connect(undoStack(), &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(undoStack(), &QUndoStack::undoTextChanged, m_undoAction, [this](const QString &text) {
        m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    m_redoAction = new QAction(themeIcon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward),
                               tr("&Redo"), this);
    m_redoAction->setIconText(tr("Redo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setEnabled(undoStack()->canRedo());
    connect(m_redoAction, &QAction::triggered, undoStack(), &QUndoStack::redo);
    connect(undoStack(), &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(undoStack(), &QUndoStack::redoTextChanged, m_redoAction, [this](const QString &text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });

    // The clipboard and selection actions work on the canvas: their shortcuts
    // apply while it has the focus, so Del and Ctrl+C keep their meaning in
    // the inspector's fields and the rule table.
    auto canvasAction = [this](const QString &text, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setStatusTip(tip);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        return action;
    };
    m_cutAction = canvasAction(tr("Cu&t"), tr("Move the selected hosts to the clipboard"));
    m_cutAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-cut")));
    m_cutAction->setShortcut(QKeySequence::Cut);
    connect(m_cutAction, &QAction::triggered, this, [this] {
        m_clipboard->copySelection();
        m_scene->deleteSelection();
    });
    m_copyAction = canvasAction(tr("&Copy"), tr("Copy the selected hosts to the clipboard"));
    m_copyAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, [this] { m_clipboard->copySelection(); });
    m_pasteAction = canvasAction(tr("&Paste"), tr("Add the hosts on the clipboard"));
    m_pasteAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-paste")));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    connect(m_pasteAction, &QAction::triggered, this, [this] { m_clipboard->paste(); });
    m_duplicateAction =
        canvasAction(tr("D&uplicate"), tr("Add copies of the selected hosts beside them"));
    m_duplicateAction->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(m_duplicateAction, &QAction::triggered, this,
            [this] { m_clipboard->duplicateSelection(); });
    m_deleteAction = canvasAction(tr("&Delete"), tr("Remove the selected hosts"));
    m_deleteAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, [this] { m_scene->deleteSelection(); });
    m_selectAllAction = canvasAction(tr("Select &All"), tr("Select every host"));
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, this, &MainWindow::selectAllHosts);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this,
            &MainWindow::updateEditActions);

    m_zoomInAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"), this);
    m_zoomInAction->setShortcuts(QKeySequence::ZoomIn);
    m_zoomInAction->setStatusTip(tr("Enlarge the canvas"));
    connect(m_zoomInAction, &QAction::triggered, m_view, &CanvasView::zoomIn);
    m_zoomOutAction =
        new QAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    m_zoomOutAction->setStatusTip(tr("Shrink the canvas"));
    connect(m_zoomOutAction, &QAction::triggered, m_view, &CanvasView::zoomOut);
    m_fitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("&Fit All"), this);
    m_fitAction->setShortcut(QKeySequence(tr("Ctrl+0")));
    m_fitAction->setStatusTip(tr("Show every host and arrow"));
    connect(m_fitAction, &QAction::triggered, m_view, &CanvasView::fitAll);
    m_snapAction = new QAction(tr("&Snap to Grid"), this);
    m_snapAction->setCheckable(true);
    m_snapAction->setChecked(m_scene->snapToGrid());
    m_snapAction->setStatusTip(tr("Place hosts on grid points while dragging"));
    connect(m_snapAction, &QAction::toggled, m_scene, &TopologyScene::setSnapToGrid);
    m_arrangeAction = new QAction(tr("&Arrange by Role"), this);
    m_arrangeAction->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_arrangeAction->setStatusTip(
        tr("Lay the hosts out in role columns: clients, reverse proxy and Edge, Director, "
           "Front-End"));
    connect(m_arrangeAction, &QAction::triggered, m_scene, &TopologyScene::arrangeByRole);

    m_aboutAction = new QAction(tr("&About Portolan"), this);
    m_aboutAction->setStatusTip(tr("Version, source of the port catalog and license"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_undoAction->setStatusTip(tr("Undo the last edit"));
    m_redoAction->setStatusTip(tr("Redo the edit undone last"));

    // Names for tests and for saveState-independent lookups.
    const std::pair<QAction *, const char16_t *> names[] = {
        {m_propertiesAction, u"propertiesAction"},
        {m_quitAction, u"quitAction"},
        {m_undoAction, u"undoAction"},
        {m_redoAction, u"redoAction"},
        {m_cutAction, u"cutAction"},
        {m_copyAction, u"copyAction"},
        {m_pasteAction, u"pasteAction"},
        {m_duplicateAction, u"duplicateAction"},
        {m_deleteAction, u"deleteAction"},
        {m_selectAllAction, u"selectAllAction"},
        {m_zoomInAction, u"zoomInAction"},
        {m_zoomOutAction, u"zoomOutAction"},
        {m_fitAction, u"fitAction"},
        {m_snapAction, u"snapAction"},
        {m_arrangeAction, u"arrangeAction"},
        {m_aboutAction, u"aboutAction"},
        {m_aboutQtAction, u"aboutQtAction"},
    };
    for (const auto &[action, name] : names)
        action->setObjectName(QString::fromUtf16(name));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_fileActions->newAction());
    file->addAction(m_fileActions->openAction());
    file->addMenu(m_fileActions->recentMenu());
    file->addSeparator();
    file->addAction(m_fileActions->saveAction());
    file->addAction(m_fileActions->saveAsAction());
    file->addSeparator();
    file->addAction(m_exportActions->exportRuleSheetAction());
    file->addAction(m_exportActions->exportDiagramAction());
    file->addSeparator();
    file->addAction(m_propertiesAction);
    file->addSeparator();
    file->addAction(m_exportActions->printAction());
    file->addAction(m_exportActions->printPreviewAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_cutAction);
    edit->addAction(m_copyAction);
    edit->addAction(m_pasteAction);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_selectAllAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_fitAction);
    view->addSeparator();
    view->addAction(m_snapAction);
    view->addAction(m_arrangeAction);
    // Large topologies draw role bundles plus the selection's own arrows.
    QMenu *flows = view->addMenu(tr("F&lows"));
    flows->setObjectName(QStringLiteral("flowsMenu"));
    auto *flowGroup = new QActionGroup(flows);
    const std::pair<QString, TopologyScene::FlowDisplay> displays[] = {
        {tr("&Automatic: Bundle Large Topologies"), TopologyScene::FlowDisplay::Automatic},
        {tr("Show All &Flows"), TopologyScene::FlowDisplay::AllFlows},
        {tr("Show Flows of the &Selection Only"), TopologyScene::FlowDisplay::SelectionOnly}};
    for (const auto &[text, display] : displays) {
        QAction *action = flows->addAction(text);
        action->setCheckable(true);
        action->setChecked(m_scene->flowDisplay() == display);
        flowGroup->addAction(action);
        connect(action, &QAction::triggered, m_scene,
                [scene = m_scene, display = display] { scene->setFlowDisplay(display); });
    }
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    panels->setObjectName(QStringLiteral("panelsMenu"));
    for (QDockWidget *dock :
         {m_paletteDock, m_inspectorDock, static_cast<QDockWidget *>(m_rulesDock), m_findingsDock,
          m_historyDock})
        panels->addAction(dock->toggleViewAction());
    panels->addAction(m_toolBar->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = m_toolBar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(tr("Main toolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_fileActions->newAction());
    bar->addAction(m_fileActions->openAction());
    bar->addAction(m_fileActions->saveAction());
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_fitAction);
    bar->addAction(m_arrangeAction);
    bar->addAction(m_snapAction);
    bar->addSeparator();
    bar->addAction(m_exportActions->exportRuleSheetAction());
    for (QAction *action : bar->actions()) {
        if (QWidget *button = bar->widgetForAction(action)) {
            button->setAccessibleName(action->iconText());
            const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
            button->setToolTip(shortcut.isEmpty()
                                   ? action->statusTip()
                                   : tr("%1 (%2)").arg(action->statusTip(), shortcut));
        }
    }
    bar->toggleViewAction()->setStatusTip(tr("Show or hide the main toolbar"));
}

void MainWindow::createDocks()
{
    setTabPosition(Qt::BottomDockWidgetArea, QTabWidget::North);

    m_paletteDock = new QDockWidget(tr("Roles"), this);
    m_paletteDock->setObjectName(QStringLiteral("paletteDock"));
    m_paletteDock->setAccessibleName(tr("Role palette"));
    m_paletteDock->toggleViewAction()->setStatusTip(tr("Show or hide the role palette"));
    addDockWidget(Qt::LeftDockWidgetArea, m_paletteDock);
    rebuildPalette();

    m_inspectorDock = new QDockWidget(tr("Host"), this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setAccessibleName(tr("Host inspector"));
    m_inspectorDock->toggleViewAction()->setStatusTip(tr("Show or hide the host inspector"));
    m_inspector = new Inspector(topology(), undoStack(), m_language, m_inspectorDock);
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setAccessibleName(tr("Undo history"));
    m_historyDock->toggleViewAction()->setStatusTip(tr("Show or hide the undo history"));
    m_undoView = new QUndoView(undoStack(), m_historyDock);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("<opened project>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_undoView->setToolTip(tr("Click an entry to go back to that state"));
    m_historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    splitDockWidget(m_inspectorDock, m_historyDock, Qt::Vertical);

    m_rulesDock = new RuleDock(topology(), m_scene, m_language, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_rulesDock);

    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setAccessibleName(tr("Findings"));
    m_findingsDock->toggleViewAction()->setStatusTip(tr("Show or hide the findings list"));
    m_findingsModel = new FindingsModel(topology(), this);
    m_findingsView = new QListView(m_findingsDock);
    m_findingsView->setObjectName(QStringLiteral("findingsList"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setToolTip(tr("Double-click a finding to select its host"));
    m_findingsView->setModel(m_findingsModel);
    m_findingsView->setUniformItemSizes(true);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsDock->setWidget(m_findingsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    tabifyDockWidget(m_rulesDock, m_findingsDock);
    m_rulesDock->raise();
    // The tabs name the two bottom panels; a title bar above them would repeat it.
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_rulesDock), m_findingsDock}) {
        auto *noTitle = new QWidget(dock);
        noTitle->setAccessibleName(dock->accessibleName());
        dock->setTitleBarWidget(noTitle);
    }

    connect(m_findingsView, &QListView::doubleClicked, this, &MainWindow::showFindingHost);
    connect(m_findingsView, &QListView::activated, this, &MainWindow::showFindingHost);
}

void MainWindow::rebuildPalette()
{
    const QString catalogId = topology()->catalog().id();
    if (m_palette && catalogId == m_paletteCatalog)
        return;
    delete m_palette;
    m_palette = new RolePalette(topology()->catalog(), m_language, m_paletteDock);
    m_paletteCatalog = catalogId;
    m_paletteDock->setWidget(m_palette);
    connect(m_palette, &RolePalette::roleActivated, this, [this](const QString &role) {
        m_scene->addHostAt(role, m_view->visibleCenter());
        m_view->setFocus();
    });
}

void MainWindow::createStatusBar()
{
    auto label = [this](const QString &name, const QString &tip) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setToolTip(tip);
        l->setAccessibleName(tip);
        l->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(l);
        return l;
    };
    m_hostsLabel = label(QStringLiteral("hostsLabel"), tr("Hosts on the canvas"));
    m_arrowsLabel =
        label(QStringLiteral("arrowsLabel"), tr("Arrows: host pairs that flows connect"));
    m_rulesLabel = label(QStringLiteral("rulesLabel"), tr("Firewall rules derived"));
    m_findingsLabel = label(QStringLiteral("findingsLabel"), tr("Findings of the check"));
    m_zoomLabel = label(QStringLiteral("zoomLabel"), tr("Zoom"));
    statusBar()->setAccessibleName(tr("Status bar"));
    connect(m_view, &CanvasView::zoomChanged, this,
            [this](qreal factor) { m_zoomLabel->setText(tr("%1 %").arg(qRound(factor * 100))); });
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_view->zoom() * 100)));
}

void MainWindow::connectDocument()
{
    connect(m_fileActions, &FileActions::pendingEditsNeeded, m_inspector,
            &Inspector::commitPendingEdits);
    connect(m_fileActions, &FileActions::aboutToReplaceProject, m_inspector,
            [this] { m_inspector->setHosts({}); });
    connect(m_fileActions, &FileActions::projectOpened, this, &MainWindow::fitWhenShown);
    connect(m_fileActions, &FileActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_exportActions, &ExportActions::pendingEditsNeeded, m_inspector,
            &Inspector::commitPendingEdits);
    connect(m_exportActions, &ExportActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_document, &Document::fileChanged, this, &MainWindow::updateTitle);
    connect(m_document->autosave(), &Autosave::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("No recovery copy: %1").arg(message), 10000);
    });
    connect(undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(topology(), &Topology::derivedChanged, this, &MainWindow::updateStatus);
    connect(m_scene, &TopologyScene::arrowsRebuilt, this, [this] {
        // Bundled canvases draw at most maxSelectionConnections arrows of a selection.
        if (const int hidden = m_scene->hiddenSelectionConnections(); hidden > 0)
            statusBar()->showMessage(
                tr("The selection has %n more flow(s) than the canvas draws as arrows; they are "
                   "in the bundles and the rule table.",
                   nullptr, hidden),
                10000);
    });
    connect(topology(), &Topology::resetDone, this, [this] {
        rebuildPalette();
        setWindowModified(false);
    });
    connect(m_scene, &TopologyScene::hostSelectionChanged, this, [this](const QStringList &ids) {
        m_inspector->setHosts(ids);
        updateEditActions();
    });
    connect(m_rulesDock->model(), &RuleTableModel::rowsChanged, this, &MainWindow::updateStatus);
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    return m_fileActions->openFile(path, error);
}

bool MainWindow::openCopy(const QString &path, QString *error)
{
    return m_fileActions->openCopy(path, error);
}

bool MainWindow::openFileChecked(const QString &path)
{
    return m_fileActions->openFileChecked(path);
}

bool MainWindow::offerRecovery(const QString &directory)
{
    return m_fileActions->offerRecovery(directory);
}

bool MainWindow::openSample(QString *error)
{
    return m_fileActions->openSample(error);
}

void MainWindow::newProject()
{
    m_fileActions->newProject();
}

bool MainWindow::saveFile(const QString &path, QString *error)
{
    return m_fileActions->saveFile(path, error);
}

QStringList MainWindow::recentFiles() const
{
    return m_fileActions->recentFiles();
}

void MainWindow::fitWhenShown()
{
    // Before the window is shown the view has no size to fit into.
    if (isVisible())
        m_view->fitAll();
    else
        QTimer::singleShot(0, m_view, &CanvasView::fitAll);
}

bool MainWindow::exportRuleSheet(const QString &path, const CsvOptions &options, QString *error)
{
    return m_exportActions->exportRuleSheet(path, options, error);
}

QString MainWindow::statusSummary() const
{
    return QStringList{m_hostsLabel->text(), m_arrowsLabel->text(), m_rulesLabel->text(),
                       m_findingsLabel->text()}
        .join(QStringLiteral(" · "));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_inspector->commitPendingEdits();
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::fileProperties()
{
    const Project &project = topology()->project();
    PropertiesDialog dialog(project.title, project.changeRequest, this);
    while (dialog.exec() == QDialog::Accepted) {
        const ChangeRequest details = dialog.details();
        // The loader's own checks: a saved file must never hold what it refuses.
        using Validation::TextKind;
        const std::pair<QString, QString> fields[] = {
            {tr("The title"), Validation::checkText(dialog.title(), TextKind::Name)},
            {tr("The change request number"),
             Validation::checkText(details.number, TextKind::Name)},
            {tr("The requester"), Validation::checkText(details.requester, TextKind::Name)},
            {tr("The author"), Validation::checkText(details.author, TextKind::Name)},
            {tr("The date"), Validation::checkText(details.date, TextKind::Name)},
            {tr("The revision"), Validation::checkText(details.revision, TextKind::Name)},
            {tr("The justification"),
             Validation::checkText(details.justification, TextKind::Text)}};
        QString problem;
        for (const auto &[field, why] : fields) {
            if (problem.isEmpty() && !why.isEmpty())
                problem = tr("%1 %2.").arg(field, why);
        }
        if (problem.isEmpty()) {
            // An unchanged dialog makes the command obsolete: no undo step.
            undoStack()->push(new ChangeDetailsCommand(topology(), dialog.title(), details));
            return;
        }
        QMessageBox::warning(&dialog, tr("Project Properties"), problem);
    }
}

void MainWindow::about()
{
    const Catalog &catalog = topology()->catalog();
    QMessageBox::about(
        this, tr("About Portolan"),
        tr("<h3>Portolan %1</h3>"
           "<p>Plans the firewall flows between Microsoft Lync Server 2013 roles and writes "
           "the rule sheets.</p>"
           "<p>Port catalog: %2<br>Source: %3 (%4)</p>"
           "<p>Released under the MIT license.</p>")
            .arg(QCoreApplication::applicationVersion(), catalog.name().text(m_language),
                 catalog.sourceTitle(), catalog.sourceDocument()));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Portolan").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const Topology &t = *topology();
    const int hosts = t.hostCount();
    const int arrows = int(t.connections().size());
    const int rules = int(t.rules().size());
    const QList<Finding> &findings = t.findings();
    const int errors = countFindings(findings, Finding::Severity::Error);
    m_hostsLabel->setText(tr("%n host(s)", nullptr, hosts));
    m_arrowsLabel->setText(tr("%n arrow(s)", nullptr, arrows));
    m_rulesLabel->setText(tr("%n rule(s)", nullptr, rules));
    m_findingsLabel->setText(errors > 0 ? tr("%n finding(s), %1", nullptr, int(findings.size()))
                                              .arg(tr("%n error(s)", nullptr, errors))
                                        : tr("%n finding(s)", nullptr, int(findings.size())));
    m_findingsDock->setWindowTitle(tr("Findings (%1)").arg(findings.size()));
}

void MainWindow::updateEditActions()
{
    const bool selected = !m_scene->selectedHostIds().isEmpty();
    m_cutAction->setEnabled(selected);
    m_copyAction->setEnabled(selected);
    m_duplicateAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_pasteAction->setEnabled(CanvasClipboard::holdsHosts());
}

void MainWindow::showFindingHost(const QModelIndex &index)
{
    const QString id = index.data(FindingsModel::HostIdRole).toString();
    const Host *host = topology()->hostById(id);
    if (!host)
        return;
    m_scene->selectHosts({id});
    m_view->centerOn(host->position);
}

void MainWindow::selectAllHosts()
{
    QStringList ids;
    const Topology &t = *topology();
    for (int i = 0; i < t.hostCount(); ++i)
        ids.append(t.host(i).id);
    m_scene->selectHosts(ids);
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    if (!restoreState(settings.value(stateKey).toByteArray(), stateVersion)) {
        resizeDocks({m_paletteDock, m_inspectorDock}, {220, 330}, Qt::Horizontal);
        resizeDocks({m_inspectorDock, m_historyDock}, {480, 110}, Qt::Vertical);
        resizeDocks({m_rulesDock}, {250}, Qt::Vertical);
    }
    m_snapAction->setChecked(settings.value(snapKey, m_scene->snapToGrid()).toBool());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState(stateVersion));
    settings.setValue(snapKey, m_snapAction->isChecked());
}

} // namespace Portolan
