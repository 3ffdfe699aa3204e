#include "ruletablemodel.h"

#include "ruletext.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace Portolan {

static_assert(int(RuleTableModel::ColumnCount) == ruleColumnCount,
              "the rule table shows the rule sheet's columns");

namespace {

/// Ranks of @p count items ordered by @p less: equal items share a rank.
template<typename Less> std::vector<int> ranks(int count, Less less)
{
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), less);
    std::vector<int> rank(static_cast<size_t>(count));
    int current = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && less(order[i - 1], order[i]))
            ++current;
        rank[size_t(order[i])] = current;
    }
    return rank;
}

int compareAddresses(const Address &a, const Address &b)
{
    if (a.family() != b.family())
        return a.isIPv4() ? -1 : 1;
    if (a.bytes() != b.bytes())
        return a.bytes() < b.bytes() ? -1 : 1;
    return a.prefixLength() - b.prefixLength();
}

} // namespace

struct RuleTableModel::Lookups
{
    std::vector<int> hostRole;      ///< role index per host
    std::vector<int> hostNameRank;  ///< natural name order
    std::vector<int> roleNameRank;  ///< per role index
    std::vector<int> addressOffset; ///< per host: first entry in the address tables
    std::vector<int> addressRank;   ///< per (host, address): family, then value
    std::vector<int> transportRank, portRank, protocolRank, noteRank, referenceRank, flowIdRank;
    std::vector<QString> roleName;  ///< localized, per role index
    std::vector<QString> reference; ///< per flow
    std::vector<QString> addressText;

    // Filter state, derived from the filter criteria.
    bool filtering = false;
    std::vector<char> hostHit;     ///< name or role matches the text
    std::vector<char> addressHit;  ///< per (host, address)
    std::vector<char> flowHit;     ///< a flow column matches the text and the protocol
    std::vector<char> flowAllowed; ///< the protocol matches
    bool anyHit = false;
    bool textSet = false;
    int role = -1; ///< role filter as an index, or -2 when the role is unknown
};

RuleTableModel::RuleTableModel(Topology *topology, const QString &language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_topology(topology)
    , m_language(language)
    , m_lookups(std::make_unique<Lookups>())
{
    // Rows are indices into the rules: from the first edit of a batch until
    // the batch reports, the table shows none rather than stale ones.
    connect(m_topology, &Topology::derivedAboutToChange, this, [this] {
        beginResetModel();
        m_resetting = true;
        m_rows.clear();
    });
    connect(m_topology, &Topology::derivedChanged, this, [this] {
        if (!m_resetting)
            beginResetModel();
        rebuild();
        m_resetting = false;
        endResetModel();
        Q_EMIT rowsChanged();
    });
    rebuild();
}

RuleTableModel::~RuleTableModel() = default;

int RuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RuleTableModel::totalRuleCount() const
{
    return int(m_topology->rules().size());
}

int RuleTableModel::ruleIndex(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? int(m_rows[size_t(row)]) : -1;
}

int RuleTableModel::rowOfRule(int ruleIndex) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), quint32(ruleIndex));
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

QString RuleTableModel::cellText(const Rule &rule, quint32 ruleIndex, int column) const
{
    // The rule sheet's own cell texts, so the table and the CSV always agree.
    return ruleCellText(m_topology->catalog(), m_topology->project(), rule,
                        qsizetype(ruleIndex) + 1, Portolan::RuleColumn(column), m_language);
}

