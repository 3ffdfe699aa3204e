#include "arrowlabelitem.h"

#include "arrowitem.h"
#include "canvasstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QHash>

#include <cmath>

namespace Portolan {

ArrowLabelItem::ArrowLabelItem(ArrowItem *arrow, const QString &text)
    : m_arrow(arrow)
    , m_text(text)
{
    // Thousands of labels share a handful of texts: each is measured once.
    static QHash<QString, QSizeF> sizes;
    auto size = sizes.constFind(text);
    if (size == sizes.constEnd()) {
        const QFontMetricsF metrics(CanvasStyle::labelFont());
        size = sizes.insert(text, QSizeF(std::ceil(metrics.horizontalAdvance(text)) + 8,
                                         std::ceil(metrics.height()) + 2));
    }
    m_rect = QRectF(QPointF(0, 0), *size);
    setFlag(ItemHasNoContents);
    setZValue(5); // above arrows, below hosts
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
}

QRectF ArrowLabelItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void ArrowLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    // ArrowLayerItem paints every label.
    Q_UNUSED(painter);
    Q_UNUSED(option);
    Q_UNUSED(widget);
}

void ArrowLabelItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (scene() && !(event->modifiers() & Qt::ControlModifier))
        scene()->clearSelection();
    m_arrow->setSelected(!(event->modifiers() & Qt::ControlModifier) || !m_arrow->isSelected());
    event->accept();
}

void ArrowLabelItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_arrow->setHovered(true);
    QGraphicsItem::hoverEnterEvent(event);
}

void ArrowLabelItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_arrow->setHovered(false);
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace Portolan
