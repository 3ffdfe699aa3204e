#include "arrowitem.h"

#include "anymarkeritem.h"
#include "arrowlabelitem.h"
#include "arrowlayeritem.h"

#include <QPainterPathStroker>

namespace Portolan {

ArrowItem::ArrowItem(const HostPair &pair, int family, const QList<int> &flows,
                     const QString &label)
    : m_flows(flows)
    , m_labelText(label)
{
    m_route.pair = pair;
    m_route.family = family;
    setFlags(ItemIsSelectable | ItemHasNoContents);
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
    if (m_layer)
        m_layer->repaint(this);
}

void ArrowItem::setHovered(bool hovered)
{
    if (m_hovered != hovered) {
        m_hovered = hovered;
        if (m_layer)
            m_layer->repaint(this);
    }
}

QVariant ArrowItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged && m_layer)
        m_layer->repaint(this);
    return QGraphicsItem::itemChange(change, value);
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
    // ArrowLayerItem paints every arrow.
    Q_UNUSED(painter);
    Q_UNUSED(option);
    Q_UNUSED(widget);
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
