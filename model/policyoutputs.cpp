#include "policyoutputs.h"

#include "ciscoasa.h"
#include "iptables.h"
#include "nftables.h"
#include "topology.h"
#include "windowsfirewall.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <algorithm>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::PolicyOutputs", text);
}

/// Naming hints for address objects: the role and the zone ("director.srv").
struct GroupNames
{
    std::vector<QString> ofAddress; ///< per (host, address) in RuleKeys' order
    std::vector<qsizetype> first;   ///< per host: its first address
};

GroupNames groupNames(const Topology &topology)
{
    const Project &project = topology.project();
    const RulePlacement &placement = topology.placement();
    GroupNames names;
    for (size_t h = 0; h < project.hosts.size(); ++h) {
        names.first.push_back(qsizetype(names.ofAddress.size()));
        const Host &host = project.hosts[h];
        for (qsizetype a = 0; a < host.addresses.size(); ++a) {
            const int zone =
                placement.hasZones() ? placement.addressZones().zoneOf(quint32(h), quint16(a)) : -1;
            names.ofAddress.push_back(zone >= 0 ? host.role + u'.' + project.zones[size_t(zone)].id
                                                : host.role);
        }
    }
    return names;
}

/// Fills @p requirement with what @p rule says of itself (not where it crosses).
void describeRule(const Topology &topology, const GroupNames &groups, const Rule &rule,
                  PolicyRequirement *requirement)
{
    const Project &project = topology.project();
    const Flow &flow = topology.catalog().flows()[rule.flow];
    if (rule.isFromAny()) {
        requirement->source.reset();
        requirement->sourceGroup = QStringLiteral("any");
    } else {
        requirement->source = project.hosts[rule.sourceHost].addresses[rule.sourceAddress];
        requirement->sourceGroup =
            groups.ofAddress[size_t(groups.first[rule.sourceHost] + rule.sourceAddress)];
    }
    requirement->destination =
        project.hosts[rule.destinationHost].addresses[rule.destinationAddress];
    requirement->destinationGroup =
        groups.ofAddress[size_t(groups.first[rule.destinationHost] + rule.destinationAddress)];
    requirement->transport =
        flow.transport == QLatin1String("UDP") ? Transport::UDP : Transport::TCP;
    requirement->sourcePorts = flow.hasSourcePort() ? PortRange{quint16(flow.sourcePortFirst),
                                                                quint16(flow.sourcePortLast)}
                                                    : PortRange{};
    requirement->ports = PortRange{quint16(flow.portFirst), quint16(flow.portLast)};
    requirement->flow = rule.flow;
}

PolicyWriterOptions writerOptions(const Topology &topology)
{
    PolicyWriterOptions options;
    options.title = topology.project().title;
    return options;
}

/// A firewall's configuration: nftables, iptables, ip6tables or Cisco ASA.
class FirewallOutput : public OutputFormat
{
public:
    enum class Kind { Nftables, Iptables, Ip6tables, CiscoAsa };
    explicit FirewallOutput(Kind kind)
        : m_kind(kind)
    {}

