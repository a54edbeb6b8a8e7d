#include "diagram/painters/LegendPainter.h"

#include "diagram/painters/FrameContext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSet>

namespace colossus {

void LegendPainter::paint(QPainter &p, const DiagramModel &model, const QRectF &band,
                          const DiagramCamera &camera, const QRectF &diagramArea,
                          const PaintOptions &options, QList<LinkZone> &zones) {
    const Theme &t = options.theme;
    // In a room, at least the room's minimum; entries that would run off the band are left
    // out rather than cut.
    const bool inRoom = options.minimumTextPx > 0;
    const double px = std::max(std::clamp(band.height() * 0.42, 12.0, 16.0), options.minimumTextPx);
    const QFont font = Theme::font(px);
    const QFont bold = Theme::font(px, true);
    const QFontMetricsF fm(font);
    const QFontMetricsF fmb(bold);
    p.setRenderHint(QPainter::Antialiasing, true);
    double x = band.x() + px * 0.5;
    const double cy = band.center().y();
    const double sw = px * 1.1;
    const Catalogue &c = model.catalogue;
    QSet<QString> shown;
    const auto item = [&](GpuType a, GpuType b, const QString &text, const QString &figureId) {
        if (inRoom && x + sw + px * 0.4 + fm.horizontalAdvance(text) > band.right() - px * 0.5) {
            x = band.right(); // and the entries after it
            return;
        }
        const QRectF swatch(x, cy - sw / 2, sw, sw);
        p.setPen(Qt::NoPen);
        if (b == GpuType::None) {
            p.setBrush(gpuTypeColour(a, t));
            p.drawRect(swatch);
        } else {
            p.setBrush(gpuTypeColour(a, t));
            p.drawRect(QRectF(swatch.x(), swatch.y(), sw / 2, sw));
            p.setBrush(gpuTypeColour(b, t));
            p.drawRect(QRectF(swatch.x() + sw / 2, swatch.y(), sw / 2, sw));
        }
        p.setPen(t.text);
        p.setFont(font);
        const double w = fm.horizontalAdvance(text);
        const QRectF tr(swatch.right() + px * 0.4, band.y(), w, band.height());
        p.drawText(tr, Qt::AlignVCenter | Qt::AlignLeft, text);
        const Figure *fig = c.figure(figureId);
        zones.append({QRectF(swatch.topLeft(), QPointF(tr.right(), swatch.bottom())), figureId,
                      false, fig ? fig->label : text});
        x = tr.right() + px * 1.2;
    };
    // " (2024-07-22)" or, without a date, the report's number: " [003]".
    const auto asOf = [&](const QString &id) {
        const Figure *f = c.figure(id);
        if (!f)
            return QString();
        if (!f->asOf.isEmpty())
            return QStringLiteral(" (%1)").arg(f->asOf);
        if (!f->source.isEmpty())
            return QStringLiteral(" [%1]").arg(f->source.section(u'_', 0, 0));
        return QString();
    };
    for (const GpuSegment &s : model.scenario.segments) {
        if (s.alternative != GpuType::None) {
            const Figure *alt = c.figure(s.alternativeFigureId);
            item(s.type, GpuType::None,
                 QStringLiteral("%1 %2%3").arg(formatCount(double(s.count)), gpuTypeName(s.type),
                                               asOf(s.figureId)),
                 s.figureId);
            item(s.alternative, GpuType::None,
                 QStringLiteral("or %1 %2%3")
                     .arg(formatCount(alt ? alt->value : double(s.count)),
                          gpuTypeName(s.alternative), asOf(s.alternativeFigureId)),
                 s.alternativeFigureId);
            item(s.type, s.alternative, QStringLiteral("= both readings drawn"), s.figureId);
        } else {
            item(s.type, GpuType::None,
                 QStringLiteral("%1 %2%3").arg(formatCount(double(s.count)), gpuTypeName(s.type),
                                               asOf(s.figureId)),
                 s.figureId);
        }
    }
    // At block scale, what one block is.
    {
        const HierarchyGeometry &g = model.geometry;
        const Fanout &f = g.fanout();
        const QString text =
            QStringLiteral("one block = a group of %1 racks × %2 GPUs = %3 GPUs")
                .arg(f.racksPerGroup)
                .arg(f.serversPerRack * f.gpusPerServer)
                .arg(formatCount(double(f.racksPerGroup) * f.serversPerRack * f.gpusPerServer));
        const bool fits = !inRoom || x + sw * 2 + px * 0.4 + fm.horizontalAdvance(text) <=
                                         band.right() - px * 0.5;
        if (f.serverHeightU * camera.scale < 12 && !model.scenario.segments.isEmpty() && fits) {
            const QRectF swatch(x, cy - sw / 2, sw * 2, sw);
            p.setPen(QPen(t.line, 1));
            p.setBrush(t.surface);
            p.drawRect(swatch);
            p.setPen(Qt::NoPen);
            p.setBrush(gpuTypeColour(model.scenario.segments.first().type, t));
            for (int k = 0; k < 4; ++k)
                p.drawRect(QRectF(swatch.x() + sw * (0.2 + 0.45 * k), swatch.y() + sw * 0.2,
                                  sw * 0.3, sw * 0.65));
            p.setPen(t.text);
            p.setFont(font);
            const QRectF tr(swatch.right() + px * 0.4, band.y(), fm.horizontalAdvance(text),
                            band.height());
            p.drawText(tr, Qt::AlignVCenter | Qt::AlignLeft, text);
            zones.append({QRectF(swatch.topLeft(), QPointF(tr.right(), swatch.bottom())),
                          u"gpus_per_group"_qs, false, QStringLiteral("GPUs per group of racks")});
            x = tr.right() + px * 1.2;
        }
    }
    // The note on the right: what is schematic at this zoom.
    const HierarchyGeometry &g = model.geometry;
    const double u = camera.scale;
    QString note;
    const double gpuPx = (HierarchyGeometry::rackWidth - 2 * HierarchyGeometry::rackFrame) *
                         HierarchyGeometry::serverGpuShare / g.fanout().gpusPerServer * u;
    if (gpuPx >= detail::gpuDetailPx) {
        note = QStringLiteral("Parts as reported; their placement in the server is schematic");
    } else if (g.fanout().serverHeightU * u >= 12) {
        note = QStringLiteral("Rack units as reported; drawing schematic");
    } else {
        const int last = g.groupCount() - 1;
        const QString partial = g.racksInGroup(last) < g.fanout().racksPerGroup
                                    ? QStringLiteral(" · last group partial (%1 of %2 racks)")
                                          .arg(g.racksInGroup(last))
                                          .arg(g.fanout().racksPerGroup)
                                    : QString();
        note = QStringLiteral("Groups in rows: schematic, no floor plan reported · %1 groups, "
                              "%2 racks drawn (derived)%3")
                   .arg(formatCount(g.groupCount()), formatCount(double(g.rackCount())), partial);
    }
    Q_UNUSED(diagramArea);
    const double room = band.right() - x - px;
    if (room > px * 6) {
        p.setPen(t.schematic);
        p.setFont(font);
        const QString elided = fm.elidedText(note, Qt::ElideRight, room);
        p.drawText(QRectF(band.right() - room - px * 0.5, band.y(), room, band.height()),
                   Qt::AlignVCenter | Qt::AlignRight, elided);
    }
    p.setPen(QPen(t.line, 1));
    p.drawLine(QPointF(band.left(), band.bottom() - 0.5),
               QPointF(band.right(), band.bottom() - 0.5));
    Q_UNUSED(fmb);
}

} // namespace colossus
