#include "topologyscene.h"

#include "arrowitem.h"
#include "canvasstyle.h"
#include "flowarrows.h"
#include "flowbundleitem.h"
#include "hostitem.h"
#include "layout.h"
#include "legenditem.h"
#include "rules.h"
#include "undocommands.h"

#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QMimeData>
#include <QScopeGuard>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace Portolan {

namespace {

constexpr qreal diagramMargin = 24;
constexpr qreal anyBundleDistance = 260; ///< how far left of a role group `any` bundles start

QString systemLanguage()
{
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

QString mimeRole()
{
    return QString::fromLatin1(roleMimeType);
}

} // namespace

struct TopologyScene::Private
{
    TopologyScene *q;
    Topology *topology;
    QUndoStack *undoStack;
    QString language = systemLanguage();
    bool snap = false;
    bool exportMode = false;

    std::unordered_map<QString, HostItem *> hosts;
    /// The arrows, their router and the item that paints them.
    std::unique_ptr<FlowArrows> arrows;

    /// Bundled mode: arrows exist only for the selected hosts' connections and
    /// the rule table's highlighted pairs; everything is drawn as bundles.
    FlowDisplayPolicy policy;
    bool bundled = false;
    std::vector<FlowBundleItem *> bundles;
    QSet<QString> arrowsBuiltFor; ///< selected hosts when the arrows were last built
    int hiddenArrows = 0;         ///< the selection's connections left out (over the cap)
    LegendItem *legend = nullptr;

    QList<HostPair> highlighted;
    QStringList lastHostSelection;
    QList<HostPair> lastPairSelection;
    int selecting = 0;

    QHash<QString, QPointF> dragStart;
    bool dragging = false;

    bool arrowsDirty = false;
    bool selectionDirty = false; ///< bundled: the arrows may be for another selection
    bool layoutDirty = false;
    QTimer timer;

    const Catalog *catalog() const { return topology->catalogPointer().get(); }

    void push(QUndoCommand *command)
    {
        if (undoStack) {
            undoStack->push(command);
        } else {
            command->redo();
            delete command;
        }
    }

    void schedule()
    {
        if (!timer.isActive())
            timer.start();
    }
    void scheduleLayout()
    {
        layoutDirty = true;
        schedule();
    }

    QString roleName(const QString &roleId) const
    {
        const Catalog *c = catalog();
        const int r = c ? c->roleIndex(roleId) : -1;
        return r >= 0 ? c->roles()[r].name.text(language) : roleId;
    }

    // --- hosts -----------------------------------------------------------

    void createHost(const QString &id)
    {
        const Host *host = topology->hostById(id);
        if (!host || hosts.count(id))
            return;
        auto *item = new HostItem(id);
        item->setContent(*host, roleName(host->role));
        item->setPositionFromModel(host->position);
        item->setMovedCallback([this](HostItem *moved) { hostItemMoved(moved); });
        q->addItem(item);
        hosts.emplace(id, item);
        arrows->addCard(item);
        scheduleLayout();
    }

    void removeHost(const QString &id)
    {
        arrows->removeArrowsOf(id);
        arrowsDirty = true; // derivedChanged follows and rebuilds them all
        schedule();
        const auto it = hosts.find(id);
        if (it == hosts.end())
            return;
        HostItem *item = it->second;
        hosts.erase(it);
        arrows->removeCard(id);
        dragStart.remove(id);
        delete item;
        scheduleLayout();
    }

    void resetHosts()
    {
        arrows->clear();
        for (auto &[id, item] : hosts) {
            arrows->removeCard(id);
            delete item;
        }
        hosts.clear();
        dragStart.clear();
        highlighted.clear();
        for (int i = 0; i < topology->hostCount(); ++i)
            createHost(topology->host(i).id);
        updateLegend();
        arrowsDirty = true;
        scheduleLayout();
    }

    void hostChanged(const QString &id)
    {
        const Host *host = topology->hostById(id);
        const auto it = hosts.find(id);
        if (!host || it == hosts.end())
            return;
        it->second->setContent(*host, roleName(host->role));
        arrows->moveCard(it->second); // its card changes size
        scheduleLayout();
    }

    void hostMovedInModel(const QString &id, const QPointF &position)
    {
        const auto it = hosts.find(id);
        if (it == hosts.end())
            return;
        if (it->second->pos() != position)
            it->second->setPositionFromModel(position); // the item calls hostItemMoved
        if (!dragging)
            scheduleLayout();
    }

