#include "projectfile.h"

#include "catalog.h"
#include "catalogfeatures.h"
#include "catalogregistry.h"
#include "jsonutil.h"
#include "savefile.h"
#include "validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

#include <cstdio>

namespace Portolan::ProjectFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::ProjectFile", text);
}

const QStringList &knownTopLevelKeys()
{
    static const QStringList keys{
        QStringLiteral("format"),    QStringLiteral("version"),       QStringLiteral("catalog"),
        QStringLiteral("catalogs"),  QStringLiteral("features"),      QStringLiteral("title"),
        QStringLiteral("hosts"),     QStringLiteral("changeRequest"), QStringLiteral("zones"),
        QStringLiteral("firewalls"), QStringLiteral("anyZones")};
    return keys;
}

const QStringList &knownZoneKeys()
{
    static const QStringList keys{
        QStringLiteral("id"),       QStringLiteral("name"),   QStringLiteral("kind"),
        QStringLiteral("networks"), QStringLiteral("x"),      QStringLiteral("y"),
        QStringLiteral("width"),    QStringLiteral("height"), QStringLiteral("description")};
    return keys;
}

const QStringList &knownFirewallKeys()
{
    static const QStringList keys{QStringLiteral("id"),         QStringLiteral("name"),
                                  QStringLiteral("x"),          QStringLiteral("y"),
                                  QStringLiteral("interfaces"), QStringLiteral("description")};
    return keys;
}

const QStringList &knownInterfaceKeys()
{
    static const QStringList keys{QStringLiteral("zone"), QStringLiteral("name")};
    return keys;
}

const QStringList &knownHostKeys()
{
    static const QStringList keys{QStringLiteral("id"),         QStringLiteral("name"),
                                  QStringLiteral("role"),       QStringLiteral("addresses"),
                                  QStringLiteral("x"),          QStringLiteral("y"),
                                  QStringLiteral("description")};
    return keys;
}

const QStringList &knownChangeRequestKeys()
{
    static const QStringList keys{QStringLiteral("number"),   QStringLiteral("requester"),
                                  QStringLiteral("author"),   QStringLiteral("date"),
                                  QStringLiteral("revision"), QStringLiteral("justification")};
    return keys;
}

QJsonObject unknownKeys(const QJsonObject &object, const QStringList &known)
{
    QJsonObject extra;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    return extra;
}

QString limitedString(JsonReader &reader, const QJsonObject &object, const QString &key,
                      bool required, Validation::TextKind kind)
{
    const QString value =
        required ? reader.string(object, key) : reader.optionalString(object, key);
    if (!reader.ok())
        return {};
    if (const QString why = Validation::checkText(value, kind); !why.isEmpty())
        reader.fail(key, why);
    return value;
}

void readHost(JsonReader &reader, const QJsonObject &object, const Catalog &catalog, Host *host)
{
    host->id = limitedString(reader, object, QStringLiteral("id"), true, Validation::TextKind::Id);
    if (reader.ok() && host->id.isEmpty())
        reader.fail(QStringLiteral("id"), tr("is empty"));
    if (reader.ok())
        reader.rename(tr("host '%1'").arg(host->id));
    host->name =
        limitedString(reader, object, QStringLiteral("name"), true, Validation::TextKind::Name);
    host->role = reader.string(object, QStringLiteral("role"));
    if (reader.ok()) {
        const int role = catalog.roleIndex(host->role);
        if (role < 0)
            reader.fail(QStringLiteral("role"),
                        tr("'%1' is not a role of catalog '%2'").arg(host->role, catalog.id()));
        else if (catalog.roles()[role].pseudo)
            reader.fail(QStringLiteral("role"),
                        tr("'%1' is a pseudo-role and cannot be a host").arg(host->role));
    }
    const QJsonArray addresses = reader.array(object, QStringLiteral("addresses"));
    if (reader.ok() && addresses.size() > Limits::maxAddressesPerHost)
        reader.fail(QStringLiteral("addresses"), tr("lists %1 addresses; at most %2 are allowed")
                                                     .arg(addresses.size())
                                                     .arg(Limits::maxAddressesPerHost));
    for (qsizetype i = 0; reader.ok() && i < addresses.size(); ++i) {
        const QString key = QStringLiteral("addresses[%1]").arg(i);
        if (!addresses[i].isString()) {
            reader.fail(key, tr("must be a string, not %1").arg(describeJsonType(addresses[i])));
            break;
        }
        QString why;
        const auto address = Address::parse(addresses[i].toString(), &why);
        if (!address) {
            reader.fail(key, tr("is not a valid address: %1").arg(why));
            break;
        }
        if (host->addresses.contains(*address)) {
            reader.fail(key, tr("repeats the address %1").arg(address->toString()));
            break;
        }
        host->addresses.append(*address);
    }
    const double x = reader.optionalNumber(object, QStringLiteral("x"), 0, Limits::maxCoordinate);
    const double y = reader.optionalNumber(object, QStringLiteral("y"), 0, Limits::maxCoordinate);
    host->position = QPointF(x, y);
    host->description = limitedString(reader, object, QStringLiteral("description"), false,
                                      Validation::TextKind::Text);
    host->extra = unknownKeys(object, knownHostKeys());
}

