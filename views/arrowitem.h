#pragma once

#include "topologyscene.h"

#include <QGraphicsItem>
#include <QPainterPath>

#include <optional>
#include <vector>

namespace Portolan {

class AnyMarkerItem;
class ArrowLabelItem;

/// One arrow: every flow of one family from one host (or `any`) to another.
///
/// Its geometry is set by the scene from the two host cards; it never works
/// out flows itself. The label and, for flows from `any`, the marker are
/// separate items that the scene keeps alongside (labels stack above every
/// arrow; markers follow the destination host).
class ArrowItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    using Emphasis = ArrowEmphasis;

    ArrowItem(const HostPair &pair, int family, const QList<int> &flows, const QString &label);
    ~ArrowItem() override;

    int type() const override { return Type; }
    const HostPair &pair() const { return m_pair; }
    bool isFromAny() const { return m_pair.source.isEmpty(); }
    int family() const { return m_family; }
    /// Indices into Catalog::flows().
    const QList<int> &flows() const { return m_flows; }
    const QString &labelText() const { return m_labelText; }

    ArrowLabelItem *label() const { return m_label; }
    void setLabel(ArrowLabelItem *label) { m_label = label; }
    AnyMarkerItem *marker() const { return m_marker; }
    void setMarker(AnyMarkerItem *marker) { m_marker = marker; }

    /// Sideways offset of the curve's middle (0: straight), so that arrows
    /// between the same two hosts do not cover each other.
    qreal bend() const { return m_bend; }
    void setBend(qreal bend) { m_bend = bend; }

    /// Lays the arrow from card @p from to card @p to (scene coordinates),
    /// each card aimed at through its centre point.
    void setEnds(const QRectF &from, const QPointF &fromCentre, const QRectF &to,
                 const QPointF &toCentre);
    /// Where the line starts and where the arrowhead's tip is (scene coordinates).
    QPointF startPoint() const { return m_start; }
    QPointF endPoint() const { return m_tip; }
    bool isEmpty() const { return m_path.isEmpty(); }
    /// The point at parameter @p fraction (0..1) of the arrow's curve; near
    /// the same fraction of its length, and cheap.
    QPointF pointAt(qreal fraction) const;

    /// Where along the arrow its label sits (0..1), chosen by the scene.
    qreal labelFraction() const { return m_labelFraction; }
    void setLabelFraction(qreal fraction) { m_labelFraction = fraction; }
    /// For arrows from `any`, whose line is short: the label's centre relative
    /// to the marker instead of a point on the line.
    void setLabelBesideMarker(const std::optional<QPointF> &offset) { m_besideMarker = offset; }
    /// The centre the label would have at @p fraction, or beside the marker.
    QPointF labelCentre(qreal fraction, const std::optional<QPointF> &besideMarker) const;
    /// Moves the label to its place on the current geometry.
    void placeLabel();
    /// True if the line passes through one of @p cards (other than its own ends').
    bool crosses(const std::vector<QRectF> &cards, const QRectF &from, const QRectF &to) const;

    Emphasis emphasis() const { return m_emphasis; }
    void setEmphasis(Emphasis emphasis);
    void setHovered(bool hovered);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    bool exportMode() const;

    HostPair m_pair;
    int m_family;
    QList<int> m_flows;
    QString m_labelText;
    ArrowLabelItem *m_label = nullptr;
    AnyMarkerItem *m_marker = nullptr;
    qreal m_bend = 0;
    QPainterPath m_path;
    QPolygonF m_head;
    QPointF m_start;
    QPointF m_tip;
    QPointF m_control; ///< of the drawn quadratic from m_start to m_tip
    qreal m_labelFraction = 0.5;
    std::optional<QPointF> m_besideMarker;
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_hovered = false;
};

} // namespace Portolan
