#include "inventoryimport.h"

#include "layout.h"
#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::InventoryImport", text);
}

/// A column name as compared: case, spaces and dashes do not matter, so NetBox's
/// table export ("DNS Name") and its API names ("dns_name") are the same column.
QString normalizedColumn(const QString &name)
{
    QString result = name.trimmed().toCaseFolded();
    result.replace(u' ', u'_');
    result.replace(u'-', u'_');
    return result;
}

/// The index of the first column named like one of @p names, or -1.
int findColumn(const QStringList &header, const QStringList &names)
{
    for (const QString &name : names) {
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (normalizedColumn(header[c]) == normalizedColumn(name))
                return int(c);
        }
    }
    return -1;
}

/// A stable id made from @p name: lower case, [a-z0-9-], unique among @p taken.
QString idFromName(const QString &name, const QString &fallback, QSet<QString> *taken)
{
    QString base;
    for (QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            base += c;
        else if (!base.isEmpty() && !base.endsWith(u'-'))
            base += u'-';
    }
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = fallback;
    base = base.left(Limits::maxIdLength - 8);
    QString id = base;
    for (int n = 2; taken->contains(id); ++n)
        id = base + u'-' + QString::number(n);
    taken->insert(id);
    return id;
}

QStringList splitList(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return cell.split(separators, Qt::SkipEmptyParts);
}

/// The record's cell in @p column, or empty when the record is short.
QString cell(const QStringList &record, int column)
{
    return column >= 0 && column < record.size() ? record[column].trimmed() : QString();
}

struct Problems
{
    QString origin;
    QList<ImportProblem> *list;
    QStringList rowMessages;

    void add(int line, const QString &column, const QString &message)
    {
        list->append({origin, line, column, message});
        rowMessages.append(column.isEmpty() ? message : tr("column '%1': %2").arg(column, message));
    }
};

