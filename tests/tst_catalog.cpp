// The built-in catalog against the seed (JJ204648, German) and PORTS.md: exactly
// 13 flows with their roles, ports, protocols, notes and seed references; and
// catalog JSON that must be refused, with the message each gives.

#include "catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;

namespace {

const char catalogId[] = "lync2013-single-director";

std::shared_ptr<const Catalog> builtIn()
{
    QString error;
    auto catalog = Catalog::load(QLatin1String(catalogId), &error);
    if (!catalog)
        qWarning("%s", qPrintable(error));
    return catalog;
}

QStringList roleIds(const Catalog &catalog, const QList<int> &roles)
{
    QStringList ids;
    for (int r : roles)
        ids.append(catalog.roles()[r].id);
    return ids;
}

QJsonObject builtInJson()
{
    QFile file(QStringLiteral(":/catalogs/%1.json").arg(QLatin1String(catalogId)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The notes, in the seed's own German words and in PORTS.md's English.
const char webNoteDe[] = "Die Kommunikation wird zunächst von der externen Seite des "
                         "Reverseproxys empfangen und dann an die Webdienste Director und "
                         "Front-End-Server gesendet.";
const char webNoteEn[] = "Traffic arrives first on the reverse proxy's external side, then goes "
                         "on to the Director and Front-End web services.";
const char introWebDe[] = "Von Microsoft Lync Server 2013 wird standardmäßig erwartet, dass die "
                          "Ports HTTP/TCP 8080 und HTTPS/TCP 4443 auf dem Reverseproxy zum "
                          "Director sowie zum Front-End-Pool und Front-End-Server offen sind.";
const char introWebEn[] = "Lync expects 8080 and 4443 open from the reverse proxy to the "
                          "Director and to the Front-End pool and server.";
const char clientsDe[] = "Der Director stellt Webdienste für interne und externe Clients bereit.";
const char clientsEn[] = "The Director serves web services to internal and external clients.";
const char clsDe[] = "Zentraler Protokollierungsdienst: Controller-Befehle (ClsController.exe) "
                     "oder Agentbefehle (ClasAgent.exe) sowie Protokollerfassung";
const char clsEn[] = "Centralized Logging Service: controller commands (ClsController.exe), "
                     "agent commands (ClsAgent.exe) and log collection.";

/// A catalog with every field of the extended format: a Director shared with
/// the built-in catalog, a role of its own, a feature, source ports, a caution.
QByteArray extendedJson()
{
    return R"json({
  "format": "portolan-catalog", "version": 1, "id": "ext-cat", "product": "Example Server 1",
  "name": {"en": "Example"},
  "source": {"title": "Example page", "document": "XY123", "tables": [2, 3]},
  "features": [{"id": "media", "name": {"en": "Media", "de": "Medien"},
                "unsupported": {"en": "Not in version 1.", "de": "Nicht in Version 1."}}],
  "roles": [
    {"id": "director", "prefix": "DIR", "addresses": "host", "column": 4,
     "name": {"en": "Director", "de": "Director"}},
    {"id": "media-relay", "prefix": "RELAY", "addresses": "host", "name": {"en": "Media relay"}},
    {"id": "any", "pseudo": true, "name": {"en": "Any", "de": "Beliebig"}}
  ],
  "families": [{"id": "media", "name": {"en": "Media"}},
               {"id": "sip", "name": {"en": "SIP signalling (MTLS)",
                                      "de": "SIP-Signalisierung (MTLS)"}}],
  "flows": [
    {"id": "media-in", "from": ["any"], "to": ["director"], "transport": "TCP", "port": 443,
     "sourcePorts": [50000, 59999], "protocol": "RTP", "family": "media", "feature": "media",
     "seed": {"section": "table", "table": 2, "row": 3, "from": "Any", "to": "Director"},
     "note": {"en": "Media."},
     "caution": {"en": "Page B says otherwise.", "de": "Seite B sagt anderes."}},
    {"id": "relay", "from": ["director"], "to": ["media-relay"], "transport": "UDP", "port": 3478,
     "sourcePort": 3478, "protocol": "STUN", "family": "sip",
     "seed": {"section": "introduction"}, "note": {"en": "Relay."}},
    {"id": "plain", "from": ["director"], "to": ["media-relay"], "transport": "TCP",
     "ports": [5000, 5010], "protocol": "X", "family": "media",
     "seed": {"section": "table", "table": 1, "row": 2}, "note": {"en": "Plain."}}
  ]
})json";
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void availableIds();
    void identity();
    void roles_data();
    void roles();
    void flowCount();
    void flows_data();
    void flows();
    void seedReferences();
    void portText();
    void unknownIds_data();
    void unknownIds();
    void badCatalogs_data();
    void badCatalogs();
    void oversizedCatalog();
    void extendedFields();
    void userIcons();
    void compose();
    void composeConflicts_data();
    void composeConflicts();
    void unsupportedFeatureWins();
};

void TestCatalog::availableIds()
{
    const QStringList expected{QStringLiteral("lync2013-autodiscover"),
                               QStringLiteral("lync2013-av-edge-source-ports"),
                               QStringLiteral("lync2013-dns-hlb-director-pool"),
                               QStringLiteral("lync2013-edge-scaled-dns-nat"),
                               QStringLiteral("lync2013-edge-scaled-dns-public"),
                               QStringLiteral("lync2013-edge-scaled-hlb"),
                               QStringLiteral("lync2013-edge-single-nat"),
                               QStringLiteral("lync2013-edge-single-public"),
                               QStringLiteral("lync2013-federation-public-im"),
                               QStringLiteral("lync2013-reverse-proxy"),
                               QStringLiteral("lync2013-scaled-director-pool-hlb"),
                               QLatin1String(catalogId),
                               QStringLiteral("sfb2015-edge"),
                               QStringLiteral("sfb2015-edge-hlb"),
                               QStringLiteral("sfb2019-edge"),
                               QStringLiteral("sfb2019-edge-hlb")};
    QCOMPARE(Catalog::availableIds(), expected);
}

void TestCatalog::identity()
{
    const auto catalog = builtIn();
    QVERIFY(catalog);
    QCOMPARE(catalog->id(), QLatin1String(catalogId));
    QCOMPARE(catalog->name().en,
             QStringLiteral("Lync Server 2013, port summary for a single Director"));
    QCOMPARE(catalog->name().de,
             QStringLiteral("Lync Server 2013, Portzusammenfassung für einen einzelnen Director"));
    QCOMPARE(catalog->sourceDocument(), QStringLiteral("JJ204648"));
    QCOMPARE(catalog->sourceTitle(),
             QStringLiteral("Lync Server 2013: Portzusammenfassung für einen einzelnen Director"));
    QCOMPARE(catalog->sourceUrl(),
             QStringLiteral("https://technet.microsoft.com/de-de/library/JJ204648(v=OCS.15)"));
    QCOMPARE(catalog->families().size(), 3);
}

void TestCatalog::roles_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("de");
    QTest::addColumn<QString>("seed");
    QTest::addColumn<bool>("pseudo");
    QTest::addColumn<bool>("network");

    QTest::newRow("reverse-proxy") << 0 << "reverse-proxy"
                                   << "Reverse proxy (internal interface)"
                                   << "Reverseproxy (interne Schnittstelle)"
                                   << "Interne Schnittstelle des Reverseproxys" << false << false;
    QTest::newRow("director") << 1 << "director"
                              << "Director"
                              << "Director"
                              << "Director, Director-Webdienste" << false << false;
    QTest::newRow("front-end-pool") << 2 << "front-end-pool"
                                    << "Front-End pool"
                                    << "Front-End-Pool"
                                    << "Front-End-Pool" << false << false;
    QTest::newRow("front-end-server") << 3 << "front-end-server"
                                      << "Front-End Server"
                                      << "Front-End-Server"
                                      << "Front-End-Server" << false << false;
    QTest::newRow("edge-internal") << 4 << "edge-internal"
                                   << "Edge Server (internal interface)"
                                   << "Edgeserver (interne Schnittstelle)"
                                   << "Interne Schnittstelle des Edgeservers" << false << false;
    QTest::newRow("internal-clients") << 5 << "internal-clients"
                                      << "Internal client network"
                                      << "Internes Clientnetzwerk"
                                      << "Internal Clients" << false << true;
    QTest::newRow("any") << 6 << "any"
                         << "Any"
                         << "Beliebig"
                         << "Beliebig" << true << false;
}

void TestCatalog::roles()
{
    QFETCH(int, index);
    QFETCH(QString, id);
    QFETCH(QString, en);
    QFETCH(QString, de);
    QFETCH(QString, seed);
    QFETCH(bool, pseudo);
    QFETCH(bool, network);
    const auto catalog = builtIn();
    QVERIFY(catalog);
    QCOMPARE(catalog->roles().size(), 7);
    const Role &role = catalog->roles()[index];
    QCOMPARE(role.id, id);
    QCOMPARE(catalog->roleIndex(id), index);
    QCOMPARE(role.name.en, en);
    QCOMPARE(role.name.de, de);
    QCOMPARE(role.name.text(QStringLiteral("en")), en);
    QCOMPARE(role.name.text(QStringLiteral("de")), de);
    QCOMPARE(role.seedWording, seed);
    QCOMPARE(role.pseudo, pseudo);
    QCOMPARE(role.addressKind == Role::AddressKind::Network, network);
    QCOMPARE(role.namePrefix.isEmpty(), pseudo);
    QCOMPARE(catalog->hostRoles().contains(index), !pseudo);
    QCOMPARE(catalog->anyRole() == index, pseudo);
}

void TestCatalog::flowCount()
{
    const auto catalog = builtIn();
    QVERIFY(catalog);
    QCOMPARE(catalog->flows().size(), 13);
    QCOMPARE(catalog->hostRoles(), (QList<int>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(catalog->roleIndex(QStringLiteral("mediation-server")), -1);
}

void TestCatalog::flows_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("from");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("seedRow"); // 0: the introduction
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("noteEn");
    QTest::addColumn<QString>("noteDe");

    const QStringList rp{QStringLiteral("reverse-proxy")};
    const QStringList dir{QStringLiteral("director")};
    const QStringList fe{QStringLiteral("front-end-pool"), QStringLiteral("front-end-server")};
    const QStringList edge{QStringLiteral("edge-internal")};
    const QStringList clients{QStringLiteral("internal-clients")};
    const QStringList any{QStringLiteral("any")};
    const QStringList servers = dir + fe;
    const QString http = QStringLiteral("HTTP");
    const QString https = QStringLiteral("HTTPS");
    const QString sip = QStringLiteral("SIP/MTLS");
    const QString mtls = QStringLiteral("MTLS");
    const QString web = QStringLiteral("web");
    const QString sipFamily = QStringLiteral("sip");
    const QString logging = QStringLiteral("logging");
    auto u = [](const char *s) {
        return QString::fromUtf8(s);
    };

    QTest::newRow("1 rp-director-http") << 0 << "rp-director-http" << rp << dir << 8080 << http << 1
                                        << web << u(webNoteEn) << u(webNoteDe);
    QTest::newRow("2 rp-director-https") << 1 << "rp-director-https" << rp << dir << 4443 << https
                                         << 2 << web << u(webNoteEn) << u(webNoteDe);
    QTest::newRow("3 rp-frontend-http") << 2 << "rp-frontend-http" << rp << fe << 8080 << http << 0
                                        << web << u(introWebEn) << u(introWebDe);
    QTest::newRow("4 rp-frontend-https") << 3 << "rp-frontend-https" << rp << fe << 4443 << https
                                         << 0 << web << u(introWebEn) << u(introWebDe);
    QTest::newRow("5 director-frontend-https")
        << 4 << "director-frontend-https" << dir << fe << 444 << https << 3 << web
        << "Inter-server traffic between the Director and the Front-End Server."
        << u("Serverübergreifende Kommunikation zwischen dem Director und dem Front-End-Server");
    QTest::newRow("6 clients-director-http") << 5 << "clients-director-http" << clients << dir << 80
                                             << http << 4 << web << u(clientsEn) << u(clientsDe);
    QTest::newRow("7 clients-director-https")
        << 6 << "clients-director-https" << clients << dir << 443 << https << 5 << web
        << u(clientsEn) << u(clientsDe);
    QTest::newRow("8 edge-director-sip")
        << 7 << "edge-director-sip" << edge << dir << 5061 << sip << 6 << sipFamily
        << "SIP between the Edge Server and the Director and Front-End Server."
        << "SIP-Kommunikation zwischen dem Edgeserver und dem Director sowie dem Front-End-Server.";
    QTest::newRow("9 edge-frontend-sip")
        << 8 << "edge-frontend-sip" << edge << fe << 5061 << sip << 0 << sipFamily
        << "SIP uses 5061 from the Edge Server to the Front-End pool and server."
        << "Das SIP-Protokoll verwendet SIP/MTLS/TCP 5061 auf dem Edgeserver zum Front-End-Pool "
           "und Front-End-Server.";
    QTest::newRow("10 servers-edge-sip")
        << 9 << "servers-edge-sip" << servers << edge << 5061 << sip << 0 << sipFamily
        << "A rule for 5061 between the Director, Front-End pool and server and the Edge internal "
           "interface must be created as well (the return direction)."
        << u("Eine Regel, die die SIP/MTLS/TCP 5061-Kommunikation zwischen dem Director, "
             "Front-End-Pool und Front-End-Server und der internen Edgeserver-Schnittstelle "
             "ermöglicht, muss ebenfalls erstellt werden.");
    QTest::newRow("11 any-edge-cls-50001") << 10 << "any-edge-cls-50001" << any << edge << 50001
                                           << mtls << 7 << logging << u(clsEn) << u(clsDe);
    QTest::newRow("12 any-edge-cls-50002") << 11 << "any-edge-cls-50002" << any << edge << 50002
                                           << mtls << 8 << logging << u(clsEn) << u(clsDe);
    QTest::newRow("13 any-edge-cls-50003") << 12 << "any-edge-cls-50003" << any << edge << 50003
                                           << mtls << 9 << logging << u(clsEn) << u(clsDe);
}

void TestCatalog::flows()
{
    QFETCH(int, index);
    QFETCH(QString, id);
    QFETCH(QStringList, from);
    QFETCH(QStringList, to);
    QFETCH(int, port);
    QFETCH(QString, protocol);
    QFETCH(int, seedRow);
    QFETCH(QString, family);
    QFETCH(QString, noteEn);
    QFETCH(QString, noteDe);

    const auto catalog = builtIn();
    QVERIFY(catalog);
    const Flow &flow = catalog->flows()[index];
    QCOMPARE(flow.id, id);
    QCOMPARE(roleIds(*catalog, flow.sourceRoles), from);
    QCOMPARE(roleIds(*catalog, flow.destinationRoles), to);
    QCOMPARE(flow.transport, QStringLiteral("TCP"));
    QCOMPARE(flow.portFirst, port);
    QCOMPARE(flow.portLast, port);
    QCOMPARE(flow.protocol, protocol);
    QCOMPARE(flow.seedRow, seedRow);
    QCOMPARE(catalog->families()[flow.family].id, family);
    QVERIFY(!flow.note.en.isEmpty());
    QVERIFY(!flow.note.de.isEmpty());
    QCOMPARE(flow.note.en, noteEn);
    QCOMPARE(flow.note.de, noteDe);
    QCOMPARE(flow.note.text(QStringLiteral("de")), noteDe);
    QCOMPARE(flow.note.text(QStringLiteral("fr")), noteEn);
}

void TestCatalog::seedReferences()
{
    const auto catalog = builtIn();
    QVERIFY(catalog);
    // Every table row of the seed is used exactly once; the rest is the introduction.
    QList<int> rows;
    int introduction = 0;
    for (const Flow &flow : catalog->flows()) {
        if (flow.seedRow == 0)
            ++introduction;
        else
            rows.append(flow.seedRow);
    }
    QCOMPARE(rows, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(introduction, 4);

    const Flow &row3 = catalog->flows()[4];
    QCOMPARE(row3.seedReference(QStringLiteral("en")), QStringLiteral("table row 3"));
    QCOMPARE(row3.seedReference(QStringLiteral("de")), QStringLiteral("Tabellenzeile 3"));
    const Flow &intro = catalog->flows()[9];
    QCOMPARE(intro.seedReference(QStringLiteral("en")), QStringLiteral("introduction"));
    QCOMPARE(intro.seedReference(QStringLiteral("de")), QStringLiteral("Einleitung"));
}

void TestCatalog::portText()
{
    Flow flow;
    flow.portFirst = flow.portLast = 5061;
    QCOMPARE(flow.portText(), QStringLiteral("5061"));
    flow.portFirst = 50001;
    flow.portLast = 50003;
    QCOMPARE(flow.portText(), QStringLiteral("50001-50003"));
}

void TestCatalog::unknownIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("other product") << "skype2019-edge";
    QTest::newRow("path") << "../catalogs/lync2013-single-director";
    QTest::newRow("upper case") << "LYNC2013-SINGLE-DIRECTOR";
    QTest::newRow("with extension") << "lync2013-single-director.json";
    QTest::newRow("empty") << "";
}

void TestCatalog::unknownIds()
{
    QFETCH(QString, id);
    QString error;
    QVERIFY(!Catalog::load(id, &error));
    QCOMPARE(error, QStringLiteral("unknown catalog '%1' (known: %2)")
                        .arg(id, Catalog::availableIds().join(QStringLiteral(", "))));
}

void TestCatalog::badCatalogs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const QJsonObject good = builtInJson();
    QVERIFY(!good.isEmpty());
    auto doc = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        o.insert(key, value);
        return doc(o);
    };
    auto without = [&](const QString &key) {
        QJsonObject o = good;
        o.remove(key);
        return doc(o);
    };
    // Changes flow 0 (or role 0) of the built-in catalog.
    auto flowWith = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        QJsonArray flows = o.value(QStringLiteral("flows")).toArray();
        QJsonObject flow = flows[0].toObject();
        if (value.isUndefined())
            flow.remove(key);
        else
            flow.insert(key, value);
        flows[0] = flow;
        o.insert(QStringLiteral("flows"), flows);
        return doc(o);
    };
    // Flow 0 with a port range instead of its single port.
    auto flowRange = [&](const QJsonValue &range) {
        QJsonObject o = good;
        QJsonArray flows = o.value(QStringLiteral("flows")).toArray();
        QJsonObject flow = flows[0].toObject();
        flow.remove(QStringLiteral("port"));
        flow.insert(QStringLiteral("ports"), range);
        flows[0] = flow;
        o.insert(QStringLiteral("flows"), flows);
        return doc(o);
    };
    auto roleWith = [&](int index, const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        QJsonArray roles = o.value(QStringLiteral("roles")).toArray();
        QJsonObject role = roles[index].toObject();
        if (value.isUndefined())
            role.remove(key);
        else
            role.insert(key, value);
        roles[index] = role;
        o.insert(QStringLiteral("roles"), roles);
        return doc(o);
    };
    const QJsonValue gone(QJsonValue::Undefined);

    QTest::newRow("the built-in one is good") << doc(good) << QString();
    QTest::newRow("not JSON") << QByteArray("{\"format\": }")
                              << "cat:1:13: not valid JSON: object is missing after a comma";
    QTest::newRow("array") << QByteArray("[]") << "cat:1:1: the top level must be a JSON object";
    QTest::newRow("format") << with(QStringLiteral("format"), QStringLiteral("portolan-topology"))
                            << "cat: field 'format' is not \"portolan-catalog\"";
    QTest::newRow("version 2")
        << with(QStringLiteral("version"), 2)
        << "cat: field 'version' is 2; this Portolan reads catalog version 1";
    QTest::newRow("no id") << without(QStringLiteral("id")) << "cat: field 'id' is missing";
    QTest::newRow("no roles") << without(QStringLiteral("roles"))
                              << "cat: field 'roles' is missing";
    QTest::newRow("no flows") << with(QStringLiteral("flows"), QJsonArray())
                              << "cat: field 'flows' lists no flow";
    QTest::newRow("source missing")
        << without(QStringLiteral("source")) << "cat: field 'source' is missing";
    QTest::newRow("role without name")
        << roleWith(0, QStringLiteral("name"), gone) << "cat: roles[0]: field 'name' is missing";
    QTest::newRow("role name without en")
        << roleWith(0, QStringLiteral("name"), QJsonObject{{QStringLiteral("de"), 1}})
        << "cat: roles[0]: name: field 'en' is missing";
    QTest::newRow("role address kind")
        << roleWith(0, QStringLiteral("addresses"), QStringLiteral("range"))
        << "cat: roles[0]: field 'addresses' must be \"host\" or \"network\"";
    QTest::newRow("duplicate role")
        << roleWith(1, QStringLiteral("id"), QStringLiteral("reverse-proxy"))
        << "cat: roles[1]: field 'id' repeats role 'reverse-proxy'";
    QTest::newRow("duplicate flow")
        << flowWith(QStringLiteral("id"), QStringLiteral("rp-director-https"))
        << "cat: flows[1]: field 'id' repeats flow 'rp-director-https'";
    QTest::newRow("unknown source role")
        << flowWith(QStringLiteral("from"), QJsonArray{QStringLiteral("mediation")})
        << "cat: flows[0]: field 'from' names an unknown role 'mediation'";
    QTest::newRow("role not a string") << flowWith(QStringLiteral("to"), QJsonArray{3})
                                       << "cat: flows[0]: field 'to' must list role ids, not a "
                                          "number";
    QTest::newRow("no destination") << flowWith(QStringLiteral("to"), QJsonArray())
                                    << "cat: flows[0]: field 'to' lists no role";
    QTest::newRow("any as destination")
        << flowWith(QStringLiteral("to"), QJsonArray{QStringLiteral("any")})
        << "cat: flows[0]: field 'to' names a pseudo-role as a destination";
    QTest::newRow("transport") << flowWith(QStringLiteral("transport"), QStringLiteral("SCTP"))
                               << "cat: flows[0]: field 'transport' must be \"TCP\" or \"UDP\"";
    QTest::newRow("port 0") << flowWith(QStringLiteral("port"), 0)
                            << "cat: flows[0]: field 'port' must be a whole number from 1 to "
                               "65535";
    QTest::newRow("port 65536") << flowWith(QStringLiteral("port"), 65536)
                                << "cat: flows[0]: field 'port' must be a whole number from 1 to "
                                   "65535";
    QTest::newRow("port text") << flowWith(QStringLiteral("port"), QStringLiteral("8080"))
                               << "cat: flows[0]: field 'port' must be a whole number, not a "
                                  "string";
    QTest::newRow("reversed range") << flowRange(QJsonArray{50003, 50001})
                                    << "cat: flows[0]: field 'ports' is not a port range within "
                                       "1-65535";
    QTest::newRow("range of three")
        << flowRange(QJsonArray{1, 2, 3}) << "cat: flows[0]: field 'ports' must be [first, last]";
    QTest::newRow("unknown family") << flowWith(QStringLiteral("family"), QStringLiteral("voice"))
                                    << "cat: flows[0]: field 'family' names an unknown flow family";
    QTest::newRow("no note") << flowWith(QStringLiteral("note"), gone)
                             << "cat: flows[0]: field 'note' is missing";
    QTest::newRow("seed section") << flowWith(QStringLiteral("seed"),
                                              QJsonObject{{QStringLiteral("section"),
                                                           QStringLiteral("appendix")}})
                                  << "cat: flows[0]: field 'seed' section must be \"table\" or "
                                     "\"introduction\"";
    QTest::newRow("seed row missing")
        << flowWith(QStringLiteral("seed"),
                    QJsonObject{{QStringLiteral("section"), QStringLiteral("table")}})
        << "cat: flows[0]: field 'row' is missing";

    // The fields and limits of the extended format, on the same catalog.
    auto withSource = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        QJsonObject source = o.value(QStringLiteral("source")).toObject();
        source.insert(key, value);
        o.insert(QStringLiteral("source"), source);
        return doc(o);
    };
    auto withFeatures = [&](const QJsonArray &features, const QString &flowFeature) {
        QJsonObject o = good;
        o.insert(QStringLiteral("features"), features);
        QJsonArray flows = o.value(QStringLiteral("flows")).toArray();
        QJsonObject flow = flows[0].toObject();
        if (!flowFeature.isEmpty())
            flow.insert(QStringLiteral("feature"), flowFeature);
        flows[0] = flow;
        o.insert(QStringLiteral("flows"), flows);
        return doc(o);
    };
    const QJsonObject xmpp{{QStringLiteral("id"), QStringLiteral("xmpp")},
                           {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), 1}}}};
    QJsonObject xmppNamed = xmpp;
    xmppNamed.insert(QStringLiteral("name"),
                     QJsonObject{{QStringLiteral("en"), QStringLiteral("XMPP")}});
    QTest::newRow("unknown top-level key")
        << with(QStringLiteral("flow"), QJsonArray())
        << "cat: field 'flow' is not a catalog field (see docs/catalog-format.md)";
    QTest::newRow("misspelt feature")
        << flowWith(QStringLiteral("feture"), QStringLiteral("xmpp"))
        << "cat: flows[0]: field 'feture' is not a catalog field (see docs/catalog-format.md)";
    QTest::newRow("unknown key in a text")
        << roleWith(0, QStringLiteral("name"),
                    QJsonObject{{QStringLiteral("en"), QStringLiteral("RP")},
                                {QStringLiteral("fr"), QStringLiteral("RP")}})
        << "cat: roles[0]: name: field 'fr' is not a catalog field (see docs/catalog-format.md)";
    QTest::newRow("catalog id with a slash")
        << with(QStringLiteral("id"), QStringLiteral("../x"))
        << "cat: field 'id' '../x' is not an id: use a-z, 0-9 and '-', at most 64 characters, "
           "starting with a letter or digit";
    QTest::newRow("role id upper case")
        << roleWith(0, QStringLiteral("id"), QStringLiteral("RP"))
        << "cat: roles[0]: field 'id' 'RP' is not an id: use a-z, 0-9 and '-', at most 64 "
           "characters, starting with a letter or digit";
    QTest::newRow("flow id too long")
        << flowWith(QStringLiteral("id"), QString(65, u'a'))
        << QStringLiteral("cat: flows[0]: field 'id' '%1' is not an id: use a-z, 0-9 and '-', at "
                          "most 64 characters, starting with a letter or digit")
               .arg(QString(64, u'a'));
    QTest::newRow("pseudo-role with host fields")
        << roleWith(1, QStringLiteral("pseudo"), true)
        << "cat: roles[1]: field 'addresses' is not a catalog field (see docs/catalog-format.md)";
    QTest::newRow("pseudo-role not any") << [&] {
        QJsonObject o = good;
        QJsonArray roles = o.value(QStringLiteral("roles")).toArray();
        roles.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("everyone")},
            {QStringLiteral("pseudo"), true},
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("E")}}}});
        o.insert(QStringLiteral("roles"), roles);
        return doc(o);
    }() << "cat: roles[7]: field 'pseudo' is true for 'any' only";
    QTest::newRow("any beside other roles")
        << flowWith(QStringLiteral("from"),
                    QJsonArray{QStringLiteral("any"), QStringLiteral("director")})
        << "cat: flows[0]: field 'from' names the pseudo-role 'any' beside other roles";
    QTest::newRow("role named twice")
        << flowWith(QStringLiteral("to"),
                    QJsonArray{QStringLiteral("director"), QStringLiteral("director")})
        << "cat: flows[0]: field 'to' names the role 'director' twice";
    QTest::newRow("port and ports")
        << flowWith(QStringLiteral("ports"), QJsonArray{1, 2})
        << "cat: flows[0]: field 'ports' cannot stand beside 'port'; give one of them";
    QTest::newRow("source port and ports") << [&] {
        QJsonObject o = good;
        QJsonArray flows = o.value(QStringLiteral("flows")).toArray();
        QJsonObject flow = flows[0].toObject();
        flow.insert(QStringLiteral("sourcePort"), 3478);
        flow.insert(QStringLiteral("sourcePorts"), QJsonArray{50000, 59999});
        flows[0] = flow;
        o.insert(QStringLiteral("flows"), flows);
        return doc(o);
    }() << "cat: flows[0]: field 'sourcePorts' cannot stand beside 'sourcePort'; give one of them";
    QTest::newRow("source port 0")
        << flowWith(QStringLiteral("sourcePort"), 0)
        << "cat: flows[0]: field 'sourcePort' must be a whole number from 1 to 65535";
    QTest::newRow("source range reversed")
        << flowWith(QStringLiteral("sourcePorts"), QJsonArray{59999, 50000})
        << "cat: flows[0]: field 'sourcePorts' is not a port range within 1-65535";
    QTest::newRow("unknown feature")
        << flowWith(QStringLiteral("feature"), QStringLiteral("xmpp"))
        << "cat: flows[0]: field 'feature' names an unknown feature 'xmpp'";
    QTest::newRow("feature name not text")
        << withFeatures({xmpp}, QStringLiteral("xmpp"))
        << "cat: features[0]: name: field 'en' must be a string, not a number";
    QTest::newRow("feature no flow uses")
        << withFeatures({xmppNamed}, QString())
        << "cat: features[0]: field 'id' names the feature 'xmpp', which no flow uses";
    QTest::newRow("feature twice") << withFeatures({xmppNamed, xmppNamed}, QStringLiteral("xmpp"))
                                   << "cat: features[1]: field 'id' repeats feature 'xmpp'";
    QTest::newRow("table on a single-table page")
        << flowWith(QStringLiteral("seed"),
                    QJsonObject{{QStringLiteral("section"), QStringLiteral("table")},
                                {QStringLiteral("table"), 1},
                                {QStringLiteral("row"), 1}})
        << "cat: flows[0]: field 'table' must be left out: the source has a single table";
    QTest::newRow("row beyond the table")
        << flowWith(QStringLiteral("seed"),
                    QJsonObject{{QStringLiteral("section"), QStringLiteral("table")},
                                {QStringLiteral("row"), 10}})
        << "cat: flows[0]: field 'row' is 10; table 1 of the source has 9 rows";
    QTest::newRow("table missing on a page of several")
        << withSource(QStringLiteral("tables"), QJsonArray{9, 4})
        << "cat: flows[0]: field 'table' is missing; the source has 2 tables";
    QTest::newRow("tables not counts")
        << withSource(QStringLiteral("tables"), QJsonArray{9, 0})
        << "cat: source: field 'tables' must list each table's rows, whole numbers from 1 to 1000";
    QTest::newRow("introduction with a row")
        << flowWith(QStringLiteral("seed"),
                    QJsonObject{{QStringLiteral("section"), QStringLiteral("introduction")},
                                {QStringLiteral("row"), 1}})
        << "cat: flows[0]: field 'row' is not a catalog field (see docs/catalog-format.md)";
    QTest::newRow("control character in a note")
        << flowWith(QStringLiteral("note"),
                    QJsonObject{{QStringLiteral("en"), QStringLiteral("a\u001b[2Jb")}})
        << "cat: flows[0]: note: field 'en' contains a control character";
    QTest::newRow("empty protocol") << flowWith(QStringLiteral("protocol"), QStringLiteral(" "))
                                    << "cat: flows[0]: field 'protocol' is empty";
    QTest::newRow("name too long")
        << with(QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QString(257, u'n')}})
        << "cat: name: field 'en' is 257 characters long; at most 256 are allowed";
    QTest::newRow("caution without English")
        << flowWith(QStringLiteral("caution"),
                    QJsonObject{{QStringLiteral("de"), QStringLiteral("Achtung")}})
        << "cat: flows[0]: caution: field 'en' is missing";
    QTest::newRow("unknown built-in icon")
        << roleWith(0, QStringLiteral("icon"), QStringLiteral(":/icons/roles/nope.svg"))
        << "cat: roles[0]: field 'icon' ':/icons/roles/nope.svg' is not a built-in icon";
    QTest::newRow("icon file in a built-in catalog")
        << roleWith(0, QStringLiteral("icon"), QStringLiteral("rp.svg"))
        << "cat: roles[0]: field 'icon' must name a built-in icon (:/icons/roles/NAME.svg)";
    QTest::newRow("column 100") << roleWith(0, QStringLiteral("column"), 100)
                                << "cat: roles[0]: field 'column' must be a whole number from 0 "
                                   "to 99";
    QTest::newRow("too many flows") << [&] {
        QJsonObject o = good;
        QJsonArray flows = o.value(QStringLiteral("flows")).toArray();
        while (flows.size() <= CatalogLimits::maxFlows)
            flows.append(flows[0]);
        o.insert(QStringLiteral("flows"), flows);
        return doc(o);
    }() << "cat: field 'flows' lists 4097 flows; at most 4096 are allowed";
}

