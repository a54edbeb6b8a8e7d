#include "diagram/painters/RackPainter.h"

#include <cmath>

namespace colossus {

void RackPainter::paint(int g, int r) {
    if (!paintFromTile(g, r))
        paintRack(g, r);
}

// Where a group is not blitted whole (around a framed rack, or too large for one tile), its
// racks are: a rack slot (the rack with its U scale, over the group's block) drawn with its
// labels, and the veil where it lies over it, at the same place in any group. Only where the
// tile has all its pixels (GroupTile::labelsDrawn), as it is blitted over the group's block.
bool RackPainter::paintFromTile(int g, int r) {
    const QRectF rw = m_frame.geometry.rackRect(g, r);
    // Not a bar (not worth an image), nor a rack whose servers are drawn around one in focus.
    if (m_frame.framedDeep || m_frame.screen(rw).width() < detail::rackSolidPx)
        return false;
    // As GroupPainter places the slot, so the block under it is the group's; a few pixels of
    // the block above and below give the rack's labels room.
    QRectF slot = m_frame.screen(rw.adjusted(-HierarchyGeometry::rackGap, 0, 0, 0));
    const QRectF group = m_frame.screen(m_frame.geometry.groupRect(g));
    slot.setTop(std::max(group.top(), slot.top() - 6));
    slot.setBottom(std::min(group.bottom(), slot.bottom() + 6));
    if (!m_frame.partTileFits(slot))
        return false;
    return m_frame.paintTiled(m_frame.partTileKey(ElementPath::ofRack(g, r), slot), slot, true,
                              [&] {
                                  m_frame.fill(FillGroup, slot);
                                  paintRack(g, r);
                              });
}

void RackPainter::paintRack(int g, int r) {
    const QRectF rw = m_frame.geometry.rackRect(g, r);
    const QRectF R = m_frame.screen(rw);
    const Fanout &f = m_frame.geometry.fanout();
    if (R.width() < detail::rackSolidPx) {
        // Frame and pump unit would be under a pixel: the rack is one bar of its GPUs.
        m_frame.fillSpans(R, m_frame.geometry.firstGpu(ElementPath::ofRack(g, r)),
                          m_frame.geometry.gpusIn(ElementPath::ofRack(g, r)),
                          qint64(f.serversPerRack) * f.gpusPerServer, true);
        return;
    }
    m_frame.fill(FillFrame, R);
    const double frame = HierarchyGeometry::rackFrame;
    const QRectF interior(rw.x() + frame, rw.y() + HierarchyGeometry::rackTopZone,
                          rw.width() - 2 * frame, m_frame.geometry.rackUnits());
    const bool rear = m_frame.state.rearRack.rear && m_frame.state.rearRack.group == g &&
                      m_frame.state.rearRack.rack == r;
    if (rear)
        m_rear.paint(g, r, interior);
    else
        m_front.paint(g, r, interior);
    paintUnitScale(rw, interior);
}

// U numbers beside a rack, counted from the bottom as on real racks; every unit where
// they fit, else every 2nd, 5th or 10th, so small racks keep a legible scale.
void RackPainter::paintUnitScale(const QRectF &rw, const QRectF &interior) {
    const double u = m_frame.px;
    const double gap = HierarchyGeometry::rackGap * m_frame.px;
    if (gap < 15 || m_frame.overview)
        return;
    // A label row at 10 px and more; in a room, at the room's minimum.
    const double rowPx = m_frame.room() ? std::ceil(m_frame.minimumPx / 0.72) : 14.5;
    int step = 1;
    for (const int s : {1, 2, 5, 10}) {
        step = s;
        if (s * u >= rowPx)
            break;
    }
    if (step * u < rowPx)
        return;
    const double h = std::min(step * u, std::max(18.0, rowPx));
    const int units = int(std::round(m_frame.geometry.rackUnits()));
    // In a room two digits at the room's size may need more than the gap: the space left of a
    // framed rack is free.
    const double w = m_frame.room() ? std::max(gap, m_frame.minimumPx * 1.8) : gap;
    // One size for the whole scale, the one at which its widest number fits: "2" is not drawn
    // larger than "42".
    const QString widest = QString::number(units - units % step);
    const double px =
        std::floor(std::min(13.0, w / (m_frame.textWidth(widest, 13, false) / 13 + 0.5)));
    const QRectF R = m_frame.screen(rw);
    if (!R.intersects(m_frame.area))
        return;
    for (int k = step; k <= units; k += step) {
        const double mid = m_frame.screen(QRectF(0, interior.bottom() - k, 1, 1)).center().y();
        if (mid + h < m_frame.area.top() || mid - h > m_frame.area.bottom())
            continue;
        m_frame.label(QRectF(R.left() - w, mid - h / 2, w, h), {QString::number(k)}, px, false,
                      m_frame.theme.mutedText, Qt::AlignRight);
    }
}

} // namespace colossus
