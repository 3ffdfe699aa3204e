#include "guibenchmark.h"

#include "arrowitem.h"
#include "canvasview.h"
#include "hostitem.h"
#include "ruletablemodel.h"
#include "topology.h"
#include "topologyscene.h"

#include <QImage>
#include <QPainter>
#include <QUndoStack>

namespace Portolan {

namespace {

/// The host to drag: the first Director, which joins the most arrows.
QString draggedHostId(const Project &project)
{
    for (const Host &host : project.hosts) {
        if (host.role == QLatin1String("director"))
            return host.id;
    }
    return project.hosts.empty() ? QString() : project.hosts.front().id;
}

void measureScene(const Project &project, const std::shared_ptr<const Catalog> &catalog,
                  GuiResult *result)
{
    QUndoStack undoStack;
    std::unique_ptr<Topology> topology;
    std::unique_ptr<TopologyScene> scene;
    result->sceneBuild = measure(
        [&] {
            scene = std::make_unique<TopologyScene>(topology.get(), &undoStack);
            scene->flushPendingLayout();
        },
        [&] {
            scene.reset();
            topology = std::make_unique<Topology>();
            topology->reset(project, catalog);
        });
    result->arrows = int(scene->arrowItems().size());

    resetPeakMemory();
    const qint64 before = statusKiB("VmRSS");
    CanvasView view(scene.get());
    view.resize(1600, 1000);
    view.show();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    result->firstPaint = measure([&] {
        view.fitAll();
        image.fill(Qt::white);
        view.viewport()->render(&image);
    });
    result->scenePeakKiB = statusKiB("VmHWM") - before;

    HostItem *item = scene->hostItem(draggedHostId(project));
    if (!item)
        return;
    int step = 0;
    result->dragStep = measure([&] {
        // Back and forth, so that the layout does not drift over many runs.
        const qreal sign = step++ % 2 ? -1 : 1;
        item->setPos(item->pos() + QPointF(7 * sign, 3 * sign));
        scene->flushPendingLayout();
        view.viewport()->render(&image);
    });
    result->sceneMeasured = true;
}

void measureTable(const Project &project, const std::shared_ptr<const Catalog> &catalog,
                  GuiResult *result)
{
    Topology topology;
    topology.reset(project, catalog);
    topology.rules(); // derived once, as the window does before showing the table
    std::unique_ptr<RuleTableModel> model;
    result->tableReset =
        measure([&] { model = std::make_unique<RuleTableModel>(&topology, QStringLiteral("en")); },
                [&] { model.reset(); });
    result->tableRows = model->rowCount();
    result->tableSort =
        measure([&] { model->sort(RuleTableModel::DestinationHostColumn, Qt::DescendingOrder); },
                [&] { model->sort(-1); });
    result->tableFilter =
        measure([&] { model->setFilter(QStringLiteral("dir-0"), QString(), QString()); },
                [&] { model->setFilter(QString(), QString(), QString()); });
}

} // namespace

GuiResult measureGui(const Project &project, const std::shared_ptr<const Catalog> &catalog,
                     bool withScene)
{
    GuiResult result;
    if (withScene)
        measureScene(project, catalog, &result);
    measureTable(project, catalog, &result);
    return result;
}

} // namespace Portolan
