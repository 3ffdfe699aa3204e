#include "catalog.h"

#include "jsonutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Catalog", text);
}

bool readText(const QJsonObject &object, const QString &key, LocalizedText *out, JsonReader &reader)
{
    const QJsonObject texts = reader.object(object, key);
    if (!reader.ok())
        return false;
    out->en = reader.string(texts, QStringLiteral("en"));
    out->de = reader.optionalString(texts, QStringLiteral("de"));
    return reader.ok();
}

QList<int> readRoleList(const QJsonObject &object, const QString &key, const Catalog &catalog,
                        JsonReader &reader)
{
    QList<int> roles;
    const QJsonArray array = reader.array(object, key);
    if (!reader.ok())
        return roles;
    if (array.isEmpty()) {
        reader.fail(key, tr("lists no role"));
        return roles;
    }
    for (const QJsonValue &value : array) {
        const int index = value.isString() ? catalog.roleIndex(value.toString()) : -1;
        if (index < 0) {
            reader.fail(key, value.isString()
                                 ? tr("names an unknown role '%1'").arg(value.toString())
                                 : tr("must list role ids, not %1").arg(describeJsonType(value)));
            return roles;
        }
        roles.append(index);
    }
    return roles;
}

} // namespace

QString Flow::portText() const
{
    if (portFirst == portLast)
        return QString::number(portFirst);
    return QString::number(portFirst) + u'-' + QString::number(portLast);
}

QString Flow::seedReference(const QString &language) const
{
    const bool de = language == QLatin1String("de");
    if (seedRow == 0)
        return de ? QStringLiteral("Einleitung") : QStringLiteral("introduction");
    return (de ? QStringLiteral("Tabellenzeile %1") : QStringLiteral("table row %1")).arg(seedRow);
}

QString Catalog::flowReference(int flow, const QString &language) const
{
    return m_sourceDocument + QStringLiteral(", ") + m_flows[flow].seedReference(language);
}

int Catalog::roleIndex(const QString &id) const
{
    for (int i = 0; i < m_roles.size(); ++i) {
        if (m_roles[i].id == id)
            return i;
    }
    return -1;
}

QList<int> Catalog::hostRoles() const
{
    QList<int> result;
    for (int i = 0; i < m_roles.size(); ++i) {
        if (!m_roles[i].pseudo)
            result.append(i);
    }
    return result;
}

QStringList Catalog::availableIds()
{
    QStringList ids;
    const auto entries = QDir(QStringLiteral(":/catalogs")).entryList({QStringLiteral("*.json")});
    for (const QString &entry : entries)
        ids.append(entry.chopped(5));
    ids.sort();
    return ids;
}

std::shared_ptr<const Catalog> Catalog::load(const QString &id, QString *error)
{
    // A catalog id is a plain name; refusing path characters keeps it inside the resources.
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    QFile file(QStringLiteral(":/catalogs/%1.json").arg(id));
    if (!valid.match(id).hasMatch() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("unknown catalog '%1' (known: %2)")
                         .arg(id, availableIds().join(QStringLiteral(", ")));
        return nullptr;
    }
    auto catalog = fromJson(file.readAll(), file.fileName(), error);
    if (catalog && catalog->id() != id) {
        if (error)
            *error = tr("%1: field 'id' is '%2', not '%3' as the file name says")
                         .arg(file.fileName(), catalog->id(), id);
        return nullptr;
    }
    return catalog;
}

