#pragma once

#include "project.h"

#include <QGraphicsItem>
#include <QStringList>

#include <functional>

namespace Portolan {

/// One host on the canvas: role icon, name and addresses below, on a card.
///
/// The card is at most LayoutMetrics::maxCardWidth wide: longer texts are
/// elided in the middle, and the tooltip holds them in full.
///
/// The item's position is the host's position (the centre of the icon). It
/// pulls its content from the model through setContent(); a user drag moves it
/// freely and the scene turns the drag into one undo command on release.
class HostItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit HostItem(const QString &hostId);

    int type() const override { return Type; }
    const QString &hostId() const { return m_hostId; }

    /// Takes name, role and addresses from @p host; @p roleName labels the tooltip.
    void setContent(const Host &host, const QString &roleName);
    bool hasAddress() const { return !m_missingAddress; }
    /// The full name, never elided.
    const QString &name() const { return m_name; }

    /// Sets the position the model holds, without snapping and without
    /// counting as a user move.
    void setPositionFromModel(const QPointF &position);
    /// Called after every change of position (user drags and model updates alike).
    void setMovedCallback(std::function<void(HostItem *)> callback);
    /// The position before the last change.
    QPointF previousPosition() const { return m_previousPos; }

    /// The card in scene coordinates: arrows end on its border.
    QRectF sceneCardRect() const { return m_card.translated(pos()); }
    QRectF cardRect() const { return m_card; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    bool exportMode() const;

    QString m_hostId;
    QString m_roleId;
    QString m_name;
    QString m_shownName; ///< m_name, elided to fit the card
    QStringList m_addressLines;
    bool m_missingAddress = true;
    QRectF m_card;
    QRectF m_nameRect;
    QRectF m_addressRect;
    QPointF m_previousPos;
    bool m_fromModel = false;
    bool m_hovered = false;
    std::function<void(HostItem *)> m_moved;
};

} // namespace Portolan
