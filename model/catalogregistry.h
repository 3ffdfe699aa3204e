#pragma once

#include "catalog.h"
#include "project.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Portolan {

/// One catalog file the registry has seen, usable or not.
struct CatalogEntry
{
    /// The catalog's id; for a file too broken to tell, its file name without ".json".
    QString id;
    /// Where it comes from: the resource path of a built-in catalog
    /// (":/catalogs/ID.json") or the absolute path of a file of the admin's own.
    QString path;
    bool builtIn = false;
    /// The loaded catalog; nullptr when the file is skipped (see problems).
    std::shared_ptr<const Catalog> catalog;
    /// Why it is skipped, or what else is wrong with it, one message each
    /// ("PATH: field 'x' ..."); empty for a good catalog.
    QStringList problems;
};

/// Every catalog Portolan knows: the built-in ones and the admin's own.
///
/// Catalogs of the admin's own are `*.json` files in `portolan/catalogs` under
/// the data folders (`$XDG_DATA_HOME`, then the system's), validated as
/// strictly as the built-in ones. A broken file is reported by name and
/// skipped, never fatal; a file may not reuse a built-in id, nor define a
/// role, family or feature that another catalog has differently.
class CatalogRegistry
{
public:
    /// The built-in catalogs and those in @p userFolders, searched in order (an
    /// id in two folders: the first wins, the second is reported).
    explicit CatalogRegistry(const QStringList &userFolders);

    /// The registry of the process: built-ins and the files in standardFolders(),
    /// read once, on first use.
    static const CatalogRegistry &instance();
    /// `portolan/catalogs` under every QStandardPaths::GenericDataLocation, the user's first.
    static QStringList standardFolders();

    /// Every catalog file seen: built-ins by id, then each folder's files by name.
    const QList<CatalogEntry> &entries() const { return m_entries; }
    /// The folders searched for catalogs of the admin's own (absolute; they need not exist).
    const QStringList &userFolders() const { return m_userFolders; }
    /// Ids of the usable catalogs, sorted.
    QStringList ids() const;
    /// The usable catalog @p id; nullptr with "unknown catalog 'ID' (known: ...)" otherwise.
    std::shared_ptr<const Catalog> catalog(const QString &id, QString *error = nullptr) const;
    /// The entry of @p id (usable or skipped), or nullptr.
    const CatalogEntry *entry(const QString &id) const;
    /// One catalog of @p ids (see Catalog::compose()); nullptr with @p error set
    /// for an empty list, an unknown or repeated id, or catalogs that disagree.
    std::shared_ptr<const Catalog> compose(const QStringList &ids, QString *error) const;
    /// Every problem of every entry, in entries() order.
    QStringList problems() const;

    /// The icon of the role @p roleId, as every catalog that has the role
    /// defines it (roles are shared by id); empty for an unknown role.
    QString roleIcon(const QString &roleId) const;

    /// Checks the catalog file at @p path as this registry would load it: its
    /// content, its id against the file name and the built-in ids, and its
    /// roles, families and features against every other usable catalog.
    std::shared_ptr<const Catalog> validateFile(const QString &path, QString *error) const;

private:
    /// Why @p catalog cannot sit beside the usable catalogs (other than the
    /// one at @p ignorePath), or an empty string.
    QString conflictWithOthers(const Catalog &catalog, const QString &ignorePath) const;
    void addUserFolder(const QString &folder);

    QList<CatalogEntry> m_entries;
    QStringList m_userFolders;
    QHash<QString, int> m_usable; ///< id → index into m_entries
    QHash<QString, QString> m_roleIcons;
};

/// The composed catalog of @p project's catalogs (Project::catalogIds) from
/// CatalogRegistry::instance(); nullptr with @p error set if that fails.
std::shared_ptr<const Catalog> catalogForProject(const Project &project, QString *error = nullptr);

} // namespace Portolan
