#pragma once

#include <QGraphicsItem>
#include <QStringList>

namespace Portolan {

/// The legend: one line per flow family (colour, line style, name), the
/// "Any" source and the missing-address badge.
///
/// It lives in the scene so that printed and exported diagrams carry it, but a
/// CanvasView does not draw it there: the view paints the same legend in its
/// top-left corner, where it stays visible while the user pans and zooms.
class LegendItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    LegendItem();

    int type() const override { return Type; }
    /// Family names in catalog order.
    void setFamilies(const QStringList &names);
    QSizeF size() const { return m_size; }

    /// Paints the legend with its top-left corner at @p topLeft (painter coordinates).
    void paintLegend(QPainter *painter, const QPointF &topLeft) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void layout();

    QStringList m_families;
    QString m_title;
    QString m_anyText;
    QString m_anyLabel; ///< the word on the small "Any" plate ("Beliebig" in German)
    QString m_missingText;
    qreal m_sampleWidth = 0; ///< wide enough for a line sample and for the "Any" plate
    QSizeF m_size;
};

} // namespace Portolan
