// Project files: load/save round trips, unknown keys kept, atomic saves with a
// backup, and the bad files of tests/data/bad with the exact message each gives.
//
// The bad-file folder holds one case per file: NAME (any extension) and beside
// it NAME.error, the whole message ProjectFile::parse gives with the bare file
// name as its origin, followed by one newline. Every case is picked up here
// automatically; tests/regenerate-bad-messages.sh prints or rewrites them.

#include "projectfile.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;

namespace {

QString badFolder()
{
    return QStringLiteral(PORTOLAN_TEST_DATA "/bad");
}

using TestSupport::readAll;
using TestSupport::samplePath;
using TestSupport::writeAll;

bool isErrorFile(const QString &name)
{
    return name.endsWith(QLatin1String(".error"));
}

/// A project that exercises every key, unknown ones included.
const QByteArray unknownKeysProject = R"({
  "format": "portolan-topology",
  "version": 1,
  "catalog": "lync2013-single-director",
  "title": "Fabrikam \u00c4nderung",
  "zLayout": {"grid": 20, "snap": true},
  "aNotes": ["first", 2, null],
  "changeRequest": {"number": "CR-7", "author": "Ops", "approvedBy": "CAB", "ticket": {"id": 9}},
  "hosts": [
    {"id": "dir1", "name": "LYNC-DIR-01", "role": "director", "addresses": ["10.1.2.20", "2001:DB8:0:0::20"],
     "x": 300.5, "y": -60, "description": "line one\nline two", "rack": "B4", "tags": ["dmz", "ha"]},
    {"id": "clients", "name": "CLIENTS", "role": "internal-clients", "addresses": ["10.20.0.0/16"], "color": "#00ff00"},
    {"id": "edge1", "name": "EDGE", "role": "edge-internal", "addresses": []}
  ]
})";

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFolderIsComplete();
    void badFiles_data();
    void badFiles();
    void loadNamesThePath();
    void loadMissingFileAndFolder();
    void sampleLoads();
    void roundTripSample();
    void unknownKeysAreKept();
    void savedLayout();
    void emptyProjectRoundTrip();
    void saveWritesBackup();
    void saveFailureLeavesOldFile();
    void saveIntoMissingFolderFails();
};

void TestProjectFile::badFolderIsComplete()
{
    QStringList cases;
    QStringList errors;
    QDirIterator it(badFolder(), QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        (isErrorFile(it.fileName()) ? errors : cases).append(it.fileName());
    }
    QVERIFY2(cases.size() >= 30, qPrintable(QStringLiteral("only %1 cases").arg(cases.size())));
    for (const QString &name : std::as_const(cases))
        QVERIFY2(errors.contains(name + QStringLiteral(".error")),
                 qPrintable(name + QStringLiteral(" has no .error file beside it")));
    for (const QString &name : std::as_const(errors))
        QVERIFY2(cases.contains(name.chopped(6)),
                 qPrintable(name + QStringLiteral(" has no case file beside it")));
}

void TestProjectFile::badFiles_data()
{
    QTest::addColumn<QString>("path");
    const QStringList names = TestSupport::badCaseNames(badFolder());
    for (const QString &name : std::as_const(names))
        QTest::newRow(qPrintable(name)) << badFolder() + u'/' + name;
}

void TestProjectFile::badFiles()
{
    QFETCH(QString, path);
    const QString errorPath = path + QStringLiteral(".error");
    QVERIFY2(QFile::exists(errorPath), qPrintable(QStringLiteral("missing ") + errorPath));
    QByteArray expected = readAll(errorPath);
    QVERIFY2(expected.endsWith('\n'), "the .error file must end with one newline");
    expected.chop(1);
    QVERIFY2(!expected.isEmpty(), "the .error file is empty");

    const QString name = QFileInfo(path).fileName();
    Project project;
    project.title = QStringLiteral("untouched");
    const Project before = project;
    QString error;
    QVERIFY(!ProjectFile::parse(readAll(path), name, &project, &error));
    QCOMPARE(error, QString::fromUtf8(expected));
    QVERIFY2(error.startsWith(name + u':'), "the message must start with the file name");
    QVERIFY2(project == before, "a failed parse must not change the output project");
}

void TestProjectFile::loadNamesThePath()
{
    const QString path = badFolder() + QStringLiteral("/version-newer.json");
    Project project;
    QString error;
    QVERIFY(!ProjectFile::load(path, &project, &error));
    QCOMPARE(error, path + QStringLiteral(": field 'version' is 3, newer than this Portolan reads "
                                          "(2); please update Portolan"));
}

void TestProjectFile::loadMissingFileAndFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("nope.json"));
    QVERIFY(!ProjectFile::load(missing, &project, &error));
    QCOMPARE(error, missing + QStringLiteral(": cannot open: No such file or directory"));
    QVERIFY(!ProjectFile::load(dir.path(), &project, &error));
    QCOMPARE(error, dir.path() + QStringLiteral(": is a folder, not a project file"));
}

