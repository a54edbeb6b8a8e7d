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

    static void paint(QPainter &p, const DiagramModel &model, const QRectF &band,
                      const DiagramCamera &camera, const QRectF &diagramArea,
                      const PaintOptions &options, QList<LinkZone> &zones);
};

} // namespace colossus
