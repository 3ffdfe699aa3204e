#include "catalog.h"

#include "catalogregistry.h"
#include "jsonutil.h"
#include "project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Catalog", text);
}

/// Ids of catalogs, roles, families, features and flows: plain lower-case
/// names, so that they are safe in file names, CSV cells and messages.
bool isValidId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return id.size() <= CatalogLimits::maxIdLength && valid.match(id).hasMatch();
}

/// Refuses keys this version does not know: a misspelt "feature" would
/// otherwise turn an optional flow into one that is always on.
void rejectUnknownKeys(JsonReader &reader, const QJsonObject &object,
                       std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); reader.ok() && it != object.end(); ++it) {
        bool found = false;
        for (const char *key : known)
            found = found || it.key() == QLatin1String(key);
        if (!found)
            reader.fail(it.key(), tr("is not a catalog field (see docs/catalog-format.md)"));
    }
}

QString checkedText(JsonReader &reader, const QJsonObject &object, const QString &key,
                    bool required, int maxLength)
{
    const QString value =
        required ? reader.string(object, key) : reader.optionalString(object, key);
    if (!reader.ok())
        return {};
    if (required && value.trimmed().isEmpty())
        reader.fail(key, tr("is empty"));
    else if (value.size() > maxLength)
        reader.fail(
            key,
            tr("is %1 characters long; at most %2 are allowed").arg(value.size()).arg(maxLength));
    else if (containsControlCharacter(value, false))
        reader.fail(key, tr("contains a control character"));
    return value;
}

QString checkedId(JsonReader &reader, const QJsonObject &object, const QString &key)
{
    const QString id = reader.string(object, key);
    if (reader.ok() && !isValidId(id))
        reader.fail(key, tr("'%1' is not an id: use a-z, 0-9 and '-', at most %2 characters, "
                            "starting with a letter or digit")
                             .arg(id.left(CatalogLimits::maxIdLength))
                             .arg(CatalogLimits::maxIdLength));
    return reader.ok() ? id : QString();
}

bool readText(const QJsonObject &object, const QString &key, LocalizedText *out, JsonReader &reader,
              int maxLength = CatalogLimits::maxNameLength)
{
    const QJsonObject texts = reader.object(object, key);
    if (!reader.ok())
        return false;
    // Messages name the text and its language: "name: field 'en' is missing".
    reader.enter(key);
    rejectUnknownKeys(reader, texts, {"en", "de"});
    out->en = checkedText(reader, texts, QStringLiteral("en"), true, maxLength);
    out->de = checkedText(reader, texts, QStringLiteral("de"), false, maxLength);
    reader.leave();
    return reader.ok();
}

/// An array that the limits allow; @p noun names its elements in the message.
QJsonArray limitedArray(JsonReader &reader, const QJsonObject &object, const QString &key,
                        int maxCount, const QString &noun)
{
    const QJsonArray array = reader.array(object, key);
    if (reader.ok() && array.size() > maxCount)
        reader.fail(
            key,
            tr("lists %1 %2; at most %3 are allowed").arg(array.size()).arg(noun).arg(maxCount));
    return array;
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
        if (roles.contains(index)) {
            reader.fail(key, tr("names the role '%1' twice").arg(value.toString()));
            return roles;
        }
        roles.append(index);
    }
    for (int role : std::as_const(roles)) {
        if (roles.size() > 1 && catalog.roles()[role].pseudo) {
            reader.fail(
                key,
                tr("names the pseudo-role '%1' beside other roles").arg(catalog.roles()[role].id));
            break;
        }
    }
    return roles;
}

/// Reads "KEY": N or "KEYs": [first, last] into @p first and @p last; both 0
/// when neither is there and @p required is false.
void readPorts(JsonReader &reader, const QJsonObject &object, const QString &single,
               const QString &range, bool required, int *first, int *last)
{
    *first = *last = 0;
    if (!reader.ok())
        return;
    if (object.contains(single) && object.contains(range)) {
        reader.fail(range, tr("cannot stand beside '%1'; give one of them").arg(single));
        return;
    }
    if (object.contains(range)) {
        const QJsonArray ports = reader.array(object, range);
        if (reader.ok() && (ports.size() != 2 || !ports[0].isDouble() || !ports[1].isDouble()))
            reader.fail(range, tr("must be [first, last]"));
        *first = ports.size() == 2 ? ports[0].toInt(-1) : -1;
        *last = ports.size() == 2 ? ports[1].toInt(-1) : -1;
        if (reader.ok() && (*first < 1 || *last > 65535 || *first > *last))
            reader.fail(range, tr("is not a port range within 1-65535"));
    } else if (required || object.contains(single)) {
        *first = *last = reader.integer(object, single, 1, 65535);
    }
}

