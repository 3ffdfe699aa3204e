#pragma once

// Helpers shared by the tests. Header-only, and needing Portolan::Model and
// Qt Core alone, so that every test can include it.

#include "catalog.h"
#include "projectfile.h"
#include "rulecolumns.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

namespace Portolan::TestSupport {

/// The sample in the source tree, for tests that hand a path to the binary.
inline QString samplePath()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/single-director.json");
}

/// The file's bytes; empty if it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/// Parses the built-in sample; false with @p error set if that fails.
inline bool parseSample(Project *project, QString *error)
{
    QFile file(QStringLiteral(":/samples/single-director.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open the built-in sample");
        return false;
    }
    return ProjectFile::parse(file.readAll(), file.fileName(), project, error);
}

/// The built-in sample; aborts the test run if it does not load.
inline Project sampleProject()
{
    Project project;
    QString error;
    if (!parseSample(&project, &error))
        qFatal("%s", qPrintable(error));
    return project;
}

/// The CSV headers of a project without zones (the built-in catalog's).
inline QStringList plainSheetColumns()
{
    const Project project;
    const auto catalog = Catalog::load(QStringLiteral("lync2013-single-director"));
    return ruleColumnIds({*catalog, project});
}

/// Where @p column stands in the listing of a project without zones.
inline int plainColumn(RuleColumn column)
{
    return int(plainSheetColumns().indexOf(ruleColumnDefinition(column).id));
}

/// The cases of a bad-file folder (every file but the NAME.error messages), sorted.
inline QStringList badCaseNames(const QString &folder)
{
    QStringList names;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        if (!it.fileName().endsWith(QLatin1String(".error")))
            names.append(it.fileName());
    }
    names.sort();
    return names;
}

/// Empty when equal; otherwise the first differing line of each, diff-style,
/// for golden-file tests that must print what changed.
inline QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    if (expected == actual)
        return QString();
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        if (e.value(i) != a.value(i) || i >= e.size() || i >= a.size())
            return QStringLiteral("first difference at line %1 (expected %2 lines, got %3)\n"
                                  "- %4\n+ %5")
                .arg(i + 1)
                .arg(e.size())
                .arg(a.size())
                .arg(QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)));
    }
    return QStringLiteral("the files differ");
}

} // namespace Portolan::TestSupport
