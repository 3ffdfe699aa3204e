#pragma once

#include "flowdisplaypolicy.h"
#include "hostpair.h"
#include "topology.h"

#include <QGraphicsScene>
#include <QList>
#include <QStringList>

class QPainter;
class QUndoCommand;
class QUndoStack;

namespace Portolan {

class ArrowItem;
class FlowBundleItem;
class HostItem;

/// MIME type of a palette drag: the data is the role id in UTF-8.
inline constexpr char roleMimeType[] = "application/x-portolan-role";

/// The topology canvas: one item per host (by id), arrows for the derived
/// connections, role bundles for large topologies.
///
/// Items are created, moved and removed only in answer to the Topology's
/// signals; every user edit (drop, drag, delete, arrange, and paste through
/// CanvasClipboard) goes through the undo stack. A drag moves the items freely
/// and pushes one MoveHostsCommand on release. Which connections get arrows is
/// FlowDisplayPolicy's; the arrow items, their routing (ArrowRouter) and their
/// painting (ArrowLayerItem) are FlowArrows'.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    /// Which connections become arrows of their own (see FlowDisplayPolicy).
    using FlowDisplay = Portolan::FlowDisplay;
    static constexpr int automaticBundleThreshold = FlowDisplayPolicy::automaticBundleThreshold;
    static constexpr int maxSelectionConnections = FlowDisplayPolicy::maxSelectionConnections;

    TopologyScene(Topology *topology, QUndoStack *undoStack, QObject *parent = nullptr);
    ~TopologyScene() override;

    Topology *topology() const;
    QUndoStack *undoStack() const;

    /// Runs @p command through the undo stack (or at once and deletes it without one).
    void pushCommand(QUndoCommand *command);

    /// Adds a host of @p roleId centred at @p scenePos (one undo step) and selects it.
    QString addHostAt(const QString &roleId, const QPointF &scenePos);

    QStringList selectedHostIds() const;
    void selectHosts(const QStringList &ids);
    /// Arrows selected by the user, as host pairs.
    QList<HostPair> selectedPairs() const;
    /// Emphasises the arrows of @p pairs (e.g. the rule table's selected rows).
    void highlightPairs(const QList<HostPair> &pairs);

    void deleteSelection();
    /// Lays hosts out in role columns as one undo step.
    void arrangeByRole();

    bool snapToGrid() const;
    void setSnapToGrid(bool snap);

    /// Hides selection highlights and handles, for printing and diagram export.
    void setExportMode(bool on);
    /// The rectangle that holds every host, arrow, label and the legend.
    QRectF diagramRect() const;
    bool exportMode() const;

    /// "en" or "de": the language of role and family names and flow notes on
    /// the canvas (the catalog's texts). Defaults to the system locale's.
    void setLanguage(const QString &language);
    QString language() const;

    /// The item of host @p id, or nullptr.
    HostItem *hostItem(const QString &id) const;
    /// Every arrow, brought up to date with the model first.
    QList<ArrowItem *> arrowItems() const;

    void setFlowDisplay(FlowDisplay display);
    FlowDisplay flowDisplay() const;
    /// True while connections are drawn as role bundles plus the selection's arrows.
    bool bundlesFlows() const;
    /// The role bundles (empty unless bundlesFlows()).
    QList<FlowBundleItem *> bundleItems() const;
    /// The selection's connections beyond maxSelectionConnections, drawn only as bundles.
    int hiddenSelectionConnections() const;

    /// The legend's size and painting, for views that keep it in a corner.
    QSizeF legendSize() const;
    void paintLegend(QPainter *painter, const QPointF &topLeft) const;
    /// Applies pending arrow rebuilds and label layout now (they otherwise
    /// run once control returns to the event loop).
    void flushPendingLayout() const;

Q_SIGNALS:
    void hostSelectionChanged(const QStringList &ids);
    void pairSelectionChanged(const QList<HostPair> &pairs);
    /// The arrows were rebuilt (a model change, or in bundled mode a new selection).
    void arrowsRebuilt();

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Portolan
