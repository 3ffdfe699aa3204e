// Rule derivation against PORTS.md: one test row per seed flow on a topology
// with one host of each role, then the pairing, self, duplicate, empty-host and
// ordering rules, the canvas connections, and the natural name order.
//
// Rules are written "FLOW SOURCE > DESTINATION" with the flow's number in
// PORTS.md (1 to 13) and each end as "HOST-ID ADDRESS" (or "any").

#include "catalogregistry.h"
#include "projectfile.h"
#include "rules.h"
#include "testsupport.h"

#include <QTest>

using namespace Portolan;

namespace {

std::shared_ptr<const Catalog> lync()
{
    return Catalog::load(QStringLiteral("lync2013-single-director"));
}

Host makeHost(const char *id, const char *name, const char *role,
              std::initializer_list<const char *> addresses)
{
    Host host;
    host.id = QString::fromUtf8(id);
    host.name = QString::fromUtf8(name);
    host.role = QString::fromUtf8(role);
    for (const char *text : addresses) {
        const auto address = Address::parse(QString::fromUtf8(text));
        Q_ASSERT(address);
        host.addresses.append(*address);
    }
    return host;
}

Project makeProject(std::vector<Host> hosts)
{
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    project.hosts = std::move(hosts);
    return project;
}

QString end(const Project &project, quint32 host, quint16 address)
{
    const Host &h = project.hosts[host];
    return h.id + u' ' + h.addresses[address].toString();
}

QStringList describe(const Catalog &catalog, const Project &project, const std::vector<Rule> &rules,
                     int onlyFlow = -1)
{
    QStringList lines;
    for (const Rule &rule : rules) {
        if (onlyFlow >= 0 && rule.flow != onlyFlow)
            continue;
        Q_ASSERT(rule.flow < catalog.flows().size());
        const QString source = rule.isFromAny() ? QStringLiteral("any")
                                                : end(project, rule.sourceHost, rule.sourceAddress);
        lines.append(QStringLiteral("%1 %2 > %3")
                         .arg(rule.flow + 1)
                         .arg(source, end(project, rule.destinationHost, rule.destinationAddress)));
    }
    return lines;
}

/// One host of each role, IPv4 only.
Project oneOfEach()
{
    return makeProject({
        makeHost("clients", "CLIENTS", "internal-clients", {"10.9.0.0/16"}),
        makeHost("edge", "EDGE-01", "edge-internal", {"10.0.0.5"}),
        makeHost("fe", "FE-01", "front-end-server", {"10.0.0.4"}),
        makeHost("pool", "POOL-01", "front-end-pool", {"10.0.0.3"}),
        makeHost("dir", "DIR-01", "director", {"10.0.0.2"}),
        makeHost("rp", "RP-01", "reverse-proxy", {"10.0.0.1"}),
    });
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedFlow_data();
    void seedFlow();
    void oneHostOfEachRole();
    void sameFamilyPairing();
    void anyPairsWithBothFamilies();
    void poolSharingItsServersAddress();
    void noRuleFromAnAddressToItself();
    void sharedAddressAppearsOnce();
    void hostsWithoutAddresses();
    void order();
    void deterministic();
    void sampleRules();
    void sampleConnections();
    void sampleRoleBundles();
    void connectionsIgnoreAddresses();
    void portLabels();
    void naturalCompare_data();
    void naturalCompare();
    void hostsByRoleOrder();
};

void TestRules::seedFlow_data()
{
    QTest::addColumn<int>("flow");
    QTest::addColumn<QStringList>("rules");

    auto row = [](const char *name, int flow, const QStringList &rules) {
        QTest::newRow(name) << flow << rules;
    };
    const QString rp = QStringLiteral("rp 10.0.0.1");
    const QString dir = QStringLiteral("dir 10.0.0.2");
    const QString pool = QStringLiteral("pool 10.0.0.3");
    const QString fe = QStringLiteral("fe 10.0.0.4");
    const QString edge = QStringLiteral("edge 10.0.0.5");
    const QString clients = QStringLiteral("clients 10.9.0.0/16");
    auto r = [](int flow, const QString &from, const QString &to) {
        return QStringLiteral("%1 %2 > %3").arg(flow).arg(from, to);
    };
    const QString any = QStringLiteral("any");
    row("1 HTTP 8080 reverse proxy to Director (table row 1)", 1, {r(1, rp, dir)});
    row("2 HTTPS 4443 reverse proxy to Director (table row 2)", 2, {r(2, rp, dir)});
    row("3 HTTP 8080 reverse proxy to Front-End (introduction)", 3, {r(3, rp, pool), r(3, rp, fe)});
    row("4 HTTPS 4443 reverse proxy to Front-End (introduction)", 4,
        {r(4, rp, pool), r(4, rp, fe)});
    row("5 HTTPS 444 Director to Front-End (table row 3)", 5, {r(5, dir, pool), r(5, dir, fe)});
    row("6 HTTP 80 clients to Director (table row 4)", 6, {r(6, clients, dir)});
    row("7 HTTPS 443 clients to Director (table row 5)", 7, {r(7, clients, dir)});
    row("8 SIP 5061 Edge to Director (table row 6)", 8, {r(8, edge, dir)});
    row("9 SIP 5061 Edge to Front-End (introduction)", 9, {r(9, edge, pool), r(9, edge, fe)});
    row("10 SIP 5061 servers to Edge (introduction)", 10,
        {r(10, dir, edge), r(10, pool, edge), r(10, fe, edge)});
    row("11 MTLS 50001 any to Edge (table row 7)", 11, {r(11, any, edge)});
    row("12 MTLS 50002 any to Edge (table row 8)", 12, {r(12, any, edge)});
    row("13 MTLS 50003 any to Edge (table row 9)", 13, {r(13, any, edge)});
}

void TestRules::seedFlow()
{
    QFETCH(int, flow);
    QFETCH(QStringList, rules);
    const auto catalog = lync();
    QVERIFY(catalog);
    const Project project = oneOfEach();
    const auto derived = deriveRules(*catalog, project);
    QCOMPARE(describe(*catalog, project, derived, flow - 1), rules);
}

void TestRules::oneHostOfEachRole()
{
    // Exactly the 13 flows' rows, no more: 19 rows in flow order.
    const auto catalog = lync();
    QVERIFY(catalog);
    const Project project = oneOfEach();
    const auto rules = deriveRules(*catalog, project);
    QCOMPARE(int(rules.size()), 19);
    QList<int> perFlow(13, 0);
    int previous = 0;
    for (const Rule &rule : rules) {
        QVERIFY(rule.flow >= previous);
        previous = rule.flow;
        ++perFlow[rule.flow];
    }
    QCOMPARE(perFlow, (QList<int>{1, 1, 2, 2, 2, 1, 1, 1, 2, 3, 1, 1, 1}));
}

void TestRules::sameFamilyPairing()
{
    const auto catalog = lync();
    const Project project = makeProject({
        makeHost("rp", "RP", "reverse-proxy", {"10.0.0.1"}),
        makeHost("dir", "DIR", "director", {"10.0.0.2", "2001:db8::2"}),
        makeHost("fe6", "FE6", "front-end-server", {"2001:db8::4"}),
        makeHost("edge", "EDGE", "edge-internal", {"2001:db8::5", "10.0.0.5"}),
    });
    const auto rules = deriveRules(*catalog, project);
    const QStringList expected{
        QStringLiteral("1 rp 10.0.0.1 > dir 10.0.0.2"),
        QStringLiteral("2 rp 10.0.0.1 > dir 10.0.0.2"),
        // flows 3 and 4: the IPv4-only proxy and the IPv6-only server share no family
        QStringLiteral("5 dir 2001:db8::2 > fe6 2001:db8::4"),
        QStringLiteral("8 edge 2001:db8::5 > dir 2001:db8::2"),
        QStringLiteral("8 edge 10.0.0.5 > dir 10.0.0.2"),
        QStringLiteral("9 edge 2001:db8::5 > fe6 2001:db8::4"),
        QStringLiteral("10 dir 10.0.0.2 > edge 10.0.0.5"),
        QStringLiteral("10 dir 2001:db8::2 > edge 2001:db8::5"),
        QStringLiteral("10 fe6 2001:db8::4 > edge 2001:db8::5"),
        QStringLiteral("11 any > edge 2001:db8::5"),
        QStringLiteral("11 any > edge 10.0.0.5"),
        QStringLiteral("12 any > edge 2001:db8::5"),
        QStringLiteral("12 any > edge 10.0.0.5"),
        QStringLiteral("13 any > edge 2001:db8::5"),
        QStringLiteral("13 any > edge 10.0.0.5"),
    };
    QCOMPARE(describe(*catalog, project, rules), expected);
}

void TestRules::anyPairsWithBothFamilies()
{
    const auto catalog = lync();
    const Project project = makeProject({
        makeHost("edge", "EDGE", "edge-internal", {"10.0.0.5", "2001:db8::5", "10.0.1.5"}),
    });
    const auto rules = deriveRules(*catalog, project);
    QCOMPARE(int(rules.size()), 9);
    for (const Rule &rule : rules) {
        QVERIFY(rule.isFromAny());
        QCOMPARE(rule.sourceHost, Rule::anySource);
        QCOMPARE(int(rule.sourceAddress), 0);
    }
    QCOMPARE(describe(*catalog, project, rules, 10),
             (QStringList{QStringLiteral("11 any > edge 10.0.0.5"),
                          QStringLiteral("11 any > edge 2001:db8::5"),
                          QStringLiteral("11 any > edge 10.0.1.5")}));
}

void TestRules::poolSharingItsServersAddress()
{
    // PORTS.md: a pool whose address is also its only server's. Every flow
    // that names both roles gives one row for the shared address, not two.
    const auto catalog = lync();
    const Project project = makeProject({
        makeHost("rp", "RP", "reverse-proxy", {"10.0.0.1"}),
        makeHost("dir", "DIR", "director", {"10.0.0.2"}),
        makeHost("pool", "POOL", "front-end-pool", {"10.0.0.3"}),
        makeHost("fe", "FE", "front-end-server", {"10.0.0.3"}),
        makeHost("edge", "EDGE", "edge-internal", {"10.0.0.5"}),
    });
    const auto rules = deriveRules(*catalog, project);
    const QStringList expected{
        QStringLiteral("1 rp 10.0.0.1 > dir 10.0.0.2"),
        QStringLiteral("2 rp 10.0.0.1 > dir 10.0.0.2"),
        QStringLiteral("3 rp 10.0.0.1 > pool 10.0.0.3"),
        QStringLiteral("4 rp 10.0.0.1 > pool 10.0.0.3"),
        QStringLiteral("5 dir 10.0.0.2 > pool 10.0.0.3"),
        QStringLiteral("8 edge 10.0.0.5 > dir 10.0.0.2"),
        QStringLiteral("9 edge 10.0.0.5 > pool 10.0.0.3"),
        QStringLiteral("10 dir 10.0.0.2 > edge 10.0.0.5"),
        QStringLiteral("10 pool 10.0.0.3 > edge 10.0.0.5"),
        QStringLiteral("11 any > edge 10.0.0.5"),
        QStringLiteral("12 any > edge 10.0.0.5"),
        QStringLiteral("13 any > edge 10.0.0.5"),
    };
    QCOMPARE(describe(*catalog, project, rules), expected);
}

void TestRules::noRuleFromAnAddressToItself()
{
    // A catalog with a flow from the pool to its servers: when both hold the
    // same address, that pair yields nothing, the other server still does.
    QString error;
    const auto catalog = Catalog::fromJson(R"({
        "format": "portolan-catalog", "version": 1, "id": "test",
        "name": {"en": "Test"}, "source": {"title": "Test", "document": "T1"},
        "roles": [
            {"id": "front-end-pool", "prefix": "POOL", "addresses": "host", "name": {"en": "Pool"}},
            {"id": "front-end-server", "prefix": "FE", "addresses": "host", "name": {"en": "FE"}},
            {"id": "edge-internal", "prefix": "EDGE", "addresses": "host", "name": {"en": "Edge"}}
        ],
        "families": [{"id": "f", "name": {"en": "F"}}],
        "flows": [
            {"id": "pool-server", "from": ["front-end-pool"], "to": ["front-end-server"],
             "transport": "TCP", "port": 5061, "protocol": "MTLS", "family": "f",
             "seed": {"section": "introduction"}, "note": {"en": "n"}},
            {"id": "servers-edge", "from": ["front-end-pool", "front-end-server"],
             "to": ["edge-internal", "front-end-server"],
             "transport": "TCP", "port": 5062, "protocol": "MTLS", "family": "f",
             "seed": {"section": "introduction"}, "note": {"en": "n"}}
        ]})",
                                           QStringLiteral("test"), &error);
    QVERIFY2(catalog, qPrintable(error));
    Project project = makeProject({
        makeHost("pool", "POOL", "front-end-pool", {"10.0.0.3", "2001:db8::3"}),
        makeHost("fe1", "FE1", "front-end-server", {"10.0.0.3"}),
        makeHost("fe2", "FE2", "front-end-server", {"10.0.0.4"}),
        makeHost("edge", "EDGE", "edge-internal", {"10.0.0.3"}),
    });
    project.catalogIds = QStringList{QStringLiteral("test")};
    const auto rules = deriveRules(*catalog, project);
    const QStringList expected{
        QStringLiteral("1 pool 10.0.0.3 > fe2 10.0.0.4"),
        QStringLiteral("2 pool 10.0.0.3 > fe2 10.0.0.4"),
        QStringLiteral("2 fe2 10.0.0.4 > edge 10.0.0.3"),
        // fe2 > fe1 is the same address pair and port as fe2 > edge: not repeated
    };
    QCOMPARE(describe(*catalog, project, rules), expected);
    for (const Rule &rule : rules) {
        QVERIFY(!(project.hosts[rule.sourceHost].addresses[rule.sourceAddress] ==
                  project.hosts[rule.destinationHost].addresses[rule.destinationAddress]));
    }
}