/// An id: not empty, limited, no control characters.
QString readId(JsonReader &reader, const QJsonObject &object)
{
    const QString id =
        limitedString(reader, object, QStringLiteral("id"), true, Validation::TextKind::Id);
    if (reader.ok() && id.isEmpty())
        reader.fail(QStringLiteral("id"), tr("is empty"));
    return id;
}

/// A width or height: like a coordinate, but not negative.
double readExtent(JsonReader &reader, const QJsonObject &object, const QString &key)
{
    const double value = reader.optionalNumber(object, key, 0, Limits::maxCoordinate);
    if (reader.ok() && value < 0)
        reader.fail(key, tr("must not be negative"));
    return value;
}

/// Zone networks already read, by canonical text: a network is in one zone only.
using NetworkOwners = QHash<QString, int>;

void readZone(JsonReader &reader, const QJsonObject &object, const std::vector<Zone> &earlier,
              NetworkOwners *owners, Zone *zone)
{
    zone->id = readId(reader, object);
    if (reader.ok())
        reader.rename(tr("zone '%1'").arg(zone->id));
    if (reader.ok() && std::any_of(earlier.begin(), earlier.end(),
                                   [&](const Zone &z) { return z.id == zone->id; }))
        reader.fail(QStringLiteral("id"), tr("repeats the id of an earlier zone"));
    zone->name =
        limitedString(reader, object, QStringLiteral("name"), true, Validation::TextKind::Name);
    const QString kind = reader.string(object, QStringLiteral("kind"));
    if (reader.ok()) {
        if (const auto known = zoneKindFromId(kind))
            zone->kind = *known;
        else
            reader.fail(QStringLiteral("kind"),
                        tr("is '%1'; a zone is internal, perimeter or external").arg(kind));
    }
    const QJsonArray networks = reader.array(object, QStringLiteral("networks"));
    if (reader.ok() && networks.size() > Limits::maxNetworksPerZone)
        reader.fail(QStringLiteral("networks"), tr("lists %1 networks; at most %2 are allowed")
                                                    .arg(networks.size())
                                                    .arg(Limits::maxNetworksPerZone));
    const int index = int(earlier.size());
    for (qsizetype i = 0; reader.ok() && i < networks.size(); ++i) {
        const QString key = QStringLiteral("networks[%1]").arg(i);
        if (!networks[i].isString()) {
            reader.fail(key, tr("must be a string, not %1").arg(describeJsonType(networks[i])));
            break;
        }
        QString why;
        const auto network = Validation::parseNetwork(networks[i].toString(), &why);
        if (!network) {
            reader.fail(key, tr("is not a valid network: %1").arg(why));
            break;
        }
        const QString text = network->toString();
        const int owner = owners->value(text, -1);
        if (owner == index) {
            reader.fail(key, tr("repeats the network %1").arg(text));
            break;
        }
        if (owner >= 0) {
            reader.fail(
                key,
                tr("is %1, which is a network of zone '%2' already; a network belongs to one zone")
                    .arg(text, earlier[size_t(owner)].id));
            break;
        }
        owners->insert(text, index);
        zone->networks.append(*network);
    }
    const double x = reader.optionalNumber(object, QStringLiteral("x"), 0, Limits::maxCoordinate);
    const double y = reader.optionalNumber(object, QStringLiteral("y"), 0, Limits::maxCoordinate);
    const double width = readExtent(reader, object, QStringLiteral("width"));
    const double height = readExtent(reader, object, QStringLiteral("height"));
    zone->rect = QRectF(x, y, width, height);
    zone->description = limitedString(reader, object, QStringLiteral("description"), false,
                                      Validation::TextKind::Text);
    zone->extra = unknownKeys(object, knownZoneKeys());
}

