#include "diagram/painters/ServerPainter.h"

#include "catalogue/FigureFormat.h"

#include <QCoreApplication>

namespace colossus {

void ServerPainter::paint(int g, int r, int s) {
    if (!paintFromTile(g, r, s))
        paintServer(g, r, s);
}

// A server in detail (at the server level, or a rack at 4K) is drawn once per appearance, with
// its labels and the veil over it, into a tile blitted over the rack's fills (RackPainter's
// rack tiles, one level down). Not around a GPU in focus, where its GPUs are drawn only where
// whole.
bool ServerPainter::paintFromTile(int g, int r, int s) {
    const ElementPath path = ElementPath::ofServer(g, r, s);
    const QRectF sw = m_frame.geometry.serverRect(g, r, s);
    const QRectF S = m_frame.screen(sw);
    const double gpuPx = sw.width() * HierarchyGeometry::serverGpuShare /
                         m_frame.geometry.fanout().gpusPerServer * m_frame.px;
    if (gpuPx < detail::gpuMinPx ||
        (m_frame.framedDeep && m_frame.state.focus.level() == ElementPath::Level::Gpu) ||
        !m_frame.partTileFits(S))
        return false;
    return m_frame.paintTiled(m_frame.partTileKey(path, S), S, true, [&] { paintServer(g, r, s); });
}

void ServerPainter::paintServer(int g, int r, int s) {
    const QRectF sw = m_frame.geometry.serverRect(g, r, s);
    const QRectF S = m_frame.screen(sw);
    const Fanout &f = m_frame.geometry.fanout();
    const ElementPath path = ElementPath::ofServer(g, r, s);
    const int gpus = m_frame.geometry.gpusInServer(g, r, s);
    const double gpuPx =
        sw.width() * HierarchyGeometry::serverGpuShare / f.gpusPerServer * m_frame.px;
    if (gpuPx < detail::gpuMinPx) {
        m_frame.fillSpans(S, m_frame.geometry.firstGpu(path), gpus, f.gpusPerServer, false);
        return;
    }
    m_frame.fill(FillChassis, S);
    const GpuSegment &seg = m_frame.model.scenario.segmentAt(m_frame.geometry.firstGpu(path));
    const IndexRange vg = m_frame.geometry.visibleGpus(g, r, s, m_frame.world);
    const double inset = gpuPx >= 6 ? gpuPx * 0.07 : 0;
    if (gpuPx >= detail::gpuDetailPx) {
        // The coolant pipes' width, from the scale alone (not from a chip's place on the 1/64
        // pixel grid): a tile drawn with them has the frame's width.
        const double chipPx =
            HierarchyGeometry::gpuChipRect(m_frame.geometry.gpuRect(g, r, s, 0)).width() *
                m_frame.px -
            2 * inset;
        m_frame.lineWidth = std::max(m_frame.lineWidth, chipPx * 0.04);
    }
    if (inset == 0 && gpus > 0) {
        // Cells this small touch each other: one band of chips and one of NICs per
        // server draws the same pixels with far fewer rectangles.
        const QRectF first = m_frame.geometry.gpuRect(g, r, s, 0);
        const QRectF band(first.x(), first.y(), first.width() * f.gpusPerServer, first.height());
        m_frame.fillSpans(m_frame.screen(HierarchyGeometry::gpuChipRect(band)),
                          m_frame.geometry.firstGpu(path), gpus, f.gpusPerServer, false);
        const QRectF nics = m_frame.screen(HierarchyGeometry::gpuNicRect(band));
        if (nics.height() >= 1.5)
            m_frame.fill(FillNic, QRectF(nics.x(), nics.y(), nics.width() * gpus / f.gpusPerServer,
                                         nics.height()));
    }
    for (qint64 i = inset == 0 ? vg.last + 1 : vg.first; i <= vg.last; ++i) {
        const QRectF col = m_frame.geometry.gpuRect(g, r, s, int(i));
        if (m_frame.framedDeep && m_frame.state.focus.level() == ElementPath::Level::Gpu &&
            !(path == m_frame.focusServer && i == m_frame.state.focus.gpu) &&
            !m_frame.clear(m_frame.screen(col)))
            continue;
        const auto paintGpu = [&] {
            const QRectF chip = m_frame.screen(HierarchyGeometry::gpuChipRect(col))
                                    .adjusted(inset, inset, -inset, -inset / 2);
            const QRectF nic = m_frame.screen(HierarchyGeometry::gpuNicRect(col))
                                   .adjusted(inset, inset / 2, -inset, -inset);
            const GpuSegment &gs =
                m_frame.model.scenario.segmentAt(m_frame.geometry.firstGpu(path) + i);
            m_frame.fillType(chip, gs);
            if (nic.height() >= 1.5)
                m_frame.fill(FillNic, nic);
            if (gpuPx >= detail::gpuDetailPx)
                m_gpu.paint(int(i), chip, nic, gs);
        };
        // A GPU in detail where its server is not one tile (around a GPU in focus, or a server
        // too large for one): its column, over the server's chassis, with its labels.
        const QRectF C = m_frame.screen(col);
        if (gpuPx >= detail::gpuDetailPx && m_frame.partTileFits(C) &&
            m_frame.paintTiled(m_frame.partTileKey(ElementPath::ofGpu(g, r, s, int(i)), C), C, true,
                               [&] {
                                   m_frame.fill(FillChassis, C);
                                   paintGpu();
                               }))
            continue;
        paintGpu();
    }
    for (int i = gpus; i < f.gpusPerServer; ++i)
        m_frame.empty(m_frame.screen(m_frame.geometry.gpuRect(g, r, s, i)));
    // The server's own side: one more NIC and the power supplies.
    const QRectF side = m_frame.screen(HierarchyGeometry::serverSideRect(sw));
    const bool framedGpu =
        m_frame.framedDeep && m_frame.state.focus.level() == ElementPath::Level::Gpu;
    if (side.width() >= 4 && side.intersects(m_frame.clip) && (!framedGpu || m_frame.clear(side)))
        paintSide(side.adjusted(inset, inset, -inset, -inset), seg.isAsBuilt());
    // Caption band.
    const QRectF cap = m_frame.screen(HierarchyGeometry::serverCaptionRect(sw));
    if (cap.height() >= 10 && cap.intersects(m_frame.area)) {
        const QString name = QCoreApplication::translate("Diagram", "Server %1").arg(s);
        const QString u = formatCount(f.serverHeightU);
        QString model;
        if (seg.isAsBuilt())
            model = QCoreApplication::translate("Diagram", "%1U liquid-cooled HGX H100").arg(u);
        else
            model =
                QCoreApplication::translate("Diagram", "%1U liquid-cooled server, layout as built")
                    .arg(u);
        const QString bw = QCoreApplication::translate("Diagram", "%1 Tb/s Ethernet")
                               .arg(FigureFormat::number(m_frame.model.serverBandwidthTb));
        // The bandwidth goes at the right only where the caption is wide enough for both,
        // and only for the servers the report describes (the built H100 ones).
        const bool wide = cap.width() >= 900 && seg.isAsBuilt();
        const QRectF t = m_frame.label(
            cap.adjusted(0, cap.height() * 0.1, wide ? -cap.width() * 0.3 : 0, 0),
            {QCoreApplication::translate("Diagram", "%1 · %2 · %3 GPUs").arg(name, model).arg(gpus),
             QStringLiteral("%1 · %2").arg(name, model),
             QCoreApplication::translate("Diagram", "%1 · %2U HGX %3")
                 .arg(name, u, gpuTypeName(seg.type)),
             QCoreApplication::translate("Diagram", "%1 · %2U HGX").arg(name, u), name,
             QString::number(s)},
            FrameContext::grown(20, QRectF(0, 0, cap.width(), cap.height() * 0.9)), true,
            textOn(m_frame.colours[FillChassis]), Qt::AlignLeft);
        m_frame.zone(t, QStringLiteral("liquid_cooled_4u"), true,
                     QCoreApplication::translate("Diagram",
                                                 "4U liquid-cooled server (Supermicro's in the "
                                                 "tour report; Dell was to assemble half the "
                                                 "racks, Musk said)"));
        if (wide) {
            const QRectF right(cap.right() - cap.width() * 0.3, cap.y() + cap.height() * 0.1,
                               cap.width() * 0.3, cap.height() * 0.9);
            const QRectF b = m_frame.label(
                right, {bw + QCoreApplication::translate("Diagram", " per server"), bw},
                FrameContext::grown(18, right), false, m_frame.theme.network, Qt::AlignRight);
            m_frame.zone(b, QStringLiteral("server_bandwidth_tb"), false,
                         QCoreApplication::translate("Diagram", "Ethernet bandwidth per server"));
        }
    }
}

void ServerPainter::paintSide(const QRectF &side, bool asBuilt) {
    const int psus = std::max(1, m_frame.model.psusPerServer);
    const double rowH = side.height() / (psus + 1.5);
    const double gap = rowH >= 8 ? rowH * 0.12 : 0;
    const QRectF nic(side.x(), side.y(), side.width(), rowH * 1.5 - gap);
    m_frame.fill(FillNic, nic);
    if (rowH < 4) {
        // Power supplies a few pixels high: one block.
        m_frame.fill(FillPsu,
                     QRectF(side.x(), nic.bottom(), side.width(), side.bottom() - nic.bottom()));
        return;
    }
    const QString gb = formatCount(m_frame.model.extraNicGb);
    const QStringList texts =
        asBuilt
            ? QStringList{QCoreApplication::translate("Diagram", "+1 NIC, %1 Gb").arg(gb),
                          QCoreApplication::translate("Diagram", "+%1 Gb").arg(gb),
                          QCoreApplication::translate(
                              "Diagram", "NIC", "network card, shortest form when space is tight")}
            : QStringList{QCoreApplication::translate("Diagram", "NIC as built"),
                          QCoreApplication::translate(
                              "Diagram", "NIC", "network card, shortest form when space is tight")};
    const QRectF t = m_frame.label(nic, texts, FrameContext::grown(16, nic), true,
                                   textOn(m_frame.theme.network));
    m_frame.zone(t.isEmpty() && nic.height() >= 6 ? nic : t, QStringLiteral("extra_nic_gb"), false,
                 asBuilt ? QCoreApplication::translate("Diagram", "The server's extra NIC")
                         : QCoreApplication::translate(
                               "Diagram", "The built servers' extra NIC (not reported for these)"));
    for (int k = 0; k < psus; ++k) {
        const QRectF pr(side.x(), side.y() + rowH * (1.5 + k), side.width(), rowH - gap);
        m_frame.fill(FillPsu, pr);
        const QRectF pt = m_frame.label(
            pr,
            {QCoreApplication::translate("Diagram", "PSU %1 (redundant)").arg(k + 1),
             QCoreApplication::translate("Diagram", "PSU %1").arg(k + 1), QString::number(k + 1)},
            FrameContext::grown(14, pr), false, textOn(m_frame.theme.power));
        m_frame.zone(pt.isEmpty() && pr.height() >= 6 ? pr : pt, QStringLiteral("psus_per_server"),
                     false,
                     QCoreApplication::translate("Diagram", "Redundant power supplies per server"));
    }
}

} // namespace colossus
