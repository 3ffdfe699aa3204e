#include "canvasview.h"
#include "document.h"
#include "findingsmodel.h"
#include "hostitem.h"
#include "inspector.h"
#include "language.h"
#include "mainwindow.h"
#include "planner.h"
#include "projectfile.h"
#include "rolepalette.h"
#include "ruletablemodel.h"
#include "testsupport.h"
#include "topologyscene.h"
#include "undocommands.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QWindow>

#include <functional>
#include <memory>

using namespace Portolan;

using Edit = std::function<void(MainWindow &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

QByteArray serialized(const MainWindow &window)
{
    return ProjectFile::serialize(window.topology()->project());
}

QAction *action(const MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    Q_ASSERT(found);
    return found;
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensSample();
    void undoRestoresExactTopology_data();
    void undoRestoresExactTopology();
    void titleShowsModified();
    void untitledNewProject();
    void saveAndReopen();
    void failedOpenKeepsProject();
    void recentFilesAreCapped();
    void exportRuleSheet();
    void statusBarCountsLive();
    void paletteAddsAtViewCentre();
    void pairSelectionSelectsRows();
    void findingSelectsHost();
    void ruleFilterControls();
    void settingsPersist();
    void plannerReportsBadFileThenStartsEmpty();
    void germanTranslation();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortolanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    installTranslator(QStringLiteral("en"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(QStringLiteral("en"));
    QString error;
    QVERIFY2(m_window->openSample(&error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::opensSample()
{
    MainWindow &w = *m_window;
    QCOMPARE(w.topology()->hostCount(), 9);
    QCOMPARE(w.ruleModel()->rowCount(), 47);
    QCOMPARE(w.ruleView()->model(), w.ruleModel());
    QCOMPARE(w.document()->filePath(), QString());
    QCOMPARE(w.windowHandle()->title(), QStringLiteral("single-director.portolan.json — Portolan"));
    QVERIFY(!w.isWindowModified());
    QCOMPARE(w.undoStack()->count(), 0);
}

void TestMainWindow::undoRestoresExactTopology_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("steps");

    QTest::newRow("add") << Edit([](MainWindow &w) {
        w.scene()->addHostAt(QStringLiteral("director"), QPointF(120, 640));
    }) << 1;
    QTest::newRow("remove") << Edit([](MainWindow &w) {
        w.scene()->selectHosts({QStringLiteral("fe2"), QStringLiteral("edge1")});
        action(w, "deleteAction")->trigger();
    }) << 1;
    QTest::newRow("cut") << Edit([](MainWindow &w) {
        w.scene()->selectHosts({QStringLiteral("rp1")});
        action(w, "cutAction")->trigger();
    }) << 1;
    QTest::newRow("duplicate") << Edit([](MainWindow &w) {
        w.scene()->selectHosts({QStringLiteral("fe1"), QStringLiteral("fe2")});
        action(w, "duplicateAction")->trigger();
    }) << 1;
    QTest::newRow("copy and paste") << Edit([](MainWindow &w) {
        w.scene()->selectHosts({QStringLiteral("dir1")});
        action(w, "copyAction")->trigger();
        action(w, "pasteAction")->trigger();
    }) << 1;
    QTest::newRow("move") << Edit([](MainWindow &w) {
        QHash<QString, QPointF> to;
        to.insert(QStringLiteral("fe1"), QPointF(900, 170));
        to.insert(QStringLiteral("fe2"), QPointF(900, 300));
        w.undoStack()->push(new MoveHostsCommand(w.topology(), to));
    }) << 1;
    QTest::newRow("drag with the mouse") << Edit([](MainWindow &w) {
        CanvasView *view = w.canvasView();
        const QPoint press = view->mapFromScene(w.scene()->hostItem(QStringLiteral("fe3"))->pos());
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, press);
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(view->viewport(), press + QPoint(20, 15) * step);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, press + QPoint(80, 60));
    }) << 1;
    QTest::newRow("rename") << Edit([](MainWindow &w) {
        w.scene()->selectHosts({QStringLiteral("dir1")});
        auto *name = w.inspector()->findChild<QLineEdit *>(QStringLiteral("hostName"));
        name->setText(QStringLiteral("LYNC-DIR-02"));
        Q_EMIT name->editingFinished();
    }) << 1;
    QTest::newRow("change role") << Edit([](MainWindow &w) {
        w.scene()->selectHosts({QStringLiteral("fe3")});
        auto *role = w.inspector()->findChild<QComboBox *>(QStringLiteral("hostRole"));
        const int index = role->findData(QStringLiteral("director"));
        role->setCurrentIndex(index);
        Q_EMIT role->activated(index);
    }) << 1;
    QTest::newRow("change addresses") << Edit([](MainWindow &w) {
        w.scene()->selectHosts({QStringLiteral("fe3")});
        QVERIFY(w.inspector()->addAddress(QStringLiteral("2001:db8:13::13")));
        QVERIFY(w.inspector()->replaceAddress(0, QStringLiteral("10.1.3.14")));
    }) << 2;
    QTest::newRow("change description") << Edit([](MainWindow &w) {
        w.scene()->selectHosts({QStringLiteral("rp1")});
        w.inspector()
            ->findChild<QPlainTextEdit *>(QStringLiteral("hostDescription"))
            ->setPlainText(QStringLiteral("Internal NIC of the TMG array"));
        w.inspector()->commitPendingEdits();
    }) << 1;
    QTest::newRow("arrange") << Edit([](MainWindow &w) { action(w, "arrangeAction")->trigger(); })
                             << 1;
    QTest::newRow("several kinds") << Edit([](MainWindow &w) {
        w.scene()->addHostAt(QStringLiteral("front-end-server"), QPointF(800, 560));
        action(w, "arrangeAction")->trigger();
        w.scene()->selectHosts({QStringLiteral("clients-branch")});
        action(w, "deleteAction")->trigger();
        w.scene()->selectHosts({QStringLiteral("edge1")});
        QVERIFY(w.inspector()->addAddress(QStringLiteral("10.1.4.11")));
    }) << 4;
}

void TestMainWindow::undoRestoresExactTopology()
{
    QFETCH(Edit, edit);
    QFETCH(int, steps);
    MainWindow &w = *m_window;
    const QByteArray before = serialized(w);
    edit(w);
    QCOMPARE(w.undoStack()->count(), steps);
    const QByteArray after = serialized(w);
    QVERIFY(after != before);
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.windowHandle()->title(),
             QStringLiteral("single-director.portolan.json* — Portolan"));

    QAction *undo = action(w, "undoAction");
    for (int i = 0; i < steps; ++i) {
        QVERIFY(undo->isEnabled());
        undo->trigger();
    }
    QCOMPARE(serialized(w), before);
    QVERIFY(!w.isWindowModified());
    QVERIFY(!undo->isEnabled());
    QCOMPARE(w.ruleModel()->rowCount(), 47);

    for (int i = 0; i < steps; ++i)
        action(w, "redoAction")->trigger();
    QCOMPARE(serialized(w), after);
}

void TestMainWindow::titleShowsModified()
{
    MainWindow &w = *m_window;
    QCOMPARE(w.windowTitle(), QStringLiteral("single-director.portolan.json[*] — Portolan"));
    w.scene()->addHostAt(QStringLiteral("director"), QPointF(0, 600));
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.windowHandle()->title(),
             QStringLiteral("single-director.portolan.json* — Portolan"));
    w.undoStack()->undo();
    QCOMPARE(w.windowHandle()->title(), QStringLiteral("single-director.portolan.json — Portolan"));
}

void TestMainWindow::untitledNewProject()
{
    MainWindow &w = *m_window;
    w.newProject();
    QCOMPARE(w.topology()->hostCount(), 0);
    QCOMPARE(w.ruleModel()->rowCount(), 0);
    QCOMPARE(w.windowHandle()->title(), QStringLiteral("Untitled — Portolan"));
    QCOMPARE(w.document()->suggestedFileName(), QStringLiteral("untitled.portolan.json"));
    w.scene()->addHostAt(QStringLiteral("director"), QPointF(0, 0));
    QCOMPARE(w.windowHandle()->title(), QStringLiteral("Untitled* — Portolan"));
    QCOMPARE(w.topology()->host(0).name, QStringLiteral("DIR-01"));
}

void TestMainWindow::saveAndReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow &w = *m_window;
    w.scene()->selectHosts({QStringLiteral("fe3")});
    QVERIFY(w.inspector()->addAddress(QStringLiteral("2001:db8:13::13")));
    w.scene()->addHostAt(QStringLiteral("edge-internal"), QPointF(260, 560));
    QVERIFY(w.isWindowModified());

    const QString path = dir.filePath(QStringLiteral("office.portolan.json"));
    QString error;
    QVERIFY2(w.saveFile(path, &error), qPrintable(error));
    QVERIFY(!w.isWindowModified());
    QVERIFY(w.undoStack()->isClean());
    QCOMPARE(w.document()->filePath(), path);
    QCOMPARE(w.windowHandle()->title(), QStringLiteral("office.portolan.json — Portolan"));
    QCOMPARE(w.recentFiles(), QStringList{path});

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QCOMPARE(saved, serialized(w));

    MainWindow reopened(QStringLiteral("en"));
    QVERIFY2(reopened.openFile(path, &error), qPrintable(error));
    QCOMPARE(serialized(reopened), saved);
    QCOMPARE(reopened.topology()->hostCount(), 10);
    QCOMPARE(reopened.ruleModel()->rowCount(), w.ruleModel()->rowCount());
    QCOMPARE(reopened.undoStack()->count(), 0);
    QVERIFY(!reopened.isWindowModified());

    // Undo after saving makes the window modified again; redo back to the saved state is clean.
    w.undoStack()->undo();
    QVERIFY(w.isWindowModified());
    w.undoStack()->redo();
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::failedOpenKeepsProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.portolan.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"portolan-topology\", \"version\": 1,\n  \"hosts\": [}\n");
    file.close();

    MainWindow &w = *m_window;
    const QByteArray before = serialized(w);
    QString error;
    QVERIFY(!w.openFile(path, &error));
    QVERIFY2(error.contains(QStringLiteral("broken.portolan.json")), qPrintable(error));
    QCOMPARE(serialized(w), before);
    QCOMPARE(w.windowHandle()->title(), QStringLiteral("single-director.portolan.json — Portolan"));
    QVERIFY(w.recentFiles().isEmpty());

    QVERIFY(!w.openFile(dir.filePath(QStringLiteral("missing.portolan.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.portolan.json")), qPrintable(error));
}

