// Hostile input too big to commit, generated here: a 50 MB host name, 100 000
// hosts, a 300 MB file. Each must give its exact message in process and from
// the command line (exit 2, an existing output file untouched), and so must
// every committed case of tests/data/bad. Texts in any script survive a load,
// save and load unchanged; control characters are refused with a message.

#include "catalogregistry.h"
#include "csvexport.h"
#include "projectfile.h"
#include "rules.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;

namespace {

const QByteArray projectHead = R"({
  "format": "portolan-topology",
  "version": 1,
  "catalog": "lync2013-single-director",
  "title": "Hostile",
  "hosts": [
)";

QByteArray hostJson(const QByteArray &id, const QByteArray &name, const QByteArray &extra = {})
{
    return "    {\"id\": \"" + id + "\", \"name\": \"" + name +
           "\", \"role\": \"director\", \"addresses\": [\"10.1.2.20\"], \"x\": 0, \"y\": 0" +
           extra + "}";
}

QByteArray projectWith(const QByteArrayList &hosts)
{
    return projectHead + hosts.join(",\n") + "\n  ]\n}\n";
}

using TestSupport::readAll;
using TestSupport::writeAll;

struct CliResult
{
    int exitCode = -1;
    QByteArray standardError;
    QString problem; ///< empty if the run itself went as it should
};

/// Runs `portolan export NAME --output OUTPUT` in @p folder, headless (no
/// DISPLAY, no platform), with OUTPUT holding a sentinel that must survive.
CliResult exportFails(const QString &folder, const QString &name, const QString &output)
{
    CliResult result;
    const QByteArray sentinel = "previous export, must stay\r\n";
    if (!writeAll(output, sentinel)) {
        result.problem = QStringLiteral("cannot write the sentinel");
        return result;
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral(PORTOLAN_BINARY),
                  {QStringLiteral("export"), name, QStringLiteral("--output"), output});
    if (!process.waitForFinished(120000)) {
        result.problem = QStringLiteral("did not finish: ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardError = process.readAllStandardError();
    if (!process.readAllStandardOutput().isEmpty())
        result.problem = QStringLiteral("wrote to standard output");
    else if (readAll(output) != sentinel)
        result.problem = QStringLiteral("changed the existing output file");
    return result;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generated_data();
    void generated();
    void committedCasesFromTheCommandLine_data();
    void committedCasesFromTheCommandLine();
    void unicodeSurvives_data();
    void unicodeSurvives();
    void controlCharactersRefused_data();
    void controlCharactersRefused();

private:
    QTemporaryDir m_dir;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A 50 MB host name.
    const QByteArray longName(50 * 1024 * 1024, 'N');
    QVERIFY(writeAll(m_dir.filePath(QStringLiteral("huge-name.json")),
                     projectWith({hostJson("dir1", longName)})));
    // 100 000 hosts, twice the limit.
    QByteArrayList hosts;
    hosts.reserve(100000);
    for (int i = 0; i < 100000; ++i)
        hosts.append(hostJson("h" + QByteArray::number(i), "HOST-" + QByteArray::number(i)));
    QVERIFY(writeAll(m_dir.filePath(QStringLiteral("many-hosts.json")), projectWith(hosts)));
    // 300 MB: a real project start, then the rest as a hole (sparse, cheap).
    {
        QFile file(m_dir.filePath(QStringLiteral("huge-file.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(projectWith({hostJson("dir1", "DIR")})) > 0);
        QVERIFY(file.resize(300 * 1024 * 1024));
    }
    // A 50 MB description: above the text limit too, in a field that allows line breaks.
    const QByteArray longText(50 * 1024 * 1024, 'd');
    QVERIFY(writeAll(
        m_dir.filePath(QStringLiteral("huge-description.json")),
        projectWith({hostJson("dir1", "DIR", ", \"description\": \"" + longText + "\"")})));
}

void TestHostile::generated_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("50 MB host name")
        << QStringLiteral("huge-name.json")
        << QStringLiteral("huge-name.json: host 'dir1': field 'name' is 52428800 characters long; "
                          "at most 256 are allowed");
    QTest::newRow("50 MB description")
        << QStringLiteral("huge-description.json")
        << QStringLiteral("huge-description.json: host 'dir1': field 'description' is 52428800 "
                          "characters long; at most 16384 are allowed");
    QTest::newRow("100 000 hosts")
        << QStringLiteral("many-hosts.json")
        << QStringLiteral(
               "many-hosts.json: field 'hosts' lists 100000 hosts; at most 50000 are allowed");
    QTest::newRow("300 MB file")
        << QStringLiteral("huge-file.json")
        << QStringLiteral("huge-file.json: the file is 300 MB; project files are at most 256 MB");
}

void TestHostile::generated()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(name);

    // In process, through load() as the window opens files: the origin is the path.
    Project project;
    project.title = QStringLiteral("untouched");
    QString error;
    QVERIFY(!ProjectFile::load(path, &project, &error));
    QCOMPARE(error, m_dir.path() + u'/' + message);
    QCOMPARE(project.title, QStringLiteral("untouched"));
    QVERIFY(project.hosts.empty());

    const CliResult result =
        exportFails(m_dir.path(), name, m_dir.filePath(QStringLiteral("out.csv")));
    QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(QString::fromUtf8(result.standardError),
             QStringLiteral("portolan: ") + message + u'\n');
}

void TestHostile::committedCasesFromTheCommandLine_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = TestSupport::badCaseNames(QStringLiteral(PORTOLAN_TEST_DATA "/bad"));
    for (const QString &name : std::as_const(names))
        QTest::newRow(qPrintable(name)) << name;
}

void TestHostile::committedCasesFromTheCommandLine()
{
    QFETCH(QString, name);
    const QString folder = QStringLiteral(PORTOLAN_TEST_DATA "/bad");
    QByteArray expected = readAll(folder + u'/' + name + QStringLiteral(".error"));
    QVERIFY(expected.endsWith('\n'));
    const CliResult result =
        exportFails(folder, name, m_dir.filePath(QStringLiteral("committed.csv")));
    QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(QString::fromUtf8(result.standardError),
             QStringLiteral("portolan: ") + QString::fromUtf8(expected));
}

void TestHostile::unicodeSurvives_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Hebrew") << QStringLiteral("\u05e9\u05e8\u05ea \u05e8\u05d0\u05e9\u05d9");
    QTest::newRow("Arabic with digits")
        << QStringLiteral("\u062e\u0627\u062f\u0645 \u0627\u0644\u0648\u064a\u0628 12");
    QTest::newRow("bidi marks and override")
        << QStringLiteral("\u200fDIR\u200e \u202eRTL\u202c \u2067x\u2069");
    QTest::newRow("emoji") << QStringLiteral("\U0001F525 Firewall \U0001F9F1\u200d\U0001F525");
    QTest::newRow("flag and skin tone")
        << QStringLiteral("\U0001F1E9\U0001F1EA \U0001F44D\U0001F3FD");
    QTest::newRow("combining marks")
        << QStringLiteral("Ze\u0301ro A\u0308\u0301\u0323 \u0e01\u0e34");
    QTest::newRow("zero-width and BOM inside")
        << QStringLiteral("\ufeffLEAD a\u200bb\ufeff trail\ufeff");
    QTest::newRow("CJK and fullwidth") << QStringLiteral("\u670d\u52a1\u5668 \uff24\uff29\uff32");
    QTest::newRow("markup and quotes")
        << QStringLiteral("</text><script>alert(1)</script> \"a\" 'b' & \\");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")");
}

void TestHostile::unicodeSurvives()
{
    QFETCH(QString, text);
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    project.title = text;
    project.changeRequest.justification = text + u'\n' + text;
    for (const char *role : {"director", "front-end-server"}) {
        Host host;
        host.id = QString::fromLatin1(role);
        host.name = text + u' ' + QString::fromLatin1(role);
        host.role = QString::fromLatin1(role);
        host.description = text + QStringLiteral("\n\t") + text;
        host.addresses.append(*Address::parse(host.id == QLatin1String("director")
                                                  ? QStringLiteral("10.1.2.20")
                                                  : QStringLiteral("10.1.3.11")));
        project.hosts.push_back(host);
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("unicode.json"));
    QString error;
    QVERIFY2(ProjectFile::save(path, project, &error), qPrintable(error));
    Project loaded;
    QVERIFY2(ProjectFile::load(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.hosts[0].name, project.hosts[0].name);
    QCOMPARE(loaded.hosts[1].description, project.hosts[1].description);
    QCOMPARE(loaded.title, text);
    QVERIFY(loaded == project);
    QVERIFY2(ProjectFile::save(path, loaded, &error), qPrintable(error));
    QCOMPARE(readAll(path), ProjectFile::serialize(project));

    // The CSV carries the names as UTF-8, unchanged apart from formula neutralizing.
    const auto catalog = catalogForProject(project);
    QVERIFY(catalog);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writeRuleSheet(&buffer, *catalog, loaded, deriveRules(*catalog, loaded), {}));
    const QString csv = QString::fromUtf8(buffer.data());
    QString cell = neutralizeFormula(project.hosts[0].name);
    if (cell.contains(u'"') || cell.contains(u','))
        cell = u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"';
    QVERIFY2(csv.contains(cell), qPrintable(csv));
}

void TestHostile::controlCharactersRefused_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("message");
    const QString name =
        QStringLiteral("control.json: host 'dir1': field 'name' contains a control character");
    const QString description = QStringLiteral(
        "control.json: host 'dir1': field 'description' contains a control character");
    QTest::newRow("name BEL") << QByteArray("name") << QByteArray("DIR\\u0007") << name;
    QTest::newRow("name ESC") << QByteArray("name") << QByteArray("\\u001b[2JDIR") << name;
    QTest::newRow("name newline") << QByteArray("name") << QByteArray("DIR\\nX") << name;
    QTest::newRow("name NUL escape") << QByteArray("name") << QByteArray("DIR\\u0000") << name;
    QTest::newRow("name DEL") << QByteArray("name") << QByteArray("DIR\\u007f") << name;
    QTest::newRow("name C1 CSI") << QByteArray("name") << QByteArray("\\u009b2JDIR") << name;
    QTest::newRow("name raw C1 NEL") << QByteArray("name") << QByteArray("DIR\xc2\x85") << name;
    QTest::newRow("description ESC")
        << QByteArray("description") << QByteArray("a\\u001bb") << description;
    QTest::newRow("description vertical tab")
        << QByteArray("description") << QByteArray("a\\u000bb") << description;
    QTest::newRow("description C1")
        << QByteArray("description") << QByteArray("a\\u0085b") << description;
}

void TestHostile::controlCharactersRefused()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, message);
    const QByteArray host = field == "name"
                                ? hostJson("dir1", value)
                                : hostJson("dir1", "DIR", ", \"" + field + "\": \"" + value + "\"");
    Project project;
    QString error;
    QVERIFY(
        !ProjectFile::parse(projectWith({host}), QStringLiteral("control.json"), &project, &error));
    QCOMPARE(error, message);

    // Line breaks and tabs are fine in a description.
    const QByteArray fine = hostJson("dir1", "DIR", ", \"description\": \"a\\nb\\tc\\r\\nd\"");
    QVERIFY2(ProjectFile::parse(projectWith({fine}), QStringLiteral("fine.json"), &project, &error),
             qPrintable(error));
    QCOMPARE(project.hosts[0].description, QStringLiteral("a\nb\tc\r\nd"));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
