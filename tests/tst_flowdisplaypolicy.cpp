// The canvas's display policy on its own: when connections become bundles,
// which connections get arrows in bundled mode, and which arrows stand out.

#include "catalogregistry.h"
#include "flowdisplaypolicy.h"
#include "testsupport.h"
#include "topology.h"

#include <QTest>

using namespace Portolan;

class TestFlowDisplayPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void bundles_data();
    void bundles();
    void selectionArrowsAreTheSelectionsConnections_data();
    void selectionArrowsAreTheSelectionsConnections();
    void selectionArrowsStopAtTheCap();
    void focus_data();
    void focus();

private:
    Topology m_topology;
};

void TestFlowDisplayPolicy::initTestCase()
{
    Project project = TestSupport::sampleProject();
    auto catalog = catalogForProject(project);
    QVERIFY(catalog);
    m_topology.reset(std::move(project), catalog);
    QCOMPARE(m_topology.connections().size(), size_t(22)); // the sample's host pairs
}

void TestFlowDisplayPolicy::bundles_data()
{
    QTest::addColumn<FlowDisplay>("display");
    QTest::addColumn<int>("connections");
    QTest::addColumn<bool>("bundled");
    const int threshold = FlowDisplayPolicy::automaticBundleThreshold;
    QTest::newRow("automatic, few") << FlowDisplay::Automatic << 220 << false;
    QTest::newRow("automatic, at the threshold") << FlowDisplay::Automatic << threshold << false;
    QTest::newRow("automatic, above") << FlowDisplay::Automatic << threshold + 1 << true;
    QTest::newRow("all flows, many") << FlowDisplay::AllFlows << 2160400 << false;
    QTest::newRow("selection only, few") << FlowDisplay::SelectionOnly << 22 << true;
    QTest::newRow("selection only, none") << FlowDisplay::SelectionOnly << 0 << true;
}

void TestFlowDisplayPolicy::bundles()
{
    QFETCH(FlowDisplay, display);
    QFETCH(int, connections);
    QFETCH(bool, bundled);
    FlowDisplayPolicy policy;
    QCOMPARE(policy.display(), FlowDisplay::Automatic);
    policy.setDisplay(display);
    QCOMPARE(policy.bundles(size_t(connections)), bundled);
}

void TestFlowDisplayPolicy::selectionArrowsAreTheSelectionsConnections_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QList<HostPair>>("pairs");
    QTest::newRow("nothing") << QStringList() << QList<HostPair>();
    QTest::newRow("the Director") << QStringList{QStringLiteral("dir1")} << QList<HostPair>();
    QTest::newRow("the Edge, with any")
        << QStringList{QStringLiteral("edge1")} << QList<HostPair>();
    QTest::newRow("two hosts") << QStringList{QStringLiteral("rp1"), QStringLiteral("fe3")}
                               << QList<HostPair>();
    QTest::newRow("an unknown host") << QStringList{QStringLiteral("nowhere")} << QList<HostPair>();
    QTest::newRow("highlighted pairs")
        << QStringList()
        << QList<HostPair>{{QString(), QStringLiteral("edge1")},
                           {QStringLiteral("rp1"), QStringLiteral("dir1")},
                           {QStringLiteral("dir1"), QStringLiteral("rp1")}}; // joined by nothing
    QTest::newRow("a host and a pair")
        << QStringList{QStringLiteral("fe1")}
        << QList<HostPair>{{QStringLiteral("rp1"), QStringLiteral("dir1")}};
}

void TestFlowDisplayPolicy::selectionArrowsAreTheSelectionsConnections()
{
    QFETCH(QStringList, hosts);
    QFETCH(QList<HostPair>, pairs);
    std::vector<int> expected;
    const std::vector<Connection> &connections = m_topology.connections();
    for (size_t i = 0; i < connections.size(); ++i) {
        const Connection &c = connections[i];
        const HostPair pair{c.source < 0 ? QString() : m_topology.host(c.source).id,
                            m_topology.host(c.destination).id};
        if (hosts.contains(pair.destination) ||
            (!pair.source.isEmpty() && hosts.contains(pair.source)) || pairs.contains(pair))
            expected.push_back(int(i));
    }
    const auto shown = FlowDisplayPolicy::selectionArrows(m_topology, hosts, pairs);
    QCOMPARE(shown.connections, expected);
    QCOMPARE(shown.hidden, 0);
    if (!hosts.isEmpty() && hosts.first() == QLatin1String("dir1"))
        QCOMPARE(shown.connections.size(), size_t(9)); // RP, clients, FEs, Edge both ways
}

