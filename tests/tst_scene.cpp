#include "anymarkeritem.h"
#include "arrowitem.h"
#include "arrowlabelitem.h"
#include "arrowlayeritem.h"
#include "canvasclipboard.h"
#include "canvasview.h"
#include "catalogregistry.h"
#include "diagramexport.h"
#include "hostitem.h"
#include "layout.h"
#include "projectfile.h"
#include "rolepalette.h"
#include "rules.h"
#include "testsupport.h"
#include "topology.h"
#include "topologyscene.h"
#include "undocommands.h"

#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QGraphicsSceneDragDropEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <map>
#include <memory>
#include <tuple>

using namespace Portolan;

namespace {

using TestSupport::sampleProject;

/// Distance from @p point to the border of @p rect (0 on the border).
qreal distanceToBorder(const QRectF &rect, const QPointF &point)
{
    const qreal dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
    const qreal dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return std::min({point.x() - rect.left(), rect.right() - point.x(), point.y() - rect.top(),
                     rect.bottom() - point.y()});
}

/// The palette's drag data, as its QDrag would carry it.
struct PaletteAccess : RolePalette
{
    using RolePalette::mimeData;
    using RolePalette::mimeTypes;
    using RolePalette::RolePalette;
};

using ArrowKey = std::tuple<QString, QString, int>; // source id ("" for any), destination, family

std::map<ArrowKey, std::pair<QPointF, QPointF>> arrowEnds(TopologyScene *scene)
{
    std::map<ArrowKey, std::pair<QPointF, QPointF>> ends;
    for (ArrowItem *arrow : scene->arrowItems())
        ends[{arrow->pair().source, arrow->pair().destination, arrow->family()}] = {
            arrow->startPoint(), arrow->endPoint()};
    return ends;
}

} // namespace

class TestScene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void paletteListsHostRoles();
    void dropAddsHost_data();
    void dropAddsHost();
    void dropWithSnap();
    void dropOfUnknownRoleIsRefused();
    void arrowsMatchConnections();
    void bothDirectionsAreApart();
    void labelsDoNotOverlap();
    void moveByMouseIsOneUndoStep();
    void arrowsBendAroundHosts();
    void multipleSelectedMoveTogether();
    void editIsOneUndoStep_data();
    void editIsOneUndoStep();
    void pasteIntoAnotherProjectKeepsNames();
    void hostSelectionHighlightsItsArrows();
    void arrowSelectionEmitsPairs();
    void arrowLayerPaintsSelectionAndHover();
    void exportModeAndDiagramRect();
    void missingAddressIsMarked();
    void longNamesKeepCardsApart();
    void zoomAndFit();
    void largeProject();

private:
    std::unique_ptr<Topology> m_topology;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<TopologyScene> m_scene;
    std::unique_ptr<CanvasView> m_view;
    QByteArray m_original;

    CanvasView *showView();
    QByteArray serialized() const { return ProjectFile::serialize(m_topology->project()); }
};

void TestScene::init()
{
    Project project = sampleProject();
    auto catalog = catalogForProject(project);
    QVERIFY(catalog);
    m_topology = std::make_unique<Topology>();
    m_undo = std::make_unique<QUndoStack>();
    m_scene = std::make_unique<TopologyScene>(m_topology.get(), m_undo.get());
    m_scene->setLanguage(QStringLiteral("en"));
    m_topology->reset(std::move(project), catalog);
    m_scene->flushPendingLayout();
    m_original = serialized();
}

void TestScene::cleanup()
{
    m_view.reset();
    m_scene.reset();
    m_undo.reset();
    m_topology.reset();
}

CanvasView *TestScene::showView()
{
    m_view = std::make_unique<CanvasView>(m_scene.get());
    m_view->resize(1280, 800);
    m_view->show();
    if (!QTest::qWaitForWindowExposed(m_view.get()))
        return nullptr;
    m_view->fitAll();
    QCoreApplication::processEvents();
    return m_view.get();
}

void TestScene::paletteListsHostRoles()
{
    const Catalog &catalog = m_topology->catalog();
    RolePalette palette(catalog, QStringLiteral("de"));
    const QList<int> roles = catalog.hostRoles();
    QCOMPARE(palette.count(), roles.size());
    QCOMPARE(palette.count(), 6);
    for (int i = 0; i < palette.count(); ++i) {
        const Role &role = catalog.roles()[roles[i]];
        QListWidgetItem *item = palette.item(i);
        QCOMPARE(item->text(), role.name.de);
        QVERIFY(!item->icon().isNull());
        QVERIFY(!roleIcon(role.id).pixmap(24, 24).isNull());
        QVERIFY(!item->toolTip().isEmpty());
    }
    QCOMPARE(palette.item(1)->text(), QStringLiteral("Director"));

    // Enter on the current entry activates its role.
    QSignalSpy activated(&palette, &RolePalette::roleActivated);
    palette.setCurrentRow(1);
    QTest::keyClick(&palette, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("director"));
}

