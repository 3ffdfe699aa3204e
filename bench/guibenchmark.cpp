#include "guibenchmark.h"

#include "arrowitem.h"
#include "canvasclipboard.h"
#include "canvasview.h"
#include "hostitem.h"
#include "projectfile.h"
#include "ruletablemodel.h"
#include "topology.h"
#include "topologygenerator.h"
#include "topologyscene.h"
#include "undocommands.h"

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

/// Everything the window holds for one open project.
struct OpenWindow
{
    QUndoStack undoStack;
    Topology topology;
    std::unique_ptr<RuleTableModel> table;
    std::unique_ptr<TopologyScene> scene;
    std::unique_ptr<CanvasView> view;
};

void paint(CanvasView &view, QImage *image)
{
    image->fill(Qt::white);
    view.viewport()->render(image);
}

void measureScene(const Project &project, const std::shared_ptr<const Catalog> &catalog,
                  GuiResult *result)
{
    const QByteArray file = ProjectFile::serialize(project);
    QImage image(QSize(1600, 1000), QImage::Format_ARGB32_Premultiplied);
    std::unique_ptr<OpenWindow> window;

    // Opening a file as the window does: parse, derive the rules for the rule
    // table, build the canvas and paint it with the whole diagram in view.
    resetPeakMemory();
    const qint64 before = statusKiB("VmRSS");
    result->open = measure(
        [&] {
            window = std::make_unique<OpenWindow>();
            Project opened;
            QString error;
            if (!ProjectFile::parse(file, QStringLiteral("bench"), &opened, &error))
                qFatal("%s", qPrintable(error));
            window->topology.reset(std::move(opened), catalog);
            window->topology.rules();
            window->table =
                std::make_unique<RuleTableModel>(&window->topology, QStringLiteral("en"));
            window->scene = std::make_unique<TopologyScene>(&window->topology, &window->undoStack);
            window->view = std::make_unique<CanvasView>(window->scene.get());
            window->view->resize(image.size());
            window->view->show();
            window->scene->flushPendingLayout();
            window->view->fitAll();
            paint(*window->view, &image);
        },
        [&] { window.reset(); });
    result->scenePeakKiB = statusKiB("VmHWM") - before;
    window.reset();

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
    result->bundles = int(scene->bundleItems().size());

    CanvasView view(scene.get());
    view.resize(image.size());
    view.show();
    result->firstPaint = measure([&] {
        view.fitAll();
        paint(view, &image);
    });

    HostItem *item = scene->hostItem(draggedHostId(project));
    if (!item)
        return;
    result->zoomPaint = measure([&] {
        view.setZoom(1);
        view.centerOn(item);
        paint(view, &image);
    });
    view.fitAll();
    result->selectStep = measure(
        [&] {
            scene->selectHosts({item->hostId()});
            scene->flushPendingLayout();
            paint(view, &image);
        },
        [&] {
            scene->selectHosts({});
            scene->flushPendingLayout();
        });
    result->shownArrows = int(scene->arrowItems().size());
    int step = 0;
    result->dragStep = measure([&] {
        // Back and forth, so that the layout does not drift over many runs.
        const qreal sign = step++ % 2 ? -1 : 1;
        item->setPos(item->pos() + QPointF(7 * sign, 3 * sign));
        scene->flushPendingLayout();
        paint(view, &image);
    });
    result->dragMove = measure([&] {
        const qreal sign = step++ % 2 ? -1 : 1;
        item->setPos(item->pos() + QPointF(7 * sign, 3 * sign));
        scene->flushPendingLayout();
    });
    scene->selectHosts({});
    result->arrange = measure(
        [&] {
            scene->arrangeByRole();
            scene->flushPendingLayout();
        },
        [&] {
            // Hosts off their columns first, so that arranging moves every one.
            QHash<QString, QPointF> scattered;
            for (int i = 0; i < topology->hostCount(); ++i) {
                const Host &host = topology->host(i);
                scattered.insert(host.id, host.position + QPointF(40 * (i % 7), 30 * (i % 5)));
            }
            undoStack.push(new MoveHostsCommand(topology.get(), scattered, QString()));
            scene->flushPendingLayout();
        });
    result->sceneMeasured = true;
}

/// How many hosts the paste benchmark pastes.
constexpr int pastedHostCount = 1000;

/// Pastes pastedHostCount hosts (copied from another window) into @p project
/// as Edit ▸ Paste does: one undo step, the rule table and the canvas follow,
/// the pasted hosts end up selected and painted.
void measurePaste(const Project &project, const std::shared_ptr<const Catalog> &catalog,
                  GuiResult *result)
{
    // The clipboard: the first hosts of a larger generated topology, whose
    // names and places clash with the project's (the paste renames and moves them).
    Project source = TopologyGenerator(2).generate(
        (pastedHostCount + TopologyGenerator::hostsPerSite - 1) / TopologyGenerator::hostsPerSite);
    source.hosts.resize(pastedHostCount);
    QStringList sourceIds;
    for (const Host &host : source.hosts)
        sourceIds << host.id;
    {
        QUndoStack sourceStack;
        Topology sourceTopology;
        sourceTopology.reset(std::move(source), catalog);
        TopologyScene sourceScene(&sourceTopology, &sourceStack);
        sourceScene.selectHosts(sourceIds);
        CanvasClipboard(&sourceScene).copySelection();
    }

    OpenWindow window;
    window.topology.reset(project, catalog);
    window.table = std::make_unique<RuleTableModel>(&window.topology, QStringLiteral("en"));
    window.scene = std::make_unique<TopologyScene>(&window.topology, &window.undoStack);
    window.view = std::make_unique<CanvasView>(window.scene.get());
    QImage image(QSize(1600, 1000), QImage::Format_ARGB32_Premultiplied);
    window.view->resize(image.size());
    window.view->show();
    window.scene->flushPendingLayout();
    window.view->fitAll();
    paint(*window.view, &image);
    CanvasClipboard clipboard(window.scene.get());
    auto paste = [&] {
        clipboard.paste();
        window.scene->flushPendingLayout();
        paint(*window.view, &image);
    };
    const int before = window.topology.hostCount();
    const quint64 derivations = window.topology.ruleDerivations();
    paste();
    result->pasteDerivations = window.topology.ruleDerivations() - derivations;
    result->pastedHosts = window.topology.hostCount() - before;
    result->paste = measure(paste, [&] {
        window.undoStack.undo(); // back to the project as it was
        window.undoStack.clear();
        window.scene->flushPendingLayout();
    });
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
    result->tableSort = measure(
        [&] { model->sort(model->columnOf(RuleColumn::DestinationHost), Qt::DescendingOrder); },
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
    if (withScene) {
        measureScene(project, catalog, &result);
        measurePaste(project, catalog, &result);
    }
    measureTable(project, catalog, &result);
    return result;
}

} // namespace Portolan
