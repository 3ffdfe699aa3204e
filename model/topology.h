#pragma once

#include "catalog.h"
#include "findings.h"
#include "project.h"
#include "rulecolumns.h"
#include "ruleidentity.h"
#include "ruleplacement.h"
#include "rules.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace Portolan {

/// The parts of a Topology's derived data that an edit can make stale.
enum class DerivedPart : quint8 {
    Connections = 0x1, ///< host pairs a flow joins (arrows) and their role bundles
    Rules = 0x2,       ///< the firewall rules, in their order
    Findings = 0x4,    ///< what `check` reports
    Routes =
        0x8, ///< zones and firewalls: where rules stand, which firewalls they and the arrows cross
};
Q_DECLARE_FLAGS(DerivedParts, DerivedPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(DerivedParts)
inline constexpr DerivedParts allDerivedParts = DerivedParts(0xF);

/// The project being edited, with change signals and derived data.
///
/// Undo commands are the only callers of the setters; views listen to the
/// signals. Rules, connections and findings are derived from the project on
/// first use after a change and cached.
///
/// The change flow: a setter changes the project, drops the derived parts its
/// edit made stale (announcing derivedAboutToChange() once per batch) and only
/// then emits its typed signal (hostInserted(), hostMoved(), …); signals sent
/// before a change (hostAboutToBeRemoved(), aboutToReset()) see the old
/// project with its own, still current derived data. When
/// the outermost Batch ends, one derivedChanged() names every part that
/// changed. So a listener that reads derived data in any signal sees it
/// current, and one that re-derives on derivedChanged() does so once per
/// undo command however many hosts it touched. A setter called outside a
/// Batch is a batch of its own.
class Topology : public QObject
{
    Q_OBJECT

public:
    /// Groups the edits made during its lifetime into one derivedChanged().
    /// Batches nest; only the outermost one reports.
    class Batch
    {
    public:
        explicit Batch(Topology *topology);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        Topology *m_topology;
    };

    explicit Topology(QObject *parent = nullptr);
    ~Topology() override;

    /// Replaces the whole project (open, new). @p catalog must be the project's.
    void reset(Project project, std::shared_ptr<const Catalog> catalog);

    const Project &project() const { return m_project; }
    const Catalog &catalog() const { return *m_catalog; }
    const std::shared_ptr<const Catalog> &catalogPointer() const { return m_catalog; }

    int hostCount() const { return int(m_project.hosts.size()); }
    const Host &host(int index) const { return m_project.hosts[size_t(index)]; }
    /// Index of the host with @p id, or -1 (constant time once the index is
    /// current; it is rebuilt once after a batch of inserts and removals).
    int indexOf(const QString &id) const;
    const Host *hostById(const QString &id) const;

    void insertHost(int index, const Host &host);
    /// Removes the host with @p id and returns it (with its index) for undo.
    std::optional<std::pair<int, Host>> takeHost(const QString &id);
    void setHostName(const QString &id, const QString &name);
    void setHostRole(const QString &id, const QString &role);
    void setHostDescription(const QString &id, const QString &description);
    void setHostAddresses(const QString &id, const QList<Address> &addresses);
    void setHostPosition(const QString &id, const QPointF &position);
    /// Zones and firewalls, by index in the project.
    int zoneCount() const { return int(m_project.zones.size()); }
    const Zone &zone(int index) const { return m_project.zones[size_t(index)]; }
    const Zone *zoneById(const QString &id) const;
    int firewallCount() const { return int(m_project.firewalls.size()); }
    const Firewall &firewall(int index) const { return m_project.firewalls[size_t(index)]; }
    const Firewall *firewallById(const QString &id) const;

    void insertZone(int index, const Zone &zone);
    std::optional<std::pair<int, Zone>> takeZone(const QString &id);
    /// Replaces the zone with @p zone's id by @p zone (name, kind, networks, description, rect).
    void setZone(const Zone &zone);
    void insertFirewall(int index, const Firewall &firewall);
    std::optional<std::pair<int, Firewall>> takeFirewall(const QString &id);
    /// Replaces the firewall with @p firewall's id by @p firewall.
    void setFirewall(const Firewall &firewall);
    void setAnyZones(const std::optional<QStringList> &zones);

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
    /// Where every rule stands: its zones and the firewalls it crosses.
    const RulePlacement &placement() const;
    /// The rules' stable ids.
    const RuleIdentity &identity() const;
    /// The indices of the rules on firewall @p firewall, ascending (every
    /// firewall's list made in one pass on first use).
    const std::vector<quint32> &rulesOn(int firewall) const;
    /// What rule listings of this project are made from (placement and ids included).
    RuleSheetContext sheetContext(const QString &language) const;

    /// How often rules were derived since construction (for tests and benchmarks).
    quint64 ruleDerivations() const { return m_ruleDerivations; }

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
    void zoneInserted(const QString &id);
    void zoneAboutToBeRemoved(const QString &id);
    void zoneRemoved(const QString &id);
    /// Anything of the zone changed (its region, name, kind, networks or description).
    void zoneChanged(const QString &id);
    void firewallInserted(const QString &id);
    void firewallAboutToBeRemoved(const QString &id);
    void firewallRemoved(const QString &id);
    /// Anything of the firewall changed (its position, name, interfaces or description).
    void firewallChanged(const QString &id);
    /// The zones a flow from `any` comes from changed.
    void anyZonesChanged();
    /// The first edit of a batch is about to make derived data stale: a view
    /// that shows it by index (the rule table) stops doing so until
    /// derivedChanged().
    void derivedAboutToChange();
    /// Once per batch that changed derived data: @p parts are new (they
    /// recompute on access).
    void derivedChanged(Portolan::DerivedParts parts);

private:
    Host *mutableHost(const QString &id);
    /// Drops @p parts of the derived data right after an edit, before any signal
    /// tells of it (see the class comment).
    void markStale(DerivedParts parts);
    void endBatch();

    Project m_project;
    std::shared_ptr<const Catalog> m_catalog;
    mutable QHash<QString, int> m_index;
    mutable bool m_indexDirty = false;
    int m_batchDepth = 0;
    DerivedParts m_pending;
    mutable quint64 m_ruleDerivations = 0;

    struct Derived;
    mutable std::unique_ptr<Derived> m_derived;
};

} // namespace Portolan
