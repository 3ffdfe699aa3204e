#include "arrowitem.h"

#include "anymarkeritem.h"
#include "arrowlabelitem.h"
#include "canvasstyle.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

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

/// The parameter where the curve crosses the border of @p rect, searching
/// from @p inside (in the rect) towards @p outside (not in it).
qreal crossing(const Quad &q, const QRectF &rect, qreal inside, qreal outside)
{
    for (int i = 0; i < 24; ++i) {
        const qreal mid = (inside + outside) / 2;
        (rect.contains(q.at(mid)) ? inside : outside) = mid;
    }
    return outside;
}

} // namespace

ArrowItem::ArrowItem(const HostPair &pair, int family, const QList<int> &flows,
                     const QString &label)
    : m_pair(pair)
    , m_family(family)
    , m_flows(flows)
    , m_labelText(label)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(0);
}

ArrowItem::~ArrowItem() = default;

void ArrowItem::setEnds(const QRectF &from, const QPointF &fromCentre, const QRectF &to,
                        const QPointF &toCentre)
{
    prepareGeometryChange();
    m_path = QPainterPath();
    m_head.clear();
    const QPointF d = toCentre - fromCentre;
    const qreal len = length(d);
    Quad q{fromCentre, (fromCentre + toCentre) / 2, toCentre};
    if (len > 1) {
        const QPointF normal(-d.y() / len, d.x() / len);
        // A quadratic curve's middle is half-way to its control point.
        q.c += normal * (2 * m_bend);
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

QPointF ArrowItem::pointAt(qreal fraction) const
{
    if (m_path.isEmpty())
        return m_start;
    return Quad{m_start, m_control, m_tip}.at(std::clamp(fraction, 0.0, 1.0));
}

QPointF ArrowItem::labelCentre(qreal fraction, const std::optional<QPointF> &besideMarker) const
{
    if (besideMarker && m_marker)
        return m_marker->pos() + *besideMarker;
    return pointAt(fraction);
}

void ArrowItem::placeLabel()
{
    if (!m_label)
        return;
    m_label->setVisible(!m_path.isEmpty());
    const QRectF r = m_label->boundingRect();
    m_label->setPos(labelCentre(m_labelFraction, m_besideMarker) - r.center());
}

bool ArrowItem::crosses(const std::vector<QRectF> &cards, const QRectF &from,
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

void ArrowItem::setEmphasis(Emphasis emphasis)
{
    if (m_emphasis == emphasis)
        return;
    m_emphasis = emphasis;
    const qreal opacity = emphasis == Emphasis::Dimmed ? 0.22 : 1.0;
    setOpacity(opacity);
    if (m_label)
        m_label->setOpacity(opacity);
    if (m_marker)
        m_marker->setOpacity(opacity);
    setZValue(emphasis == Emphasis::Strong ? 1 : 0);
    update();
}

void ArrowItem::setHovered(bool hovered)
{
    if (m_hovered != hovered) {
        m_hovered = hovered;
        update();
    }
}

bool ArrowItem::exportMode() const
{
    const auto *topologyScene = qobject_cast<TopologyScene *>(scene());
    return topologyScene && topologyScene->exportMode();
}

QRectF ArrowItem::boundingRect() const
{
    if (m_path.isEmpty())
        return {};
    return m_path.controlPointRect().united(m_head.boundingRect()).adjusted(-6, -6, 6, 6);
}

QPainterPath ArrowItem::shape() const
{
    if (m_path.isEmpty())
        return {};
    QPainterPathStroker stroker;
    stroker.setWidth(9);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(m_head);
    return shape;
}

void ArrowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    if (m_path.isEmpty())
        return;
    const bool interactive = !exportMode();
    // Zoomed far out, hundreds of arrows are on screen: plain lines draw several
    // times faster than antialiased dashes, and the colour still tells the family.
    const bool coarse =
        interactive && option->levelOfDetailFromTransform(painter->worldTransform()) < 0.2;
    painter->setRenderHint(QPainter::Antialiasing, !coarse);
    const bool strong = interactive && (m_emphasis == Emphasis::Strong || isSelected());
    const QColor color = CanvasStyle::flowColor(m_family);
    if (interactive && (isSelected() || m_hovered)) {
        QColor halo = color;
        halo.setAlpha(isSelected() ? 70 : 45);
        painter->setPen(QPen(halo, 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    if (coarse) {
        // One pixel at any zoom, and two segments through the curve's middle:
        // bends are a few pixels at this zoom, stroking curves is not worth it.
        painter->setPen(QPen(color, 0));
        const QPointF points[] = {m_start, 0.25 * m_start + 0.5 * m_control + 0.25 * m_tip, m_tip};
        painter->drawPolyline(points, 3);
    } else {
        painter->setPen(CanvasStyle::flowPen(m_family, strong ? 2.6 : 1.6));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    if (coarse)
        painter->setPen(Qt::NoPen);
    else
        painter->setPen(QPen(color, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(color);
    painter->drawPolygon(m_head);
}

void ArrowItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    setHovered(true);
    QGraphicsItem::hoverEnterEvent(event);
}

void ArrowItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    setHovered(false);
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace Portolan
