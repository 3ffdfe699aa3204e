#include "exportactions.h"

#include "savefile.h"

#include "csvexportdialog.h"
#include "diagramexport.h"
#include "document.h"
#include "flowdocument.h"
#include "topology.h"
#include "topologyscene.h"
#include "windowsupport.h"

#include <QAction>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPaintEngine>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

namespace Portolan {

namespace {

const QString exportDirectoryKey = QStringLiteral("export/directory");
/// From this many rules the CSV export runs on a worker thread with a progress dialog.
constexpr size_t largeRuleSheetRows = 200000;
/// Print Preview repaints every page whenever its page setup changes: above
/// this many pages it offers to preview the first table pages only.
constexpr int largePreviewPages = 200;
constexpr int previewTablePages = 50;

} // namespace

ExportActions::ExportActions(Document *document, TopologyScene *scene, const QString &language,
                             QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
    , m_language(language)
    , m_window(window)
{
    setObjectName(QStringLiteral("exportActions"));

    m_exportCsvAction =
        new QAction(themeIcon(QStringLiteral("document-export"), QStyle::SP_FileDialogDetailedView),
                    tr("&Export Rule Sheet (CSV)…"), this);
    m_exportCsvAction->setIconText(tr("Export CSV"));
    m_exportCsvAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportCsvAction->setStatusTip(tr("Write the firewall rules as a CSV rule sheet"));
    connect(m_exportCsvAction, &QAction::triggered, this, &ExportActions::fileExportRuleSheet);

    m_exportDiagramAction = new QAction(tr("Export &Diagram…"), this);
    m_exportDiagramAction->setStatusTip(tr("Write the flow diagram as SVG, PDF or PNG"));
    connect(m_exportDiagramAction, &QAction::triggered, this, &ExportActions::fileExportDiagram);

    m_printAction = new QAction(themeIcon(QStringLiteral("document-print"), QStyle::SP_FileIcon),
                                tr("&Print…"), this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setStatusTip(tr("Print the diagram, the rule table and the host list"));
    connect(m_printAction, &QAction::triggered, this, &ExportActions::filePrint);

    m_printPreviewAction = new QAction(tr("Print Pre&view…"), this);
    m_printPreviewAction->setStatusTip(tr("Show the printed pages before printing"));
    connect(m_printPreviewAction, &QAction::triggered, this, &ExportActions::filePrintPreview);

    // Names for tests and for saveState-independent lookups.
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportDiagramAction->setObjectName(QStringLiteral("exportDiagramAction"));
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printPreviewAction->setObjectName(QStringLiteral("printPreviewAction"));
}

ExportActions::~ExportActions() = default;

bool ExportActions::exportRuleSheet(const QString &path, const CsvOptions &options, QString *error)
{
    const Topology &t = *m_document->topology();
    const std::vector<Rule> &rules = t.rules();
    std::atomic<bool> cancelled{false};
    std::atomic<size_t> rowsDone{0};
    // Runs on a worker thread for large sheets: the window stays modal but
    // responsive, and a cancelled export leaves no file (writeAtomically discards it).
    auto write = [&, path, options]() -> QString {
        const auto report = [&](size_t done, size_t) {
            rowsDone = done;
            return !cancelled.load();
        };
        QString message;
        const bool written = writeAtomically(
            path,
            [&](QIODevice *device, QString *) {
                return writeRuleSheet(device, t.catalog(), t.project(), rules, options, report);
            },
            &message);
        return written || cancelled ? QString() : message;
    };
    QString failure;
    if (rules.size() < largeRuleSheetRows) {
        failure = write();
    } else {
        QProgressDialog progress(tr("Writing %n rule(s)…", nullptr, int(rules.size())),
                                 tr("Cancel"), 0, 1000, m_window);
        progress.setObjectName(QStringLiteral("exportProgress"));
        progress.setWindowTitle(tr("Export Rule Sheet"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        progress.setAutoReset(false);
        QEventLoop loop;
        QFutureWatcher<QString> watcher;
        connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
        connect(&progress, &QProgressDialog::canceled, &loop, [&] { cancelled = true; });
        QTimer tick;
        tick.setInterval(50);
        connect(&tick, &QTimer::timeout, &progress, [&] {
            progress.setValue(int(rowsDone.load() * 1000 / std::max<size_t>(1, rules.size())));
        });
        tick.start();
        watcher.setFuture(QtConcurrent::run(write));
        loop.exec();
        failure = watcher.result();
    }
    if (cancelled) {
        error->clear(); // nothing to report: the user stopped it, and no file was written
        return false;
    }
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    return true;
}

void ExportActions::fileExportRuleSheet()
{
    Q_EMIT pendingEditsNeeded();
    QSettings settings;
    QString directory = settings.value(exportDirectoryKey).toString();
    if (directory.isEmpty())
        directory = m_document->filePath().isEmpty()
                        ? documentsDirectory()
                        : QFileInfo(m_document->filePath()).absolutePath();
    QString base = m_document->suggestedFileName();
    if (base.endsWith(Document::fileSuffix()))
        base.chop(Document::fileSuffix().size());
    CsvOptions options;
    options.language = m_language;
    CsvExportDialog dialog(QDir(directory).filePath(base + tr("-rules") + QStringLiteral(".csv")),
                           options, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!exportRuleSheet(dialog.path(), dialog.options(), &error)) {
        if (!error.isEmpty()) // empty: cancelled
            QMessageBox::critical(m_window, tr("Cannot Export Rule Sheet"), error);
        return;
    }
    settings.setValue(exportDirectoryKey, QFileInfo(dialog.path()).absolutePath());
    Q_EMIT statusMessage(
        tr("Wrote %n rule(s) to %1", nullptr, int(m_document->topology()->rules().size()))
            .arg(QDir::toNativeSeparators(dialog.path())),
        6000);
}

namespace {

/// A window-modal progress dialog for a flow document: it appears after half
/// a second and has Cancel.
void setUpDocumentProgress(QProgressDialog &dialog, const QString &title)
{
    dialog.setObjectName(QStringLiteral("documentProgress"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setRange(0, 1000);
    dialog.setValue(0);
}

/// The FlowDocument hook behind @p dialog. Layout and painting stay on the GUI
/// thread (QPrinter, QPdfWriter and QGraphicsScene::render need it), so the
/// hook lets the event loop run. Until the window-modal dialog shows, user
/// input waits (ExcludeUserInputEvents): nothing can edit the project while
/// the document is painted. @p onCancel runs once, before the hook says stop.
DocumentProgress progressHook(QProgressDialog &dialog, std::function<void()> onCancel = {})
{
    return [&dialog, onCancel = std::move(onCancel)](qint64 done, qint64 total) {
        dialog.setValue(int(std::min<qint64>(1000, done * 1000 / std::max<qint64>(1, total))));
        QCoreApplication::processEvents(dialog.isVisible() ? QEventLoop::AllEvents
                                                           : QEventLoop::ExcludeUserInputEvents);
        if (!dialog.wasCanceled())
            return true;
        if (onCancel)
            onCancel();
        return false;
    };
}

/// Prints behind a progress dialog. Cancel aborts the job where the print
/// system can withdraw it (QPrinter::abort); @p aborted says whether it did.
FlowDocument::PrintResult printWithProgress(const Topology &topology, TopologyScene &scene,
                                            QPrinter *printer, const DocumentOptions &options,
                                            QWidget *parent, bool *aborted)
{
    QProgressDialog dialog(ExportActions::tr("Printing…"), ExportActions::tr("Cancel"), 0, 1000,
                           parent);
    setUpDocumentProgress(dialog, ExportActions::tr("Print Flow Document"));
    *aborted = false;
    FlowDocument document(topology, scene, options);
    document.setProgress(progressHook(dialog, [&] {
        // Only an active job can be withdrawn; a cancelled layout never started one.
        *aborted = printer->printerState() != QPrinter::Active || printer->abort();
    }));
    return document.print(printer);
}

} // namespace

void ExportActions::fileExportDiagram()
{
    Q_EMIT pendingEditsNeeded();
    const QString directory = m_document->filePath().isEmpty()
                                  ? documentsDirectory()
                                  : QFileInfo(m_document->filePath()).absolutePath();
    QString base = m_document->suggestedFileName();
    if (base.endsWith(Document::fileSuffix()))
        base.chop(Document::fileSuffix().size());
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Diagram"), QDir(directory).filePath(base + QStringLiteral(".svg")),
        tr("SVG drawings (*.svg);;PDF documents (*.pdf);;PNG images (*.png)"), &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        if (selectedFilter.contains(QStringLiteral("*.pdf")))
            path += QStringLiteral(".pdf");
        else if (selectedFilter.contains(QStringLiteral("*.png")))
            path += QStringLiteral(".png");
        else
            path += QStringLiteral(".svg");
    }
    const std::optional<DiagramFormat> format = diagramFormatForName(path);
    if (!format) {
        QMessageBox::critical(
            m_window, tr("Cannot Export Diagram"),
            tr("%1: use the extension .svg, .pdf or .png").arg(QDir::toNativeSeparators(path)));
        return;
    }
    DiagramExportOptions options;
    options.document.language = m_language;
    QString error;
    std::unique_ptr<QProgressDialog> progress;
    if (*format == DiagramFormat::Pdf) {
        progress = std::make_unique<QProgressDialog>(tr("Writing the PDF document…"), tr("Cancel"),
                                                     0, 1000, m_window);
        setUpDocumentProgress(*progress, tr("Export Diagram"));
        options.progress = progressHook(*progress);
    }
    const bool exported = exportDiagram(*m_scene, *format, path, options, &error);
    progress.reset();
    if (!exported) {
        if (error.isEmpty()) // cancelled: the file was not touched
            Q_EMIT statusMessage(tr("Export cancelled"), 6000);
        else
            QMessageBox::critical(m_window, tr("Cannot Export Diagram"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void ExportActions::filePrint()
{
    Q_EMIT pendingEditsNeeded();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_document->displayName());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Flow Document"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    DocumentOptions options;
    options.language = m_language;
    bool aborted = false;
    switch (printWithProgress(*m_document->topology(), *m_scene, &printer, options, m_window,
                              &aborted)) {
    case FlowDocument::PrintResult::Printed:
        break;
    case FlowDocument::PrintResult::Cancelled:
        if (aborted) {
            Q_EMIT statusMessage(tr("Printing cancelled"), 6000);
        } else {
            QMessageBox::warning(m_window, tr("Printing Cancelled"),
                                 tr("The print system could not withdraw the job: the pages "
                                    "painted before Cancel were sent to %1. Remove the job "
                                    "from the printer's queue if it should not print.")
                                     .arg(printer.printerName()));
        }
        break;
    case FlowDocument::PrintResult::Failed:
        QMessageBox::critical(
            m_window, tr("Cannot Print"),
            tr("The printer %1 could not start printing.").arg(printer.printerName()));
        break;
    }
}

void ExportActions::filePrintPreview()
{
    Q_EMIT pendingEditsNeeded();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_document->displayName());
    DocumentOptions options;
    options.language = m_language;
    // Count the pages first (a cancellable layout): a preview of hundreds of
    // pages repaints them all on every change of its page setup.
    int pages = 0;
    {
        QProgressDialog progress(tr("Laying out the pages…"), tr("Cancel"), 0, 1000, m_window);
        setUpDocumentProgress(progress, tr("Print Preview"));
        FlowDocument document(*m_document->topology(), *m_scene, options);
        document.setProgress(progressHook(progress));
        pages = document.pageCount(&printer);
    }
    if (pages < 0)
        return;
    DocumentOptions previewOptions = options;
    if (pages > largePreviewPages) {
        QMessageBox box(QMessageBox::Question, tr("Print Preview"),
                        tr("The document has %n page(s).", nullptr, pages), QMessageBox::Cancel,
                        m_window);
        box.setInformativeText(
            tr("Preview only the diagram page and the first %n page(s) of the table? "
               "Printing from the preview still prints every page.",
               nullptr, previewTablePages));
        QPushButton *first = box.addButton(tr("Preview &First Pages"), QMessageBox::AcceptRole);
        QPushButton *all = box.addButton(tr("Preview &All Pages"), QMessageBox::AcceptRole);
        box.setDefaultButton(first);
        box.exec();
        if (box.clickedButton() == first)
            previewOptions.maxTablePages = previewTablePages;
        else if (box.clickedButton() != all)
            return;
    }
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(
        previewOptions.maxTablePages > 0
            ? tr("Print Preview (the first %1 of %2 pages)").arg(1 + previewTablePages).arg(pages)
            : tr("Print Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        // The preview records pages through a picture engine; its Print
        // button asks again with the real printer, which gets every page.
        const bool previewing =
            target->paintEngine() && target->paintEngine()->type() == QPaintEngine::Picture;
        if (!previewing) {
            bool aborted = false;
            printWithProgress(*m_document->topology(), *m_scene, target, options, &preview,
                              &aborted);
            return;
        }
        // Painting a new preview deletes the pages the preview shows: while the
        // hook lets events run, it must not repaint them (Qt swaps in the new
        // pages once this returns).
        auto *pages = preview.findChild<QPrintPreviewWidget *>();
        if (pages)
            pages->setUpdatesEnabled(false);
        QProgressDialog progress(tr("Preparing the preview…"), tr("Cancel"), 0, 1000, &preview);
        setUpDocumentProgress(progress, tr("Print Preview"));
        FlowDocument document(*m_document->topology(), *m_scene, previewOptions);
        document.setProgress(progressHook(progress));
        document.print(target); // cancelled: the preview shows the pages painted so far
        if (pages)
            pages->setUpdatesEnabled(true);
    });
    preview.resize(m_window->size() * 0.9);
    preview.exec();
}

} // namespace Portolan
