#pragma once

#include <QGraphicsItem>

namespace Portolan {

/// The source end of flows from `any`: a small "Any" plate beside the
/// destination host, which the scene keeps at a fixed offset from it.
class AnyMarkerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    explicit AnyMarkerItem(int family);

    int type() const override { return Type; }
    /// The offset from the destination host's position, chosen by the scene.
    QPointF offset() const { return m_offset; }
    void setOffset(const QPointF &offset) { m_offset = offset; }
    /// The plate around the marker's position.
    QRectF plate() const { return m_rect; }
    /// The plate in scene coordinates (the arrow starts on its border).
    QRectF sceneRect() const { return m_rect.translated(pos()); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_family;
    QString m_text;
    QRectF m_rect;
    QPointF m_offset;
};

} // namespace Portolan
