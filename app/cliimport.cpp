#include "cliimport.h"

#include "cli.h"
#include "csvreader.h"
#include "inventoryimport.h"
#include "projectfile.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Portolan::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Portolan::Cli", text, disambiguation, n);
}

/// Prints what an import does, one line a record that changes something.
void printImportRows(const QString &origin, const QList<ImportRow> &rows, QTextStream &stream)
{
    for (const ImportRow &row : rows) {
        QString action;
        switch (row.action) {
        case ImportRow::Action::Add:
            action = tr("add");
            break;
        case ImportRow::Action::Update:
            action = tr("update");
            break;
        case ImportRow::Action::Unchanged:
            continue;
        case ImportRow::Action::Skip:
            action = tr("skip");
            break;
        case ImportRow::Action::Error:
            continue; // listed as errors
        }
        stream << origin << ':' << row.line << ": " << action << ' ' << row.name;
        if (!row.message.isEmpty())
            stream << " (" << row.message << ')';
        stream << Qt::endl;
    }
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption hosts(QStringLiteral("hosts"),
                                   tr("Hosts from <file>: a CSV with name, role, addresses and "
                                      "description, or NetBox's IP address export."),
                                   QStringLiteral("file"));
    const QCommandLineOption zones(QStringLiteral("zones"),
                                   tr("Zone networks from <file>: a CSV with zone, kind and "
                                      "network, or NetBox's prefix export."),
                                   QStringLiteral("file"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Take FIELD from COLUMN (role=tags, zone=site, …); "
                                    "repeatable."),
                                 QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption valueMap(
        QStringLiteral("value-map"),
        tr("Translate inventory values to role ids or zone kinds: 'lync-director=director,…'."),
        QStringLiteral("list"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the new project to <file> (- for standard "
                                       "output)."),
                                    QStringLiteral("file"));
    const QCommandLineOption inPlace(QStringLiteral("in-place"),
                                     tr("Save over PROJECT, keeping the previous version as "
                                        "PROJECT.bak."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Print what would change and write nothing."));
    parser.addOptions({hosts, zones, map, valueMap, output, inPlace, dryRun, languageOption()});
    const int parsed =
        parseCommand(parser, QStringLiteral("import"), arguments,
                     tr("Adds or updates hosts and zones from an inventory (CSV or NetBox)."),
                     tr("PROJECT The project file to import into."));
    if (parsed >= 0)
        return parsed;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("import needs exactly one PROJECT; see 'portolan import --help'"));
    if (!parser.isSet(hosts) && !parser.isSet(zones))
        return fail(tr("import needs --hosts FILE, --zones FILE or both"));
    const int targets = int(parser.isSet(output)) + int(parser.isSet(inPlace));
    if (!parser.isSet(dryRun) && targets != 1)
        return fail(tr("import needs --output FILE or --in-place (or --dry-run)"));
    const QString path = parser.positionalArguments().constFirst();
    const QString target = parser.isSet(inPlace) ? path : parser.value(output);
    if (parser.isSet(output) && target != QLatin1String("-") && QFileInfo::exists(target) &&
        QFileInfo(target).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return fail(tr("%1: to write over the project, say --in-place").arg(target));

    ImportMapping mapping;
    QString error;
    for (const QString &entry : parser.values(map)) {
        if (!mapping.addColumn(entry, &error))
            return fail(tr("--map: %1").arg(error));
    }
    if (parser.isSet(valueMap) && !mapping.addValues(parser.value(valueMap), &error))
        return fail(tr("--value-map: %1").arg(error));

    Project project;
    const auto catalog = readProjectAndCatalog(path, &project, &error);
    if (!catalog)
        return fail(error);

    HostImport hostImport;
    ZoneImport zoneImport;
    QList<ImportProblem> problems;
    CsvTable table;
    if (parser.isSet(zones)) {
        const QString file = parser.value(zones);
        if (!readCsvFile(file, &table, &error))
            return fail(error);
        zoneImport = planZoneImport(table, file, project, mapping);
        problems += zoneImport.problems;
    }
    if (parser.isSet(hosts)) {
        const QString file = parser.value(hosts);
        if (!readCsvFile(file, &table, &error))
            return fail(error);
        hostImport = planHostImport(table, file, *catalog, project, mapping);
        problems += hostImport.problems;
    }
    if (!problems.isEmpty()) {
        // Every error up to a screenful, then how many more: nothing is imported.
        constexpr int shown = 50;
        for (qsizetype i = 0; i < std::min<qsizetype>(problems.size(), shown); ++i)
            err() << problems[i].text() << Qt::endl;
        if (problems.size() > shown)
            err() << tr("… and %n more error(s)", nullptr, int(problems.size() - shown))
                  << Qt::endl;
        return fail(
            tr("%1: nothing imported: %n error(s)", nullptr, int(problems.size())).arg(path));
    }

    if (parser.isSet(dryRun)) {
        if (parser.isSet(zones))
            printImportRows(parser.value(zones), zoneImport.rows, out());
        if (parser.isSet(hosts))
            printImportRows(parser.value(hosts), hostImport.rows, out());
    }
    out() << tr("%1: %2 hosts added, %3 updated, %4 unchanged, %5 skipped; %6 zones added, %7 "
                "updated")
                 .arg(path)
                 .arg(hostImport.added.size())
                 .arg(hostImport.updated.size())
                 .arg(hostImport.unchanged)
                 .arg(hostImport.skipped)
                 .arg(zoneImport.added.size())
                 .arg(zoneImport.updated.size())
          << Qt::endl;
    if (parser.isSet(dryRun))
        return Success;

    const Project result = applyImport(std::move(project), hostImport, zoneImport);
    const bool written = parser.isSet(inPlace)
                             ? ProjectFile::save(target, result, &error)
                             : writeAtomically(target, ProjectFile::serialize(result), &error);
    if (!written)
        return fail(error);
    return Success;
}

} // namespace Portolan::Cli
