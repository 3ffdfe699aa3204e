#include "legenditem.h"

#include "canvasstyle.h"
#include "canvasview.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QWidget>

#include <cmath>

namespace Portolan {

namespace {

constexpr qreal margin = 8;
constexpr qreal minimumSampleWidth = 34;
constexpr qreal platePadding = 5;
constexpr qreal rowGap = 3;

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::LegendItem", text);
}

/// The font of the word on the legend's "Any" plate.
QFont plateFont()
{
    QFont font = CanvasStyle::labelFont();
    font.setPixelSize(9);
    return font;
}

} // namespace

LegendItem::LegendItem()
    : m_title(tr("Flows"))
    , m_anyText(tr("Any source address"))
    , m_anyLabel(QCoreApplication::translate("Portolan::AnyMarkerItem", "Any"))
    , m_missingText(tr("Host without an address"))
{
    setZValue(20);
    setAcceptedMouseButtons(Qt::NoButton);
    layout();
}

void LegendItem::setFamilies(const QStringList &names)
{
    prepareGeometryChange();
    m_families = names;
    layout();
}

void LegendItem::layout()
{
    const QFontMetricsF metrics(CanvasStyle::legendFont());
    const QFontMetricsF titleMetrics(CanvasStyle::legendTitleFont());
    // Translations of "Any" are longer ("Beliebig"): the plate, and with it
    // the sample column, grows to hold the whole word.
    const qreal plateText = QFontMetricsF(plateFont()).horizontalAdvance(m_anyLabel);
    m_sampleWidth = std::max(minimumSampleWidth, std::ceil(plateText + 2 * platePadding + 4));
    qreal width = titleMetrics.horizontalAdvance(m_title);
    QStringList texts = m_families;
    texts << m_anyText << m_missingText;
    for (const QString &text : std::as_const(texts))
        width = std::max(width, m_sampleWidth + 8 + metrics.horizontalAdvance(text));
    const qreal row = std::ceil(metrics.height()) + rowGap;
    const qreal height = std::ceil(titleMetrics.height()) + 4 + row * texts.size();
    m_size = QSizeF(std::ceil(width) + 2 * margin, height + 2 * margin - rowGap);
}

void LegendItem::paintLegend(QPainter *painter, const QPointF &topLeft) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF frame(topLeft, m_size);
    painter->setPen(QPen(CanvasStyle::cardBorderColor(), 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);

    const QFontMetricsF metrics(CanvasStyle::legendFont());
    const QFontMetricsF titleMetrics(CanvasStyle::legendTitleFont());
    qreal y = frame.top() + margin;
    const qreal x = frame.left() + margin;
    painter->setPen(CanvasStyle::textColor());
    painter->setFont(CanvasStyle::legendTitleFont());
    painter->drawText(QRectF(x, y, frame.width() - 2 * margin, titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, m_title);
    y += std::ceil(titleMetrics.height()) + 4;

    const qreal rowHeight = std::ceil(metrics.height());
    const qreal sampleWidth = m_sampleWidth;
    const qreal textX = x + sampleWidth + 8;
    const qreal textWidth = frame.right() - margin - textX;
    painter->setFont(CanvasStyle::legendFont());
    auto drawText = [&](const QString &text) {
        painter->setPen(CanvasStyle::textColor());
        painter->drawText(QRectF(textX, y, textWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          text);
    };
    for (int f = 0; f < m_families.size(); ++f) {
        const qreal mid = y + rowHeight / 2;
        painter->setPen(CanvasStyle::flowPen(f, 2));
        painter->drawLine(QPointF(x, mid), QPointF(x + sampleWidth - 7, mid));
        const QColor color = CanvasStyle::flowColor(f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        const QPointF tip(x + sampleWidth, mid);
        painter->drawPolygon(QPolygonF{tip, tip + QPointF(-8, -4), tip + QPointF(-8, 4)});
        drawText(m_families[f]);
        y += rowHeight + rowGap;
    }

    // The "Any" plate, small.
    {
        const QRectF plate(x + 2, y + 1, sampleWidth - 4, rowHeight - 2);
        QPen pen(CanvasStyle::secondaryTextColor(), 1);
        pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(QColor(0xf7, 0xf8, 0xfa));
        painter->drawRoundedRect(plate, plate.height() / 2, plate.height() / 2);
        painter->setFont(plateFont());
        painter->setPen(CanvasStyle::textColor());
        painter->drawText(plate, Qt::AlignCenter, m_anyLabel);
        painter->setFont(CanvasStyle::legendFont());
        drawText(m_anyText);
        y += rowHeight + rowGap;
    }
    // The missing-address badge.
    {
        const QPointF centre(x + sampleWidth / 2, y + rowHeight / 2);
        painter->setPen(QPen(Qt::white, 1.2));
        painter->setBrush(CanvasStyle::missingAddressColor());
        painter->drawEllipse(centre, 6, 6);
        painter->setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(centre + QPointF(0, -3), centre + QPointF(0, 0.8));
        painter->drawPoint(centre + QPointF(0, 3.4));
        drawText(m_missingText);
    }
    painter->restore();
}

QRectF LegendItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size);
}

void LegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option);
    // On a CanvasView the view draws the legend in its corner instead.
    if (widget && qobject_cast<CanvasView *>(widget->parentWidget()))
        return;
    paintLegend(painter, QPointF(0, 0));
}

} // namespace Portolan
