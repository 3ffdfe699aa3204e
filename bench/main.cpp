// portolan-bench: times the model, the canvas and the rule table on
// synthetic enterprise topologies and prints a markdown table
// (docs/performance.md).

#include "fwbuilderfile.h"
#include "guibenchmark.h"
#include "policybenchmark.h"
#include "timing.h"
#include "topologygenerator.h"

#include "catalog.h"
#include "csvexport.h"
#include "findings.h"
#include "projectfile.h"
#include "rules.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace Portolan {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Portolan::Bench", text, disambiguation, n);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool fail(const QString &message)
{
    err() << "portolan-bench: " << message << Qt::endl;
    return false;
}

struct Result
{
    int sites = 0;
    size_t hosts = 0;
    size_t rules = 0;
    size_t connections = 0;
    int findings = 0;
    Timing generate;
    Timing save;
    Timing load;
    Timing derive;
    Timing connect;
    Timing check;
    qint64 csvBytes = 0;
    Timing csv;
    Timing cp;
    qint64 baselineKiB = 0;
    qint64 peakKiB = 0;
    std::optional<GuiResult> gui;

    double bytesPerRule() const
    {
        return double(peakKiB - baselineKiB) * 1024.0 / double(std::max<size_t>(rules, 1));
    }
};

