#include "policybenchmark.h"

#include "catalogregistry.h"
#include "iptables.h"
#include "nftables.h"
#include "projectfile.h"

#include <QDir>
#include <QFile>

#include <QCoreApplication>

#include <ctime>
#include <functional>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Bench", text);
}

/// The stand-in interface of a role.
QString interfaceOf(const QString &role)
{
    if (role == QLatin1String("internal-clients"))
        return QStringLiteral("clients");
    if (role == QLatin1String("reverse-proxy") || role == QLatin1String("edge-internal"))
        return QStringLiteral("dmz");
    return QStringLiteral("inside");
}

/// Assigns @p from unless @p to shares its data already: a copy of shared
/// data still costs two atomic reference counts, millions of times.
template<typename T> void share(T &to, const T &from)
{
    if (to.constData() != from.constData() || to.size() != from.size())
        to = from;
}

/// Feeds @p rules to @p add, one reused PolicyRequirement at a time: the
/// interface lists and hints are shared per role, as a real placement's
/// per-zone lists would be.
void forEachRequirement(const Catalog &catalog, const Project &project,
                        const std::vector<Rule> &rules, bool withInterfaces,
                        const std::function<void(const Rule &, const PolicyRequirement &)> &add)
{
    // Per host: its interface as a one-name list, the others, and its hint.
    const QStringList all{QStringLiteral("clients"), QStringLiteral("dmz"),
                          QStringLiteral("inside")};
    std::vector<QStringList> ingress(all.size());
    std::vector<QStringList> others(all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        ingress[size_t(i)] = QStringList{all.at(i)};
        others[size_t(i)] = all;
        others[size_t(i)].removeAt(i);
    }
    std::vector<size_t> interface(project.hosts.size());
    std::vector<QString> hint(project.hosts.size());
    QHash<QString, QString> hintOfRole; // one shared string per role
    for (size_t h = 0; h < project.hosts.size(); ++h) {
        const QString &role = project.hosts[h].role;
        const QString name = interfaceOf(role);
        interface[h] = size_t(all.indexOf(name));
        auto it = hintOfRole.find(role);
        if (it == hintOfRole.end())
            it = hintOfRole.insert(role, role + u'.' + name);
        hint[h] = *it;
    }
    const QString anyHint = QStringLiteral("any");
    PolicyRequirement r;
    for (const Rule &rule : rules) {
        const Flow &flow = catalog.flows()[rule.flow];
        r.destination = project.hosts[rule.destinationHost].addresses[rule.destinationAddress];
        share(r.destinationGroup, hint[rule.destinationHost]);
        const size_t egress = interface[rule.destinationHost];
        if (rule.isFromAny()) {
            r.source.reset();
            share(r.sourceGroup, anyHint);
            if (withInterfaces)
                share(r.ingress, others[egress]);
        } else {
            r.source = project.hosts[rule.sourceHost].addresses[rule.sourceAddress];
            share(r.sourceGroup, hint[rule.sourceHost]);
            if (withInterfaces)
                share(r.ingress, ingress[interface[rule.sourceHost]]);
        }
        if (withInterfaces)
            share(r.egress, ingress[egress]);
        r.transport = flow.transport == QLatin1String("UDP") ? Transport::UDP : Transport::TCP;
        r.ports = PortRange{quint16(flow.portFirst), quint16(flow.portLast)};
        r.flow = rule.flow;
        add(rule, r);
    }
}

} // namespace

QStringList flowComments(const Catalog &catalog)
{
    QStringList comments;
    for (int f = 0; f < catalog.flows().size(); ++f)
        comments.append(catalog.flows()[f].id + u' ' +
                        catalog.flowReference(f, QStringLiteral("en")));
    return comments;
}

PolicyInput standInFirewall(const Catalog &catalog, const Project &project,
                            const std::vector<Rule> &rules)
{
    PolicyInput input(flowComments(catalog));
    input.reserve(qsizetype(rules.size()));
    forEachRequirement(catalog, project, rules, true,
                       [&](const Rule &, const PolicyRequirement &r) { input.add(r); });
    return input;
}

