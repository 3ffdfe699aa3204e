// The CSV rule sheet: golden files compared byte for byte, formula
// neutralisation, RFC 4180 quoting, and large sheets written in chunks.
//
// tests/data/golden/<case>/ holds project.json and its expected sheets. Without
// an `options` file the sheet is expected.csv with default options; with one,
// each line is "FILE [--excel] [--with-header] [--language LANG]".
// tests/regenerate-goldens.sh rewrites them from the built binary.

#include "catalogregistry.h"
#include "csvexport.h"
#include "outputformat.h"
#include "projectfile.h"
#include "rules.h"
#include "testsupport.h"
#include "topology.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Portolan;

namespace {

QString goldenFolder()
{
    return QStringLiteral(PORTOLAN_TEST_DATA "/golden");
}

using TestSupport::readAll;

/// The sheets of one golden case: file name → export options (as words).
QList<QPair<QString, QStringList>> sheetsOf(const QString &caseFolder)
{
    QList<QPair<QString, QStringList>> sheets;
    const QString optionsPath = caseFolder + QStringLiteral("/options");
    if (!QFile::exists(optionsPath)) {
        sheets.append({QStringLiteral("expected.csv"), {}});
        return sheets;
    }
    const QStringList lines = QString::fromUtf8(readAll(optionsPath)).split(u'\n');
    for (const QString &line : lines) {
        QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QString file = words.takeFirst();
        sheets.append({file, words});
    }
    return sheets;
}

bool toOptions(const QStringList &words, CsvOptions *options, QStringList *firewalls)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i] == QLatin1String("--firewall") && i + 1 < words.size()) {
            firewalls->append(words[++i]);
            continue;
        }
        if (words[i] == QLatin1String("--excel"))
            options->excel = true;
        else if (words[i] == QLatin1String("--with-header"))
            options->withHeader = true;
        else if (words[i] == QLatin1String("--language") && i + 1 < words.size())
            options->language = words[++i];
        else
            return false;
    }
    return true;
}

/// The sheets of the firewalls named @p firewalls, through the output registry's CSV format.
QByteArray firewallSheet(const Project &project, const CsvOptions &options,
                         const QStringList &firewalls)
{
    Topology topology;
    topology.reset(project, catalogForProject(project));
    OutputRegistry registry;
    registerModelOutputs(registry);
    OutputOptions outputOptions;
    outputOptions.language = options.language;
    outputOptions.excel = options.excel;
    outputOptions.withHeader = options.withHeader;
    outputOptions.firewalls = firewalls;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const bool ok = registry.find(QStringLiteral("csv"))
                        ->write({topology, outputOptions, {}, nullptr, {}}, &buffer, &error);
    Q_ASSERT(ok);
    return buffer.data();
}

QByteArray sheet(const Project &project, const CsvOptions &options)
{
    const auto catalog = catalogForProject(project);
    Q_ASSERT(catalog);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const bool ok =
        writeRuleSheet(&buffer, *catalog, project, deriveRules(*catalog, project), options);
    Q_ASSERT(ok);
    return buffer.data();
}

/// Empty when equal; otherwise where the first difference is, diff-style.
QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    if (expected == actual)
        return QString();
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QByteArray el = e.value(i);
        const QByteArray al = a.value(i);
        if (el != al || i >= e.size() || i >= a.size()) {
            return QStringLiteral("first difference at line %1 (expected %2 lines, got %3)\n"
                                  "- %4\n+ %5")
                .arg(i + 1)
                .arg(e.size())
                .arg(a.size())
                .arg(QString::fromUtf8(el.toPercentEncoding(" ,;\"'=+-@.:/()|!#")),
                     QString::fromUtf8(al.toPercentEncoding(" ,;\"'=+-@.:/()|!#")));
        }
    }
    return QStringLiteral("the files differ");
}

