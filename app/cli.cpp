#include "cli.h"

#include "clicatalog.h"
#include "clidiff.h"
#include "cliimport.h"

#include "catalog.h"
#include "catalogfeatures.h"
#include "catalogregistry.h"
#include "csvreader.h"
#include "diagramexport.h"
#include "findings.h"
#include "inventoryimport.h"
#include "outputformat.h"
#include "policyoutputs.h"
#include "projectfile.h"
#include "rules.h"
#include "savefile.h"
#include "topology.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <cstdio>

namespace Portolan::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Portolan::Cli", text, disambiguation, n);
}

} // namespace

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << QCoreApplication::applicationName().toLower() << ": " << message << Qt::endl;
    return code;
}

void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += row[c].leftJustified(widths[c] + 2, u' ');
        out() << line.trimmed() << Qt::endl;
    }
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("language"),
                              tr("Role names, notes and messages in <language>: en or de."),
                              QStringLiteral("language"), QStringLiteral("en"));
}

/// Parses a command's own options; returns -1 to go on, or an exit code.
int parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                 const QString &description, const QString &positional)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional.section(u' ', 0, 0), positional.section(u' ', 1),
                                     positional.section(u' ', 0, 0));
    QStringList argv = arguments;
    argv[0] = QCoreApplication::applicationName().toLower() + u' ' + command;
    if (!parser.parse(argv))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // helpText() names the program from QCoreApplication::arguments(), not
        // from argv[0] above: put the command into the usage line by hand.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        const qsizetype at = text.indexOf(program);
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, program.size(), argv[0]);
        out() << text;
        out().flush();
        return Success;
    }
    const QString language = parser.value(QStringLiteral("language"));
    if (language != QLatin1String("en") && language != QLatin1String("de"))
        return fail(tr("unknown language '%1': use en or de").arg(language));
    return -1;
}

bool readProject(const QString &path, Project *project, QString *error)
{
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("cannot read standard input");
            return false;
        }
        return ProjectFile::parse(in.read(Limits::maxFileBytes + 1), tr("<stdin>"), project, error);
    }
    return ProjectFile::load(path, project, error);
}

/// Reads the project at @p path ("-": standard input) and its catalog; on
/// failure returns nullptr with @p error naming the file and the place.
std::shared_ptr<const Catalog> readProjectAndCatalog(const QString &path, Project *project,
                                                     QString *error)
{
    if (!readProject(path, project, error))
        return nullptr;
    auto catalog = catalogForProject(*project, error);
    if (!catalog)
        *error = path + QStringLiteral(": ") + *error;
    return catalog;
}

/// Prints findings as "PROJECT: error: text"; returns the number of errors.
int printFindings(const QString &path, const QList<Finding> &findings, QTextStream &stream)
{
    int errors = 0;
    for (const Finding &finding : findings) {
        const bool isError = finding.severity == Finding::Severity::Error;
        errors += isError ? 1 : 0;
        stream << path << ": " << (isError ? tr("error") : tr("warning")) << ": " << finding.message
               << Qt::endl;
    }
    return errors;
}