void TestScene::dropAddsHost_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QPoint>("viewportPoint");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("reverse proxy") << "reverse-proxy" << QPoint(100, 700) << "RP-01";
    QTest::newRow("director") << "director" << QPoint(640, 400) << "DIR-01";
    QTest::newRow("front-end pool") << "front-end-pool" << QPoint(1200, 90) << "FEPOOL-01";
    QTest::newRow("front-end server") << "front-end-server" << QPoint(1000, 760) << "FE-01";
    QTest::newRow("edge") << "edge-internal" << QPoint(333, 222) << "EDGE-01";
    QTest::newRow("clients") << "internal-clients" << QPoint(20, 400) << "CLIENTS-01";
}

void TestScene::dropAddsHost()
{
    QFETCH(QString, role);
    QFETCH(QPoint, viewportPoint);
    QFETCH(QString, expectedName);
    CanvasView *view = showView();
    QVERIFY(view);
    const int before = m_topology->hostCount();
    const QPointF scenePoint = view->mapToScene(viewportPoint);

    // The palette's own MIME data, delivered as the window system would.
    PaletteAccess palette(m_topology->catalog(), QStringLiteral("en"));
    QListWidgetItem *entry = nullptr;
    for (int i = 0; i < palette.count(); ++i) {
        if (palette.item(i)->data(Qt::UserRole + 1).toString() == role)
            entry = palette.item(i);
    }
    QVERIFY(entry);
    QCOMPARE(palette.mimeTypes(), QStringList{QString::fromLatin1(roleMimeType)});
    std::unique_ptr<QMimeData> mime(palette.mimeData({entry}));
    QVERIFY(mime);
    QCOMPARE(mime->data(QString::fromLatin1(roleMimeType)), role.toUtf8());

    QDragEnterEvent enter(viewportPoint, Qt::CopyAction, mime.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(viewportPoint, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(viewportPoint), Qt::CopyAction, mime.get(), Qt::LeftButton,
                    Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(drop.dropAction(), Qt::CopyAction);

    QCOMPARE(m_topology->hostCount(), before + 1);
    const Host &added = m_topology->host(before);
    QCOMPARE(added.role, role);
    QCOMPARE(added.name, expectedName);
    QCOMPARE(added.position, scenePoint);
    QVERIFY(added.addresses.isEmpty());
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_scene->selectedHostIds(), QStringList{added.id});
    HostItem *item = m_scene->hostItem(added.id);
    QVERIFY(item);
    QCOMPARE(item->pos(), scenePoint);

    m_undo->undo();
    QCOMPARE(m_topology->hostCount(), before);
    QVERIFY(!m_scene->hostItem(added.id));
    QCOMPARE(serialized(), m_original);
}

void TestScene::dropWithSnap()
{
    m_scene->setSnapToGrid(true);
    const QPointF point(133.0, 251.0);
    const QString id = m_scene->addHostAt(QStringLiteral("director"), point);
    QVERIFY(!id.isEmpty());
    const QPointF placed = m_topology->hostById(id)->position;
    QCOMPARE(placed, QPointF(140, 260));
    QVERIFY(std::abs(placed.x() - point.x()) <= 10 && std::abs(placed.y() - point.y()) <= 10);
    // The second one gets the next name.
    const QString second = m_scene->addHostAt(QStringLiteral("director"), QPointF(0, 600));
    QCOMPARE(m_topology->hostById(second)->name, QStringLiteral("DIR-02"));
    QCOMPARE(m_undo->count(), 2);
}

void TestScene::dropOfUnknownRoleIsRefused()
{
    QMimeData mime;
    mime.setData(QString::fromLatin1(roleMimeType), "any"); // a pseudo-role
    QGraphicsSceneDragDropEvent drop(QEvent::GraphicsSceneDrop);
    drop.setMimeData(&mime);
    drop.setScenePos(QPointF(10, 10));
    drop.setProposedAction(Qt::CopyAction);
    drop.setPossibleActions(Qt::CopyAction);
    QCoreApplication::sendEvent(m_scene.get(), &drop);
    QVERIFY(!drop.isAccepted());
    mime.setData(QString::fromLatin1(roleMimeType), "mail-server");
    QCoreApplication::sendEvent(m_scene.get(), &drop);
    QVERIFY(!drop.isAccepted());
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(serialized(), m_original);
}

void TestScene::arrowsMatchConnections()
{
    const Catalog &catalog = m_topology->catalog();
    std::map<ArrowKey, QList<int>> expected;
    for (const Connection &c : m_topology->connections()) {
        const QString source = c.source < 0 ? QString() : m_topology->host(c.source).id;
        for (int f : c.flows)
            expected[{source, m_topology->host(c.destination).id, catalog.flows()[f].family}]
                .append(f);
    }
    const QList<ArrowItem *> arrows = m_scene->arrowItems();
    // The sample: RP to Director and four Front-Ends, Director to four Front-Ends,
    // two client networks to the Director (web); Edge to and from the Director and
    // four Front-Ends (SIP); any to the Edge (logging).
    QCOMPARE(arrows.size(), 22);
    QCOMPARE(qsizetype(expected.size()), arrows.size());
    std::map<ArrowKey, int> seen;
    for (ArrowItem *arrow : arrows) {
        const ArrowKey key{arrow->pair().source, arrow->pair().destination, arrow->family()};
        QVERIFY2(expected.count(key), qPrintable(arrow->pair().source + QStringLiteral("->") +
                                                 arrow->pair().destination));
        QCOMPARE(++seen[key], 1);
        QCOMPARE(arrow->flows(), expected[key]);
        QCOMPARE(arrow->labelText(), portLabel(catalog, expected[key]));
        QVERIFY(arrow->label());
        QCOMPARE(arrow->label()->text(), arrow->labelText());
        QVERIFY(!arrow->isEmpty());

        HostItem *to = m_scene->hostItem(arrow->pair().destination);
        QVERIFY(to);
        QVERIFY2(distanceToBorder(to->sceneCardRect(), arrow->endPoint()) < 3.5,
                 qPrintable(arrow->pair().destination));
        if (arrow->isFromAny()) {
            QVERIFY(arrow->marker());
            QVERIFY(distanceToBorder(arrow->marker()->sceneRect(), arrow->startPoint()) < 2);
            QCOMPARE(arrow->pair().destination, QStringLiteral("edge1"));
            QCOMPARE(arrow->labelText(), QStringLiteral("TCP 50001, 50002, 50003"));
        } else {
            QVERIFY(!arrow->marker());
            HostItem *from = m_scene->hostItem(arrow->pair().source);
            QVERIFY(from);
            QVERIFY(distanceToBorder(from->sceneCardRect(), arrow->startPoint()) < 2);
        }
    }
    // Spot checks against the port table.
    const ArrowKey rpDirector{QStringLiteral("rp1"), QStringLiteral("dir1"), 0};
    QCOMPARE(portLabel(catalog, expected[rpDirector]), QStringLiteral("TCP 8080, 4443"));
    const ArrowKey directorFe{QStringLiteral("dir1"), QStringLiteral("fe2"), 0};
    QCOMPARE(portLabel(catalog, expected[directorFe]), QStringLiteral("TCP 444"));
}

void TestScene::bothDirectionsAreApart()
{
    // 5061 runs both ways between the Director and the Edge: the two arrows bend
    // to opposite sides, so their middles are well apart.
    ArrowItem *there = nullptr;
    ArrowItem *back = nullptr;
    for (ArrowItem *arrow : m_scene->arrowItems()) {
        if (arrow->pair() == HostPair{QStringLiteral("edge1"), QStringLiteral("dir1")})
            there = arrow;
        if (arrow->pair() == HostPair{QStringLiteral("dir1"), QStringLiteral("edge1")})
            back = arrow;
    }
    QVERIFY(there && back);
    QVERIFY(there->bend() != 0);
    const QPointF a = there->pointAt(0.5);
    const QPointF b = back->pointAt(0.5);
    QVERIFY2(std::hypot(a.x() - b.x(), a.y() - b.y()) > 20, "the two directions overlap");
    // Arrowheads at different hosts, and not on top of each other.
    QVERIFY(QLineF(there->endPoint(), back->endPoint()).length() > 50);
}

void TestScene::labelsDoNotOverlap()
{
    const QList<ArrowItem *> arrows = m_scene->arrowItems();
    QList<QRectF> labels;
    for (ArrowItem *arrow : arrows) {
        QVERIFY(arrow->label()->isVisible());
        labels << arrow->label()->sceneBoundingRect().adjusted(1, 1, -1, -1);
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels[i].intersects(labels[j]),
                     qPrintable(arrows[i]->labelText() + QStringLiteral(" / ") +
                                arrows[j]->labelText()));
        for (int h = 0; h < m_topology->hostCount(); ++h) {
            const QRectF card = m_scene->hostItem(m_topology->host(h).id)->sceneCardRect();
            QVERIFY2(!labels[i].intersects(card),
                     qPrintable(arrows[i]->labelText() + QStringLiteral(" on ") +
                                m_topology->host(h).name));
        }
    }
}