void TestRules::sharedAddressAppearsOnce()
{
    // Two Directors on one address (a mistake `check` warns about) and two
    // Edge hosts on another: each (source, destination, transport, port) once,
    // the first in output order wins, across flows too (flows 1 and 3 are
    // both TCP 8080, and the pool also holds the Director's address).
    const auto catalog = lync();
    const Project project = makeProject({
        makeHost("rp", "RP", "reverse-proxy", {"10.0.0.1"}),
        makeHost("dir2", "DIR-02", "director", {"10.0.0.2"}),
        makeHost("dir1", "DIR-01", "director", {"10.0.0.2"}),
        makeHost("pool", "POOL", "front-end-pool", {"10.0.0.2", "10.0.0.3"}),
        makeHost("edgeb", "EDGE-B", "edge-internal", {"10.0.0.5"}),
        makeHost("edgea", "EDGE-A", "edge-internal", {"10.0.0.5"}),
    });
    const auto rules = deriveRules(*catalog, project);
    const QStringList expected{
        QStringLiteral("1 rp 10.0.0.1 > dir1 10.0.0.2"),
        QStringLiteral("2 rp 10.0.0.1 > dir1 10.0.0.2"),
        QStringLiteral("3 rp 10.0.0.1 > pool 10.0.0.3"),
        QStringLiteral("4 rp 10.0.0.1 > pool 10.0.0.3"),
        QStringLiteral("5 dir1 10.0.0.2 > pool 10.0.0.3"),
        QStringLiteral("8 edgea 10.0.0.5 > dir1 10.0.0.2"),
        QStringLiteral("9 edgea 10.0.0.5 > pool 10.0.0.3"),
        QStringLiteral("10 dir1 10.0.0.2 > edgea 10.0.0.5"),
        QStringLiteral("10 pool 10.0.0.3 > edgea 10.0.0.5"),
        QStringLiteral("11 any > edgea 10.0.0.5"),
        QStringLiteral("12 any > edgea 10.0.0.5"),
        QStringLiteral("13 any > edgea 10.0.0.5"),
    };
    QCOMPARE(describe(*catalog, project, rules), expected);
}

