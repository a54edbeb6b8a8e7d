#include "diagram/painters/RackFrontPainter.h"

#include <QCoreApplication>

namespace colossus {

void RackFrontPainter::paint(int g, int r, const QRectF &interior) {
    const Fanout &f = m_frame.geometry.fanout();
    const QRectF rw = m_frame.geometry.rackRect(g, r);
    const int servers = m_frame.geometry.serversInRack(g, r);
    const ElementPath path = ElementPath::ofRack(g, r);
    if (f.serverHeightU * m_frame.px < detail::serverMinPx) {
        const QRectF serversArea(interior.x(), interior.y(), interior.width(),
                                 m_frame.geometry.rackUnits() - f.pumpUnitHeightU);
        m_frame.fillSpans(m_frame.screen(serversArea), m_frame.geometry.firstGpu(path),
                          m_frame.geometry.gpusIn(path), qint64(f.serversPerRack) * f.gpusPerServer,
                          true);
        m_frame.fill(FillPump, m_frame.screen(m_frame.geometry.pumpUnitRect(g, r)));
    } else {
        const IndexRange vs = m_frame.geometry.visibleServers(g, r, m_frame.world);
        for (qint64 s = vs.first; s <= vs.last; ++s) {
            // A framed server's neighbours are drawn only where whole.
            if (m_frame.framedDeep &&
                !(ElementPath::ofServer(g, r, int(s)) == m_frame.focusServer) &&
                !m_frame.whole(m_frame.screen(m_frame.geometry.serverRect(g, r, int(s)))))
                continue;
            m_server.paint(g, r, int(s));
        }
        if (f.manifoldHeightU * m_frame.px >= 1.5) {
            for (int m = 0; m + 1 < f.serversPerRack; ++m) {
                const QRectF mw = m_frame.geometry.manifoldRect(g, r, m);
                if (!mw.intersects(m_frame.world))
                    continue;
                const QRectF M = m_frame.screen(mw);
                m_frame.fill(FillCoolant, M);
                if (M.height() >= 12) {
                    // The long name only where it is read at full size, not shrunk
                    // below the short one's size.
                    const QString u = formatCount(f.manifoldHeightU);
                    QStringList texts{
                        QCoreApplication::translate("Diagram", "%1U manifold").arg(u)};
                    if (M.height() >= 20)
                        texts.prepend(QCoreApplication::translate(
                                          "Diagram", "%1U cooling manifold between servers")
                                          .arg(u));
                    const QRectF t = m_frame.label(M, texts, FrameContext::grown(14, M), false,
                                                   textOn(m_frame.theme.coolant));
                    m_frame.zone(
                        t, QStringLiteral("manifolds_between_servers"), true,
                        QCoreApplication::translate("Diagram", "Cooling manifold between servers"));
                }
            }
        }
        const QRectF pw = m_frame.geometry.pumpUnitRect(g, r);
        if (pw.intersects(m_frame.world))
            paintPumpUnit(m_frame.screen(pw));
        if (f.serverHeightU * m_frame.px >= 4) {
            for (int s = servers; s < f.serversPerRack; ++s) {
                const QRectF sw = m_frame.geometry.serverRect(g, r, s);
                if (!sw.intersects(m_frame.world))
                    continue;
                const QRectF E = m_frame.screen(sw);
                m_frame.empty(E);
                if (s == servers) {
                    m_frame.label(
                        E,
                        {QCoreApplication::translate("Diagram", "empty: the %1 GPUs end above")
                             .arg(formatCount(double(m_frame.geometry.gpuCount()))),
                         QCoreApplication::translate("Diagram", "empty slot"),
                         QCoreApplication::translate("Diagram", "empty")},
                        FrameContext::grown(14, E), false, textOn(m_frame.colours[FillFrame]));
                }
            }
        }
    }
    // The rack's label, in its top zone.
    // In a room the label may reach into the margin above the rack (on a pill, as it then
    // lies partly on the background), so it keeps the room's size.
    const double above = m_frame.room() ? HierarchyGeometry::rackGap * 0.5 : 0;
    const QRectF top = m_frame.screen(
        QRectF(rw.x(), rw.y() - above, rw.width(), HierarchyGeometry::rackTopZone + above));
    if (top.height() >= 12 && top.top() >= m_frame.area.top() - 1) {
        const qint64 gpus = m_frame.geometry.gpusIn(path);
        const QString name = QCoreApplication::translate("Diagram", "Rack %1").arg(r);
        QStringList texts;
        if (servers < f.serversPerRack) {
            texts << QCoreApplication::translate("Diagram", "%1 · part full: %2 of %3 servers")
                         .arg(name)
                         .arg(servers)
                         .arg(f.serversPerRack)
                  << QCoreApplication::translate("Diagram", "%1 · part full, %2 GPUs")
                         .arg(name, formatCount(double(gpus)));
        } else {
            texts << QCoreApplication::translate("Diagram", "%1 · front · %2 GPUs")
                         .arg(name, formatCount(double(gpus)))
                  << QCoreApplication::translate("Diagram", "%1 · %2 GPUs")
                         .arg(name, formatCount(double(gpus)));
        }
        texts << name << QString::number(r);
        const QRectF t =
            m_frame.room()
                ? m_frame.label(top, texts, 18, true, m_frame.theme.text, Qt::AlignCenter, true)
                : m_frame.label(top, texts, 18, true, textOn(m_frame.colours[FillFrame]));
        if (!t.isEmpty() && servers == f.serversPerRack)
            m_frame.zone(t, QStringLiteral("gpus_per_rack"), false,
                         QCoreApplication::translate("Diagram", "GPUs per rack"));
    }
}

void RackFrontPainter::paintPumpUnit(const QRectF &P) {
    m_frame.fill(FillPump, P);
    if (P.height() >= 10) {
        // Two pumps (redundant), drawn as coolant-coloured blocks.
        const double h = P.height() * 0.5;
        const double w = std::min(P.width() * 0.12, h * 1.4);
        m_frame.fill(FillCoolant, QRectF(P.right() - 2.6 * w, P.center().y() - h / 2, w, h));
        m_frame.fill(FillCoolant, QRectF(P.right() - 1.4 * w, P.center().y() - h / 2, w, h));
        const QRectF text(P.x(), P.y(), P.width() - 2.8 * w, P.height());
        const QString u = formatCount(m_frame.geometry.fanout().pumpUnitHeightU);
        const QRectF t = m_frame.label(
            text,
            {QCoreApplication::translate("Diagram", "%1U unit: redundant pumps, rack monitoring")
                 .arg(u),
             QCoreApplication::translate("Diagram", "%1U pumps + monitoring").arg(u),
             QCoreApplication::translate("Diagram", "%1U pumps").arg(u)},
            FrameContext::grown(16, text), false, textOn(m_frame.colours[FillPump]));
        m_frame.zone(t, QStringLiteral("pump_unit"), true,
                     QCoreApplication::translate(
                         "Diagram", "Pump unit with redundant pumps and rack monitoring"));
    }
}

} // namespace colossus
