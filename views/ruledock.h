#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Portolan {

class RuleTableModel;
class Topology;
class TopologyScene;
struct HostPair;

/// The rule table panel: the derived rules in a sortable table, a filter line,
/// protocol and role filters and the count of rules shown.
///
/// It keeps the table's selection and the canvas's in step both ways: arrows
/// selected on @p scene select their rules' rows, and selected rows emphasise
/// their host pairs' arrows.
class RuleDock : public QDockWidget
{
    Q_OBJECT

public:
    /// @p language ("en" or "de") selects the catalog's role names and notes.
    RuleDock(Topology *topology, TopologyScene *scene, const QString &language,
             QWidget *parent = nullptr);
    ~RuleDock() override;

    RuleTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// Applies the filter line and the protocol and role filters to the table.
    void applyFilter();

private:
    /// Fills the protocol and role filters from the catalog, keeping their choice.
    void rebuildFilters();
    /// "47 of 47 rules" beside the filters and "Rules (47)" on the dock's tab.
    void updateCounts();
    void selectRowsForPairs(const QList<HostPair> &pairs);
    void highlightSelectedRows();

    Topology *m_topology;
    TopologyScene *m_scene;
    QString m_language;
    RuleTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_protocolFilter = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QLabel *m_count = nullptr;
    bool m_syncingSelection = false;
};

} // namespace Portolan
