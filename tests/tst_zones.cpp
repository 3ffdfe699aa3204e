// Zones and firewalls in the model (docs/zones.md): which zone an address is
// in, the firewall paths between zones and their ties, what a rule from `any`
// crosses, where every derived rule lands, the findings, and the round trip of
// version 2 project files.
//
// Graphs are written compactly: zones as "a b inet!" (a trailing '!' makes an
// external zone; a zone's name is its id), firewalls as
// "FW-A=a:eth0,b:eth1; FW-B#id=..." (the id defaults to the lower-case name).
// A path or crossing list reads "FW-A[eth0>eth1] FW-B[...]", several
// interfaces of a crossing joined by ';' in name order.

#include "findings.h"
#include "firewallpaths.h"
#include "projectfile.h"
#include "ruleplacement.h"
#include "rules.h"
#include "zonemap.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Portolan;

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList lines(std::initializer_list<const char *> utf8)
{
    QStringList result;
    for (const char *line : utf8)
        result.append(text(line));
    return result;
}

std::shared_ptr<const Catalog> lync()
{
    return Catalog::load(QStringLiteral("lync2013-single-director"));
}

Address address(const QString &text)
{
    QString why;
    const auto parsed = Address::parse(text, &why);
    if (!parsed)
        qFatal("test address %s: %s", qPrintable(text), qPrintable(why));
    return *parsed;
}

/// Zones from "id=net,net id2=net ..." (a trailing '!' on the id: external).
std::vector<Zone> zonesFrom(const QString &spec)
{
    std::vector<Zone> zones;
    for (const QString &part : spec.split(u' ', Qt::SkipEmptyParts)) {
        Zone zone;
        QString id = part.section(u'=', 0, 0);
        if (id.endsWith(u'!')) {
            id.chop(1);
            zone.kind = Zone::Kind::External;
        }
        zone.id = id;
        zone.name = id;
        const QString networks = part.section(u'=', 1);
        for (const QString &network : networks.split(u',', Qt::SkipEmptyParts))
            zone.networks.append(address(network));
        zones.push_back(zone);
    }
    return zones;
}

/// A project of the graph @p zones (see zonesFrom) and @p firewalls.
Project graph(const QString &zones, const QString &firewalls)
{
    Project project;
    project.catalogIds = {QStringLiteral("lync2013-single-director")};
    project.zones = zonesFrom(zones);
    for (const QString &part : firewalls.split(u';', Qt::SkipEmptyParts)) {
        Firewall firewall;
        const QString head = part.section(u'=', 0, 0).trimmed();
        firewall.name = head.section(u'#', 0, 0);
        firewall.id = head.contains(u'#') ? head.section(u'#', 1) : firewall.name.toLower();
        for (const QString &interface : part.section(u'=', 1).split(u',', Qt::SkipEmptyParts))
            firewall.interfaces.append(
                {interface.section(u':', 0, 0).trimmed(), interface.section(u':', 1), {}});
        project.firewalls.push_back(firewall);
    }
    return project;
}

QString hopsText(const Project &project, const std::vector<FirewallHop> &hops)
{
    QStringList parts;
    for (const FirewallHop &hop : hops) {
        const Firewall &firewall = project.firewalls[size_t(hop.firewall)];
        parts.append(firewall.name + u'[' + firewall.interfaces[hop.ingress].name + u'>' +
                     firewall.interfaces[hop.egress].name + u']');
    }
    return parts.join(u' ');
}

template<typename Crossings>
QString crossingsText(const Project &project, const FirewallPaths &paths,
                      const Crossings &crossings)
{
    QStringList parts;
    for (const FirewallCrossing &crossing : crossings) {
        const Firewall &firewall = project.firewalls[size_t(crossing.firewall)];
        auto names = [&](quint64 mask) {
            QStringList list;
            for (int i : paths.interfacesInNameOrder(crossing.firewall, mask))
                list.append(firewall.interfaces[i].name);
            return list.join(u';');
        };
        parts.append(firewall.name + u'[' + names(crossing.ingress) + u'>' +
                     names(crossing.egress) + u']');
    }
    return parts.join(u' ');
}

/// "Servers", "any", "none" or "several" for a zone as RulePlacement gives it.
QString zoneText(const Project &project, int zone)
{
    switch (zone) {
    case RulePlacement::anyZone:
        return QStringLiteral("any");
    case ZoneMap::noZone:
        return QStringLiteral("none");
    case ZoneMap::severalZones:
        return QStringLiteral("several");
    default:
        return project.zones[size_t(zone)].name;
    }
}

/// A finding as "error: MESSAGE {zone srv}".
QString findingText(const Finding &finding)
{
    QString text = (finding.severity == Finding::Severity::Error ? QStringLiteral("error: ")
                                                                 : QStringLiteral("warning: ")) +
                   finding.message;
    QStringList about;
    if (!finding.hostId.isEmpty())
        about.append(QStringLiteral("host ") + finding.hostId);
    if (!finding.zoneId.isEmpty())
        about.append(QStringLiteral("zone ") + finding.zoneId);
    if (!finding.firewallId.isEmpty())
        about.append(QStringLiteral("firewall ") + finding.firewallId);
    if (!about.isEmpty())
        text += QStringLiteral(" {") + about.join(QStringLiteral(", ")) + u'}';
    return text;
}

