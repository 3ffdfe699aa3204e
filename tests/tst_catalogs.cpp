// The shipped catalogs and the admin's own: the built-ins agree on every shared
// role, cite existing table rows and cover their pages; a project of several
// catalogs derives the right rules with features on and off and keeps source
// ports; folders of the admin's catalogs load the good files and report the
// broken ones by name; the samples open, check clean and export.

#include "catalogcsv.h"
#include "catalogfeatures.h"
#include "catalogregistry.h"
#include "csvexport.h"
#include "findings.h"
#include "layout.h"
#include "projectfile.h"
#include "rules.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;
using TestSupport::readAll;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(PORTOLAN_TEST_DATA) + u'/' + relative;
}

struct Page
{
    QList<int> rows; ///< per table
    QList<int> only; ///< the tables that hold flows; empty: all
};

/// tests/data/catalogs/tables.txt: each source page's tables, from the reference extracts.
QHash<QString, Page> pages()
{
    QHash<QString, Page> result;
    const QList<QByteArray> lines =
        readAll(dataPath(QStringLiteral("catalogs/tables.txt"))).split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList words = QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
        Page page;
        bool only = false;
        for (const QString &word : words.mid(1)) {
            if (word == QLatin1String("only"))
                only = true;
            else if (only)
                for (const QString &t : word.split(u','))
                    page.only.append(t.toInt());
            else
                page.rows.append(word.toInt());
        }
        result.insert(words.constFirst(), page);
    }
    return result;
}

Host host(const char *id, const char *role, std::initializer_list<const char *> addresses)
{
    Host h;
    h.id = QString::fromLatin1(id);
    h.name = h.id.toUpper();
    h.role = QString::fromLatin1(role);
    for (const char *text : addresses)
        h.addresses.append(*Address::parse(QString::fromLatin1(text)));
    return h;
}

/// A Director pool, a single consolidated Edge with public addresses, a reverse
/// proxy and the A/V source-port rules, one address a host (counted by hand in
/// perimeterRules()).
Project perimeter(const QStringList &features)
{
    Project project;
    project.catalogIds = {QStringLiteral("lync2013-scaled-director-pool-hlb"),
                          QStringLiteral("lync2013-edge-single-public"),
                          QStringLiteral("lync2013-reverse-proxy"),
                          QStringLiteral("lync2013-av-edge-source-ports")};
    project.features = features;
    project.hosts = {
        host("internet", "internet", {"0.0.0.0/0"}),
        host("partner", "federated-partner", {"198.51.100.0/24"}),
        host("dns", "dns-server", {"192.0.2.53"}),
        host("crl", "crl-server", {"192.0.2.80"}),
        host("xmpppartner", "xmpp-partner", {"198.51.100.77"}),
        host("pic", "public-im-provider", {"198.51.100.200"}),
        host("wlm", "live-messenger-clients", {"100.64.0.0/10"}),
        host("extclients", "external-clients", {"192.0.2.128/25"}),
        host("rpext", "reverse-proxy-external", {"203.0.113.20"}),
        host("access", "edge-access", {"203.0.113.10"}),
        host("xmpp", "xmpp-proxy", {"203.0.113.13"}),
        host("webconf", "edge-webconf", {"203.0.113.11"}),
        host("av", "edge-av", {"203.0.113.12"}),
        host("clients", "internal-clients", {"10.20.0.0/16"}),
        host("rp", "reverse-proxy", {"10.1.1.10"}),
        host("edge", "edge-internal", {"10.1.4.10"}),
        host("dirvip", "director-vip", {"10.1.2.10"}),
        host("dir1", "director", {"10.1.2.21"}),
        host("dir2", "director", {"10.1.2.22"}),
        host("fepool", "front-end-pool", {"10.1.3.10"}),
        host("fe1", "front-end-server", {"10.1.3.11"}),
        host("owa", "office-web-apps", {"10.1.3.30"}),
    };
    return project;
}

const QStringList allFeatures{QStringLiteral("xmpp-federation"),
                              QStringLiteral("ocs2007-federation"),
                              QStringLiteral("sip-federation"), QStringLiteral("public-im"),
                              QStringLiteral("reverse-proxy-http")};