Host makeHost(const QString &id, const QString &name, const char *role, const char *address)
{
    Host host;
    host.id = id;
    host.name = name;
    host.role = QString::fromUtf8(role);
    host.addresses.append(*Address::parse(QString::fromUtf8(address)));
    return host;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void goldenCasesAreComplete();
    void sampleCaseIsTheSample();
    void columns();
    void neutralizeFormula_data();
    void neutralizeFormula();
    void quotingAndLineEnds();
    void excelSeparatorQuoting();
    void addressesAreNeverAltered();
    void largeSheetIsComplete();
    void refusedWriteFails();
    void cancelledExportLeavesNoFile();
};

void TestCsv::golden_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("words");
    QStringList cases = QDir(goldenFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    cases.removeAll(QStringLiteral("policy")); // vendor outputs: tst_policy
    QVERIFY(cases.size() >= 6);
    for (const QString &name : cases) {
        const QString folder = goldenFolder() + u'/' + name;
        for (const auto &[file, words] : sheetsOf(folder))
            QTest::newRow(qPrintable(name + u'/' + file)) << folder << file << words;
    }
}

void TestCsv::golden()
{
    QFETCH(QString, folder);
    QFETCH(QString, file);
    QFETCH(QStringList, words);
    CsvOptions options;
    QStringList firewalls;
    QVERIFY2(toOptions(words, &options, &firewalls), qPrintable(words.join(u' ')));
    Project project;
    QString error;
    QVERIFY2(ProjectFile::load(folder + QStringLiteral("/project.json"), &project, &error),
             qPrintable(error));
    const QString expectedPath = folder + u'/' + file;
    QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath));
    const QByteArray expected = readAll(expectedPath);
    const QByteArray actual =
        firewalls.isEmpty() ? sheet(project, options) : firewallSheet(project, options, firewalls);
    const QString difference = firstDifference(expected, actual);
    QVERIFY2(difference.isEmpty(), qPrintable(expectedPath + u'\n' + difference));

    // Invariants every sheet keeps: CRLF only at row ends, BOM exactly with --excel.
    QCOMPARE(actual.startsWith("\xEF\xBB\xBF"), options.excel);
    QVERIFY(actual.endsWith("\r\n"));
}

void TestCsv::goldenCasesAreComplete()
{
    // Every expected file is one some options line names, and every case has its project.
    QStringList cases = QDir(goldenFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    cases.removeAll(QStringLiteral("policy")); // vendor outputs: tst_policy
    for (const QString &name : cases) {
        const QString folder = goldenFolder() + u'/' + name;
        QVERIFY2(QFile::exists(folder + QStringLiteral("/project.json")), qPrintable(name));
        QStringList named;
        for (const auto &sheetEntry : sheetsOf(folder))
            named.append(sheetEntry.first);
        QStringList present = QDir(folder).entryList({QStringLiteral("*.csv")}, QDir::Files);
        named.sort();
        present.sort();
        QCOMPARE(present, named);
    }
}

void TestCsv::sampleCaseIsTheSample()
{
    const QByteArray sample =
        readAll(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/single-director.json"));
    QVERIFY(!sample.isEmpty());
    QCOMPARE(readAll(goldenFolder() + QStringLiteral("/sample/project.json")), sample);
}

void TestCsv::columns()
{
    const QStringList required{QStringLiteral("Rule"),
                               QStringLiteral("Source Host"),
                               QStringLiteral("Source Role"),
                               QStringLiteral("Source Address"),
                               QStringLiteral("Destination Host"),
                               QStringLiteral("Destination Role"),
                               QStringLiteral("Destination Address"),
                               QStringLiteral("Transport"),
                               QStringLiteral("Port"),
                               QStringLiteral("Protocol"),
                               QStringLiteral("Description"),
                               QStringLiteral("Reference")};
    QCOMPARE(TestSupport::plainSheetColumns().mid(0, required.size()), required);

    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    CsvOptions options;
    options.language = QStringLiteral("de"); // the column names are never translated
    QCOMPARE(sheet(project, options),
             TestSupport::plainSheetColumns().join(u',').toUtf8() + QByteArray("\r\n"));
}

void TestCsv::neutralizeFormula_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("equals") << "=cmd|' /C calc'!A0"
                            << "'=cmd|' /C calc'!A0";
    QTest::newRow("plus") << "+1"
                          << "'+1";
    QTest::newRow("minus") << "-2"
                           << "'-2";
    QTest::newRow("at") << "@SUM(1+1)"
                        << "'@SUM(1+1)";
    QTest::newRow("tab") << "\tx"
                         << "'\tx";
    QTest::newRow("carriage return") << "\rx"
                                     << "'\rx";
    QTest::newRow("line feed") << "\n=1"
                               << "'\n=1";
    QTest::newRow("inside is fine") << "EDGE =1"
                                    << "EDGE =1";
    QTest::newRow("already quoted") << "'=1"
                                    << "'=1";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("plain") << "LYNC-FE-01"
                           << "LYNC-FE-01";
}

void TestCsv::neutralizeFormula()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(Portolan::neutralizeFormula(text), cell);
}

