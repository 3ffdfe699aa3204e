#include "cli.h"

#include "clicatalog.h"

#include "catalog.h"
#include "catalogregistry.h"
#include "csvexport.h"
#include "diagramexport.h"
#include "findings.h"
#include "projectfile.h"
#include "rules.h"
#include "topology.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace Portolan::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Cli", text);
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

namespace {

const QStringList &commands()
{
    static const QStringList names{QStringLiteral("export"), QStringLiteral("check"),
                                   QStringLiteral("catalog"), QStringLiteral("sample")};
    return names;
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

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to <file>; - writes to standard output."),
                                    QStringLiteral("file"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("Output format: csv, svg, pdf or png (default: from the file extension, else csv)."),
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
    parser.addOptions(
        {output, format, excel, withHeader, dpi, pageSize, portrait, noHostList, languageOption()});
    const int parsed = parseCommand(parser, QStringLiteral("export"), arguments,
                                    tr("Writes the firewall rule sheet of a project."),
                                    tr("PROJECT The project file (- for standard input)."));
    if (parsed >= 0)
        return parsed;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("export needs exactly one PROJECT; see 'portolan export --help'"));
    if (!parser.isSet(output))
        return fail(tr("export needs --output FILE (or --output - for standard output)"));
    const QString path = parser.positionalArguments().constFirst();
    const QString target = parser.value(output);
    if (target != QLatin1String("-") && QFileInfo::exists(target) &&
        QFileInfo(target).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return fail(tr("%1: the output would overwrite the project file").arg(target));

    QString kind = parser.value(format).toLower();
    if (kind.isEmpty()) {
        const QString suffix = QFileInfo(target).suffix().toLower();
        kind = (target == QLatin1String("-") || suffix.isEmpty()) ? QStringLiteral("csv") : suffix;
    }
    const std::optional<DiagramFormat> diagram = diagramFormatForName(kind);
    if (kind != QLatin1String("csv") && !diagram)
        return fail(
            tr("%1: unknown export format '%2' (known: csv, svg, pdf, png)").arg(target, kind));
    DiagramExportOptions diagramOptions;
    diagramOptions.document.language = parser.value(QStringLiteral("language"));
    diagramOptions.document.includeHostList = !parser.isSet(noHostList);
    bool dpiOk = false;
    diagramOptions.dpi = parser.value(dpi).toInt(&dpiOk);
    if (!dpiOk || diagramOptions.dpi < 10 || diagramOptions.dpi > 2400)
        return fail(
            tr("--dpi must be a whole number from 10 to 2400, not '%1'").arg(parser.value(dpi)));
    const QString size = parser.value(pageSize).toLower();
    const QHash<QString, QPageSize::PageSizeId> sizes{{QStringLiteral("a4"), QPageSize::A4},
                                                      {QStringLiteral("a3"), QPageSize::A3},
                                                      {QStringLiteral("letter"), QPageSize::Letter},
                                                      {QStringLiteral("legal"), QPageSize::Legal}};
    if (!sizes.contains(size))
        return fail(tr("unknown page size '%1' (known: A4, A3, Letter, Legal)")
                        .arg(parser.value(pageSize)));
    diagramOptions.pageSize = QPageSize(sizes.value(size));
    diagramOptions.orientation =
        parser.isSet(portrait) ? QPageLayout::Portrait : QPageLayout::Landscape;

    Project project;
    QString error;
    const auto catalog = readProjectAndCatalog(path, &project, &error);
    if (!catalog)
        return fail(error);
    const QList<Finding> findings = checkProject(*catalog, project);
    if (printFindings(path, findings, err()) > 0)
        return fail(tr("%1: not exported: the topology has errors (see above)").arg(path),
                    TopologyErrors);

    if (diagram) {
        Topology topology;
        topology.reset(std::move(project), catalog);
        if (!exportDiagram(topology, *diagram, target, diagramOptions, &error))
            return fail(error);
        return Success;
    }

    CsvOptions options;
    options.language = parser.value(QStringLiteral("language"));
    options.excel = parser.isSet(excel);
    options.withHeader = parser.isSet(withHeader);
    const std::vector<Rule> rules = deriveRules(*catalog, project);

    if (target == QLatin1String("-")) {
        QFile stream;
        if (!stream.open(stdout, QIODevice::WriteOnly) ||
            !writeRuleSheet(&stream, *catalog, project, rules, options) || !stream.flush())
            return fail(tr("cannot write to standard output"));
        return Success;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1: cannot write: %2").arg(target, file.errorString()));
    if (!writeRuleSheet(&file, *catalog, project, rules, options) || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(tr("%1: cannot write: %2").arg(target, why));
    }
    return Success;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(languageOption());
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
    out() << tr("%1: %2 hosts, %3 rules, %4 errors, %5 warnings")
                 .arg(path)
                 .arg(project.hosts.size())
                 .arg(deriveRules(*catalog, project).size())
                 .arg(errors)
                 .arg(warnings)
          << Qt::endl;
    return errors > 0 ? TopologyErrors : Success;
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
        !ProjectFile::writeFileAtomically(parser.value(output), ProjectFile::serialize(project),
                                          &error))
        return fail(error);
    return Success;
}

int runTopLevel(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Plans the firewall flows between Microsoft Lync Server 2013 roles.\n\n"
           "Commands (each has --help):\n"
           "  export PROJECT --output FILE   write the rule sheet (CSV)\n"
           "  check PROJECT                  list errors and warnings\n"
           "  catalog [ID]                   list the port catalogs, or print one\n"
           "  sample [--output FILE]         write the built-in sample project\n\n"
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
    // Diagram formats paint with Qt Gui; CSV stays on QCoreApplication.
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        const bool takesValue = arg == QLatin1String("--format") || arg == QLatin1String("-o") ||
                                arg == QLatin1String("--output");
        if (takesValue && i + 1 < arguments.size() && diagramFormatForName(arguments[i + 1]))
            return true;
        if ((arg.startsWith(QLatin1String("--format=")) ||
             arg.startsWith(QLatin1String("--output="))) &&
            diagramFormatForName(arg.section(u'=', 1)))
            return true;
    }
    return false;
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
    return runTopLevel(arguments);
}

} // namespace Portolan::Cli