void TestProjectFile::sampleLoads()
{
    Project project;
    QString error;
    QVERIFY2(ProjectFile::load(samplePath(), &project, &error), qPrintable(error));
    QCOMPARE(project.catalogIds, QStringList{QStringLiteral("lync2013-single-director")});
    QCOMPARE(project.title, QStringLiteral("Contoso Lync 2013 Director (sample)"));
    QCOMPARE(project.changeRequest.number, QStringLiteral("CR-2013-0042"));
    QCOMPARE(int(project.hosts.size()), 9);
    QStringList roles;
    for (const Host &host : project.hosts)
        roles.append(host.role);
    for (const char *role : {"reverse-proxy", "director", "front-end-pool", "front-end-server",
                             "edge-internal", "internal-clients"})
        QVERIFY2(roles.contains(QLatin1String(role)), role);
    QCOMPARE(roles.count(QStringLiteral("front-end-server")), 3);
    const Host &clients = project.hosts[0];
    QCOMPARE(clients.id, QStringLiteral("clients-hq"));
    QCOMPARE(clients.addresses.size(), 2);
    QVERIFY(clients.addresses[0].isNetwork());
    QCOMPARE(clients.addresses[1].toString(), QStringLiteral("2001:db8:200::/56"));
    QCOMPARE(project.hosts[4].position, QPointF(520, 190));
    QVERIFY(project.extra.isEmpty());

    // The sample compiled into the binary is the same file.
    Project builtIn;
    QVERIFY(ProjectFile::parse(readAll(QStringLiteral(":/samples/single-director.json")),
                               QStringLiteral("sample"), &builtIn, &error));
    QVERIFY(builtIn == project);
}

void TestProjectFile::roundTripSample()
{
    Project first;
    QString error;
    QVERIFY2(ProjectFile::load(samplePath(), &first, &error), qPrintable(error));
    const QByteArray saved = ProjectFile::serialize(first);
    Project second;
    QVERIFY2(ProjectFile::parse(saved, QStringLiteral("saved"), &second, &error),
             qPrintable(error));
    QVERIFY(second == first);
    QCOMPARE(ProjectFile::serialize(second), saved);
}

void TestProjectFile::unknownKeysAreKept()
{
    Project first;
    QString error;
    QVERIFY2(ProjectFile::parse(unknownKeysProject, QStringLiteral("unknown.json"), &first, &error),
             qPrintable(error));
    QCOMPARE(first.extra.keys(),
             (QStringList{QStringLiteral("aNotes"), QStringLiteral("zLayout")}));
    QCOMPARE(first.extra.value(QStringLiteral("zLayout")).toObject().value(QStringLiteral("grid")),
             QJsonValue(20));
    QCOMPARE(first.extra.value(QStringLiteral("aNotes")).toArray().size(), 3);
    QCOMPARE(first.changeRequest.number, QStringLiteral("CR-7"));
    QCOMPARE(first.changeRequest.extra.keys(),
             (QStringList{QStringLiteral("approvedBy"), QStringLiteral("ticket")}));
    QCOMPARE(first.title, QStringLiteral("Fabrikam \u00c4nderung"));
    const Host &director = first.hosts[0];
    QCOMPARE(director.extra.keys(), (QStringList{QStringLiteral("rack"), QStringLiteral("tags")}));
    QCOMPARE(director.addresses[1].toString(), QStringLiteral("2001:db8::20"));
    QCOMPARE(director.position, QPointF(300.5, -60));
    QCOMPARE(director.description, QStringLiteral("line one\nline two"));
    QCOMPARE(first.hosts[1].extra.value(QStringLiteral("color")).toString(),
             QStringLiteral("#00ff00"));
    QCOMPARE(first.hosts[2].position, QPointF(0, 0));
    QVERIFY(first.hosts[2].addresses.isEmpty());

    const QByteArray saved = ProjectFile::serialize(first);
    for (const char *key : {"\"zLayout\"", "\"aNotes\"", "\"approvedBy\"", "\"ticket\"", "\"rack\"",
                            "\"tags\"", "\"color\""})
        QVERIFY2(saved.contains(key), key);
    Project second;
    QVERIFY2(ProjectFile::parse(saved, QStringLiteral("saved"), &second, &error),
             qPrintable(error));
    QVERIFY(second == first);
    QCOMPARE(ProjectFile::serialize(second), saved);
}

