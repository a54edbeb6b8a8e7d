#pragma once

#include "diagram/painters/FrameContext.h"
#include "diagram/painters/ServerPainter.h"

namespace colossus {

// What a rack's front shows inside its frame: its servers (one fill while a few pixels
// high), the cooling manifolds between them, the pump unit, empty slots, and the rack's
// label in its top zone.
class RackFrontPainter {
public:
    explicit RackFrontPainter(FrameContext &frame)
        : m_frame(frame)
        , m_server(frame) {}

    // `interior` is the world rectangle inside the rack's frame, below its top zone.
    void paint(int g, int r, const QRectF &interior);

private:
    // The pump unit at the bottom: two redundant pumps and the rack's monitoring.
    void paintPumpUnit(const QRectF &P);

    FrameContext &m_frame;
    ServerPainter m_server;
};

} // namespace colossus
