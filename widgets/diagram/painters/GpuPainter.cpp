#include "diagram/painters/GpuPainter.h"

#include <QCoreApplication>

namespace colossus {

void GpuPainter::paint(int index, const QRectF &chip, const QRectF &nic, const GpuSegment &seg) {
    const QColor chipColour = m_frame.colours[segmentFill(seg)];
    // Cold plate with its two coolant pipes (supply and return) up to the manifold.
    const QRectF plate(chip.x() + chip.width() * 0.14, chip.y() + chip.height() * 0.12,
                       chip.width() * 0.72, chip.height() * 0.2);
    m_frame.fill(FillCoolantTop, plate);
    for (double fx : {0.3, 0.7}) {
        const double x = chip.x() + chip.width() * fx;
        m_frame.line(QLineF(x, chip.y() - chip.height() * 0.02, x, plate.top()));
    }
    m_frame.label(plate,
                  {QCoreApplication::translate("Diagram", "liquid cooling"),
                   QCoreApplication::translate("Diagram", "cooling")},
                  FrameContext::grown(14, plate), false, textOn(m_frame.theme.coolant));
    m_frame.zone(plate, QStringLiteral("liquid_cooled_4u"), true,
                 QCoreApplication::translate("Diagram", "Liquid cooling for every GPU"));
    const QRectF die(chip.x(), plate.bottom(), chip.width(), chip.bottom() - plate.bottom());
    QString type = gpuTypeName(seg.type);
    if (seg.type == GpuType::Unknown)
        type = QStringLiteral("GPU");
    const QColor on = textOn(chipColour);
    const QRectF name(die.x(), die.y(), die.width(), die.height() * 0.3);
    m_frame.label(
        name, {QCoreApplication::translate("Diagram", "GPU %1").arg(index), QString::number(index)},
        FrameContext::grown(18, name), false, on);
    QRectF t;
    if (seg.alternative != GpuType::None) {
        const QRectF l(die.x(), die.y() + die.height() * 0.3, die.width() / 2, die.height() * 0.4);
        t = m_frame.label(l, {gpuTypeName(seg.type)}, 30, true,
                          textOn(m_frame.colours[typeFill(seg.type)]));
        m_frame.label(l.translated(l.width(), 0), {gpuTypeName(seg.alternative)}, 30, true,
                      textOn(m_frame.colours[typeFill(seg.alternative)]));
    } else {
        t = m_frame.label(
            QRectF(die.x(), die.y() + die.height() * 0.3, die.width(), die.height() * 0.4), {type},
            40, true, on);
    }
    if (seg.type == GpuType::H100 && seg.alternative == GpuType::None) {
        m_frame.label(
            QRectF(die.x(), die.y() + die.height() * 0.7, die.width(), die.height() * 0.22),
            {QCoreApplication::translate("Diagram", "HGX H100 board"), QStringLiteral("HGX")},
            FrameContext::grown(14, QRectF(0, 0, die.width(), die.height() * 0.22)), false, on);
        m_frame.zone(die, QStringLiteral("hgx_h100"), true,
                     QCoreApplication::translate("Diagram", "NVIDIA HGX H100"));
    } else {
        m_frame.zone(die, seg.figureId, false,
                     QCoreApplication::translate("Diagram", "GPU type in this scenario"));
    }
    const QString gb = formatCount(m_frame.model.nicPerGpuGb);
    // The report gives a 400 GbE NIC per GPU of the built cluster only: GPUs of the plans are
    // drawn with the same card, labelled as an assumption.
    m_frame.label(
        nic,
        seg.isAsBuilt()
            ? QStringList{QCoreApplication::translate("Diagram", "%1 GbE NIC, this GPU's own")
                              .arg(gb),
                          QCoreApplication::translate("Diagram", "%1 GbE NIC").arg(gb),
                          QStringLiteral("%1G").arg(gb),
                          QCoreApplication::translate(
                              "Diagram", "NIC", "network card, shortest form when space is tight")}
            : QStringList{QCoreApplication::translate("Diagram", "NIC as built (not reported)"),
                          QCoreApplication::translate("Diagram", "NIC as built"),
                          QCoreApplication::translate(
                              "Diagram", "NIC", "network card, shortest form when space is tight")},
        FrameContext::grown(22, nic), true, textOn(m_frame.theme.network));
    m_frame.zone(nic, QStringLiteral("nic_per_gpu_gb"), false,
                 QCoreApplication::translate("Diagram", "A dedicated NIC per GPU"));
}

} // namespace colossus
