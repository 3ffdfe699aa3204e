#pragma once

#include "csvexport.h"

#include <QObject>

class QAction;
class QWidget;

namespace Portolan {

class Document;
class TopologyScene;

/// File ▸ Export Rule Sheet, Export Diagram, Print and Print Preview of one
/// window: their dialogs, and the progress dialogs with Cancel that keep the
/// window responsive while a large sheet is written or a long document is
/// laid out and painted.
///
/// Dialogs open over @p window; the diagram and the printed pages are drawn
/// from @p scene. Nothing is half-written: a cancelled or failed export leaves
/// an existing file as it was.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    /// @p language ("en" or "de") selects the catalog texts of the outputs.
    ExportActions(Document *document, TopologyScene *scene, const QString &language,
                  QWidget *window);
    ~ExportActions() override;

    QAction *exportRuleSheetAction() const { return m_exportCsvAction; }
    QAction *exportDiagramAction() const { return m_exportDiagramAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *printPreviewAction() const { return m_printPreviewAction; }

    /// Writes the rule sheet of all rules to @p path atomically; a large one on
    /// a worker thread behind a progress dialog.
    /// False with an empty @p error if the user cancelled.
    bool exportRuleSheet(const QString &path, const CsvOptions &options, QString *error);

Q_SIGNALS:
    /// Before anything is written: a field that is being edited commits its text first.
    void pendingEditsNeeded();
    /// A short message for the status bar, shown for @p timeout milliseconds.
    void statusMessage(const QString &text, int timeout);

private:
    void fileExportRuleSheet();
    void fileExportDiagram();
    void filePrint();
    void filePrintPreview();

    Document *m_document;
    TopologyScene *m_scene;
    QString m_language;
    QWidget *m_window;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportDiagramAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
};

} // namespace Portolan
