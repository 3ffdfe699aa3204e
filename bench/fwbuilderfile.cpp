#include "fwbuilderfile.h"

#include <QHash>
#include <QXmlStreamWriter>

namespace Portolan {

namespace {

/// Firewall Builder's own ids for "any" network, service and time.
const QString anyNetwork = QStringLiteral("sysid0");
const QString anyService = QStringLiteral("sysid1");
const QString anyTime = QStringLiteral("sysid2");

void attributes(QXmlStreamWriter &xml, std::initializer_list<std::pair<const char *, QString>> list)
{
    for (const auto &[name, value] : list)
        xml.writeAttribute(QLatin1String(name), value);
}

/// The dotted mask of an IPv4 prefix length.
QString ipv4Mask(int bits)
{
    const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    return QStringLiteral("%1.%2.%3.%4")
        .arg(mask >> 24)
        .arg((mask >> 16) & 0xFF)
        .arg((mask >> 8) & 0xFF)
        .arg(mask & 0xFF);
}

void serviceElement(QXmlStreamWriter &xml, const QString &id, const Flow &flow)
{
    xml.writeEmptyElement(flow.transport == QLatin1String("UDP") ? QStringLiteral("UDPService")
                                                                 : QStringLiteral("TCPService"));
    xml.writeAttribute(QStringLiteral("id"), id);
    if (flow.transport != QLatin1String("UDP")) {
        for (const char *flag : {"ack_flag", "ack_flag_mask", "fin_flag", "fin_flag_mask",
                                 "psh_flag", "psh_flag_mask", "rst_flag", "rst_flag_mask",
                                 "syn_flag", "syn_flag_mask", "urg_flag", "urg_flag_mask"})
            xml.writeAttribute(QLatin1String(flag), QStringLiteral("False"));
    }
    attributes(xml, {{"name", flow.transport.toLower() + u'-' + flow.portText()},
                     {"comment", QString()},
                     {"ro", QStringLiteral("False")},
                     {"src_range_start", QStringLiteral("0")},
                     {"src_range_end", QStringLiteral("0")},
                     {"dst_range_start", QString::number(flow.portFirst)},
                     {"dst_range_end", QString::number(flow.portLast)}});
}

} // namespace

QByteArray fwbuilderFile(const Catalog &catalog, const Project &project, bool shadowingCheck)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE FWObjectDatabase SYSTEM \"fwbuilder.dtd\">"));
    xml.writeStartElement(QStringLiteral("FWObjectDatabase"));
    attributes(xml, {{"xmlns", QStringLiteral("http://www.fwbuilder.org/1.0/")},
                     {"version", QStringLiteral("24")},
                     {"lastModified", QStringLiteral("0")},
                     {"id", QStringLiteral("root")}});

    // The standard objects the rules refer to.
    xml.writeStartElement(QStringLiteral("Library"));
    attributes(xml, {{"id", QStringLiteral("syslib000")},
                     {"color", QStringLiteral("#d4f8ff")},
                     {"name", QStringLiteral("Standard")},
                     {"comment", QStringLiteral("Standard objects")},
                     {"ro", QStringLiteral("False")}});
    xml.writeEmptyElement(QStringLiteral("AnyNetwork"));
    attributes(xml, {{"id", anyNetwork},
                     {"name", QStringLiteral("Any")},
                     {"comment", QStringLiteral("Any Network")},
                     {"ro", QStringLiteral("False")},
                     {"address", QStringLiteral("0.0.0.0")},
                     {"netmask", QStringLiteral("0.0.0.0")}});
    xml.writeEmptyElement(QStringLiteral("AnyIPService"));
    attributes(xml, {{"id", anyService},
                     {"protocol_num", QStringLiteral("0")},
                     {"name", QStringLiteral("Any")},
                     {"comment", QStringLiteral("Any IP Service")},
                     {"ro", QStringLiteral("False")}});
    xml.writeEmptyElement(QStringLiteral("AnyInterval"));
    attributes(xml, {{"id", anyTime}, {"days_of_week", QStringLiteral("0,1,2,3,4,5,6")}});
    for (const char *field :
         {"from_day", "from_hour", "from_minute", "from_month", "from_weekday", "from_year",
          "to_day", "to_hour", "to_minute", "to_month", "to_weekday", "to_year"})
        xml.writeAttribute(QLatin1String(field), QStringLiteral("-1"));
    attributes(xml, {{"name", QStringLiteral("Any")},
                     {"comment", QStringLiteral("Any Interval")},
                     {"ro", QStringLiteral("False")}});
    xml.writeEndElement(); // Library

    xml.writeStartElement(QStringLiteral("Library"));
    attributes(xml, {{"id", QStringLiteral("lib1")},
                     {"color", QStringLiteral("#d2ffd0")},
                     {"name", QStringLiteral("User")},
                     {"comment", QString()},
                     {"ro", QStringLiteral("False")}});
    xml.writeStartElement(QStringLiteral("ObjectGroup"));
    attributes(xml, {{"id", QStringLiteral("objects")},
                     {"name", QStringLiteral("Objects")},
                     {"comment", QString()},
                     {"ro", QStringLiteral("False")}});

    // Every host address an object; every role a group of its hosts' addresses.
    QHash<QString, QStringList> members;
    xml.writeStartElement(QStringLiteral("ObjectGroup"));
    attributes(xml, {{"id", QStringLiteral("addresses")},
                     {"name", QStringLiteral("Addresses")},
                     {"comment", QString()},
                     {"ro", QStringLiteral("False")}});
    int next = 0;
    for (const Host &host : project.hosts) {
        for (const Address &address : host.addresses) {
            const QString id = QStringLiteral("a%1").arg(next++);
            QString element;
            QString netmask;
            Address base = Address::fromBytes(address.family(), address.bytes());
            if (address.isIPv4()) {
                element = address.isNetwork() ? QStringLiteral("Network") : QStringLiteral("IPv4");
                netmask = ipv4Mask(address.isNetwork() ? address.prefixLength() : 32);
            } else {
                element =
                    address.isNetwork() ? QStringLiteral("NetworkIPv6") : QStringLiteral("IPv6");
                netmask = QString::number(address.isNetwork() ? address.prefixLength() : 128);
            }
            xml.writeEmptyElement(element);
            attributes(xml, {{"id", id},
                             {"name", host.name + u' ' + address.toString()},
                             {"comment", QString()},
                             {"ro", QStringLiteral("False")},
                             {"address", base.toString()},
                             {"netmask", netmask}});
            members[host.role].append(id);
        }
    }
    xml.writeEndElement(); // Addresses
    xml.writeStartElement(QStringLiteral("ObjectGroup"));
    attributes(xml, {{"id", QStringLiteral("groups")},
                     {"name", QStringLiteral("Groups")},
                     {"comment", QString()},
                     {"ro", QStringLiteral("False")}});
    for (const Role &role : catalog.roles()) {
        if (role.pseudo || members.value(role.id).isEmpty())
            continue;
        xml.writeStartElement(QStringLiteral("ObjectGroup"));
        attributes(xml, {{"id", QStringLiteral("role-") + role.id},
                         {"name", role.id},
                         {"comment", QString()},
                         {"ro", QStringLiteral("False")}});
        for (const QString &id : members.value(role.id)) {
            xml.writeEmptyElement(QStringLiteral("ObjectRef"));
            xml.writeAttribute(QStringLiteral("ref"), id);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // Groups
    xml.writeEndElement(); // Objects

    xml.writeStartElement(QStringLiteral("ServiceGroup"));
    attributes(xml, {{"id", QStringLiteral("services")},
                     {"name", QStringLiteral("Services")},
                     {"comment", QString()},
                     {"ro", QStringLiteral("False")}});
    for (int f = 0; f < catalog.flows().size(); ++f)
        serviceElement(xml, QStringLiteral("s%1").arg(f), catalog.flows()[f]);
    xml.writeEndElement(); // Services

    xml.writeStartElement(QStringLiteral("ObjectGroup"));
    attributes(xml, {{"id", QStringLiteral("firewalls")},
                     {"name", QStringLiteral("Firewalls")},
                     {"comment", QString()},
                     {"ro", QStringLiteral("False")}});
    xml.writeStartElement(QStringLiteral("Firewall"));
    attributes(xml, {{"id", QStringLiteral("fw1")},
                     {"host_OS", QStringLiteral("linux24")},
                     {"inactive", QStringLiteral("False")},
                     {"lastCompiled", QStringLiteral("0")},
                     {"lastInstalled", QStringLiteral("0")},
                     {"lastModified", QStringLiteral("0")},
                     {"platform", QStringLiteral("iptables")},
                     {"version", QString()},
                     {"name", QStringLiteral("fw")},
                     {"comment", QString()},
                     {"ro", QStringLiteral("False")}});
    auto ruleSet = [&](const char *element, const char *id, const char *name, bool mixed) {
        xml.writeStartElement(QLatin1String(element));
        attributes(xml,
                   {{"id", QLatin1String(id)},
                    {"name", QLatin1String(name)},
                    {"comment", QString()},
                    {"ro", QStringLiteral("False")},
                    {"ipv4_rule_set", mixed ? QStringLiteral("True") : QStringLiteral("False")},
                    {"ipv6_rule_set", mixed ? QStringLiteral("True") : QStringLiteral("False")},
                    {"top_rule_set", QStringLiteral("True")}});
    };
    ruleSet("NAT", "nat1", "NAT", false);
    xml.writeEmptyElement(QStringLiteral("RuleSetOptions"));
    xml.writeEndElement();
    // The policy: one group-to-group rule per flow, for IPv4 and IPv6.
    ruleSet("Policy", "policy1", "Policy", true);
    for (int f = 0; f < catalog.flows().size(); ++f) {
        const Flow &flow = catalog.flows()[f];
        xml.writeStartElement(QStringLiteral("PolicyRule"));
        attributes(xml, {{"id", QStringLiteral("r%1").arg(f)},
                         {"disabled", QStringLiteral("False")},
                         {"log", QStringLiteral("False")},
                         {"position", QString::number(f)},
                         {"action", QStringLiteral("Accept")},
                         {"direction", QStringLiteral("Both")},
                         {"comment", flow.id}});
        auto element = [&](const char *name, const QList<int> &roles) {
            xml.writeStartElement(QLatin1String(name));
            xml.writeAttribute(QStringLiteral("neg"), QStringLiteral("False"));
            for (int role : roles) {
                xml.writeEmptyElement(QStringLiteral("ObjectRef"));
                xml.writeAttribute(QStringLiteral("ref"),
                                   catalog.roles()[role].pseudo
                                       ? anyNetwork
                                       : QStringLiteral("role-") + catalog.roles()[role].id);
            }
            xml.writeEndElement();
        };
        element("Src", flow.sourceRoles);
        element("Dst", flow.destinationRoles);
        xml.writeStartElement(QStringLiteral("Srv"));
        xml.writeAttribute(QStringLiteral("neg"), QStringLiteral("False"));
        xml.writeEmptyElement(QStringLiteral("ServiceRef"));
        xml.writeAttribute(QStringLiteral("ref"), QStringLiteral("s%1").arg(f));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("Itf"));
        xml.writeAttribute(QStringLiteral("neg"), QStringLiteral("False"));
        xml.writeEmptyElement(QStringLiteral("ObjectRef"));
        xml.writeAttribute(QStringLiteral("ref"), anyNetwork);
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("When"));
        xml.writeAttribute(QStringLiteral("neg"), QStringLiteral("False"));
        xml.writeEmptyElement(QStringLiteral("IntervalRef"));
        xml.writeAttribute(QStringLiteral("ref"), anyTime);
        xml.writeEndElement();
        xml.writeEmptyElement(QStringLiteral("PolicyRuleOptions"));
        xml.writeEndElement(); // PolicyRule
    }
    xml.writeEmptyElement(QStringLiteral("RuleSetOptions"));
    xml.writeEndElement(); // Policy
    ruleSet("Routing", "routing1", "Routing", false);
    xml.writeEmptyElement(QStringLiteral("RuleSetOptions"));
    xml.writeEndElement();
    // Three interfaces with IPv4 and IPv6 addresses (without an IPv6
    // address fwb_ipt leaves the IPv6 rules out).
    const QStringList interfaces{QStringLiteral("clients"), QStringLiteral("dmz"),
                                 QStringLiteral("inside")};
    for (int i = 0; i < interfaces.size(); ++i) {
        xml.writeStartElement(QStringLiteral("Interface"));
        attributes(xml, {{"id", QStringLiteral("if%1").arg(i)},
                         {"dedicated_failover", QStringLiteral("False")},
                         {"dyn", QStringLiteral("False")},
                         {"security_level", QStringLiteral("0")},
                         {"unnum", QStringLiteral("False")},
                         {"unprotected", QStringLiteral("False")},
                         {"name", interfaces.at(i)},
                         {"comment", QString()},
                         {"ro", QStringLiteral("False")}});
        xml.writeEmptyElement(QStringLiteral("IPv4"));
        attributes(xml, {{"id", QStringLiteral("if%1-v4").arg(i)},
                         {"name", QStringLiteral("ip")},
                         {"comment", QString()},
                         {"ro", QStringLiteral("False")},
                         {"address", QStringLiteral("192.0.2.%1").arg(1 + 64 * i)},
                         {"netmask", QStringLiteral("255.255.255.192")}});
        xml.writeEmptyElement(QStringLiteral("IPv6"));
        attributes(xml, {{"id", QStringLiteral("if%1-v6").arg(i)},
                         {"name", QStringLiteral("ip6")},
                         {"comment", QString()},
                         {"ro", QStringLiteral("False")},
                         {"address", QStringLiteral("2001:db8:ffff:%1::1").arg(i)},
                         {"netmask", QStringLiteral("64")}});
        xml.writeEmptyElement(QStringLiteral("InterfaceOptions"));
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("Management"));
    xml.writeAttribute(QStringLiteral("address"), QStringLiteral("0.0.0.0"));
    xml.writeEmptyElement(QStringLiteral("SNMPManagement"));
    attributes(xml, {{"enabled", QStringLiteral("False")},
                     {"snmp_read_community", QString()},
                     {"snmp_write_community", QString()}});
    xml.writeEmptyElement(QStringLiteral("FWBDManagement"));
    attributes(xml, {{"enabled", QStringLiteral("False")},
                     {"identity", QString()},
                     {"port", QStringLiteral("-1")}});
    xml.writeEmptyElement(QStringLiteral("PolicyInstallScript"));
    attributes(
        xml,
        {{"arguments", QString()}, {"command", QString()}, {"enabled", QStringLiteral("False")}});
    xml.writeEndElement(); // Management
    xml.writeStartElement(QStringLiteral("FirewallOptions"));
    auto option = [&](const char *name, const QString &value) {
        xml.writeStartElement(QStringLiteral("Option"));
        xml.writeAttribute(QStringLiteral("name"), QLatin1String(name));
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    option("check_shading", shadowingCheck ? QStringLiteral("true") : QStringLiteral("false"));
    option("firewall_is_part_of_any_and_networks", QStringLiteral("false"));
    option("linux24_ip_forward", QStringLiteral("1"));
    xml.writeEndElement(); // FirewallOptions
    xml.writeEndElement(); // Firewall
    xml.writeEndElement(); // Firewalls
    xml.writeEndElement(); // User library
    xml.writeEndElement(); // FWObjectDatabase
    xml.writeEndDocument();
    return out;
}

} // namespace Portolan
