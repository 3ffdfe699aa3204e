#include "topologyscene.h"

#include "anymarkeritem.h"
#include "arrowitem.h"
#include "arrowlabelitem.h"
#include "canvasstyle.h"
#include "flowbundleitem.h"
#include "hostitem.h"
#include "layout.h"
#include "legenditem.h"
#include "rules.h"
#include "undocommands.h"

#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QMap>
#include <QMimeData>
#include <QScopeGuard>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>

namespace Portolan {

namespace {

constexpr qreal laneGap = 26; ///< sideways distance between arrows of one host pair
constexpr qreal diagramMargin = 24;
constexpr size_t maxLabelAvoidance = 20000; ///< above this, labels simply sit mid-arrow
/// Routing tests every arrow against every card: above this many tests, arrows stay straight.
constexpr size_t maxRoutingWork = 4'000'000;
constexpr qreal anyBundleDistance = 260; ///< how far left of a role group `any` bundles start

QString systemLanguage()
{
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

QString mimeRole()
{
    return QString::fromLatin1(roleMimeType);
}

qreal overlapArea(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return i.isValid() ? i.width() * i.height() : 0;
}

/// Rectangles bucketed in a uniform grid, for overlap queries in O(nearby).
class RectGrid
{
public:
    static constexpr qreal cell = 160;

    void add(const QRectF &rect)
    {
        const int index = int(m_rects.size());
        m_rects.push_back(rect);
        forCells(rect, [&](quint64 key) { m_cells[key].push_back(index); });
    }
    /// Sum of the areas by which @p rect overlaps the stored rectangles,
    /// those before @p weightedBelow counting @p weight times, the rest once.
    qreal overlap(const QRectF &rect, int weightedBelow, qreal weight)
    {
        ++m_stamp;
        qreal total = 0;
        forCells(rect, [&](quint64 key) {
            const auto it = m_cells.find(key);
            if (it == m_cells.end())
                return;
            for (int index : it->second) {
                if (m_seen.size() <= size_t(index))
                    m_seen.resize(m_rects.size(), 0);
                if (m_seen[size_t(index)] == m_stamp)
                    continue;
                m_seen[size_t(index)] = m_stamp;
                total += overlapArea(rect, m_rects[size_t(index)]) *
                         (index < weightedBelow ? weight : 1);
            }
        });
        return total;
    }
    int size() const { return int(m_rects.size()); }

private:
    template<typename F> static void forCells(const QRectF &rect, F f)
    {
        const qint64 x0 = qint64(std::floor(rect.left() / cell));
        const qint64 x1 = qint64(std::floor(rect.right() / cell));
        const qint64 y0 = qint64(std::floor(rect.top() / cell));
        const qint64 y1 = qint64(std::floor(rect.bottom() / cell));
        for (qint64 x = x0; x <= x1; ++x) {
            for (qint64 y = y0; y <= y1; ++y)
                f((quint64(quint32(x)) << 32) | quint32(y));
        }
    }

    std::vector<QRectF> m_rects;
    std::unordered_map<quint64, std::vector<int>> m_cells;
    std::vector<quint32> m_seen;
    quint32 m_stamp = 0;
};

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
    std::vector<ArrowItem *> arrows;
    std::unordered_map<QString, std::vector<ArrowItem *>> arrowsByHost;

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

    /// Arrows between the same two hosts, with their sideways offsets (see assignLanes).
    struct Lane
    {
        std::vector<ArrowItem *> arrows;
        std::vector<qreal> offsets; ///< towards the normal of the lower id's direction
        qreal shift = 0;            ///< the detour around other hosts, added to every offset
    };
    std::vector<Lane> lanes;
    /// Hosts moved or resized since the last relayout: only their lanes re-route
    /// (and lanes that a host now blocks); after a rebuild, all do.
    QSet<QString> movedHosts;
    /// Where moved hosts' cards were and are: arrows near them may need a new detour.
    std::vector<QRectF> movedAreas;
    bool routeAll = true;

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
        scheduleLayout();
    }

    void removeHost(const QString &id)
    {
        removeArrowsOf(id);
        arrowsDirty = true; // derivedChanged follows and rebuilds them all
        schedule();
        const auto it = hosts.find(id);
        if (it == hosts.end())
            return;
        HostItem *item = it->second;
        hosts.erase(it);
        dragStart.remove(id);
        delete item;
        scheduleLayout();
    }

