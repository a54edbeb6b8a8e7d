#pragma once

#include "diagram/painters/FrameContext.h"
#include "diagram/painters/RackPainter.h"

namespace colossus {

// One group of racks: its block, its racks (or, while racks are narrower than a few pixels,
// one span of GPU colours), empty rack slots and the group's label band. Around a rack in
// focus only the rack slots drawn whole are shown.
class GroupPainter {
public:
    explicit GroupPainter(FrameContext &frame)
        : m_frame(frame)
        , m_rack(frame) {}

    void paint(int g);

private:
    bool slotWhole(int g, int r) const;
    bool paintFromTile(int g, const QRectF &G);
    void paintBody(int g, const QRectF &G, int firstSlot, int lastSlot);
    static QStringList labelTexts(int g, int racks, int racksPerGroup, qint64 gpus, bool partial);

    FrameContext &m_frame;
    RackPainter m_rack;
    QByteArray m_tileKey; // the current group's tile, where it was blitted from one
};

} // namespace colossus
