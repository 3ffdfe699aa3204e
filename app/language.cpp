#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Portolan {

QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arg.startsWith(QLatin1String("--language=")))
            return arg.mid(11);
    }
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

void installTranslator(const QString &language)
{
    // English needs a translation too: it holds the plural forms ("1 host").
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/portolan_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (language != QLatin1String("de"))
        return;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Portolan
