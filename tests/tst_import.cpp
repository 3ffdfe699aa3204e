// Importing hosts and zones from an inventory: golden imports through the real
// binary, a corpus of bad rows with their exact messages, nothing written on
// error, and in the window's model one undo step and one derivation.

#include "csvreader.h"
#include "inventoryimport.h"
#include "testsupport.h"
#include "topology.h"
#include "undocommands.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Portolan;
using TestSupport::readAll;
using TestSupport::writeAll;

namespace {

QString importData(const QString &relative = QString())
{
    return QStringLiteral(PORTOLAN_TEST_DATA "/import/") + relative;
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
    process.start(QStringLiteral(PORTOLAN_BINARY),
                  QStringList{QStringLiteral("import")} + arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList caseArguments(const QString &folder)
{
    return QString::fromUtf8(readAll(folder + QStringLiteral("/arguments")))
        .simplified()
        .split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("folder");
        const QStringList cases = QDir(importData()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(cases.size() >= 3);
        for (const QString &name : cases) {
            if (!name.startsWith(QLatin1String("bad")))
                QTest::newRow(qPrintable(name)) << importData(name);
        }
    }

    void golden()
    {
        QFETCH(QString, folder);
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("result.portolan.json"));
        const Result result =
            run(QStringList{QStringLiteral("project.json")} + caseArguments(folder) +
                    QStringList{QStringLiteral("--output"), output},
                folder);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.err, QByteArray());
        QCOMPARE(result.out, readAll(folder + QStringLiteral("/expected.out")));
        QCOMPARE(readAll(output), readAll(folder + QStringLiteral("/expected.portolan.json")));
        // The result is a project that loads, and importing it again changes nothing.
        Project project;
        QString error;
        QVERIFY2(ProjectFile::load(output, &project, &error), qPrintable(error));
        const Result again = run(QStringList{output} + caseArguments(folder) +
                                     QStringList{QStringLiteral("--dry-run")},
                                 folder);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(" 0 hosts added, 0 updated, "), again.out.constData());
    }

