#include "clidiff.h"

#include "cli.h"
#include "csvexport.h"
#include "outputformat.h"
#include "ruledelta.h"
#include "savefile.h"
#include "topology.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Portolan::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Cli", text);
}

/// Reads @p path into @p topology; false (after printing why) on trouble,
/// including a project with errors: its rules would be a guess.
bool readVersion(const QString &path, Topology *topology)
{
    Project project;
    QString error;
    const auto catalog = readProjectAndCatalog(path, &project, &error);
    if (!catalog) {
        fail(error);
        return false;
    }
    topology->reset(std::move(project), catalog);
    if (printFindings(path, topology->findings(), err()) > 0) {
        fail(tr("%1: the topology has errors (see above); fix them to compare it").arg(path));
        return false;
    }
    return true;
}

/// One firewall's part of a delta, or the whole project's (entry null).
struct Sheet
{
    const RuleDelta::Firewall *entry = nullptr;
};

bool writeSheets(QIODevice *device, const Topology &before, const Topology &after,
                 const RuleDelta &delta, const QList<Sheet> &sheets, CsvOptions options,
                 const QString &language)
{
    for (const Sheet &sheet : sheets) {
        RuleSheetContext was = before.sheetContext(language);
        RuleSheetContext is = after.sheetContext(language);
        const std::vector<RuleDelta::Change> *changes = &delta.changes();
        if (sheet.entry) {
            was.firewall = sheet.entry->before;
            is.firewall = sheet.entry->after;
            changes = &sheet.entry->changes;
        }
        if (!writeDeltaSheet(device, was, before.rules(), is, after.rules(), *changes, options))
            return false;
        options.columnHeader = false;
        options.excelSeparator = options.excel || options.excelSeparator;
        options.excel = false; // the byte order mark once, at the start
    }
    return true;
}

QString summary(const RuleDelta::Firewall &entry)
{
    qsizetype added = 0;
    for (const RuleDelta::Change &change : entry.changes)
        added += change.added ? 1 : 0;
    return tr("%1: %2 added, %3 removed, %4 unchanged")
        .arg(entry.id.isEmpty() ? tr("(no firewall)") : entry.name)
        .arg(added)
        .arg(qsizetype(entry.changes.size()) - added)
        .arg(entry.unchanged);
}

} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the changes to <file> (CSV); - writes to standard "
                                       "output."),
                                    QStringLiteral("file"));
    const QCommandLineOption firewall(
        QStringLiteral("firewall"),
        tr("Only the changes of the firewall <name>, with its interfaces; repeatable."),
        QStringLiteral("name"));
    const QCommandLineOption splitFirewalls(
        QStringLiteral("split-firewalls"),
        tr("Write each firewall's changes into <folder>/NAME.csv, and those on no firewall "
           "into no-firewall.csv."),
        QStringLiteral("folder"));
    const QCommandLineOption excel(QStringLiteral("excel"),
                                   tr("CSV for Excel in German locales: UTF-8 with BOM, ';' "
                                      "separators."));
    parser.addOptions({output, firewall, splitFirewalls, excel, languageOption()});
    const int parsed =
        parseCommand(parser, QStringLiteral("diff"), arguments,
                     tr("Lists the rules a change request adds and removes between two versions "
                        "of a project. Exits 0 without changes, 1 with changes, 2 on trouble."),
                     tr("BEFORE The approved version.\nAFTER The changed version."));
    if (parsed >= 0)
        return parsed;
    if (parser.positionalArguments().size() != 2)
        return fail(tr("diff needs BEFORE and AFTER; see 'portolan diff --help'"));
    const bool split = parser.isSet(splitFirewalls);
    if (split == parser.isSet(output))
        return fail(tr("diff needs --output FILE or --split-firewalls FOLDER (one of them)"));
    if (split && parser.isSet(firewall))
        return fail(tr("--split-firewalls writes every firewall's changes: give it without "
                       "--firewall"));
    const QString beforePath = parser.positionalArguments().at(0);
    const QString afterPath = parser.positionalArguments().at(1);
    const QString target = parser.value(output);
    if (!split && target != QLatin1String("-") &&
        QFileInfo(target).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        return fail(tr("%1: diff writes CSV (a .csv file, or - for standard output)").arg(target));

    Topology before;
    Topology after;
    if (!readVersion(beforePath, &before) || !readVersion(afterPath, &after))
        return BadInput;
    const RuleDelta delta(before, after);
    const QString language = parser.value(QStringLiteral("language"));
    CsvOptions options;
    options.excel = parser.isSet(excel);

    // Firewalls by name, AFTER's first: a firewall BEFORE alone has is named too.
    QList<Sheet> sheets;
    QStringList known;
    for (const RuleDelta::Firewall &entry : delta.firewalls()) {
        if (!entry.id.isEmpty())
            known.append(entry.name);
    }
    for (const QString &name : parser.values(firewall)) {
        const auto it = std::find_if(delta.firewalls().begin(), delta.firewalls().end(),
                                     [&](const RuleDelta::Firewall &entry) {
                                         return !entry.id.isEmpty() && entry.name == name;
                                     });
        if (it == delta.firewalls().end())
            return fail(tr("unknown firewall '%1' (known: %2)")
                            .arg(name, known.isEmpty() ? tr("none; define zones and firewalls "
                                                            "first")
                                                       : known.join(QStringLiteral(", "))));
        sheets.append({&*it});
    }

    bool changed = false;
    QString error;
    if (split) {
        if (known.isEmpty())
            return fail(tr("%1: neither version has firewalls; define zones and firewalls "
                           "first")
                            .arg(afterPath));
        const QString folder = parser.value(splitFirewalls);
        if (!QDir().mkpath(folder))
            return fail(tr("%1: cannot create the folder").arg(folder));
        QSet<QString> taken;
        for (const RuleDelta::Firewall &entry : delta.firewalls()) {
            QString name =
                entry.id.isEmpty() ? QStringLiteral("no-firewall") : fileSafeName(entry.name);
            const QString base = name;
            for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
                name = base + u'-' + QString::number(n);
            taken.insert(name.toCaseFolded());
            const QString path = QDir(folder).filePath(name + QStringLiteral(".csv"));
            const bool written = writeAtomically(
                path,
                [&](QIODevice *device, QString *) {
                    return writeSheets(device, before, after, delta, {{&entry}}, options, language);
                },
                &error);
            if (!written)
                return fail(error);
            err() << summary(entry) << Qt::endl;
            changed = changed || !entry.changes.empty();
        }
        return changed ? 1 : Success;
    }
    if (sheets.isEmpty())
        sheets.append(Sheet{});
    const bool written = writeAtomically(
        target,
        [&](QIODevice *device, QString *) {
            return writeSheets(device, before, after, delta, sheets, options, language);
        },
        &error);
    if (!written)
        return fail(error);
    for (const Sheet &sheet : std::as_const(sheets)) {
        if (sheet.entry) {
            err() << summary(*sheet.entry) << Qt::endl;
            changed = changed || !sheet.entry->changes.empty();
        }
    }
    if (!sheets.first().entry) {
        err() << tr("%1 rules added, %2 removed").arg(delta.added()).arg(delta.removed())
              << Qt::endl;
        changed = !delta.isEmpty();
    }
    return changed ? 1 : Success;
}

} // namespace Portolan::Cli
