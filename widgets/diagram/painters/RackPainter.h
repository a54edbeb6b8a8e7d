#pragma once

#include "diagram/painters/FrameContext.h"
#include "diagram/painters/RackFrontPainter.h"
#include "diagram/painters/RackRearPainter.h"

namespace colossus {

// One rack slot of a group: a narrow rack as one bar of its GPUs; otherwise its frame, what
// its front or (for the rack turned around) its rear shows, and the U scale beside it.
class RackPainter {
public:
    explicit RackPainter(FrameContext &frame)
        : m_frame(frame)
        , m_front(frame)
        , m_rear(frame) {}

    void paint(int g, int r);

private:
    bool paintFromTile(int g, int r);
    void paintRack(int g, int r);
    // U numbers beside a rack, counted from the bottom as on real racks.
    void paintUnitScale(const QRectF &rw, const QRectF &interior);

    FrameContext &m_frame;
    RackFrontPainter m_front;
    RackRearPainter m_rear;
};

} // namespace colossus