/// "FLOW-ID SOURCE > DESTINATION PORT" of every rule, or of one flow's.
QStringList describe(const Catalog &catalog, const Project &project, const std::vector<Rule> &rules,
                     const QString &flowId = QString())
{
    QStringList lines;
    for (const Rule &rule : rules) {
        const Flow &flow = catalog.flows()[rule.flow];
        if (!flowId.isEmpty() && flow.id != flowId)
            continue;
        const QString source =
            rule.isFromAny() ? QStringLiteral("any") : project.hosts[rule.sourceHost].id;
        QString line = flow.id + u' ' + source + QStringLiteral(" > ") +
                       project.hosts[rule.destinationHost].id + u' ' + flow.transport + u' ' +
                       flow.portText();
        if (flow.hasSourcePort())
            line += QStringLiteral(" from ") + flow.sourcePortText();
        lines.append(line);
    }
    return lines;
}

} // namespace

class TestCatalogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInsAgree();
    void references_data();
    void references();
    void pagesComplete();
    void perimeterRules_data();
    void perimeterRules();
    void sourcePortsInRules();
    void duplicatesAcrossCatalogs();
    void disabledFeatures();
    void multiCatalogRoundTrip();
    void layoutColumns();
    void userCatalogs();
    void brokenUserCatalogs_data();
    void brokenUserCatalogs();
    void unreadableUserCatalogs();
    void userCatalogComposes();
    void documentedExample();
    void samples_data();
    void samples();
};

void TestCatalogs::builtInsAgree()
{
    const CatalogRegistry registry({});
    QCOMPARE(registry.problems(), QStringList());
    QCOMPARE(registry.ids().size(), 16);
    QSet<QString> flowIds;
    for (const QString &id : registry.ids()) {
        const auto catalog = registry.catalog(id);
        QVERIFY(catalog);
        QVERIFY2(!catalog->product().isEmpty(), qPrintable(id));
        QVERIFY2(!catalog->name().de.isEmpty(), qPrintable(id));
        for (const Role &role : catalog->roles()) {
            QVERIFY2(!role.name.de.isEmpty(), qPrintable(role.id));
            if (role.pseudo)
                continue;
            QVERIFY2(QFile::exists(role.icon), qPrintable(role.icon));
            QVERIFY2(role.column >= 0, qPrintable(role.id));
            QCOMPARE(registry.roleIcon(role.id), role.icon);
        }
        for (const Flow &flow : catalog->flows()) {
            QVERIFY2(!flow.note.de.isEmpty(), qPrintable(flow.id));
            QVERIFY2(flow.caution.isEmpty() || !flow.caution.de.isEmpty(), qPrintable(flow.id));
            // Flow ids are unique across every catalog, so any two compose.
            QVERIFY2(!flowIds.contains(flow.id), qPrintable(flow.id));
            flowIds.insert(flow.id);
        }
    }
    QCOMPARE(flowIds.size(), 346);
    // Every built-in composes with every other.
    for (const QString &a : registry.ids()) {
        for (const QString &b : registry.ids()) {
            QString error;
            if (a != b)
                QVERIFY2(registry.compose({a, b}, &error), qPrintable(error));
        }
    }
}

void TestCatalogs::references_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : CatalogRegistry({}).ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestCatalogs::references()
{
    QFETCH(QString, id);
    const auto catalog = CatalogRegistry({}).catalog(id);
    QVERIFY(catalog);
    const QHash<QString, Page> all = pages();
    QVERIFY2(all.contains(catalog->sourceDocument()), qPrintable(catalog->sourceDocument()));
    const Page page = all.value(catalog->sourceDocument());
    QCOMPARE(catalog->sourceTables(), page.rows);
    for (int f = 0; f < catalog->flows().size(); ++f) {
        const Flow &flow = catalog->flows()[f];
        const QString where = flow.id + QStringLiteral(": ") + catalog->flowReference(f, {});
        QCOMPARE(flow.document, catalog->sourceDocument());
        if (flow.seedRow == 0) {
            QVERIFY2(flow.document == QLatin1String("JJ204648"), qPrintable(where));
            continue;
        }
        if (flow.seedTable == 0) {
            QVERIFY2(page.rows.size() == 1, qPrintable(where));
            QVERIFY2(flow.seedRow <= page.rows[0], qPrintable(where));
            QVERIFY(catalog->flowReference(f, {}).endsWith(
                QStringLiteral(", table row %1").arg(flow.seedRow)));
            continue;
        }
        QVERIFY2(page.rows.size() > 1, qPrintable(where));
        QVERIFY2(flow.seedTable <= page.rows.size(), qPrintable(where));
        QVERIFY2(flow.seedRow <= page.rows[flow.seedTable - 1], qPrintable(where));
        QVERIFY2(page.only.isEmpty() || page.only.contains(flow.seedTable), qPrintable(where));
        QCOMPARE(catalog->flowReference(f, QStringLiteral("en")),
                 QStringLiteral("%1, table %2, row %3")
                     .arg(flow.document)
                     .arg(flow.seedTable)
                     .arg(flow.seedRow));
    }
}

