#pragma once

#include "hostpair.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <vector>

namespace Portolan {

class Topology;

/// Which connections become arrows of their own (View ▸ Flows).
enum class FlowDisplay {
    /// Every connection up to FlowDisplayPolicy::automaticBundleThreshold of them,
    /// else as SelectionOnly.
    Automatic,
    AllFlows, ///< one arrow per connection and flow family, however many
    /// Arrows only for the selected hosts and the highlighted pairs; all
    /// connections are summarised as one bundle per role pair.
    SelectionOnly,
};

/// How an arrow stands out: the arrows of what the user looks at are Strong,
/// the others Dimmed; with nothing looked at, all are Normal.
enum class ArrowEmphasis { Normal, Strong, Dimmed };

/// The canvas's display policy: whether the model's connections are drawn one
/// arrow each or summarised as role bundles with arrows for what the user
/// looks at only, which connections those are, and which arrows stand out.
///
/// Above a few thousand arrows the canvas is neither fast nor readable: a
/// large topology draws bundles and the selection's own arrows, at most
/// maxSelectionConnections of them. No items here; the scene asks.
class FlowDisplayPolicy
{
public:
    /// Above this many connections Automatic draws bundles (10 sites have 21 640).
    static constexpr int automaticBundleThreshold = 2000;
    /// Bundled mode builds arrows for at most this many of the selection's connections.
    static constexpr int maxSelectionConnections = 5000;

    FlowDisplay display() const { return m_display; }
    void setDisplay(FlowDisplay display) { m_display = display; }

    /// True if @p connectionCount connections are drawn as role bundles plus
    /// the selection's arrows.
    bool bundles(size_t connectionCount) const;

    /// The connections that get arrows in bundled mode.
    struct SelectionArrows
    {
        std::vector<int> connections; ///< indices into Topology::connections(), in order
        int hidden = 0;               ///< wanted beyond maxSelectionConnections: bundles only
    };
    /// The connections of the hosts @p selectedHostIds and of the @p highlighted
    /// pairs (the rule table's selected rows), at most maxSelectionConnections.
    static SelectionArrows selectionArrows(const Topology &topology,
                                           const QStringList &selectedHostIds,
                                           const QList<HostPair> &highlighted);

    /// What stands out: the arrows of the selected hosts, else those of the
    /// given pairs; nothing in exports and prints.
    class Focus
    {
    public:
        /// @p pairs are the highlighted pairs, or the selected arrows' when none are.
        Focus(const QStringList &selectedHostIds, const QList<HostPair> &pairs, bool exportMode);
        ArrowEmphasis emphasis(const HostPair &pair) const;

    private:
        QSet<QString> m_hosts;
        QList<HostPair> m_pairs;
        bool m_exportMode;
    };

private:
    FlowDisplay m_display = FlowDisplay::Automatic;
};

} // namespace Portolan
