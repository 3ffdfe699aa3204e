// portolan-zonebench: what placing rules on firewalls costs beside deriving
// them (issue 11), on the benchmark topologies with zones and firewalls
// (TopologyGenerator::setZones). Prints a markdown table; model only, no
// display needed.

#include "timing.h"
#include "topologygenerator.h"

#include "catalog.h"
#include "catalogregistry.h"
#include "findings.h"
#include "projectfile.h"
#include "ruledelta.h"
#include "ruleplacement.h"
#include "rules.h"
#include "topology.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::ZoneBench", text);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Result
{
    int sites = 0;
    size_t hosts = 0;
    size_t zones = 0;
    size_t firewalls = 0;
    size_t rules = 0;
    size_t placed = 0;
    size_t crossings = 0; ///< rule-firewall pairs
    size_t busiest = 0;   ///< rules on the busiest firewall
    int routes = 0;
    size_t zonePairs = 0;
    int findings = 0;
    Timing derive;
    Timing build;
    Timing read;
    Timing readAndTag;
    size_t sampled = 0; ///< rules in the cache-resident sample, times its repeats
    Timing sampleRead;
    Timing sampleTag;
    Timing tagStore;
    Timing byFirewall;
    Timing oneFirewall;
    Timing delta; ///< RuleDelta of two versions, their rules and placement derived
    qsizetype deltaChanges = 0;
    Timing check;
};

QString ms(double value)
{
    return QString::number(value, 'f', value < 1 ? 3 : value < 10 ? 2 : value < 100 ? 1 : 0);
}

QString wallCpu(const Timing &t)
{
    return ms(t.wallMs) + QStringLiteral(" / ") + ms(t.cpuMs);
}

QString percentOfDerivation(const Timing &t, const Result &r)
{
    return QString::number(100.0 * t.cpuMs / r.derive.cpuMs, 'f', 1) + QStringLiteral(" %");
}

Project zoneProject(int sites)
{
    TopologyGenerator generator;
    generator.setZones(true);
    return generator.generate(sites);
}

/// Whether @p project survives a save and a load unchanged (so the loader accepts it).
bool roundTrips(const Project &project, QString *error)
{
    Project loaded;
    if (!ProjectFile::parse(ProjectFile::serialize(project), QStringLiteral("generated"), &loaded,
                            error))
        return false;
    if (!(loaded == project)) {
        *error = tr("the saved and loaded project differs from the generated one");
        return false;
    }
    return true;
}

