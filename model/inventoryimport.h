#pragma once

#include "catalog.h"
#include "csvreader.h"
#include "project.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

namespace Portolan {

/// Which Portolan field a column of the inventory fills, and how values become ids.
///
/// Columns are found by name, case-insensitively; an empty entry is guessed
/// from the header (`name`, `role`, `addresses`, `description`; NetBox's
/// `dns_name`, `address`, `status`; for zones `zone`, `kind`, `network` or
/// NetBox's `prefix`).
struct ImportMapping
{
    QHash<QString, QString> columns; ///< Portolan field ("role", "name", …) → column name
    /// Inventory value (case-insensitive) → role id (hosts) or zone kind (zones).
    QHash<QString, QString> values;
    /// The kind of a zone the import creates when no value says otherwise.
    Zone::Kind defaultKind = Zone::Kind::Internal;

    /// Parses "role=tags" (one entry of --map) into columns; false on a bad entry.
    bool addColumn(const QString &entry, QString *error);
    /// Parses "lync-director=director,lync-edge=edge-internal" (--value-map).
    bool addValues(const QString &list, QString *error);
};

/// One problem of an import, where a spreadsheet user finds it.
struct ImportProblem
{
    QString origin; ///< the file
    int line = 0;   ///< 1-based line of the record; 0 for the file as a whole
    QString column; ///< the column's name in the file; empty for the whole row
    QString message;

    /// "hosts.csv:12: column 'addresses': …"
    QString text() const;
};

/// What an import does with one record, for the preview.
struct ImportRow
{
    enum class Action { Add, Update, Unchanged, Skip, Error };
    int line = 0;
    Action action = Action::Add;
    QString name;    ///< the host or zone it is about
    QString message; ///< why skipped, or the errors joined
};

/// A host import worked out against a project, before anything changes.
struct HostImport
{
    enum class Kind { Plain, NetBox };
    Kind kind = Kind::Plain;
    QList<ImportRow> rows;         ///< per record, in file order
    QList<ImportProblem> problems; ///< every error, in file order
    QList<Host> added;             ///< new hosts, with ids and positions
    QList<Host> updated;           ///< existing hosts (by id) with their new role and addresses
    int unchanged = 0;
    int skipped = 0; ///< records whose NetBox status is not active

    bool hasErrors() const { return !problems.isEmpty(); }
};

/// Reads hosts from @p table (a plain CSV or NetBox's IP address export) for
/// @p project under @p catalog. A record whose name matches a host
/// (case-insensitively) updates its role and addresses; new names add hosts,
/// laid out by role to the right of what exists. Records with the same name
/// are one host with several addresses. Bad records are listed in problems
/// and left out of added and updated.
HostImport planHostImport(const CsvTable &table, const QString &origin, const Catalog &catalog,
                          const Project &project, const ImportMapping &mapping);

/// A zone import worked out against a project.
struct ZoneImport
{
    QList<ImportRow> rows;
    QList<ImportProblem> problems;
    QList<Zone> added;   ///< new zones
    QList<Zone> updated; ///< existing zones (by id) with their new networks

    bool hasErrors() const { return !problems.isEmpty(); }
};

/// Reads networks from @p table (`zone`, `kind`, `network`, or NetBox's
/// prefix export with the zone taken from a mapped column, `role` by
/// default) and adds them to zones, creating the zones that do not exist.
ZoneImport planZoneImport(const CsvTable &table, const QString &origin, const Project &project,
                          const ImportMapping &mapping);

/// @p project with @p hosts and @p zones applied (the command line's import;
/// the window applies the same lists through undo commands).
Project applyImport(Project project, const HostImport &hosts, const ZoneImport &zones);

} // namespace Portolan