/// Where a role's icon is: a built-in resource, or a file beside a catalog of
/// the admin's own. Empty with a failure recorded when it is neither.
QString readIcon(JsonReader &reader, const QJsonObject &object, const QString &roleId,
                 const QString &folder)
{
    const QString key = QStringLiteral("icon");
    if (!object.contains(key)) {
        const QString own = QStringLiteral(":/icons/roles/%1.svg").arg(roleId);
        return QFile::exists(own) ? own : QStringLiteral(":/icons/roles/generic.svg");
    }
    const QString icon = checkedText(reader, object, key, true, CatalogLimits::maxNameLength);
    if (!reader.ok())
        return {};
    if (icon.startsWith(QLatin1String(":/"))) {
        static const QRegularExpression builtIn(QStringLiteral("^:/icons/roles/[a-z0-9-]+\\.svg$"));
        if (!builtIn.match(icon).hasMatch() || !QFile::exists(icon))
            reader.fail(key, tr("'%1' is not a built-in icon").arg(icon));
        return icon;
    }
    if (folder.isEmpty()) {
        reader.fail(key, tr("must name a built-in icon (:/icons/roles/NAME.svg)"));
        return {};
    }
    // A plain relative path below the catalog's folder: no way out of it.
    const QString clean = QDir::cleanPath(icon);
    if (QDir::isAbsolutePath(icon) || clean.startsWith(QLatin1String("..")) ||
        icon.contains(u'\\') || !clean.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        reader.fail(
            key, tr("'%1' must be an .svg file name relative to the catalog's folder").arg(icon));
        return {};
    }
    const QFileInfo file(QDir(folder).filePath(clean));
    if (!file.isFile()) {
        reader.fail(key, tr("names the file '%1', which is not beside the catalog").arg(icon));
        return {};
    }
    if (file.size() > CatalogLimits::maxFileBytes) {
        reader.fail(key, tr("names the file '%1', which is over %2 MB")
                             .arg(icon)
                             .arg(CatalogLimits::maxFileBytes / (1024 * 1024)));
        return {};
    }
    return file.absoluteFilePath();
}

} // namespace

QString Role::differenceTo(const Role &other) const
{
    if (name != other.name)
        return QStringLiteral("name");
    if (pseudo != other.pseudo)
        return QStringLiteral("pseudo");
    if (namePrefix != other.namePrefix)
        return QStringLiteral("prefix");
    if (addressKind != other.addressKind)
        return QStringLiteral("addresses");
    if (icon != other.icon)
        return QStringLiteral("icon");
    if (column != other.column)
        return QStringLiteral("column");
    return {};
}

QString Flow::portText() const
{
    if (portFirst == portLast)
        return QString::number(portFirst);
    return QString::number(portFirst) + u'-' + QString::number(portLast);
}

QString Flow::sourcePortText() const
{
    if (sourcePortFirst == 0)
        return {};
    if (sourcePortFirst == sourcePortLast)
        return QString::number(sourcePortFirst);
    return QString::number(sourcePortFirst) + u'-' + QString::number(sourcePortLast);
}

QString Flow::seedReference(const QString &language) const
{
    const bool de = language == QLatin1String("de");
    if (seedRow == 0)
        return de ? QStringLiteral("Einleitung") : QStringLiteral("introduction");
    if (seedTable == 0)
        return (de ? QStringLiteral("Tabellenzeile %1") : QStringLiteral("table row %1"))
            .arg(seedRow);
    return (de ? QStringLiteral("Tabelle %1, Zeile %2") : QStringLiteral("table %1, row %2"))
        .arg(seedTable)
        .arg(seedRow);
}

QString Catalog::flowReference(int flow, const QString &language) const
{
    return m_flows[flow].document + QStringLiteral(", ") + m_flows[flow].seedReference(language);
}

QList<const Catalog *> Catalog::parts() const
{
    QList<const Catalog *> result;
    for (const auto &part : m_parts)
        result.append(part.get());
    if (result.isEmpty())
        result.append(this);
    return result;
}