/// Zone indices by id.
using ZoneIds = QHash<QString, int>;

void readInterface(JsonReader &reader, const QJsonObject &object, const ZoneIds &zoneIds,
                   const Firewall &firewall, FirewallInterface *interface)
{
    interface->zone = reader.string(object, QStringLiteral("zone"));
    if (reader.ok() && !zoneIds.contains(interface->zone))
        reader.fail(QStringLiteral("zone"), tr("names an unknown zone '%1'").arg(interface->zone));
    interface->name =
        limitedString(reader, object, QStringLiteral("name"), true, Validation::TextKind::Name);
    if (reader.ok() && interface->name.isEmpty())
        reader.fail(QStringLiteral("name"), tr("is empty"));
    for (const FirewallInterface &other : firewall.interfaces) {
        if (!reader.ok())
            break;
        if (other.name == interface->name)
            reader.fail(QStringLiteral("name"),
                        tr("repeats the interface name '%1'").arg(interface->name));
        else if (other.zone == interface->zone)
            reader.fail(QStringLiteral("zone"),
                        tr("joins zone '%1' again, as interface '%2' does; a firewall has one "
                           "interface per zone")
                            .arg(interface->zone, other.name));
    }
    interface->extra = unknownKeys(object, knownInterfaceKeys());
}

void readFirewall(JsonReader &reader, const QJsonObject &object, const ZoneIds &zoneIds,
                  const std::vector<Firewall> &earlier, Firewall *firewall)
{
    firewall->id = readId(reader, object);
    if (reader.ok())
        reader.rename(tr("firewall '%1'").arg(firewall->id));
    if (reader.ok() && std::any_of(earlier.begin(), earlier.end(),
                                   [&](const Firewall &f) { return f.id == firewall->id; }))
        reader.fail(QStringLiteral("id"), tr("repeats the id of an earlier firewall"));
    firewall->name =
        limitedString(reader, object, QStringLiteral("name"), true, Validation::TextKind::Name);
    const double x = reader.optionalNumber(object, QStringLiteral("x"), 0, Limits::maxCoordinate);
    const double y = reader.optionalNumber(object, QStringLiteral("y"), 0, Limits::maxCoordinate);
    firewall->position = QPointF(x, y);
    const QJsonArray interfaces = reader.array(object, QStringLiteral("interfaces"));
    if (reader.ok() && interfaces.size() < 2)
        reader.fail(QStringLiteral("interfaces"),
                    interfaces.isEmpty()
                        ? tr("lists no interface; a firewall joins at least two zones")
                        : tr("lists one interface only; a firewall joins at least two zones"));
    if (reader.ok() && interfaces.size() > Limits::maxInterfacesPerFirewall)
        reader.fail(QStringLiteral("interfaces"), tr("lists %1 interfaces; at most %2 are allowed")
                                                      .arg(interfaces.size())
                                                      .arg(Limits::maxInterfacesPerFirewall));
    for (qsizetype i = 0; reader.ok() && i < interfaces.size(); ++i) {
        reader.enter(QStringLiteral("interfaces[%1]").arg(i));
        FirewallInterface interface;
        readInterface(reader, reader.element(interfaces, i), zoneIds, *firewall, &interface);
        firewall->interfaces.append(interface);
        reader.leave();
    }
    firewall->description = limitedString(reader, object, QStringLiteral("description"), false,
                                          Validation::TextKind::Text);
    firewall->extra = unknownKeys(object, knownFirewallKeys());
}

