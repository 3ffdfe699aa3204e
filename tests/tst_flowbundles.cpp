#include "arrowitem.h"
#include "canvasview.h"
#include "catalogregistry.h"
#include "flowbundleitem.h"
#include "hostitem.h"
#include "rules.h"
#include "testsupport.h"
#include "topology.h"
#include "topologyscene.h"
#include "undocommands.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <map>
#include <memory>
#include <set>
#include <tuple>

using namespace Portolan;

namespace {

using ArrowKey = std::tuple<QString, QString, int>; // source id ("" for any), destination, family

using TestSupport::sampleProject;

/// Role columns with @p scale times: 4 reverse proxies, 4 Directors, 2 pools,
/// 40 Front-Ends, 4 Edges and 20 client networks.
Project columnsProject(const QStringList &catalogIds, int scale)
{
    Project project;
    project.catalogIds = catalogIds;
    const std::pair<const char *, int> roles[] = {{"reverse-proxy", 4},  {"director", 4},
                                                  {"front-end-pool", 2}, {"front-end-server", 40},
                                                  {"edge-internal", 4},  {"internal-clients", 20}};
    int column = 0;
    for (const auto &[role, count] : roles) {
        for (int i = 0; i < count * scale; ++i) {
            Host host;
            host.role = QString::fromLatin1(role);
            host.id = QStringLiteral("%1-%2").arg(host.role).arg(i);
            host.name = host.id.toUpper();
            host.position = QPointF(column * 300, i * 150);
            project.hosts.push_back(host);
        }
        ++column;
    }
    return project;
}

/// The arrows the scene should draw for the connections that @p wanted accepts:
/// one per connection and flow family.
template<typename Wanted> std::set<ArrowKey> expectedArrows(const Topology &topology, Wanted wanted)
{
    std::set<ArrowKey> keys;
    for (const Connection &c : topology.connections()) {
        const QString source = c.source < 0 ? QString() : topology.host(c.source).id;
        const QString destination = topology.host(c.destination).id;
        if (!wanted(source, destination))
            continue;
        for (int f : c.flows)
            keys.insert({source, destination, topology.catalog().flows()[f].family});
    }
    return keys;
}

std::set<ArrowKey> arrowKeys(TopologyScene *scene)
{
    std::set<ArrowKey> keys;
    for (ArrowItem *arrow : scene->arrowItems())
        keys.insert({arrow->pair().source, arrow->pair().destination, arrow->family()});
    return keys;
}

} // namespace

/// Large topologies draw role bundles and only the selection's own arrows.
class TestFlowBundles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sampleDrawsEveryFlow();
    void largeProjectIsBundled();
    void bundleCountsEqualConnectionsPerRolePair_data();
    void bundleCountsEqualConnectionsPerRolePair();
    void selectionOnlyShowsSelectedHostsConnections();
    void highlightedPairsGetArrows();
    void clickedArrowSurvivesRebuild();
    void dragMovesOnlyShownArrows();
    void showAllFlowsDrawsEveryConnection();

private:
    void loadColumns(int scale);

    std::unique_ptr<Topology> m_topology;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<TopologyScene> m_scene;
};

void TestFlowBundles::init()
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
}

void TestFlowBundles::cleanup()
{
    m_scene.reset();
    m_undo.reset();
    m_topology.reset();
}

void TestFlowBundles::loadColumns(int scale)
{
    m_topology->reset(columnsProject(m_topology->project().catalogIds, scale),
                      m_topology->catalogPointer());
    m_scene->flushPendingLayout();
}

void TestFlowBundles::sampleDrawsEveryFlow()
{
    QVERIFY(!m_scene->bundlesFlows());
    QVERIFY(m_scene->bundleItems().isEmpty());
    QCOMPARE(m_scene->arrowItems().size(), 22);
    QCOMPARE(arrowKeys(m_scene.get()),
             expectedArrows(*m_topology, [](const QString &, const QString &) { return true; }));
}

void TestFlowBundles::largeProjectIsBundled()
{
    loadColumns(3);
    QVERIFY(m_topology->connections().size() > size_t(TopologyScene::automaticBundleThreshold));
    QVERIFY(m_scene->bundlesFlows());
    QVERIFY(m_scene->arrowItems().isEmpty()); // nothing selected: bundles only
    QVERIFY(!m_scene->bundleItems().isEmpty());
    // Every bundle is laid out between its role groups and says how many pairs it carries.
    for (FlowBundleItem *bundle : m_scene->bundleItems()) {
        QVERIFY(!bundle->boundingRect().isEmpty());
        QVERIFY2(bundle->labelText().contains(QString::number(bundle->pairCount())),
                 qPrintable(bundle->labelText()));
    }
}

void TestFlowBundles::bundleCountsEqualConnectionsPerRolePair_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<bool>("forced");
    QTest::newRow("sample scale, selection-only forced") << 1 << true;
    QTest::newRow("three times, automatic") << 3 << false;
}