    void resetHosts()
    {
        clearArrows();
        for (auto &[id, item] : hosts)
            delete item;
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
        noteMoved(id, it->second->sceneCardRect()); // its card changes size
        it->second->setContent(*host, roleName(host->role));
        updateArrowsOf(id);
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
    void hostItemMoved(HostItem *item)
    {
        noteMoved(item->hostId(), item->cardRect().translated(item->previousPosition()));
        updateArrowsOf(item->hostId());
    }

    /// Records where a card was before its first change since the last layout.
    void noteMoved(const QString &id, const QRectF &before)
    {
        if (movedHosts.contains(id))
            return;
        movedHosts.insert(id);
        movedAreas.push_back(before);
    }

    // --- arrows ----------------------------------------------------------

    void clearArrows()
    {
        for (ArrowItem *arrow : arrows) {
            delete arrow->label();
            delete arrow->marker();
            delete arrow;
        }
        arrows.clear();
        arrowsByHost.clear();
        lanes.clear();
    }

    /// Drops the arrows of a host that is going away, at once: the rest stay
    /// on screen until the rebuild, so nothing flickers.
    void removeArrowsOf(const QString &id)
    {
        const auto found = arrowsByHost.find(id);
        if (found == arrowsByHost.end())
            return;
        const std::vector<ArrowItem *> doomed = std::move(found->second);
        arrowsByHost.erase(found);
        const QSet<ArrowItem *> set(doomed.begin(), doomed.end());
        auto isDoomed = [&](ArrowItem *arrow) {
            return set.contains(arrow);
        };
        arrows.erase(std::remove_if(arrows.begin(), arrows.end(), isDoomed), arrows.end());
        lanes.erase(std::remove_if(lanes.begin(), lanes.end(),
                                   [&](const Lane &lane) { return isDoomed(lane.arrows.front()); }),
                    lanes.end());
        for (ArrowItem *arrow : doomed) {
            for (const QString &end : {arrow->pair().source, arrow->pair().destination}) {
                const auto other = arrowsByHost.find(end);
                if (other != arrowsByHost.end())
                    other->second.erase(
                        std::remove(other->second.begin(), other->second.end(), arrow),
                        other->second.end());
            }
            delete arrow->label();
            delete arrow->marker();
            delete arrow;
        }
    }

    QString hostName(const QString &id) const
    {
        if (id.isEmpty())
            return TopologyScene::tr("Any");
        const Host *host = topology->hostById(id);
        return host ? host->name : id;
    }

    QString arrowToolTip(const HostPair &pair, int family, const QList<int> &flows) const
    {
        const Catalog &c = *catalog();
        QStringList lines;
        lines << QStringLiteral("<b>%1 &rarr; %2</b>")
                     .arg(hostName(pair.source).toHtmlEscaped(),
                          hostName(pair.destination).toHtmlEscaped());
        lines << QStringLiteral("<i>%1</i>")
                     .arg(c.families()[family].name.text(language).toHtmlEscaped());
        QStringList notes;
        for (int f : flows) {
            const Flow &flow = c.flows()[f];
            lines << TopologyScene::tr("%1: %2 %3")
                         .arg(flow.protocol, flow.transport, flow.portText())
                         .toHtmlEscaped();
            const QString note = flow.note.text(language);
            if (!note.isEmpty() && !notes.contains(note))
                notes << note;
        }
        for (const QString &note : std::as_const(notes))
            lines << QStringLiteral("<span style=\"color:#4a5563\">%1</span>")
                         .arg(note.toHtmlEscaped());
        return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
            .arg(lines.join(QStringLiteral("<br>")));
    }

    void addArrows(const Catalog &c, const Connection &connection)
    {
        QMap<int, QList<int>> byFamily;
        for (int f : connection.flows)
            byFamily[c.flows()[f].family].append(f);
        const HostPair pair{connection.source < 0 ? QString()
                                                  : topology->host(connection.source).id,
                            topology->host(connection.destination).id};
        for (auto it = byFamily.begin(); it != byFamily.end(); ++it) {
            auto *arrow = new ArrowItem(pair, it.key(), it.value(), portLabel(c, it.value()));
            const QString tip = arrowToolTip(pair, it.key(), it.value());
            arrow->setToolTip(tip);
            q->addItem(arrow);
            auto *label = new ArrowLabelItem(arrow, arrow->labelText());
            label->setToolTip(tip);
            q->addItem(label);
            arrow->setLabel(label);
            if (pair.source.isEmpty()) {
                auto *marker = new AnyMarkerItem(it.key());
                q->addItem(marker);
                arrow->setMarker(marker);
            } else {
                arrowsByHost[pair.source].push_back(arrow);
            }
            arrowsByHost[pair.destination].push_back(arrow);
            arrows.push_back(arrow);
        }
    }

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
        clearArrows();
        clearBundles();
        hiddenArrows = 0;
        arrowsBuiltFor.clear();
        if (!c)
            return;
        const auto &connections = topology->connections();
        if (!bundled) {
            for (const Connection &connection : connections)
                addArrows(*c, connection);
        } else {
            buildBundles(*c);
            // Only what the admin looks at becomes arrows: the selected hosts'
            // connections and the rule table's highlighted pairs.
            const QStringList selected = selectedHostIds();
            arrowsBuiltFor = QSet<QString>(selected.begin(), selected.end());
            const FlowDisplayPolicy::SelectionArrows shown =
                FlowDisplayPolicy::selectionArrows(*topology, selected, highlighted);
            for (int i : shown.connections)
                addArrows(*c, connections[size_t(i)]);
            hiddenArrows = shown.hidden;
        }
        assignLanes();
        routeAll = true;
        placeMarkers();
        for (ArrowItem *arrow : arrows)
            updateArrow(arrow);
        layoutDirty = true;
        for (ArrowItem *arrow : arrows) {
            if (!keepSelected.isEmpty() && keepSelected.contains(arrow->pair()))
                arrow->setSelected(true);
        }
        updateEmphasis();
    }

