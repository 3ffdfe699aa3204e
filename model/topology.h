#pragma once

#include "catalog.h"
#include "findings.h"
#include "project.h"
#include "rules.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace Portolan {

/// The project being edited, with change signals and derived data.
///
/// Undo commands are the only callers of the setters; views listen to the
/// signals. Rules, connections and findings are derived from the project on
/// first use after a change and cached: a move never invalidates them.
class Topology : public QObject
{
    Q_OBJECT

public:
    explicit Topology(QObject *parent = nullptr);
    ~Topology() override;

    /// Replaces the whole project (open, new). @p catalog must be the project's.
    void reset(Project project, std::shared_ptr<const Catalog> catalog);

    const Project &project() const { return m_project; }
    const Catalog &catalog() const { return *m_catalog; }
    const std::shared_ptr<const Catalog> &catalogPointer() const { return m_catalog; }

    int hostCount() const { return int(m_project.hosts.size()); }
    const Host &host(int index) const { return m_project.hosts[size_t(index)]; }
    /// Index of the host with @p id, or -1 (constant time).
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const Host *hostById(const QString &id) const;

    void insertHost(int index, const Host &host);
    /// Removes the host with @p id and returns it (with its index) for undo.
    std::optional<std::pair<int, Host>> takeHost(const QString &id);
    void setHostName(const QString &id, const QString &name);
    void setHostRole(const QString &id, const QString &role);
    void setHostDescription(const QString &id, const QString &description);
    void setHostAddresses(const QString &id, const QList<Address> &addresses);
    void setHostPosition(const QString &id, const QPointF &position);
    void setTitle(const QString &title);
    void setChangeRequest(const ChangeRequest &details);

    /// A name for a new host of @p role not used yet: `DIR-01`, `DIR-02`, …
    QString uniqueHostName(const QString &role, const QStringList &reserved = {}) const;
    /// A fresh stable id for a new host of @p role.
    QString uniqueHostId(const QString &role, const QStringList &reserved = {}) const;

    const std::vector<Rule> &rules() const;
    const std::vector<Connection> &connections() const;
    /// The connections gathered by role pair (see bundleByRole()).
    const std::vector<RoleBundle> &roleBundles() const;
    const QList<Finding> &findings() const;

Q_SIGNALS:
    void aboutToReset();
    void resetDone();
    void hostInserted(const QString &id);
    void hostAboutToBeRemoved(const QString &id);
    void hostRemoved(const QString &id);
    /// Name, role, description or addresses changed.
    void hostChanged(const QString &id);
    void hostMoved(const QString &id, const QPointF &position);
    /// Title or change-request details changed.
    void detailsChanged();
    /// Rules, connections or findings are out of date (they recompute on access).
    void derivedChanged();

private:
    Host *mutableHost(const QString &id);
    void rebuildIndex();
    void invalidateDerived();

    Project m_project;
    std::shared_ptr<const Catalog> m_catalog;
    QHash<QString, int> m_index;

    struct Derived;
    mutable std::unique_ptr<Derived> m_derived;
};

} // namespace Portolan
