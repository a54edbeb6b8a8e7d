#pragma once

#include "diagram/DiagramModel.h"
#include "diagram/DiagramRenderer.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace colossus {

// "What the reports say is here", at the right of the diagram when it shows parts: the facts
// behind the parts drawn at this scale, each with the colour it has in the drawing and a link
// to its passage.
class PartsPanelPainter {
public:
    // The parts the camera shows in detail, by their on-screen size.
    enum class Detail { Blocks, Rack, Server };
    static Detail detailAt(const DiagramModel &model, double scale, const QRectF &diagram);

    static void paint(QPainter &p, const DiagramModel &model, const QRectF &diagram,
                      const DiagramCamera &camera, const DiagramState &state,
                      const PaintOptions &options, QList<LinkZone> &zones);
};

} // namespace colossus
