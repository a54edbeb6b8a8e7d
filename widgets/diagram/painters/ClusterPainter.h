#pragma once

#include "diagram/painters/FrameContext.h"
#include "diagram/painters/GroupPainter.h"

namespace colossus {

// The whole hierarchy seen through the frame's camera: the visible groups, in rows (or only
// the group of a rack in focus), then the batched fills and labels. Only visible indices are
// visited, so a frame costs the same for 100,000 or 10,000,000 GPUs.
class ClusterPainter {
public:
    explicit ClusterPainter(FrameContext &frame)
        : m_frame(frame)
        , m_group(frame) {}

    void paint();

private:
    bool paintRowFromStrip(qint64 row, const IndexRange &cols);

    FrameContext &m_frame;
    GroupPainter m_group;
};

} // namespace colossus
