// Long print jobs and PDF exports report progress and can be cancelled
// (issue 6): FlowDocument's hook sees growing values up to its total, a
// cancel stops print() and leaves an export's file alone, and the hook does
// not change what is printed. Set PORTOLAN_PRINT_TIMING=1 to print the time
// per 1 000 rules and the longest gap between two hook calls (no assertion).

#include "catalog.h"
#include "catalogregistry.h"
#include "diagramexport.h"
#include "flowdocument.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "topology.h"
#include "topologyscene.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

using namespace Portolan;

namespace {

Project sampleProject()
{
    QFile file(QStringLiteral(":/samples/single-director.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the built-in sample");
    Project project;
    QString error;
    if (!ProjectFile::parse(file.readAll(), file.fileName(), &project, &error))
        qFatal("%s", qPrintable(error));
    return project;
}

/// A Director and @p servers Front-End Servers with @p addresses IPv4
/// addresses each: enough rules for many pages.
std::unique_ptr<Topology> manyServers(int servers, int addresses = 1)
{
    Project project = sampleProject();
    project.title = QStringLiteral("Many Front-End Servers");
    project.hosts.clear();
    Host director;
    director.id = QStringLiteral("dir1");
    director.name = QStringLiteral("LYNC-DIR-01");
    director.role = QStringLiteral("director");
    director.addresses.append(*Address::parse(QStringLiteral("10.1.2.20")));
    project.hosts.push_back(director);
    for (int i = 0; i < servers; ++i) {
        Host host;
        host.id = QStringLiteral("fe%1").arg(i);
        host.name = QStringLiteral("FE-%1").arg(i, 4, 10, QLatin1Char('0'));
        host.role = QStringLiteral("front-end-server");
        for (int a = 0; a < addresses; ++a)
            host.addresses.append(*Address::parse(
                QStringLiteral("10.%1.%2.%3").arg(1 + a).arg(3 + i / 200).arg(10 + i % 200)));
        host.position = QPointF(300 + (i % 10) * 180, (i / 10) * 140);
        project.hosts.push_back(host);
    }
    QString error;
    auto catalog = catalogForProject(project, &error);
    if (!catalog)
        qFatal("%s", qPrintable(error));
    auto topology = std::make_unique<Topology>();
    topology->reset(std::move(project), catalog);
    return topology;
}

void setUpWriter(QPdfWriter &writer)
{
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
}

/// Pages of a PDF written by QPdfWriter: its page objects.
int pdfPageObjects(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Call
{
    qint64 done;
    qint64 total;
};

} // namespace

class TestPrintProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void hookGrowsUpToTotal();
    void cancelAfterSecondPageStopsPrint();
    void cancelDuringLayoutPaintsNothing();
    void cancelledPdfExportLeavesFilesAlone();
    void hookDoesNotChangeThePages();
    void previewLimitPaintsFirstTablePages();
    void previewPaintingIsTellableFromPrinting();
    void windowPreviewOffersFirstPages();
    void timing();

private:
    std::unique_ptr<Topology> m_topology;
    QUndoStack m_undoStack;
    std::unique_ptr<TopologyScene> m_scene;
    QTemporaryDir m_dir;
    int m_pages = 0; ///< of the document without a hook
};

void TestPrintProgress::initTestCase()
{
    // The window keeps settings, recovery copies and locks: in test locations.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortolanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_printprogress"));
    QVERIFY(m_dir.isValid());
    m_topology = manyServers(400);
    QVERIFY(m_topology->rules().size() >= 400);
    m_scene = std::make_unique<TopologyScene>(m_topology.get(), &m_undoStack);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer);
    m_pages = FlowDocument(*m_topology, *m_scene, {}).pageCount(&writer);
    QVERIFY2(m_pages > 10, qPrintable(QString::number(m_pages)));
}

void TestPrintProgress::hookGrowsUpToTotal()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer);
    FlowDocument document(*m_topology, *m_scene, {});
    std::vector<Call> calls;
    document.setProgress([&](qint64 done, qint64 total) {
        calls.push_back({done, total});
        return true;
    });
    QCOMPARE(document.print(&writer), FlowDocument::PrintResult::Printed);

    // Layout (every 100 rows) and every painted page report.
    QVERIFY(int(calls.size()) >= m_pages);
    const qint64 total = calls.front().total;
    const qint64 rows = qint64(m_topology->rules().size()) + m_topology->hostCount();
    QCOMPARE(total, 3 * rows + 1);
    for (size_t i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls[i].total, total);
        QVERIFY(calls[i].done > 0 && calls[i].done <= total);
        if (i > 0)
            QVERIFY2(calls[i].done > calls[i - 1].done, qPrintable(QString::number(i)));
    }
    QCOMPARE(calls.back().done, total);
    // Every page after the layout (2 units a row) is one call.
    const auto paintCalls =
        std::count_if(calls.begin(), calls.end(), [&](const Call &c) { return c.done > 2 * rows; });
    QCOMPARE(int(paintCalls), m_pages);
    QCOMPARE(pdfPageObjects(buffer.data()), m_pages);
}