    /// Arrows between the same two hosts (either way, any family) fan out
    /// sideways, so both directions of 5061 show their heads and labels.
    void assignLanes()
    {
        QHash<QString, std::vector<ArrowItem *>> groups;
        for (ArrowItem *arrow : arrows) {
            if (arrow->isFromAny())
                continue;
            const auto &[a, b] = arrow->pair();
            groups[a < b ? a + u'\n' + b : b + u'\n' + a].push_back(arrow);
        }
        for (auto &group : groups) {
            std::sort(group.begin(), group.end(), [](ArrowItem *x, ArrowItem *y) {
                const bool xForward = x->pair().source < x->pair().destination;
                const bool yForward = y->pair().source < y->pair().destination;
                if (xForward != yForward)
                    return xForward;
                return x->family() < y->family();
            });
            Lane lane;
            const qreal n = qreal(group.size());
            for (size_t i = 0; i < group.size(); ++i) {
                lane.arrows.push_back(group[i]);
                lane.offsets.push_back((qreal(i) - (n - 1) / 2) * laneGap);
            }
            setLaneShift(lane, 0);
            lanes.push_back(std::move(lane));
        }
    }

    static void setLaneShift(const Lane &lane, qreal shift)
    {
        for (size_t i = 0; i < lane.arrows.size(); ++i) {
            ArrowItem *arrow = lane.arrows[i];
            // A reverse arrow's normal points the other way.
            const bool forward = arrow->pair().source < arrow->pair().destination;
            const qreal offset = lane.offsets[i] + shift;
            arrow->setBend(forward ? offset : -offset);
        }
    }

    /// Bends arrows that would pass behind another host's card around it, as
    /// little as needed; arrows between the same two hosts bend together.
    void routeAroundHosts()
    {
        std::vector<QRectF> cards;
        cards.reserve(hosts.size());
        for (const auto &[id, item] : hosts)
            cards.push_back(item->sceneCardRect());
        static const qreal shifts[] = {0, 30, -30, 60, -60, 90, -90, 125, -125, 160, -160};
        for (const QString &id : std::as_const(movedHosts)) {
            if (const auto it = hosts.find(id); it != hosts.end())
                movedAreas.push_back(it->second->sceneCardRect()); // where they are now
        }
        for (Lane &lane : lanes) {
            const ArrowItem *first = lane.arrows.front();
            const auto a = hosts.find(first->pair().source);
            const auto b = hosts.find(first->pair().destination);
            if (a == hosts.end() || b == hosts.end())
                continue;
            const QRectF from = a->second->sceneCardRect();
            const QRectF to = b->second->sceneCardRect();
            // A move re-routes the moved hosts' arrows and arrows near where they
            // were or are: a host may now block them, or no longer.
            const bool affected =
                routeAll || movedHosts.contains(a->first) || movedHosts.contains(b->first) ||
                std::any_of(lane.arrows.begin(), lane.arrows.end(), [&](ArrowItem *arrow) {
                    const QRectF bounds = arrow->sceneBoundingRect().adjusted(-80, -80, 80, 80);
                    return std::any_of(movedAreas.begin(), movedAreas.end(),
                                       [&](const QRectF &area) { return area.intersects(bounds); });
                });
            if (!affected)
                continue;
            int bestCrossings = -1;
            qreal bestShift = 0;
            for (qreal shift : shifts) {
                setLaneShift(lane, shift);
                int crossings = 0;
                for (ArrowItem *arrow : lane.arrows) {
                    updateArrow(arrow);
                    crossings += arrow->crosses(cards, from, to);
                }
                if (bestCrossings < 0 || crossings < bestCrossings) {
                    bestCrossings = crossings;
                    bestShift = shift;
                }
                if (crossings == 0)
                    break;
            }
            lane.shift = bestShift;
            setLaneShift(lane, bestShift);
            for (ArrowItem *arrow : lane.arrows)
                updateArrow(arrow);
        }
    }