std::vector<PolicyInput> hostFirewalls(const Catalog &catalog, const Project &project,
                                       const std::vector<Rule> &rules)
{
    // Each host's rules together (a stable counting sort by destination):
    // filled in derivation order, every rule would land in another host's
    // input, and thousands of inputs do not stay in the caches.
    std::vector<size_t> start(project.hosts.size() + 1, 0);
    for (const Rule &rule : rules)
        ++start[rule.destinationHost + 1];
    for (size_t h = 1; h < start.size(); ++h)
        start[h] += start[h - 1];
    std::vector<Rule> byHost(rules.size());
    for (const Rule &rule : rules)
        byHost[start[rule.destinationHost]++] = rule;

    const QStringList comments = flowComments(catalog);
    std::vector<PolicyInput> inputs;
    quint32 host = ~0u;
    forEachRequirement(catalog, project, byHost, false,
                       [&](const Rule &rule, const PolicyRequirement &r) {
                           if (rule.destinationHost != host) {
                               host = rule.destinationHost;
                               inputs.emplace_back(comments);
                           }
                           inputs.back().add(r);
                       });
    return inputs;
}

PolicyResult measurePolicy(const Catalog &catalog, const Project &project, int sites)
{
    PolicyResult result;
    result.sites = sites;
    const std::vector<Rule> rules = deriveRules(catalog, project);
    result.rules = rules.size();

    // Peak memory first, before any timing loop leaves freed memory behind.
    {
        resetPeakMemory();
        const qint64 start = statusKiB("VmRSS");
        const PolicyInput input = standInFirewall(catalog, project, rules);
        const CompiledPolicy policy = compilePolicy(input);
        result.verdict = verifyPolicy(input, policy);
        result.firewall = policy.counts;
        result.peakAboveStartKiB = statusKiB("VmHWM") - start;
    }
    PolicyInput input;
    result.fill = measure([&] { input = standInFirewall(catalog, project, rules); },
                          [&] { input = PolicyInput(); });
    CompiledPolicy policy;
    result.compile = measure([&] { policy = compilePolicy(input); });
    QString verdict;
    result.verify = measure([&] { verdict = verifyPolicy(input, policy); });
    input = PolicyInput();
    policy = CompiledPolicy();

    bool exact = true;
    result.hosts = measure([&] {
        const std::vector<PolicyInput> inputs = hostFirewalls(catalog, project, rules);
        result.hostPolicies = qsizetype(inputs.size());
        result.hostRules = 0;
        for (const PolicyInput &host : inputs) {
            const CompiledPolicy compiled = compilePolicy(host);
            exact = exact && verifyPolicy(host, compiled).isEmpty();
            result.hostRules += compiled.counts.rules;
        }
    });
    if (!exact && result.verdict.isEmpty())
        result.verdict = tr("a host firewall is not exact");
    return result;
}

namespace {

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

bool compileOnce(const QString &path, const QString &outputDirectory, QTextStream &log,
                 QString *error)
{
    double mark = processCpuMs();
    auto phase = [&](const char *name) {
        const double now = processCpuMs();
        log << QStringLiteral("%1: %2 ms CPU").arg(QLatin1String(name)).arg(now - mark, 0, 'f', 1)
            << Qt::endl;
        mark = now;
    };
    Project project;
    if (!ProjectFile::load(path, &project, error))
        return false;
    const auto catalog = catalogForProject(project, error);
    if (!catalog)
        return false;
    phase("load");
    const std::vector<Rule> rules = deriveRules(*catalog, project);
    phase("derive");
    const PolicyInput input = standInFirewall(*catalog, project, rules);
    phase("fill");
    const CompiledPolicy policy = compilePolicy(input);
    phase("compile");
    const QString verdict = verifyPolicy(input, policy);
    phase("verify");
    log << QStringLiteral("%1 derived rules → %2 policy rules, %3 address objects, %4 service "
                          "objects, %5 redundant; %6")
               .arg(rules.size())
               .arg(policy.counts.rules)
               .arg(policy.counts.addressObjects)
               .arg(policy.counts.serviceObjects)
               .arg(policy.counts.redundant)
               .arg(verdict.isEmpty() ? QStringLiteral("exact") : verdict)
        << Qt::endl;
    if (!verdict.isEmpty()) {
        *error = verdict;
        return false;
    }
    if (outputDirectory.isEmpty())
        return true;
    // What fwb_ipt writes too: the firewall's configuration.
    const QString firewall = QStringLiteral("FW-CORE");
    PolicyWriterOptions options;
    options.title = project.title;
    const QDir folder(outputDirectory);
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("fw-core.nft"), writeNftables(policy, firewall, options, error)},
        {QStringLiteral("fw-core-ipv4.rules"),
         writeIptables(policy, Address::Family::IPv4, firewall, options, error)},
        {QStringLiteral("fw-core-ipv6.rules"),
         writeIptables(policy, Address::Family::IPv6, firewall, options, error)}};
    for (const auto &[name, bytes] : files) {
        QFile file(folder.filePath(name));
        if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) < 0) {
            if (error->isEmpty())
                *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    phase("write");
    // Everything the process used, start-up included, as /usr/bin/time would
    // count it, but in microseconds rather than hundredths of a second.
    log << QStringLiteral("process: %1 ms CPU").arg(processCpuMs(), 0, 'f', 1) << Qt::endl;
    return true;
}

