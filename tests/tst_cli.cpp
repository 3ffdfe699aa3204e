// The headless command line, run as a user would: the built portolan binary in
// a process with no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM. Exit codes,
// messages, golden output, and output files left alone on every failure.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString dataPath(const QString &relative)
{
    return QStringLiteral(PORTOLAN_TEST_DATA) + u'/' + relative;
}

using Portolan::TestSupport::readAll;
using Portolan::TestSupport::samplePath;
using Portolan::TestSupport::writeAll;

Result run(const QStringList &arguments, const QString &workingDirectory = QString(),
           const QByteArray &input = QByteArray())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LANG"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));

    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(PORTOLAN_BINARY), arguments);
    Result result;
    if (!process.waitForStarted(30000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

QString describe(const Result &result)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.out.left(2000)), QString::fromUtf8(result.err.left(2000)));
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

/// The sheets of one golden case, as in tst_csv: file name → export options.
QList<QPair<QString, QStringList>> sheetsOf(const QString &caseFolder)
{
    QList<QPair<QString, QStringList>> sheets;
    const QString optionsPath = caseFolder + QStringLiteral("/options");
    if (!QFile::exists(optionsPath))
        return {{QStringLiteral("expected.csv"), {}}};
    const QStringList lines = QString::fromUtf8(readAll(optionsPath)).split(u'\n');
    for (const QString &line : lines) {
        QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (!words.isEmpty()) {
            const QString file = words.takeFirst();
            sheets.append({file, words});
        }
    }
    return sheets;
}

const QByteArray existingContent = "an earlier export that must survive\r\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportMatchesGolden_data();
    void exportMatchesGolden();
    void exportToStandardOutput();
    void exportFromStandardInput();
    void checkSample();
    void topologyErrors();
    void badFiles_data();
    void badFiles();
    void missingProject();
    void badUsage_data();
    void badUsage();
    void unwritableOutput();
    void outputOverProject();
    void help();
    void version();
    void catalog();
    void catalogGerman();
    void unknownCatalog();
    void sample();
    void warnsAboutHostsWithoutAddresses();
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(PORTOLAN_BINARY)).isExecutable(), PORTOLAN_BINARY);
}

void TestCli::exportMatchesGolden_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    const QString golden = dataPath(QStringLiteral("golden"));
    QStringList cases = QDir(golden).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    cases.removeAll(QStringLiteral("policy")); // vendor outputs: tst_policy
    QVERIFY(!cases.isEmpty());
    for (const QString &name : cases) {
        for (const auto &[file, options] : sheetsOf(golden + u'/' + name))
            QTest::newRow(qPrintable(name + u'/' + file))
                << golden + u'/' + name << file << options;
    }
}

void TestCli::exportMatchesGolden()
{
    QFETCH(QString, folder);
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(QStringLiteral("rules.csv"));
    const Result result =
        run(QStringList{QStringLiteral("export"), folder + QStringLiteral("/project.json"),
                        QStringLiteral("--output"), output} +
            options);
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(readAll(output), readAll(folder + u'/' + file));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("rules.csv")});
}

void TestCli::exportToStandardOutput()
{
    const Result result = run(
        {QStringLiteral("export"), samplePath(), QStringLiteral("--output"), QStringLiteral("-")});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QCOMPARE(result.out, readAll(dataPath(QStringLiteral("golden/sample/expected.csv"))));
    QCOMPARE(result.err, QByteArray());

    const Result german =
        run({QStringLiteral("export"), samplePath(), QStringLiteral("-o"), QStringLiteral("-"),
             QStringLiteral("--excel"), QStringLiteral("--language"), QStringLiteral("de")});
    QVERIFY2(german.exitCode == 0, qPrintable(describe(german)));
    QCOMPARE(german.out, readAll(dataPath(QStringLiteral("golden/sample/expected-excel-de.csv"))));
}

void TestCli::exportFromStandardInput()
{
    const Result result = run({QStringLiteral("export"), QStringLiteral("-"),
                               QStringLiteral("--output"), QStringLiteral("-")},
                              QString(), readAll(samplePath()));
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QCOMPARE(result.out, readAll(dataPath(QStringLiteral("golden/sample/expected.csv"))));
}

void TestCli::checkSample()
{
    const Result result = run({QStringLiteral("check"), QStringLiteral("single-director.json")},
                              QFileInfo(samplePath()).path());
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QCOMPARE(result.out, QByteArray("single-director.json: 9 hosts, 47 rules, 0 errors, "
                                    "0 warnings\n"));
    QCOMPARE(result.err, QByteArray());
}

