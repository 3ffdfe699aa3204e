// Renders the canvas on the built-in sample (or a project file) to a PNG, as
// the planner shows it: canvasshot OUT.png [WIDTHxHEIGHT] [PROJECT] [--arrange]
// [--select HOST-ID] [--zoom FACTOR] [--export]. With --export, the scene is
// rendered as printing and diagram export do (no view, export mode, at 2x).
// For README screenshots and for looking at the drawing while working on it.

#include "canvasview.h"
#include "catalogregistry.h"
#include "projectfile.h"
#include "topology.h"
#include "topologyscene.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QUndoStack>

#include <cstdio>

using namespace Portolan;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: canvasshot OUT.png [WIDTHxHEIGHT] [PROJECT] [--arrange] "
                             "[--select HOST-ID] [--zoom FACTOR] [--export]\n");
        return 2;
    }
    QSize size(1280, 800);
    QString projectPath = QStringLiteral(":/samples/single-director.json");
    bool arrange = false;
    bool exportMode = false;
    QStringList select;
    qreal zoom = 0;
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--arrange")) {
            arrange = true;
        } else if (arg == QLatin1String("--export")) {
            exportMode = true;
        } else if (arg == QLatin1String("--select") && i + 1 < args.size()) {
            select << args[++i];
        } else if (arg == QLatin1String("--zoom") && i + 1 < args.size()) {
            zoom = args[++i].toDouble();
        } else if (arg.contains(u'x') && arg.split(u'x').size() == 2 &&
                   arg.split(u'x')[0].toInt() > 0) {
            size = QSize(arg.split(u'x')[0].toInt(), arg.split(u'x')[1].toInt());
        } else {
            projectPath = arg;
        }
    }

    QFile file(projectPath);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "canvasshot: cannot open %s\n", qPrintable(projectPath));
        return 1;
    }
    Project project;
    QString error;
    if (!ProjectFile::parse(file.readAll(), projectPath, &project, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    auto catalog = catalogForProject(project, &error);
    if (!catalog) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Topology topology;
    QUndoStack undo;
    TopologyScene scene(&topology, &undo);
    topology.reset(std::move(project), catalog);
    if (arrange)
        scene.arrangeByRole();
    if (exportMode) {
        scene.selectHosts(select); // export mode must not show it
        scene.setExportMode(true);
        const QRectF source = scene.diagramRect();
        QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), source);
        painter.end();
        return image.save(args[1]) ? 0 : 1;
    }
    CanvasView view(&scene);
    view.resize(size);
    view.show();
    QCoreApplication::processEvents();
    scene.flushPendingLayout();
    scene.selectHosts(select);
    view.fitAll();
    if (zoom > 0)
        view.setZoom(zoom);
    QCoreApplication::processEvents();
    if (!view.grab().save(args[1])) {
        std::fprintf(stderr, "canvasshot: cannot write %s\n", qPrintable(args[1]));
        return 1;
    }
    return 0;
}