void TestCatalogs::pagesComplete()
{
    // Per product and page, every row of every flow table is one flow: nothing
    // left out, nothing twice (the Skype for Business page is split in two
    // catalogs per version; their tables do not overlap).
    const QHash<QString, Page> all = pages();
    const CatalogRegistry registry({});
    QHash<QString, QHash<QString, int>> seen; // "product|page" -> "table.row" -> count
    for (const QString &id : registry.ids()) {
        const auto catalog = registry.catalog(id);
        for (const Flow &flow : catalog->flows()) {
            if (flow.seedRow > 0)
                ++seen[catalog->product() + u'|' + flow.document]
                      [QStringLiteral("%1.%2").arg(std::max(flow.seedTable, 1)).arg(flow.seedRow)];
        }
    }
    QCOMPARE(seen.size(), 14); // 12 pages, the Skype page for two versions
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it) {
        const Page page = all.value(it.key().section(u'|', 1));
        int rows = 0;
        for (int t = 1; t <= page.rows.size(); ++t) {
            if (!page.only.isEmpty() && !page.only.contains(t))
                continue;
            for (int r = 1; r <= page.rows[t - 1]; ++r) {
                const QString key = QStringLiteral("%1.%2").arg(t).arg(r);
                QVERIFY2(it.value().value(key) == 1,
                         qPrintable(it.key() + u' ' + key +
                                    QStringLiteral(" used %1 times").arg(it.value().value(key))));
                ++rows;
            }
        }
        QCOMPARE(it.value().size(), rows);
    }
}

void TestCatalogs::perimeterRules_data()
{
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<int>("rules");
    // Off: Director pool 15, Edge 25 (edge > Director VIP 5061 is the pool
    // table's), reverse proxy 6 (rp > VIP 4443 likewise), source ports 2
    // (their inbound rows repeat the Edge table's).
    QTest::newRow("features off") << QStringList() << 48;
    // XMPP: any > XMPP proxy and Access Edge 5269, access > partner 5269, any
    // > Edge internal 23456 (the XMPP table's own row repeats it).
    QTest::newRow("XMPP") << QStringList{QStringLiteral("xmpp-federation")} << 52;
    QTest::newRow("OCS 2007") << QStringList{QStringLiteral("ocs2007-federation")} << 51;
    // The federation table's one row repeats the external table's row 7.
    QTest::newRow("SIP federation") << QStringList{QStringLiteral("sip-federation")} << 48;
    QTest::newRow("public IM") << QStringList{QStringLiteral("public-im")} << 54;
    // any > listener 80; rp > FE, pool, Directors 8080 (the VIP's is the pool table's).
    QTest::newRow("reverse proxy HTTP") << QStringList{QStringLiteral("reverse-proxy-http")} << 53;
    QTest::newRow("all") << allFeatures << 66;
}

void TestCatalogs::perimeterRules()
{
    QFETCH(QStringList, features);
    QFETCH(int, rules);
    const Project project = perimeter(features);
    QString error;
    const auto catalog = catalogForProject(project, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->flows().size(), 9 + 37 + 5 + 4);
    QCOMPARE(featureProblem(*catalog, features), QString());
    const auto derived = deriveRules(*catalog, project);
    QCOMPARE(int(derived.size()), rules);
    // A flow that is off connects nothing on the canvas either.
    const std::vector<bool> active = activeFlows(*catalog, project.features);
    for (const Connection &connection : deriveConnections(*catalog, project)) {
        for (int f : connection.flows)
            QVERIFY2(active[size_t(f)], qPrintable(catalog->flows()[f].id));
    }
    for (const Rule &rule : derived)
        QVERIFY(active[rule.flow]);
    // Nothing stops a check, and every rule cites its own page.
    QCOMPARE(countFindings(checkProject(*catalog, project), Finding::Severity::Error), 0);
    for (const Rule &rule : derived) {
        const QString reference = catalog->flowReference(rule.flow, QStringLiteral("en"));
        QVERIFY2(reference.startsWith(catalog->flows()[rule.flow].document + u','),
                 qPrintable(reference));
    }
}

