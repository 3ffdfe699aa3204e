#pragma once

#include <QGraphicsItem>

namespace Portolan {

class ArrowItem;

/// The ports of an arrow ("TCP 8080, 4443") on a small white plate.
///
/// A separate item so that every label stacks above every arrow; clicking it
/// selects its arrow, and it shows the arrow's tooltip. ArrowLayerItem paints
/// it: the item itself has no contents.
class ArrowLabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    ArrowLabelItem(ArrowItem *arrow, const QString &text);

    int type() const override { return Type; }
    ArrowItem *arrow() const { return m_arrow; }
    const QString &text() const { return m_text; }
    /// The plate in the label's own coordinates.
    QRectF plate() const { return m_rect; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    ArrowItem *m_arrow;
    QString m_text;
    QRectF m_rect;
};

} // namespace Portolan
