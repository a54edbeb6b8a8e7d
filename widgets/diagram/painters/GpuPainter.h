#pragma once

#include "diagram/painters/FrameContext.h"

namespace colossus {

// One GPU wide enough to read (detail::gpuDetailPx and more): its cold plate and coolant
// pipes, its number and type, and its own network card, each linked to what the reports say.
class GpuPainter {
public:
    explicit GpuPainter(FrameContext &frame)
        : m_frame(frame) {}

    // `chip` and `nic` are the GPU's two parts on screen; the chip is already filled.
    void paint(int index, const QRectF &chip, const QRectF &nic, const GpuSegment &seg);

private:
    FrameContext &m_frame;
};

} // namespace colossus
