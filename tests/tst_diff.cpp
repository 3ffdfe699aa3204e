// The change-request delta: golden deltas through the real binary, stable
// rule ids across edits that leave a rule alone, and on random edits the
// delta turns BEFORE's rules into AFTER's exactly.

#include "randomproject.h"
#include "ruledelta.h"
#include "testsupport.h"
#include "topology.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Portolan;
using TestSupport::readAll;

namespace {

QString diffData(const QString &relative = QString())
{
    return QStringLiteral(PORTOLAN_TEST_DATA "/diff/") + relative;
}

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QStringList &arguments, const QString &workingDirectory)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(PORTOLAN_BINARY), QStringList{QStringLiteral("diff")} + arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// A rule as the delta sees it: its effect and the firewalls (by id) it is on.
using Placed = std::pair<quint64, QStringList>;

Placed placed(const Topology &topology, const Rule &rule)
{
    QStringList firewalls;
    for (const FirewallCrossing &crossing : topology.placement().crossings(rule))
        firewalls.append(topology.firewall(crossing.firewall).id);
    firewalls.sort();
    return {topology.identity().hash(rule), firewalls};
}

std::multiset<Placed> placedRules(const Topology &topology)
{
    std::multiset<Placed> rules;
    for (const Rule &rule : topology.rules())
        rules.insert(placed(topology, rule));
    return rules;
}

std::shared_ptr<const Catalog> catalog()
{
    return Catalog::load(QStringLiteral("lync2013-single-director"));
}