void TestFlowDisplayPolicy::selectionArrowsStopAtTheCap()
{
    // One reverse proxy and more Front-End Servers than the cap: its connections
    // beyond the cap are counted, not drawn.
    Project project;
    project.catalogIds = m_topology.project().catalogIds;
    const int servers = FlowDisplayPolicy::maxSelectionConnections + 7;
    Host proxy;
    proxy.id = QStringLiteral("rp");
    proxy.name = QStringLiteral("RP");
    proxy.role = QStringLiteral("reverse-proxy");
    project.hosts.push_back(proxy);
    for (int i = 0; i < servers; ++i) {
        Host fe;
        fe.id = QStringLiteral("fe%1").arg(i);
        fe.name = fe.id.toUpper();
        fe.role = QStringLiteral("front-end-server");
        project.hosts.push_back(fe);
    }
    Topology topology;
    topology.reset(std::move(project), m_topology.catalogPointer());
    const auto shown = FlowDisplayPolicy::selectionArrows(topology, {QStringLiteral("rp")}, {});
    QCOMPARE(shown.connections.size(), size_t(FlowDisplayPolicy::maxSelectionConnections));
    QCOMPARE(shown.hidden, 7);
    for (size_t i = 0; i < shown.connections.size(); ++i)
        QCOMPARE(shown.connections[i], int(i)); // the first ones, in the model's order
}

void TestFlowDisplayPolicy::focus_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QList<HostPair>>("pairs");
    QTest::addColumn<bool>("exportMode");
    QTest::addColumn<HostPair>("arrow");
    QTest::addColumn<ArrowEmphasis>("emphasis");
    const HostPair rpDir{QStringLiteral("rp1"), QStringLiteral("dir1")};
    const HostPair anyEdge{QString(), QStringLiteral("edge1")};
    const QStringList dir{QStringLiteral("dir1")};
    QTest::newRow("nothing looked at")
        << QStringList() << QList<HostPair>() << false << rpDir << ArrowEmphasis::Normal;
    QTest::newRow("its destination selected")
        << dir << QList<HostPair>() << false << rpDir << ArrowEmphasis::Strong;
    QTest::newRow("its source selected") << QStringList{QStringLiteral("rp1")} << QList<HostPair>()
                                         << false << rpDir << ArrowEmphasis::Strong;
    QTest::newRow("another host selected")
        << dir << QList<HostPair>() << false << anyEdge << ArrowEmphasis::Dimmed;
    QTest::newRow("any is no host")
        << QStringList{QString()} << QList<HostPair>() << false << anyEdge << ArrowEmphasis::Dimmed;
    QTest::newRow("hosts win over pairs")
        << dir << QList<HostPair>{anyEdge} << false << anyEdge << ArrowEmphasis::Dimmed;
    QTest::newRow("its pair highlighted")
        << QStringList() << QList<HostPair>{anyEdge} << false << anyEdge << ArrowEmphasis::Strong;
    QTest::newRow("another pair highlighted")
        << QStringList() << QList<HostPair>{anyEdge} << false << rpDir << ArrowEmphasis::Dimmed;
    QTest::newRow("the reverse pair is another")
        << QStringList() << QList<HostPair>{{QStringLiteral("dir1"), QStringLiteral("rp1")}}
        << false << rpDir << ArrowEmphasis::Dimmed;
    QTest::newRow("exports stress nothing")
        << dir << QList<HostPair>{anyEdge} << true << anyEdge << ArrowEmphasis::Normal;
}

void TestFlowDisplayPolicy::focus()
{
    QFETCH(QStringList, hosts);
    QFETCH(QList<HostPair>, pairs);
    QFETCH(bool, exportMode);
    QFETCH(HostPair, arrow);
    QFETCH(ArrowEmphasis, emphasis);
    QCOMPARE(FlowDisplayPolicy::Focus(hosts, pairs, exportMode).emphasis(arrow), emphasis);
}

QTEST_GUILESS_MAIN(TestFlowDisplayPolicy)
#include "tst_flowdisplaypolicy.moc"