void TestScene::moveByMouseIsOneUndoStep()
{
    CanvasView *view = showView();
    QVERIFY(view);
    const auto before = arrowEnds(m_scene.get());
    HostItem *host = m_scene->hostItem(QStringLiteral("fe3"));
    QVERIFY(host);
    const QPointF start = host->pos();
    const QPoint press = view->mapFromScene(start);
    const QPoint delta(60, 30);

    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, press);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(view->viewport(), press + delta * step / 5);
    // While dragging, the arrows follow and nothing is committed yet.
    QVERIFY(host->pos() != start);
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(m_topology->hostById(QStringLiteral("fe3"))->position, start);
    const auto during = arrowEnds(m_scene.get());
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, press + delta);

    QCOMPARE(m_undo->count(), 1);
    const QPointF moved = m_topology->hostById(QStringLiteral("fe3"))->position;
    QCOMPARE(moved, host->pos());
    const QPointF expected = start + QPointF(delta) / view->zoom();
    QVERIFY2(QLineF(moved, expected).length() < 2.0 / view->zoom(),
             qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));

    const auto after = arrowEnds(m_scene.get());
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (const auto &[key, ends] : before) {
        const bool attached =
            std::get<0>(key) == QStringLiteral("fe3") || std::get<1>(key) == QStringLiteral("fe3");
        if (attached) {
            QVERIFY(during.at(key) != ends); // followed during the drag already
            QVERIFY(after.at(key) != ends);
            ++changed;
        } else {
            QCOMPARE(after.at(key), ends);
        }
    }
    // From the RP and the Director, to and from the Edge.
    QCOMPARE(changed, 4);

    m_undo->undo();
    QCOMPARE(host->pos(), start);
    QCOMPARE(serialized(), m_original);
    const auto undone = arrowEnds(m_scene.get());
    for (const auto &[key, ends] : before) {
        QVERIFY(QLineF(undone.at(key).first, ends.first).length() < 1e-6);
        QVERIFY(QLineF(undone.at(key).second, ends.second).length() < 1e-6);
    }
}