void TestMainWindow::recentFilesAreCapped()
{
    QTemporaryDir dir;
    MainWindow &w = *m_window;
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        const QString path = dir.filePath(QStringLiteral("p%1.portolan.json").arg(i));
        QVERIFY(w.saveFile(path));
        paths.prepend(path);
    }
    QCOMPARE(w.recentFiles(), paths.mid(0, MainWindow::maxRecentFiles));
    // Opening one moves it to the front without duplicating it.
    QVERIFY(w.openFile(paths[3]));
    QStringList expected = paths.mid(0, MainWindow::maxRecentFiles);
    expected.move(3, 0);
    QCOMPARE(w.recentFiles(), expected);
    auto *recent = w.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    // Eight files, a separator and "Clear Menu".
    QCOMPARE(recent->actions().size(), MainWindow::maxRecentFiles + 2);
    QCOMPARE(recent->actions().first()->text(), QStringLiteral("&1 p6.portolan.json"));
}

void TestMainWindow::exportRuleSheet()
{
    QTemporaryDir dir;
    MainWindow &w = *m_window;
    const QString path = dir.filePath(QStringLiteral("rules.csv"));
    CsvOptions options;
    options.excel = true;
    options.language = QStringLiteral("de");
    QString error;
    QVERIFY2(w.exportRuleSheet(path, options, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    const Topology &t = *w.topology();
    QVERIFY(writeRuleSheet(&expected, t.catalog(), t.project(), t.rules(), options));
    QCOMPARE(file.readAll(), expected.data());
    QVERIFY(expected.data().startsWith("\xEF\xBB\xBFRule;Source Host;"));

    // An unwritable place fails with a message naming the file.
    const QString bad = dir.filePath(QStringLiteral("no/such/dir/rules.csv"));
    QVERIFY(!w.exportRuleSheet(bad, options, &error));
    QVERIFY2(error.contains(QStringLiteral("rules.csv")), qPrintable(error));
    QVERIFY(!QFile::exists(bad));
}

void TestMainWindow::statusBarCountsLive()
{
    MainWindow &w = *m_window;
    QCOMPARE(w.statusSummary(), QStringLiteral("9 hosts · 22 arrows · 47 rules · 0 findings"));
    w.scene()->selectHosts({QStringLiteral("fe3")});
    w.inspector()->removeAddress(0);
    QCOMPARE(w.statusSummary(), QStringLiteral("9 hosts · 22 arrows · 42 rules · 1 finding"));
    w.scene()->addHostAt(QStringLiteral("director"), QPointF(0, 700));
    // DIR-01 without an address: arrows like the other Director's, two
    // findings (no address) — and no rules.
    QCOMPARE(w.topology()->hostCount(), 10);
    QVERIFY(w.statusSummary().startsWith(QStringLiteral("10 hosts · ")));
    QVERIFY(w.statusSummary().endsWith(QStringLiteral(" · 42 rules · 2 findings")));
}

void TestMainWindow::paletteAddsAtViewCentre()
{
    MainWindow &w = *m_window;
    auto *palette = w.findChild<RolePalette *>();
    QVERIFY(palette);
    const QPointF centre = w.canvasView()->visibleCenter();
    Q_EMIT palette->roleActivated(QStringLiteral("edge-internal"));
    QCOMPARE(w.topology()->hostCount(), 10);
    const Host &added = w.topology()->host(9);
    QCOMPARE(added.role, QStringLiteral("edge-internal"));
    QCOMPARE(added.name, QStringLiteral("EDGE-01"));
    QVERIFY2(QLineF(added.position, centre).length() < 200,
             qPrintable(QStringLiteral("%1,%2").arg(added.position.x()).arg(added.position.y())));
    QCOMPARE(w.scene()->selectedHostIds(), QStringList{added.id});
    QCOMPARE(w.inspector()->hostId(), added.id);
}

void TestMainWindow::pairSelectionSelectsRows()
{
    MainWindow &w = *m_window;
    Q_EMIT w.scene()->pairSelectionChanged({{QStringLiteral("rp1"), QStringLiteral("dir1")}});
    QModelIndexList rows = w.ruleView()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].row(), 0);
    QCOMPARE(rows[1].row(), 1);

    // Selecting rows by hand works the other way and must not loop back.
    w.ruleView()->selectRow(46);
    QCOMPARE(w.ruleView()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(w.ruleModel()->pairsForRows(w.ruleView()->selectionModel()->selectedRows()).size(), 1);
}

void TestMainWindow::findingSelectsHost()
{
    MainWindow &w = *m_window;
    w.scene()->selectHosts({QStringLiteral("fe2")});
    w.inspector()->removeAddress(1);
    w.inspector()->removeAddress(0);
    w.scene()->selectHosts({});
    FindingsModel *findings = w.findingsModel();
    QCOMPARE(findings->rowCount(), 1);
    const QModelIndex index = findings->index(0);
    QCOMPARE(index.data(FindingsModel::HostIdRole).toString(), QStringLiteral("fe2"));
    QCOMPARE(index.data().toString(),
             QStringLiteral("LYNC-FE-02: no address: it gets no firewall rules"));
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    auto *view = w.findChild<QListView *>(QStringLiteral("findingsList"));
    Q_EMIT view->doubleClicked(index);
    QCOMPARE(w.scene()->selectedHostIds(), QStringList{QStringLiteral("fe2")});
    QCOMPARE(w.inspector()->hostId(), QStringLiteral("fe2"));
}

void TestMainWindow::ruleFilterControls()
{
    MainWindow &w = *m_window;
    auto *text = w.findChild<QLineEdit *>(QStringLiteral("ruleFilter"));
    auto *protocol = w.findChild<QComboBox *>(QStringLiteral("protocolFilter"));
    auto *role = w.findChild<QComboBox *>(QStringLiteral("roleFilter"));
    QCOMPARE(protocol->count(), 5); // all, HTTP, HTTPS, SIP/MTLS, MTLS
    QCOMPARE(role->count(), 8);     // all, six host roles, any
    protocol->setCurrentIndex(protocol->findData(QStringLiteral("HTTPS")));
    QCOMPARE(w.ruleModel()->rowCount(), 15);
    role->setCurrentIndex(role->findData(QStringLiteral("internal-clients")));
    QCOMPARE(w.ruleModel()->rowCount(), 3);
    text->setText(QStringLiteral("2001:"));
    QCOMPARE(w.ruleModel()->rowCount(), 1);
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("ruleCount"))->text(),
             QStringLiteral("1 of 47 rules"));
    text->clear();
    protocol->setCurrentIndex(0);
    role->setCurrentIndex(0);
    QCOMPARE(w.ruleModel()->rowCount(), 47);
}

