#pragma once

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QStandardPaths>
#include <QStyle>

namespace Portolan {

/// The desktop theme's icon @p name, or Qt's @p fallback where the theme has none.
inline QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

/// The folder file dialogs start in while the project has no file.
inline QString documentsDirectory()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace Portolan
