#pragma once

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

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
};

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

    /// Number of pages on @p device with its current page layout.
    int pageCount(QPagedPaintDevice *device) const;
    /// Paints every page onto @p device. Returns false if painting could not start.
    bool print(QPagedPaintDevice *device) const;

    /// The catalog reference printed in title blocks.
    QString catalogReference() const;

private:
    struct Layout;
    Layout layout(QPagedPaintDevice *device, QPainter *painter) const;
    void paintPage(QPainter &painter, const Layout &layout, int page) const;

    const Topology &m_topology;
    TopologyScene &m_scene;
    DocumentOptions m_options;
};

} // namespace Portolan