void TestCatalogs::sourcePortsInRules()
{
    const Project project = perimeter({});
    const auto catalog = catalogForProject(project);
    QVERIFY(catalog);
    const auto rules = deriveRules(*catalog, project);
    QStringList withSourcePort;
    for (const QString &line : describe(*catalog, project, rules)) {
        if (line.contains(QStringLiteral(" from ")))
            withSourcePort.append(line);
    }
    // Same address pair and port as the Edge table's rule, another source port:
    // a rule of its own.
    QCOMPARE(withSourcePort,
             (QStringList{QStringLiteral("gg425882-t3r1 av > internet TCP 443 from 50000-59999"),
                          QStringLiteral("gg425882-t3r2 av > internet UDP 3478 from 3478")}));
    QCOMPARE(describe(*catalog, project, rules, QStringLiteral("jj204756-t1r16")),
             QStringList{QStringLiteral("jj204756-t1r16 av > internet TCP 443")});
    // Its inbound rows have any source port and repeat the Edge table's.
    QCOMPARE(describe(*catalog, project, rules, QStringLiteral("gg425882-t3r3")), QStringList());
    QCOMPARE(describe(*catalog, project, rules, QStringLiteral("jj204756-t1r15")),
             QStringList{QStringLiteral("jj204756-t1r15 any > av TCP 443")});
}

void TestCatalogs::duplicatesAcrossCatalogs()
{
    // The Edge table's SIP rule to the Director VIP and the reverse proxy's
    // 4443 to it are the Director pool table's, which comes first.
    const Project project = perimeter(allFeatures);
    const auto catalog = catalogForProject(project);
    const auto rules = deriveRules(*catalog, project);
    QCOMPARE(describe(*catalog, project, rules, QStringLiteral("jj204983-r6")),
             QStringList{QStringLiteral("jj204983-r6 edge > dirvip TCP 5061")});
    QCOMPARE(describe(*catalog, project, rules, QStringLiteral("jj204756-t2r3")),
             (QStringList{QStringLiteral("jj204756-t2r3 edge > dir1 TCP 5061"),
                          QStringLiteral("jj204756-t2r3 edge > dir2 TCP 5061"),
                          QStringLiteral("jj204756-t2r3 edge > fe1 TCP 5061"),
                          QStringLiteral("jj204756-t2r3 edge > fepool TCP 5061")}));
    QCOMPARE(describe(*catalog, project, rules, QStringLiteral("jj204932-t2r1")),
             (QStringList{QStringLiteral("jj204932-t2r1 rp > fe1 TCP 8080"),
                          QStringLiteral("jj204932-t2r1 rp > fepool TCP 8080"),
                          QStringLiteral("jj204932-t2r1 rp > dir1 TCP 8080"),
                          QStringLiteral("jj204932-t2r1 rp > dir2 TCP 8080")}));
    QCOMPARE(describe(*catalog, project, rules, QStringLiteral("jj204756-t3r1")), QStringList());
    QCOMPARE(describe(*catalog, project, rules, QStringLiteral("jj204756-t5r3")), QStringList());
}

