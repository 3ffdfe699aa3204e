#include "cli.h"
#include "language.h"
#include "planner.h"

#include <QApplication>
#include <QCoreApplication>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Portolan"));
    QCoreApplication::setOrganizationName(QStringLiteral("Portolan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
}

QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentList(argc, argv);
    if (Portolan::Cli::isCommand(arguments)) {
        // Headless: a QCoreApplication needs no display and loads no platform plugin.
        QCoreApplication app(argc, argv);
        describeApplication();
        Portolan::installTranslator(Portolan::requestedLanguage(arguments));
        return Portolan::Cli::run(arguments);
    }
    QApplication app(argc, argv);
    describeApplication();
    Portolan::installTranslator(Portolan::requestedLanguage(arguments));
    return Portolan::runPlanner(arguments);
}
