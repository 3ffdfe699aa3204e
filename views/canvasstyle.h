#pragma once

#include <QColor>
#include <QFont>
#include <QPen>

namespace Portolan {

/// Colours, pens and fonts of the topology canvas, in one place so that the
/// items, the legend and exported diagrams agree.
///
/// Fonts use pixel sizes: scene units, so text scales with the drawing when a
/// diagram is rendered onto a printer or an image of any resolution.
namespace CanvasStyle {

constexpr qreal gridSize = 20;

/// The pen of flow family @p family (index into Catalog::families()): a colour
/// and a line style, so black-and-white prints still tell families apart.
QPen flowPen(int family, qreal width = 1.6);
QColor flowColor(int family);

QFont nameFont();
QFont addressFont();
QFont labelFont();
QFont legendFont();
QFont legendTitleFont();

QColor textColor();
QColor secondaryTextColor();
QColor cardBorderColor();
QColor missingAddressColor();
QColor selectionColor();

} // namespace CanvasStyle

} // namespace Portolan