void TestScene::arrowsBendAroundHosts()
{
    auto cards = [this] {
        std::vector<QRectF> rects;
        for (int i = 0; i < m_topology->hostCount(); ++i)
            rects.push_back(m_scene->hostItem(m_topology->host(i).id)->sceneCardRect());
        return rects;
    };
    auto crossing = [&] {
        const auto rects = cards();
        QStringList crossed;
        for (ArrowItem *arrow : m_scene->arrowItems()) {
            const QRectF to = m_scene->hostItem(arrow->pair().destination)->sceneCardRect();
            const QRectF from = arrow->isFromAny()
                                    ? QRectF()
                                    : m_scene->hostItem(arrow->pair().source)->sceneCardRect();
            if (arrow->crosses(rects, from, to))
                crossed << arrow->pair().source + QStringLiteral("->") + arrow->pair().destination;
        }
        return crossed;
    };
    // In the sample no arrow passes behind a host it does not belong to ...
    QCOMPARE(crossing(), QStringList());
    // ... and when a host is put across an arrow, the arrow bends around it.
    ArrowItem *rpPool = nullptr;
    for (ArrowItem *arrow : m_scene->arrowItems()) {
        if (arrow->pair() == HostPair{QStringLiteral("rp1"), QStringLiteral("fepool")})
            rpPool = arrow;
    }
    QVERIFY(rpPool);
    QCOMPARE(rpPool->bend(), 0.0);
    m_undo->push(
        new MoveHostsCommand(m_topology.get(), {{QStringLiteral("clients-hq"), QPointF(540, 0)}}));
    m_scene->flushPendingLayout();
    QVERIFY(rpPool->bend() != 0.0);
    QCOMPARE(crossing(), QStringList());
    m_undo->undo();
    m_scene->flushPendingLayout();
    QCOMPARE(crossing(), QStringList());
    QCOMPARE(rpPool->bend(), 0.0); // the detour goes with the obstacle
}

void TestScene::multipleSelectedMoveTogether()
{
    CanvasView *view = showView();
    QVERIFY(view);
    m_scene->selectHosts({QStringLiteral("fe1"), QStringLiteral("fe2")});
    HostItem *fe1 = m_scene->hostItem(QStringLiteral("fe1"));
    HostItem *fe2 = m_scene->hostItem(QStringLiteral("fe2"));
    const QPointF start1 = fe1->pos();
    const QPointF start2 = fe2->pos();
    const QPoint press = view->mapFromScene(start1);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, press);
    QTest::mouseMove(view->viewport(), press + QPoint(0, 10));
    QTest::mouseMove(view->viewport(), press + QPoint(-40, 20));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, press + QPoint(-40, 20));
    QCOMPARE(m_undo->count(), 1);
    const QPointF d1 = m_topology->hostById(QStringLiteral("fe1"))->position - start1;
    const QPointF d2 = m_topology->hostById(QStringLiteral("fe2"))->position - start2;
    QVERIFY(d1.manhattanLength() > 10);
    QCOMPARE(d1, d2);
    QCOMPARE(m_topology->hostById(QStringLiteral("fe3"))->position, QPointF(800, 430));
    m_undo->undo();
    QCOMPARE(serialized(), m_original);
}

void TestScene::editIsOneUndoStep_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<int>("hostDelta");
    QTest::newRow("delete") << "delete" << -2;
    QTest::newRow("duplicate") << "duplicate" << 2;
    QTest::newRow("paste") << "paste" << 2;
    QTest::newRow("arrange") << "arrange" << 0;
}