/// `zones`, `firewalls` and `anyZones`, each optional (version 2).
void readZonesAndFirewalls(JsonReader &reader, const QJsonObject &root, Project *project)
{
    if (root.contains(QStringLiteral("zones"))) {
        const QJsonArray zones = reader.array(root, QStringLiteral("zones"));
        if (reader.ok() && zones.size() > Limits::maxZones)
            reader.fail(QStringLiteral("zones"), tr("lists %1 zones; at most %2 are allowed")
                                                     .arg(zones.size())
                                                     .arg(Limits::maxZones));
        NetworkOwners owners;
        for (qsizetype i = 0; reader.ok() && i < zones.size(); ++i) {
            reader.enter(QStringLiteral("zones[%1]").arg(i));
            Zone zone;
            readZone(reader, reader.element(zones, i), project->zones, &owners, &zone);
            project->zones.push_back(std::move(zone));
            reader.leave();
        }
    }
    ZoneIds zoneIds;
    for (size_t z = 0; z < project->zones.size(); ++z)
        zoneIds.insert(project->zones[z].id, int(z));
    if (root.contains(QStringLiteral("firewalls"))) {
        const QJsonArray firewalls = reader.array(root, QStringLiteral("firewalls"));
        if (reader.ok() && firewalls.size() > Limits::maxFirewalls)
            reader.fail(QStringLiteral("firewalls"),
                        tr("lists %1 firewalls; at most %2 are allowed")
                            .arg(firewalls.size())
                            .arg(Limits::maxFirewalls));
        for (qsizetype i = 0; reader.ok() && i < firewalls.size(); ++i) {
            reader.enter(QStringLiteral("firewalls[%1]").arg(i));
            Firewall firewall;
            readFirewall(reader, reader.element(firewalls, i), zoneIds, project->firewalls,
                         &firewall);
            project->firewalls.push_back(std::move(firewall));
            reader.leave();
        }
    }
    if (reader.ok() && root.contains(QStringLiteral("anyZones"))) {
        const QJsonArray ids = reader.array(root, QStringLiteral("anyZones"));
        if (reader.ok() && ids.size() > Limits::maxZones)
            reader.fail(
                QStringLiteral("anyZones"),
                tr("lists %1 zones; at most %2 are allowed").arg(ids.size()).arg(Limits::maxZones));
        QStringList anyZones;
        for (qsizetype i = 0; reader.ok() && i < ids.size(); ++i) {
            const QString key = QStringLiteral("anyZones[%1]").arg(i);
            if (!ids[i].isString()) {
                reader.fail(key, tr("must be a string, not %1").arg(describeJsonType(ids[i])));
                break;
            }
            const QString id = ids[i].toString();
            if (!zoneIds.contains(id))
                reader.fail(key, tr("names an unknown zone '%1'").arg(id));
            else if (anyZones.contains(id))
                reader.fail(key, tr("repeats the zone '%1'").arg(id));
            anyZones.append(id);
        }
        project->anyZones = anyZones;
    }
}

void readChangeRequest(JsonReader &reader, const QJsonObject &root, ChangeRequest *details)
{
    if (!root.contains(QStringLiteral("changeRequest")))
        return;
    const QJsonObject object = reader.object(root, QStringLiteral("changeRequest"));
    reader.enter(QStringLiteral("changeRequest"));
    auto field = [&](const char *key, bool multiLine) {
        return limitedString(reader, object, QString::fromLatin1(key), false,
                             multiLine ? Validation::TextKind::Text : Validation::TextKind::Name);
    };
    details->number = field("number", false);
    details->requester = field("requester", false);
    details->author = field("author", false);
    details->date = field("date", false);
    details->revision = field("revision", false);
    details->justification = field("justification", true);
    details->extra = unknownKeys(object, knownChangeRequestKeys());
    reader.leave();
}

