// The headless command line, run as a user would: the built portolan binary in
// a process with no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM. Exit codes,
// messages, golden output, and output files left alone on every failure.

#include "catalogregistry.h"
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
           const QByteArray &input = QByteArray(), const QString &dataHome = QString())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Catalogs of the admin's own come from $XDG_DATA_HOME/portolan/catalogs.
    if (!dataHome.isEmpty()) {
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        environment.insert(QStringLiteral("XDG_DATA_DIRS"), dataHome);
    }
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
    void formatsListsTheRegistry();
    void languageBeforeTheCommand();
    void checkMatchesGolden_data();
    void checkMatchesGolden();
    void firewallSheets();
    void formatOptionBeatsTheSuffix();
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
    void catalogCsvMatchesGolden_data();
    void catalogCsvMatchesGolden();
    void catalogCsvGerman();
    void catalogTableExtras();
    void catalogList();
    void catalogValidate();
    void catalogBadUsage_data();
    void catalogBadUsage();
    void brokenUserCatalogStopsNothing();
    void projectWithUserCatalog();
    void newSamplesExport_data();
    void newSamplesExport();
    void sample();
    void warnsAboutHostsWithoutAddresses();
};

void TestCli::formatsListsTheRegistry()
{
    // Every format the registry holds, in registration order: what --format takes.
    const Result result = run({QStringLiteral("formats")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(
        QString::fromUtf8(result.out),
        QStringLiteral(
            "csv               .csv       Rule sheet, one row per rule (RFC 4180 CSV)\n"
            "nftables          .nft       One firewall's rules as an nftables table to include "
            "(nft -f)\n"
            "iptables          .rules.v4  One firewall's IPv4 rules for iptables-restore\n"
            "ip6tables         .rules.v6  One firewall's IPv6 rules for ip6tables-restore\n"
            "cisco-asa         .asa       One firewall's object groups and access lists (Cisco "
            "ASA)\n"
            "windows-firewall  .ps1       One server's inbound rules for Windows Firewall "
            "(PowerShell; -Preview shows them)\n"
            "svg               .svg       Flow diagram with its legend (SVG; names and ports stay "
            "text)\n"
            "pdf               .pdf       Change-request document: title block, diagram, rule "
            "table, host list (PDF)\n"
            "png               .png       Flow diagram with its legend (PNG image)\n"));
    const Result german =
        run({QStringLiteral("formats"), QStringLiteral("--language"), QStringLiteral("de")});
    QVERIFY(german.out.contains("Regeltabelle, eine Zeile je Regel"));
    QCOMPARE(run({QStringLiteral("formats"), QStringLiteral("extra")}).exitCode, 2);
}

void TestCli::checkMatchesGolden_data()
{
    QTest::addColumn<QString>("folder");
    const QString golden = dataPath(QStringLiteral("golden"));
    int cases = 0;
    for (const QString &name : QDir(golden).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (QFile::exists(golden + u'/' + name + QStringLiteral("/expected-check.txt"))) {
            QTest::newRow(qPrintable(name)) << golden + u'/' + name;
            ++cases;
        }
    }
    QVERIFY(cases >= 3);
}

void TestCli::checkMatchesGolden()
{
    QFETCH(QString, folder);
    const Result result = run({QStringLiteral("check"), QStringLiteral("project.json")}, folder);
    QCOMPARE(result.out + result.err, readAll(folder + QStringLiteral("/expected-check.txt")));
    QCOMPARE(result.exitCode, result.out.contains(": error: ") ? 1 : 0);
}

void TestCli::firewallSheets()
{
    const QString folder = dataPath(QStringLiteral("golden/zones-sample"));
    const QString project = folder + QStringLiteral("/project.json");
    QTemporaryDir dir;
    // One sheet per firewall, named after it, each equal to its --firewall golden.
    const QString split = dir.filePath(QStringLiteral("sheets"));
    Result result =
        run({QStringLiteral("export"), project, QStringLiteral("--split-firewalls"), split});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QCOMPARE(filesIn(split),
             (QStringList{QStringLiteral("FW-CORE.csv"), QStringLiteral("FW-INT.csv")}));
    QCOMPARE(readAll(split + QStringLiteral("/FW-INT.csv")),
             readAll(folder + QStringLiteral("/expected-fw-int.csv")));
    QCOMPARE(readAll(split + QStringLiteral("/FW-CORE.csv")),
             readAll(folder + QStringLiteral("/expected-fw-core.csv")));
    // An unknown firewall: exit 2, the known ones listed, nothing written.
    const QString target = dir.filePath(QStringLiteral("x.csv"));
    result = run({QStringLiteral("export"), project, QStringLiteral("--firewall"),
                  QStringLiteral("FW-DMZ"), QStringLiteral("--output"), target});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QByteArray("portolan: " + project.toUtf8() +
                                    ": unknown firewall 'FW-DMZ' (known: FW-INT, FW-CORE)\n"));
    QVERIFY(!QFileInfo::exists(target));
    // A project without zones has no firewall to name.
    result = run({QStringLiteral("export"), samplePath(), QStringLiteral("--firewall"),
                  QStringLiteral("FW-INT"), QStringLiteral("--output"), target});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.endsWith("define zones and firewalls first\n"), result.err.constData());
    // --split-firewalls and --output do not go together.
    result = run({QStringLiteral("export"), project, QStringLiteral("--split-firewalls"), split,
                  QStringLiteral("--output"), target});
    QCOMPARE(result.exitCode, 2);
}

