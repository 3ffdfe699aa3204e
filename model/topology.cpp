#include "topology.h"

namespace Portolan {

struct Topology::Derived
{
    std::optional<std::vector<Rule>> rules;
    std::optional<std::vector<Connection>> connections;
    std::optional<std::vector<RoleBundle>> roleBundles;
    std::optional<QList<Finding>> findings;
    std::unique_ptr<RulePlacement> placement;
    std::unique_ptr<RuleIdentity> identity;
    std::optional<std::vector<std::vector<quint32>>> byFirewall;
};

Topology::Topology(QObject *parent)
    : QObject(parent)
    , m_derived(std::make_unique<Derived>())
{}

Topology::~Topology() = default;

Topology::Batch::Batch(Topology *topology)
    : m_topology(topology)
{
    ++m_topology->m_batchDepth;
}

Topology::Batch::~Batch()
{
    if (--m_topology->m_batchDepth == 0)
        m_topology->endBatch();
}

void Topology::endBatch()
{
    const DerivedParts parts = m_pending;
    m_pending = {};
    if (parts)
        Q_EMIT derivedChanged(parts);
}

void Topology::markStale(DerivedParts parts)
{
    if (!parts)
        return;
    if (!m_pending)
        Q_EMIT derivedAboutToChange();
    m_pending |= parts;
    if (parts & DerivedPart::Rules)
        m_derived->rules.reset();
    if (parts & DerivedPart::Connections) {
        m_derived->connections.reset();
        m_derived->roleBundles.reset();
    }
    if (parts & DerivedPart::Findings)
        m_derived->findings.reset();
    // The placement follows host addresses and roles (rules) and zones (routes).
    if (parts & (DerivedPart::Rules | DerivedPart::Routes)) {
        m_derived->placement.reset();
        m_derived->byFirewall.reset();
    }
    if (parts & DerivedPart::Rules)
        m_derived->identity.reset();
}

void Topology::reset(Project project, std::shared_ptr<const Catalog> catalog)
{
    Batch batch(this);
    Q_EMIT aboutToReset();
    m_project = std::move(project);
    m_catalog = std::move(catalog);
    m_indexDirty = true;
    markStale(allDerivedParts);
    Q_EMIT resetDone();
}

int Topology::indexOf(const QString &id) const
{
    if (m_indexDirty) {
        m_index.clear();
        m_index.reserve(qsizetype(m_project.hosts.size()));
        for (size_t i = 0; i < m_project.hosts.size(); ++i)
            m_index.insert(m_project.hosts[i].id, int(i));
        m_indexDirty = false;
    }
    return m_index.value(id, -1);
}

const Host *Topology::hostById(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_project.hosts[size_t(index)];
}

Host *Topology::mutableHost(const QString &id)
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_project.hosts[size_t(index)];
}

void Topology::insertHost(int index, const Host &host)
{
    Q_ASSERT(indexOf(host.id) < 0);
    Batch batch(this);
    index = std::clamp(index, 0, hostCount());
    m_project.hosts.insert(m_project.hosts.begin() + index, host);
    if (index == hostCount() - 1 && !m_indexDirty)
        m_index.insert(host.id, index);
    else
        m_indexDirty = true;
    markStale(allDerivedParts);
    Q_EMIT hostInserted(host.id);
}

std::optional<std::pair<int, Host>> Topology::takeHost(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    Batch batch(this);
    Q_EMIT hostAboutToBeRemoved(id);
    std::pair<int, Host> taken{index, std::move(m_project.hosts[size_t(index)])};
    m_project.hosts.erase(m_project.hosts.begin() + index);
    if (index == hostCount() && !m_indexDirty)
        m_index.remove(id);
    else
        m_indexDirty = true;
    markStale(allDerivedParts);
    Q_EMIT hostRemoved(id);
    return taken;
}

void Topology::setHostName(const QString &id, const QString &name)
{
    if (Host *host = mutableHost(id); host && host->name != name) {
        Batch batch(this);
        host->name = name;
        // Rules follow host names in their order; findings name hosts.
        markStale(DerivedPart::Rules | DerivedPart::Findings);
        Q_EMIT hostChanged(id);
    }
}

