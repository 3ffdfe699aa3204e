#pragma once

#include "rulecolumns.h"
#include "topology.h"
#include "topologyscene.h"

#include <QAbstractTableModel>

#include <vector>

namespace Portolan {

/// The derived firewall rules as a table, with the rule sheet's columns
/// (ruleColumns(): the same definitions the CSV writer and the printed table read).
///
/// A row is an index into Topology::rules(); texts are looked up in data(),
/// never stored per rule. Sorting and filtering reorder a vector of those
/// indices instead of going through a proxy model: every comparison and test
/// is an integer lookup in small per-host and per-flow tables, so the table
/// stays fast with millions of rules. The model resets whenever the topology's
/// derived data changes.
class RuleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// @p language ("en" or "de") selects the catalog's role names and notes.
    RuleTableModel(Topology *topology, const QString &language, QObject *parent = nullptr);
    ~RuleTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Sorts the visible rows; ties keep the derivation order. A column of -1
    /// restores the derivation order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Shows only rules that match all given criteria; empty ones match all.
    /// @p text is looked for, case-insensitively, in every column but the rule
    /// number; @p protocol must equal the flow's protocol; @p roleId must be
    /// the source or destination role (`any` for rules from any source).
    void setFilter(const QString &text, const QString &protocol, const QString &roleId);
    QString filterText() const { return m_filterText; }
    QString filterProtocol() const { return m_filterProtocol; }
    QString filterRole() const { return m_filterRole; }

    /// The column showing @p column, or -1 if this project's listing lacks it.
    int columnOf(RuleColumn column) const;
    /// The definition shown in column @p column.
    const RuleColumnDefinition &columnDefinition(int column) const;

    /// Number of rules before filtering.
    int totalRuleCount() const;
    /// Index into Topology::rules() of the rule shown in @p row.
    int ruleIndex(int row) const;
    /// The row showing rule @p ruleIndex, or -1 if it is filtered out.
    int rowOfRule(int ruleIndex) const;

    /// Visible rows whose rule joins one of @p pairs, ascending.
    QList<int> rowsForPairs(const QList<HostPair> &pairs) const;
    /// The distinct host pairs of the rules in @p indexes, in row order.
    QList<HostPair> pairsForRows(const QModelIndexList &indexes) const;

    const QString &language() const { return m_language; }

Q_SIGNALS:
    /// The visible rows changed (reset, filter or sort).
    void rowsChanged();

private:
    void rebuild();
    void buildLookups();
    void applyFilter();
    void applySort();
    bool matches(const Rule &rule) const;
    RuleSheetContext context() const;
    /// Per key of @p column's scope, its rank in the column's order.
    std::vector<int> keyRanks(const RuleColumnDefinition &column) const;

    Topology *m_topology;
    QString m_language;
    QString m_filterText;
    QString m_filterProtocol;
    QString m_filterRole;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<quint32> m_rows; ///< indices into Topology::rules()
    std::vector<const RuleColumnDefinition *> m_columns;
    bool m_resetting = false; ///< between derivedAboutToChange() and derivedChanged()

    /// Per-key tables (filter hits); rebuilt on reset, sized by hosts and
    /// flows, never by rules.
    struct Lookups;
    std::unique_ptr<Lookups> m_lookups;
};

} // namespace Portolan