void TestProjectFile::savedLayout()
{
    // Known keys in a fixed order, one host a line, canonical addresses,
    // unknown keys after the known ones (sorted, as QJsonObject keeps them).
    Project project;
    QString error;
    QVERIFY2(
        ProjectFile::parse(unknownKeysProject, QStringLiteral("unknown.json"), &project, &error),
        qPrintable(error));
    const QByteArray expected =
        "{\n"
        "  \"format\": \"portolan-topology\",\n"
        "  \"version\": 1,\n"
        "  \"catalog\": \"lync2013-single-director\",\n"
        "  \"title\": \"Fabrikam \xc3\x84nderung\",\n"
        "  \"changeRequest\": {\"number\": \"CR-7\", \"author\": \"Ops\", \"approvedBy\": "
        "\"CAB\", \"ticket\": {\"id\":9}},\n"
        "  \"hosts\": [\n"
        "    {\"id\": \"dir1\", \"name\": \"LYNC-DIR-01\", \"role\": \"director\", "
        "\"addresses\": [\"10.1.2.20\",\"2001:db8::20\"], \"x\": 300.5, \"y\": -60, "
        "\"description\": \"line one\\nline two\", \"rack\": \"B4\", \"tags\": "
        "[\"dmz\",\"ha\"]},\n"
        "    {\"id\": \"clients\", \"name\": \"CLIENTS\", \"role\": \"internal-clients\", "
        "\"addresses\": [\"10.20.0.0/16\"], \"x\": 0, \"y\": 0, \"color\": \"#00ff00\"},\n"
        "    {\"id\": \"edge1\", \"name\": \"EDGE\", \"role\": \"edge-internal\", "
        "\"addresses\": [], \"x\": 0, \"y\": 0}\n"
        "  ],\n"
        "  \"aNotes\": [\"first\",2,null],\n"
        "  \"zLayout\": {\"grid\":20,\"snap\":true}\n"
        "}\n";
    QCOMPARE(ProjectFile::serialize(project), expected);
}

void TestProjectFile::emptyProjectRoundTrip()
{
    const QByteArray minimal = R"({"hosts": [], "catalog": "lync2013-single-director",
                                  "version": 1, "format": "portolan-topology"})";
    Project project;
    QString error;
    QVERIFY2(ProjectFile::parse(minimal, QStringLiteral("minimal"), &project, &error),
             qPrintable(error));
    QVERIFY(project.hosts.empty());
    QVERIFY(project.title.isEmpty());
    const QByteArray saved = ProjectFile::serialize(project);
    QCOMPARE(saved, QByteArray("{\n  \"format\": \"portolan-topology\",\n  \"version\": 1,\n"
                               "  \"catalog\": \"lync2013-single-director\",\n"
                               "  \"title\": \"\",\n  \"hosts\": []\n}\n"));
    Project again;
    QVERIFY(ProjectFile::parse(saved, QStringLiteral("saved"), &again, &error));
    QVERIFY(again == project);
}

void TestProjectFile::saveWritesBackup()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("site.portolan.json"));
    const QString backup = path + QStringLiteral(".bak");
    Project project;
    QString error;
    QVERIFY(ProjectFile::load(samplePath(), &project, &error));

    // A new file: no backup, since there was nothing to keep.
    QVERIFY2(ProjectFile::save(path, project, &error), qPrintable(error));
    QVERIFY(!QFile::exists(backup));
    const QByteArray firstSave = readAll(path);
    QCOMPARE(firstSave, ProjectFile::serialize(project));

    // Saving again, unchanged, writes the same bytes.
    QVERIFY2(ProjectFile::save(path, project, &error), qPrintable(error));
    QCOMPARE(readAll(path), firstSave);

    // A changed project: the previous bytes are kept as .bak.
    project.title = QStringLiteral("Changed");
    QVERIFY2(ProjectFile::save(path, project, &error), qPrintable(error));
    QCOMPARE(readAll(backup), firstSave);
    QCOMPARE(readAll(path), ProjectFile::serialize(project));
    Project reloaded;
    QVERIFY2(ProjectFile::load(path, &reloaded, &error), qPrintable(error));
    QVERIFY(reloaded == project);

    // A hand-edited file is kept byte for byte, whatever its layout.
    const QByteArray handWritten = unknownKeysProject;
    QVERIFY(writeAll(path, handWritten));
    QVERIFY2(ProjectFile::save(path, project, &error), qPrintable(error));
    QCOMPARE(readAll(backup), handWritten);

    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, (QStringList{QStringLiteral("site.portolan.json"),
                                QStringLiteral("site.portolan.json.bak")}));
}

void TestProjectFile::saveFailureLeavesOldFile()
{
    // The backup cannot be written (a folder stands where it belongs), even
    // for root: the save must fail, name the path, and leave the old file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("site.json"));
    const QString backup = path + QStringLiteral(".bak");
    QVERIFY(QDir(dir.path()).mkpath(backup + QStringLiteral("/inside")));
    const QByteArray old = unknownKeysProject;
    QVERIFY(writeAll(path, old));

    Project project;
    QString error;
    QVERIFY(ProjectFile::load(samplePath(), &project, &error));
    error.clear();
    QVERIFY(!ProjectFile::save(path, project, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.startsWith(backup + QStringLiteral(": cannot write")), qPrintable(error));
    QCOMPARE(readAll(path), old);
    QVERIFY(QFileInfo(backup).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("site.json")});
}

void TestProjectFile::saveIntoMissingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/site.json"));
    Project project;
    QString error;
    QVERIFY(ProjectFile::load(samplePath(), &project, &error));
    error.clear();
    QVERIFY(!ProjectFile::save(path, project, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write: ")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