// Compact JSON text of one value, for the hand-ordered layout of serialize().
QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QByteArray text = wrapped.mid(1, wrapped.size() - 2);
    // Qt writes U+FEFF raw but its parser drops one that starts a string:
    // escaped, every text survives a save and a load (found by fuzz_projectfile).
    text.replace("\xEF\xBB\xBF", "\\ufeff");
    return text;
}

void appendMember(QByteArray &out, const char *key, const QJsonValue &value, bool &first)
{
    if (!first)
        out += ", ";
    first = false;
    out += '"';
    out += key;
    out += "\": ";
    out += jsonText(value);
}

void appendExtra(QByteArray &out, const QJsonObject &extra, bool &first)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!first)
            out += ", ";
        first = false;
        out += jsonText(it.key());
        out += ": ";
        out += jsonText(it.value());
    }
}

/// One zone a line, one firewall a line, like the hosts; each list only when
/// the project has one, so that a project without zones stays version 1.
void appendZonesAndFirewalls(QByteArray &out, const Project &project)
{
    if (!project.zones.empty()) {
        out += ",\n  \"zones\": [";
        for (size_t i = 0; i < project.zones.size(); ++i) {
            const Zone &zone = project.zones[i];
            out += i == 0 ? "\n    {" : ",\n    {";
            bool first = true;
            appendMember(out, "id", zone.id, first);
            appendMember(out, "name", zone.name, first);
            appendMember(out, "kind", zoneKindId(zone.kind), first);
            QJsonArray networks;
            for (const Address &network : zone.networks)
                networks.append(network.toString());
            appendMember(out, "networks", networks, first);
            const QRectF &rect = zone.rect;
            if (rect.x() != 0 || rect.y() != 0 || rect.width() != 0 || rect.height() != 0) {
                appendMember(out, "x", rect.x(), first);
                appendMember(out, "y", rect.y(), first);
                appendMember(out, "width", rect.width(), first);
                appendMember(out, "height", rect.height(), first);
            }
            if (!zone.description.isEmpty())
                appendMember(out, "description", zone.description, first);
            appendExtra(out, zone.extra, first);
            out += '}';
        }
        out += "\n  ]";
    }
    if (!project.firewalls.empty()) {
        out += ",\n  \"firewalls\": [";
        for (size_t i = 0; i < project.firewalls.size(); ++i) {
            const Firewall &firewall = project.firewalls[i];
            out += i == 0 ? "\n    {" : ",\n    {";
            bool first = true;
            appendMember(out, "id", firewall.id, first);
            appendMember(out, "name", firewall.name, first);
            appendMember(out, "x", firewall.position.x(), first);
            appendMember(out, "y", firewall.position.y(), first);
            out += ", \"interfaces\": [";
            for (qsizetype j = 0; j < firewall.interfaces.size(); ++j) {
                const FirewallInterface &interface = firewall.interfaces[j];
                out += j == 0 ? "{" : ", {";
                bool firstKey = true;
                appendMember(out, "zone", interface.zone, firstKey);
                appendMember(out, "name", interface.name, firstKey);
                appendExtra(out, interface.extra, firstKey);
                out += '}';
            }
            out += ']';
            if (!firewall.description.isEmpty())
                appendMember(out, "description", firewall.description, first);
            appendExtra(out, firewall.extra, first);
            out += '}';
        }
        out += "\n  ]";
    }
    if (project.anyZones) {
        QJsonArray ids;
        for (const QString &id : *project.anyZones)
            ids.append(id);
        out += ",\n  \"anyZones\": " + jsonText(ids);
    }
}