void TestCli::topologyErrors()
{
    // A network address on a Director: check exits 1, export refuses and
    // leaves an existing output as it was.
    const QString folder = dataPath(QStringLiteral("cli"));
    const Result check =
        run({QStringLiteral("check"), QStringLiteral("network-on-director.json")}, folder);
    QVERIFY2(check.exitCode == 1, qPrintable(describe(check)));
    QVERIFY2(check.out.startsWith("network-on-director.json: error: LYNC-DIR-01: 10.1.2.0/24 is a "
                                  "network; a Director needs host addresses\n"),
             check.out.constData());
    QVERIFY(check.out.endsWith("network-on-director.json: 3 hosts, 7 rules, 1 errors, "
                               "3 warnings\n"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(QStringLiteral("rules.csv"));
    QVERIFY(writeAll(output, existingContent));
    const Result exported =
        run({QStringLiteral("export"), QStringLiteral("network-on-director.json"),
             QStringLiteral("--output"), output},
            folder);
    QVERIFY2(exported.exitCode == 1, qPrintable(describe(exported)));
    QVERIFY(exported.out.isEmpty());
    QVERIFY(exported.err.contains("network-on-director.json: error: LYNC-DIR-01: 10.1.2.0/24 is a "
                                  "network; a Director needs host addresses\n"));
    QVERIFY(exported.err.endsWith("portolan: network-on-director.json: not exported: the topology "
                                  "has errors (see above)\n"));
    QCOMPARE(readAll(output), existingContent);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("rules.csv")});

    // To a new file: nothing is created.
    const QString fresh = dir.filePath(QStringLiteral("new.csv"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("network-on-director.json"),
                  QStringLiteral("--output"), fresh},
                 folder)
                 .exitCode,
             1);
    QVERIFY(!QFile::exists(fresh));
}

void TestCli::badFiles_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = Portolan::TestSupport::badCaseNames(dataPath(QStringLiteral("bad")));
    QVERIFY(names.size() >= 30);
    for (const QString &name : std::as_const(names))
        QTest::newRow(qPrintable(name)) << name;
}

void TestCli::badFiles()
{
    QFETCH(QString, name);
    const QString folder = dataPath(QStringLiteral("bad"));
    const QByteArray expected = readAll(folder + u'/' + name + QStringLiteral(".error"));
    QVERIFY2(!expected.isEmpty(), "the case has no .error file");
    const QByteArray message = "portolan: " + expected; // the .error file ends with a newline

    const Result check = run({QStringLiteral("check"), name}, folder);
    QVERIFY2(check.exitCode == 2, qPrintable(describe(check)));
    QCOMPARE(check.err, message);
    QVERIFY(check.out.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(QStringLiteral("rules.csv"));
    QVERIFY(writeAll(output, existingContent));
    const Result exported =
        run({QStringLiteral("export"), name, QStringLiteral("--output"), output}, folder);
    QVERIFY2(exported.exitCode == 2, qPrintable(describe(exported)));
    QCOMPARE(exported.err, message);
    QVERIFY(exported.out.isEmpty());
    QCOMPARE(readAll(output), existingContent);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("rules.csv")});

    const Result toStdout = run(
        {QStringLiteral("export"), name, QStringLiteral("--output"), QStringLiteral("-")}, folder);
    QCOMPARE(toStdout.exitCode, 2);
    QVERIFY(toStdout.out.isEmpty());
}