void Topology::setHostRole(const QString &id, const QString &role)
{
    if (Host *host = mutableHost(id); host && host->role != role) {
        Batch batch(this);
        host->role = role;
        markStale(allDerivedParts);
        Q_EMIT hostChanged(id);
    }
}

void Topology::setHostDescription(const QString &id, const QString &description)
{
    if (Host *host = mutableHost(id); host && host->description != description) {
        host->description = description;
        Q_EMIT hostChanged(id);
    }
}

void Topology::setHostAddresses(const QString &id, const QList<Address> &addresses)
{
    if (Host *host = mutableHost(id); host && host->addresses != addresses) {
        Batch batch(this);
        host->addresses = addresses;
        // Connections follow roles alone: an address edit leaves the arrows.
        markStale(DerivedPart::Rules | DerivedPart::Findings);
        Q_EMIT hostChanged(id);
    }
}

void Topology::setHostPosition(const QString &id, const QPointF &position)
{
    if (Host *host = mutableHost(id); host && host->position != position) {
        host->position = position;
        Q_EMIT hostMoved(id, position);
    }
}

const Zone *Topology::zoneById(const QString &id) const
{
    const int index = m_project.zoneIndex(id);
    return index < 0 ? nullptr : &m_project.zones[size_t(index)];
}

const Firewall *Topology::firewallById(const QString &id) const
{
    const int index = m_project.firewallIndex(id);
    return index < 0 ? nullptr : &m_project.firewalls[size_t(index)];
}

namespace {

/// What a zone edit makes stale: its region nothing; anything else where
/// rules stand (the rules themselves follow hosts alone) and the findings.
DerivedParts zoneEditParts(const Zone &before, const Zone &after)
{
    if (before.networks != after.networks || before.kind != after.kind || before.name != after.name)
        return DerivedPart::Routes | DerivedPart::Findings;
    return {};
}

/// Names order tied paths, interfaces make them: both move rules between firewalls.
DerivedParts firewallEditParts(const Firewall &before, const Firewall &after)
{
    if (before.interfaces != after.interfaces || before.name != after.name)
        return DerivedPart::Routes | DerivedPart::Findings;
    return {};
}

constexpr DerivedParts zoneStructureParts = DerivedPart::Findings | DerivedPart::Routes;

} // namespace

void Topology::insertZone(int index, const Zone &zone)
{
    Q_ASSERT(!zoneById(zone.id));
    Batch batch(this);
    index = std::clamp(index, 0, zoneCount());
    m_project.zones.insert(m_project.zones.begin() + index, zone);
    markStale(zoneStructureParts);
    Q_EMIT zoneInserted(zone.id);
}

std::optional<std::pair<int, Zone>> Topology::takeZone(const QString &id)
{
    const int index = m_project.zoneIndex(id);
    if (index < 0)
        return std::nullopt;
    Batch batch(this);
    Q_EMIT zoneAboutToBeRemoved(id);
    std::pair<int, Zone> taken{index, std::move(m_project.zones[size_t(index)])};
    m_project.zones.erase(m_project.zones.begin() + index);
    markStale(zoneStructureParts);
    Q_EMIT zoneRemoved(id);
    return taken;
}

void Topology::setZone(const Zone &zone)
{
    const int index = m_project.zoneIndex(zone.id);
    if (index < 0 || m_project.zones[size_t(index)] == zone)
        return;
    Batch batch(this);
    const DerivedParts parts = zoneEditParts(m_project.zones[size_t(index)], zone);
    m_project.zones[size_t(index)] = zone;
    markStale(parts);
    Q_EMIT zoneChanged(zone.id);
}

void Topology::insertFirewall(int index, const Firewall &firewall)
{
    Q_ASSERT(!firewallById(firewall.id));
    Batch batch(this);
    index = std::clamp(index, 0, firewallCount());
    m_project.firewalls.insert(m_project.firewalls.begin() + index, firewall);
    markStale(zoneStructureParts);
    Q_EMIT firewallInserted(firewall.id);
}