void TestMainWindow::settingsPersist()
{
    MainWindow &w = *m_window;
    auto *snap = action(w, "snapAction");
    const bool snapped = !snap->isChecked();
    snap->setChecked(snapped);
    QCOMPARE(w.scene()->snapToGrid(), snapped);
    w.findChild<QDockWidget *>(QStringLiteral("historyDock"))->hide();
    w.resize(1111, 777);
    QVERIFY(w.close()); // unmodified: no question asked, settings written

    MainWindow reopened(QStringLiteral("en"));
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QCOMPARE(action(reopened, "snapAction")->isChecked(), snapped);
    QCOMPARE(reopened.scene()->snapToGrid(), snapped);
    QVERIFY(reopened.findChild<QDockWidget *>(QStringLiteral("historyDock"))->isHidden());
    QVERIFY(!reopened.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isHidden());
    QCOMPARE(reopened.size(), QSize(1111, 777));
}

void TestMainWindow::plannerReportsBadFileThenStartsEmpty()
{
    m_window.reset();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.portolan.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"portolan-topology\", \"version\": 1, \"catalog\": \"nope\"}");
    file.close();

    // runPlanner shows a modal error and then runs the event loop: answer
    // the dialog, look at the window it leaves, and close that.
    QString message;
    QString title;
    int hosts = -1;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            box->accept();
            return;
        }
        if (message.isEmpty())
            return;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible()) {
                poll.stop();
                title = window->windowTitle();
                hosts = window->topology()->hostCount();
                window->close();
            }
        }
    });
    poll.start();
    QTimer::singleShot(20000, qApp, &QCoreApplication::quit); // never hang the suite
    const int code = runPlanner({QStringLiteral("portolan"), path});
    QCOMPARE(code, 0);
    QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("nope")), qPrintable(message));
    QCOMPARE(title, QStringLiteral("Untitled[*] — Portolan"));
    QCOMPARE(hosts, 0);
}

