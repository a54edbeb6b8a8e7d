#pragma once

#include "diagram/DiagramModel.h"
#include "diagram/DiagramRenderer.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace colossus {

// The band above the diagram: the legend (GPU types by colour, each citing its figure), at
// block scale what one block is, and a note on what is schematic at this zoom.
class LegendPainter {
public:
    // In a room (minimumTextPx > 0) tall enough for text at the room's minimum.
    static double height(const QRectF &area, double minimumTextPx = 0) {
        return std::max(std::clamp(area.height() * 0.045, 24.0, 40.0), minimumTextPx * 1.5);
    }

    // Where the blit gives the very pixels drawing would (an opaque band over the frame's
    // background, on an image of 32-bit pixels, one device pixel per unit, at a whole-pixel
    // offset), the band is drawn once into an image, kept with its link zones relative to the
    // band, and blitted while nothing that changes its pixels changes; elsewhere it is drawn.
    static void paint(QPainter &p, const DiagramModel &model, const QRectF &band,
                      const DiagramCamera &camera, const QRectF &diagramArea,
                      const PaintOptions &options, QList<LinkZone> &zones);

    // Whether bands are blitted from images (on by default); the tests that compare a frame
    // with one drawn without them switch it off.
    static void setCacheEnabled(bool enabled);
    static bool isCacheEnabled();
    // How many bands this thread has drawn into images, and blitted (for tests).
    static qsizetype cachedImageCount();
    static qsizetype blitCount();
    static void clearCache();

private:
    static void draw(QPainter &p, const DiagramModel &model, const QRectF &band,
                     const DiagramCamera &camera, const PaintOptions &options,
                     QList<LinkZone> &zones, bool rule);
    static void drawRule(QPainter &p, const QRectF &band, const PaintOptions &options);
};

} // namespace colossus
