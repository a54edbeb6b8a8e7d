#include "diagram/painters/RackRearPainter.h"

#include <QCoreApplication>

namespace colossus {

void RackRearPainter::paint(int g, int r, const QRectF &interior) {
    const Fanout &f = m_frame.geometry.fanout();
    const QRectF rw = m_frame.geometry.rackRect(g, r);
    const double strip = 1.5;
    // Ethernet switches in the top zone, the rack-sized manifold on the left, the
    // three-phase power on the right (positions schematic: the reports name the parts).
    const QRectF sw(rw.x() + HierarchyGeometry::rackFrame, rw.y() + 0.25, interior.width(),
                    HierarchyGeometry::rackTopZone - 0.5);
    const QRectF SW = m_frame.screen(sw);
    m_frame.fill(FillSwitch, SW);
    // The rack's name on the left of its top zone, as large as on the front; the switches'
    // label beside it where there is room.
    QRectF switchesRoom = SW;
    const QRectF top =
        m_frame.screen(QRectF(rw.x(), rw.y(), rw.width(), HierarchyGeometry::rackTopZone));
    if (top.height() >= 12 && top.top() >= m_frame.area.top() - 1) {
        const QRectF name =
            m_frame.label(top,
                          {QCoreApplication::translate("Diagram", "Rack %1 · rear").arg(r),
                           QCoreApplication::translate("Diagram", "Rack %1").arg(r)},
                          18, true, textOn(m_frame.colours[FillSwitch]), Qt::AlignLeft);
        if (!name.isEmpty())
            switchesRoom.setLeft(name.right());
    }
    m_frame.zone(
        m_frame.label(switchesRoom,
                      {QCoreApplication::translate("Diagram", "Ethernet switches (not InfiniBand)"),
                       QCoreApplication::translate("Diagram", "Ethernet switches"),
                       QCoreApplication::translate("Diagram", "switches")},
                      FrameContext::grown(16, SW), true, textOn(m_frame.colours[FillSwitch])),
        QStringLiteral("ethernet_not_infiniband"), true,
        QCoreApplication::translate("Diagram", "Ethernet switches"));
    const QRectF manifold =
        m_frame.screen(QRectF(interior.x(), interior.y(), strip, interior.height()));
    m_frame.fill(FillCoolant, manifold);
    m_frame.zone(
        m_frame.label(manifold,
                      {QCoreApplication::translate("Diagram", "rack-sized manifold (coolant)"),
                       QCoreApplication::translate("Diagram", "manifold")},
                      16, true, textOn(m_frame.theme.coolant), Qt::AlignCenter, false, true),
        QStringLiteral("rack_rear"), true,
        QCoreApplication::translate("Diagram", "Rack-sized cooling manifold"));
    const QRectF power =
        m_frame.screen(QRectF(interior.right() - strip, interior.y(), strip, interior.height()));
    m_frame.fill(FillPsu, power);
    m_frame.zone(
        m_frame.label(power,
                      {QCoreApplication::translate("Diagram", "three-phase power supplies"),
                       QCoreApplication::translate("Diagram", "3-phase power")},
                      16, true, textOn(m_frame.theme.power), Qt::AlignCenter, false, true),
        QStringLiteral("rack_rear"), true,
        QCoreApplication::translate("Diagram", "Three-phase power supplies"));
    const int servers = m_frame.geometry.serversInRack(g, r);
    const int psus = std::max(1, m_frame.model.psusPerServer);
    const int nics = f.gpusPerServer + 1;
    for (int s = 0; s < f.serversPerRack; ++s) {
        const QRectF full = m_frame.geometry.serverRect(g, r, s);
        const QRectF back(interior.x() + strip + 0.3, full.y(), interior.width() - 2 * strip - 0.6,
                          full.height());
        if (!back.intersects(m_frame.world))
            continue;
        const QRectF B = m_frame.screen(back);
        if (s >= servers) {
            m_frame.empty(B);
            continue;
        }
        m_frame.fill(FillChassis, B);
        // Hose from the manifold to the server.
        m_frame.fill(FillCoolant, m_frame.screen(QRectF(interior.x() + strip,
                                                        full.center().y() - 0.15, 0.3, 0.3)));
        const double cap = B.height() * 0.28;
        const QRectF body(B.x(), B.y() + cap, B.width(), B.height() - cap);
        const double psuW = body.width() * 0.4 / psus;
        for (int k = 0; k < psus; ++k) {
            m_frame.fill(FillPsu,
                         QRectF(body.right() - (psus - k) * psuW + psuW * 0.08,
                                body.y() + body.height() * 0.1, psuW * 0.84, body.height() * 0.8));
        }
        const double portW = body.width() * 0.55 / nics;
        for (int k = 0; k < nics; ++k) {
            m_frame.fill(FillNic,
                         QRectF(body.x() + k * portW + portW * 0.15, body.y() + body.height() * 0.3,
                                portW * 0.7, body.height() * 0.4));
        }
        const QRectF t = m_frame.label(
            QRectF(B.x(), B.y(), B.width(), cap),
            {QCoreApplication::translate("Diagram",
                                         "Server %1, rear: %2 redundant PSUs, %3 + 1 NICs")
                 .arg(s)
                 .arg(psus)
                 .arg(nics - 1),
             QCoreApplication::translate("Diagram", "Server %1 rear").arg(s), QString::number(s)},
            FrameContext::grown(14, QRectF(0, 0, B.width(), cap)), false,
            textOn(m_frame.colours[FillChassis]), Qt::AlignLeft);
        m_frame.zone(
            t, QStringLiteral("redundant_psus"), true,
            QCoreApplication::translate("Diagram", "Four redundant power supplies per server"));
    }
    const QRectF pump = m_frame.geometry.pumpUnitRect(g, r);
    const QRectF P = m_frame.screen(QRectF(interior.x() + strip + 0.3, pump.y(),
                                           interior.width() - 2 * strip - 0.6, pump.height()));
    m_frame.fill(FillPump, P);
    m_frame.label(P,
                  {QCoreApplication::translate("Diagram", "pump unit (rear)"),
                   QCoreApplication::translate("Diagram", "pumps")},
                  FrameContext::grown(14, P), false, textOn(m_frame.colours[FillPump]));
}

} // namespace colossus
