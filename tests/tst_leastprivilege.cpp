// Least privilege: the exported rule sheet never opens more than the catalog
// asks for. For the sample, every golden project and a project built to hit
// the corner cases (shared addresses, mixed families, hosts without
// addresses), the CSV is parsed back as RFC 4180 and checked row by row: `any`
// only as the source of the catalog's `any` flows, every other address exactly
// one of the named host's own, roles that the flow names, and as a whole
// exactly the rule set that PORTS.md describes, worked out here independently.
// The diagram exports (SVG text, PDF text) name no address but the hosts' own.

#include "catalogregistry.h"
#include "csvexport.h"
#include "diagramexport.h"
#include "projectfile.h"
#include "rules.h"
#include "testsupport.h"
#include "topology.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <set>
#include <tuple>

using namespace Portolan;

namespace {

/// Parses RFC 4180 text: fields separated by @p separator, records ended by
/// CRLF, quoted fields with doubled quotes. Returns false on malformed text
/// (a bare CR or LF outside quotes, a quote inside an unquoted field).
bool parseCsv(const QByteArray &text, char separator, QList<QStringList> *records, QString *why)
{
    QStringList record;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    qsizetype i = 0;
    auto endField = [&] {
        record.append(QString::fromUtf8(field));
        field.clear();
        wasQuoted = false;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == '"') {
            if (!field.isEmpty() || wasQuoted) {
                *why = QStringLiteral("a quote inside an unquoted field at byte %1").arg(i);
                return false;
            }
            quoted = true;
            wasQuoted = true;
            ++i;
        } else if (c == separator) {
            endField();
            ++i;
        } else if (c == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n') {
                *why = QStringLiteral("a bare CR at byte %1").arg(i);
                return false;
            }
            endField();
            records->append(record);
            record.clear();
            i += 2;
        } else if (c == '\n') {
            *why = QStringLiteral("a bare LF at byte %1").arg(i);
            return false;
        } else {
            field += c;
            ++i;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty()) {
        *why = QStringLiteral("the last record does not end with CRLF");
        return false;
    }
    return true;
}

using RuleKey =
    std::tuple<QString, QString, QString, QString>; // source, destination, transport, port

/// The rules PORTS.md describes, worked out the plain way: every flow, every
/// host pair of its roles, every address pair of one family (any pairs with
/// both), never an address to itself, each (source, destination, transport,
/// port) once.
std::set<RuleKey> expectedRules(const Catalog &catalog, const Project &project)
{
    std::set<RuleKey> keys;
    for (const Flow &flow : catalog.flows()) {
        for (int s : flow.sourceRoles) {
            const Role &sourceRole = catalog.roles()[s];
            QList<Address> sources;
            bool fromAny = sourceRole.pseudo;
            if (!fromAny) {
                for (const Host &host : project.hosts) {
                    if (host.role == sourceRole.id)
                        sources += host.addresses;
                }
            }
            for (int d : flow.destinationRoles) {
                for (const Host &destination : project.hosts) {
                    if (destination.role != catalog.roles()[d].id)
                        continue;
                    for (const Address &to : destination.addresses) {
                        if (fromAny) {
                            keys.insert({QStringLiteral("any"), to.toString(), flow.transport,
                                         flow.portText()});
                            continue;
                        }
                        for (const Address &from : std::as_const(sources)) {
                            if (from.family() != to.family() || from == to)
                                continue;
                            keys.insert(
                                {from.toString(), to.toString(), flow.transport, flow.portText()});
                        }
                    }
                }
            }
        }
    }
    return keys;
}

Project cornerCases()
{
    auto host = [](const char *id, const char *role, QStringList addresses) {
        Host h;
        h.id = QString::fromLatin1(id);
        h.name = QString::fromLatin1(id).toUpper();
        h.role = QString::fromLatin1(role);
        for (const QString &text : addresses)
            h.addresses.append(*Address::parse(text));
        return h;
    };
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    project.title = QStringLiteral("=cmd|' /C calc'!A0");
    project.hosts = {
        host("clients", "internal-clients",
             {QStringLiteral("10.20.0.0/16"), QStringLiteral("2001:db8:200::/56")}),
        host("clients6", "internal-clients", {QStringLiteral("2001:db8:300::/48")}),
        host("rp", "reverse-proxy", {QStringLiteral("10.1.1.10")}),
        host("rp6", "reverse-proxy", {QStringLiteral("2001:db8:11::10")}),
        host("edge", "edge-internal",
             {QStringLiteral("10.1.4.10"), QStringLiteral("2001:db8:14::10")}),
        host("edge-empty", "edge-internal", {}),
        host("dir1", "director", {QStringLiteral("10.1.2.20"), QStringLiteral("2001:db8:12::20")}),
        host("dir2", "director", {QStringLiteral("10.1.2.21")}),
        // A pool whose address is also its only server's: no rule to itself.
        host("pool", "front-end-pool", {QStringLiteral("10.1.3.10")}),
        host("fe1", "front-end-server", {QStringLiteral("10.1.3.10"), QStringLiteral("10.1.3.11")}),
        host("fe2", "front-end-server",
             {QStringLiteral("10.1.3.12"), QStringLiteral("::ffff:10.1.3.12")}),
        // The same address on two directors' worth of roles: rules once.
        host("dir-dup", "director", {QStringLiteral("10.1.2.20")}),
    };
    project.hosts[4].name = QStringLiteral("-EDGE, \"internal\"");
    return project;
}

} // namespace