Result run(int sites, const Catalog &catalog, const Project &project)
{
    Result r;
    r.sites = sites;
    r.hosts = project.hosts.size();
    r.zones = project.zones.size();
    r.firewalls = project.firewalls.size();

    std::vector<Rule> rules;
    r.derive = measure([&] { rules = deriveRules(catalog, project); }, [&] { rules = {}; });
    rules = deriveRules(catalog, project);
    r.rules = rules.size();

    std::unique_ptr<RulePlacement> placement;
    r.build = measure([&] { placement = std::make_unique<RulePlacement>(catalog, project); },
                      [&] { placement.reset(); });
    placement = std::make_unique<RulePlacement>(catalog, project);
    r.routes = placement->routeCount();
    r.zonePairs = placement->zonePairs().size();

    // Tagging as consumers do it: they read every rule anyway (the CSV writer,
    // the rule table), and look its zones and route up on the way. A pass that
    // only reads the rules is the baseline; the volatile sums keep the loops.
    // Over millions of rules both stall on memory (the rules are 16 bytes each),
    // so the lookups are also timed on a sample of the rules that stays in the
    // cache: what they cost beside reading a rule.
    static volatile quint64 sink = 0;
    auto readPass = [&](const std::vector<Rule> &list, int repeats) {
        quint64 s = 0;
        for (int i = 0; i < repeats; ++i) {
            for (const Rule &rule : list)
                s += rule.sourceHost + rule.destinationHost * 3 + rule.sourceAddress * 5 +
                     rule.destinationAddress * 7 + rule.flow * 11;
        }
        sink = sink + s;
    };
    auto tagPass = [&](const std::vector<Rule> &list, int repeats) {
        quint64 s = 0;
        for (int i = 0; i < repeats; ++i) {
            for (const Rule &rule : list) {
                s += rule.sourceHost + rule.destinationHost * 3 + rule.sourceAddress * 5 +
                     rule.destinationAddress * 7 + rule.flow * 11;
                s += quint64(placement->sourceZone(rule) + 4) * 13 +
                     quint64(placement->destinationZone(rule) + 4) * 17 +
                     quint64(placement->route(rule) + 1) * 19;
            }
        }
        sink = sink + s;
    };
    r.read = measure([&] { readPass(rules, 1); });
    r.readAndTag = measure([&] { tagPass(rules, 1); });
    std::vector<Rule> sample;
    const size_t step = std::max<size_t>(1, rules.size() / 8192);
    for (size_t i = 0; i < rules.size(); i += step)
        sample.push_back(rules[i]);
    const int repeats = int(std::max<size_t>(1, 4000000 / std::max<size_t>(sample.size(), 1)));
    r.sampled = sample.size() * size_t(repeats);
    r.sampleRead = measure([&] { readPass(sample, repeats); });
    r.sampleTag = measure([&] { tagPass(sample, repeats); });
    std::vector<qint32> routes;
    r.tagStore = measure(
        [&] {
            routes.resize(rules.size());
            for (size_t i = 0; i < rules.size(); ++i)
                routes[i] = placement->route(rules[i]);
        },
        [&] { routes = {}; });
    for (const Rule &rule : rules) {
        if (placement->isPlaced(rule))
            ++r.placed;
    }

    std::vector<std::vector<quint32>> byFirewall;
    r.byFirewall =
        measure([&] { byFirewall = placement->rulesByFirewall(rules); }, [&] { byFirewall = {}; });
    byFirewall = placement->rulesByFirewall(rules);
    size_t busiest = 0;
    for (size_t f = 0; f < byFirewall.size(); ++f) {
        r.crossings += byFirewall[f].size();
        if (byFirewall[f].size() > byFirewall[busiest].size())
            busiest = f;
    }
    r.busiest = byFirewall.empty() ? 0 : byFirewall[busiest].size();
    std::vector<quint32> on;
    r.oneFirewall =
        measure([&] { on = placement->rulesOn(int(busiest), rules); }, [&] { on = {}; });

    QList<Finding> findings;
    r.check = measure([&] { findings = checkProject(catalog, project); });
    r.findings = int(findings.size());

    // A change request: one Director of the first site gets another address.
    // Both versions derived (as the window's Topology caches them), then
    // only the delta is timed.
    Project changed = project;
    for (Host &host : changed.hosts) {
        if (host.role == QLatin1String("director") && !host.addresses.isEmpty()) {
            std::array<quint8, 16> bytes = host.addresses.first().bytes();
            bytes[3] = quint8(bytes[3] + 100);
            host.addresses.first() = Address::fromBytes(host.addresses.first().family(), bytes, -1);
            break;
        }
    }
    const auto shared = catalogForProject(project);
    Topology before;
    before.reset(project, shared);
    Topology after;
    after.reset(changed, shared);
    (void)before.placement();
    (void)after.placement();
    std::unique_ptr<RuleDelta> delta;
    r.delta = measure([&] { delta = std::make_unique<RuleDelta>(before, after); },
                      [&] { delta.reset(); });
    r.deltaChanges = qsizetype(delta ? delta->changes().size() : 0);
    return r;
}

