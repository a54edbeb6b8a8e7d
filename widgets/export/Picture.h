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
    // Paints into area (logical pixels; the painter may be scaled for high-resolution output).
    virtual void paintContent(QPainter &painter, const QRectF &area,
                              const PaintOptions &options) const = 0;
};

} // namespace colossus
