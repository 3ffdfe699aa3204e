// The Topology's change flow: which signals every edit and every batch sends,
// in which order, and that derived data is never stale when one arrives.

#include "canvasclipboard.h"
#include "findingsmodel.h"
#include "ruletablemodel.h"
#include "testsupport.h"
#include "topology.h"
#include "topologyscene.h"
#include "undocommands.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cstring>
#include <functional>

using namespace Portolan;

namespace {

std::shared_ptr<const Catalog> catalog()
{
    return Catalog::load(QStringLiteral("lync2013-single-director"));
}

Address address(const char *text)
{
    return *Address::parse(QString::fromLatin1(text));
}

Host makeHost(const QString &id, const QString &role, const char *addressText)
{
    Host host;
    host.id = id;
    host.name = id.toUpper();
    host.role = role;
    host.addresses = {address(addressText)};
    return host;
}

QString partsText(DerivedParts parts)
{
    QStringList names;
    if (parts & DerivedPart::Connections)
        names << QStringLiteral("connections");
    if (parts & DerivedPart::Rules)
        names << QStringLiteral("rules");
    if (parts & DerivedPart::Findings)
        names << QStringLiteral("findings");
    if (parts & DerivedPart::Routes)
        names << QStringLiteral("routes");
    return names.join(u'+');
}

bool sameRules(const std::vector<Rule> &a, const std::vector<Rule> &b)
{
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(Rule)) == 0);
}

/// Records every signal of a Topology as one line each, and checks in each
/// one that the derived data a listener would read is current.
class SignalLog : public QObject
{
public:
    explicit SignalLog(Topology *topology)
        : m_topology(topology)
    {
        auto add = [this](const QString &line) {
            lines << line;
            checkCurrent(line);
        };
        connect(topology, &Topology::aboutToReset, this,
                [add] { add(QStringLiteral("aboutToReset")); });
        connect(topology, &Topology::resetDone, this, [add] { add(QStringLiteral("resetDone")); });
        connect(topology, &Topology::hostInserted, this,
                [add](const QString &id) { add(QStringLiteral("hostInserted ") + id); });
        connect(topology, &Topology::hostAboutToBeRemoved, this,
                [add](const QString &id) { add(QStringLiteral("hostAboutToBeRemoved ") + id); });
        connect(topology, &Topology::hostRemoved, this,
                [add](const QString &id) { add(QStringLiteral("hostRemoved ") + id); });
        connect(topology, &Topology::hostChanged, this,
                [add](const QString &id) { add(QStringLiteral("hostChanged ") + id); });
        connect(topology, &Topology::hostMoved, this, [add](const QString &id, const QPointF &) {
            add(QStringLiteral("hostMoved ") + id);
        });
        connect(topology, &Topology::detailsChanged, this,
                [add] { add(QStringLiteral("detailsChanged")); });
        connect(topology, &Topology::derivedAboutToChange, this,
                [this] { lines << QStringLiteral("derivedAboutToChange"); });
        connect(topology, &Topology::derivedChanged, this, [add](DerivedParts parts) {
            add(QStringLiteral("derivedChanged ") + partsText(parts));
        });
    }

    QStringList lines;
    QStringList staleIn; ///< signals in which a listener would have read stale data

private:
    void checkCurrent(const QString &line)
    {
        const Project &project = m_topology->project();
        if (!sameRules(m_topology->rules(), deriveRules(m_topology->catalog(), project)) ||
            m_topology->findings() != checkProject(m_topology->catalog(), project) ||
            m_topology->connections().size() !=
                deriveConnections(m_topology->catalog(), project).size())
            staleIn << line;
    }

    Topology *m_topology;
};

} // namespace

