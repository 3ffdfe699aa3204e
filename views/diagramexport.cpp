#include "diagramexport.h"

#include "projectfile.h"
#include "topology.h"
#include "topologyscene.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QUndoStack>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::DiagramExport", text);
}

/// Scene units are CSS pixels: 96 to the inch.
constexpr qreal sceneDpi = 96.0;

QByteArray renderSvg(TopologyScene &scene)
{
    const QRectF source = scene.diagramRect();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setResolution(int(sceneDpi));
    // QSvgGenerator (Qt 6.4) writes <title> and <desc> unescaped, while it
    // escapes painted text: a project title such as "</title><script>" must
    // not become markup.
    const QString title = scene.topology()->project().title;
    generator.setTitle((title.isEmpty() ? tr("Portolan flow diagram") : title).toHtmlEscaped());
    generator.setDescription(tr("Firewall flows: %1")
                                 .arg(scene.topology()->catalog().name().text(QStringLiteral("en")))
                                 .toHtmlEscaped());
    QPainter painter(&generator);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return buffer.data();
}

QByteArray renderPng(TopologyScene &scene, int dpi, QString *error)
{
    const QRectF source = scene.diagramRect();
    const qreal scale = dpi / sceneDpi;
    const QSize size = (source.size() * scale).toSize();
    // QImage stores at most 2^31 bytes; refuse sizes it cannot allocate.
    if (size.isEmpty() || qint64(size.width()) * size.height() > (qint64(1) << 29)) {
        *error = tr("the diagram is too large for a PNG at %1 dpi (%2 × %3 pixels); choose a "
                    "lower resolution or SVG")
                     .arg(dpi)
                     .arg(size.width())
                     .arg(size.height());
        return {};
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    painter.end();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

/// Empty if options.progress cancelled the document (sets @p cancelled).
QByteArray renderPdf(TopologyScene &scene, const DiagramExportOptions &options, bool *cancelled)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(options.pageSize, options.orientation,
                                     options.marginsMillimetres, QPageLayout::Millimeter));
    const QString title = scene.topology()->project().title;
    writer.setTitle(title.isEmpty() ? tr("Portolan flow diagram") : title);
    writer.setCreator(QStringLiteral("Portolan %1").arg(QCoreApplication::applicationVersion()));
    FlowDocument document(*scene.topology(), scene, options.document);
    document.setProgress(options.progress);
    switch (document.print(&writer)) {
    case FlowDocument::PrintResult::Printed:
        return buffer.data();
    case FlowDocument::PrintResult::Cancelled:
        *cancelled = true;
        break;
    case FlowDocument::PrintResult::Failed:
        break;
    }
    return {};
}

} // namespace

std::optional<DiagramFormat> diagramFormatForName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("svg") || lower.endsWith(QLatin1String(".svg")))
        return DiagramFormat::Svg;
    if (lower == QLatin1String("pdf") || lower.endsWith(QLatin1String(".pdf")))
        return DiagramFormat::Pdf;
    if (lower == QLatin1String("png") || lower.endsWith(QLatin1String(".png")))
        return DiagramFormat::Png;
    return std::nullopt;
}

bool exportDiagram(TopologyScene &scene, DiagramFormat format, const QString &path,
                   const DiagramExportOptions &options, QString *error)
{
    QString why;
    QByteArray data;
    bool cancelled = false;
    switch (format) {
    case DiagramFormat::Svg:
        scene.setExportMode(true);
        data = renderSvg(scene);
        scene.setExportMode(false);
        break;
    case DiagramFormat::Png:
        scene.setExportMode(true);
        data = renderPng(scene, options.dpi, &why);
        scene.setExportMode(false);
        break;
    case DiagramFormat::Pdf:
        // FlowDocument switches export mode on for the diagram page alone.
        data = renderPdf(scene, options, &cancelled);
        break;
    }
    if (cancelled) {
        if (error)
            error->clear();
        return false; // nothing was written: the buffer is dropped
    }
    if (data.isEmpty()) {
        if (error)
            *error = tr("%1: cannot export: %2")
                         .arg(path, why.isEmpty() ? tr("nothing was rendered") : why);
        return false;
    }
    return ProjectFile::writeFileAtomically(path, data, error);
}

bool exportDiagram(Topology &topology, DiagramFormat format, const QString &path,
                   const DiagramExportOptions &options, QString *error)
{
    QUndoStack undoStack;
    TopologyScene scene(&topology, &undoStack);
    // Role and flow family names in the document's language, as its tables.
    if (!options.document.language.isEmpty())
        scene.setLanguage(options.document.language);
    return exportDiagram(scene, format, path, options, error);
}

} // namespace Portolan