/// The site the placement and findings tests share: an Internet (IPv4 only,
/// so an IPv6 address can be in no zone), a perimeter, servers, clients and a
/// lab that no firewall joins; FW-EXT, FW-INT and FW-CORE as in a Lync site,
/// @p extraFirewalls after them. Hosts: a multi-homed Director (dir2, one
/// address in the perimeter), a Front-End Server with an IPv6 address in no
/// zone, a client network spanning zones and one in the lab.
QByteArray siteJson(const QByteArray &extraFirewalls = {}, const QByteArray &anyZones = {})
{
    return R"({"format": "portolan-topology", "version": 2, "catalog": "lync2013-single-director",
  "zones": [
    {"id": "inet", "name": "Internet", "kind": "external", "networks": ["0.0.0.0/0"]},
    {"id": "dmz", "name": "Perimeter", "kind": "perimeter", "networks": ["172.16.0.0/16", "2001:db8:ff::/48"]},
    {"id": "srv", "name": "Servers", "kind": "internal", "networks": ["10.1.0.0/16", "2001:db8:1::/48"]},
    {"id": "cli", "name": "Clients", "kind": "internal", "networks": ["10.20.0.0/16", "2001:db8:200::/48"]},
    {"id": "lab", "name": "Lab", "kind": "internal", "networks": ["10.99.0.0/16"]}
  ],
  "firewalls": [
    {"id": "fw-ext", "name": "FW-EXT", "interfaces": [{"zone": "inet", "name": "outside"}, {"zone": "dmz", "name": "dmz"}]},
    {"id": "fw-int", "name": "FW-INT", "interfaces": [{"zone": "dmz", "name": "dmz"}, {"zone": "srv", "name": "inside"}]},
    {"id": "fw-core", "name": "FW-CORE", "interfaces": [{"zone": "cli", "name": "clients"}, {"zone": "srv", "name": "servers"}]})" +
           extraFirewalls + R"(
  ],)" + anyZones +
           R"(
  "hosts": [
    {"id": "rp1", "name": "LYNC-RP-01", "role": "reverse-proxy", "addresses": ["172.16.1.10"]},
    {"id": "edge1", "name": "LYNC-EDGE-01", "role": "edge-internal", "addresses": ["172.16.4.10", "2001:db8:ff::10"]},
    {"id": "dir1", "name": "LYNC-DIR-01", "role": "director", "addresses": ["10.1.2.20", "2001:db8:1::20"]},
    {"id": "dir2", "name": "LYNC-DIR-02", "role": "director", "addresses": ["10.1.2.21", "172.16.2.21"]},
    {"id": "pool", "name": "LYNC-POOL-01", "role": "front-end-pool", "addresses": ["10.1.3.10"]},
    {"id": "fe1", "name": "LYNC-FE-01", "role": "front-end-server", "addresses": ["10.1.3.11", "2001:db8:99::11"]},
    {"id": "clients-hq", "name": "CLIENTS-HQ", "role": "internal-clients", "addresses": ["10.20.0.0/16", "2001:db8:200::/56"]},
    {"id": "clients-wide", "name": "CLIENTS-WIDE", "role": "internal-clients", "addresses": ["10.0.0.0/8"]},
    {"id": "clients-lab", "name": "CLIENTS-LAB", "role": "internal-clients", "addresses": ["10.99.0.0/24"]}
  ]
})";
}

bool parseProject(const QByteArray &json, Project *project)
{
    QString error;
    if (ProjectFile::parse(json, QStringLiteral("site.json"), project, &error))
        return true;
    qWarning("%s", qPrintable(error));
    return false;
}

/// "6 clients-hq 10.20.0.0/16 > dir1 10.1.2.20": a rule by its flow's number in
/// PORTS.md and its ends.
QString ruleText(const Project &project, const Rule &rule)
{
    auto end = [&](quint32 host, quint16 index) {
        const Host &h = project.hosts[host];
        return h.id + u' ' + h.addresses[index].toString();
    };
    const QString source =
        rule.isFromAny() ? QStringLiteral("any") : end(rule.sourceHost, rule.sourceAddress);
    return QString::number(rule.flow + 1) + u' ' + source + QStringLiteral(" > ") +
           end(rule.destinationHost, rule.destinationAddress);
}

// 128-bit values for the reference implementation of the randomized test.
__extension__ typedef unsigned __int128 Wide;

Wide wideOf(const Address &a)
{
    Wide value = 0;
    const int bytes = a.isIPv4() ? 4 : 16;
    for (int i = 0; i < bytes; ++i)
        value = value << 8 | a.bytes()[size_t(i)];
    return value;
}

Address addressOf(Wide value, bool v6, int prefix = -1)
{
    QString text;
    if (v6) {
        QStringList groups;
        for (int i = 7; i >= 0; --i)
            groups.append(QString::number(quint16(value >> (16 * i)), 16));
        text = groups.join(u':');
    } else {
        text = QStringLiteral("%1.%2.%3.%4")
                   .arg(quint8(value >> 24))
                   .arg(quint8(value >> 16))
                   .arg(quint8(value >> 8))
                   .arg(quint8(value));
    }
    if (prefix >= 0)
        text += u'/' + QString::number(prefix);
    return address(text);
}

/// The zone by a scan of every network: longest prefix, first zone on equal networks.
int referenceZone(const Project &project, Wide value, bool v6)
{
    const int bits = v6 ? 128 : 32;
    int best = ZoneMap::noZone;
    int bestPrefix = -1;
    for (size_t z = 0; z < project.zones.size(); ++z) {
        for (const Address &network : project.zones[z].networks) {
            if (network.isIPv6() != v6)
                continue;
            const int prefix = network.prefixLength();
            const Wide mask = prefix == 0 ? 0 : ~Wide(0) << (bits - prefix);
            if (((value ^ wideOf(network)) & mask & (v6 ? ~Wide(0) : Wide(0xFFFFFFFFu))) == 0 &&
                prefix > bestPrefix) {
                best = int(z);
                bestPrefix = prefix;
            }
        }
    }
    return best;
}

} // namespace

class TestZones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneOf_data();
    void zoneOf();
    void zonesIn_data();
    void zonesIn();
    void zoneMapMatchesAScan_data();
    void zoneMapMatchesAScan();
    void hostAddressZones();
    void paths_data();
    void paths();
    void any_data();
    void any();
    void placement_data();
    void placement();
    void rulesByFirewall();
    void withoutZones();
    void multiHomedHostTalksToItself();
    void ipv6OnlyZone();
    void findings_data();
    void findings();
    void roundTrip();
    void versionFollowsContent_data();
    void versionFollowsContent();
};