void TestCatalogs::disabledFeatures()
{
    const Project project = perimeter({QStringLiteral("sip-federation")});
    const auto catalog = catalogForProject(project);
    QCOMPARE(disabledFeatureMessages(*catalog, project),
             (QStringList{
                 QStringLiteral("The feature XMPP federation is off: its optional flows get no "
                                "rules (TCP 5269, 23456)."),
                 QStringLiteral("The feature Federation with Office Communications Server 2007 is "
                                "off: its optional flows get no rules (UDP 50000-59999; TCP "
                                "50000-59999)."),
                 QStringLiteral("The feature Public IM connectivity (Windows Live Messenger) is "
                                "off: its optional flows get no rules (TCP 5061, 443, "
                                "50000-59999; UDP 3478)."),
                 QStringLiteral("The feature HTTP through the reverse proxy (ports 80 and 8080: "
                                "redirection, Autodiscover for mobile devices) is off: its "
                                "optional flows get no rules (TCP 80, 8080).")}));
    const QList<DisabledFeature> off = Portolan::disabledFeatures(*catalog, project);
    QCOMPARE(off.size(), 4);
    QCOMPARE(catalog->features()[off[0].feature].id, QStringLiteral("xmpp-federation"));
    QCOMPARE(off[0].flows.size(), 5);

    Project sfb;
    sfb.catalogIds = {QStringLiteral("sfb2019-edge")};
    const auto sfbCatalog = catalogForProject(sfb);
    QCOMPARE(disabledFeatureMessages(*sfbCatalog, sfb),
             QStringList{QStringLiteral(
                 "The feature XMPP federation is not supported by catalog 'sfb2019-edge' (XMPP "
                 "gateways and proxies are no longer supported in Skype for Business Server "
                 "2019.): its flows get no rules (TCP 5269, 23456).")});
    QCOMPARE(featureProblem(*sfbCatalog, {QStringLiteral("xmpp-federation")}),
             QStringLiteral("names the feature 'xmpp-federation', which catalog 'sfb2019-edge' "
                            "does not support: XMPP gateways and proxies are no longer supported "
                            "in Skype for Business Server 2019."));
    // Skype for Business Server 2015 still has it.
    sfb.catalogIds = {QStringLiteral("sfb2015-edge")};
    QCOMPARE(featureProblem(*catalogForProject(sfb), {QStringLiteral("xmpp-federation")}),
             QString());
}

void TestCatalogs::multiCatalogRoundTrip()
{
    Project project = perimeter({QStringLiteral("public-im"), QStringLiteral("xmpp-federation")});
    project.hosts.resize(2);
    const QByteArray saved = ProjectFile::serialize(project);
    QVERIFY2(saved.contains("\n  \"catalogs\": [\"lync2013-scaled-director-pool-hlb\","
                            "\"lync2013-edge-single-public\",\"lync2013-reverse-proxy\","
                            "\"lync2013-av-edge-source-ports\"],\n  \"features\": "
                            "[\"public-im\",\"xmpp-federation\"],\n  \"title\""),
             saved.constData());
    QVERIFY(!saved.contains("\"catalog\":"));
    Project again;
    QString error;
    QVERIFY2(ProjectFile::parse(saved, QStringLiteral("saved"), &again, &error), qPrintable(error));
    QVERIFY(again == project);
    QCOMPARE(ProjectFile::serialize(again), saved);

    // One catalog keeps the form of every earlier version, and no features key.
    project.catalogIds = {QStringLiteral("lync2013-edge-single-public")};
    project.features.clear();
    const QByteArray single = ProjectFile::serialize(project);
    QVERIFY2(single.contains("\n  \"catalog\": \"lync2013-edge-single-public\",\n  \"title\""),
             single.constData());
    QVERIFY(!single.contains("features"));
}

void TestCatalogs::layoutColumns()
{
    // The perimeter sample left to right: the Internet side, the Edge's outside,
    // internal clients, the perimeter's inside, the Directors, the Front-End pool.
    Project project;
    QString error;
    QVERIFY2(
        ProjectFile::load(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/perimeter.json"),
                          &project, &error),
        qPrintable(error));
    const auto catalog = catalogForProject(project, &error);
    QVERIFY2(catalog, qPrintable(error));
    const auto positions = arrangeByRole(*catalog, project);
    auto x = [&](const char *id) {
        return positions.value(QString::fromLatin1(id)).x();
    };
    QCOMPARE(x("internet"), 0.0);
    QCOMPARE(x("dns"), x("internet"));
    QVERIFY(x("access") > x("internet"));
    QCOMPARE(x("rp-ext"), x("access"));
    QVERIFY(x("clients-hq") > x("access"));
    QVERIFY(x("rp1") > x("clients-hq"));
    QCOMPARE(x("edge1"), x("rp1"));
    QVERIFY(x("dirvip") > x("rp1"));
    QCOMPARE(x("dir1"), x("dirvip"));
    QVERIFY(x("fepool") > x("dirvip"));
    QCOMPARE(x("owa"), x("fepool"));
    // Within a column, catalog order: the reverse proxy above the Edge.
    QVERIFY(positions.value(QStringLiteral("rp1")).y() <
            positions.value(QStringLiteral("edge1")).y());
}

