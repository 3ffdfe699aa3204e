#pragma once

#include "flowdocument.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

namespace Portolan {

class OutputRegistry;
class Topology;

enum class DiagramFormat { Svg, Pdf, Png };

struct DiagramExportOptions
{
    DocumentOptions document;
    int dpi = 300; ///< PNG resolution
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QMarginsF marginsMillimetres = QMarginsF(12, 12, 12, 12);
    /// PDF only: told how far the document got (FlowDocument::setProgress);
    /// returning false cancels the export.
    DocumentProgress progress;
};

/// The format for a file name's extension (svg, pdf, png), if it is one.
std::optional<DiagramFormat> diagramFormatForName(const QString &name);

/// The page size named @p name (A4, A3, Letter, Legal; any case), if it is one.
std::optional<QPageSize> pageSizeForName(const QString &name);

/// Renders @p scene in @p format to @p device. False on failure with @p error
/// set, or with @p error empty if options.progress cancelled the PDF.
bool writeDiagram(TopologyScene &scene, DiagramFormat format, const DiagramExportOptions &options,
                  QIODevice *device, QString *error);

/// Exports the flow diagram of @p topology: SVG and PNG hold the diagram with
/// its legend (text stays text in SVG), PDF the whole paginated document.
/// The file is written atomically ("-" writes standard output); on failure
/// nothing is created or changed and @p error names the file and the cause.
/// A PDF export cancelled by options.progress returns false with @p error
/// empty and likewise leaves the file alone: nothing is written until the
/// whole document is painted.
/// Needs a QApplication (an offscreen one is enough).
bool exportDiagram(Topology &topology, DiagramFormat format, const QString &path,
                   const DiagramExportOptions &options, QString *error);

/// The same, rendering the given scene (the window's, so nothing is rebuilt).
bool exportDiagram(TopologyScene &scene, DiagramFormat format, const QString &path,
                   const DiagramExportOptions &options, QString *error);

/// Registers SVG, PDF and PNG in @p registry.
void registerDiagramOutputs(OutputRegistry &registry);

} // namespace Portolan