void TestCsv::quotingAndLineEnds()
{
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    project.title = QStringLiteral("A \"quoted\", title");
    project.changeRequest.justification = QStringLiteral("one\r\ntwo");
    project.hosts.push_back(makeHost(QStringLiteral("c"), QStringLiteral("Net \"A\", B"),
                                     "internal-clients", "10.9.0.0/16"));
    project.hosts.push_back(
        makeHost(QStringLiteral("d"), QStringLiteral("=D"), "director", "10.0.0.2"));
    CsvOptions options;
    options.withHeader = true;
    const QByteArray expected =
        "\"# Title: A \"\"quoted\"\", title\"\r\n"
        "\"# Justification: one\r\ntwo\"\r\n"
        "\"# Catalog: Lync Server 2013, port summary for a single Director\"\r\n" +
        TestSupport::plainSheetColumns().join(u',').toUtf8() +
        "\r\n"
        "1,\"Net \"\"A\"\", B\",Internal client network,10.9.0.0/16,'=D,Director,10.0.0.2,TCP,80,"
        "HTTP,The Director serves web services to internal and external clients.,"
        "\"JJ204648, table row 4\",clients-director-http,DGGM15EA9P\r\n"
        "2,\"Net \"\"A\"\", B\",Internal client network,10.9.0.0/16,'=D,Director,10.0.0.2,TCP,443,"
        "HTTPS,The Director serves web services to internal and external clients.,"
        "\"JJ204648, table row 5\",clients-director-https,W0MRFDR2BV\r\n";
    const QByteArray actual = sheet(project, options);
    QVERIFY2(firstDifference(expected, actual).isEmpty(),
             qPrintable(firstDifference(expected, actual)));
}

void TestCsv::excelSeparatorQuoting()
{
    // With ';' as the separator, a ';' in a cell quotes it and a ',' does not.
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    project.hosts.push_back(
        makeHost(QStringLiteral("c"), QStringLiteral("A;B, C"), "internal-clients", "10.9.0.0/16"));
    project.hosts.push_back(
        makeHost(QStringLiteral("d"), QStringLiteral("D"), "director", "10.0.0.2"));
    CsvOptions options;
    options.excel = true;
    options.language = QStringLiteral("de");
    const QList<QByteArray> lines = sheet(project, options).split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
    QVERIFY(lines[0].startsWith("\xEF\xBB\xBFRule;Source Host;"));
    QCOMPARE(
        lines[1],
        QByteArray("1;\"A;B, C\";Internes Clientnetzwerk;10.9.0.0/16;D;Director;10.0.0.2;TCP;"
                   "80;HTTP;Der Director stellt Webdienste f\xc3\xbcr interne und externe "
                   "Clients bereit.;JJ204648, Tabellenzeile 4;clients-director-http;DGGM15EA9P\r"));
}