    /// Every frame of a drag: only the arrows of the moved host follow.
    void hostItemMoved(HostItem *item) { arrows->moveCard(item); }

    void clearBundles()
    {
        for (FlowBundleItem *bundle : bundles)
            delete bundle;
        bundles.clear();
    }

    /// One bundle item per role pair that the model's connections join.
    void buildBundles(const Catalog &c)
    {
        for (const RoleBundle &rb : topology->roleBundles()) {
            auto *bundle = new FlowBundleItem(rb.sourceRole, rb.destinationRole,
                                              portLabel(c, rb.flows), rb.pairs);
            const QString from = rb.sourceRole < 0 ? TopologyScene::tr("Any")
                                                   : c.roles()[rb.sourceRole].name.text(language);
            const QString to = c.roles()[rb.destinationRole].name.text(language);
            bundle->setToolTip(TopologyScene::tr("%1 → %2: %3").arg(from, to, bundle->labelText()));
            q->addItem(bundle);
            bundles.push_back(bundle);
        }
    }

    /// Puts each bundle between the centres of its two role groups.
    void layoutBundles()
    {
        const Catalog *c = catalog();
        if (bundles.empty() || !c)
            return;
        const int roleCount = int(c->roles().size());
        std::vector<QPointF> sum(static_cast<size_t>(roleCount));
        std::vector<int> members(size_t(roleCount), 0);
        for (int i = 0; i < topology->hostCount(); ++i) {
            const Host &host = topology->host(i);
            const int role = c->roleIndex(host.role);
            const auto item = hosts.find(host.id);
            if (role < 0 || item == hosts.end())
                continue;
            sum[size_t(role)] += item->second->sceneCardRect().center();
            ++members[size_t(role)];
        }
        auto hub = [&](int role) {
            return members[size_t(role)] ? sum[size_t(role)] / members[size_t(role)] : QPointF();
        };
        QSet<std::pair<int, int>> present;
        for (const FlowBundleItem *bundle : bundles)
            present.insert({bundle->sourceRole(), bundle->destinationRole()});
        for (FlowBundleItem *bundle : bundles) {
            const QPointF to = hub(bundle->destinationRole());
            const QPointF from = bundle->sourceRole() < 0 ? to - QPointF(anyBundleDistance, 0)
                                                          : hub(bundle->sourceRole());
            // Both directions between two roles: bend apart so both heads show.
            const bool twoWay = bundle->sourceRole() != bundle->destinationRole() &&
                                present.contains({bundle->destinationRole(), bundle->sourceRole()});
            bundle->setEnds(from, to, twoWay ? 16 : 0);
        }
    }

    void rebuildArrows()
    {
        arrowsDirty = false;
        const Catalog *c = catalog();
        const bool wasBundled = bundled;
        bundled = c && policy.bundles(topology->connections().size());
        // Bundled arrows are rebuilt on every selection change: the user's arrow
        // selection carries over, and the rebuild itself reports no selection change.
        const QList<HostPair> keepSelected = bundled ? selectedPairs() : QList<HostPair>();
        if (wasBundled || bundled)
            ++selecting;
        const auto done = qScopeGuard([&] {
            if (wasBundled || bundled)
                --selecting;
        });
        arrows->clear();
        clearBundles();
        hiddenArrows = 0;
        arrowsBuiltFor.clear();
        if (!c)
            return;
        const auto &connections = topology->connections();
        if (!bundled) {
            for (const Connection &connection : connections)
                arrows->add(*topology, connection, language);
        } else {
            buildBundles(*c);
            // Only what the admin looks at becomes arrows: the selected hosts'
            // connections and the rule table's highlighted pairs.
            const QStringList selected = selectedHostIds();
            arrowsBuiltFor = QSet<QString>(selected.begin(), selected.end());
            const FlowDisplayPolicy::SelectionArrows shown =
                FlowDisplayPolicy::selectionArrows(*topology, selected, highlighted);
            for (int i : shown.connections)
                arrows->add(*topology, connections[size_t(i)], language);
            hiddenArrows = shown.hidden;
        }
        arrows->addingDone(); // laid out by the relayout that follows
        layoutDirty = true;
        for (ArrowItem *arrow : arrows->items()) {
            if (!keepSelected.isEmpty() && keepSelected.contains(arrow->pair()))
                arrow->setSelected(true);
        }
        updateEmphasis();
    }

