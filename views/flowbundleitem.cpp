#include "flowbundleitem.h"

#include "canvasstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Portolan {

namespace {

QColor bundleColor()
{
    return QColor(0x3d, 0x55, 0x7a);
}

} // namespace

FlowBundleItem::FlowBundleItem(int sourceRole, int destinationRole, const QString &ports, int pairs)
    : m_sourceRole(sourceRole)
    , m_destinationRole(destinationRole)
    , m_pairs(pairs)
    , m_label(QCoreApplication::translate("Portolan::FlowBundleItem", "%1 · %n host pair(s)",
                                          nullptr, pairs)
                  .arg(ports))
    // Wider for more pairs, but never wider than a card's edge.
    , m_width(std::min(14.0, 1.5 + 1.6 * std::log10(1.0 + pairs) * 1.8))
{
    const QFontMetricsF metrics(CanvasStyle::labelFont());
    m_labelSize =
        QSizeF(std::ceil(metrics.horizontalAdvance(m_label)) + 10, std::ceil(metrics.height()) + 4);
    setZValue(-1); // below hosts and the selection's own arrows
    setToolTip(m_label);
}

void FlowBundleItem::setEnds(const QPointF &from, const QPointF &to, qreal bend)
{
    prepareGeometryChange();
    m_path = QPainterPath();
    m_head.clear();
    const QPointF d = to - from;
    const qreal length = std::hypot(d.x(), d.y());
    if (length < 1) {
        // Flows among the hosts of one role: a loop above the group's centre.
        const QRectF loop(from.x() - 40, from.y() - 110 - bend, 80, 90);
        m_path.addEllipse(loop);
        m_labelCentre = QPointF(loop.center().x(), loop.top() - m_labelSize.height() / 2 - 2);
        return;
    }
    const QPointF unit = d / length;
    const QPointF normal(-unit.y(), unit.x());
    const qreal inset = std::min(60.0, length / 4); // stop short of the group's centre
    const QPointF start = from + unit * inset;
    const QPointF tip = to - unit * inset;
    const QPointF control = (start + tip) / 2 + normal * bend * 2;
    const qreal headLength = 10 + m_width * 1.5;
    QPointF back = tip - control;
    const qreal backLength = std::hypot(back.x(), back.y());
    back = backLength > 0 ? back / backLength : unit;
    const QPointF side(-back.y(), back.x());
    const QPointF base = tip - back * headLength;
    m_path.moveTo(start);
    m_path.quadTo(control, base);
    const qreal halfHead = headLength * 0.6;
    m_head << tip << base + side * halfHead << base - side * halfHead;
    m_labelCentre = 0.25 * start + 0.5 * control + 0.25 * tip;
}

void FlowBundleItem::setDimmed(bool dimmed)
{
    if (m_dimmed == dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

QRectF FlowBundleItem::boundingRect() const
{
    const qreal pad = m_width + 14;
    QRectF label(QPointF(), m_labelSize);
    label.moveCenter(m_labelCentre);
    return (m_path.boundingRect() | m_head.boundingRect())
        .adjusted(-pad, -pad, pad, pad)
        .united(label.adjusted(-2, -2, 2, 2));
}

QPainterPath FlowBundleItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(m_width + 6);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(m_head);
    QRectF label(QPointF(), m_labelSize);
    label.moveCenter(m_labelCentre);
    shape.addRect(label);
    return shape;
}

void FlowBundleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    Q_UNUSED(widget);
    if (m_path.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color = bundleColor();
    color.setAlpha(m_dimmed ? 45 : 150);
    painter->setPen(QPen(color, m_width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_head);
    // The count stays readable further out than host names: it is the point of a bundle.
    if (m_dimmed || option->levelOfDetailFromTransform(painter->worldTransform()) < 0.12)
        return;
    QRectF label(QPointF(), m_labelSize);
    label.moveCenter(m_labelCentre);
    painter->setPen(QPen(bundleColor(), 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(label, 4, 4);
    painter->setFont(CanvasStyle::labelFont());
    painter->setPen(CanvasStyle::textColor());
    painter->drawText(label, Qt::AlignCenter, m_label);
}

} // namespace Portolan
