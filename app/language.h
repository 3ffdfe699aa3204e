#pragma once

#include <QString>
#include <QStringList>

namespace Portolan {

/// "en" or "de": the value of --language in @p arguments, else the system locale's.
QString requestedLanguage(const QStringList &arguments);

/// Loads Portolan's and Qt's own translations for @p language into the application.
void installTranslator(const QString &language);

} // namespace Portolan