    void updateLegend()
    {
        const Catalog *c = catalog();
        QStringList names;
        if (c) {
            for (const FlowFamily &family : c->families())
                names << family.name.text(language);
        }
        legend->setFamilies(names);
    }

    QRectF contentRect() const
    {
        QRectF rect;
        for (const auto &[id, item] : hosts)
            rect |= item->sceneBoundingRect();
        rect |= arrows->contentRect();
        for (FlowBundleItem *bundle : bundles)
            rect |= bundle->sceneBoundingRect();
        return rect;
    }

    /// Labels, markers, legend position and scene rect: after rebuilds and drags.
    void relayout()
    {
        layoutDirty = false;
        arrows->relayout();
        layoutBundles();
        const QRectF content = contentRect();
        const QSizeF legendSize = legend->size();
        legend->setPos(
            content.isNull()
                ? QPointF(0, 0)
                : QPointF(content.left(), content.top() - legendSize.height() - 2 * diagramMargin));
        // Room around the diagram so that zooming about the cursor and panning work.
        const QRectF diagram = content | legend->sceneBoundingRect();
        q->setSceneRect(diagram.adjusted(-1000, -1000, 1000, 1000));
    }

    void flush()
    {
        timer.stop();
        if (selectionDirty && bundled && !arrowsDirty) {
            // A click on one of the shown arrows deselects the hosts but keeps their arrows.
            const QStringList hostIds = selectedHostIds();
            arrowsDirty = QSet<QString>(hostIds.begin(), hostIds.end()) != arrowsBuiltFor &&
                          !(hostIds.isEmpty() && !selectedPairs().isEmpty());
        }
        selectionDirty = false;
        if (arrowsDirty) {
            rebuildArrows();
            Q_EMIT q->arrowsRebuilt();
        }
        if (layoutDirty)
            relayout();
    }

    // --- selection and emphasis -------------------------------------------

    QStringList selectedHostIds() const
    {
        QList<std::pair<int, QString>> selected;
        for (QGraphicsItem *item : q->selectedItems()) {
            if (item->type() == HostItem::Type) {
                const QString &id = static_cast<HostItem *>(item)->hostId();
                selected.append({topology->indexOf(id), id});
            }
        }
        std::sort(selected.begin(), selected.end());
        QStringList ids;
        for (const auto &[index, id] : selected)
            ids << id;
        return ids;
    }

    QList<HostPair> selectedPairs() const { return arrows->selectedPairs(); }

    void updateEmphasis()
    {
        // The selection's own arrows are the foreground; the bundles recede behind them.
        for (FlowBundleItem *bundle : bundles)
            bundle->setDimmed(!exportMode && !arrows->isEmpty());
        const QStringList hostIds = exportMode ? QStringList() : selectedHostIds();
        const QList<HostPair> pairs = exportMode || !hostIds.isEmpty() ? QList<HostPair>()
                                      : highlighted.isEmpty()          ? selectedPairs()
                                                                       : highlighted;
        arrows->setEmphasis(FlowDisplayPolicy::Focus(hostIds, pairs, exportMode));
    }

