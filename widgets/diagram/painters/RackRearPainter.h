#pragma once

#include "diagram/painters/FrameContext.h"

namespace colossus {

// What a rack turned around shows inside its frame: the Ethernet switches, the rack-sized
// manifold, the three-phase power, and each server's rear with its power supplies and
// network ports (positions schematic: the reports name the parts, not where they sit).
class RackRearPainter {
public:
    explicit RackRearPainter(FrameContext &frame)
        : m_frame(frame) {}

    // `interior` is the world rectangle inside the rack's frame, below its top zone.
    void paint(int g, int r, const QRectF &interior);

private:
    FrameContext &m_frame;
};

} // namespace colossus
