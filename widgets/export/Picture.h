#pragma once

#include "style/Theme.h"

#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace colossus {

struct PaintOptions {
    Theme theme = Theme::light();
    bool transparent = false; // leave the background unpainted
    bool printing = false;    // an export: no selection, hover or focus decoration
    // A room (the tour on a projector, RoomType): no text smaller than this, in the painter's
    // units; a part whose label would be smaller goes without it. 0: the desktop's own sizes.
    qreal minimumTextPx = 0;
    // The height of the whole page or slide, which FramedPicture sets for the content it
    // frames: a slide's type follows it. 0: unknown.
    qreal pageHeight = 0;
};

// Anything that is drawn on screen and exported the same way: a diagram view, a chart,
// a tour step. Widgets call paintContent() from paintEvent; exports call it through
// FramedPicture::paint(), so screen and files cannot disagree.
class Picture {
public:
    virtual ~Picture() = default;

    virtual QString title() const = 0;
    virtual QString subtitle() const { return {}; }
    // File names of the documents in resources/sources/ that the drawn facts come from.
    virtual QStringList sourceIds() const = 0;
    // A slide for a room (a tour step): its frame's type follows RoomType, not the desktop
    // proportions of other exports.
    virtual bool isSlide() const { return false; }
    // Paints into area (logical pixels; the painter may be scaled for high-resolution output).
    virtual void paintContent(QPainter &painter, const QRectF &area,
                              const PaintOptions &options) const = 0;
};

} // namespace colossus