void TestCatalog::badCatalogs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    const auto catalog = Catalog::fromJson(json, QStringLiteral("cat"), &message);
    if (error.isEmpty()) {
        QVERIFY2(catalog, qPrintable(message));
        QCOMPARE(catalog->flows().size(), 13);
        return;
    }
    QVERIFY(!catalog);
    QCOMPARE(message, error);
}

void TestCatalog::oversizedCatalog()
{
    QString error;
    QVERIFY(!Catalog::fromJson(QByteArray(CatalogLimits::maxFileBytes + 1, ' '),
                               QStringLiteral("big.json"), &error));
    QCOMPARE(error, QStringLiteral("big.json: the catalog is 2097153 bytes; catalogs are at most "
                                   "2097152 bytes"));
}

void TestCatalog::extendedFields()
{
    QString error;
    const auto catalog = Catalog::fromJson(extendedJson(), QStringLiteral("ext"), &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->product(), QStringLiteral("Example Server 1"));
    QCOMPARE(catalog->sourceTables(), (QList<int>{2, 3}));
    // A role without an icon gets the built-in one of its id, or the generic one.
    QCOMPARE(catalog->roles()[0].icon, QStringLiteral(":/icons/roles/director.svg"));
    QCOMPARE(catalog->roles()[0].column, 4);
    QCOMPARE(catalog->roles()[1].icon, QStringLiteral(":/icons/roles/generic.svg"));
    QCOMPARE(catalog->roles()[1].column, -1);
    QVERIFY(catalog->roles()[2].icon.isEmpty()); // any
    QCOMPARE(catalog->features().size(), 1);
    QCOMPARE(catalog->features()[0].id, QStringLiteral("media"));
    QVERIFY(!catalog->features()[0].isSupported());
    QCOMPARE(catalog->features()[0].unsupportedBy, QStringLiteral("ext-cat"));

    const Flow &ranged = catalog->flows()[0];
    QCOMPARE(ranged.sourcePortText(), QStringLiteral("50000-59999"));
    QVERIFY(ranged.hasSourcePort());
    QCOMPARE(ranged.feature, 0);
    QCOMPARE(ranged.caution.en, QStringLiteral("Page B says otherwise."));
    QCOMPARE(ranged.caution.text(QStringLiteral("de")), QStringLiteral("Seite B sagt anderes."));
    QCOMPARE(ranged.seedFrom, QStringLiteral("Any"));
    QCOMPARE(catalog->flowReference(0, QStringLiteral("en")),
             QStringLiteral("XY123, table 2, row 3"));
    QCOMPARE(catalog->flowReference(0, QStringLiteral("de")),
             QStringLiteral("XY123, Tabelle 2, Zeile 3"));
    const Flow &single = catalog->flows()[1];
    QCOMPARE(single.sourcePortText(), QStringLiteral("3478"));
    QCOMPARE(single.feature, -1);
    QVERIFY(single.caution.isEmpty());
    QCOMPARE(catalog->flowReference(1, QStringLiteral("en")),
             QStringLiteral("XY123, introduction"));
    const Flow &plain = catalog->flows()[2];
    QVERIFY(!plain.hasSourcePort());
    QCOMPARE(plain.sourcePortText(), QString());
}