namespace {

const QStringList &commands()
{
    static const QStringList names{QStringLiteral("export"),  QStringLiteral("check"),
                                   QStringLiteral("catalog"), QStringLiteral("sample"),
                                   QStringLiteral("formats"), QStringLiteral("import"),
                                   QStringLiteral("diff")};
    return names;
}

/// The format a command line names: --format, else the output's suffix, else CSV.
/// Nullptr with @p error set when it names none.
const OutputFormat *requestedFormat(const QString &formatId, const QString &target, QString *error)
{
    const OutputRegistry &registry = OutputRegistry::instance();
    QString kind = formatId;
    if (kind.isEmpty()) {
        const QString suffix = QFileInfo(target).suffix().toLower();
        if (target == QLatin1String("-") || suffix.isEmpty())
            kind = QStringLiteral("csv");
        else if (const OutputFormat *format = registry.forFileName(target))
            return format;
        else
            kind = suffix;
    }
    if (const OutputFormat *format = registry.find(kind))
        return format;
    *error = tr("%1: unknown export format '%2' (known: %3)")
                 .arg(target, kind, registry.ids().join(QStringLiteral(", ")));
    return nullptr;
}

/// Prints what an export reports (the policy's counts) on standard error.
void reportOnStandardError(const QString &text)
{
    err() << text << Qt::endl;
}

/// --split-firewalls: one file per firewall (or, for a host firewall format,
/// per server), FOLDER/NAME.SUFFIX, each written whole.
int exportSplit(Topology &topology, const OutputFormat &format, OutputOptions options,
                const QString &folder)
{
    const Project &project = topology.project();
    QString error;
    QStringList names;
    if (format.scope() == OutputFormat::Scope::Host) {
        for (int host : ruleDestinations(topology))
            names.append(project.hosts[size_t(host)].name);
    } else {
        if (!firewallsNamed(project, {}, &error))
            return fail(tr("%1: %2").arg(folder, error));
        for (const Firewall &firewall : project.firewalls)
            names.append(firewall.name);
    }
    if (!QDir().mkpath(folder))
        return fail(tr("%1: cannot create the folder").arg(folder));
    QSet<QString> taken;
    for (const QString &name : std::as_const(names)) {
        QString file = fileSafeName(name);
        for (int n = 2; taken.contains(file.toCaseFolded()); ++n)
            file = fileSafeName(name) + u'-' + QString::number(n);
        taken.insert(file.toCaseFolded());
        (format.scope() == OutputFormat::Scope::Host ? options.hosts : options.firewalls) = {name};
        const OutputJob job{topology, options, {}, nullptr, reportOnStandardError};
        const QString path = QDir(folder).filePath(file + u'.' + format.suffixes().constFirst());
        if (!writeOutput(format, job, path, &error))
            return fail(error);
    }
    return Success;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to <file>; - writes to standard output."),
                                    QStringLiteral("file"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("Output format (see 'portolan formats'; default: from the file extension, else csv)."),
        QStringLiteral("format"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 tr("PNG resolution in dots per inch (default 300)."),
                                 QStringLiteral("dpi"), QStringLiteral("300"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      tr("PDF page size: A4, A3, Letter or Legal (default A4)."),
                                      QStringLiteral("size"), QStringLiteral("A4"));
    const QCommandLineOption portrait(QStringLiteral("portrait"),
                                      tr("PDF pages in portrait orientation (default landscape)."));
    const QCommandLineOption noHostList(QStringLiteral("no-host-list"),
                                        tr("Leave the host list pages out of the PDF."));
    const QCommandLineOption excel(QStringLiteral("excel"),
                                   tr("CSV for Excel in German locales: UTF-8 with BOM, ';' "
                                      "separators."));
    const QCommandLineOption withHeader(QStringLiteral("with-header"),
                                        tr("Start the CSV with the title and change-request "
                                           "details."));
    const QCommandLineOption firewall(
        QStringLiteral("firewall"),
        tr("Only the rules on the firewall <name>, with its interfaces; repeatable."),
        QStringLiteral("name"));
    const QCommandLineOption splitFirewalls(
        QStringLiteral("split-firewalls"),
        tr("Write one file per firewall into <folder> (NAME.csv, NAME.nft, …); for "
           "windows-firewall one script per server."),
        QStringLiteral("folder"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("windows-firewall: the script of the server <name>."),
                                  QStringLiteral("name"));
    parser.addOptions({output, format, excel, withHeader, dpi, pageSize, portrait, noHostList,
                       firewall, host, splitFirewalls, languageOption()});
    const int parsed = parseCommand(parser, QStringLiteral("export"), arguments,
                                    tr("Writes the firewall rule sheet of a project."),
                                    tr("PROJECT The project file (- for standard input)."));
    if (parsed >= 0)
        return parsed;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("export needs exactly one PROJECT; see 'portolan export --help'"));
    const bool split = parser.isSet(splitFirewalls);
    if (split && (parser.isSet(output) || parser.isSet(firewall) || parser.isSet(host)))
        return fail(tr("--split-firewalls writes every firewall's file: give it without --output "
                       "and --firewall"));
    if (!split && !parser.isSet(output))
        return fail(tr("export needs --output FILE (or --output - for standard output)"));
    const QString path = parser.positionalArguments().constFirst();
    const QString target = parser.value(output);
    if (target != QLatin1String("-") && QFileInfo::exists(target) &&
        QFileInfo(target).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return fail(tr("%1: the output would overwrite the project file").arg(target));

    QString error;
    const OutputFormat *outputFormat =
        requestedFormat(parser.value(format), split ? QStringLiteral("-") : target, &error);
    if (!outputFormat)
        return fail(error);
    OutputOptions options;
    options.language = parser.value(QStringLiteral("language"));
    options.excel = parser.isSet(excel);
    options.withHeader = parser.isSet(withHeader);
    options.includeHostList = !parser.isSet(noHostList);
    options.portrait = parser.isSet(portrait);
    bool dpiOk = false;
    options.dpi = parser.value(dpi).toInt(&dpiOk);
    if (!dpiOk || options.dpi < 10 || options.dpi > 2400)
        return fail(
            tr("--dpi must be a whole number from 10 to 2400, not '%1'").arg(parser.value(dpi)));
    options.pageSize = parser.value(pageSize);
    options.firewalls = parser.values(firewall);
    options.hosts = parser.values(host);
    if (!pageSizeForName(options.pageSize))
        return fail(tr("unknown page size '%1' (known: A4, A3, Letter, Legal)")
                        .arg(parser.value(pageSize)));

    Project project;
    const auto catalog = readProjectAndCatalog(path, &project, &error);
    if (!catalog)
        return fail(error);
    Topology topology;
    topology.reset(std::move(project), catalog);
    if (printFindings(path, topology.findings(), err()) > 0)
        return fail(tr("%1: not exported: the topology has errors (see above)").arg(path),
                    TopologyErrors);
    if (const QString why = outputFormat->unavailableReason(topology); !why.isEmpty())
        return fail(tr("%1: cannot export %2: %3").arg(path, outputFormat->id(), why));

    if (!options.firewalls.isEmpty() &&
        !firewallsNamed(topology.project(), options.firewalls, &error))
        return fail(tr("%1: %2").arg(path, error));
    if (split)
        return exportSplit(topology, *outputFormat, options, parser.value(splitFirewalls));
    const OutputJob job{topology, options, {}, nullptr, reportOnStandardError};
    if (!writeOutput(*outputFormat, job, target, &error))
        return fail(error);
    return Success;
}

int runFormats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(languageOption());
    const int parsed =
        parseCommand(parser, QStringLiteral("formats"), arguments,
                     tr("Lists the output formats that 'portolan export' writes."), QString());
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("formats takes no arguments"));
    const QString lang = parser.value(QStringLiteral("language"));
    QList<QStringList> rows;
    for (const auto &format : OutputRegistry::instance().formats()) {
        QStringList suffixes;
        for (const QString &suffix : format->suffixes())
            suffixes.append(u'.' + suffix);
        rows.append(
            {format->id(), suffixes.join(QStringLiteral(", ")), format->description().text(lang)});
    }
    printTable(rows);
    return Success;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outputs(
        QStringLiteral("outputs"),
        tr("Also compile every firewall's (and server's) policy and prove it exact: it accepts "
           "the derived rules, no more, no fewer."));
    parser.addOptions({outputs, languageOption()});
    const int parsed = parseCommand(parser, QStringLiteral("check"), arguments,
                                    tr("Lists the errors and warnings of a project. Exits 0 when "
                                       "there are no errors, 1 when there are."),
                                    tr("PROJECT The project file (- for standard input)."));
    if (parsed >= 0)
        return parsed;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("check needs exactly one PROJECT; see 'portolan check --help'"));
    const QString path = parser.positionalArguments().constFirst();
    Project project;
    QString error;
    const auto catalog = readProjectAndCatalog(path, &project, &error);
    if (!catalog)
        return fail(error);
    const QList<Finding> findings = checkProject(*catalog, project);
    const int errors = printFindings(path, findings, out());
    const int warnings = int(findings.size()) - errors;
    // Optional flows the project leaves off are no mistake, but worth knowing.
    for (const QString &note : disabledFeatureMessages(*catalog, project))
        out() << path << ": " << tr("note") << ": " << note << Qt::endl;
    const qsizetype ruleCount = deriveRules(*catalog, project).size();
    int inexact = 0;
    if (parser.isSet(outputs) && errors == 0) {
        Topology topology;
        topology.reset(project, catalog);
        auto report = [&](const QString &name, const PolicyInput &input) {
            const CheckedPolicy checked = compileChecked(input);
            inexact += checked.difference.isEmpty() ? 0 : 1;
            out() << path << ": " << describePolicy(name, checked) << Qt::endl;
        };
        for (int f = 0; topology.placement().hasZones() && f < topology.firewallCount(); ++f)
            report(topology.firewall(f).name, firewallRequirements(topology, f));
        for (int host : ruleDestinations(topology))
            report(topology.host(host).name, hostRequirements(topology, host));
    }
    out() << tr("%1: %2 hosts, %3 rules, %4 errors, %5 warnings")
                 .arg(path)
                 .arg(project.hosts.size())
                 .arg(ruleCount)
                 .arg(errors + inexact)
                 .arg(warnings)
          << Qt::endl;
    return errors + inexact > 0 ? TopologyErrors : Success;
}

int runSample(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to <file> (default: standard output)."),
                                    QStringLiteral("file"), QStringLiteral("-"));
    parser.addOptions({output, languageOption()});
    const int parsed = parseCommand(parser, QStringLiteral("sample"), arguments,
                                    tr("Writes the built-in sample project."), QString());
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("sample takes no arguments"));
    QFile sample(QStringLiteral(":/samples/single-director.json"));
    if (!sample.open(QIODevice::ReadOnly))
        return fail(tr("the built-in sample is missing"));
    Project project;
    QString error;
    if (!ProjectFile::parse(sample.readAll(), sample.fileName(), &project, &error) ||
        !writeAtomically(parser.value(output), ProjectFile::serialize(project), &error))
        return fail(error);
    return Success;
}