void TestCsv::addressesAreNeverAltered()
{
    // Address and port cells are literal even where a name would be neutralised.
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    project.hosts.push_back(
        makeHost(QStringLiteral("e"), QStringLiteral("E"), "edge-internal", "::1"));
    const QList<QByteArray> lines = sheet(project, CsvOptions()).split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines[1].startsWith("1,,Any,any,E,Edge Server (internal interface),::1,TCP,50001,"),
             lines[1].constData());
}

void TestCsv::largeSheetIsComplete()
{
    // More than the 1 MiB the writer buffers: every row arrives, in order.
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    project.hosts.push_back(
        makeHost(QStringLiteral("d"), QStringLiteral("DIR"), "director", "10.0.0.2"));
    const int networks = 4000;
    for (int i = 0; i < networks; ++i) {
        Host host;
        host.id = QStringLiteral("c%1").arg(i);
        host.name = QStringLiteral("CLIENTS-%1").arg(i);
        host.role = QStringLiteral("internal-clients");
        host.addresses.append(
            *Address::parse(QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256)));
        project.hosts.push_back(host);
    }
    const QByteArray data = sheet(project, CsvOptions());
    QVERIFY(data.size() > 1024 * 1024);
    const QList<QByteArray> lines = data.split('\n');
    QCOMPARE(lines.size(), 2 * networks + 2);
    for (int row = 1; row <= 2 * networks; ++row) {
        const QByteArray &line = lines[row];
        QVERIFY(line.endsWith('\r'));
        QCOMPARE(line.left(line.indexOf(',')).toInt(), row);
    }
    // Natural name order: CLIENTS-2 comes before CLIENTS-10.
    QVERIFY(lines[3].startsWith("3,CLIENTS-2,"));
    QVERIFY(lines[11].startsWith("11,CLIENTS-10,"));
    QVERIFY(lines[networks + 1].contains(",443,"));
}

void TestCsv::refusedWriteFails()
{
    const auto catalog = Catalog::load(QStringLiteral("lync2013-single-director"));
    Project project;
    project.catalogIds = QStringList{catalog->id()};
    QByteArray storage;
    QBuffer readOnly(&storage);
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writeRuleSheet(&readOnly, *catalog, project, {}, CsvOptions()));
}

void TestCsv::cancelledExportLeavesNoFile()
{
    // Several MiB of rules, so that the writer reports progress more than once.
    const auto catalog = Catalog::load(QStringLiteral("lync2013-single-director"));
    Project project;
    project.catalogIds = QStringList{catalog->id()};
    project.hosts.push_back(
        makeHost(QStringLiteral("d"), QStringLiteral("DIR"), "director", "10.0.0.2"));
    for (int i = 0; i < 20000; ++i) {
        Host host;
        host.id = QStringLiteral("c%1").arg(i);
        host.name = QStringLiteral("CLIENTS-%1").arg(i);
        host.role = QStringLiteral("internal-clients");
        host.addresses.append(
            *Address::parse(QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256)));
        project.hosts.push_back(host);
    }
    const std::vector<Rule> rules = deriveRules(*catalog, project);

    // The whole sheet, with progress reported in order and ending at every row.
    QByteArray whole;
    QBuffer buffer(&whole);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    std::vector<size_t> reports;
    QVERIFY(writeRuleSheet(&buffer, *catalog, project, rules, CsvOptions(),
                           [&](size_t done, size_t total) {
                               reports.push_back(done);
                               return total == rules.size();
                           }));
    QVERIFY(reports.size() >= 2);
    QVERIFY(std::is_sorted(reports.begin(), reports.end()));
    QVERIFY(reports.back() <= rules.size());

    // Stopped at the second report, as the export's Cancel does: the target keeps
    // its old content and no partial file is left beside it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rules.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old sheet\n");
    }
    int calls = 0;
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(!writeRuleSheet(&file, *catalog, project, rules, CsvOptions(),
                            [&](size_t, size_t) { return ++calls < 2; }));
    QCOMPARE(calls, 2);
    file.cancelWriting();
    QVERIFY(!file.commit());
    QCOMPARE(readAll(path), QByteArray("old sheet\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("rules.csv")});
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
