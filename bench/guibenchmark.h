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
    int arrows = 0;
    Timing sceneBuild; ///< TopologyScene on a fresh Topology: connections, items, layout
    Timing firstPaint; ///< fit all, then paint the whole canvas into an image
    Timing dragStep;   ///< move one Director by a few pixels, its arrows follow, repaint
    qint64 scenePeakKiB = 0;
    Timing tableReset;  ///< RuleTableModel over already derived rules
    Timing tableSort;   ///< sort by destination host (descending) from rule order
    Timing tableFilter; ///< one keystroke's filter: "dir-0" in every column
    int tableRows = 0;
};

/// Measures the canvas (when @p withScene) and the rule table on @p project.
GuiResult measureGui(const Project &project, const std::shared_ptr<const Catalog> &catalog,
                     bool withScene);

} // namespace Portolan