int runTopLevel(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Plans the firewall flows of Microsoft Lync Server 2013 and Skype for Business "
           "deployments.\n\n"
           "Commands (each has --help):\n"
           "  export PROJECT --output FILE   write the rule sheet (CSV)\n"
           "  check PROJECT                  list errors and warnings\n"
           "  catalog [ID]                   list the port catalogs, or print one\n"
           "  sample [--output FILE]         write the built-in sample project\n"
           "  formats                        list the output formats of export\n"
           "  import PROJECT --hosts FILE    add hosts and zones from an inventory\n"
           "  diff BEFORE AFTER --output F   the rules a change request adds and removes\n\n"
           "Without a command, opens the planner window on FILE or on the built-in sample.\n\n"
           "Exit codes: 0 success, 1 the topology has errors, 2 unreadable or invalid input, "
           "bad usage or a failed write."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(languageOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project to open."),
                                 QStringLiteral("[FILE]"));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName().toLower() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    out() << parser.helpText();
    out().flush();
    return Success;
}

} // namespace

bool needsPainting(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("export"))
        return false;
    // The registry knows which formats paint; CSV and the configurations stay
    // on QCoreApplication. Unknown formats are reported by the command itself.
    QString format;
    QString target;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        const bool next = i + 1 < arguments.size();
        if (arg == QLatin1String("--format") && next)
            format = arguments[++i];
        else if ((arg == QLatin1String("-o") || arg == QLatin1String("--output")) && next)
            target = arguments[++i];
        else if (arg.startsWith(QLatin1String("--format=")))
            format = arg.section(u'=', 1);
        else if (arg.startsWith(QLatin1String("--output=")))
            target = arg.section(u'=', 1);
    }
    QString error;
    const OutputFormat *outputFormat = requestedFormat(format, target, &error);
    return outputFormat && outputFormat->needsPainting();
}

