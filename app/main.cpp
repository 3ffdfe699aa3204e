#include "builtinoutputs.h"
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

QtMessageHandler defaultHandler = nullptr;

/// Headless exports run where no desktop session exists (scripts, CI, root);
/// Qt's notice that XDG_RUNTIME_DIR is unset there says nothing about the
/// export and would only clutter the command's standard error.
void headlessMessageHandler(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = Portolan::Cli::commandFirst(argumentList(argc, argv));
    Portolan::registerBuiltInOutputs();
    if (Portolan::Cli::needsPainting(arguments)) {
        // Diagram exports paint, but never on a screen: the offscreen platform
        // needs no display, whatever DISPLAY or QT_QPA_PLATFORM say.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultHandler = qInstallMessageHandler(headlessMessageHandler);
        return runWith<QApplication>(argc, argv, arguments, Portolan::Cli::run);
    }
    if (Portolan::Cli::isCommand(arguments)) {
        // Headless: a QCoreApplication needs no display and loads no platform plugin.
        return runWith<QCoreApplication>(argc, argv, arguments, Portolan::Cli::run);
    }
    return runWith<QApplication>(argc, argv, arguments, Portolan::runPlanner);
}
