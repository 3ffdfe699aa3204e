#include "canvasview.h"

#include "topologyscene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Portolan {

namespace {
constexpr qreal minZoom = 0.05;
constexpr qreal maxZoom = 8.0;
constexpr qreal zoomStep = 1.25;
constexpr int legendInset = 10;
/// Below this zoom cards are plain rectangles and arrows plain lines (see drawBackground).
constexpr qreal fastLineZoom = 0.1;
} // namespace

CanvasView::CanvasView(TopologyScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("canvas"));
    setAccessibleName(tr("Topology canvas"));
    setAccessibleDescription(tr("Hosts and the firewall flows between them"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    // Every item sets the pen, brush, font and hints it draws with (the arrow
    // layer saves and restores): saving the painter around each of thousands
    // of host cards costs a tenth of a large canvas's paint.
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setAcceptDrops(true);
    setMouseTracking(true);
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

QPointF CanvasView::visibleCenter() const
{
    return mapToScene(viewport()->rect().center());
}

void CanvasView::zoomIn()
{
    zoomAbout(zoom() * zoomStep, viewport()->rect().center());
}

void CanvasView::zoomOut()
{
    zoomAbout(zoom() / zoomStep, viewport()->rect().center());
}

void CanvasView::setZoom(qreal factor)
{
    zoomAbout(factor, viewport()->rect().center());
}

void CanvasView::zoomAbout(qreal factor, const QPoint &viewportPos)
{
    factor = std::clamp(factor, minZoom, maxZoom);
    if (qFuzzyCompare(factor, zoom()))
        return;
    const QPointF anchor = mapToScene(viewportPos);
    setTransform(QTransform::fromScale(factor, factor));
    // Scroll so that the scene point under the anchor stays where it was.
    const QPointF moved = mapFromScene(anchor) - QPointF(viewportPos);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    Q_EMIT zoomChanged(factor);
}

void CanvasView::fitAll()
{
    const QRectF rect = m_scene->diagramRect();
    if (rect.isEmpty())
        return;
    const QRectF port = viewport()->rect().adjusted(4, 4, -4, -4);
    qreal factor = std::min(port.width() / rect.width(), port.height() / rect.height());
    factor = std::clamp(factor, minZoom, 1.5); // never blow a small diagram up past 150%
    setTransform(QTransform::fromScale(factor, factor));
    centerOn(rect.center());
    Q_EMIT zoomChanged(factor);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomAbout(zoom() * std::pow(zoomStep, steps), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panButton = event->button();
        m_lastPanPos = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        const QPoint delta = pos - m_lastPanPos;
        m_lastPanPos = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == m_panButton) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !m_spaceHeld) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    // A space released while another window had focus never reaches us.
    m_spaceHeld = false;
    QGraphicsView::focusOutEvent(event);
}

QRect CanvasView::legendRect() const
{
    const QSizeF size = m_scene->legendSize();
    return QRect(QPoint(legendInset, legendInset), size.toSize() + QSize(1, 1));
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    // Zoomed far out, a large canvas is thousands of one-pixel lines and card
    // outlines. Without a clip the raster engine hands each of their pixels to
    // its span blender on its own; with a rectangular clip it writes them
    // directly, in half the time. The items inherit the clip (the painter is
    // not saved around them). Nearer in, where few lines are on screen, the
    // canvas stays unclipped: antialiased thin lines round a level or two
    // differently under a clip.
    if (zoom() < fastLineZoom && painter->paintEngine() &&
        painter->paintEngine()->type() == QPaintEngine::Raster) {
        const QTransform world = painter->worldTransform();
        painter->resetTransform();
        painter->setClipRect(viewport()->rect(), Qt::IntersectClip);
        painter->setWorldTransform(world);
    }
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect);
    // The legend stays in the corner of the viewport, whatever the zoom and scroll.
    painter->save();
    painter->resetTransform();
    painter->setClipping(false);
    m_scene->paintLegend(painter, legendRect().topLeft());
    painter->restore();
}

void CanvasView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // Scrolling moves the pixels, the drawn legend with them: repaint both places.
    const QRect legend = legendRect();
    viewport()->update(legend);
    viewport()->update(legend.translated(dx, dy));
}

} // namespace Portolan