void TestZones::zoneOf_data()
{
    QTest::addColumn<QString>("zones");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("zone");
    const QString nested = QStringLiteral("big=10.0.0.0/8 small=10.1.0.0/16");
    const QString nestedReversed = QStringLiteral("small=10.1.0.0/16 big=10.0.0.0/8");
    QTest::newRow("nested: inner") << nested << "10.1.2.3" << 1;
    QTest::newRow("nested: outer") << nested << "10.2.0.1" << 0;
    QTest::newRow("nested: inner's last address") << nested << "10.1.255.255" << 1;
    QTest::newRow("nested: right after inner") << nested << "10.2.0.0" << 0;
    QTest::newRow("nested: right before inner") << nested << "10.0.255.255" << 0;
    QTest::newRow("nested: outside") << nested << "11.0.0.1" << ZoneMap::noZone;
    QTest::newRow("nested, listed inner first: inner") << nestedReversed << "10.1.2.3" << 0;
    QTest::newRow("nested, listed inner first: outer") << nestedReversed << "10.200.0.1" << 1;
    const QString catchAll = QStringLiteral("inet!=0.0.0.0/0,::/0 srv=10.1.0.0/16");
    QTest::newRow("catch-all: public address") << catchAll << "8.8.8.8" << 0;
    QTest::newRow("catch-all: first address") << catchAll << "0.0.0.0" << 0;
    QTest::newRow("catch-all: last address") << catchAll << "255.255.255.255" << 0;
    QTest::newRow("catch-all: inner zone") << catchAll << "10.1.0.1" << 1;
    QTest::newRow("catch-all: IPv6") << catchAll << "2001:db8::1" << 0;
    QTest::newRow("catch-all: last IPv6")
        << catchAll << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" << 0;
    QTest::newRow("catch-all: the whole IPv4 space") << catchAll << "0.0.0.0/0" << -2;
    QTest::newRow("catch-all: the whole IPv6 space") << catchAll << "::/0" << 0;
    const QString v6only = QStringLiteral("v6=2001:db8::/32 v4=10.0.0.0/8");
    QTest::newRow("IPv6-only zone: inside") << v6only << "2001:db8::1" << 0;
    QTest::newRow("IPv6-only zone: outside") << v6only << "2001:db9::1" << ZoneMap::noZone;
    QTest::newRow("IPv6-only zone: IPv4 is apart") << v6only << "10.1.2.3" << 1;
    QTest::newRow("IPv4-mapped IPv6 is IPv6") << v6only << "::ffff:10.1.2.3" << ZoneMap::noZone;
    QTest::newRow("client network inside one zone") << nested << "10.1.2.0/24" << 1;
    QTest::newRow("client network equal to a zone network") << nested << "10.1.0.0/16" << 1;
    QTest::newRow("client network as /32") << nested << "10.1.2.3/32" << 1;
    QTest::newRow("client network spanning an inner zone") << nested << "10.0.0.0/12" << -2;
    QTest::newRow("client network around two zones")
        << QStringLiteral("a=10.1.0.0/16 b=10.2.0.0/16") << "10.0.0.0/8" << -2;
    QTest::newRow("client network partly in no zone")
        << QStringLiteral("a=10.1.0.0/16") << "10.0.0.0/8" << -2;
    QTest::newRow("client network in no zone")
        << QStringLiteral("a=10.1.0.0/16") << "192.168.0.0/16" << ZoneMap::noZone;
    QTest::newRow("client network over an inner network of its own zone")
        << QStringLiteral("a=10.0.0.0/8,10.1.0.0/16 b=10.2.0.0/16") << "10.0.0.0/15" << 0;
    QTest::newRow("client network covered by two halves of one zone")
        << QStringLiteral("a=10.0.0.0/9,10.128.0.0/9") << "10.0.0.0/8" << 0;
    QTest::newRow("same network in two zones: the first")
        << QStringLiteral("a=10.1.0.0/16 b=10.1.0.0/16") << "10.1.2.3" << 0;
    const QString wide = QStringLiteral("net=2001:db8:0:1::/64 half=2001:db8::/63");
    QTest::newRow("IPv6 /64: last address") << wide << "2001:db8:0:1:ffff:ffff:ffff:ffff" << 0;
    QTest::newRow("IPv6 /63 around a /64") << wide << "2001:db8::5" << 1;
    QTest::newRow("IPv6 after the /63") << wide << "2001:db8:0:2::" << ZoneMap::noZone;
    QTest::newRow("IPv6 network spanning a /64") << wide << "2001:db8::/62" << -2;
    QTest::newRow("IPv6 network inside the /64") << wide << "2001:db8:0:1:8000::/65" << 0;
}

void TestZones::zoneOf()
{
    QFETCH(QString, zones);
    QFETCH(QString, address);
    QFETCH(int, zone);
    const ZoneMap map(graph(zones, {}));
    QCOMPARE(map.zoneCount(), int(zonesFrom(zones).size()));
    QCOMPARE(map.zoneOf(::address(address)), zone);
}

void TestZones::zonesIn_data()
{
    QTest::addColumn<QString>("zones");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QList<int>>("expected");
    const QString site = QStringLiteral("inet!=0.0.0.0/0 srv=10.1.0.0/16 cli=10.20.0.0/16");
    QTest::newRow("one zone") << site << "10.1.2.0/24" << QList<int>{1};
    QTest::newRow("catch-all and two inner zones") << site << "10.0.0.0/8" << QList<int>{0, 1, 2};
    QTest::newRow("partly in no zone")
        << QStringLiteral("srv=10.1.0.0/16") << "10.0.0.0/8" << QList<int>{-1, 0};
    QTest::newRow("no zone at all") << site << "2001:db8::/32" << QList<int>{-1};
}

void TestZones::zonesIn()
{
    QFETCH(QString, zones);
    QFETCH(QString, network);
    QFETCH(QList<int>, expected);
    QCOMPARE(ZoneMap(graph(zones, {})).zonesIn(address(network)), expected);
}

void TestZones::zoneMapMatchesAScan_data()
{
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("lowestBit"); ///< the random part of addresses starts here
    QTest::addColumn<int>("highestBit");
    QTest::newRow("IPv4") << false << 0 << 16;
    QTest::newRow("IPv6, low word") << true << 0 << 20;
    QTest::newRow("IPv6, across the two words") << true << 52 << 76;
    QTest::newRow("IPv6, high word") << true << 100 << 124;
}

void TestZones::zoneMapMatchesAScan()
{
    QFETCH(bool, v6);
    QFETCH(int, lowestBit);
    QFETCH(int, highestBit);
    const int bits = v6 ? 128 : 32;
    std::mt19937_64 random(20261125);
    const Wide base = v6 ? Wide(0x20010db8) << 96 : Wide(10) << 24;
    auto randomAddress = [&] {
        Wide value = 0;
        for (int bit = lowestBit; bit < highestBit; ++bit)
            value |= Wide(random() & 1) << bit;
        return base | value;
    };
    auto randomPrefix = [&] {
        return bits - lowestBit - int(random() % quint64(highestBit - lowestBit + 1));
    };
    auto network = [&](Wide value, int prefix) {
        const Wide mask = prefix == 0 ? 0 : ~Wide(0) << (bits - prefix);
        return addressOf(value & mask, v6, prefix);
    };

    // 40 zones, 400 networks (nested and disjoint at random; repeats skipped).
    Project project;
    for (int z = 0; z < 40; ++z) {
        Zone zone;
        zone.id = QStringLiteral("z%1").arg(z);
        project.zones.push_back(zone);
    }
    QSet<QString> seen;
    for (int n = 0; n < 400; ++n) {
        const Address net = network(randomAddress(), randomPrefix());
        if (seen.contains(net.toString()))
            continue;
        seen.insert(net.toString());
        project.zones[size_t(random() % 40)].networks.append(net);
    }
    const ZoneMap map(project);

    for (int i = 0; i < 2000; ++i) {
        const Wide value = randomAddress();
        const Address host = addressOf(value, v6);
        QCOMPARE(map.zoneOf(host), referenceZone(project, value, v6));

        // A network's zones: the zone function only changes where a network
        // starts or right after one ends, so those places inside it are enough.
        const int prefix = randomPrefix();
        const Address query = network(value, prefix);
        const Wide first = wideOf(query);
        const Wide last = first | (prefix == bits ? 0 : (~Wide(0) >> (128 - (bits - prefix))));
        QSet<int> zones{referenceZone(project, first, v6)};
        for (const Zone &zone : project.zones) {
            for (const Address &n : zone.networks) {
                const Wide start = wideOf(n);
                const Wide end = start | (n.prefixLength() == bits
                                              ? 0
                                              : (~Wide(0) >> (128 - (bits - n.prefixLength()))));
                if (start > first && start <= last)
                    zones.insert(referenceZone(project, start, v6));
                if (end >= first && end < last)
                    zones.insert(referenceZone(project, end + 1, v6));
            }
        }
        QList<int> expected = zones.values();
        std::sort(expected.begin(), expected.end());
        QCOMPARE(map.zonesIn(query), expected);
        QCOMPARE(map.zoneOf(query), expected.size() == 1 ? expected.first() : -2);
    }
}