void TestCli::languageBeforeTheCommand()
{
    // The language may come first, as for the window; the command still runs headless.
    const Result result = run({QStringLiteral("--language"), QStringLiteral("de"),
                               QStringLiteral("check"), samplePath()});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY2(result.out.contains(" Hosts, 47 Regeln, 0 Fehler"), result.out.constData());
}

void TestCli::formatOptionBeatsTheSuffix()
{
    QTemporaryDir dir;
    // A CSV written to a .txt name: --format decides, the suffix does not.
    const QString target = dir.filePath(QStringLiteral("rules.txt"));
    Result result = run({QStringLiteral("export"), samplePath(), QStringLiteral("--output"), target,
                         QStringLiteral("--format"), QStringLiteral("CSV")});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY(readAll(target).startsWith("Rule,Source Host,"));
    // An SVG by its suffix alone, painted without any display.
    const QString svg = dir.filePath(QStringLiteral("flows.svg"));
    result = run({QStringLiteral("export"), samplePath(), QStringLiteral("--output"), svg});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY(readAll(svg).contains("<svg"));
}

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
         {QStringList{QStringLiteral("catalog"), QStringLiteral("lync2013-single-director")},
          QStringList{QStringLiteral("catalog"), QStringLiteral("lync2013-single-director"),
                      QStringLiteral("--format"), QStringLiteral("table")}}) {
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
        run({QStringLiteral("catalog"), QStringLiteral("lync2013-single-director"),
             QStringLiteral("--language"), QStringLiteral("de")});
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
    const QString known = Portolan::CatalogRegistry::instance().ids().join(QStringLiteral(", "));
    QVERIFY(known.startsWith(QStringLiteral("lync2013-autodiscover, ")));
    QCOMPARE(QString::fromUtf8(result.err),
             QStringLiteral("portolan: unknown catalog 'nope' (known: %1)\n").arg(known));
    QVERIFY(result.out.isEmpty());
}

void TestCli::catalogCsvMatchesGolden_data()
{
    QTest::addColumn<QString>("id");
    const QStringList files = QDir(dataPath(QStringLiteral("catalogs")))
                                  .entryList({QStringLiteral("*.csv")}, QDir::Files);
    // One golden per built-in catalog, each read against Microsoft's table.
    QCOMPARE(files.size(), Portolan::CatalogRegistry::instance().ids().size());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file.chopped(4);
}