void printTable(const std::vector<Result> &results)
{
    QStringList header{tr("measure")};
    QStringList rule{QStringLiteral("---")};
    for (const Result &r : results) {
        header.append(r.sites == 1 ? tr("1 site") : tr("%1 sites").arg(r.sites));
        rule.append(QStringLiteral("---:"));
    }
    auto row = [&](const QString &label, const std::function<QString(const Result &)> &cell) {
        QStringList cells{label};
        for (const Result &r : results)
            cells.append(cell(r));
        out() << "| " << cells.join(QStringLiteral(" | ")) << " |\n";
    };
    out() << "| " << header.join(QStringLiteral(" | ")) << " |\n";
    out() << "| " << rule.join(QStringLiteral(" | ")) << " |\n";
    row(tr("hosts / zones / firewalls"), [](const Result &r) {
        return QStringLiteral("%1 / %2 / %3").arg(r.hosts).arg(r.zones).arg(r.firewalls);
    });
    row(tr("derived rules"), [](const Result &r) { return QString::number(r.rules); });
    row(tr("placed rules"), [](const Result &r) { return QString::number(r.placed); });
    row(tr("zone pairs joined by rules / routes"),
        [](const Result &r) { return QStringLiteral("%1 / %2").arg(r.zonePairs).arg(r.routes); });
    row(tr("rule-firewall crossings / on the busiest firewall"),
        [](const Result &r) { return QStringLiteral("%1 / %2").arg(r.crossings).arg(r.busiest); });
    row(tr("findings"), [](const Result &r) { return QString::number(r.findings); });
    row(tr("derivation, deriveRules (ms)"), [](const Result &r) { return wallCpu(r.derive); });
    row(tr("placement built, RulePlacement (ms)"),
        [](const Result &r) { return wallCpu(r.build); });
    row(tr("placement built, share of derivation (CPU)"),
        [](const Result &r) { return percentOfDerivation(r.build, r); });
    row(tr("derivation per rule, CPU (ns)"), [](const Result &r) {
        return QString::number(r.derive.cpuMs * 1e6 / double(std::max<size_t>(r.rules, 1)), 'f', 2);
    });
    row(tr("zones and route of a rule, rules in the cache, CPU (ns)"), [](const Result &r) {
        return QString::number((r.sampleTag.cpuMs - r.sampleRead.cpuMs) * 1e6 /
                                   double(std::max<size_t>(r.sampled, 1)),
                               'f', 2);
    });
    row(tr("a pass reading every rule (ms)"), [](const Result &r) { return wallCpu(r.read); });
    row(tr("the same pass, looking up zones and route of each rule (ms)"),
        [](const Result &r) { return wallCpu(r.readAndTag); });
    row(tr("route of every rule into a vector, a pass of its own (ms)"),
        [](const Result &r) { return wallCpu(r.tagStore); });
    row(tr("rules of every firewall, rulesByFirewall (ms)"),
        [](const Result &r) { return wallCpu(r.byFirewall); });
    row(tr("rules of the busiest firewall, rulesOn (ms)"),
        [](const Result &r) { return wallCpu(r.oneFirewall); });
    row(tr("findings with zones, checkProject (ms)"),
        [](const Result &r) { return wallCpu(r.check); });
    row(tr("delta of two derived versions, RuleDelta (ms)"),
        [](const Result &r) { return wallCpu(r.delta); });
    row(tr("delta, share of deriving both versions (CPU)"), [](const Result &r) {
        return QString::number(100.0 * r.delta.cpuMs / (2 * r.derive.cpuMs), 'f', 1) +
               QStringLiteral(" %");
    });
    row(tr("rules in the delta (added + removed)"),
        [](const Result &r) { return QString::number(r.deltaChanges); });
    out() << "\n"
          << tr("Times are medians of at least 5 runs: wall-clock / CPU time of the thread.")
          << "\n";
    out().flush();
}

} // namespace

} // namespace Portolan

int main(int argc, char **argv)
{
    using namespace Portolan;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portolan-zonebench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times rule placement on firewalls against rule derivation on synthetic topologies "
           "with zones, and prints a markdown table."));
    parser.addHelpOption();
    const QCommandLineOption sitesOption(
        QStringLiteral("sites"),
        tr("Benchmark <n> sites; repeat for several (default 1, 10, 100)."), QStringLiteral("n"));
    const QCommandLineOption writeOption(
        QStringLiteral("write"),
        tr("Save the generated project of the single --sites scale to <file>, then stop."),
        QStringLiteral("file"));
    parser.addOptions({sitesOption, writeOption});
    parser.process(app);
    QList<int> scales;
    for (const QString &value : parser.values(sitesOption)) {
        bool ok = false;
        const int sites = value.toInt(&ok);
        if (!ok || sites < 1 || sites > TopologyGenerator::maxZoneSites) {
            QTextStream(stderr) << tr("portolan-zonebench: --sites wants a number from 1 to %1")
                                       .arg(TopologyGenerator::maxZoneSites)
                                << Qt::endl;
            return 2;
        }
        scales.append(sites);
    }
    if (scales.isEmpty())
        scales = {1, 10, 100};
    QString error;
    if (parser.isSet(writeOption)) {
        if (scales.size() != 1) {
            QTextStream(stderr) << tr("portolan-zonebench: --write saves one topology: give "
                                      "exactly one --sites")
                                << Qt::endl;
            return 2;
        }
        if (!ProjectFile::save(parser.value(writeOption), zoneProject(scales.first()), &error)) {
            QTextStream(stderr) << "portolan-zonebench: " << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    const auto catalog = Catalog::load(QStringLiteral("lync2013-single-director"), &error);
    if (!catalog) {
        QTextStream(stderr) << "portolan-zonebench: " << error << Qt::endl;
        return 1;
    }
    std::vector<Result> results;
    for (int sites : std::as_const(scales)) {
        QTextStream(stderr) << tr("portolan-zonebench: %1 sites…").arg(sites) << Qt::endl;
        const Project project = zoneProject(sites);
        if (!roundTrips(project, &error)) {
            QTextStream(stderr) << "portolan-zonebench: " << error << Qt::endl;
            return 1;
        }
        results.push_back(run(sites, *catalog, project));
    }
    printTable(results);
    return 0;
}