QVariant RuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const quint32 r = m_rows[size_t(index.row())];
    const Rule &rule = m_topology->rules()[r];

    switch (role) {
    case Qt::DisplayRole:
        return cellText(rule, r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn || index.column() == ReferenceColumn)
            return cellText(rule, r, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RuleColumn || index.column() == PortColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RuleColumn:
            return tr("Rule");
        case SourceHostColumn:
            return tr("Source Host");
        case SourceRoleColumn:
            return tr("Source Role");
        case SourceAddressColumn:
            return tr("Source Address");
        case DestinationHostColumn:
            return tr("Destination Host");
        case DestinationRoleColumn:
            return tr("Destination Role");
        case DestinationAddressColumn:
            return tr("Destination Address");
        case TransportColumn:
            return tr("Transport");
        case PortColumn:
            return tr("Port");
        case ProtocolColumn:
            return tr("Protocol");
        case DescriptionColumn:
            return tr("Description");
        case ReferenceColumn:
            return tr("Reference");
        case FlowColumn:
            return tr("Flow");
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Click to sort by this column; click again to reverse the order.");
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RuleTableModel::rebuild()
{
    buildLookups();
    applyFilter();
    applySort();
}

void RuleTableModel::buildLookups()
{
    Lookups &l = *m_lookups;
    const Catalog &catalog = m_topology->catalog();
    const Project &project = m_topology->project();
    const int hostCount = int(project.hosts.size());
    const QList<Role> &roles = catalog.roles();
    const QList<Flow> &flows = catalog.flows();

    l.roleName.assign(size_t(roles.size()), QString());
    for (int r = 0; r < roles.size(); ++r)
        l.roleName[size_t(r)] = roles[r].name.text(m_language);
    l.roleNameRank = ranks(int(roles.size()), [&](int a, int b) {
        return naturalCompare(l.roleName[size_t(a)], l.roleName[size_t(b)]) < 0;
    });

    l.hostRole.assign(size_t(hostCount), -1);
    l.addressOffset.assign(size_t(hostCount) + 1, 0);
    l.addressText.clear();
    std::vector<const Address *> addresses;
    for (int h = 0; h < hostCount; ++h) {
        const Host &host = project.hosts[size_t(h)];
        l.hostRole[size_t(h)] = catalog.roleIndex(host.role);
        l.addressOffset[size_t(h)] = int(addresses.size());
        for (const Address &address : host.addresses) {
            addresses.push_back(&address);
            l.addressText.push_back(address.toString());
        }
    }
    l.addressOffset[size_t(hostCount)] = int(addresses.size());
    l.hostNameRank = ranks(hostCount, [&](int a, int b) {
        return naturalCompare(project.hosts[size_t(a)].name, project.hosts[size_t(b)].name) < 0;
    });
    l.addressRank = ranks(int(addresses.size()), [&](int a, int b) {
        return compareAddresses(*addresses[size_t(a)], *addresses[size_t(b)]) < 0;
    });

    const int flowCount = int(flows.size());
    l.reference.assign(size_t(flowCount), QString());
    for (int f = 0; f < flowCount; ++f)
        l.reference[size_t(f)] = catalog.flowReference(f, m_language);
    auto textRanks = [&](auto text) {
        return ranks(flowCount, [&](int a, int b) {
            return naturalCompare(text(flows[a], a), text(flows[b], b)) < 0;
        });
    };
    l.transportRank = textRanks([](const Flow &f, int) { return f.transport; });
    l.protocolRank = textRanks([](const Flow &f, int) { return f.protocol; });
    l.noteRank = textRanks([this](const Flow &f, int) { return f.note.text(m_language); });
    l.referenceRank = textRanks([&](const Flow &, int i) { return l.reference[size_t(i)]; });
    l.flowIdRank = textRanks([](const Flow &f, int) { return f.id; });
    l.portRank = ranks(flowCount, [&](int a, int b) {
        return std::pair(flows[a].portFirst, flows[a].portLast) <
               std::pair(flows[b].portFirst, flows[b].portLast);
    });
}

void RuleTableModel::setFilter(const QString &text, const QString &protocol, const QString &roleId)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText && protocol == m_filterProtocol && roleId == m_filterRole)
        return;
    m_filterText = trimmed;
    m_filterProtocol = protocol;
    m_filterRole = roleId;
    if (m_resetting)
        return; // the batch's derivedChanged() applies it
    beginResetModel();
    applyFilter();
    applySort();
    endResetModel();
    Q_EMIT rowsChanged();
}