/// @p project with one random edit of @p kind.
Project edited(Project project, int kind, QRandomGenerator &random)
{
    auto &hosts = project.hosts;
    const size_t pick = random.bounded(quint32(hosts.size()));
    switch (kind) {
    case 0: { // a host more
        Host host = hosts[pick];
        host.id += QStringLiteral("-copy");
        host.name += QStringLiteral("-COPY");
        for (Address &address : host.addresses)
            address = *Address::parse(address.isNetwork()
                                          ? QStringLiteral("10.%1.250.0/24").arg(random.bounded(6))
                                          : QStringLiteral("10.%1.250.9").arg(random.bounded(6)));
        host.addresses.erase(std::unique(host.addresses.begin(), host.addresses.end()),
                             host.addresses.end());
        hosts.push_back(host);
        break;
    }
    case 1: // a host less
        hosts.erase(hosts.begin() + qsizetype(pick));
        break;
    case 2: // an address less, or another name and place (no rule changes)
        if (hosts[pick].addresses.size() > 1)
            hosts[pick].addresses.removeLast();
        hosts[pick].name += QStringLiteral("-R");
        hosts[pick].position += QPointF(40, 40);
        break;
    case 3: { // another role
        static const QStringList roles{QStringLiteral("director"),
                                       QStringLiteral("front-end-server"),
                                       QStringLiteral("edge-internal")};
        if (hosts[pick].role != QLatin1String("internal-clients"))
            hosts[pick].role = roles[int(random.bounded(3))];
        break;
    }
    case 4: // a zone's networks change
        project.zones[random.bounded(quint32(project.zones.size()))].networks.append(
            *Address::parse(QStringLiteral("10.%1.128.0/17").arg(random.bounded(6))));
        break;
    case 5: { // another firewall
        Firewall firewall;
        firewall.id = QStringLiteral("new");
        firewall.name = QStringLiteral("FW-NEW");
        firewall.interfaces = {{project.zones.front().id, QStringLiteral("a"), {}},
                               {project.zones.back().id, QStringLiteral("b"), {}}};
        project.firewalls.push_back(firewall);
        break;
    }
    default: // any comes from elsewhere
        project.anyZones = QStringList{project.zones.front().id};
        break;
    }
    return project;
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        const QStringList cases = QDir(diffData()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(cases.size() >= 10);
        for (const QString &name : cases) {
            const QString folder = diffData(name);
            const QStringList lines =
                QString::fromUtf8(readAll(folder + QStringLiteral("/options")))
                    .split(u'\n', Qt::SkipEmptyParts);
            QVERIFY2(!lines.isEmpty(), qPrintable(name));
            for (const QString &line : lines) {
                QStringList words = line.split(u' ', Qt::SkipEmptyParts);
                const QString file = words.takeFirst();
                QTest::addRow("%s/%s", qPrintable(name), qPrintable(file))
                    << folder << file << words;
            }
        }
    }

    void golden()
    {
        QFETCH(QString, folder);
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        const QString out = dir.filePath(file);
        const Result result =
            run(QStringList{QStringLiteral("before.json"), QStringLiteral("after.json"),
                            QStringLiteral("--output"), out} +
                    options,
                folder);
        const QByteArray expected = readAll(folder + u'/' + file);
        QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
        QCOMPARE(readAll(out), expected);
        // Exit codes as diff(1): 1 when a rule changed, 0 when none did.
        QCOMPARE(result.exitCode, expected.count('\n') > 1 ? 1 : 0);
    }

    void unchangedWithoutRuleChanges_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("renamed host") << "host-renamed";
        QTest::newRow("moved hosts, new title") << "host-moved";
    }

    void unchangedWithoutRuleChanges()
    {
        QFETCH(QString, name);
        QCOMPARE(readAll(diffData(name + QStringLiteral("/expected.csv"))).count('\n'), 1);
    }

    void troubleIsExitTwo()
    {
        const QString folder = diffData(QStringLiteral("host-added"));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("d.csv"));
        Result result = run({QStringLiteral("before.json"), QStringLiteral("after.json"),
                             QStringLiteral("--output"), out, QStringLiteral("--firewall"),
                             QStringLiteral("FW-NOPE")},
                            folder);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err, QByteArray("portolan: unknown firewall 'FW-NOPE' (known: FW-INT, "
                                        "FW-CORE)\n"));
        QVERIFY(!QFileInfo::exists(out));
        result = run({QStringLiteral("before.json"), QStringLiteral("missing.json"),
                      QStringLiteral("--output"), out},
                     folder);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!QFileInfo::exists(out));
        // One delta per firewall, and the rules on no firewall.
        const QString split = dir.filePath(QStringLiteral("split"));
        result = run({QStringLiteral("before.json"), QStringLiteral("after.json"),
                      QStringLiteral("--split-firewalls"), split},
                     folder);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(QDir(split).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("FW-CORE.csv"), QStringLiteral("FW-INT.csv"),
                              QStringLiteral("no-firewall.csv")}));
        QCOMPARE(readAll(split + QStringLiteral("/FW-INT.csv")),
                 readAll(folder + QStringLiteral("/expected-fw-int.csv")));
        QCOMPARE(result.err, QByteArray("FW-INT: 4 added, 0 removed, 34 unchanged\n"
                                        "FW-CORE: 0 added, 0 removed, 12 unchanged\n"
                                        "(no firewall): 1 added, 0 removed, 7 unchanged\n"));
    }

    /// Ids stay with a rule through every edit that leaves it alone.
    void ruleIdsAreStable()
    {
        Topology before;
        before.reset(TestSupport::sampleProject(), catalog());
        QHash<QString, QString> idOf; // "source > destination port" → id
        auto describe = [](const Topology &t, const Rule &rule) {
            const Project &p = t.project();
            const Flow &flow = t.catalog().flows()[rule.flow];
            return (rule.isFromAny()
                        ? QStringLiteral("any")
                        : p.hosts[rule.sourceHost].addresses[rule.sourceAddress].toString()) +
                   u'>' +
                   p.hosts[rule.destinationHost].addresses[rule.destinationAddress].toString() +
                   u' ' + flow.transport + flow.portText();
        };
        for (const Rule &rule : before.rules())
            idOf.insert(describe(before, rule), before.identity().id(rule));
        QCOMPARE(idOf.size(), qsizetype(before.rules().size())); // distinct rules, distinct ids

        Project project = TestSupport::sampleProject();
        project.hosts[4].name = QStringLiteral("RENAMED"); // the Director
        project.hosts[4].position = QPointF(9999, 9999);
        project.hosts[5].description = QStringLiteral("changed");
        Host extra = project.hosts[6];
        extra.id = QStringLiteral("fe9");
        extra.name = QStringLiteral("LYNC-FE-09");
        extra.addresses = {*Address::parse(QStringLiteral("10.1.3.19"))};
        project.hosts.insert(project.hosts.begin(), extra); // every index shifts
        project.hosts[8].addresses.removeLast();            // LYNC-FE-02 loses its IPv6 address
        Topology after;
        after.reset(project, catalog());
        int kept = 0;
        for (const Rule &rule : after.rules()) {
            const QString key = describe(after, rule);
            if (idOf.contains(key)) {
                QCOMPARE(after.identity().id(rule), idOf.value(key));
                ++kept;
            }
        }
        // Gone: 444 from the Director and 5061 from the Edge to FE-02's IPv6
        // address, and 5061 from it to the Edge.
        QCOMPARE(kept, 47 - 3);
        // The format: ten characters of Crockford's base32.
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{10}$"))
                    .match(idOf.values().first())
                    .hasMatch());
    }

    void applyingTheDeltaGivesAfter()
    {
        int changes = 0;
        for (quint32 seed = 1; seed <= 70; ++seed) {
            QRandomGenerator random(seed * 7919);
            const Project first = TestSupport::randomProject(seed);
            Topology before;
            before.reset(first, catalog());
            Topology after;
            after.reset(edited(first, int(seed % 7), random), catalog());
            const RuleDelta delta(before, after);
            std::multiset<Placed> rules = placedRules(before);
            for (const RuleDelta::Change &change : delta.changes()) {
                if (change.added)
                    continue;
                const auto it = rules.find(placed(before, before.rules()[change.rule]));
                QVERIFY2(it != rules.end(), qPrintable(QStringLiteral("seed %1").arg(seed)));
                rules.erase(it);
            }
            for (const RuleDelta::Change &change : delta.changes()) {
                if (change.added)
                    rules.insert(placed(after, after.rules()[change.rule]));
            }
            QVERIFY2(rules == placedRules(after), qPrintable(QStringLiteral("seed %1").arg(seed)));
            // Per firewall too: unchanged + added = AFTER's rules on it.
            for (const RuleDelta::Firewall &entry : delta.firewalls()) {
                if (entry.after < 0 || !after.placement().hasZones())
                    continue;
                qsizetype added = 0;
                for (const RuleDelta::Change &change : entry.changes)
                    added += change.added ? 1 : 0;
                QCOMPARE(size_t(entry.unchanged + added),
                         after.placement().rulesOn(entry.after, after.rules()).size());
            }
            changes += int(delta.changes().size());
        }
        QVERIFY(changes > 100);
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
