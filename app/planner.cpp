#include "planner.h"

#include "canvasview.h"
#include "language.h"
#include "mainwindow.h"
#include "recoverycopy.h"
#include "topology.h"
#include "undocommands.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

namespace Portolan {

namespace {

/// Test-only (docs/recovery.md): PORTOLAN_TEST_MOVE_HOSTS=N moves the first
/// host N times by 10 px through the undo stack, as N drags would, so a test
/// can crash a window that has unsaved changes.
void applyTestMoves(MainWindow *window)
{
    const int moves = qEnvironmentVariableIntValue("PORTOLAN_TEST_MOVE_HOSTS");
    Topology *topology = window->topology();
    for (int i = 0; i < moves && topology->hostCount() > 0; ++i) {
        const Host &host = topology->host(0);
        window->undoStack()->push(
            new MoveHostsCommand(topology, {{host.id, host.position + QPointF(10, 0)}}));
    }
}

} // namespace

int runPlanner(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        MainWindow::tr("Plans the firewall flows between Microsoft Lync Server 2013 roles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        MainWindow::tr(
            "Interface, role names and notes in <language>: en or de (default: the system "
            "language)."),
        QStringLiteral("language"));
    parser.addOption(languageOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        MainWindow::tr("The project file to open; without one the built-in sample opens."),
        QStringLiteral("[FILE]"));
    parser.process(arguments); // exits on --help, --version and unknown options

    const QString language =
        parser.isSet(languageOption) ? parser.value(languageOption) : requestedLanguage({});
    if (language != QLatin1String("en") && language != QLatin1String("de")) {
        QTextStream(stderr) << QCoreApplication::applicationName().toLower() << ": "
                            << MainWindow::tr("unknown language '%1': use en or de").arg(language)
                            << Qt::endl;
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        QTextStream(stderr) << QCoreApplication::applicationName().toLower() << ": "
                            << MainWindow::tr("open one file at a time") << Qt::endl;
        return 2;
    }

    MainWindow window(language);
    QString error;
    bool opened = files.isEmpty() ? window.openSample(&error) : true;
    window.show();
    if (!files.isEmpty()) {
        // Warns if another Portolan has the file open; reports a bad file.
        opened = window.openFileChecked(files.first());
        if (!opened)
            window.newProject(); // never leave the user without a window
    } else if (!opened) {
        QMessageBox::critical(&window, MainWindow::tr("Cannot Open Project"), error);
        window.newProject();
    }
    window.offerRecovery(RecoveryCopy::defaultDirectory());
    applyTestMoves(&window);
    // Fit once the window has its final size.
    QTimer::singleShot(0, window.canvasView(), &CanvasView::fitAll);
    return QApplication::exec();
}

} // namespace Portolan