void TestCatalog::userIcons()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("icons")));
    QFile icon(dir.filePath(QStringLiteral("icons/farm.svg")));
    QVERIFY(icon.open(QIODevice::WriteOnly));
    icon.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    icon.close();
    auto withIcon = [](const QString &name) {
        QJsonObject o = QJsonDocument::fromJson(extendedJson()).object();
        QJsonArray roles = o.value(QStringLiteral("roles")).toArray();
        QJsonObject role = roles[1].toObject();
        role.insert(QStringLiteral("icon"), name);
        roles[1] = role;
        o.insert(QStringLiteral("roles"), roles);
        return QJsonDocument(o).toJson();
    };
    QString error;
    auto catalog = Catalog::fromJson(withIcon(QStringLiteral("icons/farm.svg")),
                                     QStringLiteral("ext"), &error, dir.path());
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->roles()[1].icon, QFileInfo(icon).absoluteFilePath());
    QVERIFY(!Catalog::fromJson(withIcon(QStringLiteral("../farm.svg")), QStringLiteral("ext"),
                               &error, dir.path()));
    QCOMPARE(error, QStringLiteral("ext: roles[1]: field 'icon' '../farm.svg' must be an .svg file "
                                   "name relative to the catalog's folder"));
    QVERIFY(!Catalog::fromJson(withIcon(QStringLiteral("/etc/farm.svg")), QStringLiteral("ext"),
                               &error, dir.path()));
    QVERIFY(error.endsWith(QStringLiteral("must be an .svg file name relative to the catalog's "
                                          "folder")));
    QVERIFY(!Catalog::fromJson(withIcon(QStringLiteral("icons/none.svg")), QStringLiteral("ext"),
                               &error, dir.path()));
    QCOMPARE(error, QStringLiteral("ext: roles[1]: field 'icon' names the file 'icons/none.svg', "
                                   "which is not beside the catalog"));
}