void TestCatalogs::userCatalogs()
{
    const QString home = dataPath(QStringLiteral("user-catalogs/home/portolan/catalogs"));
    const CatalogRegistry registry({home, dataPath(QStringLiteral("user-catalogs/bad"))});
    // Built-ins first, by id; then each folder's files by name.
    QCOMPARE(registry.entries().size(), 16 + 1 + 22);
    QCOMPARE(registry.ids().size(), 17);
    const CatalogEntry *own = registry.entry(QStringLiteral("contoso-office-web-apps"));
    QVERIFY(own && own->catalog);
    QVERIFY(!own->builtIn);
    QCOMPARE(own->path,
             QDir(home).absoluteFilePath(QStringLiteral("contoso-office-web-apps.json")));
    QCOMPARE(own->problems, QStringList());
    const Catalog &catalog = *own->catalog;
    QCOMPARE(catalog.product(), QStringLiteral("Office Web Apps Server 2013"));
    QCOMPARE(catalog.flowReference(2, QStringLiteral("en")),
             QStringLiteral("UC-DESIGN-7, table row 3"));
    const Role &farm = catalog.roles()[catalog.roleIndex(QStringLiteral("owa-farm-vip"))];
    QCOMPARE(farm.icon, QDir(home).absoluteFilePath(QStringLiteral("owa-farm-vip.svg")));
    QCOMPARE(registry.roleIcon(QStringLiteral("owa-farm-vip")), farm.icon);
    // Shared roles keep the built-in definition (and icon).
    QCOMPARE(registry.roleIcon(QStringLiteral("office-web-apps")),
             QStringLiteral(":/icons/roles/office-web-apps.svg"));
    QCOMPARE(registry.userFolders(),
             (QStringList{home, dataPath(QStringLiteral("user-catalogs/bad"))}));
}

void TestCatalogs::brokenUserCatalogs_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name :
         TestSupport::badCaseNames(dataPath(QStringLiteral("user-catalogs/bad"))))
        QTest::newRow(qPrintable(name)) << name;
}

void TestCatalogs::brokenUserCatalogs()
{
    // Each broken file is skipped with the message `portolan catalog --validate`
    // gives (tests/regenerate-bad-catalog-messages.sh), named by its path.
    QFETCH(QString, name);
    const QString folder = QDir(dataPath(QStringLiteral("user-catalogs/bad"))).absolutePath();
    const CatalogRegistry registry({folder});
    const QString path = folder + u'/' + name;
    const CatalogEntry *entry = nullptr;
    for (const CatalogEntry &e : registry.entries()) {
        if (e.path == path)
            entry = &e;
    }
    QVERIFY(entry);
    QVERIFY(!entry->catalog);
    QCOMPARE(entry->problems.size(), 1);
    QString expected = QString::fromUtf8(readAll(path + QStringLiteral(".error"))).trimmed();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(entry->problems.constFirst(), folder + u'/' + expected);
    // The built-ins are all still there.
    QCOMPARE(registry.ids(), CatalogRegistry({}).ids());
}