/// A hook that lets the layout finish and stops after the second painted page.
static DocumentProgress cancelAfterPage(int stopPage, const Topology &topology, int *pagesSeen)
{
    const qint64 rows = qint64(topology.rules().size()) + topology.hostCount();
    return [=](qint64 done, qint64) {
        if (done > 2 * rows)
            ++*pagesSeen;
        return *pagesSeen < stopPage;
    };
}

void TestPrintProgress::cancelAfterSecondPageStopsPrint()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer);
    FlowDocument document(*m_topology, *m_scene, {});
    int pagesSeen = 0;
    document.setProgress(cancelAfterPage(2, *m_topology, &pagesSeen));
    QCOMPARE(document.print(&writer), FlowDocument::PrintResult::Cancelled);
    QCOMPARE(pagesSeen, 2);
    QCOMPARE(pdfPageObjects(buffer.data()), 2); // nothing painted after the cancel
    QVERIFY(!m_scene->exportMode());
}

void TestPrintProgress::cancelDuringLayoutPaintsNothing()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer);
    FlowDocument document(*m_topology, *m_scene, {});
    int calls = 0;
    document.setProgress([&](qint64, qint64) { return ++calls < 2; });
    QCOMPARE(document.pageCount(&writer), -1);
    QCOMPARE(calls, 2);
    calls = 0;
    QCOMPARE(document.print(&writer), FlowDocument::PrintResult::Cancelled);
    QCOMPARE(calls, 2);
    QVERIFY(buffer.data().isEmpty()); // the painter never began: no job, no bytes
}

void TestPrintProgress::cancelledPdfExportLeavesFilesAlone()
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.pdf"));
    const QString existing = m_dir.filePath(QStringLiteral("existing.pdf"));
    const QByteArray previous("%PDF-1.4 an earlier export\n");
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(previous);
    }
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &target : {fresh, existing}) {
        DiagramExportOptions options;
        int pagesSeen = 0;
        options.progress = cancelAfterPage(2, *m_topology, &pagesSeen);
        QString error = QStringLiteral("unchanged");
        QVERIFY(!exportDiagram(*m_scene, DiagramFormat::Pdf, target, options, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // cancelled, not failed
        QCOMPARE(pagesSeen, 2);
    }
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(readAll(existing), previous);
    // No temporary file of the atomic write was left behind either.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before);
}

void TestPrintProgress::hookDoesNotChangeThePages()
{
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    const QString hooked = m_dir.filePath(QStringLiteral("hooked.pdf"));
    QString error;
    QVERIFY2(exportDiagram(*m_scene, DiagramFormat::Pdf, plain, {}, &error), qPrintable(error));
    DiagramExportOptions options;
    int calls = 0;
    options.progress = [&](qint64, qint64) {
        ++calls;
        return true;
    };
    QVERIFY2(exportDiagram(*m_scene, DiagramFormat::Pdf, hooked, options, &error),
             qPrintable(error));
    QVERIFY(calls >= m_pages);
    QCOMPARE(pdfPageObjects(readAll(plain)), m_pages);
    QCOMPARE(pdfPageObjects(readAll(hooked)), m_pages);
}

void TestPrintProgress::previewLimitPaintsFirstTablePages()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer);
    DocumentOptions options;
    options.maxTablePages = 3;
    FlowDocument document(*m_topology, *m_scene, options);
    std::vector<Call> calls;
    document.setProgress([&](qint64 done, qint64 total) {
        calls.push_back({done, total});
        return true;
    });
    QCOMPARE(document.pageCount(&writer), m_pages); // the count is the whole document's
    calls.clear();
    QCOMPARE(document.print(&writer), FlowDocument::PrintResult::Printed);
    QCOMPARE(pdfPageObjects(buffer.data()), 4);
    QCOMPARE(calls.back().done, calls.back().total); // the total shrank to what is painted
}