void TestCatalog::compose()
{
    QString error;
    const auto single = builtIn();
    const auto ext = Catalog::fromJson(extendedJson(), QStringLiteral("ext"), &error);
    QVERIFY2(ext, qPrintable(error));
    // One part is the catalog itself: single-catalog projects change by no byte.
    QCOMPARE(Catalog::compose({single}, &error).get(), single.get());
    QCOMPARE(single->parts(), QList<const Catalog *>{single.get()});

    const auto both = Catalog::compose({single, ext}, &error);
    QVERIFY2(both, qPrintable(error));
    QCOMPARE(both->id(), QStringLiteral("lync2013-single-director+ext-cat"));
    QCOMPARE(both->parts(), (QList<const Catalog *>{single.get(), ext.get()}));
    QCOMPARE(both->product(), QStringLiteral("Lync Server 2013, Example Server 1"));
    QCOMPARE(both->sourceDocument(), QStringLiteral("JJ204648, XY123"));
    // Roles by id in order of first appearance: the Director once, the new role after.
    QStringList roles;
    for (const Role &role : both->roles())
        roles.append(role.id);
    QCOMPARE(roles,
             (QStringList{QStringLiteral("reverse-proxy"), QStringLiteral("director"),
                          QStringLiteral("front-end-pool"), QStringLiteral("front-end-server"),
                          QStringLiteral("edge-internal"), QStringLiteral("internal-clients"),
                          QStringLiteral("any"), QStringLiteral("media-relay")}));
    QCOMPARE(both->anyRole(), 6);
    QCOMPARE(both->families().size(), 4);
    QCOMPARE(both->flows().size(), 16);
    // Each flow keeps its page and points at the composed roles, families and features.
    QCOMPARE(both->flowReference(2, QStringLiteral("en")),
             QStringLiteral("JJ204648, introduction"));
    QCOMPARE(both->flowReference(13, QStringLiteral("en")),
             QStringLiteral("XY123, table 2, row 3"));
    const Flow &mediaFlow = both->flows()[13];
    QCOMPARE(both->roles()[mediaFlow.sourceRoles[0]].id, QStringLiteral("any"));
    QCOMPARE(both->roles()[mediaFlow.destinationRoles[0]].id, QStringLiteral("director"));
    QCOMPARE(both->families()[mediaFlow.family].id, QStringLiteral("media"));
    QCOMPARE(both->features()[mediaFlow.feature].id, QStringLiteral("media"));
    const Flow &relayFlow = both->flows()[14];
    QCOMPARE(both->roles()[relayFlow.destinationRoles[0]].id, QStringLiteral("media-relay"));
    QCOMPARE(both->families()[relayFlow.family].id, QStringLiteral("sip"));
}

