#include "arrowlayeritem.h"

#include "arrowitem.h"
#include "arrowlabelitem.h"
#include "canvasstyle.h"
#include "topologyscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Portolan {

namespace {

/// Below this level of detail arrows are plain one-pixel lines: hundreds are on
/// screen, and plain lines draw several times faster than antialiased dashes
/// while the colour still tells the family.
constexpr qreal coarseDetail = 0.2;
/// Below this level of detail labels are unreadable and left out (exports keep them).
constexpr qreal labelDetail = 0.45;

void paintArrow(QPainter *painter, const ArrowItem &arrow, bool interactive, bool coarse)
{
    const ArrowCurve &curve = arrow.route().curve;
    const int family = arrow.family();
    painter->setRenderHint(QPainter::Antialiasing, !coarse);
    const bool selected = arrow.isSelected();
    const bool strong =
        interactive && (arrow.emphasis() == ArrowItem::Emphasis::Strong || selected);
    const QColor color = CanvasStyle::flowColor(family);
    if (interactive && (selected || arrow.isHovered())) {
        QColor halo = color;
        halo.setAlpha(selected ? 70 : 45);
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
        painter->setPen(CanvasStyle::flowPen(family, strong ? 2.6 : 1.6));
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

/// Consecutive opaque arrows of one colour, zoomed far out: their lines are
/// stroked in one call and their heads filled in another. Where they overlap
/// they leave the same pixels as one by one (one opaque colour), but the
/// painter sets up its pen and rasteriser once instead of twice an arrow.
class OpaqueRun
{
public:
    explicit OpaqueRun(QPainter *painter)
        : m_painter(painter)
    {
        m_heads.setFillRule(Qt::WindingFill); // a pixel in any head is filled
    }
    void add(const ArrowItem &arrow)
    {
        if (m_count > 0 && arrow.family() != m_family)
            flush();
        m_family = arrow.family();
        const ArrowCurve &curve = arrow.route().curve;
        // Two segments through the curve's middle, as paintArrow() draws them.
        m_lines.moveTo(curve.start());
        m_lines.lineTo(0.25 * curve.start() + 0.5 * curve.control() + 0.25 * curve.tip());
        m_lines.lineTo(curve.tip());
        m_heads.addPolygon(curve.head());
        ++m_count;
    }
    void flush()
    {
        if (m_count == 0)
            return;
        const QColor color = CanvasStyle::flowColor(m_family);
        m_painter->setOpacity(1);
        m_painter->setRenderHint(QPainter::Antialiasing, false);
        m_painter->setPen(QPen(color, 0));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawPath(m_lines);
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(color);
        m_painter->drawPath(m_heads);
        m_lines.clear();
        m_heads.clear();
        m_heads.setFillRule(Qt::WindingFill);
        m_count = 0;
    }

private:
    QPainter *m_painter;
    QPainterPath m_lines;
    QPainterPath m_heads;
    int m_family = 0;
    int m_count = 0;
};

/// The ports on a small white plate; @p rect is the plate in the label's coordinates.
void paintLabel(QPainter *painter, const ArrowItem &arrow, const QRectF &rect, const QFont &font,
                bool interactive)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = CanvasStyle::flowColor(arrow.family());
    const bool strong =
        interactive && (arrow.emphasis() == ArrowItem::Emphasis::Strong || arrow.isSelected());
    painter->setPen(QPen(color, strong ? 1.6 : 0.9));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->setPen(color.darker(135));
    painter->setFont(font);
    painter->drawText(rect, Qt::AlignCenter, arrow.label()->text());
}

} // namespace

ArrowLayerItem::ArrowLayerItem(const std::vector<ArrowItem *> *arrows)
    : m_arrows(arrows)
{
    setFlag(ItemUsesExtendedStyleOption); // exposedRect: paint only what is exposed
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(5); // above the bundles; the labels above every arrow, below markers and hosts
}

QRectF ArrowLayerItem::paintedRect(const ArrowItem *arrow)
{
    QRectF rect = arrow->sceneBoundingRect();
    if (const ArrowLabelItem *label = arrow->label(); label && label->isVisible())
        rect |= label->sceneBoundingRect();
    return rect;
}

void ArrowLayerItem::arrowsChanged()
{
    QRectF bounds;
    for (const ArrowItem *arrow : *m_arrows)
        bounds |= paintedRect(arrow);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

void ArrowLayerItem::repaint(const ArrowItem *arrow)
{
    update(paintedRect(arrow));
}

QRectF ArrowLayerItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ArrowLayerItem::shape() const
{
    return {}; // clicks, hover and tool tips go to the arrows' and labels' own items
}

void ArrowLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    Q_UNUSED(widget);
    const auto *topologyScene = qobject_cast<TopologyScene *>(scene());
    const bool interactive = !topologyScene || !topologyScene->exportMode();
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool coarse = interactive && detail < coarseDetail;
    const QRectF exposed = option->exposedRect;
    const qreal opacity = painter->opacity();
    painter->save();
    // As the scene stacked the arrows' own items: normal and dimmed arrows
    // (z 0), then strong ones (z 1), each in the order they were made.
    OpaqueRun run(painter);
    for (const bool strongPass : {false, true}) {
        for (const ArrowItem *arrow : *m_arrows) {
            if ((arrow->zValue() > 0) != strongPass || arrow->isEmpty() ||
                !arrow->sceneBoundingRect().intersects(exposed))
                continue;
            const qreal arrowOpacity = opacity * arrow->opacity();
            const bool halo = interactive && (arrow->isSelected() || arrow->isHovered());
            if (coarse && arrowOpacity == 1 && !halo) {
                run.add(*arrow);
                continue;
            }
            run.flush();
            painter->setOpacity(arrowOpacity);
            paintArrow(painter, *arrow, interactive, coarse);
        }
    }
    run.flush();
    // Labels stack above every arrow; unreadable when zoomed far out.
    if (!interactive || detail >= labelDetail) {
        const QTransform base = painter->worldTransform();
        const QFont font = CanvasStyle::labelFont();
        for (const ArrowItem *arrow : *m_arrows) {
            const ArrowLabelItem *label = arrow->label();
            if (!label || !label->isVisible() || !label->sceneBoundingRect().intersects(exposed))
                continue;
            painter->setOpacity(opacity * label->opacity());
            painter->setWorldTransform(QTransform::fromTranslate(label->x(), label->y()) * base);
            paintLabel(painter, *arrow, label->plate(), font, interactive);
        }
    }
    painter->restore();
}

} // namespace Portolan
