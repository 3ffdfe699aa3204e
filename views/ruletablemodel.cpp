#include "ruletablemodel.h"

#include "rulecolumns.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <optional>

namespace Portolan {

struct RuleTableModel::Lookups
{
    std::unique_ptr<RuleKeys> keys;
    std::vector<int> hostRole; ///< role index per host

    // Filter state, derived from the filter criteria.
    bool filtering = false;
    bool textSet = false;
    /// Per scope that some column shows: per key, whether a cell matches the text.
    std::vector<std::pair<CellScope, std::vector<char>>> hits;
    std::vector<char> flowAllowed; ///< the protocol matches
    /// Columns whose cells are made per row (ids), and the text as ASCII.
    std::vector<const RuleColumnDefinition *> perRow;
    QByteArray filterAscii;
    std::optional<RuleSheetContext> context; ///< for those cells, while filtering
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
    return parent.isValid() ? 0 : int(m_columns.size());
}

int RuleTableModel::columnOf(RuleColumn column) const
{
    for (size_t c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c]->column == column)
            return int(c);
    }
    return -1;
}

const RuleColumnDefinition &RuleTableModel::columnDefinition(int column) const
{
    return *m_columns[size_t(column)];
}

RuleSheetContext RuleTableModel::context() const
{
    return m_topology->sheetContext(m_language);
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

QVariant RuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) ||
        index.column() >= int(m_columns.size()))
        return {};
    const quint32 r = m_rows[size_t(index.row())];
    const Rule &rule = m_topology->rules()[r];
    const RuleColumnDefinition &column = *m_columns[size_t(index.column())];

    switch (role) {
    case Qt::DisplayRole:
        // The rule sheet's own cell texts, so the table and the CSV always agree.
        return column.text(context(), rule, qsizetype(r) + 1);
    case Qt::ToolTipRole:
        if (column.prose)
            return column.text(context(), rule, qsizetype(r) + 1);
        return {};
    case Qt::TextAlignmentRole:
        if (column.numeric)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(m_columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns[size_t(section)]->header.text(m_language);
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
    m_columns = ruleColumns(context());
    l.keys = std::make_unique<RuleKeys>(catalog, project);
    l.hostRole.assign(project.hosts.size(), -1);
    for (size_t h = 0; h < project.hosts.size(); ++h)
        l.hostRole[h] = catalog.roleIndex(project.hosts[h].role);
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
    const RuleSheetContext context = this->context();
    // The text is looked for in every column but the row number, once per key.
    l.textSet = !m_filterText.isEmpty();
    l.hits.clear();
    if (l.textSet) {
        l.perRow.clear();
        l.filterAscii = m_filterText.toLatin1();
        l.context.emplace(context);
        for (const RuleColumnDefinition *column : m_columns) {
            if (column->scope == CellScope::Number)
                continue;
            if (column->scope == CellScope::Rule) {
                l.perRow.push_back(column); // its cells are made per row: tested in matches()
                continue;
            }
            auto it = std::find_if(l.hits.begin(), l.hits.end(), [column](const auto &hit) {
                return hit.first == column->scope;
            });
            if (it == l.hits.end()) {
                l.hits.emplace_back(column->scope,
                                    std::vector<char>(l.keys->count(column->scope), 0));
                it = l.hits.end() - 1;
            }
            std::vector<char> &hit = it->second;
            for (size_t k = 0; k < hit.size(); ++k) {
                if (!hit[k])
                    hit[k] = column->text(context, l.keys->representative(column->scope, k), 0)
                                 .contains(m_filterText, Qt::CaseInsensitive);
            }
        }
    }
    const QList<Flow> &flows = catalog.flows();
    l.flowAllowed.assign(size_t(flows.size()), 0);
    for (int f = 0; f < flows.size(); ++f)
        l.flowAllowed[size_t(f)] =
            m_filterProtocol.isEmpty() || flows[f].protocol == m_filterProtocol;
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
    for (const auto &[scope, hit] : l.hits) {
        if (hit[l.keys->key(scope, rule)])
            return true;
    }
    for (const RuleColumnDefinition *column : l.perRow) {
        char text[32];
        const int length = column->writeAscii(*l.context, rule, text);
        if (QLatin1String(text, length).contains(QLatin1String(l.filterAscii), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void RuleTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= int(m_columns.size()))
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

std::vector<int> RuleTableModel::keyRanks(const RuleColumnDefinition &column) const
{
    const RuleKeys &keys = *m_lookups->keys;
    const RuleSheetContext context = this->context();
    const size_t count = keys.count(column.scope);
    std::vector<Rule> representatives(count);
    for (size_t k = 0; k < count; ++k)
        representatives[k] = keys.representative(column.scope, k);
    std::vector<QString> texts;
    if (!column.compare) {
        texts.resize(count);
        for (size_t k = 0; k < count; ++k)
            texts[k] = column.text(context, representatives[k], 0);
    }
    auto less = [&](int a, int b) {
        if (column.compare)
            return column.compare(context, representatives[size_t(a)], representatives[size_t(b)]) <
                   0;
        return naturalCompare(texts[size_t(a)], texts[size_t(b)]) < 0;
    };
    // Ranks: equal cells share one, so ties keep the derivation order.
    std::vector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), less);
    std::vector<int> rank(count);
    int current = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && less(order[i - 1], order[i]))
            ++current;
        rank[size_t(order[i])] = current;
    }
    return rank;
}

void RuleTableModel::applySort()
{
    // Start from derivation order so equal keys keep it, whatever came before.
    std::sort(m_rows.begin(), m_rows.end());
    if (m_sortColumn < 0 || m_sortColumn >= int(m_columns.size()))
        return;
    const RuleColumnDefinition &column = *m_columns[size_t(m_sortColumn)];
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (column.scope == CellScope::Number) {
        if (descending)
            std::reverse(m_rows.begin(), m_rows.end());
        return;
    }
    const std::vector<Rule> &rules = m_topology->rules();
    const RuleKeys &keys = *m_lookups->keys;
    if (column.scope == CellScope::Rule) {
        // Cells made per row (ids): sort on their first eight characters,
        // packed into a number, so that millions of rows make no string.
        std::vector<quint64> packed(rules.size());
        const RuleSheetContext context = this->context();
        for (quint32 index : m_rows) {
            char text[32] = {};
            column.writeAscii(context, rules[index], text);
            quint64 value = 0;
            for (int i = 0; i < 8; ++i)
                value = value << 8 | quint8(text[i]);
            packed[index] = value;
        }
        const auto less = [&](quint32 a, quint32 b) {
            return packed[a] < packed[b];
        };
        const auto more = [&](quint32 a, quint32 b) {
            return packed[a] > packed[b];
        };
        if (!descending)
            std::stable_sort(m_rows.begin(), m_rows.end(), less);
        else
            std::stable_sort(m_rows.begin(), m_rows.end(), more);
        return;
    }
    const std::vector<int> rank = keyRanks(column);
    auto key = [&](quint32 index) {
        return rank[keys.key(column.scope, rules[index])];
    };
    if (!descending)
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
