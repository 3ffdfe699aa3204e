#pragma once

#include "arrowrouter.h"
#include "flowdisplaypolicy.h"

#include <QGraphicsItem>

#include <optional>
#include <vector>

namespace Portolan {

class AnyMarkerItem;
class ArrowLabelItem;
class ArrowLayerItem;

/// One arrow: every flow of one family from one host (or `any`) to another.
///
/// Its geometry is its route(), which the scene's ArrowRouter lays out from
/// the two host cards; it never works out flows itself. The label and, for
/// flows from `any`, the marker are separate items that the scene keeps
/// alongside (labels stack above every arrow; markers follow the destination
/// host).
///
/// The item takes clicks, rubber-band selection, hover and its tool tip;
/// ArrowLayerItem paints it (with every other arrow), so it has no contents
/// of its own and tells the layer when its look changes.
class ArrowItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    using Emphasis = ArrowEmphasis;

    ArrowItem(const HostPair &pair, int family, const QList<int> &flows, const QString &label);
    ~ArrowItem() override;

    int type() const override { return Type; }
    const HostPair &pair() const { return m_route.pair; }
    bool isFromAny() const { return m_route.isFromAny(); }
    int family() const { return m_route.family; }
    /// Indices into Catalog::flows().
    const QList<int> &flows() const { return m_flows; }
    const QString &labelText() const { return m_labelText; }

    ArrowLabelItem *label() const { return m_label; }
    void setLabel(ArrowLabelItem *label);
    AnyMarkerItem *marker() const { return m_marker; }
    void setMarker(AnyMarkerItem *marker);

    /// The arrow's geometry, label and marker places, as the router decides them.
    RoutedArrow &route() { return m_route; }
    const RoutedArrow &route() const { return m_route; }
    /// Takes on the route's new geometry, and moves the label and the marker
    /// to their places: call after the router changed the route.
    void syncGeometry();

    /// Sideways offset of the curve's middle (0: straight), so that arrows
    /// between the same two hosts do not cover each other.
    qreal bend() const { return m_route.bend; }
    /// Where the line starts and where the arrowhead's tip is (scene coordinates).
    QPointF startPoint() const { return m_route.curve.start(); }
    QPointF endPoint() const { return m_route.curve.tip(); }
    bool isEmpty() const { return m_route.curve.isEmpty(); }
    /// The point at parameter @p fraction (0..1) of the arrow's curve.
    QPointF pointAt(qreal fraction) const { return m_route.curve.pointAt(fraction); }
    /// True if the line passes through one of @p cards (other than its own ends').
    bool crosses(const std::vector<QRectF> &cards, const QRectF &from, const QRectF &to) const
    {
        return m_route.curve.crosses(cards, from, to);
    }

    /// The item that paints this arrow and its label.
    void setLayer(ArrowLayerItem *layer) { m_layer = layer; }

    Emphasis emphasis() const { return m_emphasis; }
    void setEmphasis(Emphasis emphasis);
    bool isHovered() const { return m_hovered; }
    void setHovered(bool hovered);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    RoutedArrow m_route;
    QList<int> m_flows;
    QString m_labelText;
    ArrowLabelItem *m_label = nullptr;
    AnyMarkerItem *m_marker = nullptr;
    ArrowLayerItem *m_layer = nullptr;
    QRectF m_bounds; ///< of the route's curve when last synchronised
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_hovered = false;
};

} // namespace Portolan