/// The model's part of one scale; @p measured receives the loaded project.
bool runScale(int sites, quint64 seed, const std::shared_ptr<const Catalog> &catalog, Result *r,
              Project *measured)
{
    r->sites = sites;
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(tr("cannot create a temporary folder: %1").arg(dir.errorString()));
    const QString projectPath = dir.filePath(QStringLiteral("topology.portolan.json"));
    const QString csvPath = dir.filePath(QStringLiteral("rules.csv"));
    const QString copyPath = dir.filePath(QStringLiteral("copy.csv"));
    const TopologyGenerator generator(seed);

    Project project;
    r->generate = measure([&] { project = generator.generate(sites); });
    r->hosts = project.hosts.size();

    QString error;
    bool ok = true;
    r->save = measure([&] { ok = ok && ProjectFile::save(projectPath, project, &error); },
                      [&] { QFile::remove(projectPath); });
    if (!ok)
        return fail(error);

    Project loaded;
    r->load = measure([&] { ok = ok && ProjectFile::load(projectPath, &loaded, &error); });
    if (!ok)
        return fail(error);
    if (!(loaded == project))
        return fail(tr("the saved and loaded project differs from the generated one"));
    project = {};

    // Peak memory of the derived model: rules, connections and findings, as
    // the window's Topology caches them, measured before any timing loop.
    {
        resetPeakMemory();
        r->baselineKiB = statusKiB("VmRSS");
        const std::vector<Rule> rules = deriveRules(*catalog, loaded);
        const std::vector<Connection> connections = deriveConnections(*catalog, loaded);
        const QList<Finding> findings = checkProject(*catalog, loaded);
        r->peakKiB = statusKiB("VmHWM");
        r->rules = rules.size();
        r->connections = connections.size();
        r->findings = int(findings.size());
    }

    std::vector<Rule> rules;
    r->derive = measure([&] { rules = deriveRules(*catalog, loaded); }, [&] { rules = {}; });
    std::vector<Connection> connections;
    r->connect = measure([&] { connections = deriveConnections(*catalog, loaded); },
                         [&] { connections = {}; });
    connections = {};
    QList<Finding> findings;
    r->check = measure([&] { findings = checkProject(*catalog, loaded); });

    const CsvOptions options;
    r->csv = measure(
        [&] {
            QFile file(csvPath);
            ok = ok && file.open(QIODevice::WriteOnly) &&
                 writeRuleSheet(&file, *catalog, loaded, rules, options);
            if (!ok)
                error = file.errorString();
        },
        [&] { QFile::remove(csvPath); });
    if (!ok)
        return fail(tr("cannot write %1: %2").arg(csvPath, error));
    r->csvBytes = QFileInfo(csvPath).size();
    r->cp = measure(
        [&] {
            ok = ok && QProcess::execute(QStringLiteral("cp"), {csvPath, copyPath}) == 0;
        },
        [&] { QFile::remove(copyPath); });
    if (!ok)
        return fail(tr("cp %1 %2 failed").arg(csvPath, copyPath));
    QFile::remove(csvPath);
    QFile::remove(copyPath);
    *measured = std::move(loaded);
    return true;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

/// Milliseconds with about three significant digits.
QString ms(double value)
{
    return number(value, value < 1 ? 3 : value < 10 ? 2 : value < 100 ? 1 : 0);
}

/// "wall / CPU" milliseconds.
QString wallCpu(const Timing &t)
{
    return ms(t.wallMs) + QStringLiteral(" / ") + ms(t.cpuMs);
}

QString sitesLabel(int sites)
{
    return sites == 1 ? tr("1 site") : tr("%1 sites").arg(sites);
}

void printTable(const std::vector<Result> &results)
{
    QStringList header{tr("measure")};
    QStringList rule{QStringLiteral("---")};
    for (const Result &r : results) {
        header.append(sitesLabel(r.sites));
        rule.append(QStringLiteral("---:"));
    }
    auto row = [&](const QString &label, const std::function<QString(const Result &)> &cell) {
        QStringList cells{label};
        for (const Result &r : results)
            cells.append(cell(r));
        out() << "| " << cells.join(QStringLiteral(" | ")) << " |\n";
    };
    auto guiRow = [&](const QString &label, bool scene,
                      const std::function<QString(const GuiResult &)> &cell) {
        row(label, [&](const Result &r) {
            if (!r.gui || (scene && !r.gui->sceneMeasured))
                return tr("not run");
            return cell(*r.gui);
        });
    };
    out() << "| " << header.join(QStringLiteral(" | ")) << " |\n";
    out() << "| " << rule.join(QStringLiteral(" | ")) << " |\n";
    row(tr("hosts"), [](const Result &r) { return QString::number(r.hosts); });
    row(tr("derived rules"), [](const Result &r) { return QString::number(r.rules); });
    row(tr("connections"), [](const Result &r) { return QString::number(r.connections); });
    row(tr("findings"), [](const Result &r) { return QString::number(r.findings); });
    row(tr("generate (ms)"), [](const Result &r) { return wallCpu(r.generate); });
    row(tr("save, ProjectFile::save (ms)"), [](const Result &r) { return wallCpu(r.save); });
    row(tr("load, ProjectFile::load (ms)"), [](const Result &r) { return wallCpu(r.load); });
    row(tr("derivation, deriveRules (ms)"), [](const Result &r) { return wallCpu(r.derive); });
    row(tr("derivation per rule, CPU (ns)"), [](const Result &r) {
        return number(r.derive.cpuMs * 1e6 / double(std::max<size_t>(r.rules, 1)), 1);
    });
    row(tr("deriveConnections (ms)"), [](const Result &r) { return wallCpu(r.connect); });
    row(tr("findings, checkProject (ms)"), [](const Result &r) { return wallCpu(r.check); });
    row(tr("CSV size (MiB)"),
        [](const Result &r) { return number(double(r.csvBytes) / (1024.0 * 1024.0), 2); });
    row(tr("CSV export (ms)"), [](const Result &r) { return wallCpu(r.csv); });
    row(tr("CSV export (MB/s, wall)"),
        [](const Result &r) { return number(double(r.csvBytes) / 1e3 / r.csv.wallMs, 0); });
    row(tr("cp of the CSV (ms, wall)"), [](const Result &r) { return ms(r.cp.wallMs); });
    row(tr("CSV export / cp (wall)"),
        [](const Result &r) { return number(r.csv.wallMs / r.cp.wallMs, 2); });
    row(tr("model peak, VmHWM (MiB)"),
        [](const Result &r) { return number(double(r.peakKiB) / 1024.0, 1); });
    row(tr("model peak above start per rule (bytes)"),
        [](const Result &r) { return number(r.bytesPerRule(), 1); });
    guiRow(tr("open: file to painted window (ms)"), true,
           [](const GuiResult &g) { return wallCpu(g.open); });
    guiRow(tr("window memory while opening, above start (MiB)"), true,
           [](const GuiResult &g) { return number(double(g.scenePeakKiB) / 1024.0, 1); });
    guiRow(tr("arrows / role bundles on the canvas"), true, [](const GuiResult &g) {
        return QStringLiteral("%1 / %2").arg(g.arrows).arg(g.bundles);
    });
    guiRow(tr("arrows with one Director selected"), true,
           [](const GuiResult &g) { return QString::number(g.shownArrows); });
    guiRow(tr("scene build (ms)"), true, [](const GuiResult &g) { return wallCpu(g.sceneBuild); });
    guiRow(tr("fit all (zoomed out) + full canvas paint (ms)"), true,
           [](const GuiResult &g) { return wallCpu(g.firstPaint); });
    guiRow(tr("paint at 100 % (pan step) (ms)"), true,
           [](const GuiResult &g) { return wallCpu(g.zoomPaint); });
    guiRow(tr("select one Director: arrows built + repaint (ms)"), true,
           [](const GuiResult &g) { return wallCpu(g.selectStep); });
    guiRow(tr("drag step: move + arrows + repaint (ms)"), true,
           [](const GuiResult &g) { return wallCpu(g.dragStep); });
    guiRow(tr("drag step without repaint: move + arrows (ms)"), true,
           [](const GuiResult &g) { return wallCpu(g.dragMove); });
    guiRow(tr("arrange by role + layout (ms)"), true,
           [](const GuiResult &g) { return wallCpu(g.arrange); });
    guiRow(tr("paste of 1 000 hosts: rule table, canvas, repaint (ms)"), true,
           [](const GuiResult &g) { return wallCpu(g.paste); });
    guiRow(tr("paste of 1 000 hosts: hosts added / rule derivations"), true,
           [](const GuiResult &g) {
               return QStringLiteral("%1 / %2").arg(g.pastedHosts).arg(g.pasteDerivations);
           });
    guiRow(tr("rule table reset (ms)"), false,
           [](const GuiResult &g) { return wallCpu(g.tableReset); });
    guiRow(tr("rule table sort (ms)"), false,
           [](const GuiResult &g) { return wallCpu(g.tableSort); });
    guiRow(tr("rule table filter keystroke (ms)"), false,
           [](const GuiResult &g) { return wallCpu(g.tableFilter); });
    out() << "\n"
          << tr("Times are medians of at least 5 runs: wall-clock / CPU time of the thread.")
          << "\n";
    out().flush();
}

QString verdict(bool met)
{
    return met ? tr("met") : tr("missed");
}

void printTargets(const std::vector<Result> &results)
{
    out() << "\n" << tr("Targets:") << "\n";
    for (size_t i = 1; i < results.size(); ++i) {
        const Result &a = results[i - 1];
        const Result &b = results[i];
        if (a.rules == 0)
            continue;
        const double rulesRatio = double(b.rules) / double(a.rules);
        for (const bool cpu : {false, true}) {
            const double timeRatio =
                cpu ? b.derive.cpuMs / a.derive.cpuMs : b.derive.wallMs / a.derive.wallMs;
            out() << "- "
                  << tr("derivation %1 → %2 sites: rules ×%3, %4 time ×%5 (allowed ×%6): %7")
                         .arg(a.sites)
                         .arg(b.sites)
                         .arg(number(rulesRatio, 1), cpu ? tr("CPU") : tr("wall"),
                              number(timeRatio, 1), number(1.2 * rulesRatio, 1),
                              verdict(timeRatio <= 1.2 * rulesRatio))
                  << "\n";
        }
    }
    for (const Result &r : results) {
        // Below 100 000 rules the growth is a few pages: noise of the resident size.
        const QString memory = r.rules < 100000 ? tr("too few rules to weigh")
                                                : tr("%1 bytes per rule (allowed 64): %2")
                                                      .arg(number(r.bytesPerRule(), 1),
                                                           verdict(r.bytesPerRule() <= 64));
        out() << "- "
              << tr("%1: CSV export %2× cp (allowed 4×): %3; %4")
                     .arg(sitesLabel(r.sites), number(r.csv.wallMs / r.cp.wallMs, 2),
                          verdict(r.csv.wallMs <= 4 * r.cp.wallMs), memory)
              << "\n";
    }
    out().flush();
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times Portolan on synthetic topologies of N sites (41 hosts each) and prints a "
           "markdown table."));
    parser.addHelpOption();
    const QCommandLineOption sitesOption(
        QStringLiteral("sites"),
        tr("Benchmark <n> sites; repeat for several scales (default 1, 10, 100)."),
        QStringLiteral("n"));
    const QCommandLineOption writeOption(
        QStringLiteral("write"),
        tr("Save the generated project of the single --sites scale to <file>, then stop."),
        QStringLiteral("file"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Seed of the host layout (default 1)."),
                                        QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption sceneOption(QStringLiteral("scene-max-sites"),
                                         tr("Measure the canvas up to <n> sites (default 100)."),
                                         QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption policyOption(
        QStringLiteral("policy"),
        tr("Time the firewall policy compiler instead (stand-in firewall and host firewalls)."));
    const QCommandLineOption onceOption(
        QStringLiteral("policy-once"),
        tr("Compile the project <file> once for the stand-in firewall and print each phase's "
           "CPU time (for /usr/bin/time beside fwb_ipt), then stop."),
        QStringLiteral("file"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"), tr("With --policy-once: write the outputs into <folder>."),
        QStringLiteral("folder"));
    const QCommandLineOption fwbOption(
        QStringLiteral("write-fwb"),
        tr("Write the single --sites scale as a Firewall Builder object file <file> (the "
           "catalog's flows as group-to-group rules on one firewall), then stop."),
        QStringLiteral("file"));
    const QCommandLineOption shadowingOption(
        QStringLiteral("shadowing"),
        tr("With --write-fwb: turn Firewall Builder's shadowing check on."));
    parser.addOptions({sitesOption, writeOption, seedOption, sceneOption, policyOption, onceOption,
                       outputOption, fwbOption, shadowingOption});
    parser.process(arguments);

    if (parser.isSet(onceOption)) {
        QString error;
        if (!compileOnce(parser.value(onceOption), parser.value(outputOption), err(), &error)) {
            fail(error);
            return 1;
        }
        return 0;
    }

    QList<int> scales;
    for (const QString &value : parser.values(sitesOption)) {
        bool isNumber = false;
        const int sites = value.toInt(&isNumber);
        if (!isNumber || sites < 1 || sites > TopologyGenerator::maxSites) {
            fail(tr("--sites wants a number from 1 to %1, not '%2'")
                     .arg(TopologyGenerator::maxSites)
                     .arg(value));
            return 2;
        }
        scales.append(sites);
    }
    if (scales.isEmpty())
        scales = {1, 10, 100};
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    bool sceneOk = false;
    const int sceneMaxSites = parser.value(sceneOption).toInt(&sceneOk);
    if (!seedOk || !sceneOk) {
        fail(tr("--seed and --scene-max-sites want non-negative numbers"));
        return 2;
    }

    if (parser.isSet(fwbOption)) {
        if (scales.size() != 1) {
            fail(tr("--write-fwb writes one topology: give exactly one --sites"));
            return 2;
        }
        QString error;
        const auto catalog = Catalog::load(QStringLiteral("lync2013-single-director"), &error);
        QFile file(parser.value(fwbOption));
        if (!catalog || !file.open(QIODevice::WriteOnly) ||
            file.write(fwbuilderFile(*catalog, TopologyGenerator(seed).generate(scales.first()),
                                     parser.isSet(shadowingOption))) < 0) {
            fail(catalog ? file.errorString() : error);
            return 1;
        }
        return 0;
    }

    if (parser.isSet(writeOption)) {
        if (scales.size() != 1) {
            fail(tr("--write saves one topology: give exactly one --sites"));
            return 2;
        }
        QString error;
        if (!ProjectFile::save(parser.value(writeOption),
                               TopologyGenerator(seed).generate(scales.first()), &error)) {
            fail(error);
            return 1;
        }
        return 0;
    }

    QString error;
    const auto catalog = Catalog::load(QStringLiteral("lync2013-single-director"), &error);
    if (!catalog) {
        fail(error);
        return 1;
    }
    if (parser.isSet(policyOption)) {
        std::vector<PolicyResult> results;
        for (int sites : std::as_const(scales)) {
            err() << tr("portolan-bench: %1, policy…").arg(sitesLabel(sites)) << Qt::endl;
            results.push_back(
                measurePolicy(*catalog, TopologyGenerator(seed).generate(sites), sites));
        }
        printPolicyTable(out(), results);
        return 0;
    }
    // The model first at every scale, then the window's parts: the canvas
    // leaves freed memory behind that would blur the model's peak.
    std::vector<Result> results;
    std::vector<Project> projects;
    for (int sites : std::as_const(scales)) {
        err() << tr("portolan-bench: %1, model…").arg(sitesLabel(sites)) << Qt::endl;
        Result result;
        Project project;
        if (!runScale(sites, seed, catalog, &result, &project))
            return 1;
        results.push_back(result);
        projects.push_back(std::move(project));
    }
    for (size_t i = 0; i < results.size(); ++i) {
        err() << tr("portolan-bench: %1, window…").arg(sitesLabel(results[i].sites)) << Qt::endl;
        results[i].gui = measureGui(projects[i], catalog, results[i].sites <= sceneMaxSites);
        projects[i] = {};
    }
    printTable(results);
    printTargets(results);
    return 0;
}

} // namespace

} // namespace Portolan

int main(int argc, char **argv)
{
    // The canvas is measured without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The one-shot modes measure what a command-line tool costs: no GUI.
    bool headless = false;
    for (int i = 1; i < argc; ++i)
        headless = headless || qstrcmp(argv[i], "--policy-once") == 0 ||
                   qstrcmp(argv[i], "--write-fwb") == 0;
    std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv)
                                                   : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("portolan-bench"));
    return Portolan::run(QCoreApplication::arguments());
}
