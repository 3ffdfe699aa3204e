#include "autosave.h"
#include "document.h"
#include "filelock.h"
#include "language.h"
#include "mainwindow.h"
#include "modalanswerer.h"
#include "projectfile.h"
#include "recoverycopy.h"
#include "savefile.h"
#include "testsupport.h"
#include "topology.h"
#include "topologyscene.h"
#include "undocommands.h"

#include <QAbstractButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Portolan;

namespace {

constexpr int shortInterval = 100; // ms; the real default is a minute

QByteArray serialized(const MainWindow &window)
{
    return ProjectFile::serialize(window.topology()->project());
}

using TestSupport::readAll;

/// One edit as a drag makes it: the first host 10 px to the right.
void moveFirstHost(MainWindow &window)
{
    Topology *topology = window.topology();
    if (topology->hostCount() == 0) {
        window.scene()->addHostAt(QStringLiteral("edge-internal"), QPointF(0, 0));
        return;
    }
    const Host &host = topology->host(0);
    window.undoStack()->push(
        new MoveHostsCommand(topology, {{host.id, host.position + QPointF(10, 0)}}));
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

/// Clicks the button named @p name of the dialog, keeping its text in @p text.
ModalAnswerer::Step click(const char *name, QString *text = nullptr)
{
    return [name, text](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal); box && text)
            *text = box->text();
        if (auto *button = modal->findChild<QAbstractButton *>(QString::fromLatin1(name)))
            button->click();
        else
            QMetaObject::invokeMethod(modal, "reject");
    };
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void idleWindowWritesNothing();
    void writesOncePerIntervalOfEditing();
    void copyGoesWithSaveUndoNewAndClose();
    void windowsDoNotCollide();
    void liveWindowsCopyIsNotOffered();
    void laterKeepsDiscardRemoves();
    void killedWindowIsRecovered();

private:
    std::unique_ptr<MainWindow> makeWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_recovery;
};

void TestRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortolanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recovery"));
    installTranslator(QStringLiteral("en"));
    QSettings().clear();
}

void TestRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_recovery = m_dir->filePath(QStringLiteral("recovery"));
}

std::unique_ptr<MainWindow> TestRecovery::makeWindow()
{
    auto window = std::make_unique<MainWindow>(QStringLiteral("en"));
    window->document()->autosave()->setDirectory(m_recovery);
    window->document()->autosave()->setInterval(shortInterval);
    QString error;
    if (!window->openSample(&error))
        qWarning("%s", qPrintable(error));
    return window;
}

void TestRecovery::idleWindowWritesNothing()
{
    auto window = makeWindow();
    QSignalSpy written(window->document()->autosave(), &Autosave::written);
    QTest::qWait(shortInterval * 4);
    QCOMPARE(written.count(), 0);
    QVERIFY(filesIn(m_recovery).isEmpty());
    QCOMPARE(Autosave::defaultInterval, 60000);
}

