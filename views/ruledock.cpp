#include "ruledock.h"

#include "rolepalette.h"
#include "ruletablemodel.h"
#include "topologyscene.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Portolan {

namespace {

/// From this many rules the rule filter waits for a pause in typing.
constexpr size_t largeRuleFilterRows = 200000;

} // namespace

RuleDock::RuleDock(Topology *topology, TopologyScene *scene, const QString &language,
                   QWidget *parent)
    : QDockWidget(tr("Rules"), parent)
    , m_topology(topology)
    , m_scene(scene)
    , m_language(language)
{
    // Rules: filter row above the table.
    setObjectName(QStringLiteral("rulesDock"));
    setAccessibleName(tr("Firewall rules"));
    toggleViewAction()->setStatusTip(tr("Show or hide the rule table"));
    auto *rules = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->setContentsMargins(4, 4, 4, 4);
    rulesLayout->setSpacing(4);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(rules);
    m_filter->setObjectName(QStringLiteral("ruleFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by host, address, port or description"));
    m_filter->setToolTip(tr("Show only rules that contain this text in any column"));
    m_filter->setAccessibleName(tr("Rule filter"));
    m_protocolFilter = new QComboBox(rules);
    m_protocolFilter->setObjectName(QStringLiteral("protocolFilter"));
    m_protocolFilter->setToolTip(tr("Show only rules of this protocol"));
    m_protocolFilter->setAccessibleName(tr("Protocol filter"));
    m_protocolFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roleFilter = new QComboBox(rules);
    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_roleFilter->setToolTip(tr("Show only rules from or to hosts of this role"));
    m_roleFilter->setAccessibleName(tr("Role filter"));
    m_roleFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count = new QLabel(rules);
    m_count->setObjectName(QStringLiteral("ruleCount"));
    m_count->setAccessibleName(tr("Rules shown"));
    m_count->setContentsMargins(4, 0, 6, 0);
    auto *filterLabel = new QLabel(tr("F&ilter:"), rules);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_protocolFilter);
    filterRow->addWidget(m_roleFilter);
    filterRow->addWidget(m_count);
    rulesLayout->addLayout(filterRow);

    m_model = new RuleTableModel(m_topology, language, this);
    m_view = new QTableView(rules);
    m_view->setObjectName(QStringLiteral("ruleTable"));
    m_view->setAccessibleName(tr("Rule table"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Fixed row heights: the view never measures rows, however many there are.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const int em = m_view->fontMetrics().averageCharWidth();
    // Wide enough for typical content and for the (translated) title with
    // its sort indicator, whichever is wider; the column table says how wide.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int chars = m_model->columnDefinition(column).tableWidth;
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column, std::max(chars * em + 12, header->fontMetrics().horizontalAdvance(title) + 28));
    }
    rulesLayout->addWidget(m_view, 1);
    setWidget(rules);

    rebuildFilters();
    // Millions of rules filter once typing pauses (a pass takes ~0.2 s), not on
    // every keystroke; small sheets follow each keystroke at once.
    auto *filterPause = new QTimer(this);
    filterPause->setSingleShot(true);
    filterPause->setInterval(250);
    connect(filterPause, &QTimer::timeout, this, &RuleDock::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this, filterPause] {
        if (m_topology->rules().size() < largeRuleFilterRows)
            applyFilter();
        else
            filterPause->start();
    });
    connect(m_protocolFilter, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &RuleDock::applyFilter);
    connect(m_roleFilter, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &RuleDock::applyFilter);

    connect(m_topology, &Topology::derivedChanged, this, &RuleDock::updateCounts);
    connect(m_topology, &Topology::resetDone, this, [this] {
        rebuildFilters();
        applyFilter();
    });
    connect(m_scene, &TopologyScene::pairSelectionChanged, this, &RuleDock::selectRowsForPairs);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RuleDock::highlightSelectedRows);
    connect(m_model, &RuleTableModel::rowsChanged, this, [this] {
        updateCounts();
        const QList<HostPair> pairs = m_scene->selectedPairs();
        if (pairs.isEmpty())
            m_scene->highlightPairs({});
        else
            selectRowsForPairs(pairs);
    });
    updateCounts();
}

RuleDock::~RuleDock() = default;

void RuleDock::applyFilter()
{
    m_model->setFilter(m_filter->text(), m_protocolFilter->currentData().toString(),
                       m_roleFilter->currentData().toString());
    updateCounts();
}

void RuleDock::updateCounts()
{
    const int rules = int(m_topology->rules().size());
    m_count->setText(tr("%1 of %n rule(s)", nullptr, rules).arg(m_model->rowCount()));
    setWindowTitle(tr("Rules (%1)").arg(rules));
}

void RuleDock::rebuildFilters()
{
    const Catalog &catalog = m_topology->catalog();
    const QString protocol = m_protocolFilter->currentData().toString();
    const QString role = m_roleFilter->currentData().toString();
    const QSignalBlocker protocolBlocker(m_protocolFilter);
    const QSignalBlocker roleBlocker(m_roleFilter);
    m_protocolFilter->clear();
    m_protocolFilter->addItem(tr("All protocols"), QString());
    QStringList protocols;
    for (const Flow &flow : catalog.flows()) {
        if (!protocols.contains(flow.protocol))
            protocols.append(flow.protocol);
    }
    for (const QString &p : std::as_const(protocols))
        m_protocolFilter->addItem(p, p);
    m_roleFilter->clear();
    m_roleFilter->addItem(tr("All roles"), QString());
    for (const Role &r : catalog.roles())
        m_roleFilter->addItem(r.pseudo ? QIcon() : roleIcon(r.id), r.name.text(m_language), r.id);
    m_protocolFilter->setCurrentIndex(std::max(0, m_protocolFilter->findData(protocol)));
    m_roleFilter->setCurrentIndex(std::max(0, m_roleFilter->findData(role)));
}

void RuleDock::selectRowsForPairs(const QList<HostPair> &pairs)
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    QItemSelection selection;
    const QList<int> rows = m_model->rowsForPairs(pairs);
    const int lastColumn = m_model->columnCount() - 1;
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.select(m_model->index(rows[i], 0), m_model->index(rows[j], lastColumn));
        i = j + 1;
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        m_view->scrollTo(m_model->index(rows.first(), 0));
    m_scene->highlightPairs(pairs);
    m_syncingSelection = false;
}

void RuleDock::highlightSelectedRows()
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    m_scene->highlightPairs(m_model->pairsForRows(m_view->selectionModel()->selectedRows()));
    m_syncingSelection = false;
}

} // namespace Portolan
