// Firewall configurations from zone projects, end to end: the real binary
// writes every firewall's (and every server's) file, each equals its golden
// and loads into the vendor's own checker; at scale and on random
// topologies every compiled policy accepts exactly the firewall's rules.

#include "checkers.h"
#include "policyoutputs.h"
#include "randomproject.h"
#include "testsupport.h"
#include "topology.h"
#include "topologygenerator.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;
using TestSupport::readAll;

namespace {

const QStringList &configurationFormats()
{
    static const QStringList formats{QStringLiteral("nftables"), QStringLiteral("iptables"),
                                     QStringLiteral("ip6tables"), QStringLiteral("cisco-asa"),
                                     QStringLiteral("windows-firewall")};
    return formats;
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
    process.start(QStringLiteral(PORTOLAN_BINARY), arguments);
    Result result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

void expectLoads(const QString &path)
{
    const auto checker = TestSupport::checkerOf(path);
    if (!checker)
        return;
    bool ok = false;
    const QString output = TestSupport::runChecker(checker->first, checker->second, &ok);
    QVERIFY2(ok, qPrintable(checker->first + QStringLiteral(" refuses ") + path +
                            QStringLiteral(":\n") + output));
}

} // namespace

class TestConfigurations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("format");
        const QString golden = QStringLiteral(PORTOLAN_TEST_DATA "/golden");
        int cases = 0;
        for (const QString &name : QDir(golden).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!QDir(golden + u'/' + name + QStringLiteral("/configurations")).exists())
                continue;
            ++cases;
            for (const QString &format : configurationFormats())
                QTest::addRow("%s/%s", qPrintable(name), qPrintable(format))
                    << golden + u'/' + name << format;
        }
        QVERIFY(cases >= 2);
    }

    void golden()
    {
        QFETCH(QString, folder);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString out = dir.filePath(format);
        const Result result =
            run({QStringLiteral("export"), QStringLiteral("project.json"),
                 QStringLiteral("--format"), format, QStringLiteral("--split-firewalls"), out},
                folder);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString expected = folder + QStringLiteral("/configurations/") + format;
        // The counts of every policy, each "exact".
        QCOMPARE(result.err, readAll(expected + QStringLiteral(".report")));
        QCOMPARE(filesIn(out), filesIn(expected));
        QVERIFY(!filesIn(out).isEmpty());
        for (const QString &file : filesIn(out)) {
            const QByteArray actual = readAll(out + u'/' + file);
            QVERIFY2(actual == readAll(expected + u'/' + file),
                     qPrintable(expected + u'/' + file + QStringLiteral(" differs")));
            // A golden file alone does not prove it loads: the vendor's checker does.
            expectLoads(out + u'/' + file);
        }
    }

    void oneFirewallAndOneServer()
    {
        const QString folder = QStringLiteral(PORTOLAN_TEST_DATA "/golden/zones-sample");
        QTemporaryDir dir;
        // The format follows from the suffix; --firewall names the firewall.
        const QString nft = dir.filePath(QStringLiteral("fw-int.nft"));
        Result result = run({QStringLiteral("export"), QStringLiteral("project.json"),
                             QStringLiteral("--firewall"), QStringLiteral("FW-INT"),
                             QStringLiteral("--output"), nft},
                            folder);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(readAll(nft),
                 readAll(folder + QStringLiteral("/configurations/nftables/FW-INT.nft")));
        QCOMPARE(result.err, QByteArray("FW-INT: 34 derived rules → 7 policy rules, 7 address "
                                        "objects, 3 service objects, 0 redundant dropped; "
                                        "exact\n"));
        const QString ps1 = dir.filePath(QStringLiteral("dir.ps1"));
        result =
            run({QStringLiteral("export"), QStringLiteral("project.json"), QStringLiteral("--host"),
                 QStringLiteral("LYNC-DIR-01"), QStringLiteral("--output"), ps1},
                folder);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(
            readAll(ps1),
            readAll(folder + QStringLiteral("/configurations/windows-firewall/LYNC-DIR-01.ps1")));
        // Without --firewall a network format says how to name one, and writes nothing.
        const QString missing = dir.filePath(QStringLiteral("x.nft"));
        result = run({QStringLiteral("export"), QStringLiteral("project.json"),
                      QStringLiteral("--output"), missing},
                     folder);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("nftables writes one firewall at a time"),
                 result.err.constData());
        QVERIFY(!QFileInfo::exists(missing));
        // An unknown server lists the servers.
        result = run({QStringLiteral("export"), QStringLiteral("project.json"),
                      QStringLiteral("--host"), QStringLiteral("CLIENTS-HQ"),
                      QStringLiteral("--output"), dir.filePath(QStringLiteral("c.ps1"))},
                     folder);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(
            result.err.contains("no server 'CLIENTS-HQ' receives a rule (servers: LYNC-DIR-01, "
                                "LYNC-EDGE-01, LYNC-FE-01, LYNC-FE-02, LYNC-FE-03, "
                                "LYNC-POOL-01)"),
            result.err.constData());
    }

    void checkProvesEveryPolicy()
    {
        const QString folder = QStringLiteral(PORTOLAN_TEST_DATA "/golden/zones-sample");
        const Result result = run(
            {QStringLiteral("check"), QStringLiteral("--outputs"), QStringLiteral("project.json")},
            folder);
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
        // Two firewalls and six servers, each proven exact, then the summary.
        QCOMPARE(lines.size(), 2 + 6 + 1);
        QCOMPARE(lines[0],
                 QStringLiteral("project.json: FW-INT: 34 derived rules → 7 policy rules, "
                                "7 address objects, 3 service objects, 0 redundant "
                                "dropped; exact"));
        for (int i = 0; i < 8; ++i)
            QVERIFY2(lines[i].endsWith(QStringLiteral("; exact")), qPrintable(lines[i]));
        QCOMPARE(lines.last(),
                 QStringLiteral("project.json: 9 hosts, 47 rules, 0 errors, 0 warnings"));
    }

    void networkFormatsNeedZones()
    {
        QTemporaryDir dir;
        for (const QString &format : {QStringLiteral("nftables"), QStringLiteral("iptables"),
                                      QStringLiteral("cisco-asa")}) {
            const Result result = run({QStringLiteral("export"), TestSupport::samplePath(),
                                       QStringLiteral("--format"), format,
                                       QStringLiteral("--output"), dir.filePath(format)},
                                      dir.path());
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.endsWith("define zones and firewalls first\n"),
                     result.err.constData());
        }
        // A host firewall needs no zones.
        const Result result =
            run({QStringLiteral("export"), TestSupport::samplePath(), QStringLiteral("--format"),
                 QStringLiteral("windows-firewall"), QStringLiteral("--split-firewalls"),
                 dir.filePath(QStringLiteral("ps"))},
                dir.path());
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(filesIn(dir.filePath(QStringLiteral("ps"))).size(), 6);
    }

    /// Ten sites with zones: every firewall's nftables and iptables files load
    /// and every policy is exact.
    void atScale()
    {
        TopologyGenerator generator;
        generator.setZones(true);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("ten.portolan.json"));
        QString error;
        QVERIFY2(ProjectFile::save(project, generator.generate(10), &error), qPrintable(error));
        for (const QString &format : {QStringLiteral("nftables"), QStringLiteral("iptables"),
                                      QStringLiteral("ip6tables")}) {
            const QString out = dir.filePath(format);
            const Result result =
                run({QStringLiteral("export"), project, QStringLiteral("--format"), format,
                     QStringLiteral("--split-firewalls"), out},
                    dir.path());
            QVERIFY2(result.exitCode == 0, result.err.constData());
            // One report per file (beside check's warnings, such as an unused firewall).
            const QStringList reports = QString::fromUtf8(result.err)
                                            .split(u'\n', Qt::SkipEmptyParts)
                                            .filter(QStringLiteral(" derived rules → "));
            QCOMPARE(reports.size(), filesIn(out).size());
            for (const QString &report : reports)
                QVERIFY2(report.endsWith(QStringLiteral("; exact")), qPrintable(report));
            for (const QString &file : filesIn(out))
                expectLoads(out + u'/' + file);
        }
    }

    /// On random topologies, each firewall's and each server's policy accepts
    /// exactly its derived rules, and every rule of a firewall is among them.
    void randomTopologiesCompileExactly()
    {
        const auto catalog = Catalog::load(QStringLiteral("lync2013-single-director"));
        int firewallsChecked = 0;
        for (quint32 seed = 1; seed <= 60; ++seed) {
            Topology topology;
            topology.reset(TestSupport::randomProject(seed), catalog);
            const RulePlacement &placement = topology.placement();
            for (int f = 0; f < topology.firewallCount(); ++f) {
                const PolicyInput input = firewallRequirements(topology, f);
                QCOMPARE(size_t(input.size()), placement.rulesOn(f, topology.rules()).size());
                const CheckedPolicy checked = compileChecked(input);
                QVERIFY2(checked.difference.isEmpty(),
                         qPrintable(QStringLiteral("seed %1, firewall %2: %3")
                                        .arg(seed)
                                        .arg(f)
                                        .arg(checked.difference)));
                ++firewallsChecked;
            }
            for (int host : ruleDestinations(topology)) {
                const CheckedPolicy checked = compileChecked(hostRequirements(topology, host));
                QVERIFY2(checked.difference.isEmpty(),
                         qPrintable(QStringLiteral("seed %1, host %2: %3")
                                        .arg(seed)
                                        .arg(host)
                                        .arg(checked.difference)));
            }
        }
        QVERIFY(firewallsChecked > 100);
    }
};

QTEST_GUILESS_MAIN(TestConfigurations)
#include "tst_configurations.moc"