void TestRules::hostsWithoutAddresses()
{
    const auto catalog = lync();
    Project project = oneOfEach();
    for (Host &host : project.hosts)
        host.addresses.clear();
    QVERIFY(deriveRules(*catalog, project).empty());

    // Only the Edge has an address: the flows from `any` still apply.
    project.hosts[1].addresses.append(*Address::parse(QStringLiteral("10.0.0.5")));
    QCOMPARE(describe(*catalog, project, deriveRules(*catalog, project)),
             (QStringList{QStringLiteral("11 any > edge 10.0.0.5"),
                          QStringLiteral("12 any > edge 10.0.0.5"),
                          QStringLiteral("13 any > edge 10.0.0.5")}));

    // An empty project, and one whose hosts all lack addresses, give nothing.
    QVERIFY(deriveRules(*catalog, makeProject({})).empty());
}

void TestRules::order()
{
    // By flow, then source (role in the flow's order, host in natural name
    // order, address in the host's order), then destination alike.
    const auto catalog = lync();
    const Project project = makeProject({
        makeHost("fe10", "FE-10", "front-end-server", {"10.0.0.10"}),
        makeHost("fe2", "FE-2", "front-end-server", {"10.0.0.2"}),
        makeHost("fe3", "fe-3", "front-end-server", {"10.0.0.3"}),
        makeHost("dirb", "DIR", "director", {"10.0.1.2", "10.0.1.1"}),
        makeHost("dira", "DIR", "director", {"10.0.1.9"}),
        makeHost("pool", "POOL", "front-end-pool", {"10.0.0.1"}),
        makeHost("edge2", "Edge 2", "edge-internal", {"10.0.2.2"}),
        makeHost("edge1", "edge 1", "edge-internal", {"10.0.2.1"}),
    });
    const auto rules = deriveRules(*catalog, project);
    QCOMPARE(describe(*catalog, project, rules, 4),
             (QStringList{
                 // same name "DIR": ties broken by id, dira before dirb
                 QStringLiteral("5 dira 10.0.1.9 > pool 10.0.0.1"),
                 QStringLiteral("5 dira 10.0.1.9 > fe2 10.0.0.2"),
                 QStringLiteral("5 dira 10.0.1.9 > fe3 10.0.0.3"),
                 QStringLiteral("5 dira 10.0.1.9 > fe10 10.0.0.10"),
                 QStringLiteral("5 dirb 10.0.1.2 > pool 10.0.0.1"),
                 QStringLiteral("5 dirb 10.0.1.2 > fe2 10.0.0.2"),
                 QStringLiteral("5 dirb 10.0.1.2 > fe3 10.0.0.3"),
                 QStringLiteral("5 dirb 10.0.1.2 > fe10 10.0.0.10"),
                 QStringLiteral("5 dirb 10.0.1.1 > pool 10.0.0.1"),
                 QStringLiteral("5 dirb 10.0.1.1 > fe2 10.0.0.2"),
                 QStringLiteral("5 dirb 10.0.1.1 > fe3 10.0.0.3"),
                 QStringLiteral("5 dirb 10.0.1.1 > fe10 10.0.0.10"),
             }));
    QCOMPARE(describe(*catalog, project, rules, 9),
             (QStringList{
                 QStringLiteral("10 dira 10.0.1.9 > edge1 10.0.2.1"),
                 QStringLiteral("10 dira 10.0.1.9 > edge2 10.0.2.2"),
                 QStringLiteral("10 dirb 10.0.1.2 > edge1 10.0.2.1"),
                 QStringLiteral("10 dirb 10.0.1.2 > edge2 10.0.2.2"),
                 QStringLiteral("10 dirb 10.0.1.1 > edge1 10.0.2.1"),
                 QStringLiteral("10 dirb 10.0.1.1 > edge2 10.0.2.2"),
                 QStringLiteral("10 pool 10.0.0.1 > edge1 10.0.2.1"),
                 QStringLiteral("10 pool 10.0.0.1 > edge2 10.0.2.2"),
                 QStringLiteral("10 fe2 10.0.0.2 > edge1 10.0.2.1"),
                 QStringLiteral("10 fe2 10.0.0.2 > edge2 10.0.2.2"),
                 QStringLiteral("10 fe3 10.0.0.3 > edge1 10.0.2.1"),
                 QStringLiteral("10 fe3 10.0.0.3 > edge2 10.0.2.2"),
                 QStringLiteral("10 fe10 10.0.0.10 > edge1 10.0.2.1"),
                 QStringLiteral("10 fe10 10.0.0.10 > edge2 10.0.2.2"),
             }));
}

