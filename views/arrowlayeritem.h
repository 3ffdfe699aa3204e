#pragma once

#include <QGraphicsItem>

#include <vector>

namespace Portolan {

class ArrowItem;

/// Paints every arrow of the canvas and every arrow label, in one item.
///
/// A selected Director at 100 sites has 4 300 arrows: painted as 8 600 items
/// (arrows and labels) one by one, QGraphicsScene's per-item work alone took
/// a drag frame's budget. The ArrowItems and ArrowLabelItems stay in the
/// scene for what needs an item each (clicks, rubber-band selection, hover,
/// tool tips) but have no contents; this item draws them all in their
/// stacking order (normal and dimmed arrows, strong ones, then the labels
/// above every arrow), skipping what lies outside the exposed area. It takes
/// no mouse input: its shape is empty.
class ArrowLayerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 7 };

    /// Paints @p arrows (FlowArrows' list, which outlives this item).
    explicit ArrowLayerItem(const std::vector<ArrowItem *> *arrows);

    int type() const override { return Type; }

    /// The arrows were rebuilt or moved: takes on their new extent and repaints.
    void arrowsChanged();
    /// Repaints where @p arrow and its label are (a change of its look).
    void repaint(const ArrowItem *arrow);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Where @p arrow and its label are drawn, in scene coordinates.
    static QRectF paintedRect(const ArrowItem *arrow);

private:
    const std::vector<ArrowItem *> *m_arrows;
    QRectF m_bounds;
};

} // namespace Portolan
