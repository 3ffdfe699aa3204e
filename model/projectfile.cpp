#include "projectfile.h"

#include "catalog.h"
#include "catalogfeatures.h"
#include "catalogregistry.h"
#include "jsonutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <cstdio>

namespace Portolan::ProjectFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::ProjectFile", text);
}

const QStringList &knownTopLevelKeys()
{
    static const QStringList keys{QStringLiteral("format"),   QStringLiteral("version"),
                                  QStringLiteral("catalog"),  QStringLiteral("catalogs"),
                                  QStringLiteral("features"), QStringLiteral("title"),
                                  QStringLiteral("hosts"),    QStringLiteral("changeRequest")};
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
                      bool required, int maxLength, bool multiLine)
{
    const QString value =
        required ? reader.string(object, key) : reader.optionalString(object, key);
    if (!reader.ok())
        return {};
    if (value.size() > maxLength)
        reader.fail(
            key,
            tr("is %1 characters long; at most %2 are allowed").arg(value.size()).arg(maxLength));
    else if (containsControlCharacter(value, multiLine))
        reader.fail(key, tr("contains a control character"));
    return value;
}

void readHost(JsonReader &reader, const QJsonObject &object, const Catalog &catalog, Host *host)
{
    host->id =
        limitedString(reader, object, QStringLiteral("id"), true, Limits::maxIdLength, false);
    if (reader.ok() && host->id.isEmpty())
        reader.fail(QStringLiteral("id"), tr("is empty"));
    if (reader.ok())
        reader.rename(tr("host '%1'").arg(host->id));
    host->name =
        limitedString(reader, object, QStringLiteral("name"), true, Limits::maxNameLength, false);
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
                                      Limits::maxTextLength, true);
    host->extra = unknownKeys(object, knownHostKeys());
}

void readChangeRequest(JsonReader &reader, const QJsonObject &root, ChangeRequest *details)
{
    if (!root.contains(QStringLiteral("changeRequest")))
        return;
    const QJsonObject object = reader.object(root, QStringLiteral("changeRequest"));
    reader.enter(QStringLiteral("changeRequest"));
    auto field = [&](const char *key, bool multiLine) {
        return limitedString(reader, object, QString::fromLatin1(key), false,
                             multiLine ? Limits::maxTextLength : Limits::maxNameLength, multiLine);
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
        limitedString(reader, root, QStringLiteral("title"), false, Limits::maxNameLength, false);
    readChangeRequest(reader, root, &project.changeRequest);

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
    out += QByteArray::number(currentVersion);
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

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size() ||
            !out.flush()) {
            if (error)
                *error = tr("cannot write to standard output");
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
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
        if (previous != data &&
            !writeFileAtomically(path + QStringLiteral(".bak"), previous, error))
            return false;
    }
    return writeFileAtomically(path, data, error);
}

} // namespace Portolan::ProjectFile