void TestRules::deterministic()
{
    // The order of hosts in the file does not change the rules' order.
    const auto catalog = lync();
    Project project = oneOfEach();
    const QStringList first = describe(*catalog, project, deriveRules(*catalog, project));
    std::reverse(project.hosts.begin(), project.hosts.end());
    QCOMPARE(describe(*catalog, project, deriveRules(*catalog, project)), first);
}

void TestRules::sampleRules()
{
    const auto catalog = lync();
    Project project;
    QString error;
    QVERIFY2(TestSupport::parseSample(&project, &error), qPrintable(error));
    const auto rules = deriveRules(*catalog, project);
    // Counted by hand from the sample and PORTS.md:
    // 1+1 (1, 2) + 4+4 (3, 4) + 7 (5) + 3+3 (6, 7) + 2 (8) + 7 (9) + 9 (10) + 2+2+2 (11-13).
    QCOMPARE(int(rules.size()), 47);
    const QStringList lines = describe(*catalog, project, rules);
    QCOMPARE(lines.first(), QStringLiteral("1 rp1 10.1.1.10 > dir1 10.1.2.20"));
    QCOMPARE(lines.last(), QStringLiteral("13 any > edge1 2001:db8:14::10"));
    QCOMPARE(
        describe(*catalog, project, rules, 5),
        (QStringList{QStringLiteral("6 clients-branch 10.30.8.0/22 > dir1 10.1.2.20"),
                     QStringLiteral("6 clients-hq 10.20.0.0/16 > dir1 10.1.2.20"),
                     QStringLiteral("6 clients-hq 2001:db8:200::/56 > dir1 2001:db8:12::20")}));
    QCOMPARE(describe(*catalog, project, rules, 4),
             (QStringList{QStringLiteral("5 dir1 10.1.2.20 > fepool 10.1.3.10"),
                          QStringLiteral("5 dir1 10.1.2.20 > fe1 10.1.3.11"),
                          QStringLiteral("5 dir1 10.1.2.20 > fe2 10.1.3.12"),
                          QStringLiteral("5 dir1 10.1.2.20 > fe3 10.1.3.13"),
                          QStringLiteral("5 dir1 2001:db8:12::20 > fepool 2001:db8:13::10"),
                          QStringLiteral("5 dir1 2001:db8:12::20 > fe1 2001:db8:13::11"),
                          QStringLiteral("5 dir1 2001:db8:12::20 > fe2 2001:db8:13::12")}));
}

