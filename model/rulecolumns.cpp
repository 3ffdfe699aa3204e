#include "rulecolumns.h"

#include <QHash>

namespace Portolan {

namespace {

using Context = RuleSheetContext;

const Host *sourceHost(const Context &c, const Rule &rule)
{
    return rule.isFromAny() ? nullptr : &c.project.hosts[rule.sourceHost];
}

const Host &destinationHost(const Context &c, const Rule &rule)
{
    return c.project.hosts[rule.destinationHost];
}

QString roleName(const Context &c, const QString &roleId)
{
    const int role = c.catalog.roleIndex(roleId);
    return role < 0 ? roleId : c.catalog.roles()[role].name.text(c.language);
}

const Flow &flowOf(const Context &c, const Rule &rule)
{
    return c.catalog.flows()[rule.flow];
}

/// IPv4 before IPv6, then by value, then by prefix length; `any` first.
int compareAddresses(const Address *a, const Address *b)
{
    if (!a || !b)
        return int(bool(a)) - int(bool(b));
    if (a->family() != b->family())
        return a->isIPv4() ? -1 : 1;
    if (a->bytes() != b->bytes())
        return a->bytes() < b->bytes() ? -1 : 1;
    return a->prefixLength() - b->prefixLength();
}

const Address *sourceAddress(const Context &c, const Rule &rule)
{
    const Host *host = sourceHost(c, rule);
    return host ? &host->addresses[rule.sourceAddress] : nullptr;
}

const Address *destinationAddress(const Context &c, const Rule &rule)
{
    return &destinationHost(c, rule).addresses[rule.destinationAddress];
}

/// A zone's name; `any` for the source of a rule from any; empty for an
/// address in no zone or in several.
QString zoneText(const Context &c, int zone)
{
    if (zone == RulePlacement::anyZone)
        return QStringLiteral("any");
    return zone >= 0 ? c.project.zones[size_t(zone)].name : QString();
}

/// The interfaces by which @p rule enters (or leaves) the listing's firewall,
/// in name order, joined by "; ".
QString interfaceText(const Context &c, const Rule &rule, bool ingress)
{
    for (const FirewallCrossing &crossing : c.placement->crossings(rule)) {
        if (crossing.firewall != c.firewall)
            continue;
        const Firewall &firewall = c.project.firewalls[size_t(crossing.firewall)];
        QStringList names;
        for (int i : c.placement->paths().interfacesInNameOrder(
                 crossing.firewall, ingress ? crossing.ingress : crossing.egress))
            names.append(firewall.interfaces[i].name);
        return names.join(QStringLiteral("; "));
    }
    return {};
}

std::vector<RuleColumnDefinition> makeDefinitions()
{
    std::vector<RuleColumnDefinition> d;
    auto add = [&d](RuleColumn column, const char *id, const char *german, CellScope scope,
                    int tableWidth, double printShare) -> RuleColumnDefinition & {
        RuleColumnDefinition definition;
        definition.column = column;
        definition.id = QString::fromLatin1(id);
        definition.header = {definition.id, QString::fromUtf8(german)};
        definition.scope = scope;
        definition.tableWidth = tableWidth;
        definition.printShare = printShare;
        d.push_back(definition);
        return d.back();
    };

    // Shares of the printed width: columns too narrow for their longest word
    // grow when printed. The description gets the most: it is prose.
    auto &number = add(RuleColumn::Rule, "Rule", "Regel", CellScope::Number, 6, 0.035);
    number.literal = number.numeric = true;
    number.text = [](const Context &, const Rule &, qsizetype n) {
        return QString::number(n);
    };

    add(RuleColumn::SourceHost, "Source Host", "Quellhost", CellScope::SourceHost, 16, 0.085).text =
        [](const Context &c, const Rule &rule, qsizetype) {
            const Host *host = sourceHost(c, rule);
            return host ? host->name : QString();
        };
    add(RuleColumn::SourceRole, "Source Role", "Quellrolle", CellScope::SourceHost, 28, 0.10).text =
        [](const Context &c, const Rule &rule, qsizetype) {
            if (const Host *host = sourceHost(c, rule))
                return roleName(c, host->role);
            const int any = c.catalog.anyRole();
            return any >= 0 ? c.catalog.roles()[any].name.text(c.language) : QString();
        };
    auto &sourceAddressColumn = add(RuleColumn::SourceAddress, "Source Address", "Quelladresse",
                                    CellScope::SourceAddress, 18, 0.10);
    sourceAddressColumn.literal = true;
    sourceAddressColumn.text = [](const Context &c, const Rule &rule, qsizetype) {
        const Address *address = sourceAddress(c, rule);
        return address ? address->toString() : QStringLiteral("any");
    };
    sourceAddressColumn.compare = [](const Context &c, const Rule &a, const Rule &b) {
        return compareAddresses(sourceAddress(c, a), sourceAddress(c, b));
    };

    add(RuleColumn::DestinationHost, "Destination Host", "Zielhost", CellScope::DestinationHost, 16,
        0.085)
        .text = [](const Context &c, const Rule &rule, qsizetype) {
        return destinationHost(c, rule).name;
    };
    add(RuleColumn::DestinationRole, "Destination Role", "Zielrolle", CellScope::DestinationHost,
        28, 0.10)
        .text = [](const Context &c, const Rule &rule, qsizetype) {
        return roleName(c, destinationHost(c, rule).role);
    };
    auto &destinationAddressColumn = add(RuleColumn::DestinationAddress, "Destination Address",
                                         "Zieladresse", CellScope::DestinationAddress, 18, 0.10);
    destinationAddressColumn.literal = true;
    destinationAddressColumn.text = [](const Context &c, const Rule &rule, qsizetype) {
        return destinationAddress(c, rule)->toString();
    };
    destinationAddressColumn.compare = [](const Context &c, const Rule &a, const Rule &b) {
        return compareAddresses(destinationAddress(c, a), destinationAddress(c, b));
    };

    auto &transport =
        add(RuleColumn::Transport, "Transport", "Transport", CellScope::Flow, 10, 0.05);
    transport.literal = true;
    transport.text = [](const Context &c, const Rule &rule, qsizetype) {
        return flowOf(c, rule).transport;
    };
    auto &port = add(RuleColumn::Port, "Port", "Port", CellScope::Flow, 8, 0.04);
    port.literal = port.numeric = true;
    port.text = [](const Context &c, const Rule &rule, qsizetype) {
        return flowOf(c, rule).portText();
    };
    port.compare = [](const Context &c, const Rule &a, const Rule &b) {
        const Flow &x = flowOf(c, a);
        const Flow &y = flowOf(c, b);
        if (x.portFirst != y.portFirst)
            return x.portFirst - y.portFirst;
        return x.portLast - y.portLast;
    };
    add(RuleColumn::Protocol, "Protocol", "Protokoll", CellScope::Flow, 11, 0.055).text =
        [](const Context &c, const Rule &rule, qsizetype) {
            return flowOf(c, rule).protocol;
        };
    auto &description =
        add(RuleColumn::Description, "Description", "Beschreibung", CellScope::Flow, 48, 0.185);
    description.prose = true;
    description.text = [](const Context &c, const Rule &rule, qsizetype) {
        return flowOf(c, rule).note.text(c.language);
    };
    auto &reference =
        add(RuleColumn::Reference, "Reference", "Referenz", CellScope::Flow, 22, 0.065);
    reference.prose = true;
    reference.text = [](const Context &c, const Rule &rule, qsizetype) {
        return c.catalog.flowReference(rule.flow, c.language);
    };
    auto &flow = add(RuleColumn::Flow, "Flow", "Verbindung", CellScope::Flow, 20, 0);
    flow.literal = true;
    flow.text = [](const Context &c, const Rule &rule, qsizetype) {
        return flowOf(c, rule).id;
    };

    // The rule's stable id: the same across edits that leave the rule alone.
    auto &ruleId = add(RuleColumn::RuleId, "Rule ID", "Regel-ID", CellScope::Rule, 12, 0.07);
    ruleId.literal = true;
    ruleId.writeAscii = [](const Context &c, const Rule &rule, char *out) {
        if (c.identity) {
            c.identity->writeId(rule, out);
        } else {
            const RuleIdentity identity(c.catalog, c.project);
            identity.writeId(rule, out);
        }
        return RuleIdentity::idLength;
    };
    ruleId.text = [](const Context &c, const Rule &rule, qsizetype) {
        char text[32];
        const int length = ruleColumnDefinition(RuleColumn::RuleId).writeAscii(c, rule, text);
        return QString::fromLatin1(text, length);
    };
    ruleId.compare = [](const Context &c, const Rule &a, const Rule &b) {
        return ruleCellText(c, a, 0, RuleColumn::RuleId)
            .compare(ruleCellText(c, b, 0, RuleColumn::RuleId));
    };

    // With zones: where each rule stands (docs/zones.md).
    const auto withZones = [](const Context &c) {
        return c.placement && c.placement->hasZones();
    };
    auto &sourceZone =
        add(RuleColumn::SourceZone, "Source Zone", "Quellzone", CellScope::SourceAddress, 14, 0.06);
    sourceZone.applies = withZones;
    sourceZone.text = [](const Context &c, const Rule &rule, qsizetype) {
        return zoneText(c, c.placement->sourceZone(rule));
    };
    auto &destinationZone = add(RuleColumn::DestinationZone, "Destination Zone", "Zielzone",
                                CellScope::DestinationAddress, 14, 0.06);
    destinationZone.applies = withZones;
    destinationZone.text = [](const Context &c, const Rule &rule, qsizetype) {
        return zoneText(c, c.placement->destinationZone(rule));
    };
    auto &firewalls =
        add(RuleColumn::Firewalls, "Firewalls", "Firewalls", CellScope::Route, 20, 0.07);
    firewalls.applies = withZones;
    firewalls.text = [](const Context &c, const Rule &rule, qsizetype) {
        if (!c.placement->isPlaced(rule))
            return QStringLiteral("?"); // cannot be placed: check says why
        QStringList names;
        for (const FirewallCrossing &crossing : c.placement->crossings(rule))
            names.append(c.project.firewalls[size_t(crossing.firewall)].name);
        return names.join(QStringLiteral("; "));
    };

    // A firewall's own sheet: which firewall, where the traffic enters and leaves it.
    const auto ofFirewall = [](const Context &c) {
        return c.placement && c.placement->hasZones() && c.firewall >= 0;
    };
    auto &firewall = add(RuleColumn::Firewall, "Firewall", "Firewall", CellScope::Route, 14, 0);
    firewall.applies = ofFirewall;
    firewall.text = [](const Context &c, const Rule &, qsizetype) {
        return c.project.firewalls[size_t(c.firewall)].name;
    };
    auto &ingress = add(RuleColumn::IngressInterface, "Ingress Interface", "Eingangsschnittstelle",
                        CellScope::Route, 14, 0.06);
    ingress.applies = ofFirewall;
    ingress.text = [](const Context &c, const Rule &rule, qsizetype) {
        return interfaceText(c, rule, true);
    };
    auto &egress = add(RuleColumn::EgressInterface, "Egress Interface", "Ausgangsschnittstelle",
                       CellScope::Route, 14, 0.06);
    egress.applies = ofFirewall;
    egress.text = [](const Context &c, const Rule &rule, qsizetype) {
        return interfaceText(c, rule, false);
    };
    return d;
}

} // namespace

RuleKeys::RuleKeys(const Catalog &catalog, const Project &project, const RulePlacement *placement,
                   const std::vector<Rule> *rules)
    : m_hostCount(project.hosts.size())
    , m_flowCount(size_t(catalog.flows().size()))
    , m_placement(placement && placement->hasZones() ? placement : nullptr)
    , m_rules(rules)
{
    m_addressOffset.reserve(m_hostCount);
    for (size_t h = 0; h < m_hostCount; ++h) {
        m_addressOffset.push_back(m_addressCount);
        const qsizetype addresses = project.hosts[h].addresses.size();
        for (qsizetype a = 0; a < addresses; ++a)
            m_addressOf.emplace_back(quint32(h), quint16(a));
        m_addressCount += size_t(addresses);
    }
}

size_t RuleKeys::count(CellScope scope) const
{
    switch (scope) {
    case CellScope::Number:
        return 1;
    case CellScope::SourceHost:
        return m_hostCount + 1; // any
    case CellScope::SourceAddress:
        return m_addressCount + 1; // any
    case CellScope::DestinationHost:
        return m_hostCount;
    case CellScope::DestinationAddress:
        return m_addressCount;
    case CellScope::Flow:
        return m_flowCount;
    case CellScope::Route:
        return m_placement ? size_t(m_placement->routeCount() + 1) : 1; // + unplaced
    case CellScope::Rule:
        return 1; // made per row, not per key
    }
    return 0;
}

Rule RuleKeys::representative(CellScope scope, size_t key) const
{
    Rule rule{Rule::anySource, 0, 0, 0, 0, 0};
    switch (scope) {
    case CellScope::Number:
        break;
    case CellScope::SourceHost:
        if (key < m_hostCount)
            rule.sourceHost = quint32(key);
        break;
    case CellScope::SourceAddress:
        if (key < m_addressCount) {
            rule.sourceHost = m_addressOf[key].first;
            rule.sourceAddress = m_addressOf[key].second;
        }
        break;
    case CellScope::DestinationHost:
        rule.destinationHost = quint32(key);
        break;
    case CellScope::DestinationAddress:
        rule.destinationHost = m_addressOf[key].first;
        rule.destinationAddress = m_addressOf[key].second;
        break;
    case CellScope::Flow:
        rule.flow = quint16(key);
        break;
    case CellScope::Rule:
        break;
    case CellScope::Route:
        if (m_placement && m_rules) {
            if (m_routeRule.empty()) {
                m_routeRule.assign(count(CellScope::Route), -1);
                size_t found = 0;
                for (size_t i = 0; i < m_rules->size() && found < m_routeRule.size(); ++i) {
                    qint64 &slot = m_routeRule[this->key(CellScope::Route, (*m_rules)[i])];
                    if (slot < 0) {
                        slot = qint64(i);
                        ++found;
                    }
                }
            }
            if (m_routeRule[key] >= 0)
                rule = (*m_rules)[size_t(m_routeRule[key])];
        }
        break;
    }
    return rule;
}

const std::vector<RuleColumnDefinition> &ruleColumnDefinitions()
{
    static const std::vector<RuleColumnDefinition> definitions = makeDefinitions();
    return definitions;
}

std::vector<const RuleColumnDefinition *> ruleColumns(const RuleSheetContext &context)
{
    std::vector<const RuleColumnDefinition *> columns;
    for (const RuleColumnDefinition &definition : ruleColumnDefinitions()) {
        if (!definition.applies || definition.applies(context))
            columns.push_back(&definition);
    }
    return columns;
}

QStringList ruleColumnIds(const RuleSheetContext &context)
{
    QStringList ids;
    for (const RuleColumnDefinition *column : ruleColumns(context))
        ids.append(column->id);
    return ids;
}

const RuleColumnDefinition &ruleColumnDefinition(RuleColumn column)
{
    for (const RuleColumnDefinition &definition : ruleColumnDefinitions()) {
        if (definition.column == column)
            return definition;
    }
    Q_UNREACHABLE();
}

QString ruleCellText(const RuleSheetContext &context, const Rule &rule, qsizetype number,
                     RuleColumn column)
{
    return ruleColumnDefinition(column).text(context, rule, number);
}

} // namespace Portolan