void TestCli::missingProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result result = run({QStringLiteral("export"), QStringLiteral("nope.json"),
                               QStringLiteral("--output"), QStringLiteral("out.csv")},
                              dir.path());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err,
             QByteArray("portolan: nope.json: cannot open: No such file or directory\n"));
    QVERIFY(filesIn(dir.path()).isEmpty());

    const Result folder = run({QStringLiteral("check"), dir.path()});
    QCOMPARE(folder.exitCode, 2);
    QCOMPARE(folder.err,
             "portolan: " + dir.path().toUtf8() + ": is a folder, not a project file\n");
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString sample = samplePath();
    const QString export_ = QStringLiteral("export");
    const QString output = QStringLiteral("--output");
    QTest::newRow("no output") << QStringList{export_, sample}
                               << "portolan: export needs --output FILE (or --output - for "
                                  "standard output)\n";
    QTest::newRow("no project") << QStringList{export_, output, QStringLiteral("out.csv")}
                                << "portolan: export needs exactly one PROJECT; see 'portolan "
                                   "export --help'\n";
    QTest::newRow("two projects") << QStringList{export_, sample, sample, output,
                                                 QStringLiteral("out.csv")}
                                  << "portolan: export needs exactly one PROJECT; see 'portolan "
                                     "export --help'\n";
    QTest::newRow("unknown option")
        << QStringList{export_, sample, output, QStringLiteral("out.csv"),
                       QStringLiteral("--frobnicate")}
        << "portolan: Unknown option 'frobnicate'.\n";
    QTest::newRow("option without value")
        << QStringList{export_, sample, output} << "portolan: Missing value after '--output'.\n";
    // Only the start: the list of known formats grows with the diagram exports.
    QTest::newRow("unknown format by extension")
        << QStringList{export_, sample, output, QStringLiteral("out.docx")}
        << "portolan: out.docx: unknown export format 'docx' (known: csv";
    QTest::newRow("unknown format option")
        << QStringList{export_,
                       sample,
                       output,
                       QStringLiteral("out.csv"),
                       QStringLiteral("--format"),
                       QStringLiteral("xml")}
        << "portolan: out.csv: unknown export format 'xml' (known: csv";
    QTest::newRow("unknown language") << QStringList{export_,
                                                     sample,
                                                     output,
                                                     QStringLiteral("out.csv"),
                                                     QStringLiteral("--language"),
                                                     QStringLiteral("fr")}
                                      << "portolan: unknown language 'fr': use en or de\n";
    QTest::newRow("check without project") << QStringList{QStringLiteral("check")}
                                           << "portolan: check needs exactly one PROJECT; see "
                                              "'portolan check --help'\n";
    QTest::newRow("catalog with two ids")
        << QStringList{QStringLiteral("catalog"), QStringLiteral("a"), QStringLiteral("b")}
        << "portolan: catalog takes at most one ID\n";
    QTest::newRow("sample with an argument")
        << QStringList{QStringLiteral("sample"), QStringLiteral("extra")}
        << "portolan: sample takes no arguments\n";
}

void TestCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result result = run(arguments, dir.path());
    QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
    if (message.endsWith(u'\n'))
        QCOMPARE(QString::fromUtf8(result.err), message);
    else
        QVERIFY2(QString::fromUtf8(result.err).startsWith(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(filesIn(dir.path()).isEmpty());
}

void TestCli::unwritableOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(QStringLiteral("missing/rules.csv"));
    const Result result =
        run({QStringLiteral("export"), samplePath(), QStringLiteral("--output"), output});
    QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
    QVERIFY2(result.err.startsWith("portolan: " + output.toUtf8() + ": cannot write: "),
             result.err.constData());
    QVERIFY(filesIn(dir.path()).isEmpty());

    // A folder in the way of the output: refused, the folder left as it was.
    const QString folder = dir.filePath(QStringLiteral("taken.csv"));
    QVERIFY(QDir().mkpath(folder));
    const Result taken =
        run({QStringLiteral("export"), samplePath(), QStringLiteral("--output"), folder});
    QCOMPARE(taken.exitCode, 2);
    QVERIFY2(taken.err.startsWith("portolan: " + folder.toUtf8() + ": cannot write"),
             taken.err.constData());
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("taken.csv")});
}

void TestCli::outputOverProject()
{
    // Exporting over the project itself would destroy it: refused, file intact.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("site.json"));
    QVERIFY(QFile::copy(samplePath(), project));
    const Result result =
        run({QStringLiteral("export"), QStringLiteral("site.json"), QStringLiteral("--output"),
             QStringLiteral("./site.json"), QStringLiteral("--format"), QStringLiteral("csv")},
            dir.path());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err,
             QByteArray("portolan: ./site.json: the output would overwrite the project file\n"));
    QCOMPARE(readAll(project), readAll(samplePath()));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("site.json")});
}

