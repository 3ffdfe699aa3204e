#include "nftables.h"

#include <QCoreApplication>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Nftables", text);
}

/// nft takes no '"' inside a comment.
QByteArray unquoted(QByteArray text)
{
    text.replace('"', '\'');
    return text;
}

/// `elements = { a, b, c }`, wrapped after every eight elements.
QByteArray elements(const QStringList &items)
{
    QByteArray out = "        elements = { ";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i % 8 == 0 ? ",\n                     " : ", ";
        out += items.at(i).toUtf8();
    }
    out += " }\n";
    return out;
}

QStringList portItems(const QList<PortRange> &ports)
{
    QStringList items;
    for (const PortRange &p : ports)
        items.append(p.toString());
    return items;
}

} // namespace

QString nftablesTableName(const QString &firewall)
{
    return QStringLiteral("portolan_") + identifier(firewall.toLower(), 48).toLower();
}

QByteArray writeNftables(const CompiledPolicy &policy, const QString &firewall,
                         const PolicyWriterOptions &options, QString *error)
{
    for (const QString &name : policy.interfaces) {
        QString why;
        if (!isLinuxInterfaceName(name, &why)) {
            if (error)
                *error = tr("the interface name '%1' cannot be written for nftables: %2")
                             .arg(plainText(name), why);
            return QByteArray();
        }
    }
    const QString table = nftablesTableName(firewall);
    QByteArray out = "#!/usr/sbin/nft -f\n";
    for (const QString &line : policySummary(
             policy,
             tr("Portolan: forwarding policy of the firewall %1 for nftables.").arg(firewall),
             options))
        out += "# " + line.toUtf8() + '\n';
    out += "# " +
           (options.dropOthers ? tr("Forwarded traffic that no rule here accepts is dropped.")
                               : tr("This table only accepts; other tables decide about the rest."))
               .toUtf8() +
           '\n';
    out += "# " +
           tr("Loading it again replaces the table %1 and nothing else.").arg(table).toUtf8() +
           "\n\n";
    // Creating the table first makes the delete succeed on a first load.
    out += "table inet " + table.toUtf8() + "\ndelete table inet " + table.toUtf8() + "\n\n";
    out += "table inet " + table.toUtf8() + " {\n";

    // Sets: one per address object a rule matches on (not `any`), one per
    // port list of a service.
    UniqueIdentifiers names;
    std::vector<QString> addressSet(policy.addresses.size());
    std::vector<QString> portSet(policy.services.size());
    std::vector<QString> sourcePortSet(policy.services.size());
    std::vector<bool> addressUsed(policy.addresses.size(), false);
    std::vector<bool> serviceUsed(policy.services.size(), false);
    for (const PolicyRule &rule : policy.rules) {
        addressUsed[size_t(rule.source)] = true;
        addressUsed[size_t(rule.destination)] = true;
        serviceUsed[size_t(rule.service)] = true;
    }
    for (size_t i = 0; i < policy.addresses.size(); ++i) {
        const AddressObject &object = policy.addresses[i];
        if (!addressUsed[i] || object.isAll())
            continue;
        addressSet[i] = names.take(object.name, 48);
        QStringList items;
        for (const Address &a : object.prefixes())
            items.append(a.toString());
        out += "    set " + addressSet[i].toUtf8() + " {\n";
        out += object.family == Address::Family::IPv4 ? "        type ipv4_addr\n"
                                                      : "        type ipv6_addr\n";
        out += "        flags interval\n        auto-merge\n";
        out += elements(items);
        out += "    }\n";
    }
    for (size_t i = 0; i < policy.services.size(); ++i) {
        const ServiceObject &service = policy.services[i];
        if (!serviceUsed[i])
            continue;
        auto portSetOf = [&](const QList<PortRange> &ports, const QString &name) {
            out += "    set " + name.toUtf8() + " {\n";
            out += "        type inet_service\n        flags interval\n        auto-merge\n";
            out += elements(portItems(ports));
            out += "    }\n";
        };
        if (!service.anyPort()) {
            portSet[i] = names.take(service.name, 48);
            portSetOf(service.ports, portSet[i]);
        }
        if (!service.anySourcePort()) {
            sourcePortSet[i] = names.take(service.name + QStringLiteral("_sport"), 48);
            portSetOf(service.sourcePorts, sourcePortSet[i]);
        }
    }
    if (!policy.addresses.empty() || !policy.services.empty())
        out += '\n';

    out += "    chain forward {\n";
    out += "        type filter hook forward priority filter; policy ";
    out += options.dropOthers ? "drop;\n" : "accept;\n";
    out += "        ct state established,related accept\n";
    for (const PolicyRule &rule : policy.rules) {
        QByteArray line = "        ";
        if (rule.ingress >= 0)
            line += "iifname \"" + policy.interfaceName(rule.ingress).toUtf8() + "\" ";
        if (rule.egress >= 0)
            line += "oifname \"" + policy.interfaceName(rule.egress).toUtf8() + "\" ";
        const QByteArray ip = rule.family == Address::Family::IPv4 ? "ip" : "ip6";
        const QString &source = addressSet[size_t(rule.source)];
        if (!source.isEmpty())
            line += ip + " saddr @" + source.toUtf8() + ' ';
        const QString &destination = addressSet[size_t(rule.destination)];
        if (!destination.isEmpty())
            line += ip + " daddr @" + destination.toUtf8() + ' ';
        else
            line += "meta nfproto " +
                    QByteArray(rule.family == Address::Family::IPv4 ? "ipv4 " : "ipv6 ");
        const ServiceObject &service = policy.services[size_t(rule.service)];
        const QByteArray protocol = service.transport == Transport::TCP ? "tcp" : "udp";
        if (!sourcePortSet[size_t(rule.service)].isEmpty())
            line += protocol + " sport @" + sourcePortSet[size_t(rule.service)].toUtf8() + ' ';
        if (!portSet[size_t(rule.service)].isEmpty())
            line += protocol + " dport @" + portSet[size_t(rule.service)].toUtf8() + ' ';
        if (service.anyPort() && service.anySourcePort())
            line += "meta l4proto " + protocol + ' ';
        // nft keeps 128 bytes of comment: when the flows' references do not
        // fit, they go on a line of their own and the comment names the ids.
        const QByteArray full = ruleFlowText(policy, rule).toUtf8();
        const QByteArray kept = ruleComment(policy, rule, 128);
        if (kept != full)
            out += "        # " + full + '\n';
        line += "accept comment \"" + unquoted(kept) + "\"\n";
        out += line;
    }
    out += "    }\n}\n";
    return out;
}

} // namespace Portolan