/// Reads "catalog": ID or "catalogs": [IDs], and "features": [IDs]; returns
/// the project's composed catalog, or nullptr with the failure recorded.
std::shared_ptr<const Catalog> readCatalogs(JsonReader &reader, const QJsonObject &root,
                                            Project *project)
{
    const CatalogRegistry &registry = CatalogRegistry::instance();
    QString key = QStringLiteral("catalog");
    if (reader.ok() && root.contains(QStringLiteral("catalogs"))) {
        key = QStringLiteral("catalogs");
        if (root.contains(QStringLiteral("catalog")))
            reader.fail(key, tr("cannot stand beside 'catalog'; give one of them"));
        const QJsonArray ids = reader.array(root, key);
        if (reader.ok() && ids.isEmpty())
            reader.fail(key, tr("lists no catalog"));
        for (const QJsonValue &id : ids) {
            if (reader.ok() && !id.isString())
                reader.fail(key, tr("must list catalog ids, not %1").arg(describeJsonType(id)));
            project->catalogIds.append(id.toString());
        }
    } else {
        project->catalogIds = QStringList{reader.string(root, key)};
    }
    for (const QString &id : std::as_const(project->catalogIds)) {
        if (!reader.ok() || registry.catalog(id))
            continue;
        const CatalogEntry *skipped = registry.entry(id);
        if (skipped && !skipped->problems.isEmpty())
            reader.fail(key, tr("names the catalog '%1', which is skipped: %2")
                                 .arg(id, skipped->problems.constFirst()));
        else
            reader.fail(key, tr("names an unknown catalog '%1' (known: %2)")
                                 .arg(id, registry.ids().join(QStringLiteral(", "))));
    }
    std::shared_ptr<const Catalog> catalog;
    if (reader.ok()) {
        QString why;
        catalog = registry.compose(project->catalogIds, &why);
        if (!catalog)
            reader.fail(key, why);
    }
    if (reader.ok() && root.contains(QStringLiteral("features"))) {
        const QJsonArray features = reader.array(root, QStringLiteral("features"));
        for (const QJsonValue &id : features) {
            if (reader.ok() && !id.isString())
                reader.fail(QStringLiteral("features"),
                            tr("must list feature ids, not %1").arg(describeJsonType(id)));
            project->features.append(id.toString());
        }
        const QString problem =
            reader.ok() ? featureProblem(*catalog, project->features) : QString();
        if (!problem.isEmpty())
            reader.fail(QStringLiteral("features"), problem);
    }
    return reader.ok() ? catalog : nullptr;
}

} // namespace

int fileVersion(const Project &project)
{
    // Version 1 readers know one catalog and no features, zones or firewalls.
    const bool plain = project.zones.empty() && project.firewalls.empty() && !project.anyZones &&
                       project.catalogIds.size() == 1 && project.features.isEmpty();
    return plain ? 1 : 2;
}

bool parse(const QByteArray &json, const QString &origin, Project *out, QString *error)
{
    QJsonObject root;
    if (!parseJsonObject(json, origin, &root, error))
        return false;

    JsonReader reader(origin);
    Project project;
    const QString format = reader.string(root, QStringLiteral("format"));
    if (reader.ok() && format != QLatin1String(formatName))
        reader.fail(QStringLiteral("format"),
                    tr("is \"%1\", not \"%2\"; this is not a Portolan project")
                        .arg(format, QLatin1String(formatName)));
    const int version = reader.integer(root, QStringLiteral("version"), 1, 1000000);
    if (reader.ok() && version > currentVersion)
        reader.fail(QStringLiteral("version"),
                    tr("is %1, newer than this Portolan reads (%2); please update Portolan")
                        .arg(version)
                        .arg(currentVersion));
    std::shared_ptr<const Catalog> catalog = readCatalogs(reader, root, &project);
    project.title =
        limitedString(reader, root, QStringLiteral("title"), false, Validation::TextKind::Name);
    readChangeRequest(reader, root, &project.changeRequest);
    readZonesAndFirewalls(reader, root, &project);

    const QJsonArray hosts = reader.array(root, QStringLiteral("hosts"));
    if (reader.ok() && hosts.size() > Limits::maxHosts)
        reader.fail(
            QStringLiteral("hosts"),
            tr("lists %1 hosts; at most %2 are allowed").arg(hosts.size()).arg(Limits::maxHosts));
    QSet<QString> ids;
    project.hosts.reserve(reader.ok() ? size_t(hosts.size()) : 0);
    for (qsizetype i = 0; reader.ok() && i < hosts.size(); ++i) {
        reader.enter(QStringLiteral("hosts[%1]").arg(i));
        Host host;
        readHost(reader, reader.element(hosts, i), *catalog, &host);
        if (reader.ok() && ids.contains(host.id))
            reader.fail(QStringLiteral("id"), tr("repeats the id of an earlier host"));
        ids.insert(host.id);
        project.hosts.push_back(std::move(host));
        reader.leave();
    }
    project.extra = unknownKeys(root, knownTopLevelKeys());

    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *out = std::move(project);
    return true;
}

