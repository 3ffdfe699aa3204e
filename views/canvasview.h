#pragma once

#include <QGraphicsView>

namespace Portolan {

class TopologyScene;

/// The canvas widget: Ctrl+wheel and Ctrl+± zoom, Ctrl+0 fits all, middle
/// button or space+drag pans; drops from the role palette land in the scene.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(TopologyScene *scene, QWidget *parent = nullptr);

    qreal zoom() const;
    /// The scene point at the centre of the viewport (where double-clicked roles land).
    QPointF visibleCenter() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void setZoom(qreal factor);
    void fitAll();

Q_SIGNALS:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    /// Zooms to @p factor keeping the scene point under @p viewportPos in place.
    void zoomAbout(qreal factor, const QPoint &viewportPos);
    QRect legendRect() const;

    TopologyScene *m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    Qt::MouseButton m_panButton = Qt::NoButton;
    QPoint m_lastPanPos;
};

} // namespace Portolan
