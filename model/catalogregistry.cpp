#include "catalogregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::CatalogRegistry", text);
}

/// More files than this in one folder are skipped (and reported): a folder
/// full of junk must not make every start slow.
constexpr int maxFilesPerFolder = 256;

/// Reads a catalog file of the admin's own; nullptr with @p error naming the file.
std::shared_ptr<const Catalog> readCatalogFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("%1: is not a regular file").arg(path);
        return nullptr;
    }
    if (info.size() > CatalogLimits::maxFileBytes) {
        *error = tr("%1: the file is %2 bytes; catalogs are at most %3 bytes")
                     .arg(path)
                     .arg(info.size())
                     .arg(CatalogLimits::maxFileBytes);
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return nullptr;
    }
    const QByteArray data = file.read(CatalogLimits::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return nullptr;
    }
    auto catalog = Catalog::fromJson(data, path, error, info.absolutePath());
    if (catalog && catalog->id() != info.completeBaseName()) {
        *error = tr("%1: field 'id' is '%2', not '%3' as the file name says")
                     .arg(path, catalog->id(), info.completeBaseName());
        return nullptr;
    }
    return catalog;
}

} // namespace

CatalogRegistry::CatalogRegistry(const QStringList &userFolders)
{
    QStringList builtIns =
        QDir(QStringLiteral(":/catalogs")).entryList({QStringLiteral("*.json")}, QDir::Files);
    // By id: "sfb2015-edge" before "sfb2015-edge-hlb", as ids() sorts them.
    std::sort(builtIns.begin(), builtIns.end(),
              [](const QString &a, const QString &b) { return a.chopped(5) < b.chopped(5); });
    for (const QString &name : std::as_const(builtIns)) {
        CatalogEntry entry;
        entry.id = name.chopped(5);
        entry.path = QStringLiteral(":/catalogs/") + name;
        entry.builtIn = true;
        QFile file(entry.path);
        QString error;
        if (!file.open(QIODevice::ReadOnly)) {
            entry.problems.append(tr("%1: cannot open").arg(entry.path));
        } else if (auto catalog = Catalog::fromJson(file.readAll(), entry.path, &error); !catalog) {
            entry.problems.append(error);
        } else if (catalog->id() != entry.id) {
            entry.problems.append(tr("%1: field 'id' is '%2', not '%3' as the file name says")
                                      .arg(entry.path, catalog->id(), entry.id));
        } else {
            // Built-ins are ours: a disagreement between two is reported (and
            // tested for), but both stay usable.
            const QString conflict = conflictWithOthers(*catalog, entry.path);
            if (!conflict.isEmpty())
                entry.problems.append(entry.path + QStringLiteral(": ") + conflict);
            entry.catalog = std::move(catalog);
            m_usable.insert(entry.id, int(m_entries.size()));
        }
        m_entries.append(entry);
    }
    for (const QString &folder : userFolders)
        addUserFolder(folder);
    for (const CatalogEntry &entry : std::as_const(m_entries)) {
        if (!entry.catalog)
            continue;
        for (const Role &role : entry.catalog->roles()) {
            if (!role.pseudo && !m_roleIcons.contains(role.id))
                m_roleIcons.insert(role.id, role.icon);
        }
    }
}