bool load(const QString &path, Project *out, QString *error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        if (error)
            *error = tr("%1: is a folder, not a project file").arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > Limits::maxFileBytes) {
        if (error)
            *error = tr("%1: the file is %2 MB; project files are at most %3 MB")
                         .arg(path)
                         .arg(file.size() / (1024 * 1024))
                         .arg(Limits::maxFileBytes / (1024 * 1024));
        return false;
    }
    const QByteArray data = file.read(Limits::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    return parse(data, path, out, error);
}

QByteArray serialize(const Project &project)
{
    QByteArray out;
    out.reserve(256 + qsizetype(project.hosts.size()) * 160);
    out += "{\n  \"format\": \"";
    out += formatName;
    out += "\",\n  \"version\": ";
    out += QByteArray::number(fileVersion(project));
    // One catalog keeps the form every earlier version wrote.
    if (project.catalogIds.size() == 1)
        out += ",\n  \"catalog\": " + jsonText(project.catalogIds.constFirst());
    else
        out += ",\n  \"catalogs\": " + jsonText(QJsonArray::fromStringList(project.catalogIds));
    if (!project.features.isEmpty())
        out += ",\n  \"features\": " + jsonText(QJsonArray::fromStringList(project.features));
    out += ",\n  \"title\": " + jsonText(project.title);
    const ChangeRequest &cr = project.changeRequest;
    if (!cr.isEmpty() || !cr.extra.isEmpty()) {
        out += ",\n  \"changeRequest\": {";
        bool first = true;
        const std::pair<const char *, const QString *> fields[] = {
            {"number", &cr.number},     {"requester", &cr.requester},
            {"author", &cr.author},     {"date", &cr.date},
            {"revision", &cr.revision}, {"justification", &cr.justification}};
        for (const auto &[key, value] : fields) {
            if (!value->isEmpty())
                appendMember(out, key, *value, first);
        }
        appendExtra(out, cr.extra, first);
        out += '}';
    }
    appendZonesAndFirewalls(out, project);
    out += ",\n  \"hosts\": [";
    for (size_t i = 0; i < project.hosts.size(); ++i) {
        const Host &host = project.hosts[i];
        out += i == 0 ? "\n    {" : ",\n    {";
        bool first = true;
        appendMember(out, "id", host.id, first);
        appendMember(out, "name", host.name, first);
        appendMember(out, "role", host.role, first);
        QJsonArray addresses;
        for (const Address &address : host.addresses)
            addresses.append(address.toString());
        appendMember(out, "addresses", addresses, first);
        appendMember(out, "x", host.position.x(), first);
        appendMember(out, "y", host.position.y(), first);
        if (!host.description.isEmpty())
            appendMember(out, "description", host.description, first);
        appendExtra(out, host.extra, first);
        out += '}';
    }
    out += project.hosts.empty() ? "]" : "\n  ]";
    for (auto it = project.extra.begin(); it != project.extra.end(); ++it) {
        out += ",\n  " + jsonText(it.key()) + ": ";
        out += jsonText(it.value());
    }
    out += "\n}\n";
    return out;
}

bool save(const QString &path, const Project &project, QString *error)
{
    const QByteArray data = serialize(project);
    QFile existing(path);
    if (existing.exists()) {
        // Keep the previous version; a failure here must not stop the save itself
        // from being atomic, but it is reported since the user relies on the backup.
        if (!existing.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("%1: cannot read the previous version to keep it as %1.bak: %2")
                             .arg(path, existing.errorString());
            return false;
        }
        const QByteArray previous = existing.readAll();
        existing.close();
        if (previous != data && !writeAtomically(path + QStringLiteral(".bak"), previous, error))
            return false;
    }
    return writeAtomically(path, data, error);
}

} // namespace Portolan::ProjectFile
