#include "arrowlabelitem.h"

#include "arrowitem.h"
#include "canvasstyle.h"
#include "topologyscene.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Portolan {

ArrowLabelItem::ArrowLabelItem(ArrowItem *arrow, const QString &text)
    : m_arrow(arrow)
    , m_text(text)
{
    const QFontMetricsF metrics(CanvasStyle::labelFont());
    const qreal width = std::ceil(metrics.horizontalAdvance(text)) + 8;
    const qreal height = std::ceil(metrics.height()) + 2;
    m_rect = QRectF(0, 0, width, height);
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
    Q_UNUSED(widget);
    const auto *topologyScene = qobject_cast<TopologyScene *>(scene());
    const bool interactive = !topologyScene || !topologyScene->exportMode();
    if (interactive && option->levelOfDetailFromTransform(painter->worldTransform()) < 0.45)
        return; // unreadable at this zoom: leave the arrows uncluttered (exports keep them)
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = CanvasStyle::flowColor(m_arrow->family());
    const bool strong = interactive && (m_arrow->emphasis() == ArrowItem::Emphasis::Strong ||
                                        m_arrow->isSelected());
    painter->setPen(QPen(color, strong ? 1.6 : 0.9));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(m_rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->setPen(color.darker(135));
    painter->setFont(CanvasStyle::labelFont());
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
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