    QString id() const override
    {
        switch (m_kind) {
        case Kind::Nftables:
            return QStringLiteral("nftables");
        case Kind::Iptables:
            return QStringLiteral("iptables");
        case Kind::Ip6tables:
            return QStringLiteral("ip6tables");
        case Kind::CiscoAsa:
            return QStringLiteral("cisco-asa");
        }
        return {};
    }
    LocalizedText description() const override
    {
        switch (m_kind) {
        case Kind::Nftables:
            return {QStringLiteral("One firewall's rules as an nftables table to include "
                                   "(nft -f)"),
                    QStringLiteral("Die Regeln einer Firewall als nftables-Tabelle zum Einbinden "
                                   "(nft -f)")};
        case Kind::Iptables:
            return {QStringLiteral("One firewall's IPv4 rules for iptables-restore"),
                    QStringLiteral("Die IPv4-Regeln einer Firewall für iptables-restore")};
        case Kind::Ip6tables:
            return {QStringLiteral("One firewall's IPv6 rules for ip6tables-restore"),
                    QStringLiteral("Die IPv6-Regeln einer Firewall für ip6tables-restore")};
        case Kind::CiscoAsa:
            return {QStringLiteral("One firewall's object groups and access lists (Cisco ASA)"),
                    QStringLiteral("Objektgruppen und Access-Listen einer Firewall (Cisco ASA)")};
        }
        return {};
    }
    QStringList suffixes() const override
    {
        switch (m_kind) {
        case Kind::Nftables:
            return {QStringLiteral("nft")};
        case Kind::Iptables:
            return {QStringLiteral("rules.v4")};
        case Kind::Ip6tables:
            return {QStringLiteral("rules.v6")};
        case Kind::CiscoAsa:
            return {QStringLiteral("asa")};
        }
        return {};
    }
    bool needsPainting() const override { return false; }
    Scope scope() const override { return Scope::Firewall; }
    QString unavailableReason(const Topology &topology) const override
    {
        if (topology.project().zones.empty() || topology.project().firewalls.empty())
            return tr("the project has no zones and firewalls; define zones and firewalls first");
        return {};
    }
    bool write(const OutputJob &job, QIODevice *device, QString *error) const override
    {
        if (const QString why = unavailableReason(job.topology); !why.isEmpty()) {
            *error = why;
            return false;
        }
        if (job.options.firewalls.size() != 1) {
            *error = tr("%1 writes one firewall at a time: name it (--firewall NAME), or write "
                        "every firewall's file (--split-firewalls FOLDER)")
                         .arg(id());
            return false;
        }
        const auto firewalls = firewallsNamed(job.topology.project(), job.options.firewalls, error);
        if (!firewalls)
            return false;
        const int firewall = firewalls->front();
        const QString name = job.topology.project().firewalls[size_t(firewall)].name;
        const CheckedPolicy checked =
            compileChecked(firewallRequirements(job.topology, firewall, job.options.language));
        if (!checked.difference.isEmpty()) {
            *error = tr("%1: the compiled policy is not exact: %2").arg(name, checked.difference);
            return false;
        }
        if (job.report)
            job.report(describePolicy(name, checked));
        const PolicyWriterOptions options = writerOptions(job.topology);
        QByteArray text;
        switch (m_kind) {
        case Kind::Nftables:
            text = writeNftables(checked.policy, name, options, error);
            break;
        case Kind::Iptables:
            text = writeIptables(checked.policy, Address::Family::IPv4, name, options, error);
            break;
        case Kind::Ip6tables:
            text = writeIptables(checked.policy, Address::Family::IPv6, name, options, error);
            break;
        case Kind::CiscoAsa:
            text = writeCiscoAsa(checked.policy, name, options, error);
            break;
        }
        if (text.isEmpty())
            return false;
        return device->write(text) == text.size();
    }

private:
    Kind m_kind;
};

/// One Windows server's inbound rules, as a PowerShell script.
class WindowsFirewallOutput : public OutputFormat
{
public:
    QString id() const override { return QStringLiteral("windows-firewall"); }
    LocalizedText description() const override
    {
        return {QStringLiteral("One server's inbound rules for Windows Firewall (PowerShell; "
                               "-Preview shows them)"),
                QStringLiteral("Die eingehenden Regeln eines Servers für die Windows-Firewall "
                               "(PowerShell; -Preview zeigt sie)")};
    }
    QStringList suffixes() const override { return {QStringLiteral("ps1")}; }
    bool needsPainting() const override { return false; }
    Scope scope() const override { return Scope::Host; }
    bool write(const OutputJob &job, QIODevice *device, QString *error) const override
    {
        const Project &project = job.topology.project();
        if (job.options.hosts.size() != 1) {
            *error = tr("windows-firewall writes one server at a time: name it (--host NAME), or "
                        "write every server's script (--split-firewalls FOLDER)");
            return false;
        }
        int host = -1;
        QStringList known;
        for (int h : ruleDestinations(job.topology)) {
            known.append(project.hosts[size_t(h)].name);
            if (project.hosts[size_t(h)].name == job.options.hosts.constFirst() && host < 0)
                host = h;
        }
        if (host < 0) {
            *error = tr("no server '%1' receives a rule (servers: %2)")
                         .arg(job.options.hosts.constFirst(), known.join(QStringLiteral(", ")));
            return false;
        }
        const QString name = project.hosts[size_t(host)].name;
        const CheckedPolicy checked =
            compileChecked(hostRequirements(job.topology, host, job.options.language));
        if (!checked.difference.isEmpty()) {
            *error = tr("%1: the compiled policy is not exact: %2").arg(name, checked.difference);
            return false;
        }
        if (job.report)
            job.report(describePolicy(name, checked));
        const QByteArray text =
            writeWindowsFirewall(checked.policy, name, writerOptions(job.topology), error);
        if (text.isEmpty())
            return false;
        return device->write(text) == text.size();
    }
};

} // namespace

QStringList policyFlowComments(const Catalog &catalog, const QString &language)
{
    QStringList comments;
    for (int f = 0; f < catalog.flows().size(); ++f)
        comments.append(catalog.flows()[f].id + u' ' + catalog.flowReference(f, language));
    return comments;
}