void TestZones::hostAddressZones()
{
    Project project = graph(QStringLiteral("dmz=172.16.0.0/16 srv=10.1.0.0/16"), {});
    Host multiHomed;
    multiHomed.addresses = {address(QStringLiteral("172.16.2.21")),
                            address(QStringLiteral("10.1.2.21")),
                            address(QStringLiteral("2001:db8::21"))};
    Host none;
    Host spanning;
    spanning.addresses = {address(QStringLiteral("0.0.0.0/0"))};
    project.hosts = {multiHomed, none, spanning};
    const HostAddressZones table = ZoneMap(project).hostAddressZones(project);
    QCOMPARE(table.first, (std::vector<quint32>{0, 3, 3, 4}));
    QCOMPARE(table.zoneOf(0, 0), 0);
    QCOMPARE(table.zoneOf(0, 1), 1);
    QCOMPARE(table.zoneOf(0, 2), ZoneMap::noZone);
    QCOMPARE(table.zoneOf(2, 0), ZoneMap::severalZones);
}

void TestZones::paths_data()
{
    QTest::addColumn<QString>("zones");
    QTest::addColumn<QString>("firewalls");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<int>("distance");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("tied");
    QTest::addColumn<QString>("alternative");

    const QString chain = QStringLiteral("FW1=a:a1,b:b1; FW2=b:b2,c:c2");
    QTest::newRow("chain of three zones")
        << "a b c" << chain << "a"
        << "c" << 2 << "FW1[a1>b1] FW2[b2>c2]" << false << "FW1[a1>b1] FW2[b2>c2]";
    QTest::newRow("chain, the way back")
        << "a b c" << chain << "c"
        << "a" << 2 << "FW2[c2>b2] FW1[b1>a1]" << false << "FW2[c2>b2] FW1[b1>a1]";
    QTest::newRow("chain, one hop") << "a b c" << chain << "b"
                                    << "c" << 1 << "FW2[b2>c2]" << false << "FW2[b2>c2]";
    QTest::newRow("same zone") << "a b c" << chain << "b"
                               << "b" << 0 << "" << false << "";
    QTest::newRow("two ways: by name") << "a d"
                                       << "FW-B=a:x,d:y; FW-A=a:x,d:y"
                                       << "a"
                                       << "d" << 1 << "FW-A[x>y]" << true << "FW-B[x>y]";
    QTest::newRow("two ways: natural name order")
        << "a d"
        << "FW-10=a:x,d:y; FW-9=a:x,d:y"
        << "a"
        << "d" << 1 << "FW-9[x>y]" << true << "FW-10[x>y]";
    QTest::newRow("two ways: equal names, by id")
        << "a d"
        << "FW#fw-2=a:second,d:y; FW#fw-1=a:first,d:y"
        << "a"
        << "d" << 1 << "FW[first>y]" << true << "FW[second>y]";
    QTest::newRow("two ways of two hops")
        << "a b c d"
        << "F4=c:c4,d:d4; F3=b:b3,d:d3; F2=a:a2,c:c2; F1=a:a1,b:b1"
        << "a"
        << "d" << 2 << "F1[a1>b1] F3[b3>d3]" << true << "F2[a2>c2] F4[c4>d4]";
    QTest::newRow("two ways of two hops, the way back")
        << "a b c d"
        << "F4=c:c4,d:d4; F3=b:b3,d:d3; F2=a:a2,c:c2; F1=a:a1,b:b1"
        << "d"
        << "a" << 2 << "F3[d3>b3] F1[b1>a1]" << true << "F4[d4>c4] F2[c2>a2]";
    QTest::newRow("the first hop decides, not the last")
        << "a b c d"
        << "Z1=a:a,b:b; A2=b:b,d:d; A1=a:a,c:c; Z2=c:c,d:d"
        << "a"
        << "d" << 2 << "A1[a>c] Z2[c>d]" << true << "Z1[a>b] A2[b>d]";
    QTest::newRow("same firewalls, other interfaces")
        << "a b c d"
        << "F1=a:a,b:to-b,c:to-c; F2=b:from-b,c:from-c,d:d"
        << "a"
        << "d" << 2 << "F1[a>to-b] F2[from-b>d]" << true << "F1[a>to-c] F2[from-c>d]";
    QTest::newRow("shorter beats name order") << "a b c"
                                              << "A1=a:a,b:b; A2=b:b,c:c; Z=a:a,c:c"
                                              << "a"
                                              << "c" << 1 << "Z[a>c]" << false << "Z[a>c]";
    QTest::newRow("disconnected") << "a b c"
                                  << "FW1=a:a1,b:b1"
                                  << "a"
                                  << "c" << -1 << "" << false << "";
    QTest::newRow("no firewalls") << "a b"
                                  << ""
                                  << "a"
                                  << "b" << -1 << "" << false << "";
    QTest::newRow("firewall with three interfaces")
        << "a b c"
        << "FW3=a:lan,b:dmz,c:wan"
        << "a"
        << "c" << 1 << "FW3[lan>wan]" << false << "FW3[lan>wan]";
    QTest::newRow("three interfaces, then one more")
        << "a b c d"
        << "FW3=a:lan,b:dmz,c:wan; FW=c:in,d:out"
        << "b"
        << "d" << 2 << "FW3[dmz>wan] FW[in>out]" << false << "FW3[dmz>wan] FW[in>out]";
    QTest::newRow("interface on an unknown zone joins nothing")
        << "a b"
        << "FW=a:a,nowhere:x,b:b"
        << "a"
        << "b" << 1 << "FW[a>b]" << false << "FW[a>b]";
}