void TestScene::editIsOneUndoStep()
{
    QFETCH(QString, edit);
    QFETCH(int, hostDelta);
    const int before = m_topology->hostCount();
    m_scene->selectHosts({QStringLiteral("fe2"), QStringLiteral("edge1")});
    QCOMPARE(m_scene->selectedHostIds(),
             (QStringList{QStringLiteral("edge1"), QStringLiteral("fe2")}));

    CanvasClipboard clipboard(m_scene.get());
    if (edit == QLatin1String("delete")) {
        m_scene->deleteSelection();
    } else if (edit == QLatin1String("duplicate")) {
        clipboard.duplicateSelection();
    } else if (edit == QLatin1String("paste")) {
        clipboard.copySelection();
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasFormat(QString::fromLatin1(hostsMimeType)));
        const QJsonDocument json =
            QJsonDocument::fromJson(mime->data(QString::fromLatin1(hostsMimeType)));
        QVERIFY(json.isArray());
        QCOMPARE(json.array().size(), 2);
        QCOMPARE(json.array().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("LYNC-EDGE-01"));
        QCOMPARE(m_undo->count(), 0); // copying changes nothing
        clipboard.paste();
    } else {
        m_scene->arrangeByRole();
    }
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_topology->hostCount(), before + hostDelta);
    const QByteArray after = serialized();
    QVERIFY(after != m_original);

    if (edit == QLatin1String("duplicate") || edit == QLatin1String("paste")) {
        const Host &edge = m_topology->host(before);
        const Host &fe = m_topology->host(before + 1);
        QCOMPARE(edge.role, QStringLiteral("edge-internal"));
        QCOMPARE(edge.name, QStringLiteral("LYNC-EDGE-02"));
        QCOMPARE(fe.name, QStringLiteral("LYNC-FE-04"));
        QVERIFY(edge.id != QStringLiteral("edge1") && fe.id != QStringLiteral("fe2"));
        QCOMPARE(edge.position, QPointF(300, 420));
        QCOMPARE(fe.position, QPointF(840, 340));
        QCOMPARE(edge.addresses, m_topology->hostById(QStringLiteral("edge1"))->addresses);
        QCOMPARE(m_scene->selectedHostIds(), (QStringList{edge.id, fe.id}));
        // The copies have their arrows too.
        int touching = 0;
        for (ArrowItem *arrow : m_scene->arrowItems())
            touching += arrow->pair().source == fe.id || arrow->pair().destination == fe.id;
        // From the RP and the Director; to and from the Edge and the Edge's copy.
        QCOMPARE(touching, 6);
    } else if (edit == QLatin1String("arrange")) {
        const auto positions = arrangeByRole(m_topology->catalog(), m_topology->project());
        for (int i = 0; i < m_topology->hostCount(); ++i)
            QCOMPARE(m_topology->host(i).position, positions.value(m_topology->host(i).id));
        QCOMPARE(m_undo->text(0), QStringLiteral("Arrange by role"));
        // Arranging what is arranged already adds no step.
        m_scene->arrangeByRole();
        QCOMPARE(m_undo->count(), 1);
    }

    m_undo->undo();
    QCOMPARE(serialized(), m_original);
    m_undo->redo();
    QCOMPARE(serialized(), after);
    m_undo->undo();
    QCOMPARE(serialized(), m_original);
    QCOMPARE(m_scene->arrowItems().size(), 22);
}

void TestScene::pasteIntoAnotherProjectKeepsNames()
{
    m_scene->selectHosts({QStringLiteral("dir1")});
    CanvasClipboard(m_scene.get()).copySelection();

    // A second window: an empty project of the same catalog.
    Project empty;
    empty.catalogIds = m_topology->project().catalogIds;
    Topology other;
    QUndoStack otherUndo;
    TopologyScene otherScene(&other, &otherUndo);
    CanvasClipboard otherClipboard(&otherScene);
    other.reset(empty, m_topology->catalogPointer());
    otherClipboard.paste();
    QCOMPARE(other.hostCount(), 1);
    QCOMPARE(other.host(0).name, QStringLiteral("LYNC-DIR-01"));
    QCOMPARE(other.host(0).addresses, m_topology->hostById(QStringLiteral("dir1"))->addresses);
    QCOMPARE(other.host(0).position, QPointF(560, 230));
    QCOMPARE(otherUndo.count(), 1);

    // Clipboard text that is not ours, or hosts of foreign roles, paste nothing.
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(hostsMimeType),
                  R"([{"id":"x","name":"MAIL","role":"mail-server","addresses":[]}])");
    QGuiApplication::clipboard()->setMimeData(mime);
    otherClipboard.paste();
    QCOMPARE(other.hostCount(), 1);
    auto *bad = new QMimeData;
    bad->setData(QString::fromLatin1(hostsMimeType),
                 R"([{"id":"x","name":"DIR","role":"director","addresses":["10.1"]}])");
    QGuiApplication::clipboard()->setMimeData(bad);
    otherClipboard.paste();
    QCOMPARE(other.hostCount(), 1);
    QCOMPARE(otherUndo.count(), 1);
}

void TestScene::hostSelectionHighlightsItsArrows()
{
    QSignalSpy hosts(m_scene.get(), &TopologyScene::hostSelectionChanged);
    m_scene->selectHosts({QStringLiteral("rp1")});
    QCOMPARE(hosts.size(), 1);
    QCOMPARE(hosts.first().first().toStringList(), QStringList{QStringLiteral("rp1")});
    int strong = 0;
    for (ArrowItem *arrow : m_scene->arrowItems()) {
        const bool attached = arrow->pair().source == QStringLiteral("rp1");
        QCOMPARE(arrow->emphasis(),
                 attached ? ArrowItem::Emphasis::Strong : ArrowItem::Emphasis::Dimmed);
        QCOMPARE(arrow->label()->opacity(), arrow->opacity());
        strong += attached;
    }
    QCOMPARE(strong, 5);
    m_scene->selectHosts({});
    for (ArrowItem *arrow : m_scene->arrowItems())
        QCOMPARE(arrow->emphasis(), ArrowItem::Emphasis::Normal);

    const QList<HostPair> pairs{{QString(), QStringLiteral("edge1")},
                                {QStringLiteral("fe3"), QStringLiteral("edge1")}};
    m_scene->highlightPairs(pairs);
    for (ArrowItem *arrow : m_scene->arrowItems())
        QCOMPARE(arrow->emphasis(), pairs.contains(arrow->pair()) ? ArrowItem::Emphasis::Strong
                                                                  : ArrowItem::Emphasis::Dimmed);
    m_scene->highlightPairs({});
    for (ArrowItem *arrow : m_scene->arrowItems())
        QCOMPARE(arrow->emphasis(), ArrowItem::Emphasis::Normal);
}