void TestMainWindow::germanTranslation()
{
    m_window.reset();
    removeTranslators();
    installTranslator(QStringLiteral("de"));
    {
        MainWindow w(QStringLiteral("de"));
        QVERIFY(w.openSample());
        const QList<QAction *> menus = w.menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        QCOMPARE(menus[0]->text(), QStringLiteral("&Datei"));
        QCOMPARE(menus[1]->text(), QStringLiteral("&Bearbeiten"));
        QCOMPARE(menus[2]->text(), QStringLiteral("&Ansicht"));
        QCOMPARE(menus[3]->text(), QStringLiteral("&Hilfe"));
        QCOMPARE(
            w.ruleModel()
                ->headerData(TestSupport::plainColumn(RuleColumn::DestinationHost), Qt::Horizontal)
                .toString(),
            QStringLiteral("Zielhost"));
        QCOMPARE(w.ruleModel()
                     ->index(0, TestSupport::plainColumn(RuleColumn::SourceRole))
                     .data()
                     .toString(),
                 QStringLiteral("Reverseproxy (interne Schnittstelle)"));
        QCOMPARE(w.statusSummary(), QStringLiteral("9 Hosts · 22 Pfeile · 47 Regeln · 0 Befunde"));
        w.newProject();
        QCOMPARE(w.windowTitle(), QStringLiteral("Unbenannt[*] — Portolan"));
    }
    removeTranslators();
    installTranslator(QStringLiteral("en"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
