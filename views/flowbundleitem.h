#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

namespace Portolan {

/// Every connection from the hosts of one role (or `any`) to the hosts of
/// another, drawn as one wide arrow between the two role groups with a count
/// label ("TCP 5061 · 412 host pairs").
///
/// Used when a topology has too many connections to draw one arrow each: the
/// scene derives the counts from the model's connections and places the ends
/// at the centres of the role groups; the item only draws.
class FlowBundleItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 6 };

    /// @p sourceRole is -1 for flows from `any`; @p ports is the port label of
    /// the role pair's flows, @p pairs the number of connected host pairs.
    FlowBundleItem(int sourceRole, int destinationRole, const QString &ports, int pairs);

    int type() const override { return Type; }
    int sourceRole() const { return m_sourceRole; }
    int destinationRole() const { return m_destinationRole; }
    int pairCount() const { return m_pairs; }
    const QString &labelText() const { return m_label; }

    /// Lays the bundle from @p from to @p to (scene coordinates), bent
    /// sideways by @p bend; equal ends draw a loop (flows within one role).
    void setEnds(const QPointF &from, const QPointF &to, qreal bend);
    /// Drawn faintly while the selection's own arrows are shown.
    void setDimmed(bool dimmed);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_sourceRole;
    int m_destinationRole;
    int m_pairs;
    QString m_label;
    QSizeF m_labelSize;
    QPainterPath m_path;
    QPolygonF m_head;
    QPointF m_labelCentre;
    qreal m_width;
    bool m_dimmed = false;
};

} // namespace Portolan