class TestLeastPrivilege : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportMatchesDerivedRules_data();
    void exportMatchesDerivedRules();
    void diagramsNameOnlyOwnAddresses_data();
    void diagramsNameOnlyOwnAddresses();
};

/// The sample, every golden project, and (as an empty path) the corner cases.
QStringList projectPaths()
{
    QStringList projects{
        QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/single-director.json"), QString()};
    const QDir golden(QStringLiteral(PORTOLAN_TEST_DATA "/golden"));
    for (const QString &entry : golden.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = golden.filePath(entry + QStringLiteral("/project.json"));
        if (QFile::exists(path))
            projects.append(path);
    }
    return projects;
}

QString projectName(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("corner-cases")
                          : QDir(QStringLiteral(PORTOLAN_SOURCE_DIR)).relativeFilePath(path);
}

bool loadProject(const QString &path, Project *project, QString *error)
{
    if (path.isEmpty()) {
        *project = cornerCases();
        return true;
    }
    return ProjectFile::load(path, project, error);
}

void TestLeastPrivilege::exportMatchesDerivedRules_data()
{
    QTest::addColumn<QString>("path"); // empty: the corner-case project
    QTest::addColumn<bool>("excel");
    QTest::addColumn<bool>("withHeader");
    QTest::addColumn<QString>("language");

    for (const QString &path : projectPaths()) {
        const QString name = projectName(path);
        QTest::addRow("%s csv", qPrintable(name)) << path << false << false << QStringLiteral("en");
        QTest::addRow("%s excel header de", qPrintable(name))
            << path << true << true << QStringLiteral("de");
    }
}

void TestLeastPrivilege::exportMatchesDerivedRules()
{
    QFETCH(QString, path);
    QFETCH(bool, excel);
    QFETCH(bool, withHeader);
    QFETCH(QString, language);

    Project project;
    QString error;
    QVERIFY2(loadProject(path, &project, &error), qPrintable(error));
    const auto catalog = catalogForProject(project, &error);
    QVERIFY2(catalog, qPrintable(error));
    const std::vector<Rule> rules = deriveRules(*catalog, project);
    QVERIFY(!rules.empty());

    CsvOptions options;
    options.excel = excel;
    options.withHeader = withHeader;
    options.language = language;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writeRuleSheet(&buffer, *catalog, project, rules, options));
    QByteArray text = buffer.data();
    if (excel) {
        QVERIFY(text.startsWith("\xEF\xBB\xBF"));
        text.remove(0, 3);
    }
    QList<QStringList> records;
    QVERIFY2(parseCsv(text, excel ? ';' : ',', &records, &error), qPrintable(error));

    // The project's own columns: a project with zones has the zone columns too.
    const RulePlacement placement(*catalog, project);
    const QStringList columns = ruleColumnIds({*catalog, project, language, &placement});
    QCOMPARE(columns.mid(0, TestSupport::plainSheetColumns().size()),
             TestSupport::plainSheetColumns());
    // Skip the "# Title: ..." lines of the header, if any, to the column row.
    qsizetype first = 0;
    while (first < records.size() && records[first] != columns) {
        QVERIFY2(withHeader && records[first].size() == 1 &&
                     records[first][0].startsWith(QLatin1String("# ")),
                 qPrintable(QStringLiteral("unexpected line before the columns: ") +
                            records[first].join(u'|')));
        ++first;
    }
    QVERIFY2(first < records.size(), "no column row");
    const QList<QStringList> rows = records.mid(first + 1);
    QCOMPARE(rows.size(), qsizetype(rules.size()));

    const int anyRole = catalog->anyRole();
    QVERIFY(anyRole >= 0);
    const QString anyRoleName = neutralizeFormula(catalog->roles()[anyRole].name.text(language));
    std::set<RuleKey> exported;
    int anyRows = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows[i];
        const Rule &rule = rules[size_t(i)];
        const QString where = QStringLiteral("row %1 (%2)").arg(i + 1).arg(row.join(u'|'));
        QVERIFY2(row.size() == columns.size(), qPrintable(where));
        QCOMPARE(row[0], QString::number(i + 1));
        const Flow &flow = catalog->flows()[rule.flow];
        QVERIFY2(row[12] == flow.id, qPrintable(where));
        QVERIFY2(row[7] == flow.transport && row[8] == flow.portText(), qPrintable(where));

        // The source: any only for the catalog's flows from the pseudo-role.
        const QString source = row[3];
        if (source == QLatin1String("any")) {
            QVERIFY2(rule.isFromAny() && flow.sourceRoles.contains(anyRole), qPrintable(where));
            QVERIFY2(row[1].isEmpty() && row[2] == anyRoleName, qPrintable(where));
            ++anyRows;
        } else {
            QVERIFY2(!rule.isFromAny(), qPrintable(where));
            const Host &host = project.hosts[rule.sourceHost];
            QVERIFY2(row[1] == neutralizeFormula(host.name), qPrintable(where));
            QVERIFY2(flow.sourceRoles.contains(catalog->roleIndex(host.role)), qPrintable(where));
            // Exactly the host's own address text: never a wider prefix or another host's.
            QVERIFY2(source == host.addresses[rule.sourceAddress].toString(), qPrintable(where));
            QVERIFY2(Address::parse(source), qPrintable(where));
        }
        const Host &destination = project.hosts[rule.destinationHost];
        QVERIFY2(row[4] == neutralizeFormula(destination.name), qPrintable(where));
        QVERIFY2(flow.destinationRoles.contains(catalog->roleIndex(destination.role)),
                 qPrintable(where));
        QVERIFY2(row[6] == destination.addresses[rule.destinationAddress].toString(),
                 qPrintable(where));
        QVERIFY2(row[6] != QLatin1String("any") && row[6] != source, qPrintable(where));
        if (source != QLatin1String("any"))
            QVERIFY2(Address::parse(source)->family() == Address::parse(row[6])->family(),
                     qPrintable(where));
        QVERIFY2(exported.insert({source, row[6], row[7], row[8]}).second,
                 qPrintable(where + QStringLiteral(" repeats an earlier rule")));
    }

    const std::set<RuleKey> expected = expectedRules(*catalog, project);
    for (const RuleKey &key : expected)
        QVERIFY2(exported.count(key), qPrintable(QStringLiteral("missing: %1 -> %2 %3 %4")
                                                     .arg(std::get<0>(key), std::get<1>(key),
                                                          std::get<2>(key), std::get<3>(key))));
    QCOMPARE(exported.size(), expected.size());
    int expectedAny = 0;
    for (const RuleKey &key : expected)
        expectedAny += std::get<0>(key) == QLatin1String("any") ? 1 : 0;
    QCOMPARE(anyRows, expectedAny);
    QVERIFY(anyRows > 0);
}

