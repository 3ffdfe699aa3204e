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
};

} // namespace Portolan
