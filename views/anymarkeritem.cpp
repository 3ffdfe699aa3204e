#include "anymarkeritem.h"

#include "canvasstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace Portolan {

AnyMarkerItem::AnyMarkerItem(int family)
    : m_family(family)
    , m_text(QCoreApplication::translate("Portolan::AnyMarkerItem", "Any"))
{
    QFont font = CanvasStyle::nameFont();
    const QFontMetricsF metrics(font);
    const qreal width = std::max(40.0, std::ceil(metrics.horizontalAdvance(m_text)) + 16);
    const qreal height = std::ceil(metrics.height()) + 6;
    m_rect = QRectF(-width / 2, -height / 2, width, height);
    setZValue(6);
    setToolTip(QCoreApplication::translate(
        "Portolan::AnyMarkerItem",
        "Any source address: these flows are allowed from every address (source \"any\")."));
}

QRectF AnyMarkerItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void AnyMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = CanvasStyle::flowColor(m_family);
    QPen pen(color, 1.4);
    pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(QColor(0xf7, 0xf8, 0xfa));
    painter->drawRoundedRect(m_rect, m_rect.height() / 2, m_rect.height() / 2);
    painter->setPen(CanvasStyle::textColor());
    painter->setFont(CanvasStyle::nameFont());
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
}

} // namespace Portolan
