#pragma once

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace Portolan {

class Topology;
class TopologyScene;

/// How a flow document is laid out.
struct DocumentOptions
{
    QString language = QStringLiteral("en");
    bool includeHostList = true;
    /// Paint only the diagram page and this many table pages (0: all). The
    /// page numbers still count the whole document. For previews of very long
    /// documents, never for printing or exports.
    int maxTablePages = 0;
};

/// Told how far layout and painting have got; returns false to stop. `total`
/// is fixed before the first call (row measurements plus painted rows, one
/// unit each), `done` grows with every call and reaches `total` at the end.
using DocumentProgress = std::function<bool(qint64 done, qint64 total)>;

/// The printable change-request document: page 1 holds the title block and the
/// whole flow diagram with its legend; the rule table follows, its header row
/// repeated on every page and long cells wrapped; then, optionally, the host
/// list. Every page carries a header with the title and "page / pages".
///
/// It paints onto any QPagedPaintDevice (QPrinter, QPdfWriter) and follows
/// that device's page layout, so A4, Letter, portrait and landscape all fit.
class FlowDocument
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::FlowDocument)

public:
    FlowDocument(const Topology &topology, TopologyScene &scene, DocumentOptions options);
    ~FlowDocument();

    enum class PrintResult { Printed, Cancelled, Failed };

    /// Called during the layout (every few hundred rows) and once per painted
    /// page, on the calling thread; painting must stay on the GUI thread, so a
    /// window keeps itself responsive from here (processEvents) behind a modal
    /// progress dialog.
    void setProgress(DocumentProgress progress) { m_progress = std::move(progress); }

    /// Number of pages on @p device with its current page layout (the whole
    /// document, whatever maxTablePages says); -1 if the progress hook cancelled.
    int pageCount(QPagedPaintDevice *device) const;
    /// Paints every page onto @p device. The layout runs before painting
    /// begins, so a cancelled layout never starts a job. A cancel while
    /// painting ends the painter early: the caller discards the output (a
    /// buffer) or aborts the printer job.
    PrintResult print(QPagedPaintDevice *device) const;

    /// The catalog reference printed in title blocks.
    QString catalogReference() const;

private:
    struct Layout;
    class Progress;
    Layout layout(QPagedPaintDevice *device, Progress &progress) const;
    void paintPage(QPainter &painter, const Layout &layout, int page) const;

    const Topology &m_topology;
    TopologyScene &m_scene;
    DocumentOptions m_options;
    DocumentProgress m_progress;
};

} // namespace Portolan
