#include "cli.h"
#include "language.h"
#include "planner.h"

#include <QApplication>
#include <QCoreApplication>

#include <type_traits>

namespace {

QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

template<typename Application, typename Run>
int runWith(int &argc, char **argv, const QStringList &arguments, Run run)
{
    Application app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Portolan"));
    QCoreApplication::setOrganizationName(QStringLiteral("Portolan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    if constexpr (std::is_base_of_v<QGuiApplication, Application>)
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.portolan_planner.Portolan"));
    Portolan::installTranslator(Portolan::requestedLanguage(arguments));
    return run(arguments);
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentList(argc, argv);
    if (Portolan::Cli::needsPainting(arguments)) {
        // Diagram exports paint, but never on a screen: the offscreen platform
        // needs no display, whatever DISPLAY or QT_QPA_PLATFORM say.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return runWith<QApplication>(argc, argv, arguments, Portolan::Cli::run);
    }
    if (Portolan::Cli::isCommand(arguments)) {
        // Headless: a QCoreApplication needs no display and loads no platform plugin.
        return runWith<QCoreApplication>(argc, argv, arguments, Portolan::Cli::run);
    }
    return runWith<QApplication>(argc, argv, arguments, Portolan::runPlanner);
}