void CatalogRegistry::addUserFolder(const QString &folder)
{
    const QFileInfo folderInfo(folder);
    const QString absolute = folderInfo.absoluteFilePath();
    const QString canonical = folderInfo.canonicalFilePath();
    for (const QString &seen : std::as_const(m_userFolders)) {
        if (seen == absolute ||
            (!canonical.isEmpty() && QFileInfo(seen).canonicalFilePath() == canonical))
            return;
    }
    m_userFolders.append(absolute);
    if (!folderInfo.isDir())
        return;
    const QDir dir(absolute);
    const QStringList names =
        dir.entryList({QStringLiteral("*.json")},
                      QDir::Files | QDir::System | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (qsizetype i = 0; i < names.size(); ++i) {
        CatalogEntry entry;
        entry.path = dir.absoluteFilePath(names[i]);
        entry.id = QFileInfo(names[i]).completeBaseName();
        if (i >= maxFilesPerFolder) {
            entry.problems.append(tr("%1: skipped: the folder holds more than %2 catalog files")
                                      .arg(entry.path)
                                      .arg(maxFilesPerFolder));
            m_entries.append(entry);
            continue;
        }
        QString error;
        auto catalog = readCatalogFile(entry.path, &error);
        if (!catalog) {
            entry.problems.append(error);
        } else if (const CatalogEntry *other = this->entry(catalog->id());
                   other && other->builtIn) {
            entry.problems.append(tr("%1: the id '%2' is a built-in catalog's; a catalog of your "
                                     "own cannot replace it (give it another id and file name)")
                                      .arg(entry.path, catalog->id()));
        } else if (m_usable.contains(catalog->id())) {
            entry.problems.append(
                tr("%1: a catalog '%2' is already loaded from %3; this file is "
                   "skipped")
                    .arg(entry.path, catalog->id(), m_entries[m_usable.value(catalog->id())].path));
        } else if (const QString conflict = conflictWithOthers(*catalog, entry.path);
                   !conflict.isEmpty()) {
            entry.problems.append(entry.path + QStringLiteral(": ") + conflict);
        } else {
            entry.catalog = std::move(catalog);
            m_usable.insert(entry.id, int(m_entries.size()));
        }
        m_entries.append(entry);
    }
}

const CatalogRegistry &CatalogRegistry::instance()
{
    static const CatalogRegistry registry(standardFolders());
    return registry;
}

QStringList CatalogRegistry::standardFolders()
{
    QStringList folders;
    const QStringList locations =
        QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    for (const QString &location : locations)
        folders.append(location + QStringLiteral("/portolan/catalogs"));
    return folders;
}

QStringList CatalogRegistry::ids() const
{
    QStringList result = m_usable.keys();
    result.sort();
    return result;
}

const CatalogEntry *CatalogRegistry::entry(const QString &id) const
{
    if (const auto it = m_usable.constFind(id); it != m_usable.constEnd())
        return &m_entries[*it];
    for (const CatalogEntry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

std::shared_ptr<const Catalog> CatalogRegistry::catalog(const QString &id, QString *error) const
{
    if (const auto it = m_usable.constFind(id); it != m_usable.constEnd())
        return m_entries[*it].catalog;
    if (error)
        *error = tr("unknown catalog '%1' (known: %2)").arg(id, ids().join(QStringLiteral(", ")));
    return nullptr;
}

std::shared_ptr<const Catalog> CatalogRegistry::compose(const QStringList &ids,
                                                        QString *error) const
{
    QList<std::shared_ptr<const Catalog>> parts;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids.indexOf(ids[i]) < i) {
            if (error)
                *error = tr("names the catalog '%1' twice").arg(ids[i]);
            return nullptr;
        }
        auto part = catalog(ids[i], error);
        if (!part)
            return nullptr;
        parts.append(std::move(part));
    }
    return Catalog::compose(parts, error);
}

QStringList CatalogRegistry::problems() const
{
    QStringList result;
    for (const CatalogEntry &entry : m_entries)
        result += entry.problems;
    return result;
}

QString CatalogRegistry::roleIcon(const QString &roleId) const
{
    return m_roleIcons.value(roleId);
}

QString CatalogRegistry::conflictWithOthers(const Catalog &catalog, const QString &ignorePath) const
{
    for (const CatalogEntry &entry : m_entries) {
        if (!entry.catalog || entry.path == ignorePath ||
            (!entry.builtIn && entry.id == catalog.id()))
            continue;
        const Catalog &other = *entry.catalog;
        for (const Role &role : catalog.roles()) {
            const int index = other.roleIndex(role.id);
            if (index < 0)
                continue;
            const QString field = other.roles()[index].differenceTo(role);
            if (!field.isEmpty())
                return tr("defines the role '%1' differently from catalog '%2' (%3)")
                    .arg(role.id, other.id(), field);
        }
        for (const FlowFamily &family : catalog.families()) {
            for (const FlowFamily &theirs : other.families()) {
                if (theirs.id == family.id && theirs.name != family.name)
                    return tr("defines the flow family '%1' differently from catalog '%2' (name)")
                        .arg(family.id, other.id());
            }
        }
        for (const Feature &feature : catalog.features()) {
            const int index = other.featureIndex(feature.id);
            if (index >= 0 && other.features()[index].name != feature.name)
                return tr("defines the feature '%1' differently from catalog '%2' (name)")
                    .arg(feature.id, other.id());
        }
    }
    return {};
}

std::shared_ptr<const Catalog> CatalogRegistry::validateFile(const QString &path,
                                                             QString *error) const
{
    QString why;
    auto catalog = readCatalogFile(path, &why);
    if (catalog) {
        const CatalogEntry *other = entry(catalog->id());
        if (other && other->builtIn)
            why = tr("%1: the id '%2' is a built-in catalog's; a catalog of your own cannot "
                     "replace it (give it another id and file name)")
                      .arg(path, catalog->id());
        else if (const QString conflict =
                     conflictWithOthers(*catalog, QFileInfo(path).absoluteFilePath());
                 !conflict.isEmpty())
            why = path + QStringLiteral(": ") + conflict;
        else
            return catalog;
    }
    if (error)
        *error = why;
    return nullptr;
}

std::shared_ptr<const Catalog> catalogForProject(const Project &project, QString *error)
{
    return CatalogRegistry::instance().compose(project.catalogIds, error);
}

} // namespace Portolan