QStringList commandFirst(const QStringList &arguments)
{
    // "portolan --language de check X" means "portolan check X --language de".
    QStringList result = arguments;
    if (result.size() > 3 && result.at(1) == QLatin1String("--language") &&
        commands().contains(result.at(3))) {
        result.move(3, 1);
    } else if (result.size() > 2 && result.at(1).startsWith(QLatin1String("--language=")) &&
               commands().contains(result.at(2))) {
        result.move(2, 1);
    }
    return result;
}

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    if (commands().contains(arguments.at(1)))
        return true;
    // Help and version are text only: they must work without a display too.
    for (const QString &arg : arguments.mid(1)) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") ||
            arg == QLatin1String("--version") || arg == QLatin1String("-v") ||
            arg == QLatin1String("--help-all"))
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("export"))
        return runExport(arguments.mid(1));
    if (command == QLatin1String("check"))
        return runCheck(arguments.mid(1));
    if (command == QLatin1String("catalog"))
        return runCatalog(arguments.mid(1));
    if (command == QLatin1String("sample"))
        return runSample(arguments.mid(1));
    if (command == QLatin1String("formats"))
        return runFormats(arguments.mid(1));
    if (command == QLatin1String("import"))
        return runImport(arguments.mid(1));
    if (command == QLatin1String("diff"))
        return runDiff(arguments.mid(1));
    return runTopLevel(arguments);
}

} // namespace Portolan::Cli