std::optional<std::pair<int, Firewall>> Topology::takeFirewall(const QString &id)
{
    const int index = m_project.firewallIndex(id);
    if (index < 0)
        return std::nullopt;
    Batch batch(this);
    Q_EMIT firewallAboutToBeRemoved(id);
    std::pair<int, Firewall> taken{index, std::move(m_project.firewalls[size_t(index)])};
    m_project.firewalls.erase(m_project.firewalls.begin() + index);
    markStale(zoneStructureParts);
    Q_EMIT firewallRemoved(id);
    return taken;
}

void Topology::setFirewall(const Firewall &firewall)
{
    const int index = m_project.firewallIndex(firewall.id);
    if (index < 0 || m_project.firewalls[size_t(index)] == firewall)
        return;
    Batch batch(this);
    const DerivedParts parts = firewallEditParts(m_project.firewalls[size_t(index)], firewall);
    m_project.firewalls[size_t(index)] = firewall;
    markStale(parts);
    Q_EMIT firewallChanged(firewall.id);
}

void Topology::setAnyZones(const std::optional<QStringList> &zones)
{
    if (m_project.anyZones == zones)
        return;
    Batch batch(this);
    m_project.anyZones = zones;
    markStale(zoneStructureParts);
    Q_EMIT anyZonesChanged();
}

void Topology::setTitle(const QString &title)
{
    if (m_project.title != title) {
        m_project.title = title;
        Q_EMIT detailsChanged();
    }
}

void Topology::setChangeRequest(const ChangeRequest &details)
{
    if (!(m_project.changeRequest == details)) {
        m_project.changeRequest = details;
        Q_EMIT detailsChanged();
    }
}

QString Topology::uniqueHostName(const QString &role, const QStringList &reserved) const
{
    const int r = m_catalog->roleIndex(role);
    const QString prefix = r >= 0 ? m_catalog->roles()[r].namePrefix : QStringLiteral("HOST");
    QSet<QString> taken;
    for (const Host &host : m_project.hosts)
        taken.insert(host.name.toCaseFolded());
    for (const QString &name : reserved)
        taken.insert(name.toCaseFolded());
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(n, 2, 10, QLatin1Char('0'));
        if (!taken.contains(name.toCaseFolded()))
            return name;
    }
}

QString Topology::uniqueHostId(const QString &role, const QStringList &reserved) const
{
    for (int n = hostCount() + 1;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(role).arg(n);
        if (indexOf(id) < 0 && !reserved.contains(id))
            return id;
    }
}

const std::vector<Rule> &Topology::rules() const
{
    if (!m_derived->rules) {
        m_derived->rules = deriveRules(*m_catalog, m_project);
        ++m_ruleDerivations;
    }
    return *m_derived->rules;
}

const std::vector<Connection> &Topology::connections() const
{
    if (!m_derived->connections)
        m_derived->connections = deriveConnections(*m_catalog, m_project);
    return *m_derived->connections;
}

const std::vector<RoleBundle> &Topology::roleBundles() const
{
    if (!m_derived->roleBundles)
        m_derived->roleBundles = bundleByRole(*m_catalog, m_project, connections());
    return *m_derived->roleBundles;
}

const RulePlacement &Topology::placement() const
{
    if (!m_derived->placement)
        m_derived->placement = std::make_unique<RulePlacement>(*m_catalog, m_project);
    return *m_derived->placement;
}

const RuleIdentity &Topology::identity() const
{
    if (!m_derived->identity)
        m_derived->identity = std::make_unique<RuleIdentity>(*m_catalog, m_project);
    return *m_derived->identity;
}

const std::vector<quint32> &Topology::rulesOn(int firewall) const
{
    if (!m_derived->byFirewall)
        m_derived->byFirewall = placement().rulesByFirewall(rules());
    return (*m_derived->byFirewall)[size_t(firewall)];
}

RuleSheetContext Topology::sheetContext(const QString &language) const
{
    return {*m_catalog, m_project, language, &placement(), -1, &identity()};
}

const QList<Finding> &Topology::findings() const
{
    if (!m_derived->findings)
        m_derived->findings = checkProject(*m_catalog, m_project);
    return *m_derived->findings;
}

} // namespace Portolan
