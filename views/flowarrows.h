#pragma once

#include "arrowrouter.h"
#include "flowdisplaypolicy.h"
#include "hostpair.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <unordered_map>
#include <vector>

class QGraphicsScene;

namespace Portolan {

class ArrowItem;
class ArrowLayerItem;
class Catalog;
class HostItem;
class Topology;
struct Connection;

/// The canvas's arrows: one ArrowItem per connection and flow family, with
/// its label, tool tip and (for flows from `any`) marker; laid out by an
/// ArrowRouter over the host cards, painted by one ArrowLayerItem, moved
/// along with a dragged host, removed with it.
///
/// Which connections become arrows is the scene's (and FlowDisplayPolicy's)
/// business; this class only keeps the arrows it is given in step.
class FlowArrows
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::FlowArrows)

public:
    /// Adds the painting layer to @p scene; the scene owns every item.
    explicit FlowArrows(QGraphicsScene *scene);
    ~FlowArrows();
    FlowArrows(const FlowArrows &) = delete;
    FlowArrows &operator=(const FlowArrows &) = delete;

    const std::vector<ArrowItem *> &items() const { return m_arrows; }
    bool isEmpty() const { return m_arrows.empty(); }

    /// A host card appeared or changed without moving (nothing to re-route).
    void addCard(const HostItem *host);
    /// A host card moved or changed size: its arrows follow at once, and the
    /// next relayout re-routes what it may now block or free.
    void moveCard(const HostItem *host);
    void removeCard(const QString &hostId);

    /// Makes the arrows of @p connection, one per flow family. @p language
    /// ("en" or "de") is that of the tool tips.
    void add(const Topology &topology, const Connection &connection, const QString &language);
    /// Hands the arrows made since clear() to the router: the next relayout()
    /// lays them out.
    void addingDone();
    void clear();
    /// Drops the arrows of a host that is going away, at once: the rest stay
    /// on screen until the rebuild, so nothing flickers.
    void removeArrowsOf(const QString &hostId);
    /// Markers, every arrow's ends, detours and labels, applied to the items.
    void relayout();

    /// The host pairs of the selected arrows, in arrow order.
    QList<HostPair> selectedPairs() const;
    void setEmphasis(const FlowDisplayPolicy::Focus &focus);
    /// What the arrows, their visible labels and markers cover.
    QRectF contentRect() const;

    /// The scene deleted every item (QGraphicsScene::clear()): forget them.
    void forget();

private:
    /// The texts of an arrow that depend on its flows alone: the ports on its
    /// label and its tool tip below the host names. A selected Director's
    /// thousands of arrows share a handful of them.
    struct FlowTexts
    {
        QString label;
        QString toolTip;
    };
    const FlowTexts &textsOf(const Catalog &catalog, int family, const QList<int> &flows,
                             const QString &language);
    void follow(const QString &hostId);

    QGraphicsScene *m_scene;
    ArrowLayerItem *m_layer;
    ArrowRouter m_router;
    std::vector<ArrowItem *> m_arrows;
    std::unordered_map<QString, std::vector<ArrowItem *>> m_arrowsByHost;
    QHash<QList<int>, FlowTexts> m_flowTexts; ///< cleared with the arrows
};

} // namespace Portolan