std::shared_ptr<const Catalog> Catalog::fromJson(const QByteArray &json, const QString &origin,
                                                 QString *error)
{
    QJsonObject root;
    if (!parseJsonObject(json, origin, &root, error))
        return nullptr;

    auto catalog = std::make_shared<Catalog>();
    JsonReader reader(origin);
    if (reader.string(root, QStringLiteral("format")) != QLatin1String("portolan-catalog") &&
        reader.ok())
        reader.fail(QStringLiteral("format"), tr("is not \"portolan-catalog\""));
    const int version = reader.integer(root, QStringLiteral("version"), 1, 1000000);
    if (reader.ok() && version != 1)
        reader.fail(QStringLiteral("version"),
                    tr("is %1; this Portolan reads catalog version 1").arg(version));
    catalog->m_id = reader.string(root, QStringLiteral("id"));
    readText(root, QStringLiteral("name"), &catalog->m_name, reader);
    if (reader.ok()) {
        const QJsonObject source = reader.object(root, QStringLiteral("source"));
        catalog->m_sourceTitle = reader.string(source, QStringLiteral("title"));
        catalog->m_sourceDocument = reader.string(source, QStringLiteral("document"));
        catalog->m_sourceUrl = reader.optionalString(source, QStringLiteral("url"));
    }

    const QJsonArray roles = reader.array(root, QStringLiteral("roles"));
    for (qsizetype i = 0; reader.ok() && i < roles.size(); ++i) {
        reader.enter(QStringLiteral("roles[%1]").arg(i));
        const QJsonObject object = reader.element(roles, i);
        Role role;
        role.id = reader.string(object, QStringLiteral("id"));
        readText(object, QStringLiteral("name"), &role.name, reader);
        role.pseudo = reader.optionalBool(object, QStringLiteral("pseudo"), false);
        role.seedWording = reader.optionalString(object, QStringLiteral("seed"));
        if (!role.pseudo) {
            role.namePrefix = reader.string(object, QStringLiteral("prefix"));
            const QString kind = reader.string(object, QStringLiteral("addresses"));
            if (kind == QLatin1String("network"))
                role.addressKind = Role::AddressKind::Network;
            else if (kind != QLatin1String("host") && reader.ok())
                reader.fail(QStringLiteral("addresses"), tr("must be \"host\" or \"network\""));
        }
        if (reader.ok() && catalog->roleIndex(role.id) >= 0)
            reader.fail(QStringLiteral("id"), tr("repeats role '%1'").arg(role.id));
        if (role.pseudo && role.id == QLatin1String("any"))
            catalog->m_anyRole = int(catalog->m_roles.size());
        catalog->m_roles.append(role);
        reader.leave();
    }

    const QJsonArray families = reader.array(root, QStringLiteral("families"));
    for (qsizetype i = 0; reader.ok() && i < families.size(); ++i) {
        reader.enter(QStringLiteral("families[%1]").arg(i));
        const QJsonObject object = reader.element(families, i);
        FlowFamily family;
        family.id = reader.string(object, QStringLiteral("id"));
        for (const FlowFamily &other : std::as_const(catalog->m_families)) {
            if (reader.ok() && other.id == family.id)
                reader.fail(QStringLiteral("id"), tr("repeats family '%1'").arg(family.id));
        }
        readText(object, QStringLiteral("name"), &family.name, reader);
        catalog->m_families.append(family);
        reader.leave();
    }

    const QJsonArray flows = reader.array(root, QStringLiteral("flows"));
    if (reader.ok() && flows.isEmpty())
        reader.fail(QStringLiteral("flows"), tr("lists no flow"));
    for (qsizetype i = 0; reader.ok() && i < flows.size(); ++i) {
        reader.enter(QStringLiteral("flows[%1]").arg(i));
        const QJsonObject object = reader.element(flows, i);
        Flow flow;
        flow.id = reader.string(object, QStringLiteral("id"));
        for (const Flow &other : std::as_const(catalog->m_flows)) {
            if (reader.ok() && other.id == flow.id)
                reader.fail(QStringLiteral("id"), tr("repeats flow '%1'").arg(flow.id));
        }
        flow.sourceRoles = readRoleList(object, QStringLiteral("from"), *catalog, reader);
        flow.destinationRoles = readRoleList(object, QStringLiteral("to"), *catalog, reader);
        for (int role : std::as_const(flow.destinationRoles)) {
            if (reader.ok() && catalog->m_roles[role].pseudo)
                reader.fail(QStringLiteral("to"), tr("names a pseudo-role as a destination"));
        }
        flow.transport = reader.string(object, QStringLiteral("transport"));
        if (reader.ok() && flow.transport != QLatin1String("TCP") &&
            flow.transport != QLatin1String("UDP"))
            reader.fail(QStringLiteral("transport"), tr("must be \"TCP\" or \"UDP\""));
        if (object.contains(QStringLiteral("ports"))) {
            const QJsonArray range = reader.array(object, QStringLiteral("ports"));
            if (reader.ok() && (range.size() != 2 || !range[0].isDouble() || !range[1].isDouble()))
                reader.fail(QStringLiteral("ports"), tr("must be [first, last]"));
            flow.portFirst = range.size() == 2 ? range[0].toInt(-1) : -1;
            flow.portLast = range.size() == 2 ? range[1].toInt(-1) : -1;
        } else {
            flow.portFirst = flow.portLast =
                reader.integer(object, QStringLiteral("port"), 1, 65535);
        }
        if (reader.ok() &&
            (flow.portFirst < 1 || flow.portLast > 65535 || flow.portFirst > flow.portLast))
            reader.fail(QStringLiteral("ports"), tr("is not a port range within 1-65535"));
        flow.protocol = reader.string(object, QStringLiteral("protocol"));
        const QString family = reader.string(object, QStringLiteral("family"));
        flow.family = -1;
        for (int f = 0; f < catalog->m_families.size(); ++f) {
            if (catalog->m_families[f].id == family)
                flow.family = f;
        }
        if (reader.ok() && flow.family < 0)
            reader.fail(QStringLiteral("family"), tr("names an unknown flow family"));
        readText(object, QStringLiteral("note"), &flow.note, reader);
        const QJsonObject seed = reader.object(object, QStringLiteral("seed"));
        const QString section = reader.string(seed, QStringLiteral("section"));
        if (section == QLatin1String("table"))
            flow.seedRow = reader.integer(seed, QStringLiteral("row"), 1, 1000);
        else if (reader.ok() && section != QLatin1String("introduction"))
            reader.fail(QStringLiteral("seed"),
                        tr("section must be \"table\" or \"introduction\""));
        catalog->m_flows.append(flow);
        reader.leave();
    }

    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return nullptr;
    }
    return catalog;
}

} // namespace Portolan
