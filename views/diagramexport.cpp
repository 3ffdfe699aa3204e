#include "diagramexport.h"

#include "outputformat.h"
#include "savefile.h"
#include "topology.h"
#include "topologyscene.h"

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

bool renderSvg(TopologyScene &scene, QIODevice *device)
{
    const QRectF source = scene.diagramRect();
    QSvgGenerator generator;
    generator.setOutputDevice(device);
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
    return painter.end();
}

bool renderPng(TopologyScene &scene, int dpi, QIODevice *device, QString *error)
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
        return false;
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
    return image.save(device, "PNG");
}

/// False if options.progress cancelled the document (sets @p cancelled) or it failed.
bool renderPdf(TopologyScene &scene, const DiagramExportOptions &options, QIODevice *device,
               bool *cancelled)
{
    QPdfWriter writer(device);
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
        return true;
    case FlowDocument::PrintResult::Cancelled:
        *cancelled = true;
        break;
    case FlowDocument::PrintResult::Failed:
        break;
    }
    return false;
}

/// The scene to render: the job's canvas, or a new one in the document's language.
class SceneForJob
{
public:
    SceneForJob(Topology &topology, QObject *canvas, const QString &language)
        : m_scene(qobject_cast<TopologyScene *>(canvas))
    {
        if (!m_scene) {
            m_own = std::make_unique<TopologyScene>(&topology, &m_undoStack);
            // Role and flow family names in the document's language, as its tables.
            if (!language.isEmpty())
                m_own->setLanguage(language);
            m_scene = m_own.get();
        }
    }
    TopologyScene &scene() { return *m_scene; }

private:
    QUndoStack m_undoStack;
    std::unique_ptr<TopologyScene> m_own;
    TopologyScene *m_scene;
};

/// SVG, PDF and PNG as entries of the output registry.
class DiagramOutput : public OutputFormat
{
public:
    explicit DiagramOutput(DiagramFormat format)
        : m_format(format)
    {}

    QString id() const override { return suffixes().constFirst(); }
    LocalizedText description() const override
    {
        switch (m_format) {
        case DiagramFormat::Svg:
            return {
                QStringLiteral("Flow diagram with its legend (SVG; names and ports stay text)"),
                QStringLiteral("Flussdiagramm mit Legende (SVG; Namen und Ports bleiben Text)")};
        case DiagramFormat::Pdf:
            return {QStringLiteral("Change-request document: title block, diagram, rule table, "
                                   "host list (PDF)"),
                    QStringLiteral("Dokument für den Änderungsantrag: Titelblock, Diagramm, "
                                   "Regeltabelle, Hostliste (PDF)")};
        case DiagramFormat::Png:
            return {QStringLiteral("Flow diagram with its legend (PNG image)"),
                    QStringLiteral("Flussdiagramm mit Legende (PNG-Bild)")};
        }
        return {};
    }
    QStringList suffixes() const override
    {
        switch (m_format) {
        case DiagramFormat::Svg:
            return {QStringLiteral("svg")};
        case DiagramFormat::Pdf:
            return {QStringLiteral("pdf")};
        case DiagramFormat::Png:
            return {QStringLiteral("png")};
        }
        return {};
    }
    bool needsPainting() const override { return true; }
    bool write(const OutputJob &job, QIODevice *device, QString *error) const override
    {
        DiagramExportOptions options;
        options.document.language = job.options.language;
        options.document.includeHostList = job.options.includeHostList;
        options.dpi = job.options.dpi;
        options.pageSize = pageSizeForName(job.options.pageSize).value_or(QPageSize(QPageSize::A4));
        options.orientation = job.options.portrait ? QPageLayout::Portrait : QPageLayout::Landscape;
        options.progress = job.progress;
        SceneForJob scene(job.topology, job.canvas, job.options.language);
        return writeDiagram(scene.scene(), m_format, options, device, error);
    }

private:
    DiagramFormat m_format;
};

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

std::optional<QPageSize> pageSizeForName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    if (lower == QLatin1String("a3"))
        return QPageSize(QPageSize::A3);
    if (lower == QLatin1String("letter"))
        return QPageSize(QPageSize::Letter);
    if (lower == QLatin1String("legal"))
        return QPageSize(QPageSize::Legal);
    return std::nullopt;
}

bool writeDiagram(TopologyScene &scene, DiagramFormat format, const DiagramExportOptions &options,
                  QIODevice *device, QString *error)
{
    QString why;
    bool written = false;
    bool cancelled = false;
    switch (format) {
    case DiagramFormat::Svg:
        scene.setExportMode(true);
        written = renderSvg(scene, device);
        scene.setExportMode(false);
        break;
    case DiagramFormat::Png:
        scene.setExportMode(true);
        written = renderPng(scene, options.dpi, device, &why);
        scene.setExportMode(false);
        break;
    case DiagramFormat::Pdf:
        // FlowDocument switches export mode on for the diagram page alone.
        written = renderPdf(scene, options, device, &cancelled);
        break;
    }
    if (error) {
        if (cancelled)
            error->clear(); // the caller discards what was written
        else if (!written && !why.isEmpty())
            *error = tr("cannot export: %1").arg(why);
        else if (!written)
            *error = tr("cannot export: nothing was rendered");
    }
    return written;
}

bool exportDiagram(TopologyScene &scene, DiagramFormat format, const QString &path,
                   const DiagramExportOptions &options, QString *error)
{
    QString why;
    const bool written = writeAtomically(
        path,
        [&](QIODevice *device, QString *failure) {
            return writeDiagram(scene, format, options, device, failure);
        },
        &why);
    if (!written && error)
        *error = why.isEmpty() || why.startsWith(path) ? why : path + QStringLiteral(": ") + why;
    return written;
}

bool exportDiagram(Topology &topology, DiagramFormat format, const QString &path,
                   const DiagramExportOptions &options, QString *error)
{
    SceneForJob scene(topology, nullptr, options.document.language);
    return exportDiagram(scene.scene(), format, path, options, error);
}

void registerDiagramOutputs(OutputRegistry &registry)
{
    for (DiagramFormat format : {DiagramFormat::Svg, DiagramFormat::Pdf, DiagramFormat::Png})
        registry.add(std::make_unique<DiagramOutput>(format));
}

} // namespace Portolan