int Catalog::roleIndex(const QString &id) const
{
    for (int i = 0; i < m_roles.size(); ++i) {
        if (m_roles[i].id == id)
            return i;
    }
    return -1;
}

int Catalog::featureIndex(const QString &id) const
{
    for (int i = 0; i < m_features.size(); ++i) {
        if (m_features[i].id == id)
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
    return CatalogRegistry::instance().ids();
}

std::shared_ptr<const Catalog> Catalog::load(const QString &id, QString *error)
{
    return CatalogRegistry::instance().catalog(id, error);
}

std::shared_ptr<const Catalog> Catalog::fromJson(const QByteArray &json, const QString &origin,
                                                 QString *error, const QString &folder)
{
    if (json.size() > CatalogLimits::maxFileBytes) {
        if (error)
            *error = tr("%1: the catalog is %2 bytes; catalogs are at most %3 bytes")
                         .arg(origin)
                         .arg(json.size())
                         .arg(CatalogLimits::maxFileBytes);
        return nullptr;
    }
    QJsonObject root;
    if (!parseJsonObject(json, origin, &root, error))
        return nullptr;

    auto catalog = std::make_shared<Catalog>();
    JsonReader reader(origin);
    rejectUnknownKeys(reader, root,
                      {"format", "version", "id", "name", "product", "source", "features", "roles",
                       "families", "flows"});
    if (reader.string(root, QStringLiteral("format")) != QLatin1String("portolan-catalog") &&
        reader.ok())
        reader.fail(QStringLiteral("format"), tr("is not \"portolan-catalog\""));
    const int version = reader.integer(root, QStringLiteral("version"), 1, 1000000);
    if (reader.ok() && version != 1)
        reader.fail(QStringLiteral("version"),
                    tr("is %1; this Portolan reads catalog version 1").arg(version));
    catalog->m_id = checkedId(reader, root, QStringLiteral("id"));
    readText(root, QStringLiteral("name"), &catalog->m_name, reader);
    catalog->m_product =
        checkedText(reader, root, QStringLiteral("product"), false, CatalogLimits::maxNameLength);
    if (reader.ok()) {
        const QJsonObject source = reader.object(root, QStringLiteral("source"));
        reader.enter(QStringLiteral("source"));
        rejectUnknownKeys(reader, source, {"title", "document", "url", "changed", "tables"});
        reader.leave();
        catalog->m_sourceTitle = checkedText(reader, source, QStringLiteral("title"), true,
                                             CatalogLimits::maxNameLength);
        catalog->m_sourceDocument = checkedText(reader, source, QStringLiteral("document"), true,
                                                CatalogLimits::maxIdLength);
        catalog->m_sourceUrl =
            checkedText(reader, source, QStringLiteral("url"), false, CatalogLimits::maxTextLength);
        checkedText(reader, source, QStringLiteral("changed"), false, CatalogLimits::maxIdLength);
        if (reader.ok() && source.contains(QStringLiteral("tables"))) {
            reader.enter(QStringLiteral("source"));
            const QJsonArray tables = limitedArray(reader, source, QStringLiteral("tables"),
                                                   CatalogLimits::maxTables, tr("tables"));
            for (const QJsonValue &rows : tables) {
                const double n = rows.toDouble(-1);
                if (reader.ok() &&
                    (!rows.isDouble() || n != int(n) || n < 1 || n > CatalogLimits::maxTableRows))
                    reader.fail(QStringLiteral("tables"),
                                tr("must list each table's rows, whole numbers from 1 to %1")
                                    .arg(CatalogLimits::maxTableRows));
                catalog->m_sourceTables.append(int(n));
            }
            reader.leave();
        }
    }

    if (reader.ok() && root.contains(QStringLiteral("features"))) {
        const QJsonArray features = limitedArray(reader, root, QStringLiteral("features"),
                                                 CatalogLimits::maxFeatures, tr("features"));
        for (qsizetype i = 0; reader.ok() && i < features.size(); ++i) {
            reader.enter(QStringLiteral("features[%1]").arg(i));
            const QJsonObject object = reader.element(features, i);
            rejectUnknownKeys(reader, object, {"id", "name", "unsupported"});
            Feature feature;
            feature.id = checkedId(reader, object, QStringLiteral("id"));
            if (reader.ok() && catalog->featureIndex(feature.id) >= 0)
                reader.fail(QStringLiteral("id"), tr("repeats feature '%1'").arg(feature.id));
            readText(object, QStringLiteral("name"), &feature.name, reader);
            if (reader.ok() && object.contains(QStringLiteral("unsupported"))) {
                readText(object, QStringLiteral("unsupported"), &feature.unsupported, reader,
                         CatalogLimits::maxTextLength);
                feature.unsupportedBy = catalog->m_id;
            }
            catalog->m_features.append(feature);
            reader.leave();
        }
    }

    const QJsonArray roles =
        limitedArray(reader, root, QStringLiteral("roles"), CatalogLimits::maxRoles, tr("roles"));
    for (qsizetype i = 0; reader.ok() && i < roles.size(); ++i) {
        reader.enter(QStringLiteral("roles[%1]").arg(i));
        const QJsonObject object = reader.element(roles, i);
        Role role;
        role.pseudo = reader.optionalBool(object, QStringLiteral("pseudo"), false);
        if (role.pseudo)
            rejectUnknownKeys(reader, object, {"id", "name", "pseudo", "seed"});
        else
            rejectUnknownKeys(
                reader, object,
                {"id", "name", "pseudo", "seed", "prefix", "addresses", "icon", "column"});
        role.id = checkedId(reader, object, QStringLiteral("id"));
        if (reader.ok() && role.pseudo && role.id != QLatin1String("any"))
            reader.fail(QStringLiteral("pseudo"), tr("is true for 'any' only"));
        readText(object, QStringLiteral("name"), &role.name, reader);
        role.seedWording = checkedText(reader, object, QStringLiteral("seed"), false,
                                       CatalogLimits::maxNameLength);
        if (!role.pseudo) {
            role.namePrefix = checkedText(reader, object, QStringLiteral("prefix"), true,
                                          CatalogLimits::maxPrefixLength);
            const QString kind = reader.string(object, QStringLiteral("addresses"));
            if (kind == QLatin1String("network"))
                role.addressKind = Role::AddressKind::Network;
            else if (kind != QLatin1String("host") && reader.ok())
                reader.fail(QStringLiteral("addresses"), tr("must be \"host\" or \"network\""));
            if (reader.ok())
                role.icon = readIcon(reader, object, role.id, folder);
            if (reader.ok() && object.contains(QStringLiteral("column")))
                role.column =
                    reader.integer(object, QStringLiteral("column"), 0, CatalogLimits::maxColumn);
        }
        if (reader.ok() && catalog->roleIndex(role.id) >= 0)
            reader.fail(QStringLiteral("id"), tr("repeats role '%1'").arg(role.id));
        if (role.pseudo && role.id == QLatin1String("any"))
            catalog->m_anyRole = int(catalog->m_roles.size());
        catalog->m_roles.append(role);
        reader.leave();
    }

    const QJsonArray families = limitedArray(reader, root, QStringLiteral("families"),
                                             CatalogLimits::maxFamilies, tr("families"));
    for (qsizetype i = 0; reader.ok() && i < families.size(); ++i) {
        reader.enter(QStringLiteral("families[%1]").arg(i));
        const QJsonObject object = reader.element(families, i);
        rejectUnknownKeys(reader, object, {"id", "name"});
        FlowFamily family;
        family.id = checkedId(reader, object, QStringLiteral("id"));
        for (const FlowFamily &other : std::as_const(catalog->m_families)) {
            if (reader.ok() && other.id == family.id)
                reader.fail(QStringLiteral("id"), tr("repeats family '%1'").arg(family.id));
        }
        readText(object, QStringLiteral("name"), &family.name, reader);
        catalog->m_families.append(family);
        reader.leave();
    }

    const QJsonArray flows =
        limitedArray(reader, root, QStringLiteral("flows"), CatalogLimits::maxFlows, tr("flows"));
    if (reader.ok() && flows.isEmpty())
        reader.fail(QStringLiteral("flows"), tr("lists no flow"));
    const QList<int> &tables = catalog->m_sourceTables;
    std::vector<bool> featureUsed(size_t(catalog->m_features.size()), false);
    for (qsizetype i = 0; reader.ok() && i < flows.size(); ++i) {
        reader.enter(QStringLiteral("flows[%1]").arg(i));
        const QJsonObject object = reader.element(flows, i);
        rejectUnknownKeys(reader, object,
                          {"id", "from", "to", "transport", "port", "ports", "sourcePort",
                           "sourcePorts", "protocol", "family", "feature", "seed", "note",
                           "caution"});
        Flow flow;
        flow.id = checkedId(reader, object, QStringLiteral("id"));
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
        readPorts(reader, object, QStringLiteral("port"), QStringLiteral("ports"), true,
                  &flow.portFirst, &flow.portLast);
        readPorts(reader, object, QStringLiteral("sourcePort"), QStringLiteral("sourcePorts"),
                  false, &flow.sourcePortFirst, &flow.sourcePortLast);
        flow.protocol = checkedText(reader, object, QStringLiteral("protocol"), true,
                                    CatalogLimits::maxNameLength);
        const QString family = reader.string(object, QStringLiteral("family"));
        flow.family = -1;
        for (int f = 0; f < catalog->m_families.size(); ++f) {
            if (catalog->m_families[f].id == family)
                flow.family = f;
        }
        if (reader.ok() && flow.family < 0)
            reader.fail(QStringLiteral("family"), tr("names an unknown flow family"));
        if (reader.ok() && object.contains(QStringLiteral("feature"))) {
            const QString feature = reader.string(object, QStringLiteral("feature"));
            flow.feature = catalog->featureIndex(feature);
            if (reader.ok() && flow.feature < 0)
                reader.fail(QStringLiteral("feature"),
                            tr("names an unknown feature '%1'").arg(feature));
            else if (reader.ok())
                featureUsed[size_t(flow.feature)] = true;
        }
        readText(object, QStringLiteral("note"), &flow.note, reader, CatalogLimits::maxTextLength);
        if (reader.ok() && object.contains(QStringLiteral("caution")))
            readText(object, QStringLiteral("caution"), &flow.caution, reader,
                     CatalogLimits::maxTextLength);

        const QJsonObject seed = reader.object(object, QStringLiteral("seed"));
        const QString section = reader.string(seed, QStringLiteral("section"));
        if (section == QLatin1String("table")) {
            rejectUnknownKeys(reader, seed, {"section", "table", "row", "from", "to"});
            if (reader.ok() && seed.contains(QStringLiteral("table"))) {
                if (tables.size() == 1)
                    reader.fail(QStringLiteral("table"),
                                tr("must be left out: the source has a single table"));
                flow.seedTable =
                    reader.integer(seed, QStringLiteral("table"), 1, CatalogLimits::maxTables);
                if (reader.ok() && !tables.isEmpty() && flow.seedTable > tables.size())
                    reader.fail(QStringLiteral("table"), tr("is %1; the source has %2 tables")
                                                             .arg(flow.seedTable)
                                                             .arg(tables.size()));
            } else if (reader.ok() && tables.size() > 1) {
                reader.fail(QStringLiteral("table"),
                            tr("is missing; the source has %1 tables").arg(tables.size()));
            }
            flow.seedRow =
                reader.integer(seed, QStringLiteral("row"), 1, CatalogLimits::maxTableRows);
            const int table = std::max(flow.seedTable, 1);
            if (reader.ok() && table <= tables.size() && flow.seedRow > tables[table - 1])
                reader.fail(QStringLiteral("row"), tr("is %1; table %2 of the source has %3 rows")
                                                       .arg(flow.seedRow)
                                                       .arg(table)
                                                       .arg(tables[table - 1]));
        } else if (reader.ok() && section == QLatin1String("introduction")) {
            rejectUnknownKeys(reader, seed, {"section", "from", "to"});
        } else if (reader.ok()) {
            reader.fail(QStringLiteral("seed"),
                        tr("section must be \"table\" or \"introduction\""));
        }
        flow.seedFrom =
            checkedText(reader, seed, QStringLiteral("from"), false, CatalogLimits::maxTextLength);
        flow.seedTo =
            checkedText(reader, seed, QStringLiteral("to"), false, CatalogLimits::maxTextLength);
        flow.document = catalog->m_sourceDocument;
        catalog->m_flows.append(flow);
        reader.leave();
    }
    for (int f = 0; reader.ok() && f < catalog->m_features.size(); ++f) {
        if (!featureUsed[size_t(f)]) {
            reader.enter(QStringLiteral("features[%1]").arg(f));
            reader.fail(
                QStringLiteral("id"),
                tr("names the feature '%1', which no flow uses").arg(catalog->m_features[f].id));
        }
    }

    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return nullptr;
    }
    return catalog;
}