void TestRules::sampleConnections()
{
    const auto catalog = lync();
    Project project;
    QString error;
    QVERIFY2(TestSupport::parseSample(&project, &error), qPrintable(error));
    // Hosts: 0 clients-hq, 1 clients-branch, 2 rp1, 3 edge1, 4 dir1, 5 fepool, 6-8 fe1-fe3.
    const auto connections = deriveConnections(*catalog, project);
    QCOMPARE(int(connections.size()), 22);
    QStringList pairs;
    for (const Connection &c : connections) {
        QStringList flows;
        for (int f : c.flows)
            flows.append(QString::number(f + 1));
        pairs.append(QStringLiteral("%1>%2:%3")
                         .arg(c.source < 0 ? QStringLiteral("any") : project.hosts[c.source].id,
                              project.hosts[c.destination].id, flows.join(u',')));
    }
    const QStringList expected{
        QStringLiteral("any>edge1:11,12,13"),
        QStringLiteral("clients-hq>dir1:6,7"),
        QStringLiteral("clients-branch>dir1:6,7"),
        QStringLiteral("rp1>dir1:1,2"),
        QStringLiteral("rp1>fepool:3,4"),
        QStringLiteral("rp1>fe1:3,4"),
        QStringLiteral("rp1>fe2:3,4"),
        QStringLiteral("rp1>fe3:3,4"),
        QStringLiteral("edge1>dir1:8"),
        QStringLiteral("edge1>fepool:9"),
        QStringLiteral("edge1>fe1:9"),
        QStringLiteral("edge1>fe2:9"),
        QStringLiteral("edge1>fe3:9"),
        QStringLiteral("dir1>edge1:10"),
        QStringLiteral("dir1>fepool:5"),
        QStringLiteral("dir1>fe1:5"),
        QStringLiteral("dir1>fe2:5"),
        QStringLiteral("dir1>fe3:5"),
        QStringLiteral("fepool>edge1:10"),
        QStringLiteral("fe1>edge1:10"),
        QStringLiteral("fe2>edge1:10"),
        QStringLiteral("fe3>edge1:10"),
    };
    QCOMPARE(pairs, expected);
}