void TestZones::paths()
{
    QFETCH(QString, zones);
    QFETCH(QString, firewalls);
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(int, distance);
    QFETCH(QString, path);
    QFETCH(bool, tied);
    QFETCH(QString, alternative);
    const Project project = graph(zones, firewalls);
    const FirewallPaths paths(project);
    const int s = project.zoneIndex(source);
    const int t = project.zoneIndex(destination);
    QCOMPARE(paths.distance(s, t), distance);
    QCOMPARE(paths.isReachable(s, t), distance >= 0);
    QCOMPARE(hopsText(project, paths.path(s, t)), path);
    QCOMPARE(paths.isTied(s, t), tied);
    QCOMPARE(hopsText(project, paths.lastTiedPath(s, t)), alternative);
    QCOMPARE(int(paths.path(s, t).size()), std::max(distance, 0));
    // Asking again (from the cache) gives the same.
    QCOMPARE(hopsText(project, paths.path(s, t)), path);
}

void TestZones::any_data()
{
    QTest::addColumn<QString>("zones");
    QTest::addColumn<QString>("firewalls");
    QTest::addColumn<QString>("anyZones"); ///< "-": unset
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QList<int>>("sources");
    QTest::addColumn<QString>("crossings");

    // The seed's site: "any" to the Edge's internal interface in the perimeter.
    const QString site = QStringLiteral("inet! dmz srv cli");
    const QString siteFirewalls = QStringLiteral("FW-EXT=inet:outside,dmz:dmz; "
                                                 "FW-INT=dmz:dmz,srv:inside; "
                                                 "FW-CORE=cli:clients,srv:servers");
    QTest::newRow("default: not from the Internet")
        << site << siteFirewalls << "-"
        << "dmz" << QList<int>{1, 2, 3} << "FW-CORE[clients>servers] FW-INT[inside>dmz]";
    QTest::newRow("default, to the servers")
        << site << siteFirewalls << "-"
        << "srv" << QList<int>{1, 2, 3} << "FW-CORE[clients>servers] FW-INT[dmz>inside]";
    QTest::newRow("explicit: the Internet only") << site << siteFirewalls << "inet"
                                                 << "dmz" << QList<int>{0} << "FW-EXT[outside>dmz]";
    QTest::newRow("explicit: the Internet and the clients")
        << site << siteFirewalls << "cli,inet"
        << "dmz" << QList<int>{0, 3}
        << "FW-CORE[clients>servers] FW-EXT[outside>dmz] FW-INT[inside>dmz]";
    QTest::newRow("explicit: none") << site << siteFirewalls << ""
                                    << "dmz" << QList<int>{} << "";
    QTest::newRow("explicit: the destination only") << site << siteFirewalls << "dmz"
                                                    << "dmz" << QList<int>{1} << "";
    QTest::newRow("explicit: unknown ids left out")
        << site << siteFirewalls << "nowhere,srv"
        << "dmz" << QList<int>{2} << "FW-INT[inside>dmz]";
    QTest::newRow("several ingress interfaces")
        << "a b c d"
        << "FW3=c:lan-c,b:lan-b,d:out; X=a:a,b:b"
        << "-"
        << "d" << QList<int>{0, 1, 2, 3} << "FW3[lan-b;lan-c>out] X[a>b]";
    QTest::newRow("from both sides") << "a b c"
                                     << "F1=a:a,b:b; F2=b:b,c:c"
                                     << "-"
                                     << "b" << QList<int>{0, 1, 2} << "F1[a>b] F2[c>b]";
    QTest::newRow("unreachable sources add nothing") << "a b c"
                                                     << "FW=a:a,b:b"
                                                     << "-"
                                                     << "b" << QList<int>{0, 1, 2} << "FW[a>b]";
}

void TestZones::any()
{
    QFETCH(QString, zones);
    QFETCH(QString, firewalls);
    QFETCH(QString, anyZones);
    QFETCH(QString, destination);
    QFETCH(QList<int>, sources);
    QFETCH(QString, crossings);
    Project project = graph(zones, firewalls);
    if (anyZones != QLatin1String("-"))
        project.anyZones = anyZones.split(u',', Qt::SkipEmptyParts);
    const FirewallPaths paths(project);
    QCOMPARE(paths.anySourceZones(), sources);
    const int t = project.zoneIndex(destination);
    QCOMPARE(crossingsText(project, paths, paths.anyCrossings(t)), crossings);
    QCOMPARE(crossingsText(project, paths, paths.anyCrossings(t)), crossings); // cached
}

void TestZones::placement_data()
{
    QTest::addColumn<QByteArray>("anyZones");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("crossings");
    QTest::addColumn<bool>("placed");

    const QByteArray unset;
    QTest::newRow("seed's any to the Edge: not from the Internet")
        << unset << "11 any > edge1 172.16.4.10"
        << "any"
        << "Perimeter"
        << "FW-CORE[clients>servers] FW-INT[inside>dmz]" << true;
    QTest::newRow("any to the Edge over IPv6")
        << unset << "13 any > edge1 2001:db8:ff::10"
        << "any"
        << "Perimeter"
        << "FW-CORE[clients>servers] FW-INT[inside>dmz]" << true;
    QTest::newRow("any from the Internet only")
        << QByteArray(R"( "anyZones": ["inet"],)") << "11 any > edge1 172.16.4.10"
        << "any"
        << "Perimeter"
        << "FW-EXT[outside>dmz]" << true;
    QTest::newRow("any from the Internet and the clients")
        << QByteArray(R"( "anyZones": ["inet", "cli"],)") << "12 any > edge1 172.16.4.10"
        << "any"
        << "Perimeter"
        << "FW-CORE[clients>servers] FW-EXT[outside>dmz] FW-INT[inside>dmz]" << true;
    QTest::newRow("any from no zone")
        << QByteArray(R"( "anyZones": [],)") << "11 any > edge1 172.16.4.10"
        << "any"
        << "Perimeter"
        << "" << true;
    QTest::newRow("Edge to Director") << unset << "8 edge1 172.16.4.10 > dir1 10.1.2.20"
                                      << "Perimeter"
                                      << "Servers"
                                      << "FW-INT[dmz>inside]" << true;
    QTest::newRow("Edge to Director, IPv6")
        << unset << "8 edge1 2001:db8:ff::10 > dir1 2001:db8:1::20"
        << "Perimeter"
        << "Servers"
        << "FW-INT[dmz>inside]" << true;
    QTest::newRow("Director to Edge") << unset << "10 dir1 10.1.2.20 > edge1 172.16.4.10"
                                      << "Servers"
                                      << "Perimeter"
                                      << "FW-INT[inside>dmz]" << true;
    QTest::newRow("clients to Director") << unset << "6 clients-hq 10.20.0.0/16 > dir1 10.1.2.20"
                                         << "Clients"
                                         << "Servers"
                                         << "FW-CORE[clients>servers]" << true;
    QTest::newRow("clients to Director, IPv6")
        << unset << "7 clients-hq 2001:db8:200::/56 > dir1 2001:db8:1::20"
        << "Clients"
        << "Servers"
        << "FW-CORE[clients>servers]" << true;
    QTest::newRow("multi-homed Director: perimeter address, same zone")
        << unset << "1 rp1 172.16.1.10 > dir2 172.16.2.21"
        << "Perimeter"
        << "Perimeter"
        << "" << true;
    QTest::newRow("multi-homed Director: server address")
        << unset << "1 rp1 172.16.1.10 > dir2 10.1.2.21"
        << "Perimeter"
        << "Servers"
        << "FW-INT[dmz>inside]" << true;
    QTest::newRow("clients to the multi-homed Director's perimeter address")
        << unset << "6 clients-hq 10.20.0.0/16 > dir2 172.16.2.21"
        << "Clients"
        << "Perimeter"
        << "FW-CORE[clients>servers] FW-INT[inside>dmz]" << true;
    QTest::newRow("same zone") << unset << "5 dir1 10.1.2.20 > fe1 10.1.3.11"
                               << "Servers"
                               << "Servers"
                               << "" << true;
    QTest::newRow("client network spanning zones")
        << unset << "6 clients-wide 10.0.0.0/8 > dir1 10.1.2.20"
        << "several"
        << "Servers"
        << "" << false;
    QTest::newRow("no path") << unset << "6 clients-lab 10.99.0.0/24 > dir1 10.1.2.20"
                             << "Lab"
                             << "Servers"
                             << "" << false;
    QTest::newRow("destination in no zone")
        << unset << "9 edge1 2001:db8:ff::10 > fe1 2001:db8:99::11"
        << "Perimeter"
        << "none"
        << "" << false;
}