PolicyInput firewallRequirements(const Topology &topology, int firewall, const QString &language)
{
    const RulePlacement &placement = topology.placement();
    const std::vector<Rule> &rules = topology.rules();
    const std::vector<quint32> &on = topology.rulesOn(firewall);
    const Firewall &definition = topology.project().firewalls[size_t(firewall)];
    PolicyInput input(policyFlowComments(topology.catalog(), language));
    input.reserve(qsizetype(on.size()));
    const GroupNames groups = groupNames(topology);
    // Interface names per route, worked out once: most rules share few routes.
    QHash<int, std::pair<QStringList, QStringList>> interfacesOfRoute;
    PolicyRequirement requirement;
    for (quint32 index : on) {
        const Rule &rule = rules[index];
        const int route = placement.route(rule);
        auto it = interfacesOfRoute.find(route);
        if (it == interfacesOfRoute.end()) {
            std::pair<QStringList, QStringList> names;
            for (const FirewallCrossing &crossing : placement.routeCrossings(route)) {
                if (crossing.firewall != firewall)
                    continue;
                for (int i : placement.paths().interfacesInNameOrder(firewall, crossing.ingress))
                    names.first.append(definition.interfaces[i].name);
                for (int i : placement.paths().interfacesInNameOrder(firewall, crossing.egress))
                    names.second.append(definition.interfaces[i].name);
            }
            it = interfacesOfRoute.insert(route, names);
        }
        describeRule(topology, groups, rule, &requirement);
        requirement.ingress = it->first;
        requirement.egress = it->second;
        input.add(requirement);
    }
    return input;
}

PolicyInput hostRequirements(const Topology &topology, int host, const QString &language)
{
    const std::vector<Rule> &rules = topology.rules();
    PolicyInput input(policyFlowComments(topology.catalog(), language));
    const GroupNames groups = groupNames(topology);
    PolicyRequirement requirement;
    for (const Rule &rule : rules) {
        if (rule.destinationHost != quint32(host))
            continue;
        describeRule(topology, groups, rule, &requirement);
        input.add(requirement);
    }
    return input;
}

std::vector<int> ruleDestinations(const Topology &topology)
{
    const Project &project = topology.project();
    const Catalog &catalog = topology.catalog();
    const RulePlacement &placement = topology.placement();
    // Servers of one's own: hosts (not client networks) that receive a rule,
    // unless every address of theirs lies in an external zone (a partner,
    // a DNS server on the Internet).
    std::vector<bool> receives(project.hosts.size(), false);
    for (const Rule &rule : topology.rules())
        receives[rule.destinationHost] = true;
    for (size_t h = 0; h < project.hosts.size(); ++h) {
        const int role = catalog.roleIndex(project.hosts[h].role);
        if (role < 0 || catalog.roles()[role].addressKind != Role::AddressKind::Host)
            receives[h] = false;
        if (!receives[h] || !placement.hasZones())
            continue;
        bool outside = true;
        for (qsizetype a = 0; a < project.hosts[h].addresses.size(); ++a) {
            const int zone = placement.addressZones().zoneOf(quint32(h), quint16(a));
            if (zone < 0 || project.zones[size_t(zone)].kind != Zone::Kind::External)
                outside = false;
        }
        if (outside)
            receives[h] = false;
    }
    std::vector<int> hosts;
    for (size_t h = 0; h < receives.size(); ++h) {
        if (receives[h])
            hosts.push_back(int(h));
    }
    std::sort(hosts.begin(), hosts.end(), [&](int a, int b) {
        const int byName =
            naturalCompare(project.hosts[size_t(a)].name, project.hosts[size_t(b)].name);
        return byName != 0 ? byName < 0 : a < b;
    });
    return hosts;
}

CheckedPolicy compileChecked(const PolicyInput &input)
{
    CheckedPolicy checked;
    checked.policy = compilePolicy(input);
    checked.difference = verifyPolicy(input, checked.policy);
    return checked;
}

QString describePolicy(const QString &name, const CheckedPolicy &checked)
{
    const PolicyCounts &counts = checked.policy.counts;
    return tr("%1: %2 derived rules → %3 policy rules, %4 address objects, %5 service objects, "
              "%6 redundant dropped; %7")
        .arg(name)
        .arg(counts.requirements)
        .arg(counts.rules)
        .arg(counts.addressObjects)
        .arg(counts.serviceObjects)
        .arg(counts.redundant)
        .arg(checked.difference.isEmpty() ? tr("exact")
                                          : tr("NOT exact: %1").arg(checked.difference));
}

void registerPolicyOutputs(OutputRegistry &registry)
{
    using Kind = FirewallOutput::Kind;
    for (Kind kind : {Kind::Nftables, Kind::Iptables, Kind::Ip6tables, Kind::CiscoAsa})
        registry.add(std::make_unique<FirewallOutput>(kind));
    registry.add(std::make_unique<WindowsFirewallOutput>());
}

} // namespace Portolan