void TestRules::sampleRoleBundles()
{
    const auto catalog = lync();
    Project project;
    QString error;
    QVERIFY2(TestSupport::parseSample(&project, &error), qPrintable(error));
    QStringList bundles;
    for (const RoleBundle &b :
         bundleByRole(*catalog, project, deriveConnections(*catalog, project))) {
        QStringList flows;
        for (int f : b.flows)
            flows.append(QString::number(f + 1));
        bundles.append(
            QStringLiteral("%1>%2:%3:%4")
                .arg(b.sourceRole < 0 ? QStringLiteral("any") : catalog->roles()[b.sourceRole].id,
                     catalog->roles()[b.destinationRole].id)
                .arg(b.pairs)
                .arg(flows.join(u',')));
    }
    // Role order of the catalog: reverse-proxy, director, front-end-pool,
    // front-end-server, edge-internal, internal-clients; any first.
    const QStringList expected{QStringLiteral("any>edge-internal:1:11,12,13"),
                               QStringLiteral("reverse-proxy>director:1:1,2"),
                               QStringLiteral("reverse-proxy>front-end-pool:1:3,4"),
                               QStringLiteral("reverse-proxy>front-end-server:3:3,4"),
                               QStringLiteral("director>front-end-pool:1:5"),
                               QStringLiteral("director>front-end-server:3:5"),
                               QStringLiteral("director>edge-internal:1:10"),
                               QStringLiteral("front-end-pool>edge-internal:1:10"),
                               QStringLiteral("front-end-server>edge-internal:3:10"),
                               QStringLiteral("edge-internal>director:1:8"),
                               QStringLiteral("edge-internal>front-end-pool:1:9"),
                               QStringLiteral("edge-internal>front-end-server:3:9"),
                               QStringLiteral("internal-clients>director:2:6,7")};
    QCOMPARE(bundles, expected);
}

