// Crash-safe saving: a helper process saves two large projects (A and B)
// alternately over one file with ProjectFile::save; the test kills it with
// SIGKILL at random points, hundreds of times, and checks that the file on disk
// (and FILE.bak, when there is one) is always a complete A or a complete B,
// and that it is the last version saved or the one being saved.

#include "catalogregistry.h"
#include "projectfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Portolan;

namespace {

constexpr int hostCount = 1500;
constexpr int minimumRuns = 200;
constexpr qint64 timeBudgetMs = 60000;

Project makeProject(char variant)
{
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    project.title = QStringLiteral("Save-kill project %1").arg(QLatin1Char(variant));
    project.changeRequest.number = QStringLiteral("CR-%1").arg(QLatin1Char(variant));
    static const QString roles[] = {QStringLiteral("director"), QStringLiteral("front-end-server"),
                                    QStringLiteral("edge-internal"),
                                    QStringLiteral("reverse-proxy")};
    for (int i = 0; i < hostCount; ++i) {
        Host host;
        host.id = QStringLiteral("h%1").arg(i);
        host.name =
            QStringLiteral("%1-HOST-%2").arg(QLatin1Char(variant)).arg(i, 4, 10, QLatin1Char('0'));
        host.role = roles[i % 4];
        const QString text =
            QStringLiteral("10.%1.%2.%3").arg(variant == 'A' ? 1 : 2).arg(i / 250).arg(1 + i % 250);
        host.addresses.append(*Address::parse(text));
        host.position = QPointF(i % 60 * 40, i / 60 * 40 + (variant == 'A' ? 0 : 7));
        host.description = QStringLiteral("Host %1 of project %2").arg(i).arg(QLatin1Char(variant));
        project.hosts.push_back(host);
    }
    return project;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace

class TestSaveKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killWhileSaving();
};

void TestSaveKill::killWhileSaving()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray bytes[2] = {ProjectFile::serialize(makeProject('A')),
                                 ProjectFile::serialize(makeProject('B'))};
    QVERIFY(bytes[0] != bytes[1]);
    const QString sources[2] = {dir.filePath(QStringLiteral("a.json")),
                                dir.filePath(QStringLiteral("b.json"))};
    for (int i = 0; i < 2; ++i) {
        QFile file(sources[i]);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes[i]), bytes[i].size());
    }
    const QString target = dir.filePath(QStringLiteral("project.json"));
    const QString backup = target + QStringLiteral(".bak");

    // How long one save takes here, to spread the kills over a few saves.
    qint64 saveNs = 0;
    {
        const QString probe = dir.filePath(QStringLiteral("probe.json"));
        Project project;
        QString error;
        QVERIFY2(ProjectFile::load(sources[0], &project, &error), qPrintable(error));
        QCOMPARE(ProjectFile::serialize(project), bytes[0]);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 4; ++i)
            QVERIFY2(ProjectFile::save(probe, project, &error), qPrintable(error));
        saveNs = timer.nsecsElapsed() / 4;
    }
    // Kills land before, inside and between the first two saves of each run.
    const qint64 maxDelayUs = std::max<qint64>(1000, 3 * saveNs / 2000);

    auto which = [&](const QByteArray &content) {
        return content == bytes[0] ? 0 : content == bytes[1] ? 1 : -1;
    };

    QRandomGenerator random(20131104);
    QElapsedTimer budget;
    budget.start();
    int runs = 0;
    int savesCompleted = 0;
    int runsWithoutSave = 0;
    int changedByRun = 0;
    int state = -1; // what the target holds: -1 none yet, 0 A, 1 B
    while (runs < minimumRuns || (budget.elapsed() < timeBudgetMs / 4 && runs < 2 * minimumRuns)) {
        const int first = int(random.bounded(2u));
        QProcess helper;
        helper.setProgram(QStringLiteral(PORTOLAN_SAVEHELPER));
        helper.setArguments({target, sources[0], sources[1],
                             first == 0 ? QStringLiteral("A") : QStringLiteral("B")});
        helper.setProcessChannelMode(QProcess::SeparateChannels);
        helper.start();
        QVERIFY2(helper.waitForStarted(10000), qPrintable(helper.errorString()));
        QByteArray output;
        while (!output.contains("ready\n")) {
            QVERIFY2(helper.state() == QProcess::Running || helper.bytesAvailable() > 0,
                     helper.readAllStandardError().constData());
            helper.waitForReadyRead(100);
            output += helper.readAllStandardOutput();
        }
        QThread::usleep(unsigned(random.bounded(quint64(maxDelayUs))));
        helper.kill(); // SIGKILL: no handler, no flush, no cleanup
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        output += helper.readAllStandardOutput();
        const QByteArray errors = helper.readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());
        ++runs;

        const int saves = int(output.count("saved "));
        savesCompleted += saves;
        runsWithoutSave += saves == 0 ? 1 : 0;
        // The save under way when the kill came: "first" after an even count.
        const int inProgress = (first + saves) % 2;
        const int lastSaved = saves > 0 ? (first + saves - 1) % 2 : state;

        const QString when = QStringLiteral("run %1 (%2 saves completed)").arg(runs).arg(saves);
        if (!QFile::exists(target)) {
            QVERIFY2(lastSaved == -1, qPrintable(when + QStringLiteral(": the file vanished")));
        } else {
            const int now = which(readFile(target));
            QVERIFY2(now >= 0,
                     qPrintable(when + QStringLiteral(": the file is not a complete A or B")));
            QVERIFY2(now == lastSaved || now == inProgress,
                     qPrintable(when + QStringLiteral(": the file holds neither the last saved "
                                                      "version nor the one being saved")));
            changedByRun += now != state ? 1 : 0;
            state = now;
        }
        if (QFile::exists(backup))
            QVERIFY2(which(readFile(backup)) >= 0,
                     qPrintable(when + QStringLiteral(": the backup is not a complete A or B")));
    }
    // The kills must have hit both sides: before the first save of a run ended
    // and after one or more had.
    QVERIFY2(runsWithoutSave >= 10 && runs - runsWithoutSave >= 10,
             qPrintable(QStringLiteral("%1 of %2 runs were killed before their first save ended")
                            .arg(runsWithoutSave)
                            .arg(runs)));
    QVERIFY(changedByRun > 0);
    QVERIFY(QFile::exists(backup));

    const QStringList leftovers =
        QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("project.json."));
    qInfo("%d kills in %lld ms; one save takes %.2f ms; %d saves completed; "
          "%d files left by killed saves besides project.json and its backup",
          runs, budget.elapsed(), double(saveNs) / 1e6, savesCompleted, int(leftovers.size()) - 1);
}

QTEST_GUILESS_MAIN(TestSaveKill)
#include "tst_savekill.moc"