void TestScene::arrowSelectionEmitsPairs()
{
    CanvasView *view = showView();
    QVERIFY(view);
    QSignalSpy pairs(m_scene.get(), &TopologyScene::pairSelectionChanged);
    ArrowItem *target = nullptr;
    for (ArrowItem *arrow : m_scene->arrowItems()) {
        if (arrow->pair() == HostPair{QStringLiteral("rp1"), QStringLiteral("dir1")})
            target = arrow;
    }
    QVERIFY(target);
    // Click the arrow's label: it selects the arrow.
    const QPoint click = view->mapFromScene(target->label()->sceneBoundingRect().center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, click);
    QVERIFY(target->isSelected());
    QCOMPARE(pairs.size(), 1);
    const auto selected = pairs.first().first().value<QList<HostPair>>();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().source, QStringLiteral("rp1"));
    QCOMPARE(selected.first().destination, QStringLiteral("dir1"));
    QCOMPARE(m_scene->selectedPairs().size(), 1);
    QVERIFY(target->toolTip().contains(QStringLiteral("HTTPS: TCP 4443")));
    QVERIFY(target->toolTip().contains(QStringLiteral("reverse proxy")));
    QCOMPARE(m_undo->count(), 0);
}

void TestScene::arrowLayerPaintsSelectionAndHover()
{
    CanvasView *view = showView();
    QVERIFY(view);
    ArrowItem *target = nullptr;
    for (ArrowItem *arrow : m_scene->arrowItems()) {
        if (arrow->pair() == HostPair{QStringLiteral("rp1"), QStringLiteral("dir1")})
            target = arrow;
    }
    QVERIFY(target);
    // One item paints every arrow and label; their own items only take input,
    // and the painting item takes none.
    QVERIFY(target->flags() & QGraphicsItem::ItemHasNoContents);
    QVERIFY(target->label()->flags() & QGraphicsItem::ItemHasNoContents);
    int layers = 0;
    for (QGraphicsItem *item : m_scene->items())
        layers += item->type() == ArrowLayerItem::Type;
    QCOMPARE(layers, 1);
    const QPointF labelCentre = target->label()->sceneBoundingRect().center();
    QCOMPARE(m_scene->itemAt(labelCentre, QTransform())->type(), int(ArrowLabelItem::Type));

    const QRectF area = ArrowLayerItem::paintedRect(target);
    const QRect pixels = view->mapFromScene(area).boundingRect().adjusted(-2, -2, 2, 2);
    auto grab = [&] {
        QCoreApplication::processEvents();
        return view->viewport()->grab(pixels).toImage();
    };
    // Each change of the arrow's look asks for a repaint of where it is drawn.
    QSignalSpy changed(m_scene.get(), &QGraphicsScene::changed);
    auto repainted = [&] {
        QCoreApplication::processEvents();
        bool covered = false;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            for (const QRectF &rect : signal.first().value<QList<QRectF>>())
                covered = covered || rect.contains(area);
        }
        changed.clear();
        return covered;
    };
    const QImage plain = grab();
    changed.clear(); // showing the view repainted everything

    // Hovering the label hovers its arrow.
    QTest::mouseMove(view->viewport(), view->mapFromScene(labelCentre));
    QTRY_VERIFY(target->isHovered());
    QVERIFY(repainted());
    const QImage hovered = grab();
    QVERIFY(hovered != plain); // the halo
    QTest::mouseMove(view->viewport(), QPoint(2, view->viewport()->height() - 2));
    QTRY_VERIFY(!target->isHovered());
    QVERIFY(repainted());
    QCOMPARE(grab(), plain);

    // Its host selected, the arrow is strong; selected as well (Ctrl+click), it
    // keeps that emphasis and gains the selection's halo.
    m_scene->selectHosts({QStringLiteral("rp1")});
    QCOMPARE(target->emphasis(), ArrowItem::Emphasis::Strong);
    QVERIFY(repainted());
    const QImage strong = grab();
    QVERIFY(strong != plain);
    target->setSelected(true);
    QCOMPARE(target->emphasis(), ArrowItem::Emphasis::Strong);
    QVERIFY(repainted());
    const QImage selected = grab();
    QVERIFY(selected != strong && selected != hovered);
    target->setSelected(false);
    QVERIFY(repainted());
    QCOMPARE(grab(), strong);

    // Another host selected: the arrow is dimmed.
    m_scene->selectHosts({QStringLiteral("fe3")});
    QCOMPARE(target->emphasis(), ArrowItem::Emphasis::Dimmed);
    QVERIFY(repainted());
    QVERIFY(grab() != strong && grab() != plain);
    QCOMPARE(m_undo->count(), 0);
}