/// NetBox writes "Active"; scripts write "active".
bool isActive(const QString &status)
{
    return status.isEmpty() || status.compare(QLatin1String("active"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString ImportProblem::text() const
{
    QString where = origin;
    if (line > 0)
        where += u':' + QString::number(line);
    return column.isEmpty() ? tr("%1: %2").arg(where, message)
                            : tr("%1: column '%2': %3").arg(where, column, message);
}

bool ImportMapping::addColumn(const QString &entry, QString *error)
{
    static const QStringList fields{QStringLiteral("name"),      QStringLiteral("role"),
                                    QStringLiteral("addresses"), QStringLiteral("description"),
                                    QStringLiteral("status"),    QStringLiteral("zone"),
                                    QStringLiteral("kind"),      QStringLiteral("network")};
    const qsizetype equals = entry.indexOf(u'=');
    const QString field = entry.left(equals).trimmed().toLower();
    const QString column = entry.mid(equals + 1).trimmed();
    if (equals < 0 || column.isEmpty() || !fields.contains(field)) {
        *error = tr("'%1' is not FIELD=COLUMN with FIELD one of %2")
                     .arg(entry, fields.join(QStringLiteral(", ")));
        return false;
    }
    columns.insert(field, column);
    return true;
}

bool ImportMapping::addValues(const QString &list, QString *error)
{
    for (const QString &entry : list.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(u'=');
        const QString from = entry.left(equals).trimmed();
        const QString to = entry.mid(equals + 1).trimmed();
        if (equals < 0 || from.isEmpty() || to.isEmpty()) {
            *error = tr("'%1' is not VALUE=ID").arg(entry);
            return false;
        }
        values.insert(from.toCaseFolded(), to);
    }
    return true;
}

HostImport planHostImport(const CsvTable &table, const QString &origin, const Catalog &catalog,
                          const Project &project, const ImportMapping &mapping)
{
    HostImport result;
    const QStringList &header = table.header;
    const bool netbox = findColumn(header, {QStringLiteral("dns_name")}) >= 0 &&
                        findColumn(header, {QStringLiteral("address")}) >= 0;
    result.kind = netbox ? HostImport::Kind::NetBox : HostImport::Kind::Plain;
    Problems problems{origin, &result.problems, {}};

    auto column = [&](const QString &field, const QStringList &guesses) {
        if (mapping.columns.contains(field)) {
            const int c = findColumn(header, {mapping.columns.value(field)});
            return c;
        }
        return findColumn(header, guesses);
    };
    const int nameColumn =
        column(QStringLiteral("name"),
               netbox ? QStringList{QStringLiteral("dns_name")}
                      : QStringList{QStringLiteral("name"), QStringLiteral("hostname"),
                                    QStringLiteral("host"), QStringLiteral("dns_name")});
    const int roleColumn = column(QStringLiteral("role"), {QStringLiteral("role")});
    const int addressColumn =
        column(QStringLiteral("addresses"),
               {QStringLiteral("addresses"), QStringLiteral("address"),
                QStringLiteral("ip_address"), QStringLiteral("ip address"), QStringLiteral("ip")});
    const int descriptionColumn =
        column(QStringLiteral("description"), {QStringLiteral("description")});
    const int statusColumn = column(QStringLiteral("status"), {QStringLiteral("status")});

    // Required columns, each named as the user would look for it.
    const std::pair<int, QString> required[] = {
        {nameColumn,
         mapping.columns.value(QStringLiteral("name"),
                               netbox ? QStringLiteral("dns_name") : QStringLiteral("name"))},
        {roleColumn, mapping.columns.value(QStringLiteral("role"), QStringLiteral("role"))},
        {addressColumn,
         mapping.columns.value(QStringLiteral("addresses"),
                               netbox ? QStringLiteral("address") : QStringLiteral("addresses"))}};
    for (const auto &[index, name] : required) {
        if (index < 0)
            problems.add(1, name,
                         tr("the file has no such column (its columns: %1)")
                             .arg(header.join(QStringLiteral(", "))));
    }
    if (result.hasErrors())
        return result;

    // Role values: the user's value map first, then role ids, then role names.
    auto resolveRole = [&](const QString &value, QString *why) -> int {
        // A mapped column (NetBox tags, a custom field) may hold several values.
        const QStringList candidates =
            netbox || mapping.columns.contains(QStringLiteral("role"))
                ? value.split(QRegularExpression(QStringLiteral("\\s*[,;]\\s*")),
                              Qt::SkipEmptyParts)
                : QStringList{value};
        int found = -1;
        for (const QString &candidate : candidates) {
            QString id = mapping.values.value(candidate.toCaseFolded());
            if (id.isEmpty())
                id = candidate;
            int role = catalog.roleIndex(id);
            for (int r = 0; role < 0 && r < catalog.roles().size(); ++r) {
                const LocalizedText &name = catalog.roles()[r].name;
                if (name.en.compare(id, Qt::CaseInsensitive) == 0 ||
                    (!name.de.isEmpty() && name.de.compare(id, Qt::CaseInsensitive) == 0))
                    role = r;
            }
            if (role >= 0 && catalog.roles()[role].pseudo)
                role = -1;
            if (role >= 0 && found >= 0 && role != found) {
                *why = tr("'%1' names two roles, %2 and %3")
                           .arg(value, catalog.roles()[found].id, catalog.roles()[role].id);
                return -1;
            }
            if (role >= 0)
                found = role;
        }
        if (found < 0)
            *why = tr("'%1' is not a role of this project (known: %2), nor mapped to one "
                      "(--value-map VALUE=ROLE)")
                       .arg(value, [&] {
                           QStringList ids;
                           for (int r : catalog.hostRoles())
                               ids.append(catalog.roles()[r].id);
                           return ids.join(QStringLiteral(", "));
                       }());
        return found;
    };

    // Records by host name (case-insensitive), in file order.
    struct Pending
    {
        int line = 0;
        Host host;
        QList<int> lines;
        bool bad = false;
    };
    QList<Pending> pending;
    QHash<QString, int> byName;
    QHash<QString, std::pair<QString, int>> addressOwner; // address → (host name, line)
    const QString nameHeader = header.value(nameColumn);
    const QString roleHeader = header.value(roleColumn);
    const QString addressHeader = header.value(addressColumn);
    const QString descriptionHeader = header.value(descriptionColumn);

    for (qsizetype r = 0; r < table.records.size(); ++r) {
        const QStringList &record = table.records[r];
        const int line = table.lines[r];
        problems.rowMessages.clear();
        ImportRow row{line, ImportRow::Action::Add, cell(record, nameColumn), {}};
        if (statusColumn >= 0 && !isActive(cell(record, statusColumn))) {
            row.action = ImportRow::Action::Skip;
            row.message = tr("status is '%1', not active").arg(cell(record, statusColumn));
            ++result.skipped;
            result.rows.append(row);
            continue;
        }
        const QString name = cell(record, nameColumn);
        if (const QString why = Validation::checkName(name); !why.isEmpty())
            problems.add(line, nameHeader, tr("the name %1").arg(why));
        QString why;
        const QString roleValue = cell(record, roleColumn);
        const int role = roleValue.isEmpty() ? -1 : resolveRole(roleValue, &why);
        if (roleValue.isEmpty())
            problems.add(line, roleHeader, tr("the role is empty; every host needs one"));
        else if (role < 0)
            problems.add(line, roleHeader, why);
        const QString description = cell(record, descriptionColumn);
        if (const QString bad = Validation::checkText(description, Validation::TextKind::Text);
            !bad.isEmpty())
            problems.add(line, descriptionHeader, tr("the description %1").arg(bad));

        QList<Address> addresses;
        const QStringList texts = netbox ? QStringList{cell(record, addressColumn)}
                                         : splitList(cell(record, addressColumn));
        if (texts.isEmpty() || texts.first().isEmpty())
            problems.add(line, addressHeader,
                         tr("the addresses are empty; give at least one address"));
        for (QString text : texts) {
            const Role *roleDefinition = role >= 0 ? &catalog.roles()[role] : nullptr;
            // NetBox writes an interface address with its subnet's length: the
            // host is the address; a client network is the subnet.
            if (netbox && text.contains(u'/') && roleDefinition &&
                roleDefinition->addressKind == Role::AddressKind::Host)
                text = text.section(u'/', 0, 0);
            std::optional<Address> address;
            if (netbox && text.contains(u'/') && roleDefinition &&
                roleDefinition->addressKind == Role::AddressKind::Network) {
                // The subnet of the interface address: 10.20.0.5/16 is 10.20.0.0/16.
                address = Address::parse(text.section(u'/', 0, 0), &why);
                bool ok = false;
                const int length = text.section(u'/', 1).toInt(&ok);
                if (address && (!ok || length < 0 || length > address->familyBits())) {
                    why = tr("the prefix length in '%1' is not one of 0 to %2")
                              .arg(text)
                              .arg(address->familyBits());
                    address.reset();
                } else if (address) {
                    address = address->network(length);
                }
            } else {
                address = Validation::parseHostAddress(text, roleDefinition, &why);
            }
            if (!address) {
                problems.add(line, addressHeader, why);
                continue;
            }
            const QString key = address->toString();
            const auto owner = addressOwner.constFind(key);
            if (owner != addressOwner.constEnd() &&
                owner->first.compare(name, Qt::CaseInsensitive) != 0) {
                problems.add(line, addressHeader,
                             tr("%1 is also the address of %2 (line %3)")
                                 .arg(key, owner->first)
                                 .arg(owner->second));
                continue;
            }
            addressOwner.insert(key, {name, line});
            if (!addresses.contains(*address))
                addresses.append(*address);
        }

        const bool bad = !problems.rowMessages.isEmpty();
        const QString folded = name.toCaseFolded();
        int index = byName.value(folded, -1);
        if (index < 0 && !bad) {
            index = int(pending.size());
            byName.insert(folded, index);
            Pending entry;
            entry.line = line;
            entry.host.name = name;
            entry.host.role = catalog.roles()[role].id;
            entry.host.description = description;
            pending.append(entry);
        } else if (index >= 0 && !bad && pending[index].host.role != catalog.roles()[role].id) {
            problems.add(line, roleHeader,
                         tr("%1 has the role %2 on line %3")
                             .arg(name, pending[index].host.role)
                             .arg(pending[index].line));
        }
        if (index >= 0 && problems.rowMessages.isEmpty()) {
            Host &host = pending[index].host;
            for (const Address &address : std::as_const(addresses)) {
                if (!host.addresses.contains(address))
                    host.addresses.append(address);
            }
            if (host.description.isEmpty())
                host.description = description;
            if (host.addresses.size() > Limits::maxAddressesPerHost)
                problems.add(
                    line, addressHeader,
                    tr("%1 has more than %2 addresses").arg(name).arg(Limits::maxAddressesPerHost));
            pending[index].lines.append(line);
        }
        if (index >= 0 && !problems.rowMessages.isEmpty())
            pending[index].bad = true;
        if (!problems.rowMessages.isEmpty()) {
            row.action = ImportRow::Action::Error;
            row.message = problems.rowMessages.join(QStringLiteral("; "));
        }
        result.rows.append(row);
    }

    // Existing hosts by name; new ones get ids and a place of their own.
    QHash<QString, int> existing;
    QSet<QString> ids;
    for (size_t h = 0; h < project.hosts.size(); ++h) {
        existing.insert(project.hosts[h].name.toCaseFolded(), int(h));
        ids.insert(project.hosts[h].id);
    }
    QHash<int, ImportRow::Action> actionOfLine;
    Project fresh;
    fresh.catalogIds = project.catalogIds;
    for (const Pending &entry : std::as_const(pending)) {
        if (entry.bad)
            continue;
        const auto it = existing.constFind(entry.host.name.toCaseFolded());
        ImportRow::Action action = ImportRow::Action::Add;
        if (it != existing.constEnd()) {
            Host host = project.hosts[size_t(*it)];
            if (host.role == entry.host.role && host.addresses == entry.host.addresses) {
                action = ImportRow::Action::Unchanged;
                ++result.unchanged;
            } else {
                action = ImportRow::Action::Update;
                host.role = entry.host.role;
                host.addresses = entry.host.addresses;
                result.updated.append(host);
            }
        } else {
            Host host = entry.host;
            host.id = idFromName(host.name, host.role, &ids);
            fresh.hosts.push_back(host);
        }
        for (int line : entry.lines)
            actionOfLine.insert(line, action);
    }
    if (project.hosts.size() + fresh.hosts.size() > size_t(Limits::maxHosts))
        problems.add(0, QString(),
                     tr("the project would have %1 hosts; at most %2 are allowed")
                         .arg(project.hosts.size() + fresh.hosts.size())
                         .arg(Limits::maxHosts));
    for (ImportRow &row : result.rows) {
        if (row.action == ImportRow::Action::Add)
            row.action = actionOfLine.value(row.line, ImportRow::Action::Error);
    }

    // New hosts in role columns to the right of what exists.
    if (!fresh.hosts.empty()) {
        const QHash<QString, QPointF> places = arrangeByRole(catalog, fresh);
        double right = 0;
        double top = 0;
        for (size_t h = 0; h < project.hosts.size(); ++h) {
            const QPointF p = project.hosts[h].position;
            right = h == 0 ? p.x() : std::max(right, p.x());
            top = h == 0 ? p.y() : std::min(top, p.y());
        }
        const QPointF offset(project.hosts.empty() ? 0 : right + LayoutMetrics::columnSpacing, top);
        for (Host &host : fresh.hosts) {
            host.position = places.value(host.id) + offset;
            result.added.append(host);
        }
    }
    return result;
}

ZoneImport planZoneImport(const CsvTable &table, const QString &origin, const Project &project,
                          const ImportMapping &mapping)
{
    ZoneImport result;
    const QStringList &header = table.header;
    Problems problems{origin, &result.problems, {}};
    auto column = [&](const QString &field, const QStringList &guesses) {
        if (mapping.columns.contains(field))
            return findColumn(header, {mapping.columns.value(field)});
        return findColumn(header, guesses);
    };
    const bool netbox = findColumn(header, {QStringLiteral("prefix")}) >= 0;
    const int zoneColumn =
        column(QStringLiteral("zone"),
               netbox ? QStringList{QStringLiteral("role")} : QStringList{QStringLiteral("zone")});
    const int networkColumn =
        column(QStringLiteral("network"), {QStringLiteral("network"), QStringLiteral("prefix")});
    const int kindColumn = column(QStringLiteral("kind"), {QStringLiteral("kind")});
    const int descriptionColumn =
        column(QStringLiteral("description"), {QStringLiteral("description")});
    const int statusColumn = column(QStringLiteral("status"), {QStringLiteral("status")});
    if (zoneColumn < 0)
        problems.add(1,
                     mapping.columns.value(QStringLiteral("zone"), netbox ? QStringLiteral("role")
                                                                          : QStringLiteral("zone")),
                     tr("the file has no such column (its columns: %1)")
                         .arg(header.join(QStringLiteral(", "))));
    if (networkColumn < 0)
        problems.add(
            1,
            mapping.columns.value(QStringLiteral("network"),
                                  netbox ? QStringLiteral("prefix") : QStringLiteral("network")),
            tr("the file has no such column (its columns: %1)")
                .arg(header.join(QStringLiteral(", "))));
    if (result.hasErrors())
        return result;

    // Zones by name and id; networks by owner.
    std::vector<Zone> zones = project.zones;
    QSet<QString> ids;
    QHash<QString, int> byName;
    QHash<QString, int> owner; // network text → zone index
    for (size_t z = 0; z < zones.size(); ++z) {
        ids.insert(zones[z].id);
        byName.insert(zones[z].name.toCaseFolded(), int(z));
        byName.insert(zones[z].id.toCaseFolded(), int(z));
        for (const Address &network : zones[z].networks)
            owner.insert(network.toString(), int(z));
    }
    const size_t existingCount = zones.size();
    std::vector<bool> changed(zones.size(), false);

    for (qsizetype r = 0; r < table.records.size(); ++r) {
        const QStringList &record = table.records[r];
        const int line = table.lines[r];
        problems.rowMessages.clear();
        const QString zoneName = cell(record, zoneColumn);
        ImportRow row{line, ImportRow::Action::Add, zoneName, {}};
        if (statusColumn >= 0 && !isActive(cell(record, statusColumn))) {
            row.action = ImportRow::Action::Skip;
            row.message = tr("status is '%1', not active").arg(cell(record, statusColumn));
            result.rows.append(row);
            continue;
        }
        if (const QString why = Validation::checkName(zoneName); !why.isEmpty())
            problems.add(line, header.value(zoneColumn), tr("the zone name %1").arg(why));
        QString why;
        const auto network = Validation::parseNetwork(cell(record, networkColumn), &why);
        if (!network)
            problems.add(line, header.value(networkColumn), why);
        Zone::Kind kind = mapping.defaultKind;
        const QString kindValue = cell(record, kindColumn);
        if (!kindValue.isEmpty()) {
            const QString mapped = mapping.values.value(kindValue.toCaseFolded(), kindValue);
            if (const auto known = zoneKindFromId(mapped.toLower()))
                kind = *known;
            else
                problems.add(line, header.value(kindColumn),
                             tr("'%1' is not a zone kind (internal, perimeter, external), nor "
                                "mapped to one (--value-map VALUE=KIND)")
                                 .arg(kindValue));
        } else if (const QString mapped = mapping.values.value(zoneName.toCaseFolded());
                   zoneKindFromId(mapped)) {
            kind = *zoneKindFromId(mapped);
        }
        if (problems.rowMessages.isEmpty()) {
            int z = byName.value(zoneName.toCaseFolded(), -1);
            const QString key = network->toString();
            const int current = owner.value(key, -1);
            if (current >= 0 && current != z) {
                problems.add(line, header.value(networkColumn),
                             tr("%1 is already a network of the zone %2")
                                 .arg(key, zones[size_t(current)].name));
            } else if (current >= 0) {
                row.action = ImportRow::Action::Unchanged;
            } else {
                if (z < 0) {
                    Zone zone;
                    zone.id = idFromName(zoneName, QStringLiteral("zone"), &ids);
                    zone.name = zoneName;
                    zone.kind = kind;
                    zone.description = cell(record, descriptionColumn);
                    z = int(zones.size());
                    zones.push_back(zone);
                    changed.push_back(true);
                    byName.insert(zoneName.toCaseFolded(), z);
                } else {
                    row.action = size_t(z) < existingCount ? ImportRow::Action::Update
                                                           : ImportRow::Action::Add;
                }
                if (zones[size_t(z)].networks.size() >= Limits::maxNetworksPerZone) {
                    problems.add(line, header.value(networkColumn),
                                 tr("the zone %1 would have more than %2 networks")
                                     .arg(zoneName)
                                     .arg(Limits::maxNetworksPerZone));
                } else {
                    zones[size_t(z)].networks.append(*network);
                    owner.insert(key, z);
                    changed[size_t(z)] = true;
                }
            }
        }
        if (!problems.rowMessages.isEmpty()) {
            row.action = ImportRow::Action::Error;
            row.message = problems.rowMessages.join(QStringLiteral("; "));
        }
        result.rows.append(row);
    }
    if (zones.size() > size_t(Limits::maxZones))
        problems.add(0, QString(),
                     tr("the project would have %1 zones; at most %2 are allowed")
                         .arg(zones.size())
                         .arg(Limits::maxZones));
    for (size_t z = 0; z < zones.size(); ++z) {
        if (!changed[z])
            continue;
        (z < existingCount ? result.updated : result.added).append(zones[z]);
    }
    return result;
}

Project applyImport(Project project, const HostImport &hosts, const ZoneImport &zones)
{
    for (const Host &host : hosts.updated) {
        const int index = project.indexOf(host.id);
        if (index >= 0)
            project.hosts[size_t(index)] = host;
    }
    for (const Host &host : hosts.added)
        project.hosts.push_back(host);
    for (const Zone &zone : zones.updated) {
        const int index = project.zoneIndex(zone.id);
        if (index >= 0)
            project.zones[size_t(index)] = zone;
    }
    for (const Zone &zone : zones.added)
        project.zones.push_back(zone);
    return project;
}

} // namespace Portolan