    void selectionChanged()
    {
        if (selecting > 0)
            return;
        updateEmphasis();
        const QStringList hostIds = selectedHostIds();
        const QList<HostPair> pairs = selectedPairs();
        if (bundled) {
            // Another host selection gets its arrows once control returns to the
            // event loop (never inside the click that changed it).
            selectionDirty = true;
            schedule();
        }
        if (hostIds != lastHostSelection) {
            lastHostSelection = hostIds;
            Q_EMIT q->hostSelectionChanged(hostIds);
        }
        if (!(pairs == lastPairSelection)) {
            lastPairSelection = pairs;
            Q_EMIT q->pairSelectionChanged(pairs);
        }
    }
};

TopologyScene::TopologyScene(Topology *topology, QUndoStack *undoStack, QObject *parent)
    : QGraphicsScene(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->topology = topology;
    d->undoStack = undoStack;
    d->timer.setSingleShot(true);
    d->timer.setInterval(0);
    connect(&d->timer, &QTimer::timeout, this, [this] { d->flush(); });
    // No BSP index: keeping it up to date while a dragged host's arrows change
    // geometry cost seconds per mouse move at enterprise scale, while a linear
    // pass over the few thousand items that exist at any time is cheap.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    setBackgroundBrush(QColor(0xfb, 0xfc, 0xfd));

    d->legend = new LegendItem;
    addItem(d->legend);
    d->arrows = std::make_unique<FlowArrows>(this);

    connect(topology, &Topology::resetDone, this, [this] { d->resetHosts(); });
    connect(topology, &Topology::hostInserted, this,
            [this](const QString &id) { d->createHost(id); });
    connect(topology, &Topology::hostAboutToBeRemoved, this,
            [this](const QString &id) { d->removeHost(id); });
    connect(topology, &Topology::hostRemoved, this, [this] { d->selectionChanged(); });
    connect(topology, &Topology::hostChanged, this,
            [this](const QString &id) { d->hostChanged(id); });
    connect(topology, &Topology::hostMoved, this,
            [this](const QString &id, const QPointF &p) { d->hostMovedInModel(id, p); });
    connect(topology, &Topology::derivedChanged, this, [this](DerivedParts parts) {
        // Arrows follow connections and routes; rules (addresses, names) leave them.
        if (parts & (DerivedPart::Connections | DerivedPart::Routes)) {
            d->arrowsDirty = true;
            d->schedule();
        }
    });
    connect(this, &QGraphicsScene::selectionChanged, this, [this] { d->selectionChanged(); });

    if (topology->catalogPointer())
        d->resetHosts();
}

TopologyScene::~TopologyScene()
{
    d->timer.stop();
    disconnect(d->topology, nullptr, this, nullptr);
    blockSignals(true);
    clear();
    d->hosts.clear();
    d->arrows->forget();
    d->bundles.clear();
}

Topology *TopologyScene::topology() const
{
    return d->topology;
}

QUndoStack *TopologyScene::undoStack() const
{
    return d->undoStack;
}

void TopologyScene::pushCommand(QUndoCommand *command)
{
    d->push(command);
}

QString TopologyScene::addHostAt(const QString &roleId, const QPointF &scenePos)
{
    const Catalog *catalog = d->catalog();
    const int role = catalog ? catalog->roleIndex(roleId) : -1;
    if (role < 0 || catalog->roles()[role].pseudo)
        return {};
    Host host;
    host.id = d->topology->uniqueHostId(roleId);
    host.name = d->topology->uniqueHostName(roleId);
    host.role = roleId;
    host.position = scenePos;
    if (d->snap) {
        const qreal g = CanvasStyle::gridSize;
        host.position = QPointF(std::round(scenePos.x() / g) * g, std::round(scenePos.y() / g) * g);
    }
    d->push(new AddHostsCommand(d->topology, {host}, tr("Add %1").arg(host.name)));
    selectHosts({host.id});
    return host.id;
}

QStringList TopologyScene::selectedHostIds() const
{
    return d->selectedHostIds();
}

void TopologyScene::selectHosts(const QStringList &ids)
{
    ++d->selecting;
    clearSelection();
    for (const QString &id : ids) {
        if (HostItem *item = hostItem(id))
            item->setSelected(true);
    }
    --d->selecting;
    d->selectionChanged();
}

QList<HostPair> TopologyScene::selectedPairs() const
{
    flushPendingLayout();
    return d->selectedPairs();
}

void TopologyScene::highlightPairs(const QList<HostPair> &pairs)
{
    flushPendingLayout();
    if (d->bundled && !(d->highlighted == pairs)) {
        // Highlighted pairs need arrows of their own, built after the current event.
        d->arrowsDirty = true;
        d->schedule();
    }
    d->highlighted = pairs;
    d->updateEmphasis();
}

void TopologyScene::deleteSelection()
{
    const QStringList ids = selectedHostIds();
    if (!ids.isEmpty())
        d->push(new RemoveHostsCommand(d->topology, ids));
}

void TopologyScene::arrangeByRole()
{
    const Catalog *catalog = d->catalog();
    if (!catalog || d->topology->hostCount() == 0)
        return;
    const QHash<QString, QPointF> positions =
        Portolan::arrangeByRole(*catalog, d->topology->project());
    d->push(new MoveHostsCommand(d->topology, positions, tr("Arrange by role")));
}

bool TopologyScene::snapToGrid() const
{
    return d->snap;
}

void TopologyScene::setSnapToGrid(bool snap)
{
    d->snap = snap;
}

void TopologyScene::setExportMode(bool on)
{
    if (d->exportMode == on)
        return;
    d->exportMode = on;
    flushPendingLayout();
    d->updateEmphasis();
    update();
}

bool TopologyScene::exportMode() const
{
    return d->exportMode;
}

QRectF TopologyScene::diagramRect() const
{
    flushPendingLayout();
    QRectF rect = d->contentRect() | d->legend->sceneBoundingRect();
    return rect.adjusted(-diagramMargin, -diagramMargin, diagramMargin, diagramMargin);
}

void TopologyScene::setLanguage(const QString &language)
{
    if (d->language == language)
        return;
    d->language = language;
    for (const auto &[id, item] : d->hosts) {
        if (const Host *host = d->topology->hostById(id)) {
            item->setContent(*host, d->roleName(host->role));
            d->arrows->addCard(item); // rebuilt and re-routed below
        }
    }
    d->updateLegend();
    d->arrowsDirty = true;
    d->scheduleLayout();
}

QString TopologyScene::language() const
{
    return d->language;
}

HostItem *TopologyScene::hostItem(const QString &id) const
{
    const auto it = d->hosts.find(id);
    return it == d->hosts.end() ? nullptr : it->second;
}

QList<ArrowItem *> TopologyScene::arrowItems() const
{
    flushPendingLayout();
    const std::vector<ArrowItem *> &arrows = d->arrows->items();
    return QList<ArrowItem *>(arrows.begin(), arrows.end());
}

void TopologyScene::setFlowDisplay(FlowDisplay display)
{
    if (d->policy.display() == display)
        return;
    d->policy.setDisplay(display);
    d->arrowsDirty = true;
    d->scheduleLayout();
}

TopologyScene::FlowDisplay TopologyScene::flowDisplay() const
{
    return d->policy.display();
}

bool TopologyScene::bundlesFlows() const
{
    flushPendingLayout();
    return d->bundled;
}

QList<FlowBundleItem *> TopologyScene::bundleItems() const
{
    flushPendingLayout();
    return QList<FlowBundleItem *>(d->bundles.begin(), d->bundles.end());
}

int TopologyScene::hiddenSelectionConnections() const
{
    flushPendingLayout();
    return d->hiddenArrows;
}

QSizeF TopologyScene::legendSize() const
{
    return d->legend->size();
}

void TopologyScene::paintLegend(QPainter *painter, const QPointF &topLeft) const
{
    d->legend->paintLegend(painter, topLeft);
}

void TopologyScene::flushPendingLayout() const
{
    d->flush();
}

void TopologyScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(mimeRole())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsScene::dragEnterEvent(event);
}

void TopologyScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(mimeRole())) {
        const Catalog *catalog = d->catalog();
        const QString role = QString::fromUtf8(event->mimeData()->data(mimeRole()));
        const int r = catalog ? catalog->roleIndex(role) : -1;
        event->setAccepted(r >= 0 && !catalog->roles()[r].pseudo);
        event->setDropAction(Qt::CopyAction);
        return;
    }
    QGraphicsScene::dragMoveEvent(event);
}

void TopologyScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(mimeRole())) {
        const QString role = QString::fromUtf8(event->mimeData()->data(mimeRole()));
        const bool added = !addHostAt(role, event->scenePos()).isEmpty();
        event->setDropAction(Qt::CopyAction);
        event->setAccepted(added);
        return;
    }
    QGraphicsScene::dropEvent(event);
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    d->dragStart.clear();
    d->dragging = false;
    if (event->button() != Qt::LeftButton || !mouseGrabberItem() ||
        mouseGrabberItem()->type() != HostItem::Type)
        return;
    // Qt moves every selected movable item with the mouse: remember where they were.
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == HostItem::Type)
            d->dragStart.insert(static_cast<HostItem *>(item)->hostId(), item->pos());
    }
    d->dragging = !d->dragStart.isEmpty();
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || d->dragStart.isEmpty())
        return;
    QHash<QString, QPointF> from;
    QHash<QString, QPointF> to;
    for (auto it = d->dragStart.cbegin(); it != d->dragStart.cend(); ++it) {
        HostItem *item = hostItem(it.key());
        if (item && item->pos() != it.value()) {
            from.insert(it.key(), it.value());
            to.insert(it.key(), item->pos());
        }
    }
    d->dragStart.clear();
    d->dragging = false;
    if (!to.isEmpty())
        d->push(new MoveHostsCommand(d->topology, from, to)); // one drag, one undo step
    d->scheduleLayout();
}

} // namespace Portolan