void TestRecovery::writesOncePerIntervalOfEditing()
{
    auto window = makeWindow();
    Autosave *autosave = window->document()->autosave();
    QSignalSpy written(autosave, &Autosave::written);

    // Five edits in a row: one copy, holding all five.
    for (int i = 0; i < 5; ++i)
        moveFirstHost(*window);
    QVERIFY(written.wait(shortInterval * 50));
    QCOMPARE(written.count(), 1);
    QCOMPARE(written.first().first().toString(), autosave->copyPath());
    QCOMPARE(readAll(autosave->copyPath()), serialized(*window));
    const QString info = RecoveryCopy::infoPath(m_recovery, autosave->id());
    const QJsonObject object = QJsonDocument::fromJson(readAll(info)).object();
    QCOMPARE(object.value(QStringLiteral("name")).toString(),
             QStringLiteral("single-director.portolan.json"));
    QCOMPARE(object.value(QStringLiteral("file")).toString(), QString());
    QCOMPARE(object.value(QStringLiteral("pid")).toInteger(), QCoreApplication::applicationPid());
    QVERIFY(
        QDateTime::fromString(object.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs)
            .isValid());

    // Idle again: nothing changed since the copy, nothing written.
    QTest::qWait(shortInterval * 4);
    QCOMPARE(written.count(), 1);

    // Continuous editing: copies at least an interval apart, the last one current.
    QElapsedTimer clock;
    clock.start();
    QList<qint64> times;
    connect(autosave, &Autosave::written, this, [&] { times.append(clock.elapsed()); });
    while (clock.elapsed() < shortInterval * 8) {
        moveFirstHost(*window);
        QTest::qWait(10);
    }
    QTRY_COMPARE_WITH_TIMEOUT(readAll(autosave->copyPath()), serialized(*window),
                              shortInterval * 50);
    QVERIFY2(times.size() >= 2, qPrintable(QString::number(times.size())));
    for (int i = 1; i < times.size(); ++i) {
        // QTimer's coarse timers may fire up to 5 % early.
        QVERIFY2(times[i] - times[i - 1] >= shortInterval * 95 / 100,
                 qPrintable(QStringLiteral("%1 ms apart").arg(times[i] - times[i - 1])));
    }
}

void TestRecovery::copyGoesWithSaveUndoNewAndClose()
{
    auto window = makeWindow();
    Autosave *autosave = window->document()->autosave();
    const auto edit = [&] {
        moveFirstHost(*window);
        QTRY_VERIFY_WITH_TIMEOUT(autosave->hasCopy(), shortInterval * 50);
        QVERIFY(QFile::exists(autosave->copyPath()));
        QVERIFY(QFile::exists(RecoveryCopy::lockPath(m_recovery, autosave->id())));
    };

    edit();
    const QString path = m_dir->filePath(QStringLiteral("site.portolan.json"));
    QString error;
    QVERIFY2(window->saveFile(path, &error), qPrintable(error));
    QVERIFY(filesIn(m_recovery).isEmpty());

    // Undo back to the saved state: the file is the copy.
    edit();
    window->undoStack()->undo();
    QVERIFY(window->undoStack()->isClean());
    QVERIFY(filesIn(m_recovery).isEmpty());

    // Discard in the "Unsaved Changes" question leads to a new or another project.
    edit();
    window->newProject();
    QVERIFY(filesIn(m_recovery).isEmpty());
    edit();
    QVERIFY2(window->openFile(path, &error), qPrintable(error));
    QVERIFY(filesIn(m_recovery).isEmpty());

    // Closing the window (after Discard) leaves nothing behind.
    edit();
    QVERIFY(!filesIn(m_recovery).isEmpty());
    window.reset();
    QVERIFY2(filesIn(m_recovery).isEmpty(), qPrintable(filesIn(m_recovery).join(u' ')));
}

void TestRecovery::windowsDoNotCollide()
{
    auto first = makeWindow();
    auto second = makeWindow();
    moveFirstHost(*first);
    moveFirstHost(*second);
    moveFirstHost(*second);
    QTRY_VERIFY_WITH_TIMEOUT(first->document()->autosave()->hasCopy() &&
                                 second->document()->autosave()->hasCopy(),
                             shortInterval * 50);
    QVERIFY(first->document()->autosave()->copyPath() !=
            second->document()->autosave()->copyPath());
    QCOMPARE(readAll(first->document()->autosave()->copyPath()), serialized(*first));
    QCOMPARE(readAll(second->document()->autosave()->copyPath()), serialized(*second));
    QVERIFY(serialized(*first) != serialized(*second));
    QCOMPARE(filesIn(m_recovery).size(), 6);
}

void TestRecovery::liveWindowsCopyIsNotOffered()
{
    auto editing = makeWindow();
    moveFirstHost(*editing);
    QTRY_VERIFY_WITH_TIMEOUT(editing->document()->autosave()->hasCopy(), shortInterval * 50);
    QVERIFY(RecoveryCopy::findOrphans(m_recovery).isEmpty());

    auto other = makeWindow();
    ModalAnswerer answerer({});
    QVERIFY(!other->offerRecovery(m_recovery));
    QCOMPARE(answerer.unexpected(), 0);
    QVERIFY(editing->document()->autosave()->hasCopy());
}

