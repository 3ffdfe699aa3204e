#pragma once

#include "timing.h"

#include "catalog.h"
#include "project.h"

#include <memory>

namespace Portolan {

/// Timings of the window's parts on one topology (offscreen platform).
struct GuiResult
{
    bool sceneMeasured = false;
    int arrows = 0;      ///< arrow items with nothing selected
    int bundles = 0;     ///< role bundles (0 when every connection is an arrow)
    int shownArrows = 0; ///< arrow items with the dragged host selected
    Timing open;         ///< file bytes → project → rules, rule table, scene, painted canvas
    Timing sceneBuild;   ///< TopologyScene on a fresh Topology: connections, items, layout
    Timing firstPaint;   ///< fit all (zoomed out), then paint the whole canvas into an image
    Timing zoomPaint;    ///< paint at 100 % around the dragged host (a pan step)
    Timing selectStep;   ///< select the dragged host: its arrows are built and painted
    Timing dragStep;     ///< move the selected Director a few pixels, its arrows follow, repaint
    Timing dragMove;     ///< the same without the repaint: what one mouse-move event costs
    Timing arrange;      ///< Arrange by role (one undo step) until the layout is settled
    Timing paste;        ///< paste of pastedHosts hosts: one undo step, table, canvas, repaint
    int pastedHosts = 0;
    quint64 pasteDerivations = 0; ///< rule derivations one paste caused (Topology::ruleDerivations)
    qint64 scenePeakKiB = 0;      ///< peak above the start while opening (model, table and canvas)
    Timing tableReset;            ///< RuleTableModel over already derived rules
    Timing tableSort;             ///< sort by destination host (descending) from rule order
    Timing tableFilter;           ///< one keystroke's filter: "dir-0" in every column
    int tableRows = 0;
};

/// Measures the canvas (when @p withScene) and the rule table on @p project.
GuiResult measureGui(const Project &project, const std::shared_ptr<const Catalog> &catalog,
                     bool withScene);

} // namespace Portolan
