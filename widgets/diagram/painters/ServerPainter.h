#pragma once

#include "diagram/painters/FrameContext.h"
#include "diagram/painters/GpuPainter.h"

namespace colossus {

// One server seen from the front: its GPUs (merged into bands while small, in detail when
// large), empty GPU slots, its side with the extra NIC and the power supplies, and its
// caption band.
class ServerPainter {
public:
    explicit ServerPainter(FrameContext &frame)
        : m_frame(frame)
        , m_gpu(frame) {}

    void paint(int g, int r, int s);

private:
    bool paintFromTile(int g, int r, int s);
    void paintServer(int g, int r, int s);
    // The server's own side: one more NIC and the power supplies.
    // asBuilt: the tour report describes this server's extra NIC; otherwise it is drawn as in
    // the built servers and says so.
    void paintSide(const QRectF &side, bool asBuilt);

    FrameContext &m_frame;
    GpuPainter m_gpu;
};

} // namespace colossus