void TestCli::help()
{
    const Result result = run({QStringLiteral("--help")});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY(result.out.startsWith("Usage: "));
    for (const char *text : {"export PROJECT --output FILE", "check PROJECT", "catalog [ID]",
                             "sample [--output FILE]", "Exit codes: 0 success, 1", "--version"})
        QVERIFY2(result.out.contains(text), text);

    const Result exportHelp = run({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY(exportHelp.out.startsWith("Usage: portolan export [options] PROJECT"));
    for (const char *text : {"--output <file>", "--excel", "--with-header", "--language"})
        QVERIFY2(exportHelp.out.contains(text), text);
}

void TestCli::version()
{
    const Result result = run({QStringLiteral("--version")});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY2(QRegularExpression(QStringLiteral("^portolan \\d+\\.\\d+\\.\\d+\\n$"))
                 .match(QString::fromUtf8(result.out))
                 .hasMatch(),
             result.out.constData());
    QVERIFY(result.err.isEmpty());
}

void TestCli::catalog()
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("catalog")},
          QStringList{QStringLiteral("catalog"), QStringLiteral("lync2013-single-director")}}) {
        const Result result = run(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const QStringList lines = QString::fromUtf8(result.out).split(u'\n');
        QCOMPARE(lines.first(), QStringLiteral("lync2013-single-director: Lync Server 2013, port "
                                               "summary for a single Director"));
        // One line per flow: number, roles, transport, port, protocol, reference.
        QStringList flows;
        static const QRegularExpression flowLine(QStringLiteral("^(\\d+) +(.*)$"));
        for (const QString &line : lines) {
            const auto match = flowLine.match(line);
            if (match.hasMatch())
                flows.append(match.captured(1) + u' ' + match.captured(2).simplified());
        }
        QCOMPARE(flows.size(), 13);
        QCOMPARE(flows[0], QStringLiteral("1 reverse-proxy director TCP 8080 HTTP table row 1"));
        QCOMPARE(flows[4], QStringLiteral("5 director front-end-pool, front-end-server TCP 444 "
                                          "HTTPS table row 3"));
        QCOMPARE(flows[9], QStringLiteral("10 director, front-end-pool, front-end-server "
                                          "edge-internal TCP 5061 SIP/MTLS introduction"));
        QCOMPARE(flows[12], QStringLiteral("13 any edge-internal TCP 50003 MTLS table row 9"));
    }
}

void TestCli::catalogGerman()
{
    const Result result =
        run({QStringLiteral("catalog"), QStringLiteral("--language"), QStringLiteral("de")});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    const QString text = QString::fromUtf8(result.out);
    QVERIFY(text.startsWith(QStringLiteral("lync2013-single-director: Lync Server 2013, "
                                           "Portzusammenfassung für einen einzelnen Director\n")));
    QVERIFY(text.contains(QStringLiteral("Beliebig")));
    QVERIFY(text.contains(QStringLiteral("Tabellenzeile 7")));
    QVERIFY(text.contains(QStringLiteral("Einleitung")));
}

void TestCli::unknownCatalog()
{
    const Result result = run({QStringLiteral("catalog"), QStringLiteral("nope")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err,
             QByteArray("portolan: unknown catalog 'nope' (known: lync2013-single-director)\n"));
    QVERIFY(result.out.isEmpty());
}

void TestCli::sample()
{
    const Result result = run({QStringLiteral("sample")});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY(result.out.startsWith("{\n  \"format\": \"portolan-topology\",\n  \"version\": 1,\n"));
    QVERIFY(result.out.contains("\"id\": \"fe3\""));

    // Written to a file, it checks clean and exports the sample's golden sheet.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sample.json"));
    const Result toFile = run({QStringLiteral("sample"), QStringLiteral("--output"), path});
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(readAll(path), result.out);
    const Result exported =
        run({QStringLiteral("export"), path, QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out, readAll(dataPath(QStringLiteral("golden/sample/expected.csv"))));
}

void TestCli::warnsAboutHostsWithoutAddresses()
{
    const QString folder = dataPath(QStringLiteral("cli"));
    const Result exported = run({QStringLiteral("export"), QStringLiteral("no-addresses.json"),
                                 QStringLiteral("--output"), QStringLiteral("-")},
                                folder);
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
    QCOMPARE(exported.err,
             QByteArray("no-addresses.json: warning: LYNC-POOL-01: no address: it gets no firewall "
                        "rules\n"
                        "no-addresses.json: warning: LYNC-EDGE-01: no address: it gets no firewall "
                        "rules\n"));
    // rp > dir (1, 2), rp > fe1 (3, 4), dir > fe1 (5), clients > dir (6, 7): 7 rows.
    QCOMPARE(exported.out.count("\r\n"), 8);
    QVERIFY(!exported.out.contains("LYNC-POOL-01"));
    QVERIFY(!exported.out.contains("LYNC-EDGE-01"));

    const Result check =
        run({QStringLiteral("check"), QStringLiteral("no-addresses.json")}, folder);
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.out, QByteArray("no-addresses.json: warning: LYNC-POOL-01: no address: it gets "
                                   "no firewall rules\n"
                                   "no-addresses.json: warning: LYNC-EDGE-01: no address: it gets "
                                   "no firewall rules\n"
                                   "no-addresses.json: 6 hosts, 7 rules, 0 errors, 2 warnings\n"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