void RuleTableModel::applyFilter()
{
    Lookups &l = *m_lookups;
    const std::vector<Rule> &rules = m_topology->rules();
    l.filtering = !m_filterText.isEmpty() || !m_filterProtocol.isEmpty() || !m_filterRole.isEmpty();
    m_rows.clear();
    if (!l.filtering) {
        m_rows.resize(rules.size());
        std::iota(m_rows.begin(), m_rows.end(), 0u);
        return;
    }

    const Catalog &catalog = m_topology->catalog();
    const Project &project = m_topology->project();
    const QString &text = m_filterText;
    auto hit = [&text](const QString &value) {
        return value.contains(text, Qt::CaseInsensitive);
    };
    l.textSet = !text.isEmpty();
    l.hostHit.assign(project.hosts.size(), 0);
    l.addressHit.assign(l.addressText.size(), 0);
    if (l.textSet) {
        for (size_t h = 0; h < project.hosts.size(); ++h) {
            const int role = l.hostRole[h];
            l.hostHit[h] =
                hit(project.hosts[h].name) || (role >= 0 && hit(l.roleName[size_t(role)]));
        }
        for (size_t a = 0; a < l.addressText.size(); ++a)
            l.addressHit[a] = hit(l.addressText[a]);
        l.anyHit = hit(QStringLiteral("any")) ||
                   (catalog.anyRole() >= 0 && hit(l.roleName[size_t(catalog.anyRole())]));
    }
    const QList<Flow> &flows = catalog.flows();
    l.flowHit.assign(size_t(flows.size()), 0);
    l.flowAllowed.assign(size_t(flows.size()), 0);
    for (int f = 0; f < flows.size(); ++f) {
        const Flow &flow = flows[f];
        l.flowAllowed[size_t(f)] = m_filterProtocol.isEmpty() || flow.protocol == m_filterProtocol;
        l.flowHit[size_t(f)] =
            l.textSet &&
            (hit(flow.transport) || hit(flow.portText()) || hit(flow.protocol) ||
             hit(flow.note.text(m_language)) || hit(l.reference[size_t(f)]) || hit(flow.id));
    }
    l.role = -1;
    if (!m_filterRole.isEmpty()) {
        l.role = catalog.roleIndex(m_filterRole);
        if (l.role < 0)
            l.role = -2; // an unknown role matches nothing
    }

    for (size_t i = 0; i < rules.size(); ++i) {
        if (matches(rules[i]))
            m_rows.push_back(quint32(i));
    }
}

bool RuleTableModel::matches(const Rule &rule) const
{
    const Lookups &l = *m_lookups;
    if (!l.flowAllowed[rule.flow])
        return false;
    const int sourceRole =
        rule.isFromAny() ? m_topology->catalog().anyRole() : l.hostRole[rule.sourceHost];
    const int destinationRole = l.hostRole[rule.destinationHost];
    if (l.role != -1 && sourceRole != l.role && destinationRole != l.role)
        return false;
    if (!l.textSet)
        return true;
    if (l.flowHit[rule.flow] || l.hostHit[rule.destinationHost] ||
        l.addressHit[size_t(l.addressOffset[rule.destinationHost] + rule.destinationAddress)])
        return true;
    if (rule.isFromAny())
        return l.anyHit;
    return l.hostHit[rule.sourceHost] ||
           l.addressHit[size_t(l.addressOffset[rule.sourceHost] + rule.sourceAddress)];
}

void RuleTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_resetting)
        return;
    beginResetModel();
    applySort();
    endResetModel();
    Q_EMIT rowsChanged();
}