void TestFlowBundles::bundleCountsEqualConnectionsPerRolePair()
{
    QFETCH(int, scale);
    QFETCH(bool, forced);
    if (forced)
        m_scene->setFlowDisplay(TopologyScene::FlowDisplay::SelectionOnly);
    loadColumns(scale);
    QVERIFY(m_scene->bundlesFlows());
    const Catalog &catalog = m_topology->catalog();
    std::map<std::pair<int, int>, int> expected;
    for (const Connection &c : m_topology->connections()) {
        const int from = c.source < 0 ? -1 : catalog.roleIndex(m_topology->host(c.source).role);
        ++expected[{from, catalog.roleIndex(m_topology->host(c.destination).role)}];
    }
    std::map<std::pair<int, int>, int> drawn;
    for (FlowBundleItem *bundle : m_scene->bundleItems()) {
        QVERIFY(!drawn.count({bundle->sourceRole(), bundle->destinationRole()}));
        drawn[{bundle->sourceRole(), bundle->destinationRole()}] = bundle->pairCount();
    }
    QCOMPARE(drawn, expected);
}

void TestFlowBundles::selectionOnlyShowsSelectedHostsConnections()
{
    loadColumns(3);
    QSignalSpy rebuilt(m_scene.get(), &TopologyScene::arrowsRebuilt);
    const QStringList selected{QStringLiteral("director-1"), QStringLiteral("edge-internal-2")};
    m_scene->selectHosts(selected);
    const auto expected = expectedArrows(*m_topology, [&](const QString &s, const QString &d) {
        return selected.contains(s) || selected.contains(d);
    });
    QVERIFY(expected.size() > 10);
    QCOMPARE(arrowKeys(m_scene.get()), expected);
    QCOMPARE(m_scene->hiddenSelectionConnections(), 0);
    // One rebuild for the new selection, announced once (the window reads the
    // hidden count then).
    QCOMPARE(rebuilt.count(), 1);
    // The bundles stay, faintly, behind the selection's arrows.
    QVERIFY(!m_scene->bundleItems().isEmpty());

    m_scene->selectHosts({QStringLiteral("reverse-proxy-0")});
    QCOMPARE(arrowKeys(m_scene.get()),
             expectedArrows(*m_topology, [](const QString &s, const QString &d) {
                 return s == QLatin1String("reverse-proxy-0") ||
                        d == QLatin1String("reverse-proxy-0");
             }));

    m_scene->selectHosts({});
    QVERIFY(m_scene->arrowItems().isEmpty());
}

void TestFlowBundles::highlightedPairsGetArrows()
{
    loadColumns(3);
    const Connection &c = m_topology->connections().at(m_topology->connections().size() / 2);
    const HostPair pair{c.source < 0 ? QString() : m_topology->host(c.source).id,
                        m_topology->host(c.destination).id};
    m_scene->highlightPairs({pair});
    QCOMPARE(arrowKeys(m_scene.get()),
             expectedArrows(*m_topology, [&](const QString &s, const QString &d) {
                 return s == pair.source && d == pair.destination;
             }));
    for (ArrowItem *arrow : m_scene->arrowItems())
        QCOMPARE(arrow->emphasis(), ArrowItem::Emphasis::Strong);
    m_scene->highlightPairs({});
    QVERIFY(m_scene->arrowItems().isEmpty());
}

void TestFlowBundles::clickedArrowSurvivesRebuild()
{
    loadColumns(3);
    m_scene->selectHosts({QStringLiteral("director-0")});
    const QList<ArrowItem *> arrows = m_scene->arrowItems();
    QVERIFY(!arrows.isEmpty());
    // Clicking one of the shown arrows deselects the host but keeps the arrows.
    ArrowItem *clicked = arrows.front();
    const HostPair pair = clicked->pair();
    m_scene->clearSelection();
    clicked->setSelected(true);
    QCOMPARE(m_scene->arrowItems(), arrows);
    QCOMPARE(m_scene->selectedPairs(), QList<HostPair>{pair});
}

void TestFlowBundles::dragMovesOnlyShownArrows()
{
    loadColumns(3);
    m_scene->selectHosts({QStringLiteral("director-0")});
    const QList<ArrowItem *> arrows = m_scene->arrowItems();
    HostItem *director = m_scene->hostItem(QStringLiteral("director-0"));
    QVERIFY(director);
    std::map<ArrowItem *, QPointF> tips;
    for (ArrowItem *arrow : arrows)
        tips[arrow] = arrow->pair().destination == director->hostId() ? arrow->endPoint()
                                                                      : arrow->startPoint();
    director->setPos(director->pos() + QPointF(0, 200));
    for (ArrowItem *arrow : arrows) {
        const QPointF now = arrow->pair().destination == director->hostId() ? arrow->endPoint()
                                                                            : arrow->startPoint();
        QVERIFY(now != tips[arrow]); // every shown arrow followed the host
    }
    // The drop is one undo step and rebuilds nothing.
    m_undo->push(new MoveHostsCommand(m_topology.get(), {{director->hostId(), director->pos()}}));
    QCOMPARE(m_scene->arrowItems(), arrows);
    QCOMPARE(m_topology->hostById(director->hostId())->position, director->pos());
}

void TestFlowBundles::showAllFlowsDrawsEveryConnection()
{
    loadColumns(3);
    m_scene->setFlowDisplay(TopologyScene::FlowDisplay::AllFlows);
    QVERIFY(!m_scene->bundlesFlows());
    QVERIFY(m_scene->bundleItems().isEmpty());
    QCOMPARE(arrowKeys(m_scene.get()),
             expectedArrows(*m_topology, [](const QString &, const QString &) { return true; }));
    m_scene->setFlowDisplay(TopologyScene::FlowDisplay::Automatic);
    QVERIFY(m_scene->bundlesFlows());
    QVERIFY(m_scene->arrowItems().isEmpty());
}

QTEST_MAIN(TestFlowBundles)
#include "tst_flowbundles.moc"