void TestPrintProgress::previewPaintingIsTellableFromPrinting()
{
    // The window previews only the first pages of a long document, but the
    // preview's Print button must get them all: it tells the two apart by
    // the preview's picture engine.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("preview-print.pdf")));
    QPrintPreviewWidget preview(&printer);
    QList<bool> picture;
    connect(&preview, &QPrintPreviewWidget::paintRequested, this, [&](QPrinter *target) {
        picture.append(target->paintEngine()->type() == QPaintEngine::Picture);
        QPainter painter(target);
        painter.drawText(QPointF(100, 100), QStringLiteral("page"));
    });
    preview.updatePreview();
    QCOMPARE(picture, QList<bool>{true});
    preview.print();
    QCOMPARE(picture, (QList<bool>{true, false}));
}

void TestPrintProgress::windowPreviewOffersFirstPages()
{
    auto topology = manyServers(250, 20); // 5 000 rules: over 200 pages
    const QString file = m_dir.filePath(QStringLiteral("long.portolan.json"));
    QString error;
    QVERIFY2(ProjectFile::save(file, topology->project(), &error), qPrintable(error));
    MainWindow window(QStringLiteral("en"));
    QVERIFY2(window.openFile(file, &error), qPrintable(error));
    auto *action = window.findChild<QAction *>(QStringLiteral("printPreviewAction"));
    QVERIFY(action);

    // Answers the question and closes the preview; a progress dialog (shown
    // when the layout takes over half a second) is left to finish.
    QString question;
    QString title;
    int previewPages = -1;
    int unexpected = 0;
    QTimer answerer;
    answerer.setInterval(10);
    connect(&answerer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || qobject_cast<QProgressDialog *>(modal))
            return;
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            question = box->text();
            for (QAbstractButton *button : box->buttons())
                if (button->text() == QStringLiteral("Preview &First Pages"))
                    button->click();
            return;
        }
        if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
            title = preview->windowTitle();
            if (auto *pages = preview->findChild<QPrintPreviewWidget *>())
                previewPages = pages->pageCount();
            preview->reject();
            return;
        }
        ++unexpected;
        QMetaObject::invokeMethod(modal, "reject");
    });
    answerer.start();
    action->trigger();
    answerer.stop();
    QCOMPARE(unexpected, 0);
    QVERIFY2(question.startsWith(QStringLiteral("The document has ")), qPrintable(question));
    const int pages = question.section(u' ', 3, 3).toInt();
    QVERIFY2(pages > 200, qPrintable(question));
    QCOMPARE(previewPages, 51); // the diagram page and 50 table pages
    QCOMPARE(title, QStringLiteral("Print Preview (the first 51 of %1 pages)").arg(pages));
}

void TestPrintProgress::timing()
{
    if (qEnvironmentVariableIsEmpty("PORTOLAN_PRINT_TIMING"))
        QSKIP("set PORTOLAN_PRINT_TIMING=1 to measure");
    // Few hosts with many addresses (a realistic diagram page), then one
    // host per rule (a diagram page of thousands of cards).
    for (const auto &[servers, addresses] :
         {std::pair{50, 20}, std::pair{250, 20}, std::pair{1000, 1}, std::pair{5000, 1}}) {
        auto topology = manyServers(servers, addresses);
        QUndoStack undoStack;
        TopologyScene scene(topology.get(), &undoStack);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        setUpWriter(writer);
        FlowDocument document(*topology, scene, {});
        const qint64 rows = qint64(topology->rules().size()) + topology->hostCount();
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 tableGap = 0;   ///< longest gap in the layout and the table pages
        qint64 diagramGap = 0; ///< the diagram page: one QGraphicsScene::render
        int calls = 0;
        document.setProgress([&](qint64 done, qint64) {
            const qint64 now = clock.nsecsElapsed();
            qint64 &gap = done == 2 * rows + 1 ? diagramGap : tableGap;
            gap = std::max(gap, now - last);
            last = now;
            ++calls;
            return true;
        });
        clock.start();
        QCOMPARE(document.print(&writer), FlowDocument::PrintResult::Printed);
        const qint64 elapsed = clock.nsecsElapsed();
        qInfo("%zu rules, %lld hosts, %d pages: %.0f ms, %.0f ms per 1000 rules, %d hook "
              "calls, longest gap %.1f ms in layout and table pages, %.1f ms for the diagram page",
              topology->rules().size(), qint64(topology->hostCount()),
              pdfPageObjects(buffer.data()), elapsed / 1e6,
              elapsed / 1e6 * 1000 / double(topology->rules().size()), calls, tableGap / 1e6,
              diagramGap / 1e6);
    }
}

QTEST_MAIN(TestPrintProgress)
#include "tst_printprogress.moc"