void printPolicyTable(QTextStream &out, const std::vector<PolicyResult> &results)
{
    QStringList header{tr("policy (stand-in firewall FW-CORE)")};
    QStringList rule{QStringLiteral("---")};
    for (const PolicyResult &r : results) {
        header.append(tr("%1 sites").arg(r.sites));
        rule.append(QStringLiteral("---:"));
    }
    auto row = [&](const QString &label, const std::function<QString(const PolicyResult &)> &cell) {
        QStringList cells{label};
        for (const PolicyResult &r : results)
            cells.append(cell(r));
        out << "| " << cells.join(QStringLiteral(" | ")) << " |\n";
    };
    auto ms = [](double v) {
        return QString::number(v, 'f', v < 1 ? 3 : v < 10 ? 2 : v < 100 ? 1 : 0);
    };
    auto wallCpu = [&](const Timing &t) {
        return ms(t.wallMs) + QStringLiteral(" / ") + ms(t.cpuMs);
    };
    out << "| " << header.join(QStringLiteral(" | ")) << " |\n";
    out << "| " << rule.join(QStringLiteral(" | ")) << " |\n";
    row(tr("derived rules"), [](const PolicyResult &r) { return QString::number(r.rules); });
    row(tr("policy rules / address objects / service objects"), [](const PolicyResult &r) {
        return QStringLiteral("%1 / %2 / %3")
            .arg(r.firewall.rules)
            .arg(r.firewall.addressObjects)
            .arg(r.firewall.serviceObjects);
    });
    row(tr("redundant requirements dropped"),
        [](const PolicyResult &r) { return QString::number(r.firewall.redundant); });
    row(tr("exact (verifyPolicy)"),
        [](const PolicyResult &r) { return r.verdict.isEmpty() ? tr("yes") : r.verdict; });
    row(tr("fill: derived rules → PolicyInput (ms)"),
        [&](const PolicyResult &r) { return wallCpu(r.fill); });
    row(tr("compilePolicy (ms)"), [&](const PolicyResult &r) { return wallCpu(r.compile); });
    row(tr("verifyPolicy (ms)"), [&](const PolicyResult &r) { return wallCpu(r.verify); });
    row(tr("fill + compile + verify, CPU (ms)"),
        [&](const PolicyResult &r) { return ms(r.fill.cpuMs + r.compile.cpuMs + r.verify.cpuMs); });
    row(tr("per derived rule, CPU (ns)"), [&](const PolicyResult &r) {
        return QString::number((r.fill.cpuMs + r.compile.cpuMs + r.verify.cpuMs) * 1e6 /
                                   double(std::max<size_t>(r.rules, 1)),
                               'f', 0);
    });
    row(tr("peak memory above start (MiB)"), [](const PolicyResult &r) {
        return QString::number(double(r.peakAboveStartKiB) / 1024.0, 'f', 1);
    });
    row(tr("peak memory per derived rule (bytes)"), [](const PolicyResult &r) {
        return QString::number(
            double(r.peakAboveStartKiB) * 1024.0 / double(std::max<size_t>(r.rules, 1)), 'f', 1);
    });
    row(tr("host firewalls: servers / rules"), [](const PolicyResult &r) {
        return QStringLiteral("%1 / %2").arg(r.hostPolicies).arg(r.hostRules);
    });
    row(tr("host firewalls: fill + compile + verify all (ms)"),
        [&](const PolicyResult &r) { return wallCpu(r.hosts); });
    out << "\n"
        << tr("Times are medians of at least 5 runs: wall-clock / CPU time of the thread.") << "\n";
    out.flush();
}

} // namespace Portolan
