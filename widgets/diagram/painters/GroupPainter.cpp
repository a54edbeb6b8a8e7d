#include "diagram/painters/GroupPainter.h"

#include <QCoreApplication>

namespace colossus {

// A rack slot with its U scale on the left lies whole in the drawing area, clear of what
// covers part of it.
bool GroupPainter::slotWhole(int g, int r) const {
    const QRectF slot = m_frame.screen(
        m_frame.geometry.rackRect(g, r).adjusted(-HierarchyGeometry::rackGap, 0, 0, 0));
    return m_frame.freeArea.adjusted(-0.5, -0.5, 0.5, 0.5).contains(slot) &&
           !(m_frame.state.keepFree.isValid() && slot.intersects(m_frame.state.keepFree));
}

// The group's label, longest first: the painter takes the first that fits its band.
QStringList GroupPainter::labelTexts(int g, int racks, int racksPerGroup, qint64 gpus,
                                     bool partial) {
    const QString name = QCoreApplication::translate("Diagram", "Group %1").arg(g);
    QStringList texts;
    if (partial) {
        texts << QCoreApplication::translate("Diagram", "%1 · partial: %2 of %3 racks, %4 GPUs")
                     .arg(name)
                     .arg(racks)
                     .arg(racksPerGroup)
                     .arg(formatCount(double(gpus)))
              << QCoreApplication::translate("Diagram", "%1 · partial, %2 GPUs")
                     .arg(name, formatCount(double(gpus)));
    } else {
        texts << QCoreApplication::translate("Diagram", "%1 · %2 racks · %3 GPUs")
                     .arg(name)
                     .arg(racksPerGroup)
                     .arg(formatCount(double(gpus)))
              << QCoreApplication::translate("Diagram", "%1 · %2 GPUs")
                     .arg(name, formatCount(double(gpus)));
    }
    texts << name << QString::number(g);
    return texts;
}

void GroupPainter::paint(int g) {
    QRectF gw = m_frame.geometry.groupRect(g);
    const int rpg = m_frame.geometry.fanout().racksPerGroup;
    const int racks = m_frame.geometry.racksInGroup(g);
    // The rack slots drawn: all that are visible, or around a framed rack only those
    // drawn whole, so no neighbour is cut by the edge or the parts panel.
    int firstSlot = 0;
    int lastSlot = rpg - 1;
    if (m_frame.framedRack && g == m_frame.state.focus.group) {
        firstSlot = lastSlot = m_frame.state.focus.rack;
        while (firstSlot > 0 && slotWhole(g, firstSlot - 1))
            --firstSlot;
        while (lastSlot + 1 < rpg && slotWhole(g, lastSlot + 1))
            ++lastSlot;
        const double left =
            m_frame.geometry.rackRect(g, firstSlot).left() - HierarchyGeometry::rackGap;
        const double right =
            m_frame.geometry.rackRect(g, lastSlot).right() + HierarchyGeometry::rackGap;
        gw = QRectF(left, gw.y(), right - left, gw.height());
    }
    const FrameContext::GroupScope scope(m_frame, g);
    const QRectF G = m_frame.screen(gw);
    if (G.width() < 0.5)
        return;
    m_tileKey.clear();
    if (!paintFromTile(g, G))
        paintBody(g, G, firstSlot, lastSlot);
    // The group's label band.
    const QRectF band =
        m_frame.screen(QRectF(gw.x(), gw.y(), gw.width(), HierarchyGeometry::groupLabelBand))
            .adjusted(m_frame.framedRack ? 0 : HierarchyGeometry::groupPadding * m_frame.px, 0, 0,
                      0);
    // A label cut by the top of the view is left out rather than drawn half. Its texts are
    // built only here, where a label can be drawn: at 10,000,000 GPUs most groups have none.
    if (band.height() >= 12) {
        if (band.top() < m_frame.area.top() - 1)
            return;
        // Partial where the reported total ends inside the group (in its last rack, perhaps).
        const qint64 gpus = m_frame.geometry.gpusIn(ElementPath::ofGroup(g));
        const Fanout &fanout = m_frame.geometry.fanout();
        const bool partial = gpus < qint64(rpg) * fanout.serversPerRack * fanout.gpusPerServer;
        const QRectF t = m_frame.label(band.adjusted(0, band.height() * 0.15, 0, 0),
                                       labelTexts(g, racks, rpg, gpus, partial), 22, true,
                                       m_frame.theme.text, Qt::AlignLeft);
        if (!t.isEmpty() && !partial)
            m_frame.zone(t, QStringLiteral("gpus_per_group"), false,
                         QCoreApplication::translate("Diagram", "GPUs per group"));
    } else if (G.width() >= 56 && G.height() >= 18) {
        if (!m_frame
                 .label(G, {QString::number(g)}, 11, true, m_frame.theme.text, Qt::AlignCenter,
                        true)
                 .isEmpty() &&
            !m_tileKey.isEmpty())
            m_frame.bakeLastLabel(m_tileKey);
    }
}

// Most groups look alike: the body is blitted from the tile of its appearance, drawn (and
// kept) the first time. False where the group is drawn instead.
bool GroupPainter::paintFromTile(int g, const QRectF &G) {
    if (m_frame.framedRack || !m_frame.tileFits(g, G))
        return false;
    const QByteArray key = m_frame.groupTileKey(g, G);
    const int last = m_frame.geometry.fanout().racksPerGroup - 1;
    if (!m_frame.paintTiled(key, G, false, [&] { paintBody(g, G, 0, last); }))
        return false;
    m_tileKey = key;
    return true;
}

// The group's block, its racks (or one span of GPU colours) and its empty rack slots.
void GroupPainter::paintBody(int g, const QRectF &G, int firstSlot, int lastSlot) {
    const int rpg = m_frame.geometry.fanout().racksPerGroup;
    const int racks = m_frame.geometry.racksInGroup(g);
    m_frame.fill(FillGroup, G);
    const ElementPath path = ElementPath::ofGroup(g);
    const double rackPx = HierarchyGeometry::rackWidth * m_frame.px;
    if (rackPx < detail::rackMinPx) {
        const QRectF region = m_frame.screen(m_frame.geometry.rackRect(g, 0))
                                  .united(m_frame.screen(m_frame.geometry.rackRect(g, rpg - 1)));
        m_frame.fillSpans(region, m_frame.geometry.firstGpu(path), m_frame.geometry.gpusIn(path),
                          qint64(rpg) * m_frame.geometry.fanout().serversPerRack *
                              m_frame.geometry.fanout().gpusPerServer,
                          false);
        return;
    }
    const IndexRange vr = m_frame.geometry.visibleRacks(g, m_frame.world);
    for (qint64 r = std::max<qint64>(vr.first, firstSlot); r <= std::min<qint64>(vr.last, lastSlot);
         ++r)
        m_rack.paint(g, int(r));
    if (rackPx < 4)
        return;
    for (int r = std::max(racks, firstSlot); r <= lastSlot; ++r) {
        const QRectF rr = m_frame.geometry.rackRect(g, r);
        if (!rr.intersects(m_frame.world))
            continue;
        const QRectF E = m_frame.screen(rr);
        m_frame.empty(E);
        // Only where the group's name sits in its band (no number in the middle).
        if (r == racks && HierarchyGeometry::groupLabelBand * m_frame.px >= 12) {
            m_frame.label(
                E,
                {QCoreApplication::translate("Diagram", "no rack: the %1 GPUs end before it")
                     .arg(formatCount(double(m_frame.geometry.gpuCount()))),
                 QCoreApplication::translate("Diagram", "no rack"),
                 QCoreApplication::translate("Diagram", "none")},
                14, false, m_frame.theme.mutedText, Qt::AlignCenter, false, true);
        }
    }
}

} // namespace colossus
