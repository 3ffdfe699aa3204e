#include "arrowrouter.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Portolan {

namespace {

constexpr qreal headLength = 10;
constexpr qreal headHalfWidth = 4.5;
constexpr qreal gap = 2; // between the arrowhead and the card it points at

struct Quad
{
    QPointF p0, c, p2;
    QPointF at(qreal t) const
    {
        const qreal u = 1 - t;
        return u * u * p0 + 2 * u * t * c + t * t * p2;
    }
    QPointF derivative(qreal t) const { return 2 * ((1 - t) * (c - p0) + t * (p2 - c)); }
};

qreal length(const QPointF &v)
{
    return std::hypot(v.x(), v.y());
}

/// QRectF::contains(QPointF) for a rectangle of positive size, inline: a drag
/// frame tests a few hundred thousand points.
struct Box
{
    explicit Box(const QRectF &r)
        : left(r.left())
        , right(r.right())
        , top(r.top())
        , bottom(r.bottom())
    {}
    bool contains(const QPointF &p) const
    {
        return !(p.x() < left || p.x() > right || p.y() < top || p.y() > bottom);
    }
    qreal left, right, top, bottom;
};

/// The parameter where the curve crosses the border of @p rect, searching
/// from @p inside (in the rect) towards @p outside (not in it).
qreal crossing(const Quad &q, const QRectF &rect, qreal inside, qreal outside)
{
    const Box box(rect);
    for (int i = 0; i < 24; ++i) {
        const qreal mid = (inside + outside) / 2;
        (box.contains(q.at(mid)) ? inside : outside) = mid;
    }
    return outside;
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

/// The marker's bounding rectangle: its plate and a pixel around it.
QRectF markerBounds(const RoutedArrow &arrow)
{
    return arrow.markerPlate.adjusted(-1, -1, 1, 1);
}

} // namespace

// --- ArrowCurve --------------------------------------------------------------

void ArrowCurve::setEnds(const QRectF &from, const QPointF &fromCentre, const QRectF &to,
                         const QPointF &toCentre, qreal bend)
{
    m_path.clear(); // keeps the allocations: a drag lays out thousands of arrows a frame
    m_head.clear();
    const QPointF d = toCentre - fromCentre;
    const qreal len = length(d);
    Quad q{fromCentre, (fromCentre + toCentre) / 2, toCentre};
    if (len > 1) {
        const QPointF normal(-d.y() / len, d.x() / len);
        // A quadratic curve's middle is half-way to its control point.
        q.c += normal * (2 * bend);
    }
    const QRectF fromRect = from.adjusted(-1, -1, 1, 1);
    const QRectF toRect = to.adjusted(-gap, -gap, gap, gap);
    if (len <= 1 || toRect.contains(q.at(0)) || fromRect.contains(q.at(1)) ||
        fromRect.intersects(toRect)) {
        m_start = m_tip = fromCentre;
        return; // overlapping cards: nothing sensible to draw
    }
    const qreal t0 = crossing(q, fromRect, 0, 1);
    const qreal t1 = crossing(q, toRect, 1, t0);
    if (t1 <= t0) {
        m_start = m_tip = fromCentre;
        return;
    }
    // The piece of the curve between the two cards, as a quadratic of its own.
    Quad piece{q.at(t0), q.at(t0) + (t1 - t0) / 2 * q.derivative(t0), q.at(t1)};
    QPointF tangent = piece.p2 - piece.c;
    if (length(tangent) < 1e-6)
        tangent = piece.p2 - piece.p0;
    tangent /= std::max(length(tangent), 1e-6);
    const QPointF side(-tangent.y(), tangent.x());
    m_start = piece.p0;
    m_tip = piece.p2;
    m_control = piece.c;
    const QPointF base = m_tip - tangent * headLength;
    m_head << m_tip << base + side * headHalfWidth << base - side * headHalfWidth;
    m_path.moveTo(piece.p0);
    m_path.quadTo(piece.c, base + tangent * 0.5); // overlap the head a little: no seam
}

QPointF ArrowCurve::pointAt(qreal fraction) const
{
    if (m_path.isEmpty())
        return m_start;
    return Quad{m_start, m_control, m_tip}.at(std::clamp(fraction, 0.0, 1.0));
}

bool ArrowCurve::crosses(const std::vector<QRectF> &cards, const QRectF &from,
                         const QRectF &to) const
{
    if (m_path.isEmpty())
        return false;
    const QRectF bounds = m_path.controlPointRect().adjusted(-4, -4, 4, 4);
    const Quad curve{m_start, m_control, m_tip};
    for (const QRectF &card : cards) {
        if (!card.intersects(bounds) || card == from || card == to)
            continue;
        const QRectF inflated = card.adjusted(-4, -4, 4, 4);
        for (int i = 1; i < 32; ++i) {
            if (inflated.contains(curve.at(i / 32.0)))
                return true;
        }
    }
    return false;
}

QRectF ArrowCurve::boundingRect() const
{
    if (m_path.isEmpty())
        return {};
    return m_path.controlPointRect().united(m_head.boundingRect()).adjusted(-6, -6, 6, 6);
}

// --- RoutedArrow -------------------------------------------------------------

QPointF RoutedArrow::labelCentre(qreal fraction, const std::optional<QPointF> &besideMarker) const
{
    if (besideMarker && isFromAny())
        return markerPos + *besideMarker;
    return curve.pointAt(fraction);
}

QPointF RoutedArrow::labelPos() const
{
    return labelCentre(labelFraction, labelBesideMarker) - labelBounds.center();
}

// --- ArrowRouter -------------------------------------------------------------

void ArrowRouter::addCard(const QString &hostId, const Card &card)
{
    const auto [it, added] = m_cards.try_emplace(hostId, card);
    if (added)
        ++m_cardGeneration; // arrows that found no card for this host look again
    else
        it->second = card;
}

void ArrowRouter::moveCard(const QString &hostId, const Card &card)
{
    const auto it = m_cards.find(hostId);
    if (it == m_cards.end()) {
        addCard(hostId, card);
        return;
    }
    // Records where the card was before its first change since the last layout.
    if (!m_movedHosts.contains(hostId)) {
        m_movedHosts.insert(hostId);
        m_movedAreas.push_back(it->second.rect);
    }
    it->second = card;
}

void ArrowRouter::removeCard(const QString &hostId)
{
    if (m_cards.erase(hostId))
        ++m_cardGeneration;
}

std::pair<const ArrowRouter::Card *, const ArrowRouter::Card *>
ArrowRouter::cardsOf(RoutedArrow &arrow) const
{
    RoutedArrow::CardCache &cache = arrow.cards;
    if (cache.generation != m_cardGeneration) {
        const auto from = m_cards.find(arrow.pair.source);
        const auto to = m_cards.find(arrow.pair.destination);
        cache.from = from == m_cards.end() ? nullptr : &from->second;
        cache.to = to == m_cards.end() ? nullptr : &to->second;
        cache.generation = m_cardGeneration;
    }
    return {cache.from, cache.to};
}

const ArrowRouter::Card *ArrowRouter::card(const QString &hostId) const
{
    const auto it = m_cards.find(hostId);
    return it == m_cards.end() ? nullptr : &it->second;
}

void ArrowRouter::setArrows(std::vector<RoutedArrow *> arrows)
{
    m_arrows = std::move(arrows);
    m_lanes.clear();
    assignLanes();
    m_routeAll = true;
}

void ArrowRouter::removeArrows(const QSet<const RoutedArrow *> &arrows)
{
    auto doomed = [&](const RoutedArrow *arrow) {
        return arrows.contains(arrow);
    };
    m_arrows.erase(std::remove_if(m_arrows.begin(), m_arrows.end(), doomed), m_arrows.end());
    m_lanes.erase(std::remove_if(m_lanes.begin(), m_lanes.end(),
                                 [&](const Lane &lane) { return doomed(lane.arrows.front()); }),
                  m_lanes.end());
}

void ArrowRouter::follow(RoutedArrow &arrow) const
{
    const auto [from, to] = cardsOf(arrow);
    if (!to)
        return;
    const QRectF toRect = to->rect;
    if (arrow.isFromAny()) {
        arrow.markerPos = to->position + arrow.markerOffset;
        arrow.curve.setEnds(arrow.sceneMarkerPlate(), arrow.markerPos, toRect, toRect.center(),
                            arrow.bend);
    } else {
        if (!from)
            return;
        const QRectF fromRect = from->rect;
        arrow.curve.setEnds(fromRect, fromRect.center(), toRect, toRect.center(), arrow.bend);
    }
}

void ArrowRouter::relayout()
{
    placeMarkers();
    for (RoutedArrow *arrow : m_arrows)
        follow(*arrow);
    if (m_arrows.size() <= maxLabelAvoidance && m_arrows.size() * m_cards.size() <= maxRoutingWork)
        routeAroundHosts();
    m_routeAll = false;
    m_movedHosts.clear();
    m_movedAreas.clear();
    placeLabels();
}

/// Arrows between the same two hosts (either way, any family) fan out
/// sideways, so both directions of 5061 show their heads and labels.
void ArrowRouter::assignLanes()
{
    QHash<QString, std::vector<RoutedArrow *>> groups;
    for (RoutedArrow *arrow : m_arrows) {
        if (arrow->isFromAny())
            continue;
        const QString &a = arrow->pair.source;
        const QString &b = arrow->pair.destination;
        groups[a < b ? a + u'\n' + b : b + u'\n' + a].push_back(arrow);
    }
    for (auto &group : groups) {
        std::sort(group.begin(), group.end(), [](RoutedArrow *x, RoutedArrow *y) {
            const bool xForward = x->pair.source < x->pair.destination;
            const bool yForward = y->pair.source < y->pair.destination;
            if (xForward != yForward)
                return xForward;
            return x->family < y->family;
        });
        Lane lane;
        const qreal n = qreal(group.size());
        for (size_t i = 0; i < group.size(); ++i) {
            lane.arrows.push_back(group[i]);
            lane.offsets.push_back((qreal(i) - (n - 1) / 2) * laneGap);
        }
        setLaneShift(lane, 0);
        m_lanes.push_back(std::move(lane));
    }
}

void ArrowRouter::setLaneShift(const Lane &lane, qreal shift)
{
    for (size_t i = 0; i < lane.arrows.size(); ++i) {
        RoutedArrow *arrow = lane.arrows[i];
        // A reverse arrow's normal points the other way.
        const bool forward = arrow->pair.source < arrow->pair.destination;
        const qreal offset = lane.offsets[i] + shift;
        arrow->bend = forward ? offset : -offset;
    }
}

/// Bends arrows that would pass behind another host's card around it, as
/// little as needed; arrows between the same two hosts bend together.
void ArrowRouter::routeAroundHosts()
{
    std::vector<QRectF> cards;
    cards.reserve(m_cards.size());
    for (const auto &[id, card] : m_cards)
        cards.push_back(card.rect);
    static const qreal shifts[] = {0, 30, -30, 60, -60, 90, -90, 125, -125, 160, -160};
    for (const QString &id : std::as_const(m_movedHosts)) {
        if (const auto it = m_cards.find(id); it != m_cards.end())
            m_movedAreas.push_back(it->second.rect); // where they are now
    }
    for (Lane &lane : m_lanes) {
        const RoutedArrow *first = lane.arrows.front();
        const auto a = m_cards.find(first->pair.source);
        const auto b = m_cards.find(first->pair.destination);
        if (a == m_cards.end() || b == m_cards.end())
            continue;
        const QRectF from = a->second.rect;
        const QRectF to = b->second.rect;
        // A move re-routes the moved hosts' arrows and arrows near where they
        // were or are: a host may now block them, or no longer.
        const bool affected =
            m_routeAll || m_movedHosts.contains(a->first) || m_movedHosts.contains(b->first) ||
            std::any_of(lane.arrows.begin(), lane.arrows.end(), [&](const RoutedArrow *arrow) {
                const QRectF bounds = arrow->curve.boundingRect().adjusted(-80, -80, 80, 80);
                return std::any_of(m_movedAreas.begin(), m_movedAreas.end(),
                                   [&](const QRectF &area) { return area.intersects(bounds); });
            });
        if (!affected)
            continue;
        int bestCrossings = -1;
        qreal bestShift = 0;
        for (qreal shift : shifts) {
            setLaneShift(lane, shift);
            int crossings = 0;
            for (RoutedArrow *arrow : lane.arrows) {
                follow(*arrow);
                crossings += arrow->curve.crosses(cards, from, to);
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
        for (RoutedArrow *arrow : lane.arrows)
            follow(*arrow);
    }
}

/// Puts each "Any" marker on the side of its host where fewest arrows arrive.
void ArrowRouter::placeMarkers()
{
    // The arrows at each host that receives flows from `any`, in arrow order.
    std::unordered_map<QString, std::vector<const RoutedArrow *>> arrowsAt;
    for (const RoutedArrow *arrow : m_arrows) {
        if (arrow->isFromAny())
            arrowsAt[arrow->pair.destination];
    }
    if (arrowsAt.empty())
        return;
    for (const RoutedArrow *arrow : m_arrows) {
        for (const QString *end : {&arrow->pair.source, &arrow->pair.destination}) {
            if (end->isEmpty())
                continue;
            if (const auto it = arrowsAt.find(*end); it != arrowsAt.end())
                it->second.push_back(arrow);
        }
    }
    QHash<QString, int> stacked;
    for (RoutedArrow *arrow : m_arrows) {
        if (!arrow->isFromAny())
            continue;
        const QString &id = arrow->pair.destination;
        const auto host = m_cards.find(id);
        if (host == m_cards.end())
            continue;
        const QRectF card = host->second.rect;
        const QPointF centre = card.center();
        const QRectF plate = markerBounds(*arrow);
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
            for (const auto &[otherId, other] : m_cards) {
                if (other.rect.intersects(rect))
                    score += 100;
            }
            const QPointF unit = dir / std::hypot(dir.x(), dir.y());
            for (const RoutedArrow *other : arrowsAt[id]) {
                if (other == arrow || other->isFromAny())
                    continue;
                const QString &end =
                    other->pair.source == id ? other->pair.destination : other->pair.source;
                const auto otherHost = m_cards.find(end);
                if (otherHost == m_cards.end())
                    continue;
                QPointF v = otherHost->second.rect.center() - centre;
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
        arrow->markerOffset = best + centre - host->second.position;
    }
}

/// Slides each label along its arrow to where it covers no host, marker or
/// earlier label; the shortest arrows choose first.
void ArrowRouter::placeLabels()
{
    RectGrid obstacles;
    for (const auto &[id, card] : m_cards)
        obstacles.add(card.rect.adjusted(-2, -2, 2, 2));
    for (const RoutedArrow *arrow : m_arrows) {
        if (arrow->isFromAny())
            obstacles.add(arrow->sceneMarkerPlate().adjusted(-2, -2, 2, 2));
    }
    const int fixedObstacles = obstacles.size();
    std::vector<RoutedArrow *> order(m_arrows);
    auto length = [](const RoutedArrow *a) {
        const QPointF d = a->curve.tip() - a->curve.start();
        return std::hypot(d.x(), d.y());
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](RoutedArrow *a, RoutedArrow *b) { return length(a) < length(b); });
    static const qreal fractions[] = {0.5,  0.42, 0.58, 0.34, 0.66, 0.27, 0.73,
                                      0.2,  0.8,  0.14, 0.86, 0.38, 0.62, 0.46,
                                      0.54, 0.3,  0.7,  0.24, 0.76, 0.1,  0.9};
    const bool avoid = m_arrows.size() <= maxLabelAvoidance;
    for (RoutedArrow *arrow : order) {
        if (arrow->labelBounds.isEmpty() || arrow->curve.isEmpty())
            continue;
        const QRectF box = arrow->labelBounds;
        // Candidates: along the line, then (for `any`) above, below or beside the marker.
        std::vector<std::pair<qreal, std::optional<QPointF>>> candidates;
        for (qreal fraction : fractions)
            candidates.push_back({fraction, std::nullopt});
        if (arrow->isFromAny()) {
            const QRectF plate = markerBounds(*arrow);
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
        arrow->labelFraction = best.first;
        arrow->labelBesideMarker = best.second;
        obstacles.add(box.translated(arrow->labelPos()).adjusted(-2, -1, 2, 1));
    }
}

} // namespace Portolan