void TestScene::exportModeAndDiagramRect()
{
    m_scene->selectHosts({QStringLiteral("dir1")});
    m_scene->setExportMode(true);
    QVERIFY(m_scene->exportMode());
    for (ArrowItem *arrow : m_scene->arrowItems())
        QCOMPARE(arrow->emphasis(), ArrowItem::Emphasis::Normal);
    const QRectF rect = m_scene->diagramRect();
    for (QGraphicsItem *item : m_scene->items())
        QVERIFY(rect.contains(item->sceneBoundingRect()));
    // The legend is among them, above the hosts.
    bool legend = false;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == QGraphicsItem::UserType + 5) {
            legend = true;
            QCOMPARE(item->boundingRect().size(), m_scene->legendSize());
            QVERIFY(item->sceneBoundingRect().bottom() < 0);
        }
    }
    QVERIFY(legend);
    // Rendered without a view, the legend is drawn: its corner is not background.
    QImage image(rect.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    m_scene->render(&painter, QRectF(), rect);
    painter.end();
    QVERIFY(image.pixelColor(30, 30).alpha() > 0);

    // Rendered small, an export keeps the labels and addresses a zoomed-out view drops.
    auto renderSmall = [&] {
        QImage small((rect.size() * 0.3).toSize(), QImage::Format_ARGB32);
        small.fill(Qt::white);
        QPainter p(&small);
        m_scene->render(&p, QRectF(), rect);
        return small;
    };
    auto inked = [](const QImage &img) {
        int dark = 0;
        for (int y = 0; y < img.height(); ++y) {
            for (int x = 0; x < img.width(); ++x)
                dark += qGray(img.pixel(x, y)) < 128;
        }
        return dark;
    };
    const int exported = inked(renderSmall());
    m_scene->setExportMode(false);
    const int onScreen = inked(renderSmall());
    QVERIFY2(exported > onScreen,
             qPrintable(QStringLiteral("%1 <= %2").arg(exported).arg(onScreen)));
    for (ArrowItem *arrow : m_scene->arrowItems()) {
        const bool attached = arrow->pair().source == QStringLiteral("dir1") ||
                              arrow->pair().destination == QStringLiteral("dir1");
        QCOMPARE(arrow->emphasis(),
                 attached ? ArrowItem::Emphasis::Strong : ArrowItem::Emphasis::Dimmed);
    }
}

void TestScene::missingAddressIsMarked()
{
    HostItem *dir = m_scene->hostItem(QStringLiteral("dir1"));
    QVERIFY(dir->hasAddress());
    const QRectF oldCard = dir->sceneCardRect();
    const QString id = m_scene->addHostAt(QStringLiteral("front-end-server"), QPointF(1100, 0));
    QVERIFY(!m_scene->hostItem(id)->hasAddress());
    QVERIFY(m_scene->hostItem(id)->toolTip().contains(QStringLiteral("No address")));
    // Taking the Director's addresses away marks it, and its arrows stay attached.
    m_undo->push(changeAddressesCommand(m_topology.get(), QStringLiteral("dir1"), {}));
    QVERIFY(!dir->hasAddress());
    QVERIFY(dir->sceneCardRect() != oldCard);
    for (ArrowItem *arrow : m_scene->arrowItems()) {
        if (arrow->pair().destination == QStringLiteral("dir1"))
            QVERIFY(distanceToBorder(dir->sceneCardRect(), arrow->endPoint()) < 3.5);
    }
}

void TestScene::longNamesKeepCardsApart()
{
    // Every sample host, and 20 Front-Ends (which wrap into sub-columns), with
    // a 200-character name of one unbroken word.
    Project project = sampleProject();
    for (int i = 0; i < 20; ++i) {
        Host host;
        host.id = QStringLiteral("fe-extra-%1").arg(i);
        host.role = QStringLiteral("front-end-server");
        host.addresses.append(*Address::parse(QStringLiteral("10.9.0.%1").arg(i + 1)));
        project.hosts.push_back(host);
    }
    QStringList names;
    for (size_t i = 0; i < project.hosts.size(); ++i) {
        const QString prefix = QStringLiteral("HOST%1-").arg(i, 3, 10, QLatin1Char('0'));
        project.hosts[i].name = prefix + QString(200 - prefix.size(), u'x');
        names << project.hosts[i].name;
    }
    const auto positions = arrangeByRole(m_topology->catalog(), project);
    for (Host &host : project.hosts)
        host.position = positions.value(host.id);
    m_topology->reset(std::move(project), m_topology->catalogPointer());
    m_scene->flushPendingLayout();

    std::vector<QRectF> cards;
    for (int i = 0; i < m_topology->hostCount(); ++i) {
        const Host &host = m_topology->host(i);
        QCOMPARE(host.name.size(), 200);
        const HostItem *item = m_scene->hostItem(host.id);
        QVERIFY(item->cardRect().width() <= LayoutMetrics::maxCardWidth);
        QVERIFY(item->toolTip().contains(host.name));
        QVERIFY(item->boundingRect().width() <= LayoutMetrics::maxCardWidth + 8);
        cards.push_back(item->sceneCardRect());
    }
    for (size_t a = 0; a < cards.size(); ++a) {
        for (size_t b = a + 1; b < cards.size(); ++b)
            QVERIFY2(
                !cards[a].intersects(cards[b]),
                qPrintable(QStringLiteral("%1 overlaps %2")
                               .arg(m_topology->host(int(a)).id, m_topology->host(int(b)).id)));
    }
    // Arrows end on the bounded cards.
    QVERIFY(!m_scene->arrowItems().isEmpty());
    for (ArrowItem *arrow : m_scene->arrowItems()) {
        const QRectF to = m_scene->hostItem(arrow->pair().destination)->sceneCardRect();
        QVERIFY(distanceToBorder(to, arrow->endPoint()) < 3.5);
    }
    // Exports have no tooltips: the full names are in the SVG all the same.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("long.svg"));
    QString error;
    QVERIFY2(exportDiagram(*m_topology, DiagramFormat::Svg, path, {}, &error), qPrintable(error));
    const QByteArray svg = TestSupport::readAll(path);
    for (const QString &name : std::as_const(names))
        QVERIFY2(svg.contains(name.toUtf8()), qPrintable(name));
}