void TestCatalog::composeConflicts_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("role name") << "role-name"
                               << "Director server"
                               << "catalogs 'lync2013-single-director' and 'ext-cat' define the "
                                  "role 'director' differently (name)";
    QTest::newRow("role prefix") << "role-prefix"
                                 << "D"
                                 << "catalogs 'lync2013-single-director' and 'ext-cat' define "
                                    "the role 'director' differently (prefix)";
    QTest::newRow("family name") << "family-name"
                                 << "Signalling"
                                 << "catalogs 'lync2013-single-director' and 'ext-cat' define "
                                    "the flow family 'sip' differently (name)";
    QTest::newRow("flow id") << "flow-id"
                             << "rp-director-http"
                             << "catalogs 'lync2013-single-director' and 'ext-cat' both have a "
                                "flow 'rp-director-http'";
}

void TestCatalog::composeConflicts()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QJsonObject o = QJsonDocument::fromJson(extendedJson()).object();
    auto change = [&](const QString &array, int index, const QString &field,
                      const QJsonValue &content) {
        QJsonArray items = o.value(array).toArray();
        QJsonObject item = items[index].toObject();
        item.insert(field, content);
        items[index] = item;
        o.insert(array, items);
    };
    if (key == QLatin1String("role-name"))
        change(QStringLiteral("roles"), 0, QStringLiteral("name"),
               QJsonObject{{QStringLiteral("en"), value}, {QStringLiteral("de"), value}});
    else if (key == QLatin1String("role-prefix"))
        change(QStringLiteral("roles"), 0, QStringLiteral("prefix"), value);
    else if (key == QLatin1String("family-name"))
        change(QStringLiteral("families"), 1, QStringLiteral("name"),
               QJsonObject{{QStringLiteral("en"), value}});
    else
        change(QStringLiteral("flows"), 0, QStringLiteral("id"), value);
    QString message;
    const auto ext = Catalog::fromJson(QJsonDocument(o).toJson(), QStringLiteral("ext"), &message);
    QVERIFY2(ext, qPrintable(message));
    QVERIFY(!Catalog::compose({builtIn(), ext}, &message));
    QCOMPARE(message, error);
}