    void updateArrow(ArrowItem *arrow)
    {
        const auto to = hosts.find(arrow->pair().destination);
        if (to == hosts.end())
            return;
        const QRectF toRect = to->second->sceneCardRect();
        if (AnyMarkerItem *marker = arrow->marker()) {
            marker->setPos(to->second->pos() + marker->offset());
            arrow->setEnds(marker->sceneRect(), marker->pos(), toRect, toRect.center());
        } else {
            const auto from = hosts.find(arrow->pair().source);
            if (from == hosts.end())
                return;
            const QRectF fromRect = from->second->sceneCardRect();
            arrow->setEnds(fromRect, fromRect.center(), toRect, toRect.center());
        }
        arrow->placeLabel();
    }

    void updateArrowsOf(const QString &id)
    {
        const auto it = arrowsByHost.find(id);
        if (it == arrowsByHost.end())
            return;
        for (ArrowItem *arrow : it->second)
            updateArrow(arrow);
    }

    /// Puts each "Any" marker on the side of its host where fewest arrows arrive.
    void placeMarkers()
    {
        QHash<QString, int> stacked;
        for (ArrowItem *arrow : arrows) {
            AnyMarkerItem *marker = arrow->marker();
            if (!marker)
                continue;
            const QString &id = arrow->pair().destination;
            const auto host = hosts.find(id);
            if (host == hosts.end())
                continue;
            const QRectF card = host->second->sceneCardRect();
            const QPointF centre = card.center();
            const QRectF plate = marker->boundingRect();
            // Directions in order of preference: flows from `any` usually come from the left.
            static const QPointF directions[] = {{-1, 0}, {-1, -1}, {-1, 1}, {0, -1},
                                                 {0, 1},  {1, 0},   {1, -1}, {1, 1}};
            qreal bestScore = 0;
            QPointF best;
            bool first = true;
            for (const QPointF &dir : directions) {
                const QPointF offset(dir.x() * (card.width() / 2 + plate.width() / 2 + 48),
                                     dir.y() * (card.height() / 2 + plate.height() / 2 + 34));
                const QPointF position = centre + offset;
                const QRectF rect = plate.translated(position).adjusted(-8, -8, 8, 8);
                qreal score = 0;
                for (const auto &[otherId, other] : hosts) {
                    if (other->sceneCardRect().intersects(rect))
                        score += 100;
                }
                const QPointF unit = dir / std::hypot(dir.x(), dir.y());
                for (ArrowItem *other : arrowsByHost[id]) {
                    if (other == arrow || other->isFromAny())
                        continue;
                    const QString &end = other->pair().source == id ? other->pair().destination
                                                                    : other->pair().source;
                    const auto otherHost = hosts.find(end);
                    if (otherHost == hosts.end())
                        continue;
                    QPointF v = otherHost->second->sceneCardRect().center() - centre;
                    const qreal len = std::hypot(v.x(), v.y());
                    if (len < 1)
                        continue;
                    v /= len;
                    const qreal cosine = v.x() * unit.x() + v.y() * unit.y();
                    score += std::max(0.0, cosine - 0.3) * 10;
                }
                if (first || score < bestScore - 1e-9) {
                    best = offset;
                    bestScore = score;
                    first = false;
                }
            }
            // Several `any` families into one host: stack their markers.
            const int index = stacked[id]++;
            best.ry() += index * (plate.height() + 10);
            marker->setOffset(best + centre - host->second->pos());
        }
    }