void TestRules::connectionsIgnoreAddresses()
{
    // The diagram shows the design: hosts without addresses are connected too.
    const auto catalog = lync();
    Project project = oneOfEach();
    for (Host &host : project.hosts)
        host.addresses.clear();
    QVERIFY(deriveRules(*catalog, project).empty());
    const auto connections = deriveConnections(*catalog, project);
    // any>edge, clients>dir, edge>{fe,pool,dir}, fe>edge, pool>edge, dir>{edge,fe,pool},
    // rp>{fe,pool,dir}
    QCOMPARE(int(connections.size()), 13);
    QCOMPARE(connections.front().source, -1);
    QCOMPARE(connections.front().destination, 1);
    QCOMPARE(connections.front().flows, (QList<int>{10, 11, 12}));
}

void TestRules::portLabels()
{
    const auto catalog = lync();
    QCOMPARE(portLabel(*catalog, {0, 1}), QStringLiteral("TCP 8080, 4443"));
    QCOMPARE(portLabel(*catalog, {10, 11, 12}), QStringLiteral("TCP 50001, 50002, 50003"));
    QCOMPARE(portLabel(*catalog, {7, 8}), QStringLiteral("TCP 5061"));
    QCOMPARE(portLabel(*catalog, {}), QString());
}

void TestRules::naturalCompare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");

    QTest::newRow("numbers by value") << "FE-2"
                                      << "FE-10" << -1;
    QTest::newRow("numbers by value, reversed") << "FE-10"
                                                << "FE-2" << 1;
    QTest::newRow("equal") << "LYNC-FE-01"
                           << "LYNC-FE-01" << 0;
    QTest::newRow("case ignored first") << "fe-3"
                                        << "FE-10" << -1;
    QTest::newRow("case breaks a tie") << "FE-2"
                                       << "fe-2" << -1;
    QTest::newRow("leading zeros break a tie") << "a01"
                                               << "a1" << -1;
    QTest::newRow("zeros skipped for value") << "a002"
                                             << "a10" << -1;
    QTest::newRow("letters") << "abc"
                             << "abd" << -1;
    QTest::newRow("letters ignore case") << "a"
                                         << "B" << -1;
    QTest::newRow("prefix first") << "DIR"
                                  << "DIR-01" << -1;
    QTest::newRow("empty first") << ""
                                 << "a" << -1;
    QTest::newRow("both empty") << ""
                                << "" << 0;
    QTest::newRow("digits before letters") << "1"
                                           << "a" << -1;
    QTest::newRow("long numbers") << "x12345678901234567890"
                                  << "x12345678901234567891" << -1;
    QTest::newRow("longer number is larger") << "x99999999999999999999"
                                             << "x100000000000000000000" << -1;
    QTest::newRow("several numbers") << "10.1.2.10"
                                     << "10.1.10.2" << -1;
    QTest::newRow("then the rest") << "FE2b"
                                   << "FE2a" << 1;
    QTest::newRow("non-ASCII digits are characters")
        << QStringLiteral("A\u0662") << QStringLiteral("A\u0661\u0660") << 1;
}

void TestRules::naturalCompare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int forward = Portolan::naturalCompare(a, b);
    const int backward = Portolan::naturalCompare(b, a);
    QCOMPARE((forward > 0) - (forward < 0), sign);
    QCOMPARE((backward > 0) - (backward < 0), -sign);
}

void TestRules::hostsByRoleOrder()
{
    const auto catalog = lync();
    const Project project = makeProject({
        makeHost("c", "FE-10", "front-end-server", {}),
        makeHost("b", "FE-9", "front-end-server", {}),
        makeHost("a", "FE-9", "front-end-server", {}),
        makeHost("d", "RP", "reverse-proxy", {}),
    });
    const auto byRole = hostsByRole(*catalog, project);
    QCOMPARE(int(byRole.size()), 7);
    QCOMPARE(byRole[3], (std::vector<quint32>{2, 1, 0}));
    QCOMPARE(byRole[0], (std::vector<quint32>{3}));
    QVERIFY(byRole[6].empty()); // `any` holds no hosts
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
