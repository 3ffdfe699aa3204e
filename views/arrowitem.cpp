#include "arrowitem.h"

#include "anymarkeritem.h"
#include "arrowlabelitem.h"
#include "canvasstyle.h"
#include "topologyscene.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace Portolan {

ArrowItem::ArrowItem(const HostPair &pair, int family, const QList<int> &flows,
                     const QString &label)
    : m_flows(flows)
    , m_labelText(label)
{
    m_route.pair = pair;
    m_route.family = family;
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(0);
}

ArrowItem::~ArrowItem() = default;

void ArrowItem::setLabel(ArrowLabelItem *label)
{
    m_label = label;
    m_route.labelBounds = label ? label->boundingRect() : QRectF();
}

void ArrowItem::setMarker(AnyMarkerItem *marker)
{
    m_marker = marker;
    m_route.markerPlate = marker ? marker->plate() : QRectF();
}

void ArrowItem::syncGeometry()
{
    prepareGeometryChange();
    m_bounds = m_route.curve.boundingRect();
    if (m_marker)
        m_marker->setPos(m_route.markerPos);
    if (m_label) {
        m_label->setVisible(!m_route.curve.isEmpty());
        m_label->setPos(m_route.labelPos());
    }
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
    return m_bounds;
}

QPainterPath ArrowItem::shape() const
{
    const ArrowCurve &curve = m_route.curve;
    if (curve.isEmpty())
        return {};
    QPainterPathStroker stroker;
    stroker.setWidth(9);
    QPainterPath shape = stroker.createStroke(curve.path());
    shape.addPolygon(curve.head());
    return shape;
}

void ArrowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    const ArrowCurve &curve = m_route.curve;
    if (curve.isEmpty())
        return;
    const bool interactive = !exportMode();
    // Zoomed far out, hundreds of arrows are on screen: plain lines draw several
    // times faster than antialiased dashes, and the colour still tells the family.
    const bool coarse =
        interactive && option->levelOfDetailFromTransform(painter->worldTransform()) < 0.2;
    painter->setRenderHint(QPainter::Antialiasing, !coarse);
    const bool strong = interactive && (m_emphasis == Emphasis::Strong || isSelected());
    const QColor color = CanvasStyle::flowColor(m_route.family);
    if (interactive && (isSelected() || m_hovered)) {
        QColor halo = color;
        halo.setAlpha(isSelected() ? 70 : 45);
        painter->setPen(QPen(halo, 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(curve.path());
    }
    if (coarse) {
        // One pixel at any zoom, and two segments through the curve's middle:
        // bends are a few pixels at this zoom, stroking curves is not worth it.
        painter->setPen(QPen(color, 0));
        const QPointF points[] = {curve.start(),
                                  0.25 * curve.start() + 0.5 * curve.control() + 0.25 * curve.tip(),
                                  curve.tip()};
        painter->drawPolyline(points, 3);
    } else {
        painter->setPen(CanvasStyle::flowPen(m_route.family, strong ? 2.6 : 1.6));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(curve.path());
    }
    if (coarse)
        painter->setPen(Qt::NoPen);
    else
        painter->setPen(QPen(color, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(color);
    painter->drawPolygon(curve.head());
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