std::shared_ptr<const Catalog> Catalog::compose(const QList<std::shared_ptr<const Catalog>> &parts,
                                                QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    if (parts.isEmpty())
        return fail(tr("a project needs at least one catalog"));
    if (parts.size() == 1)
        return parts.first();

    auto composed = std::make_shared<Catalog>();
    QStringList ids, names, namesDe, products, documents, titles;
    QHash<QString, QString> roleOwner, familyOwner, featureOwner, flowOwner;
    for (const auto &part : parts) {
        const Catalog &c = *part;
        ids.append(c.m_id);
        names.append(c.m_name.en);
        namesDe.append(c.m_name.text(QStringLiteral("de")));
        if (!c.m_product.isEmpty() && !products.contains(c.m_product))
            products.append(c.m_product);
        if (!documents.contains(c.m_sourceDocument))
            documents.append(c.m_sourceDocument);
        titles.append(c.m_sourceTitle);

        QList<int> roleMap, familyMap, featureMap;
        for (const Role &role : c.m_roles) {
            int index = composed->roleIndex(role.id);
            if (index >= 0) {
                const QString field = composed->m_roles[index].differenceTo(role);
                if (!field.isEmpty())
                    return fail(tr("catalogs '%1' and '%2' define the role '%3' differently (%4)")
                                    .arg(roleOwner.value(role.id), c.m_id, role.id, field));
            } else {
                index = int(composed->m_roles.size());
                composed->m_roles.append(role);
                roleOwner.insert(role.id, c.m_id);
                if (role.pseudo && role.id == QLatin1String("any"))
                    composed->m_anyRole = index;
            }
            roleMap.append(index);
        }
        for (const FlowFamily &family : c.m_families) {
            int index = -1;
            for (int f = 0; f < composed->m_families.size(); ++f) {
                if (composed->m_families[f].id == family.id)
                    index = f;
            }
            if (index >= 0 && composed->m_families[index].name != family.name)
                return fail(tr("catalogs '%1' and '%2' define the flow family '%3' differently "
                               "(name)")
                                .arg(familyOwner.value(family.id), c.m_id, family.id));
            if (index < 0) {
                index = int(composed->m_families.size());
                composed->m_families.append(family);
                familyOwner.insert(family.id, c.m_id);
            }
            familyMap.append(index);
        }
        for (const Feature &feature : c.m_features) {
            int index = composed->featureIndex(feature.id);
            if (index >= 0 && composed->m_features[index].name != feature.name)
                return fail(tr("catalogs '%1' and '%2' define the feature '%3' differently (name)")
                                .arg(featureOwner.value(feature.id), c.m_id, feature.id));
            if (index < 0) {
                index = int(composed->m_features.size());
                composed->m_features.append(feature);
                featureOwner.insert(feature.id, c.m_id);
            } else if (composed->m_features[index].isSupported() && !feature.isSupported()) {
                composed->m_features[index].unsupported = feature.unsupported;
                composed->m_features[index].unsupportedBy = feature.unsupportedBy;
            }
            featureMap.append(index);
        }
        for (Flow flow : c.m_flows) {
            if (flowOwner.contains(flow.id))
                return fail(tr("catalogs '%1' and '%2' both have a flow '%3'")
                                .arg(flowOwner.value(flow.id), c.m_id, flow.id));
            flowOwner.insert(flow.id, c.m_id);
            for (int &role : flow.sourceRoles)
                role = roleMap[role];
            for (int &role : flow.destinationRoles)
                role = roleMap[role];
            flow.family = familyMap[flow.family];
            if (flow.feature >= 0)
                flow.feature = featureMap[flow.feature];
            composed->m_flows.append(flow);
        }
    }
    composed->m_id = ids.join(u'+');
    composed->m_name = {names.join(QStringLiteral(" + ")), namesDe.join(QStringLiteral(" + "))};
    composed->m_product = products.join(QStringLiteral(", "));
    composed->m_sourceDocument = documents.join(QStringLiteral(", "));
    composed->m_sourceTitle = titles.join(QStringLiteral("; "));
    composed->m_parts = parts;
    return composed;
}

} // namespace Portolan
