// The built-in catalog against the seed (JJ204648, German) and PORTS.md: exactly
// 13 flows with their roles, ports, protocols, notes and seed references; and
// catalog JSON that must be refused, with the message each gives.

#include "catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
};

void TestCatalog::availableIds()
{
    QCOMPARE(Catalog::availableIds(), QStringList{QLatin1String(catalogId)});
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
    QCOMPARE(error,
             QStringLiteral("unknown catalog '%1' (known: lync2013-single-director)").arg(id));
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
        << "cat: roles[0]: field 'en' is missing";
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

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