void TestCli::catalogCsvMatchesGolden()
{
    QFETCH(QString, id);
    const Result result =
        run({QStringLiteral("catalog"), id, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY(result.err.isEmpty());
    const QString golden = dataPath(QStringLiteral("catalogs/%1.csv").arg(id));
    const QString difference = Portolan::TestSupport::firstDifference(readAll(golden), result.out);
    QVERIFY2(difference.isEmpty(), qPrintable(golden + u'\n' + difference));
}

void TestCli::catalogCsvGerman()
{
    const Result result =
        run({QStringLiteral("catalog"), QStringLiteral("lync2013-dns-hlb-director-pool"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--language"),
             QStringLiteral("de")});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    const QList<QByteArray> lines = result.out.split('\n');
    // The header stays English: scripts read it.
    QCOMPARE(lines[0], QByteArray("Flow,Source Roles,Destination Roles,Transport,Source Port,Port,"
                                  "Protocol,Feature,Reference,Caution\r"));
    QCOMPARE(lines[7], QByteArray("jj205179-r7,any,director,TCP,,50001,MTLS,,\"JJ205179, "
                                  "Tabellenzeile 7\",JJ204648 (einzelner Director) leitet die "
                                  "Protokollierungsports 50001-50003 stattdessen an die interne "
                                  "Schnittstelle des Edgeservers.\r"));
}

void TestCli::catalogTableExtras()
{
    // Source ports, features and cautions appear in catalogs that have them.
    const Result ports =
        run({QStringLiteral("catalog"), QStringLiteral("lync2013-av-edge-source-ports")});
    QVERIFY2(ports.exitCode == 0, qPrintable(describe(ports)));
    QVERIFY(ports.out.contains("#  Source   Destination  Transport  Source Port  Port  Protocol  "
                               "Reference\n1  edge-av  internet     TCP        50000-59999  443   "
                               "A/V       table 3, row 1\n"));
    QVERIFY(ports.out.contains("\n3  any      edge-av      TCP        any          443   A/V       "
                               "table 3, row 3\n"));
    const Result sfb = run({QStringLiteral("catalog"), QStringLiteral("sfb2019-edge")});
    QVERIFY2(sfb.exitCode == 0, qPrintable(describe(sfb)));
    QVERIFY(sfb.out.contains("Features (off unless a project enables them):\n  xmpp-federation    "
                             "XMPP federation [not supported: XMPP gateways and proxies are no "
                             "longer supported in Skype for Business Server 2019.]\n"));
    const Result director =
        run({QStringLiteral("catalog"), QStringLiteral("lync2013-scaled-director-pool-hlb")});
    QVERIFY(director.out.endsWith(
        "Cautions (where Microsoft's pages disagree):\n"
        "  1: Gg398833 (ports for internal servers) lists the ports 443, 444, 5061 and 4443 for a "
        "Director load balancer, not 8080.\n"
        "  4: Gg398833 (ports for internal servers) lists the ports 443, 444, 5061 and 4443 for a "
        "Director load balancer, not 80.\n"
        "  7: JJ204648 (single Director) sends the logging ports 50001-50003 to the Edge Server's "
        "internal interface instead.\n"
        "  8: JJ204648 (single Director) sends the logging ports 50001-50003 to the Edge Server's "
        "internal interface instead.\n"
        "  9: JJ204648 (single Director) sends the logging ports 50001-50003 to the Edge Server's "
        "internal interface instead.\n"));
}

void TestCli::catalogList()
{
    const QString home = dataPath(QStringLiteral("user-catalogs/home"));
    const Result result = run({QStringLiteral("catalog")}, QString(), QByteArray(), home);
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY(result.err.isEmpty());
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n');
    QVERIFY(lines[0].startsWith(QStringLiteral("ID ")));
    QVERIFY(lines[0].contains(QStringLiteral("  Product ")));
    QVERIFY(lines[0].contains(QStringLiteral("  Source ")));
    // Every catalog, one a line, built-ins first, with product, flows and source.
    QCOMPARE(lines[12].simplified(),
             QStringLiteral("lync2013-single-director Lync Server 2013 13 built-in Lync Server "
                            "2013, port summary for a single Director"));
    QCOMPARE(lines[16].simplified(),
             QStringLiteral("sfb2019-edge-hlb Skype for Business Server 2019 30 built-in Skype "
                            "for Business Server 2019, Edge Server ports with hardware load "
                            "balancers (real servers and virtual IPs)"));
    const QString own = home + QStringLiteral("/portolan/catalogs/contoso-office-web-apps.json");
    QCOMPARE(lines[17].simplified(),
             QStringLiteral("contoso-office-web-apps Office Web Apps Server 2013 3 %1 Contoso: "
                            "Office Web Apps farm for Lync Server 2013 conferencing")
                 .arg(own));
    QCOMPARE(lines[18], QString());
    QCOMPARE(lines[19], QStringLiteral("Catalogs of your own are read from:"));
    QCOMPARE(lines[20], QStringLiteral("  %1/portolan/catalogs").arg(home));
}

void TestCli::catalogValidate()
{
    const QString folder = dataPath(QStringLiteral("user-catalogs/home/portolan/catalogs"));
    const Result good = run({QStringLiteral("catalog"), QStringLiteral("--validate"),
                             QStringLiteral("contoso-office-web-apps.json")},
                            folder);
    QVERIFY2(good.exitCode == 0, qPrintable(describe(good)));
    QCOMPARE(good.out, QByteArray("contoso-office-web-apps.json: catalog 'contoso-office-web-apps' "
                                  "is valid: 5 roles, 3 flows\n"));
    // Every broken file: exit 2 and its message (the same the registry reports).
    const QString bad = dataPath(QStringLiteral("user-catalogs/bad"));
    const QStringList names = Portolan::TestSupport::badCaseNames(bad);
    QCOMPARE(names.size(), 22);
    for (const QString &name : names) {
        const Result result =
            run({QStringLiteral("catalog"), QStringLiteral("--validate"), name}, bad);
        QVERIFY2(result.exitCode == 2, qPrintable(name + u'\n' + describe(result)));
        QCOMPARE(result.err, "portolan: " + readAll(bad + u'/' + name + QStringLiteral(".error")));
        QVERIFY(result.out.isEmpty());
    }
    const Result missing =
        run({QStringLiteral("catalog"), QStringLiteral("--validate"), QStringLiteral("nope.json")},
            bad);
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.err, QByteArray("portolan: nope.json: is not a regular file\n"));
}

void TestCli::catalogBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("catalog"), QStringLiteral("lync2013-single-director"),
                       QStringLiteral("--format"), QStringLiteral("xml")}
        << QByteArray("portolan: unknown catalog format 'xml' (known: table, csv)\n");
    QTest::newRow("csv without id")
        << QStringList{QStringLiteral("catalog"), QStringLiteral("--format"), QStringLiteral("csv")}
        << QByteArray("portolan: --format csv needs a catalog ID\n");
    QTest::newRow("validate with id")
        << QStringList{QStringLiteral("catalog"), QStringLiteral("lync2013-single-director"),
                       QStringLiteral("--validate"), QStringLiteral("x.json")}
        << QByteArray("portolan: --validate checks a FILE; give no catalog ID with it\n");
    QTest::newRow("German with a bad language")
        << QStringList{QStringLiteral("catalog"), QStringLiteral("--language"),
                       QStringLiteral("fr")}
        << QByteArray("portolan: unknown language 'fr': use en or de\n");
}