    /// Slides each label along its arrow to where it covers no host, marker
    /// or earlier label; the shortest arrows choose first.
    void placeLabels()
    {
        RectGrid obstacles;
        for (const auto &[id, item] : hosts)
            obstacles.add(item->sceneCardRect().adjusted(-2, -2, 2, 2));
        for (ArrowItem *arrow : arrows) {
            if (arrow->marker())
                obstacles.add(arrow->marker()->sceneRect().adjusted(-2, -2, 2, 2));
        }
        const int fixedObstacles = obstacles.size();
        std::vector<ArrowItem *> order(arrows);
        auto length = [](ArrowItem *a) {
            const QPointF d = a->endPoint() - a->startPoint();
            return std::hypot(d.x(), d.y());
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](ArrowItem *a, ArrowItem *b) { return length(a) < length(b); });
        static const qreal fractions[] = {0.5,  0.42, 0.58, 0.34, 0.66, 0.27, 0.73,
                                          0.2,  0.8,  0.14, 0.86, 0.38, 0.62, 0.46,
                                          0.54, 0.3,  0.7,  0.24, 0.76, 0.1,  0.9};
        const bool avoid = arrows.size() <= maxLabelAvoidance;
        for (ArrowItem *arrow : order) {
            ArrowLabelItem *label = arrow->label();
            if (!label || arrow->isEmpty())
                continue;
            const QRectF box = label->boundingRect();
            // Candidates: along the line, then (for `any`) above, below or beside the marker.
            std::vector<std::pair<qreal, std::optional<QPointF>>> candidates;
            for (qreal fraction : fractions)
                candidates.push_back({fraction, std::nullopt});
            if (AnyMarkerItem *marker = arrow->marker()) {
                const QRectF plate = marker->boundingRect();
                const qreal dy = plate.height() / 2 + box.height() / 2 + 2;
                const qreal dx = plate.width() / 2 + box.width() / 2 + 4;
                for (const QPointF &offset :
                     {QPointF(0, -dy), QPointF(0, dy), QPointF(-dx, 0), QPointF(dx, 0)})
                    candidates.push_back({0.5, offset});
            }
            auto best = candidates.front();
            if (avoid) {
                qreal bestCost = -1;
                for (const auto &candidate : candidates) {
                    const QRectF rect = box.translated(
                        arrow->labelCentre(candidate.first, candidate.second) - box.center());
                    // Covering a host is worse than touching another label.
                    const qreal cost = obstacles.overlap(rect, fixedObstacles, 1.5);
                    if (bestCost < 0 || cost < bestCost) {
                        bestCost = cost;
                        best = candidate;
                    }
                    if (cost == 0)
                        break;
                }
            }
            arrow->setLabelFraction(best.first);
            arrow->setLabelBesideMarker(best.second);
            arrow->placeLabel();
            obstacles.add(label->sceneBoundingRect().adjusted(-2, -1, 2, 1));
        }
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
        for (ArrowItem *arrow : arrows) {
            if (arrow->isEmpty())
                continue;
            rect |= arrow->sceneBoundingRect();
            if (arrow->label() && arrow->label()->isVisible())
                rect |= arrow->label()->sceneBoundingRect();
            if (arrow->marker())
                rect |= arrow->marker()->sceneBoundingRect();
        }
        for (FlowBundleItem *bundle : bundles)
            rect |= bundle->sceneBoundingRect();
        return rect;
    }

    /// Labels, markers, legend position and scene rect: after rebuilds and drags.
    void relayout()
    {
        layoutDirty = false;
        placeMarkers();
        for (ArrowItem *arrow : arrows)
            updateArrow(arrow);
        if (arrows.size() <= maxLabelAvoidance && arrows.size() * hosts.size() <= maxRoutingWork)
            routeAroundHosts();
        routeAll = false;
        movedHosts.clear();
        movedAreas.clear();
        placeLabels();
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

    QList<HostPair> selectedPairs() const
    {
        QList<HostPair> pairs;
        for (ArrowItem *arrow : arrows) {
            if (arrow->isSelected() && !pairs.contains(arrow->pair()))
                pairs << arrow->pair();
        }
        return pairs;
    }

    void updateEmphasis()
    {
        // The selection's own arrows are the foreground; the bundles recede behind them.
        for (FlowBundleItem *bundle : bundles)
            bundle->setDimmed(!exportMode && !arrows.empty());
        const QStringList hostIds = exportMode ? QStringList() : selectedHostIds();
        const QList<HostPair> pairs = exportMode || !hostIds.isEmpty() ? QList<HostPair>()
                                      : highlighted.isEmpty()          ? selectedPairs()
                                                                       : highlighted;
        const FlowDisplayPolicy::Focus focus(hostIds, pairs, exportMode);
        for (ArrowItem *arrow : arrows)
            arrow->setEmphasis(focus.emphasis(arrow->pair()));
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
    d->arrows.clear();
    d->bundles.clear();
    d->arrowsByHost.clear();
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
        if (const Host *host = d->topology->hostById(id))
            item->setContent(*host, d->roleName(host->role));
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
    return QList<ArrowItem *>(d->arrows.begin(), d->arrows.end());
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
