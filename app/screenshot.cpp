// portolan-screenshot: renders the main window on the built-in sample into a
// PNG for the documentation (scripts/screenshot.sh runs it). Not installed.

#include "canvasview.h"
#include "language.h"
#include "mainwindow.h"
#include "topologyscene.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTextStream>

#include <cstdio>

namespace {

void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Settings of their own: the user's window layout must not leak into the docs.
    QCoreApplication::setOrganizationName(QStringLiteral("Portolan-Screenshot"));
    QCoreApplication::setApplicationName(QStringLiteral("Portolan"));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("output"), QStringLiteral("PNG file to write"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("WIDTHxHEIGHT"),
                                  QStringLiteral("size"), QStringLiteral("1280x800"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("en or de"),
                                      QStringLiteral("language"), QStringLiteral("en"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("id of the host to select"),
                                    QStringLiteral("id"), QStringLiteral("dir1"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  QStringLiteral("project to open instead of the sample"),
                                  QStringLiteral("file"));
    const QCommandLineOption arrange(QStringLiteral("arrange"),
                                     QStringLiteral("arrange by role before the picture"));
    parser.addOptions({size, language, select, open, arrange});
    parser.addHelpOption();
    parser.process(app);
    const QStringList outputs = parser.positionalArguments();
    const QStringList dimensions = parser.value(size).split(u'x');
    if (outputs.size() != 1 || dimensions.size() != 2) {
        QTextStream(stderr) << parser.helpText();
        return 2;
    }

    Portolan::installTranslator(parser.value(language));
    Portolan::MainWindow window(parser.value(language));
    QString error;
    const bool opened = parser.isSet(open) ? window.openFile(parser.value(open), &error)
                                           : window.openSample(&error);
    if (!opened) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    window.resize(dimensions[0].toInt(), dimensions[1].toInt());
    window.show();
    settle(300);
    if (parser.isSet(arrange))
        window.scene()->arrangeByRole();
    window.canvasView()->fitAll();
    window.scene()->selectHosts({parser.value(select)});
    settle(300);
    if (!window.grab().save(outputs.first())) {
        QTextStream(stderr) << "cannot write " << outputs.first() << Qt::endl;
        return 1;
    }
    return 0;
}
