#include "topology.h"

namespace Portolan {

struct Topology::Derived
{
    std::optional<std::vector<Rule>> rules;
    std::optional<std::vector<Connection>> connections;
    std::optional<std::vector<RoleBundle>> roleBundles;
    std::optional<QList<Finding>> findings;
};

Topology::Topology(QObject *parent)
    : QObject(parent)
    , m_derived(std::make_unique<Derived>())
{}

Topology::~Topology() = default;

void Topology::reset(Project project, std::shared_ptr<const Catalog> catalog)
{
    Q_EMIT aboutToReset();
    m_project = std::move(project);
    m_catalog = std::move(catalog);
    rebuildIndex();
    *m_derived = Derived();
    Q_EMIT resetDone();
    Q_EMIT derivedChanged();
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

void Topology::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(qsizetype(m_project.hosts.size()));
    for (size_t i = 0; i < m_project.hosts.size(); ++i)
        m_index.insert(m_project.hosts[i].id, int(i));
}

void Topology::invalidateDerived()
{
    *m_derived = Derived();
    Q_EMIT derivedChanged();
}

void Topology::insertHost(int index, const Host &host)
{
    Q_ASSERT(!m_index.contains(host.id));
    index = std::clamp(index, 0, hostCount());
    m_project.hosts.insert(m_project.hosts.begin() + index, host);
    if (index == hostCount() - 1)
        m_index.insert(host.id, index);
    else
        rebuildIndex();
    Q_EMIT hostInserted(host.id);
    invalidateDerived();
}

std::optional<std::pair<int, Host>> Topology::takeHost(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    Q_EMIT hostAboutToBeRemoved(id);
    std::pair<int, Host> taken{index, std::move(m_project.hosts[size_t(index)])};
    m_project.hosts.erase(m_project.hosts.begin() + index);
    if (index == hostCount())
        m_index.remove(id);
    else
        rebuildIndex();
    Q_EMIT hostRemoved(id);
    invalidateDerived();
    return taken;
}

void Topology::setHostName(const QString &id, const QString &name)
{
    if (Host *host = mutableHost(id); host && host->name != name) {
        host->name = name;
        Q_EMIT hostChanged(id);
        invalidateDerived();
    }
}

void Topology::setHostRole(const QString &id, const QString &role)
{
    if (Host *host = mutableHost(id); host && host->role != role) {
        host->role = role;
        Q_EMIT hostChanged(id);
        invalidateDerived();
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
        host->addresses = addresses;
        Q_EMIT hostChanged(id);
        invalidateDerived();
    }
}

void Topology::setHostPosition(const QString &id, const QPointF &position)
{
    if (Host *host = mutableHost(id); host && host->position != position) {
        host->position = position;
        Q_EMIT hostMoved(id, position);
    }
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
        if (!m_index.contains(id) && !reserved.contains(id))
            return id;
    }
}

const std::vector<Rule> &Topology::rules() const
{
    if (!m_derived->rules)
        m_derived->rules = deriveRules(*m_catalog, m_project);
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

const QList<Finding> &Topology::findings() const
{
    if (!m_derived->findings)
        m_derived->findings = checkProject(*m_catalog, m_project);
    return *m_derived->findings;
}

} // namespace Portolan