    void badRows_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        for (const QString &kind : {QStringLiteral("hosts"), QStringLiteral("zones")}) {
            const QString folder = kind == QLatin1String("hosts") ? QStringLiteral("bad")
                                                                  : QStringLiteral("bad-zones");
            const QStringList files = QDir(importData(folder)).entryList({QStringLiteral("*.csv")});
            QVERIFY(files.size() >= 7);
            for (const QString &file : files)
                QTest::addRow("%s/%s", qPrintable(kind), qPrintable(file)) << kind << file;
        }
    }

    void badRows()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        const QString folder = importData(
            kind == QLatin1String("hosts") ? QStringLiteral("bad") : QStringLiteral("bad-zones"));
        // Nothing is written: an existing output stays as it was, a new one never appears.
        QTemporaryDir dir;
        const QString existing = dir.filePath(QStringLiteral("existing.json"));
        QVERIFY(writeAll(existing, "keep me"));
        const QString fresh = dir.filePath(QStringLiteral("fresh.json"));
        for (const QString &target : {existing, fresh}) {
            const Result result =
                run({QStringLiteral("../plain-csv/project.json"), QStringLiteral("--") + kind, file,
                     QStringLiteral("--output"), target},
                    folder);
            QCOMPARE(result.exitCode, 2);
            QCOMPARE(QString::fromUtf8(result.err),
                     QString::fromUtf8(readAll(folder + u'/' + file + QStringLiteral(".error"))));
            QCOMPARE(result.out, QByteArray());
        }
        QCOMPARE(readAll(existing), QByteArray("keep me"));
        QVERIFY(!QFileInfo::exists(fresh));
    }

    void manyErrorsAreCounted()
    {
        QTemporaryDir dir;
        QByteArray csv = "name,role,addresses\n";
        for (int i = 0; i < 120; ++i)
            csv += "H" + QByteArray::number(i) + ",director,10.0.0." + QByteArray::number(300 + i) +
                   "\n";
        QVERIFY(writeAll(dir.filePath(QStringLiteral("many.csv")), csv));
        QVERIFY(writeAll(dir.filePath(QStringLiteral("p.json")),
                         readAll(importData(QStringLiteral("plain-csv/project.json")))));
        const Result result = run({QStringLiteral("p.json"), QStringLiteral("--hosts"),
                                   QStringLiteral("many.csv"), QStringLiteral("--in-place")},
                                  dir.path());
        QCOMPARE(result.exitCode, 2);
        const QStringList lines = QString::fromUtf8(result.err).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 52);
        QCOMPARE(lines[0], QStringLiteral("many.csv:2: column 'addresses': '300' is larger than "
                                          "255 in '10.0.0.300'"));
        QCOMPARE(lines[50], QStringLiteral("… and 70 more errors"));
        QCOMPARE(lines[51], QStringLiteral("portolan: p.json: nothing imported: 120 errors"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("p.json.bak"))));
    }

    void hugeAndBinaryFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString huge = dir.filePath(QStringLiteral("huge.csv"));
        QByteArray row = "name,role,addresses\n";
        row += QByteArray(50 * 1024 * 1024, 'x');
        QVERIFY(writeAll(huge, row));
        CsvTable table;
        QString error;
        QVERIFY(!readCsvFile(huge, &table, &error));
        QCOMPARE(error, huge + QStringLiteral(": the file is 50 MB; at most 32 MB are read"));
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary += char((i * 7919) % 251 + 1);
        QVERIFY(!readCsv(binary, QStringLiteral("x.csv"), &table, &error));
        QVERIFY2(error.startsWith(QStringLiteral("x.csv:")), qPrintable(error));
        QVERIFY(!readCsvFile(dir.path(), &table, &error));
        QCOMPARE(error, dir.path() + QStringLiteral(": is a folder, not a CSV file"));
    }

    void csvReaderEdgeCases()
    {
        CsvTable table;
        QString error;
        // Quoted separators, doubled quotes, a line break inside a field, CRLF,
        // no final break, blank lines, and the line each record starts on.
        QVERIFY(readCsv("a;b\r\n\"x;1\";\"say \"\"hi\"\"\"\r\n\r\n\"multi\nline\";2\r\nlast;3",
                        QStringLiteral("t.csv"), &table, &error));
        QCOMPARE(table.separator, QChar(u';'));
        QCOMPARE(table.header, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(table.records.size(), 3);
        QCOMPARE(table.records[0],
                 (QStringList{QStringLiteral("x;1"), QStringLiteral("say \"hi\"")}));
        QCOMPARE(table.records[1][0], QStringLiteral("multi\nline"));
        QCOMPARE(table.lines, (QList<int>{2, 4, 6}));
    }

    /// In the window: one undo step, one batch, the rules derived once, and
    /// undo gives back the identical file.
    void thousandHostsImportAsOneStep()
    {
        QByteArray csv = "name,role,addresses\n";
        for (int i = 0; i < 1000; ++i)
            csv += "FE-" + QByteArray::number(100 + i) + ",front-end-server,10.9." +
                   QByteArray::number(i / 250) + "." + QByteArray::number(i % 250 + 1) + "\n";
        csv += "LYNC-DIR-01,director,10.1.2.20 10.1.2.21\n";
        CsvTable table;
        QString error;
        QVERIFY2(readCsv(csv, QStringLiteral("hosts.csv"), &table, &error), qPrintable(error));
        Topology topology;
        topology.reset(TestSupport::sampleProject(),
                       Catalog::load(QStringLiteral("lync2013-single-director")));
        const QByteArray before = ProjectFile::serialize(topology.project());
        const HostImport plan = planHostImport(table, QStringLiteral("hosts.csv"),
                                               topology.catalog(), topology.project(), {});
        QVERIFY(!plan.hasErrors());
        QCOMPARE(plan.added.size(), 1000);
        QCOMPARE(plan.updated.size(), 1);

        QUndoStack stack;
        (void)topology.rules();
        QSignalSpy derived(&topology, &Topology::derivedChanged);
        const quint64 derivations = topology.ruleDerivations();
        stack.push(importHostsCommand(&topology, plan.added, plan.updated));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.text(0), QStringLiteral("Import 1001 host(s)"));
        QCOMPARE(derived.count(), 1);
        QCOMPARE(topology.hostCount(), 9 + 1000);
        (void)topology.rules();
        QCOMPARE(topology.ruleDerivations() - derivations, quint64(1));
        QCOMPARE(topology.hostById(QStringLiteral("dir1"))->addresses.size(), 2);
        // The same as the command line's result.
        QCOMPARE(ProjectFile::serialize(topology.project()),
                 ProjectFile::serialize(applyImport(TestSupport::sampleProject(), plan, {})));
        stack.undo();
        QCOMPARE(derived.count(), 2);
        QCOMPARE(ProjectFile::serialize(topology.project()), before);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