void TestCli::catalogBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, message);
    QVERIFY(result.out.isEmpty());
}

void TestCli::brokenUserCatalogStopsNothing()
{
    // A folder of the admin's own with a good catalog and every broken one:
    // listing warns about each by path, the rest of the CLI works as ever.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString folder = home.filePath(QStringLiteral("portolan/catalogs"));
    QVERIFY(QDir().mkpath(folder));
    const QString good = dataPath(QStringLiteral("user-catalogs/home/portolan/catalogs"));
    for (const QString &name :
         {QStringLiteral("contoso-office-web-apps.json"), QStringLiteral("owa-farm-vip.svg")})
        QVERIFY(QFile::copy(good + u'/' + name, folder + u'/' + name));
    const QString bad = dataPath(QStringLiteral("user-catalogs/bad"));
    QStringList broken = Portolan::TestSupport::badCaseNames(bad);
    // Beside the good catalog its icon is there: that case is no longer broken.
    broken.removeOne(QStringLiteral("icon-missing.json"));
    for (const QString &name : broken)
        QVERIFY(QFile::copy(bad + u'/' + name, folder + u'/' + name));

    const Result list = run({QStringLiteral("catalog")}, QString(), QByteArray(), home.path());
    QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
    QVERIFY(list.out.contains("\ncontoso-office-web-apps "));
    const QStringList warnings = QString::fromUtf8(list.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(warnings.size(), broken.size());
    for (qsizetype i = 0; i < broken.size(); ++i) {
        const QString expected =
            QString::fromUtf8(readAll(bad + u'/' + broken[i] + QStringLiteral(".error"))).trimmed();
        QCOMPARE(warnings[i],
                 QStringLiteral("portolan: warning: catalog skipped: %1/%2").arg(folder, expected));
    }

    const Result table = run({QStringLiteral("catalog"), QStringLiteral("contoso-office-web-apps")},
                             QString(), QByteArray(), home.path());
    QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
    const Result skipped = run({QStringLiteral("catalog"), QStringLiteral("unknown-key")},
                               QString(), QByteArray(), home.path());
    QCOMPARE(skipped.exitCode, 2);
    QCOMPARE(skipped.err,
             QStringLiteral("portolan: the catalog 'unknown-key' is skipped: %1/%2")
                 .arg(folder,
                      QString::fromUtf8(readAll(bad + QStringLiteral("/unknown-key.json.error"))))
                 .toUtf8());
    const Result check =
        run({QStringLiteral("check"), samplePath()}, QString(), QByteArray(), home.path());
    QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
    QVERIFY(check.err.isEmpty());
    const Result exported = run(
        {QStringLiteral("export"), samplePath(), QStringLiteral("--output"), QStringLiteral("-")},
        QString(), QByteArray(), home.path());
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
    QCOMPARE(exported.out, readAll(dataPath(QStringLiteral("golden/sample/expected.csv"))));
}

void TestCli::projectWithUserCatalog()
{
    const QByteArray project =
        R"({"format": "portolan-topology", "version": 1,
            "catalogs": ["lync2013-single-director", "contoso-office-web-apps"],
            "features": ["owa-http"], "title": "OWA",
            "hosts": [{"id": "vip", "name": "OWA-VIP", "role": "owa-farm-vip",
                       "addresses": ["10.1.3.40"], "x": 400, "y": 0},
                      {"id": "clients", "name": "CLIENTS", "role": "internal-clients",
                       "addresses": ["10.20.0.0/16"]}]})";
    const QString home = dataPath(QStringLiteral("user-catalogs/home"));
    const Result exported = run({QStringLiteral("export"), QStringLiteral("-"),
                                 QStringLiteral("--output"), QStringLiteral("-")},
                                QString(), project, home);
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
    QVERIFY(
        exported.out.contains(",CLIENTS,Internal client network,10.20.0.0/16,OWA-VIP,Office Web "
                              "Apps farm VIP (load balancer),10.1.3.40,TCP,80,HTTP,Redirects "
                              "plain HTTP to HTTPS.,\"UC-DESIGN-7, table row 3\","
                              "contoso-clients-owa-http,"));
    // Its own role is drawn with its own icon: the diagram names the host and the role.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString svg = dir.filePath(QStringLiteral("owa.svg"));
    const Result drawn =
        run({QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--output"), svg},
            QString(), project, home);
    QVERIFY2(drawn.exitCode == 0, qPrintable(describe(drawn)));
    const QByteArray picture = readAll(svg);
    QVERIFY(picture.contains("OWA-VIP"));
    QVERIFY(picture.contains(">TCP 443, 80<"));
    // Without the folder the catalog is unknown: exit 2, nothing written.
    const Result unknown = run({QStringLiteral("check"), QStringLiteral("-")}, QString(), project);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.startsWith("portolan: <stdin>: field 'catalogs' names an unknown catalog "
                                   "'contoso-office-web-apps' (known: "));
}

void TestCli::newSamplesExport_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("summary");
    QTest::newRow("Director pool")
        << "director-pool" << QByteArray("10 hosts, 36 rules, 0 errors, 0 warnings");
    QTest::newRow("Edge with NAT")
        << "edge-nat" << QByteArray("12 hosts, 27 rules, 0 errors, 1 warnings");
    QTest::newRow("perimeter") << "perimeter"
                               << QByteArray("18 hosts, 109 rules, 0 errors, 0 warnings");
}

void TestCli::newSamplesExport()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, summary);
    const QString path = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/%1.json").arg(name);
    const Result check = run({QStringLiteral("check"), path});
    QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
    QVERIFY2(check.out.endsWith(": " + summary + '\n'), check.out.constData());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *suffix : {"csv", "pdf", "svg"}) {
        const QString target = dir.filePath(name + u'.' + QLatin1String(suffix));
        const Result exported =
            run({QStringLiteral("export"), path, QStringLiteral("--output"), target});
        QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
        QVERIFY(QFileInfo(target).size() > 1000);
    }
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