void TestLeastPrivilege::diagramsNameOnlyOwnAddresses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    for (const QString &path : projectPaths()) {
        QTest::addRow("%s svg", qPrintable(projectName(path))) << path << QStringLiteral("svg");
        QTest::addRow("%s pdf", qPrintable(projectName(path))) << path << QStringLiteral("pdf");
    }
}

/// Every address-like word of an exported diagram or document is one of the
/// hosts' own addresses (or, where the PDF table wraps a long one, part of
/// one): a wider prefix or a foreign address would show up here.
void TestLeastPrivilege::diagramsNameOnlyOwnAddresses()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    Project project;
    QString error;
    QVERIFY2(loadProject(path, &project, &error), qPrintable(error));
    const auto catalog = catalogForProject(project, &error);
    QVERIFY2(catalog, qPrintable(error));
    QStringList own;
    for (const Host &host : project.hosts) {
        for (const Address &address : host.addresses)
            own.append(address.toString());
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(QStringLiteral("diagram.") + format);
    Topology topology;
    topology.reset(project, catalog);
    QVERIFY2(exportDiagram(topology, *diagramFormatForName(format), output, DiagramExportOptions(),
                           &error),
             qPrintable(error));

    QString text;
    if (format == QLatin1String("svg")) {
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters) {
                text += xml.text();
                text += u' ';
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    } else {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-raw"), output, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        text = QString::fromUtf8(process.readAllStandardOutput());
    }

    static const QRegularExpression word(QStringLiteral("[0-9A-Fa-f:./]+"));
    int addresses = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString token = it.next().captured();
        if (!Address::parse(token))
            continue;
        ++addresses;
        const bool part = std::any_of(own.begin(), own.end(),
                                      [&](const QString &a) { return a.contains(token); });
        QVERIFY2(
            own.contains(token) || (format == QLatin1String("pdf") && part),
            qPrintable(
                QStringLiteral("%1 names %2, which is no host's own address").arg(format, token)));
    }
    // Every host address is on the diagram under its host, so the check saw them.
    QVERIFY2(addresses >= own.size(), qPrintable(QString::number(addresses)));
}

QTEST_MAIN(TestLeastPrivilege)
#include "tst_leastprivilege.moc"
