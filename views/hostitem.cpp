#include "hostitem.h"

#include "canvasstyle.h"
#include "catalogregistry.h"
#include "layout.h"
#include "topologyscene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <cmath>
#include <map>
#include <memory>

namespace Portolan {

namespace {

constexpr qreal iconSize = 40;
constexpr qreal padding = 6;
constexpr qreal lineGap = 1;

QSvgRenderer *iconRenderer(const QString &roleId)
{
    // One renderer per role for the whole process; vector drawing stays sharp at every zoom.
    static std::map<QString, std::unique_ptr<QSvgRenderer>> renderers;
    std::unique_ptr<QSvgRenderer> &renderer = renderers[roleId];
    if (!renderer)
        renderer = std::make_unique<QSvgRenderer>(CatalogRegistry::instance().roleIcon(roleId));
    return renderer.get();
}

/// The role icon as an image, for zoomed-out views: drawing a pixmap is far
/// cheaper than rendering the SVG, and nobody sees the difference at that size.
const QImage &iconImage(const QString &roleId)
{
    static QHash<QString, QImage> images;
    QImage &image = images[roleId];
    if (image.isNull()) {
        image = QImage(64, 64, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        iconRenderer(roleId)->render(&painter, QRectF(0, 0, 64, 64));
    }
    return image;
}

} // namespace

HostItem::HostItem(const QString &hostId)
    : m_hostId(hostId)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(10);
}

void HostItem::setContent(const Host &host, const QString &roleName)
{
    prepareGeometryChange();
    m_roleId = host.role;
    m_name = host.name;
    m_missingAddress = host.addresses.isEmpty();
    m_addressLines.clear();
    const int shown = LayoutMetrics::shownAddressLines;
    for (qsizetype i = 0; i < host.addresses.size() && i < shown; ++i)
        m_addressLines.append(host.addresses[i].toString());
    if (host.addresses.size() > shown)
        m_addressLines.append(QCoreApplication::translate("Portolan::HostItem", "+%n more", nullptr,
                                                          int(host.addresses.size() - shown)));
    if (m_missingAddress)
        m_addressLines.append(QCoreApplication::translate("Portolan::HostItem", "no address"));

    // Long names and addresses are elided in the middle, keeping the start
    // and the (often numbered) end that tell hosts apart; the card keeps a
    // bounded width so that it never covers the next column.
    const QFontMetricsF nameMetrics(CanvasStyle::nameFont());
    const QFontMetricsF addressMetrics(CanvasStyle::addressFont());
    const qreal textWidth = LayoutMetrics::maxCardWidth - 2 * padding;
    m_shownName = nameMetrics.elidedText(m_name, Qt::ElideMiddle, textWidth);
    for (QString &line : m_addressLines)
        line = addressMetrics.elidedText(line, Qt::ElideMiddle, textWidth);
    qreal width = iconSize + 2 * padding;
    width = std::max(width, nameMetrics.horizontalAdvance(m_shownName) + 2 * padding);
    for (const QString &line : std::as_const(m_addressLines))
        width = std::max(width, addressMetrics.horizontalAdvance(line) + 2 * padding);
    width = std::min(std::ceil(width), qreal(LayoutMetrics::maxCardWidth));

    const qreal top = -iconSize / 2 - padding;
    const qreal nameTop = iconSize / 2 + 3;
    m_nameRect = QRectF(-width / 2, nameTop, width, nameMetrics.height());
    const qreal addressHeight =
        m_addressLines.size() * (addressMetrics.height() + lineGap) - lineGap;
    m_addressRect = QRectF(-width / 2, m_nameRect.bottom() + lineGap, width, addressHeight);
    m_card = QRectF(-width / 2, top, width, m_addressRect.bottom() + padding - top);

    QStringList tip;
    tip << QStringLiteral("<b>%1</b>").arg(host.name.toHtmlEscaped()) << roleName.toHtmlEscaped();
    if (m_missingAddress) {
        tip << QCoreApplication::translate("Portolan::HostItem",
                                           "No address yet: it gets no firewall rules.");
    } else {
        QStringList addresses;
        for (const Address &address : host.addresses)
            addresses.append(address.toString());
        tip << addresses.join(QStringLiteral(", "));
    }
    if (!host.description.isEmpty())
        tip << QStringLiteral("<i>%1</i>").arg(host.description.toHtmlEscaped());
    setToolTip(tip.join(QStringLiteral("<br>")));
    update();
}

void HostItem::setPositionFromModel(const QPointF &position)
{
    m_fromModel = true;
    setPos(position);
    m_fromModel = false;
}

void HostItem::setMovedCallback(std::function<void(HostItem *)> callback)
{
    m_moved = std::move(callback);
}

QRectF HostItem::boundingRect() const
{
    // Room for the selection outline and the missing-address badge.
    return m_card.adjusted(-3, -5, 5, 3);
}

QPainterPath HostItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_card, 6, 6);
    return path;
}