void TestZones::placement()
{
    QFETCH(QByteArray, anyZones);
    QFETCH(QString, rule);
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(QString, crossings);
    QFETCH(bool, placed);
    Project project;
    QVERIFY(parseProject(siteJson({}, anyZones), &project));
    const auto catalog = lync();
    const std::vector<Rule> rules = deriveRules(*catalog, project);
    const RulePlacement placement(*catalog, project);
    QVERIFY(placement.hasZones());
    const Rule *found = nullptr;
    for (const Rule &r : rules) {
        if (ruleText(project, r) == rule)
            found = &r;
    }
    QVERIFY2(found, qPrintable(rule));
    QCOMPARE(zoneText(project, placement.sourceZone(*found)), source);
    QCOMPARE(zoneText(project, placement.destinationZone(*found)), destination);
    QCOMPARE(crossingsText(project, placement.paths(), placement.crossings(*found)), crossings);
    QCOMPARE(placement.isPlaced(*found), placed);
    QCOMPARE(placement.route(*found) == 0,
             placed && crossings.isEmpty() && source != QLatin1String("any"));

    // Every rule: placed exactly when both ends have a zone and a path joins them.
    for (const Rule &r : rules) {
        const int s = placement.sourceZone(r);
        const int t = placement.destinationZone(r);
        const bool ends = (s >= 0 || s == RulePlacement::anyZone) && t >= 0;
        const bool expected = ends && (r.isFromAny() || placement.paths().isReachable(s, t));
        QVERIFY2(placement.isPlaced(r) == expected, qPrintable(ruleText(project, r)));
    }
}

void TestZones::rulesByFirewall()
{
    Project project;
    QVERIFY(parseProject(siteJson(), &project));
    const auto catalog = lync();
    const std::vector<Rule> rules = deriveRules(*catalog, project);
    const RulePlacement placement(*catalog, project);
    const auto byFirewall = placement.rulesByFirewall(rules);
    QCOMPARE(byFirewall.size(), project.firewalls.size());
    size_t total = 0;
    for (size_t f = 0; f < project.firewalls.size(); ++f) {
        std::vector<quint32> expected;
        for (size_t i = 0; i < rules.size(); ++i) {
            for (const FirewallCrossing &crossing : placement.crossings(rules[i])) {
                if (crossing.firewall == int(f))
                    expected.push_back(quint32(i));
            }
        }
        QCOMPARE(byFirewall[f], expected);
        QCOMPARE(placement.rulesOn(int(f), rules), expected);
        total += expected.size();
    }
    // FW-EXT carries nothing (nothing comes from the Internet); the others do.
    QVERIFY(byFirewall[0].empty());
    QVERIFY(!byFirewall[1].empty());
    QVERIFY(!byFirewall[2].empty());
    QVERIFY(total > 0);

    // The zone pairs rules join, as a scan of the rules finds them.
    std::vector<std::pair<int, int>> pairs;
    for (const Rule &rule : rules) {
        const int s = placement.sourceZone(rule);
        const int t = placement.destinationZone(rule);
        if (s >= 0 && t >= 0 && s != t)
            pairs.emplace_back(s, t);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    QStringList expected;
    for (const auto &[s, t] : pairs)
        expected.append(project.zones[size_t(s)].id + u'>' + project.zones[size_t(t)].id);
    QStringList actual;
    for (const RulePlacement::ZonePair &pair : placement.zonePairs())
        actual.append(project.zones[size_t(pair.source)].id + u'>' +
                      project.zones[size_t(pair.destination)].id);
    QCOMPARE(actual, expected);
    QCOMPARE(placement.anyDestinationZones(), QList<int>{1});
}

void TestZones::withoutZones()
{
    Project project;
    QVERIFY(parseProject(siteJson(), &project));
    project.zones.clear();
    project.firewalls.clear();
    const auto catalog = lync();
    const std::vector<Rule> rules = deriveRules(*catalog, project);
    const RulePlacement placement(*catalog, project);
    QVERIFY(!placement.hasZones());
    QVERIFY(!rules.empty());
    for (const Rule &rule : rules) {
        QVERIFY(!placement.isPlaced(rule));
        QVERIFY(placement.crossings(rule).isEmpty());
        QCOMPARE(placement.destinationZone(rule), ZoneMap::noZone);
    }
    QVERIFY(placement.zonePairs().empty());
    for (const Finding &finding : checkProject(*catalog, project)) {
        QVERIFY2(finding.zoneId.isEmpty() && finding.firewallId.isEmpty(),
                 qPrintable(finding.message));
        QVERIFY2(!finding.message.contains(QLatin1String("zone")), qPrintable(finding.message));
    }
}

void TestZones::multiHomedHostTalksToItself()
{
    // A flow from a role to the same role: rules go between two addresses of
    // one host too (only equal addresses are skipped), so a host with
    // addresses in two zones makes both of their pairs used.
    const QByteArray catalogJson = R"({"format": "portolan-catalog", "version": 1, "id": "mesh",
        "name": {"en": "Mesh"},
        "source": {"title": "Test", "document": "T1", "url": "https://example.org/", "changed": "2026-01-01"},
        "roles": [{"id": "node", "prefix": "N", "addresses": "host", "name": {"en": "Node"}, "seed": "Node"}],
        "families": [{"id": "sync", "name": {"en": "Sync"}}],
        "flows": [{"id": "node-node", "from": ["node"], "to": ["node"], "transport": "TCP", "port": 7000,
                   "protocol": "SYNC", "family": "sync", "seed": {"section": "introduction"},
                   "note": {"en": "Nodes talk to each other."}}]})";
    QString error;
    const auto catalog = Catalog::fromJson(catalogJson, QStringLiteral("mesh"), &error);
    QVERIFY2(catalog, qPrintable(error));
    Project project = graph(QStringLiteral("a=10.1.0.0/16 b=10.2.0.0/16 c=10.3.0.0/16"),
                            QStringLiteral("FW=a:a,b:b"));
    Host node;
    node.id = QStringLiteral("n1");
    node.role = QStringLiteral("node");
    node.addresses = {address(QStringLiteral("10.1.0.1")), address(QStringLiteral("10.2.0.1"))};
    project.hosts.push_back(node);
    const std::vector<Rule> rules = deriveRules(*catalog, project);
    QCOMPARE(rules.size(), size_t(2));
    const RulePlacement placement(*catalog, project);
    QCOMPARE(placement.zonePairs(), (std::vector<RulePlacement::ZonePair>{{0, 1}, {1, 0}}));
    QCOMPARE(crossingsText(project, placement.paths(), placement.crossings(rules[0])),
             QStringLiteral("FW[a>b]"));
    QCOMPARE(crossingsText(project, placement.paths(), placement.crossings(rules[1])),
             QStringLiteral("FW[b>a]"));
}