void TestScene::zoomAndFit()
{
    CanvasView *view = showView();
    QVERIFY(view);
    const QRectF diagram = m_scene->diagramRect();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(diagram));
    const qreal fitted = view->zoom();
    QVERIFY(fitted > 0.3 && fitted <= 1.5);

    QSignalSpy zoomed(view, &CanvasView::zoomChanged);
    view->zoomIn();
    QVERIFY(view->zoom() > fitted);
    QCOMPARE(zoomed.size(), 1);
    view->zoomOut();
    QVERIFY(qFuzzyCompare(view->zoom(), fitted));

    // Ctrl+wheel keeps the scene point under the cursor in place.
    view->setZoom(1.0);
    const QPoint cursor(300, 200);
    const QPointF under = view->mapToScene(cursor);
    QWheelEvent wheel(QPointF(cursor), view->viewport()->mapToGlobal(QPointF(cursor)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(qFuzzyCompare(view->zoom(), 1.25));
    QVERIFY(QLineF(view->mapToScene(cursor), under).length() < 1.5);

    // Middle-button drag pans.
    const int h = view->horizontalScrollBar()->value();
    QTest::mousePress(view->viewport(), Qt::MiddleButton, {}, QPoint(400, 400));
    QTest::mouseMove(view->viewport(), QPoint(350, 400));
    QTest::mouseRelease(view->viewport(), Qt::MiddleButton, {}, QPoint(350, 400));
    QCOMPARE(view->horizontalScrollBar()->value(), h + 50);
    QCOMPARE(m_undo->count(), 0);
}

void TestScene::largeProject()
{
    // 4 reverse proxies, 4 Directors, 2 pools, 40 Front-Ends, 4 Edges, 20 client networks.
    Project project;
    project.catalogIds = m_topology->project().catalogIds;
    const std::pair<const char *, int> roles[] = {{"reverse-proxy", 4},  {"director", 4},
                                                  {"front-end-pool", 2}, {"front-end-server", 40},
                                                  {"edge-internal", 4},  {"internal-clients", 20}};
    int column = 0;
    for (const auto &[role, count] : roles) {
        for (int i = 0; i < count; ++i) {
            Host host;
            host.role = QString::fromLatin1(role);
            host.id = QStringLiteral("%1-%2").arg(host.role).arg(i);
            host.name = host.id.toUpper();
            host.position = QPointF(column * 300, i * 150);
            project.hosts.push_back(host);
        }
        ++column;
    }
    QElapsedTimer timer;
    timer.start();
    m_topology->reset(std::move(project), m_topology->catalogPointer());
    const QList<ArrowItem *> arrows = m_scene->arrowItems();
    const qint64 build = timer.elapsed();
    qsizetype expected = 0;
    for (const Connection &c : m_topology->connections()) {
        QSet<int> families;
        for (int f : c.flows)
            families.insert(m_topology->catalog().flows()[f].family);
        expected += families.size();
    }
    QCOMPARE(arrows.size(), expected);
    QVERIFY(arrows.size() > 700);

    // One frame of a drag: a Director with its arrows.
    HostItem *director = m_scene->hostItem(QStringLiteral("director-0"));
    QVERIFY(director);
    const int frames = 50;
    timer.restart();
    for (int i = 1; i <= frames; ++i)
        director->setPos(director->pos() + QPointF(1, 1));
    const double perFrame = double(timer.nsecsElapsed()) / frames / 1e6;
    // The drop: one command, then labels and detours are laid out once.
    timer.restart();
    m_undo->push(
        new MoveHostsCommand(m_topology.get(), {{QStringLiteral("director-0"), director->pos()}}));
    m_scene->flushPendingLayout();
    const qint64 relayout = timer.elapsed();
    qInfo("%lld hosts, %lld arrows: build %lld ms, drag frame %.3f ms, relayout %lld ms",
          qint64(m_topology->hostCount()), qint64(arrows.size()), build, perFrame, relayout);
    QCOMPARE(m_scene->arrowItems().size(), arrows.size()); // a move rebuilds nothing
    QCOMPARE(m_scene->arrowItems(), arrows);
}

QTEST_MAIN(TestScene)
#include "tst_scene.moc"
