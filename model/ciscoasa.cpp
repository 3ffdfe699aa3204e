#include "ciscoasa.h"

#include "addressranges.h"

#include <QCoreApplication>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::CiscoAsa", text);
}

const QString nameExtra = QStringLiteral("-.");

/// An interface's nameif: letters, digits, '_', '-' and '.', 1 to 48.
bool isInterfaceName(const QString &name)
{
    if (name.isEmpty() || name.size() > 48)
        return false;
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray networkObject(const Address &a)
{
    if (a.isIPv6())
        return a.isNetwork() ? " network-object " + a.toString().toUtf8() + '\n'
                             : " network-object host " + a.toString().toUtf8() + '\n';
    if (!a.isNetwork())
        return " network-object host " + a.toString().toUtf8() + '\n';
    // "10.20.0.0 255.255.0.0": the mask from the prefix length.
    const int bits = a.prefixLength();
    const Uint128 mask{0, bits == 0 ? 0 : (0xFFFFFFFFull << (32 - bits)) & 0xFFFFFFFFull};
    return " network-object " + Address::fromBytes(a.family(), a.bytes()).toString().toUtf8() +
           ' ' + addressFromValue(Address::Family::IPv4, mask).toString().toUtf8() + '\n';
}

QByteArray portObject(const PortRange &p)
{
    return p.first == p.last ? " port-object eq " + QByteArray::number(p.first) + '\n'
                             : " port-object range " + QByteArray::number(p.first) + ' ' +
                                   QByteArray::number(p.last) + '\n';
}

} // namespace

QByteArray writeCiscoAsa(const CompiledPolicy &policy, const QString &firewall,
                         const PolicyWriterOptions &options, QString *error)
{
    for (const QString &name : policy.interfaces) {
        if (!isInterfaceName(name)) {
            if (error)
                *error = tr("the interface name '%1' cannot be written for Cisco ASA: interface "
                            "names have 1 to 48 letters, digits, '_', '-' or '.'")
                             .arg(plainText(name));
            return QByteArray();
        }
    }
    QByteArray out;
    for (const QString &line : policySummary(
             policy, tr("Portolan: access lists of the firewall %1 for Cisco ASA.").arg(firewall),
             options))
        out += "! " + line.toUtf8() + '\n';

    // Object groups, named once; `any` needs none.
    UniqueIdentifiers names;
    std::vector<QByteArray> addressGroup(policy.addresses.size());
    std::vector<QByteArray> portGroup(policy.services.size());
    std::vector<QByteArray> sourcePortGroup(policy.services.size());
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
        addressGroup[i] = names.take(object.name, 64, nameExtra).toUtf8();
        out += "object-group network " + addressGroup[i] + '\n';
        out += " description " + utf8Within(plainText(object.name), 200) + '\n';
        for (const Address &a : object.prefixes())
            out += networkObject(a);
    }
    for (size_t i = 0; i < policy.services.size(); ++i) {
        const ServiceObject &service = policy.services[i];
        if (!serviceUsed[i])
            continue;
        const QByteArray protocol = service.transport == Transport::TCP ? "tcp" : "udp";
        if (!service.anyPort()) {
            portGroup[i] = names.take(service.name, 64, nameExtra).toUtf8();
            out += "object-group service " + portGroup[i] + ' ' + protocol + '\n';
            for (const PortRange &p : service.ports)
                out += portObject(p);
        }
        if (!service.anySourcePort()) {
            sourcePortGroup[i] =
                names.take(service.name + QStringLiteral("_sport"), 64, nameExtra).toUtf8();
            out += "object-group service " + sourcePortGroup[i] + ' ' + protocol + '\n';
            for (const PortRange &p : service.sourcePorts)
                out += portObject(p);
        }
    }

    // One access list per ingress interface, in the policy's rule order.
    const QString base = identifier(firewall, 160, nameExtra);
    std::vector<QByteArray> lists(size_t(policy.interfaces.size()) + 1);
    auto listName = [&](int ingress) {
        return (ingress < 0 ? base + QStringLiteral("_global")
                            : base + u'_' + policy.interfaceName(ingress) + QStringLiteral("_in"))
            .toUtf8();
    };
    for (const PolicyRule &rule : policy.rules) {
        QByteArray &list = lists[size_t(rule.ingress + 1)];
        const QByteArray name = listName(rule.ingress);
        for (const QString &flow : policy.flowTexts(rule))
            list += "access-list " + name + " remark " + utf8Within(plainText(flow), 100) + '\n';
        const ServiceObject &service = policy.services[size_t(rule.service)];
        const QByteArray any = rule.family == Address::Family::IPv4 ? "any4" : "any6";
        auto address = [&](int object) {
            return addressGroup[size_t(object)].isEmpty()
                       ? any
                       : "object-group " + addressGroup[size_t(object)];
        };
        QByteArray entry = "access-list " + name + " extended permit " +
                           (service.transport == Transport::TCP ? "tcp " : "udp ") +
                           address(rule.source);
        if (!sourcePortGroup[size_t(rule.service)].isEmpty())
            entry += " object-group " + sourcePortGroup[size_t(rule.service)];
        entry += ' ' + address(rule.destination);
        if (!portGroup[size_t(rule.service)].isEmpty())
            entry += " object-group " + portGroup[size_t(rule.service)];
        list += entry + '\n';
    }
    for (size_t i = 0; i < lists.size(); ++i) {
        if (lists[i].isEmpty())
            continue;
        const int ingress = int(i) - 1;
        out += lists[i];
        out += "access-group " + listName(ingress) +
               (ingress < 0 ? QByteArray(" global\n")
                            : " in interface " + policy.interfaceName(ingress).toUtf8() + '\n');
    }
    return out;
}

} // namespace Portolan