void TestCatalog::unsupportedFeatureWins()
{
    // A feature one part supports and another does not is unsupported in the whole.
    QString error;
    QJsonObject o = QJsonDocument::fromJson(extendedJson()).object();
    QJsonArray features = o.value(QStringLiteral("features")).toArray();
    QJsonObject feature = features[0].toObject();
    feature.remove(QStringLiteral("unsupported"));
    features[0] = feature;
    o.insert(QStringLiteral("features"), features);
    o.insert(QStringLiteral("id"), QStringLiteral("ext-supported"));
    QJsonArray flows = o.value(QStringLiteral("flows")).toArray();
    for (qsizetype i = 0; i < flows.size(); ++i) {
        QJsonObject flow = flows[i].toObject();
        flow.insert(QStringLiteral("id"), QStringLiteral("s%1").arg(i));
        flows[i] = flow;
    }
    o.insert(QStringLiteral("flows"), flows);
    const auto supported =
        Catalog::fromJson(QJsonDocument(o).toJson(), QStringLiteral("ext2"), &error);
    QVERIFY2(supported, qPrintable(error));
    const auto unsupported = Catalog::fromJson(extendedJson(), QStringLiteral("ext"), &error);
    const auto both = Catalog::compose({supported, unsupported}, &error);
    QVERIFY2(both, qPrintable(error));
    QCOMPARE(both->features().size(), 1);
    QVERIFY(!both->features()[0].isSupported());
    QCOMPARE(both->features()[0].unsupportedBy, QStringLiteral("ext-cat"));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