void TestRecovery::laterKeepsDiscardRemoves()
{
    // A copy without a live owner, as a crash leaves it (no lock held).
    QVERIFY(QDir().mkpath(m_recovery));
    const QString id = QStringLiteral("orphan");
    auto source = makeWindow();
    moveFirstHost(*source);
    const QByteArray project = serialized(*source);
    source.reset();
    QString error;
    QVERIFY(writeAtomically(RecoveryCopy::projectPath(m_recovery, id), project, &error));
    const QJsonObject info{{QStringLiteral("format"), QStringLiteral("portolan-recovery")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("file"), QString()},
                           {QStringLiteral("name"), QStringLiteral("plan.portolan.json")},
                           {QStringLiteral("saved"), QStringLiteral("2026-11-25T10:00:00.000Z")},
                           {QStringLiteral("pid"), 1},
                           {QStringLiteral("host"), QSysInfo::machineHostName()}};
    QVERIFY(writeAtomically(RecoveryCopy::infoPath(m_recovery, id), QJsonDocument(info).toJson(),
                            &error));
    const QStringList planted = filesIn(m_recovery);

    auto window = makeWindow();
    const QByteArray before = serialized(*window);
    QString text;
    {
        ModalAnswerer answerer({click("laterButton", &text)});
        QVERIFY(!window->offerRecovery(m_recovery));
        QCOMPARE(answerer.answered(), 1);
    }
    QVERIFY2(text.contains(QStringLiteral("plan.portolan.json")), qPrintable(text));
    QCOMPARE(serialized(*window), before);
    QCOMPARE(filesIn(m_recovery), planted); // kept, and its lock let go

    {
        ModalAnswerer answerer({click("discardButton")});
        QVERIFY(!window->offerRecovery(m_recovery));
        QCOMPARE(answerer.answered(), 1);
    }
    QVERIFY(filesIn(m_recovery).isEmpty());
    QCOMPARE(serialized(*window), before);
    QVERIFY(!window->document()->isModified());
}