bool HostItem::exportMode() const
{
    const auto *topologyScene = qobject_cast<TopologyScene *>(scene());
    return topologyScene && topologyScene->exportMode();
}

void HostItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    const bool interactive = !exportMode();
    // Exports keep every text, however small they are rendered.
    const qreal lod =
        interactive ? option->levelOfDetailFromTransform(painter->worldTransform()) : 1.0;
    // Thousands of cards a few pixels wide: square corners and no antialiasing.
    const bool tiny = lod < 0.1;
    painter->setRenderHint(QPainter::Antialiasing, !tiny);

    // The card: white, so text stays readable over arrows passing behind.
    QColor border = CanvasStyle::cardBorderColor();
    qreal borderWidth = 1;
    QColor fill(255, 255, 255, 235);
    if (interactive && isSelected()) {
        border = CanvasStyle::selectionColor();
        borderWidth = 2;
        fill = QColor(0xe8, 0xf1, 0xfd, 240);
    } else if (interactive && m_hovered) {
        border = CanvasStyle::selectionColor().lighter(140);
    }
    painter->setPen(QPen(border, tiny ? 0 : borderWidth));
    painter->setBrush(fill);
    if (tiny)
        painter->drawRect(m_card);
    else
        painter->drawRoundedRect(m_card, 6, 6);

    const QRectF iconRect(-iconSize / 2, -iconSize / 2, iconSize, iconSize);
    if (lod < 0.25) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform, !tiny);
        painter->drawImage(iconRect, iconImage(m_roleId));
    } else {
        iconRenderer(m_roleId)->render(painter, iconRect);
    }

    if (m_missingAddress) {
        // A red badge on the icon's corner: visible even where text is skipped.
        const QPointF centre(iconRect.right() - 1, iconRect.top() + 1);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(CanvasStyle::missingAddressColor());
        painter->drawEllipse(centre, 7, 7);
        painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(centre + QPointF(0, -3.5), centre + QPointF(0, 1));
        painter->drawPoint(centre + QPointF(0, 4));
    }

    if (lod < 0.3)
        return; // too small to read: icon and card only
    painter->setPen(CanvasStyle::textColor());
    painter->setFont(CanvasStyle::nameFont());
    painter->drawText(m_nameRect, Qt::AlignHCenter | Qt::AlignTop, m_shownName);
    if (!interactive && m_shownName != m_name) {
        // Exports have no tooltips: an elided name is also written in full,
        // invisibly, so that it can still be searched for in an SVG or PDF.
        painter->save();
        painter->setPen(Qt::transparent);
        const qreal ascent = QFontMetricsF(CanvasStyle::nameFont()).ascent();
        painter->drawText(m_nameRect.topLeft() + QPointF(padding, ascent), m_name);
        painter->restore();
    }
    if (lod < 0.55)
        return;
    painter->setFont(CanvasStyle::addressFont());
    painter->setPen(m_missingAddress ? CanvasStyle::missingAddressColor()
                                     : CanvasStyle::secondaryTextColor());
    const QFontMetricsF metrics(CanvasStyle::addressFont());
    qreal y = m_addressRect.top();
    for (const QString &line : std::as_const(m_addressLines)) {
        painter->drawText(QRectF(m_addressRect.left(), y, m_addressRect.width(), metrics.height()),
                          Qt::AlignHCenter | Qt::AlignTop, line);
        y += metrics.height() + lineGap;
    }
}

QVariant HostItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange)
        m_previousPos = pos();
    if (change == ItemPositionChange && !m_fromModel) {
        const auto *topologyScene = qobject_cast<TopologyScene *>(scene());
        if (topologyScene && topologyScene->snapToGrid()) {
            const QPointF p = value.toPointF();
            const qreal g = CanvasStyle::gridSize;
            return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
        }
    } else if (change == ItemPositionHasChanged && m_moved) {
        m_moved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

void HostItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void HostItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace Portolan