void TestZones::ipv6OnlyZone()
{
    // The Director's IPv6 address is in a zone of its own behind FW-V6; its
    // IPv4 address is in the server zone behind FW-INT. Each family of a rule
    // takes its own firewall.
    const QByteArray json =
        R"({"format": "portolan-topology", "version": 2, "catalog": "lync2013-single-director",
  "zones": [
    {"id": "dmz", "name": "Perimeter", "kind": "perimeter", "networks": ["172.16.0.0/16", "2001:db8:ff::/48"]},
    {"id": "srv", "name": "Servers", "kind": "internal", "networks": ["10.1.0.0/16"]},
    {"id": "v6", "name": "Servers IPv6", "kind": "internal", "networks": ["2001:db8:1::/48"]}
  ],
  "firewalls": [
    {"id": "fw-int", "name": "FW-INT", "interfaces": [{"zone": "dmz", "name": "dmz"}, {"zone": "srv", "name": "inside"}]},
    {"id": "fw-v6", "name": "FW-V6", "interfaces": [{"zone": "dmz", "name": "dmz6"}, {"zone": "v6", "name": "inside6"}]}
  ],
  "hosts": [
    {"id": "edge1", "name": "LYNC-EDGE-01", "role": "edge-internal", "addresses": ["172.16.4.10", "2001:db8:ff::10"]},
    {"id": "dir1", "name": "LYNC-DIR-01", "role": "director", "addresses": ["10.1.2.20", "2001:db8:1::20"]}
  ]
})";
    Project project;
    QVERIFY(parseProject(json, &project));
    const auto catalog = lync();
    const std::vector<Rule> rules = deriveRules(*catalog, project);
    const RulePlacement placement(*catalog, project);
    QStringList placed;
    for (const Rule &rule : rules) {
        if (rule.isFromAny())
            continue;
        placed.append(ruleText(project, rule) + QStringLiteral(": ") +
                      zoneText(project, placement.sourceZone(rule)) + QStringLiteral(" > ") +
                      zoneText(project, placement.destinationZone(rule)) + u' ' +
                      crossingsText(project, placement.paths(), placement.crossings(rule)));
    }
    QCOMPARE(placed,
             lines({"8 edge1 172.16.4.10 > dir1 10.1.2.20: Perimeter > Servers FW-INT[dmz>inside]",
                    "8 edge1 2001:db8:ff::10 > dir1 2001:db8:1::20: Perimeter > Servers IPv6 "
                    "FW-V6[dmz6>inside6]",
                    "10 dir1 10.1.2.20 > edge1 172.16.4.10: Servers > Perimeter FW-INT[inside>dmz]",
                    "10 dir1 2001:db8:1::20 > edge1 2001:db8:ff::10: Servers IPv6 > Perimeter "
                    "FW-V6[inside6>dmz6]"}));
}

void TestZones::findings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    const QStringList site = lines(
        {"error: CLIENTS-WIDE: 10.0.0.0/8 spans several zones (Internet, Servers, Clients, Lab): "
         "its rules cannot be placed on firewalls {host clients-wide}",
         "error: zone Lab to zone Perimeter: no firewall path joins them: their rules cannot be "
         "placed {zone lab}",
         "error: zone Lab to zone Servers: no firewall path joins them: their rules cannot be "
         "placed {zone lab}",
         "warning: LYNC-FE-01: 2001:db8:99::11 is in no zone: its rules cannot be placed on "
         "firewalls {host fe1}",
         "warning: firewall FW-EXT: no rule crosses it {firewall fw-ext}"});
    QTest::newRow("site") << siteJson() << site;

    QStringList fromInternet = site;
    fromInternet.removeLast();
    fromInternet.append(text("warning: any includes the external zone Internet: rules from any "
                             "come from there too {zone inet}"));
    QTest::newRow("any from the Internet")
        << siteJson({}, R"( "anyZones": ["cli", "inet"],)") << fromInternet;

    QStringList tied = site;
    tied.insert(4, text("warning: zone Perimeter to zone Servers: paths of equal length; rules "
                        "take FW-INT (dmz → inside), not FW-INT-B (perimeter → servers) "
                        "{zone dmz}"));
    tied.insert(5, text("warning: zone Servers to zone Perimeter: paths of equal length; rules "
                        "take FW-INT (inside → dmz), not FW-INT-B (servers → perimeter) "
                        "{zone srv}"));
    tied.insert(6, text("warning: zone Clients to zone Perimeter: paths of equal length; rules "
                        "take FW-CORE (clients → servers), FW-INT (inside → dmz), not FW-CORE "
                        "(clients → servers), FW-INT-B (servers → perimeter) {zone cli}"));
    tied.append(text("warning: firewall FW-INT-B: no rule crosses it {firewall fw-int-b}"));
    QTest::newRow("a second internal firewall") << siteJson(R"(,
    {"id": "fw-int-b", "name": "FW-INT-B", "interfaces": [{"zone": "srv", "name": "servers"}, {"zone": "dmz", "name": "perimeter"}]})")
                                                << tied;
}

