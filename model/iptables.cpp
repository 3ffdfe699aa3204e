#include "iptables.h"

#include <QCoreApplication>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Iptables", text);
}

/// xt_comment keeps 255 bytes; restore files quote with '"' and read '\'
/// as an escape, so neither may appear inside.
QByteArray comment(const CompiledPolicy &policy, const PolicyRule &rule)
{
    QByteArray text = ruleComment(policy, rule, 255);
    text.replace('"', '\'');
    text.replace('\\', '/');
    return text;
}

/// Port lists of at most 15 ports for -m multiport, a range counting two.
QList<QList<PortRange>> chunks(const QList<PortRange> &ports)
{
    QList<QList<PortRange>> result;
    int used = 0;
    for (const PortRange &p : ports) {
        const int cost = p.first == p.last ? 1 : 2;
        if (result.isEmpty() || used + cost > 15) {
            result.append(QList<PortRange>());
            used = 0;
        }
        result.last().append(p);
        used += cost;
    }
    return result;
}

QByteArray portText(const PortRange &p)
{
    return p.first == p.last ? QByteArray::number(p.first)
                             : QByteArray::number(p.first) + ':' + QByteArray::number(p.last);
}

/// The port matches of one rule: single ranges through the protocol's own
/// match ("-m tcp --sport 1024:65535 --dport 5061"), lists through
/// multiport ("-m multiport --dports 80,443"). Empty lists match any port.
QByteArray portMatch(const QByteArray &protocol, const QList<PortRange> &sources,
                     const QList<PortRange> &ports)
{
    QByteArray single;
    QByteArray multiport;
    auto add = [&](const QList<PortRange> &list, bool source) {
        if (list.size() == 1) {
            single += (source ? " --sport " : " --dport ") + portText(list.first());
        } else if (list.size() > 1) {
            QByteArray items;
            for (const PortRange &p : list)
                items += (items.isEmpty() ? "" : ",") + portText(p);
            multiport +=
                QByteArray(" -m multiport ") + (source ? "--sports " : "--dports ") + items;
        }
    };
    add(sources, true);
    add(ports, false);
    return (single.isEmpty() ? QByteArray() : " -m " + protocol + single) + multiport;
}

QByteArrayList prefixTexts(const AddressObject &object)
{
    QByteArrayList texts;
    if (object.isAll())
        return texts; // no -s or -d: every address of the file's family
    for (const Address &a : object.prefixes())
        texts.append(a.toString().toUtf8());
    return texts;
}

} // namespace

QString iptablesChainName(const QString &firewall)
{
    // 28 characters at most; sub-chains add "-R" + up to 5 digits + "S".
    return QStringLiteral("PORTOLAN-") + identifier(firewall, 11, QStringLiteral("-"));
}

QByteArray writeIptables(const CompiledPolicy &policy, Address::Family family,
                         const QString &firewall, const PolicyWriterOptions &options,
                         QString *error)
{
    for (const QString &name : policy.interfaces) {
        QString why;
        if (!isLinuxInterfaceName(name, &why)) {
            if (error)
                *error = tr("the interface name '%1' cannot be written for iptables: %2")
                             .arg(plainText(name), why);
            return QByteArray();
        }
    }
    const bool v4 = family == Address::Family::IPv4;
    const QByteArray chain = iptablesChainName(firewall).toUtf8();
    QByteArray out;
    for (const QString &line :
         policySummary(policy,
                       (v4 ? tr("Portolan: IPv4 forwarding policy of the firewall %1 for "
                                "iptables-restore.")
                           : tr("Portolan: IPv6 forwarding policy of the firewall %1 for "
                                "ip6tables-restore."))
                           .arg(firewall),
                       options))
        out += "# " + line.toUtf8() + '\n';
    out += "# " +
           (v4 ? tr("Load it with: iptables-restore --noflush FILE")
               : tr("Load it with: ip6tables-restore --noflush FILE"))
               .toUtf8() +
           '\n';
    out += "# " +
           tr("Each load adds a jump from FORWARD: delete the old one before a reload.").toUtf8() +
           '\n';

    // Rules first, chains declared before them once all are known.
    QByteArrayList chains{chain};
    QByteArray rules;
    rules += "-A FORWARD -j " + chain + '\n';
    rules += "-A " + chain + " -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n";
    int number = 0;
    for (const PolicyRule &rule : policy.rules) {
        if (rule.family != family)
            continue;
        ++number;
        const ServiceObject &service = policy.services[size_t(rule.service)];
        const QByteArray protocol = service.transport == Transport::TCP ? "tcp" : "udp";
        QByteArray head = "-A " + chain;
        if (rule.ingress >= 0)
            head += " -i " + policy.interfaceName(rule.ingress).toUtf8();
        if (rule.egress >= 0)
            head += " -o " + policy.interfaceName(rule.egress).toUtf8();
        const QByteArray tail = " -m comment --comment \"" + comment(policy, rule) + '"';
        const QByteArrayList sources = prefixTexts(policy.addresses[size_t(rule.source)]);
        const QByteArrayList destinations = prefixTexts(policy.addresses[size_t(rule.destination)]);
        // Service matches: every source-port chunk with every port chunk.
        QByteArrayList services;
        const auto sourceChunks =
            service.anySourcePort() ? QList<QList<PortRange>>{{}} : chunks(service.sourcePorts);
        const auto portChunks =
            service.anyPort() ? QList<QList<PortRange>>{{}} : chunks(service.ports);
        for (const auto &s : sourceChunks) {
            for (const auto &p : portChunks) {
                services.append(" -p " + protocol + portMatch(protocol, s, p));
            }
        }
        const qsizetype pairs =
            std::max<qsizetype>(sources.size(), 1) * std::max<qsizetype>(destinations.size(), 1);
        if (sources.size() <= 1 || destinations.size() <= 1 ||
            pairs <= sources.size() + destinations.size() + 1) {
            for (const QByteArray &s : sources.isEmpty() ? QByteArrayList{QByteArray()} : sources) {
                for (const QByteArray &d :
                     destinations.isEmpty() ? QByteArrayList{QByteArray()} : destinations) {
                    for (const QByteArray &match : services) {
                        rules += head;
                        if (!s.isEmpty())
                            rules += " -s " + s;
                        if (!d.isEmpty())
                            rules += " -d " + d;
                        rules += match + tail + " -j ACCEPT\n";
                    }
                }
            }
            continue;
        }
        // Several sources × several destinations: two chains of the rule's own.
        // Base 36: five digits number 60 million rules within 28 characters.
        const QByteArray prefix = chain + "-R" + QByteArray::number(number, 36).toUpper();
        const QByteArray sourceChain = prefix + 'S';
        const QByteArray destinationChain = prefix + 'D';
        chains.append(sourceChain);
        chains.append(destinationChain);
        for (const QByteArray &match : services)
            rules += head + match + tail + " -j " + sourceChain + '\n';
        for (const QByteArray &s : sources)
            rules += "-A " + sourceChain + " -s " + s + " -j " + destinationChain + '\n';
        for (const QByteArray &d : destinations)
            rules += "-A " + destinationChain + " -d " + d + " -j ACCEPT\n";
    }
    if (options.dropOthers)
        rules += "-A " + chain + " -j DROP\n";
    out += "*filter\n";
    for (const QByteArray &name : chains)
        out += ':' + name + " - [0:0]\n";
    out += rules;
    out += "COMMIT\n";
    return out;
}

} // namespace Portolan