void TestRecovery::killedWindowIsRecovered()
{
    // The project on disk, opened by a real Portolan in an isolated home.
    const QString path = m_dir->filePath(QStringLiteral("site.portolan.json"));
    QByteArray original;
    {
        auto window = makeWindow();
        QString error;
        QVERIFY2(window->saveFile(path, &error), qPrintable(error));
        original = readAll(path);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir->filePath(QStringLiteral("home"));
    const QString runtime = m_dir->filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(runtime));
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PORTOLAN_AUTOSAVE_INTERVAL_MS"), QString::number(shortInterval));
    env.insert(QStringLiteral("PORTOLAN_TEST_MOVE_HOSTS"), QStringLiteral("3"));
    // AppDataLocation of organisation "Portolan", application "Portolan".
    const QString recovery = home + QStringLiteral("/.local/share/Portolan/Portolan/recovery");

    QProcess portolan;
    portolan.setProcessEnvironment(env);
    portolan.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    portolan.start(QStringLiteral(PORTOLAN_BINARY),
                   {QStringLiteral("--language"), QStringLiteral("en"), path});
    QVERIFY2(portolan.waitForStarted(), qPrintable(portolan.errorString()));
    const qint64 pid = portolan.processId();
    const auto copyWritten = [&] {
        const QStringList infos = QDir(recovery).entryList({QStringLiteral("*.recovery.json")});
        return infos.size() == 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(copyWritten(), 30000);
    QVERIFY(QFile::exists(FileLock::lockPath(path)));

    // While it runs, the file is locked: opening it here warns.
    {
        const std::optional<FileLock::Owner> owner = FileLock::otherOwner(path);
        QVERIFY(owner);
        QCOMPARE(owner->pid, pid);
        QCOMPARE(owner->hostName, QSysInfo::machineHostName());

        auto window = makeWindow();
        const QByteArray before = serialized(*window);
        QString text;
        {
            ModalAnswerer answerer({click("cancelButton", &text)});
            QVERIFY(!window->openFileChecked(path));
            QCOMPARE(answerer.answered(), 1);
        }
        QVERIFY2(text.contains(QString::number(pid)), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
        QCOMPARE(serialized(*window), before);
        QCOMPARE(window->document()->filePath(), QString());

        {
            ModalAnswerer answerer({click("openCopyButton")});
            QVERIFY(window->openFileChecked(path));
            QCOMPARE(answerer.answered(), 1);
        }
        QCOMPARE(serialized(*window), original);
        QCOMPARE(window->document()->filePath(), QString());
        QCOMPARE(window->document()->fileName(), QStringLiteral("site-copy.portolan.json"));
        QVERIFY(!window->document()->holdsFileLock());

        {
            ModalAnswerer answerer({click("openAnywayButton")});
            QVERIFY(window->openFileChecked(path));
            QCOMPARE(answerer.answered(), 1);
        }
        QCOMPARE(serialized(*window), original);
        QCOMPARE(window->document()->filePath(), path);
        QVERIFY(!window->document()->holdsFileLock()); // the other Portolan's lock stays
        QCOMPARE(FileLock::otherOwner(path)->pid, pid);
    }

    // The window's unsaved edits, as the killed process made them.
    QByteArray edited;
    {
        auto window = makeWindow();
        QString error;
        QVERIFY2(window->openFile(path, &error), qPrintable(error));
        for (int i = 0; i < 3; ++i)
            moveFirstHost(*window);
        edited = serialized(*window);
    }
    QVERIFY(edited != original);
    const QString copyPath = QDir(recovery).filePath(
        QDir(recovery)
            .entryList({QStringLiteral("*.recovery.json")})
            .first()
            .replace(QStringLiteral(".recovery.json"), QStringLiteral(".portolan.json")));
    QTRY_COMPARE_WITH_TIMEOUT(readAll(copyPath), edited, 10000);

    portolan.kill(); // SIGKILL: no destructor, no cleanup
    QVERIFY(portolan.waitForFinished());
    QCOMPARE(portolan.exitStatus(), QProcess::CrashExit);

    // The next start finds the copy; its owner is gone.
    {
        const QList<RecoveryCopy> orphans = RecoveryCopy::findOrphans(recovery);
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().originalPath(), path);
        QCOMPARE(orphans.first().pid(), pid);
        QVERIFY(orphans.first().savedAt().isValid());
    }
    auto window = makeWindow();
    QString text;
    {
        ModalAnswerer answerer({click("restoreButton", &text)});
        QVERIFY(window->offerRecovery(recovery));
        QCOMPARE(answerer.answered(), 1);
    }
    QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
    QCOMPARE(serialized(*window), edited);
    QCOMPARE(window->document()->filePath(), path);
    QVERIFY(window->document()->isModified());
    QVERIFY(window->isWindowModified());
    QCOMPARE(window->windowTitle(), QStringLiteral("site.portolan.json[*] — Portolan"));
    // The stale lock of the killed process was taken over silently.
    QVERIFY(window->document()->holdsFileLock());
    QVERIFY(!FileLock::otherOwner(path));
    // The old copy is gone; this window keeps its own until saved.
    QVERIFY(RecoveryCopy::findOrphans(recovery).isEmpty());
    QVERIFY(window->document()->autosave()->hasCopy());

    QString error;
    QVERIFY2(window->saveFile(window->document()->filePath(), &error), qPrintable(error));
    QCOMPARE(readAll(path), edited);
    QVERIFY(!window->document()->autosave()->hasCopy());
    QVERIFY(QDir(recovery).entryList({QStringLiteral("*.recovery.json")}).isEmpty());
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