class TestTopology : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_topology = std::make_unique<Topology>();
        m_topology->reset(TestSupport::sampleProject(), catalog());
        m_stack = std::make_unique<QUndoStack>();
    }

    void editSignals_data()
    {
        QTest::addColumn<std::function<void(Topology *)>>("edit");
        QTest::addColumn<QStringList>("expected");
        using Edit = std::function<void(Topology *)>;
        const QString all = QStringLiteral("derivedChanged connections+rules+findings+routes");

        QTest::newRow("move: no derived part")
            << Edit([](Topology *t) { t->setHostPosition(QStringLiteral("dir1"), QPointF(1, 2)); })
            << QStringList{QStringLiteral("hostMoved dir1")};
        QTest::newRow("description: no derived part") << Edit([](Topology *t) {
            t->setHostDescription(QStringLiteral("dir1"), QStringLiteral("new"));
        }) << QStringList{QStringLiteral("hostChanged dir1")};
        QTest::newRow("address: rules and findings")
            << Edit([](Topology *t) {
                   t->setHostAddresses(QStringLiteral("dir1"), {address("10.1.2.21")});
               })
            << QStringList{QStringLiteral("derivedAboutToChange"),
                           QStringLiteral("hostChanged dir1"),
                           QStringLiteral("derivedChanged rules+findings")};
        QTest::newRow("rename: rules and findings")
            << Edit([](Topology *t) {
                   t->setHostName(QStringLiteral("dir1"), QStringLiteral("A-FIRST"));
               })
            << QStringList{QStringLiteral("derivedAboutToChange"),
                           QStringLiteral("hostChanged dir1"),
                           QStringLiteral("derivedChanged rules+findings")};
        QTest::newRow("role: everything") << Edit([](Topology *t) {
            t->setHostRole(QStringLiteral("fe3"), QStringLiteral("director"));
        })
                                          << QStringList{QStringLiteral("derivedAboutToChange"),
                                                         QStringLiteral("hostChanged fe3"), all};
        QTest::newRow("insert: everything") << Edit([](Topology *t) {
            t->insertHost(2, makeHost(QStringLiteral("x"), QStringLiteral("director"), "10.9.9.9"));
        })
                                            << QStringList{QStringLiteral("derivedAboutToChange"),
                                                           QStringLiteral("hostInserted x"), all};
        QTest::newRow("remove: everything")
            << Edit([](Topology *t) { t->takeHost(QStringLiteral("rp1")); })
            << QStringList{QStringLiteral("hostAboutToBeRemoved rp1"),
                           QStringLiteral("derivedAboutToChange"),
                           QStringLiteral("hostRemoved rp1"), all};
        QTest::newRow("title: no derived part")
            << Edit([](Topology *t) { t->setTitle(QStringLiteral("T")); })
            << QStringList{QStringLiteral("detailsChanged")};
        QTest::newRow("no-op edits: nothing") << Edit([](Topology *t) {
            t->setHostName(QStringLiteral("dir1"), QStringLiteral("LYNC-DIR-01"));
            t->setHostRole(QStringLiteral("dir1"), QStringLiteral("director"));
            t->setHostPosition(QStringLiteral("dir1"),
                               t->hostById(QStringLiteral("dir1"))->position);
            t->setHostName(QStringLiteral("nope"), QStringLiteral("X"));
        }) << QStringList{};
        QTest::newRow("batch: one report for all") << Edit([](Topology *t) {
            Topology::Batch batch(t);
            t->setHostAddresses(QStringLiteral("dir1"), {address("10.1.2.21")});
            t->setHostPosition(QStringLiteral("dir1"), QPointF(5, 5));
            {
                Topology::Batch inner(t);
                t->insertHost(
                    t->hostCount(),
                    makeHost(QStringLiteral("y"), QStringLiteral("edge-internal"), "10.1.4.11"));
            }
            t->setHostName(QStringLiteral("fe1"), QStringLiteral("FE-X"));
        }) << QStringList{QStringLiteral("derivedAboutToChange"),
                          QStringLiteral("hostChanged dir1"),
                          QStringLiteral("hostMoved dir1"),
                          QStringLiteral("hostInserted y"),
                          QStringLiteral("hostChanged fe1"),
                          all};
        QTest::newRow("reset: everything")
            << Edit([](Topology *t) { t->reset(TestSupport::sampleProject(), catalog()); })
            << QStringList{QStringLiteral("aboutToReset"), QStringLiteral("derivedAboutToChange"),
                           QStringLiteral("resetDone"), all};
    }

    void editSignals()
    {
        QFETCH(std::function<void(Topology *)>, edit);
        QFETCH(QStringList, expected);
        (void)m_topology->rules(); // a listener has read the derived data before
        SignalLog log(m_topology.get());
        edit(m_topology.get());
        QCOMPARE(log.lines, expected);
        QCOMPARE(log.staleIn, QStringList());
    }

    void commandIsOneBatch_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("add three hosts") << 0;
        QTest::newRow("remove three hosts") << 1;
        QTest::newRow("composite of address and role edits") << 2;
        QTest::newRow("move") << 3;
    }

    void commandIsOneBatch()
    {
        QFETCH(int, which);
        Topology *t = m_topology.get();
        QUndoCommand *command = nullptr;
        switch (which) {
        case 0:
            command = new AddHostsCommand(
                t,
                {makeHost(QStringLiteral("a"), QStringLiteral("director"), "10.5.0.1"),
                 makeHost(QStringLiteral("b"), QStringLiteral("director"), "10.5.0.2"),
                 makeHost(QStringLiteral("c"), QStringLiteral("edge-internal"), "10.5.0.3")},
                QStringLiteral("add"));
            break;
        case 1:
            command = new RemoveHostsCommand(
                t, {QStringLiteral("fe1"), QStringLiteral("rp1"), QStringLiteral("clients-hq")});
            break;
        case 2: {
            auto *composite = new CompositeCommand(t, QStringLiteral("both"));
            new ChangeHostValueCommand<QString>(
                t, QStringLiteral("fe3"), [](const Host &h) { return h.role; },
                &Topology::setHostRole, QStringLiteral("director"), QStringLiteral("role"),
                composite);
            new ChangeHostValueCommand<QList<Address>>(
                t, QStringLiteral("dir1"), [](const Host &h) { return h.addresses; },
                &Topology::setHostAddresses, QList<Address>{address("10.1.2.99")},
                QStringLiteral("addresses"), composite);
            command = composite;
            break;
        }
        case 3:
            command = new MoveHostsCommand(t, {{QStringLiteral("dir1"), QPointF(7, 7)},
                                               {QStringLiteral("fe1"), QPointF(9, 9)}});
            break;
        }
        const QByteArray before = ProjectFile::serialize(t->project());
        SignalLog log(t);
        QSignalSpy derived(t, &Topology::derivedChanged);
        m_stack->push(command);
        QCOMPARE(derived.count(), which == 3 ? 0 : 1);
        m_stack->undo();
        QCOMPARE(derived.count(), which == 3 ? 0 : 2);
        QCOMPARE(ProjectFile::serialize(t->project()), before);
        m_stack->redo();
        QCOMPARE(derived.count(), which == 3 ? 0 : 3);
        QCOMPARE(log.staleIn, QStringList());
    }

    /// The performance bug this design fixes: a paste of N hosts derived the
    /// rules N times (once per host signal, in every listener).
    void pasteOfAThousandHostsDerivesOnce()
    {
        Topology *t = m_topology.get();
        TopologyScene scene(t, m_stack.get());
        RuleTableModel rules(t, QStringLiteral("en"));
        FindingsModel findings(t);
        QList<Host> hosts;
        for (int i = 0; i < 1000; ++i) {
            Host host = makeHost(QStringLiteral("p%1").arg(i), QStringLiteral("front-end-server"),
                                 "10.1.3.11");
            host.addresses = {
                *Address::parse(QStringLiteral("10.7.%1.%2").arg(i / 200).arg(i % 200 + 1))};
            host.position = QPointF(i * 10, 900);
            hosts << host;
        }
        scene.selectHosts({});
        // Copy the hosts through the scene's own clipboard format.
        Topology source;
        Project project;
        project.catalogIds = t->project().catalogIds;
        project.hosts.assign(hosts.begin(), hosts.end());
        source.reset(project, catalog());
        QUndoStack sourceStack;
        TopologyScene sourceScene(&source, &sourceStack);
        QStringList ids;
        for (const Host &host : std::as_const(hosts))
            ids << host.id;
        sourceScene.selectHosts(ids);
        CanvasClipboard(&sourceScene).copySelection();

        QSignalSpy derived(t, &Topology::derivedChanged);
        const quint64 before = t->ruleDerivations();
        const int rowsBefore = rules.rowCount();
        CanvasClipboard(&scene).paste();
        scene.flushPendingLayout();
        QCoreApplication::processEvents();
        QCOMPARE(t->hostCount(), 9 + 1000);
        QCOMPARE(derived.count(), 1);
        QCOMPARE(t->ruleDerivations() - before, quint64(1));
        // Every Front-End Server receives 8080 and 4443 from the reverse proxy, 444
        // from the Director and 5061 from the Edge, and sends 5061 to the Edge: 5 each.
        QCOMPARE(rules.rowCount(), rowsBefore + 5000);
        QCOMPARE(rules.rowCount(), int(deriveRules(t->catalog(), t->project()).size()));
        QCOMPARE(findings.rowCount(), int(t->findings().size()));
    }

private:
    std::unique_ptr<Topology> m_topology;
    std::unique_ptr<QUndoStack> m_stack;
};

QTEST_MAIN(TestTopology)
#include "tst_topology.moc"
