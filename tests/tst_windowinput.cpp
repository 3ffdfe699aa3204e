#include "document.h"
#include "inspector.h"
#include "language.h"
#include "mainwindow.h"
#include "modalanswerer.h"
#include "projectfile.h"
#include "testsupport.h"
#include "topology.h"
#include "topologyscene.h"
#include "undocommands.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Portolan;

namespace {

QByteArray serialized(const MainWindow &window)
{
    return ProjectFile::serialize(window.topology()->project());
}

QString badFolder()
{
    return QStringLiteral(PORTOLAN_TEST_DATA "/bad");
}

} // namespace

/// The window against hostile input: every bad file through File → Open, and
/// the text a user can type into names and descriptions.
class TestWindowInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void badFileKeepsDocument_data();
    void badFileKeepsDocument();
    void unicodeSurvivesSaveAndLoad();
    void controlCharactersRefused_data();
    void controlCharactersRefused();
    void propertiesRefuseControlCharacters();

private:
    void selectFirstHost();
    QLineEdit *nameField() const;
    QPlainTextEdit *descriptionField() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortolanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowinput"));
    installTranslator(QStringLiteral("en"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestWindowInput::init()
{
    // A saved project with one unsaved edit: path, bytes, undo stack and
    // clean state all have something to lose.
    m_window = std::make_unique<MainWindow>(QStringLiteral("en"));
    QString error;
    QVERIFY2(m_window->openSample(&error), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("current.portolan.json"));
    QVERIFY2(m_window->saveFile(path, &error), qPrintable(error));
    const Host &host = m_window->topology()->host(0);
    m_window->undoStack()->push(
        new MoveHostsCommand(m_window->topology(), {{host.id, host.position + QPointF(40, 0)}}));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWindowInput::cleanup()
{
    m_window.reset();
}

void TestWindowInput::badFileKeepsDocument_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = TestSupport::badCaseNames(badFolder());
    QVERIFY(names.size() >= 100);
    for (const QString &name : std::as_const(names))
        QTest::newRow(qPrintable(name)) << name;
}

void TestWindowInput::badFileKeepsDocument()
{
    QFETCH(QString, name);
    const QString path = badFolder() + u'/' + name;
    QFile expectedFile(path + QStringLiteral(".error"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    QString expected = QString::fromUtf8(expectedFile.readAll());
    QVERIFY(expected.endsWith(u'\n'));
    expected.chop(1);
    // The committed message names the file; the window names the path it opened.
    expected = badFolder() + u'/' + expected;

    MainWindow &w = *m_window;
    const QByteArray bytes = serialized(w);
    const QString filePath = w.document()->filePath();
    const QString title = w.windowTitle();
    const int count = w.undoStack()->count();
    const int index = w.undoStack()->index();
    const bool clean = w.undoStack()->isClean();
    const QStringList recent = w.recentFiles();

    // File → Open's path: the error dialog shows the loader's message.
    QString shownTitle;
    QString shownText;
    ModalAnswerer answerer({[&](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            shownTitle = box->windowTitle();
            shownText = box->text();
        }
        QMetaObject::invokeMethod(modal, "reject");
    }});
    QVERIFY(!w.openFileChecked(path));
    QCOMPARE(answerer.answered(), 1);
    QCOMPARE(shownTitle, QStringLiteral("Cannot Open Project"));
    QCOMPARE(shownText, expected);

    // And openFile, which the dialog path uses, gives the same message.
    QString error;
    QVERIFY(!w.openFile(path, &error));
    QCOMPARE(error, expected);

    QCOMPARE(serialized(w), bytes);
    QCOMPARE(w.document()->filePath(), filePath);
    QCOMPARE(w.windowTitle(), title);
    QCOMPARE(w.undoStack()->count(), count);
    QCOMPARE(w.undoStack()->index(), index);
    QCOMPARE(w.undoStack()->isClean(), clean);
    QVERIFY(w.isWindowModified());
    QCOMPARE(w.recentFiles(), recent);
    QVERIFY(w.document()->holdsFileLock());
}

void TestWindowInput::selectFirstHost()
{
    m_window->scene()->selectHosts({m_window->topology()->host(0).id});
}

QLineEdit *TestWindowInput::nameField() const
{
    return m_window->inspector()->findChild<QLineEdit *>(QStringLiteral("hostName"));
}

QPlainTextEdit *TestWindowInput::descriptionField() const
{
    return m_window->inspector()->findChild<QPlainTextEdit *>(QStringLiteral("hostDescription"));
}

void TestWindowInput::unicodeSurvivesSaveAndLoad()
{
    // Right-to-left with marks, emoji with a ZWJ sequence and a variation
    // selector, combining marks stacked on Latin and Devanagari letters.
    const QString name = QStringLiteral(
        "خادم\u200F-שרת 🔥👩\u200D💻🛡\uFE0F e\u0301\u0323 क्षि");
    const QString description = QStringLiteral(
        "Zeile 1: ‏مرحبا بالعالم‎\n\tZeile 2: 🧑🏽\u200D🚀 a\u0308\u0304");
    selectFirstHost();
    QLineEdit *nameEdit = nameField();
    QPlainTextEdit *descriptionEdit = descriptionField();
    QVERIFY(nameEdit && descriptionEdit);
    // One field after the other, as the focus moves from one to the next.
    nameEdit->setText(name);
    m_window->inspector()->commitPendingEdits();
    descriptionEdit->setPlainText(description);
    m_window->inspector()->commitPendingEdits();
    const QString id = m_window->topology()->host(0).id;
    QCOMPARE(m_window->topology()->hostById(id)->name, name);
    QCOMPARE(m_window->topology()->hostById(id)->description, description);

    const QString path = m_dir.filePath(QStringLiteral("unicode.portolan.json"));
    QString error;
    QVERIFY2(m_window->saveFile(path, &error), qPrintable(error));
    MainWindow reopened(QStringLiteral("en"));
    QVERIFY2(reopened.openFile(path, &error), qPrintable(error));
    QCOMPARE(reopened.topology()->hostById(id)->name, name);
    QCOMPARE(reopened.topology()->hostById(id)->description, description);
    QCOMPARE(serialized(reopened), serialized(*m_window));
}

void TestWindowInput::controlCharactersRefused_data()
{
    QTest::addColumn<bool>("inName");
    QTest::addColumn<QString>("text");
    QTest::newRow("name bell") << true << QStringLiteral("FE\u00071");
    QTest::newRow("name escape") << true << QStringLiteral("FE\u001B[31m1");
    QTest::newRow("name tab") << true << QStringLiteral("FE\t1");
    QTest::newRow("name DEL") << true << QStringLiteral("FE\u007F1");
    QTest::newRow("name C1 CSI") << true << QStringLiteral("FE\u009B31m");
    QTest::newRow("name NEL") << true << QStringLiteral("FE\u00851");
    QTest::newRow("description escape") << false << QStringLiteral("line\u001B[2J");
    QTest::newRow("description NUL") << false << QString(QChar(0)) + QStringLiteral("x");
    QTest::newRow("description C1") << false << QStringLiteral("a\u0090b");
}

void TestWindowInput::controlCharactersRefused()
{
    QFETCH(bool, inName);
    QFETCH(QString, text);
    MainWindow &w = *m_window;
    selectFirstHost();
    const QByteArray before = serialized(w);
    const int count = w.undoStack()->count();
    if (inName)
        nameField()->setText(text); // as a paste would
    else
        descriptionField()->setPlainText(text);
    w.inspector()->commitPendingEdits();
    QCOMPARE(serialized(w), before);
    QCOMPARE(w.undoStack()->count(), count);
    auto *error = w.inspector()->findChild<QLabel *>(
        inName ? QStringLiteral("hostNameError") : QStringLiteral("hostDescriptionError"));
    QVERIFY(error);
    // The loader's own words for the same mistake (Validation::checkText()).
    QCOMPARE(error->text(), inName
                                ? QStringLiteral("The name contains a control character.")
                                : QStringLiteral("The description contains a control character."));
    QVERIFY(error->isVisible());

    // Line breaks and tabs remain fine in a description.
    if (!inName) {
        descriptionField()->setPlainText(QStringLiteral("one\n\ttwo"));
        w.inspector()->commitPendingEdits();
        QCOMPARE(w.topology()->host(0).description, QStringLiteral("one\n\ttwo"));
        QCOMPARE(w.undoStack()->count(), count + 1);
    }
    // Whatever was typed, the project still saves to a file that loads.
    const QString path = m_dir.filePath(QStringLiteral("control.portolan.json"));
    QString message;
    QVERIFY2(w.saveFile(path, &message), qPrintable(message));
    MainWindow reopened(QStringLiteral("en"));
    QVERIFY2(reopened.openFile(path, &message), qPrintable(message));
}

void TestWindowInput::propertiesRefuseControlCharacters()
{
    MainWindow &w = *m_window;
    auto *properties = w.findChild<QAction *>(QStringLiteral("propertiesAction"));
    QVERIFY(properties);
    const int count = w.undoStack()->count();
    const auto setTitle = [](const QString &title) {
        return [title](QWidget *modal) {
            auto *dialog = qobject_cast<QDialog *>(modal);
            const QList<QLineEdit *> edits = modal->findChildren<QLineEdit *>();
            if (!dialog || edits.isEmpty()) {
                QMetaObject::invokeMethod(modal, "reject");
                return;
            }
            edits.first()->setText(title); // the title comes first
            dialog->accept();
        };
    };
    QString warning;
    {
        // Refused with a message; the dialog comes back with the text kept.
        QString kept;
        ModalAnswerer answerer({setTitle(QStringLiteral("Plan\u0007")),
                                [&](QWidget *modal) {
                                    if (auto *box = qobject_cast<QMessageBox *>(modal))
                                        warning = box->text();
                                    QMetaObject::invokeMethod(modal, "accept");
                                },
                                [&](QWidget *modal) {
                                    kept = modal->findChildren<QLineEdit *>().value(0)->text();
                                    QMetaObject::invokeMethod(modal, "reject");
                                }});
        properties->trigger();
        QCOMPARE(answerer.answered(), 3);
        QCOMPARE(kept, QStringLiteral("Plan\u0007"));
    }
    QCOMPARE(warning, QStringLiteral("The title contains a control character."));
    QCOMPARE(w.undoStack()->count(), count);

    const QString title = QStringLiteral("Plan ✓ שלום 🔥");
    {
        ModalAnswerer answerer({setTitle(title)});
        properties->trigger();
        QCOMPARE(answerer.answered(), 1);
    }
    QCOMPARE(w.undoStack()->count(), count + 1);
    QCOMPARE(w.topology()->project().title, title);
}

QTEST_MAIN(TestWindowInput)
#include "tst_windowinput.moc"