void TestCatalogs::unreadableUserCatalogs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dataPath(QStringLiteral("user-catalogs/home/portolan/catalogs"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.json")));
    TestSupport::writeAll(dir.filePath(QStringLiteral("huge.json")),
                          QByteArray(CatalogLimits::maxFileBytes + 1, ' '));
    // The same id in a second folder: the first folder's wins.
    QVERIFY(QFile::copy(good + QStringLiteral("/contoso-office-web-apps.json"),
                        dir.filePath(QStringLiteral("contoso-office-web-apps.json"))));
    QVERIFY(QFile::copy(good + QStringLiteral("/owa-farm-vip.svg"),
                        dir.filePath(QStringLiteral("owa-farm-vip.svg"))));
    const CatalogRegistry registry({good, dir.path(), dir.filePath(QStringLiteral("missing"))});
    QCOMPARE(
        registry.problems(),
        (QStringList{dir.filePath(QStringLiteral("contoso-office-web-apps.json")) +
                         QStringLiteral(": a catalog 'contoso-office-web-apps' is already loaded "
                                        "from %1; this file is skipped")
                             .arg(QDir(good).absoluteFilePath(
                                 QStringLiteral("contoso-office-web-apps.json"))),
                     dir.filePath(QStringLiteral("folder.json")) +
                         QStringLiteral(": is not a regular file"),
                     dir.filePath(QStringLiteral("huge.json")) +
                         QStringLiteral(": the file is 2097153 bytes; catalogs are at most 2097152 "
                                        "bytes")}));
    QCOMPARE(registry.ids().size(), 17);
    QCOMPARE(registry.userFolders().size(), 3);
}

void TestCatalogs::userCatalogComposes()
{
    // A catalog of the admin's own beside a built-in: shared roles once, its own
    // role in its own column, right of the Front-End column.
    const CatalogRegistry registry(
        {dataPath(QStringLiteral("user-catalogs/home/portolan/catalogs"))});
    QString error;
    const auto catalog = registry.compose(
        {QStringLiteral("lync2013-single-director"), QStringLiteral("contoso-office-web-apps")},
        &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->roles().size(), 7 + 2);
    QCOMPARE(catalog->flows().size(), 16);
    Project project;
    project.catalogIds = {QStringLiteral("lync2013-single-director"),
                          QStringLiteral("contoso-office-web-apps")};
    project.hosts = {host("fe1", "front-end-server", {"10.1.3.11"}),
                     host("vip", "owa-farm-vip", {"10.1.3.40"}),
                     host("clients", "internal-clients", {"10.20.0.0/16"})};
    const auto rules = deriveRules(*catalog, project);
    QCOMPARE(describe(*catalog, project, rules),
             (QStringList{QStringLiteral("contoso-fe-owa-https fe1 > vip TCP 443"),
                          QStringLiteral("contoso-clients-owa-https clients > vip TCP 443")}));
    project.features = {QStringLiteral("owa-http")};
    QCOMPARE(deriveRules(*catalog, project).size(), size_t(3));
    const auto positions = arrangeByRole(*catalog, project);
    QVERIFY(positions.value(QStringLiteral("vip")).x() >
            positions.value(QStringLiteral("fe1")).x());
}

void TestCatalogs::documentedExample()
{
    // docs/catalog-format.md shows the test's catalog of the admin's own, verbatim.
    const QByteArray doc = readAll(QStringLiteral(PORTOLAN_SOURCE_DIR "/docs/catalog-format.md"));
    const qsizetype start = doc.indexOf("```json\n");
    QVERIFY(start >= 0);
    const qsizetype end = doc.indexOf("```", start + 8);
    QCOMPARE(doc.mid(start + 8, end - start - 8),
             readAll(dataPath(QStringLiteral(
                 "user-catalogs/home/portolan/catalogs/contoso-office-web-apps.json"))));
}

void TestCatalogs::samples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("catalogs");
    QTest::addColumn<int>("rules");
    QTest::newRow("single Director") << "single-director" << 1 << 47;
    QTest::newRow("Director pool") << "director-pool" << 1 << 36;
    QTest::newRow("Edge with NAT") << "edge-nat" << 1 << 27;
    QTest::newRow("perimeter") << "perimeter" << 3 << 109;
}

void TestCatalogs::samples()
{
    QFETCH(QString, name);
    QFETCH(int, catalogs);
    QFETCH(int, rules);
    // Built in (the window's File menu and `portolan sample` read them there)
    // and in the source tree alike, in canonical form.
    const QString path = QStringLiteral(":/samples/%1.json").arg(name);
    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes, readAll(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/") + name +
                            QStringLiteral(".json")));
    Project project;
    QString error;
    QVERIFY2(ProjectFile::parse(bytes, path, &project, &error), qPrintable(error));
    if (name != QLatin1String("single-director")) // written by hand before save was canonical
        QCOMPARE(ProjectFile::serialize(project), bytes);
    QCOMPARE(project.catalogIds.size(), catalogs);
    const auto catalog = catalogForProject(project, &error);
    QVERIFY2(catalog, qPrintable(error));
    const QList<Finding> findings = checkProject(*catalog, project);
    QCOMPARE(countFindings(findings, Finding::Severity::Error), 0);
    const auto derived = deriveRules(*catalog, project);
    QCOMPARE(int(derived.size()), rules);
    QBuffer sheet;
    QVERIFY(sheet.open(QIODevice::WriteOnly));
    QVERIFY(writeRuleSheet(&sheet, *catalog, project, derived, CsvOptions()));
    QCOMPARE(sheet.data().count("\r\n"), rules + 1);
    QVERIFY(!project.zones.size()); // the lead's zones come later
}

QTEST_GUILESS_MAIN(TestCatalogs)
#include "tst_catalogs.moc"