void TestZones::findings()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    Project project;
    QVERIFY(parseProject(json, &project));
    QStringList actual;
    for (const Finding &finding : checkProject(*lync(), project))
        actual.append(findingText(finding));
    QCOMPARE(actual, expected);
}

void TestZones::roundTrip()
{
    const QByteArray json = R"({
  "format": "portolan-topology", "version": 2, "catalog": "lync2013-single-director",
  "title": "Zones",
  "zones": [
    {"id": "dmz", "name": "Perimeter", "kind": "perimeter", "networks": ["172.16.0.0/16", "2001:DB8:FF:0::/48"],
     "x": -20.5, "y": 10, "width": 300, "height": 0, "description": "DMZ\nsecond line", "color": "#ffcc00"},
    {"id": "srv", "name": "Servers", "kind": "internal", "networks": []},
    {"id": "inet", "name": "Internet", "kind": "external", "networks": ["0.0.0.0/0", "::/0"], "x": 0, "y": 0, "width": 0, "height": 0}
  ],
  "firewalls": [
    {"id": "fw-int", "name": "FW-INT", "x": 400, "y": 100, "description": "pair", "model": {"vendor": "x"},
     "interfaces": [{"zone": "dmz", "name": "dmz", "vlan": 12}, {"zone": "srv", "name": "inside"}]},
    {"id": "fw-ext", "name": "FW-EXT", "interfaces": [{"zone": "inet", "name": "outside"}, {"zone": "dmz", "name": "dmz"}, {"zone": "srv", "name": "mgmt"}]}
  ],
  "anyZones": ["srv", "dmz"],
  "hosts": [
    {"id": "dir1", "name": "LYNC-DIR-01", "role": "director", "addresses": ["10.1.2.20"], "x": 1, "y": 2}
  ]
})";
    Project project;
    QVERIFY(parseProject(json, &project));
    QCOMPARE(project.zones.size(), size_t(3));
    QCOMPARE(project.zones[0].kind, Zone::Kind::Perimeter);
    QCOMPARE(project.zones[0].networks[1].toString(), QStringLiteral("2001:db8:ff::/48"));
    QCOMPARE(project.zones[0].rect, QRectF(-20.5, 10, 300, 0));
    QCOMPARE(project.zones[0].extra.value(QStringLiteral("color")).toString(),
             QStringLiteral("#ffcc00"));
    QCOMPARE(project.firewalls[0].interfaces[0].extra.value(QStringLiteral("vlan")).toInt(), 12);
    QCOMPARE(project.firewalls[1].position, QPointF(0, 0));
    QCOMPARE(project.anyZones, std::optional<QStringList>(lines({"srv", "dmz"})));

    const QByteArray saved = ProjectFile::serialize(project);
    QCOMPARE(saved, QByteArray(R"({
  "format": "portolan-topology",
  "version": 2,
  "catalog": "lync2013-single-director",
  "title": "Zones",
  "zones": [
    {"id": "dmz", "name": "Perimeter", "kind": "perimeter", "networks": ["172.16.0.0/16","2001:db8:ff::/48"], "x": -20.5, "y": 10, "width": 300, "height": 0, "description": "DMZ\nsecond line", "color": "#ffcc00"},
    {"id": "srv", "name": "Servers", "kind": "internal", "networks": []},
    {"id": "inet", "name": "Internet", "kind": "external", "networks": ["0.0.0.0/0","::/0"]}
  ],
  "firewalls": [
    {"id": "fw-int", "name": "FW-INT", "x": 400, "y": 100, "interfaces": [{"zone": "dmz", "name": "dmz", "vlan": 12}, {"zone": "srv", "name": "inside"}], "description": "pair", "model": {"vendor":"x"}},
    {"id": "fw-ext", "name": "FW-EXT", "x": 0, "y": 0, "interfaces": [{"zone": "inet", "name": "outside"}, {"zone": "dmz", "name": "dmz"}, {"zone": "srv", "name": "mgmt"}]}
  ],
  "anyZones": ["srv","dmz"],
  "hosts": [
    {"id": "dir1", "name": "LYNC-DIR-01", "role": "director", "addresses": ["10.1.2.20"], "x": 1, "y": 2}
  ]
}
)"));
    Project again;
    QVERIFY(parseProject(saved, &again));
    QVERIFY(again == project);
    QCOMPARE(ProjectFile::serialize(again), saved);
}

void TestZones::versionFollowsContent_data()
{
    QTest::addColumn<QByteArray>("keys");
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("nothing of zones") << QByteArray() << 1 << QByteArray();
    QTest::newRow("empty lists") << QByteArray(R"("zones": [], "firewalls": [],)") << 1
                                 << QByteArray();
    QTest::newRow("an empty anyZones")
        << QByteArray(R"("anyZones": [],)") << 2 << QByteArray(",\n  \"anyZones\": []");
    QTest::newRow("one zone")
        << QByteArray(R"("zones": [{"id": "a", "name": "A", "kind": "internal", "networks": []}],)")
        << 2
        << QByteArray(",\n  \"zones\": [\n    {\"id\": \"a\", \"name\": \"A\", \"kind\": "
                      "\"internal\", \"networks\": []}\n  ]");
}

void TestZones::versionFollowsContent()
{
    QFETCH(QByteArray, keys);
    QFETCH(int, version);
    QFETCH(QByteArray, written);
    // A version 1 file with the keys is read all the same.
    const QByteArray json = R"({"format": "portolan-topology", "version": 1,
        "catalog": "lync2013-single-director", )" +
                            keys + R"( "hosts": []})";
    Project project;
    QVERIFY(parseProject(json, &project));
    QCOMPARE(ProjectFile::fileVersion(project), version);
    const QByteArray saved = ProjectFile::serialize(project);
    QVERIFY2(saved.contains("\"version\": " + QByteArray::number(version) + ",\n"),
             saved.constData());
    QCOMPARE(saved, "{\n  \"format\": \"portolan-topology\",\n  \"version\": " +
                        QByteArray::number(version) +
                        ",\n  \"catalog\": \"lync2013-single-director\",\n  \"title\": \"\"" +
                        written + ",\n  \"hosts\": []\n}\n");
    Project again;
    QVERIFY(parseProject(saved, &again));
    QVERIFY(again == project);
}

QTEST_GUILESS_MAIN(TestZones)
#include "tst_zones.moc"