void RuleTableModel::applySort()
{
    if (m_sortColumn < 0) {
        std::sort(m_rows.begin(), m_rows.end());
        return;
    }
    const Lookups &l = *m_lookups;
    const std::vector<Rule> &rules = m_topology->rules();
    const int column = m_sortColumn;
    // Hosts sort by name rank; "any" (no host) sorts before every host.
    auto key = [&](quint32 index) -> qint64 {
        const Rule &rule = rules[index];
        switch (column) {
        case RuleColumn:
            return index;
        case SourceHostColumn:
            return rule.isFromAny() ? -1 : l.hostNameRank[rule.sourceHost];
        case SourceRoleColumn: {
            const int role =
                rule.isFromAny() ? m_topology->catalog().anyRole() : l.hostRole[rule.sourceHost];
            return role < 0 ? -1 : l.roleNameRank[size_t(role)];
        }
        case SourceAddressColumn:
            return rule.isFromAny() ? -1
                                    : l.addressRank[size_t(l.addressOffset[rule.sourceHost] +
                                                           rule.sourceAddress)];
        case DestinationHostColumn:
            return l.hostNameRank[rule.destinationHost];
        case DestinationRoleColumn: {
            const int role = l.hostRole[rule.destinationHost];
            return role < 0 ? -1 : l.roleNameRank[size_t(role)];
        }
        case DestinationAddressColumn:
            return l.addressRank[size_t(l.addressOffset[rule.destinationHost] +
                                        rule.destinationAddress)];
        case TransportColumn:
            return l.transportRank[rule.flow];
        case PortColumn:
            return l.portRank[rule.flow];
        case ProtocolColumn:
            return l.protocolRank[rule.flow];
        case DescriptionColumn:
            return l.noteRank[rule.flow];
        case ReferenceColumn:
            return l.referenceRank[rule.flow];
        case FlowColumn:
            return l.flowIdRank[rule.flow];
        }
        return 0;
    };
    // Start from derivation order so equal keys keep it, whatever came before.
    std::sort(m_rows.begin(), m_rows.end());
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](quint32 a, quint32 b) { return key(a) < key(b); });
    else
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](quint32 a, quint32 b) { return key(a) > key(b); });
}

QList<int> RuleTableModel::rowsForPairs(const QList<HostPair> &pairs) const
{
    QList<int> rows;
    if (pairs.isEmpty())
        return rows;
    const Topology &topology = *m_topology;
    // Host pairs as index pairs; -1 stands for "any".
    QSet<qint64> wanted;
    for (const HostPair &pair : pairs) {
        const int source = pair.source.isEmpty() ? -1 : topology.indexOf(pair.source);
        const int destination = topology.indexOf(pair.destination);
        if ((source < 0 && !pair.source.isEmpty()) || destination < 0)
            continue;
        wanted.insert((qint64(source + 1) << 32) | quint32(destination));
    }
    const std::vector<Rule> &rules = topology.rules();
    for (size_t row = 0; row < m_rows.size(); ++row) {
        const Rule &rule = rules[m_rows[row]];
        const int source = rule.isFromAny() ? -1 : int(rule.sourceHost);
        if (wanted.contains((qint64(source + 1) << 32) | rule.destinationHost))
            rows.append(int(row));
    }
    return rows;
}

QList<HostPair> RuleTableModel::pairsForRows(const QModelIndexList &indexes) const
{
    QList<HostPair> pairs;
    QSet<qint64> seen;
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    const std::vector<Rule> &rules = m_topology->rules();
    const Project &project = m_topology->project();
    for (int row : std::as_const(rows)) {
        const int r = ruleIndex(row);
        if (r < 0 || size_t(r) >= rules.size())
            continue;
        const Rule &rule = rules[size_t(r)];
        const int source = rule.isFromAny() ? -1 : int(rule.sourceHost);
        const qint64 key = (qint64(source + 1) << 32) | rule.destinationHost;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        pairs.append({rule.isFromAny() ? QString() : project.hosts[rule.sourceHost].id,
                      project.hosts[rule.destinationHost].id});
    }
    return pairs;
}

} // namespace Portolan
