#pragma once

#include "catalog.h"
#include "project.h"

#include <QHash>
#include <QPointF>
#include <QString>

namespace Portolan {

/// Spacing of arrangeByRole(), in scene units (a host's icon centre is its position).
namespace LayoutMetrics {
constexpr double columnSpacing = 280;
/// Room for a host with up to two addresses; each further shown line adds addressLine.
constexpr double rowSpacing = 140;
constexpr double addressLine = 14;
/// The canvas shows at most this many address lines per host (then "+N more").
constexpr int shownAddressLines = 3;
/// Distance of the sub-columns that a large role group wraps into.
constexpr double subColumnSpacing = 170;
/// A role group wraps once it has more hosts than this or than the square root
/// of all hosts, whichever is larger.
constexpr int minimumRows = 8;
/// The widest a host card grows (longer names and addresses are elided), so
/// that cards in neighbouring columns and sub-columns never overlap.
constexpr double maxCardWidth = 160;
static_assert(maxCardWidth < subColumnSpacing && subColumnSpacing <= columnSpacing,
              "cards of neighbouring columns would overlap");
} // namespace LayoutMetrics

/// Positions for every host of @p project, laid out in role columns from left
/// to right as the catalog numbers them (Role::column; the Lync catalogs put
/// the Internet, the Edge's external side, internal clients, the reverse proxy
/// and Edge internal interfaces, the Director, then the Front-End pool and
/// servers). Roles without a number get a column of their own after these, in
/// catalog order. Within a column, roles keep catalog order and hosts
/// follow naturalCompare() of their names (ties by id). A column with one role
/// is centred vertically on the tallest column; one with several spreads them
/// over its height (reverse proxy at the top, Edge at the bottom), which keeps
/// their flows apart. A role with more hosts than fit a column (see
/// LayoutMetrics::minimumRows) wraps into sub-columns, filled top to bottom,
/// so large sites stay about as wide as they are tall. The result is a pure
/// function of the input, and no two hosts share a slot.
QHash<QString, QPointF> arrangeByRole(const Catalog &catalog, const Project &project);

} // namespace Portolan
