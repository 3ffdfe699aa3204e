#include "canvasstyle.h"

#include <QGuiApplication>

#include <array>

namespace Portolan::CanvasStyle {

namespace {

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
constexpr std::array<QRgb, 6> familyColors{0xff0072b2, 0xffd55e00, 0xff009e73,
                                           0xffcc79a7, 0xff56b4e9, 0xffe69f00};

QFont sansFont(int pixelSize, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting); // the same layout at every zoom
    return font;
}

} // namespace

QColor flowColor(int family)
{
    return QColor::fromRgb(familyColors[size_t(family) % familyColors.size()]);
}

QPen flowPen(int family, qreal width)
{
    QPen pen(flowColor(family), width);
    pen.setJoinStyle(Qt::RoundJoin);
    // Dash patterns are in units of the pen width.
    switch (family % 4) {
    case 0:
        pen.setStyle(Qt::SolidLine);
        pen.setCapStyle(Qt::FlatCap);
        break;
    case 1:
        pen.setDashPattern({5.0, 3.0});
        pen.setCapStyle(Qt::FlatCap);
        break;
    case 2:
        pen.setDashPattern({0.01, 2.4});
        pen.setCapStyle(Qt::RoundCap);
        break;
    default:
        pen.setDashPattern({6.0, 2.5, 0.01, 2.5});
        pen.setCapStyle(Qt::RoundCap);
        break;
    }
    return pen;
}

QFont nameFont()
{
    return sansFont(12, true);
}

QFont addressFont()
{
    return sansFont(11);
}

QFont labelFont()
{
    return sansFont(10);
}

QFont legendFont()
{
    return sansFont(11);
}

QFont legendTitleFont()
{
    return sansFont(11, true);
}

QColor textColor()
{
    return QColor(0x1d, 0x24, 0x30);
}

QColor secondaryTextColor()
{
    return QColor(0x4a, 0x55, 0x63);
}

QColor cardBorderColor()
{
    return QColor(0xc3, 0xc9, 0xd1);
}

QColor missingAddressColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor selectionColor()
{
    return QColor(0x2f, 0x80, 0xed);
}

} // namespace Portolan::CanvasStyle
