#include "diagram/painters/LegendPainter.h"

#include "catalogue/DerivedMark.h"
#include "catalogue/FigureFormat.h"
#include "diagram/painters/CacheKey.h"
#include "diagram/painters/FrameContext.h"

#include <QCache>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSet>

#include <atomic>
#include <cmath>

namespace colossus {

using cacheKey::add;
using cacheKey::addText;
using cacheKey::addTheme;

namespace {

std::atomic<bool> cacheEnabled{true};

// " (22 Jul 2024)" in the reader's date format or, without a date, the report's number:
// " [003]".
QString asOfText(const Catalogue &c, const QString &id) {
    const Figure *f = c.figure(id);
    if (!f)
        return QString();
    if (!f->asOf.isEmpty())
        return QStringLiteral(" (%1)").arg(FigureFormat::date(f->asOf));
    if (!f->source.isEmpty())
        return QStringLiteral(" [%1]").arg(f->source.section(u'_', 0, 0));
    return QString();
}

// The note on the right that a scale draws: what is schematic at that zoom.
enum class Note { Parts, RackUnits, Groups };
Note noteAt(const HierarchyGeometry &g, double scale) {
    const double gpuPx = (HierarchyGeometry::rackWidth - 2 * HierarchyGeometry::rackFrame) *
                         HierarchyGeometry::serverGpuShare / g.fanout().gpusPerServer * scale;
    if (gpuPx >= detail::gpuDetailPx)
        return Note::Parts;
    return g.fanout().serverHeightU * scale >= 12 ? Note::RackUnits : Note::Groups;
}

// Whether a scale shows the "one block = a group…" entry: where racks are blocks.
bool blockShownAt(const HierarchyGeometry &g, double scale) {
    return g.fanout().serverHeightU * scale < 12;
}

// Which note and whether the block a scale draws: the part of the scale the band depends on.
int scaleBucket(const HierarchyGeometry &g, double scale) {
    return int(noteAt(g, scale)) * 2 + int(blockShownAt(g, scale));
}

// A band drawn into an image, with what drawing it left in the painter (later painting
// depends on it) and its link zones relative to the band's top-left.
struct Band {
    QImage image;
    QList<LinkZone> zones;
    QBrush brush;
    QFont font;
    bool fontSet = false;
};

struct BandCache {
    QCache<QByteArray, Band> bands{16 * 1024}; // in KB
    qsizetype made = 0;
    qsizetype blits = 0;
};

BandCache &bandCache() {
    thread_local BandCache cache;
    return cache;
}

// Everything that changes the band's pixels and zones, but its position.
QByteArray bandKey(const DiagramModel &model, const QRectF &band, const DiagramCamera &camera,
                   const PaintOptions &options, QImage::Format format) {
    QByteArray key;
    add(key, int(format));
    add(key, band.width());
    add(key, band.height());
    add(key, options.minimumTextPx);
    add(key, options.printing);
    const Theme &t = options.theme;
    addTheme(key, t);
    const Catalogue &c = model.catalogue;
    for (const GpuSegment &s : model.scenario.segments) {
        add(key, s.count);
        add(key, int(s.type));
        add(key, int(s.alternative));
        add(key, gpuSegmentColour(s, t).rgba64());
        add(key, gpuTypeColour(s.type, t).rgba64());
        add(key, gpuTypeColour(s.alternative, t).rgba64());
        for (const QString &id : {s.figureId, s.alternativeFigureId}) {
            addText(key, id);
            const Figure *fig = c.figure(id);
            add(key, fig ? fig->value : 0.0);
            addText(key, fig ? fig->label() : QString());
            addText(key, asOfText(c, id));
        }
    }
    add(key, qsizetype(-1));
    const HierarchyGeometry &g = model.geometry;
    const Fanout &f = g.fanout();
    add(key, f.gpusPerServer);
    add(key, f.serversPerRack);
    add(key, f.racksPerGroup);
    add(key, f.serverHeightU);
    add(key, g.groupCount());
    add(key, g.rackCount());
    add(key, g.racksInGroup(g.groupCount() - 1));
    add(key, scaleBucket(g, camera.scale));
    // The language, its number format and its fonts.
    addText(key, QLocale().name());
    addText(key, QCoreApplication::translate("LegendPainter", "Placement schematic"));
    addText(key, Theme::font(16).families().join(u','));
    return key;
}

} // namespace

void LegendPainter::setCacheEnabled(bool enabled) {
    cacheEnabled = enabled;
}

bool LegendPainter::isCacheEnabled() {
    return cacheEnabled;
}

qsizetype LegendPainter::cachedImageCount() {
    return bandCache().made;
}

qsizetype LegendPainter::blitCount() {
    return bandCache().blits;
}

void LegendPainter::clearCache() {
    bandCache().bands.clear();
}

void LegendPainter::paint(QPainter &p, const DiagramModel &model, const QRectF &band,
                          const DiagramCamera &camera, const QRectF &diagramArea,
                          const PaintOptions &options, QList<LinkZone> &zones) {
    Q_UNUSED(diagramArea);
    // A blit gives the very pixels drawing would only on an image of 32-bit pixels, one device
    // pixel per unit, the band's left, top and width on whole pixels, over the frame's opaque
    // background (DiagramRenderer fills it just before).
    const QPaintDevice *target = p.device();
    const auto *image = target && target->devType() == QInternal::Image
                            ? static_cast<const QImage *>(target)
                            : nullptr;
    const QTransform device = p.deviceTransform();
    const QPointF at = band.topLeft() + QPointF(device.dx(), device.dy());
    const auto whole = [](double v) {
        return v == std::round(v);
    };
    const bool exact = cacheEnabled && image &&
                       (image->format() == QImage::Format_RGB32 ||
                        image->format() == QImage::Format_ARGB32_Premultiplied) &&
                       image->devicePixelRatio() == 1 && !options.transparent &&
                       options.theme.background.alpha() == 255 &&
                       device.type() <= QTransform::TxTranslate && whole(at.x()) && whole(at.y()) &&
                       whole(band.width()) && band.width() >= 1 && band.height() >= 1 &&
                       p.opacity() == 1 &&
                       p.compositionMode() == QPainter::CompositionMode_SourceOver;
    if (!exact) {
        draw(p, model, band, camera, options, zones, true);
        return;
    }
    BandCache &cache = bandCache();
    const QByteArray key = bandKey(model, band, camera, options, image->format());
    const Band *kept = cache.bands.object(key);
    Band made;
    if (!kept) {
        // Drawn where it will be blitted, less the whole pixels of its offset, so every
        // coordinate falls as on the frame.
        made.image = QImage(int(band.width()), int(std::ceil(band.height())), image->format());
        made.image.fill(options.theme.background);
        QPainter ip(&made.image);
        const QFont before = ip.font();
        ip.translate(-band.topLeft());
        QList<LinkZone> drawn;
        // The rule under the band is left out: its square caps reach a pixel past the band,
        // over what the image does not hold. It is drawn on the frame after the blit.
        draw(ip, model, band, camera, options, drawn, false);
        made.brush = ip.brush();
        made.font = ip.font();
        made.fontSet = made.font != before;
        ip.end();
        for (LinkZone z : std::as_const(drawn)) {
            z.rect.translate(-band.topLeft());
            made.zones.append(z);
        }
        ++cache.made;
        const qsizetype kb = 1 + made.image.sizeInBytes() / 1024;
        if (kb < cache.bands.maxCost()) {
            cache.bands.insert(key, new Band(made), int(kb));
            kept = cache.bands.object(key);
        }
    }
    const Band &b = kept ? *kept : made;
    p.drawImage(band.topLeft(), b.image);
    ++cache.blits;
    for (LinkZone z : b.zones) {
        z.rect.translate(band.topLeft());
        zones.append(z);
    }
    // What drawing would have left in the painter, and the rule drawn last.
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(b.brush);
    if (b.fontSet)
        p.setFont(b.font);
    drawRule(p, band, options);
}

void LegendPainter::draw(QPainter &p, const DiagramModel &model, const QRectF &band,
                         const DiagramCamera &camera, const PaintOptions &options,
                         QList<LinkZone> &zones, bool rule) {
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
    // A swatch of one colour, or of two (b valid) where the reports disagree on the type.
    const auto item = [&](const QColor &a, const QColor &b, const QString &text,
                          const QString &figureId) {
        if (inRoom && x + sw + px * 0.4 + fm.horizontalAdvance(text) > band.right() - px * 0.5) {
            x = band.right(); // and the entries after it
            return;
        }
        const QRectF swatch(x, cy - sw / 2, sw, sw);
        p.setPen(Qt::NoPen);
        if (!b.isValid()) {
            p.setBrush(a);
            p.drawRect(swatch);
        } else {
            p.setBrush(a);
            p.drawRect(QRectF(swatch.x(), swatch.y(), sw / 2, sw));
            p.setBrush(b);
            p.drawRect(QRectF(swatch.x() + sw / 2, swatch.y(), sw / 2, sw));
        }
        p.setPen(t.text);
        p.setFont(font);
        const double w = fm.horizontalAdvance(text);
        const QRectF tr(swatch.right() + px * 0.4, band.y(), w, band.height());
        p.drawText(tr, Qt::AlignVCenter | Qt::AlignLeft, text);
        const Figure *fig = c.figure(figureId);
        zones.append({QRectF(swatch.topLeft(), QPointF(tr.right(), swatch.bottom())), figureId,
                      false, fig ? fig->label() : text});
        x = tr.right() + px * 1.2;
    };
    const auto asOf = [&](const QString &id) {
        return asOfText(c, id);
    };
    // A count as its figure hedges it ("≈300,000 (claim)"), where the count is the figure's.
    const auto count = [&](const QString &id, double n) {
        const Figure *f = c.figure(id);
        return f && f->value == n ? FigureFormat::hedged(*f, n) : formatCount(n);
    };
    for (const GpuSegment &s : model.scenario.segments) {
        if (s.alternative != GpuType::None) {
            const Figure *alt = c.figure(s.alternativeFigureId);
            item(gpuTypeColour(s.type, t), {},
                 QStringLiteral("%1 %2%3").arg(count(s.figureId, double(s.count)),
                                               gpuTypeName(s.type), asOf(s.figureId)),
                 s.figureId);
            item(gpuTypeColour(s.alternative, t), {},
                 QCoreApplication::translate("LegendPainter", "or %1 %2%3")
                     .arg(count(s.alternativeFigureId, alt ? alt->value : double(s.count)),
                          gpuTypeName(s.alternative), asOf(s.alternativeFigureId)),
                 s.alternativeFigureId);
            item(gpuTypeColour(s.type, t), gpuTypeColour(s.alternative, t),
                 QCoreApplication::translate("LegendPainter", "= both readings drawn"), s.figureId);
        } else {
            item(gpuSegmentColour(s, t), {},
                 QStringLiteral("%1 %2%3").arg(count(s.figureId, double(s.count)),
                                               gpuTypeName(s.type), asOf(s.figureId)),
                 s.figureId);
        }
    }
    // The note on the right: what is schematic at this zoom.
    const HierarchyGeometry &g = model.geometry;
    QStringList notes; // the longest first; the first that fits is drawn, so none is cut off
    const Note note = noteAt(g, camera.scale);
    if (note == Note::Parts) {
        notes << QCoreApplication::translate(
                     "LegendPainter",
                     "Parts as reported; their placement in the server is schematic")
              << QCoreApplication::translate("LegendPainter", "Placement schematic");
    } else if (note == Note::RackUnits) {
        notes << QCoreApplication::translate("LegendPainter",
                                             "Rack units as reported; drawing schematic")
              << QCoreApplication::translate("LegendPainter", "Drawing schematic");
    } else {
        const int last = g.groupCount() - 1;
        const QString partial = g.racksInGroup(last) < g.fanout().racksPerGroup
                                    ? QCoreApplication::translate(
                                          "LegendPainter", " · last group partial (%1 of %2 racks)")
                                          .arg(g.racksInGroup(last))
                                          .arg(g.fanout().racksPerGroup)
                                    : QString();
        // Counted from the reported total and fan-out: derived, so marked "ƒ".
        const QString groups = DerivedMark::append(formatCount(g.groupCount()));
        const QString racks = DerivedMark::append(formatCount(double(g.rackCount())));
        notes << QCoreApplication::translate("LegendPainter",
                                             "Groups in rows: schematic, no floor plan reported · "
                                             "%1 groups, %2 racks drawn%3")
                     .arg(groups, racks, partial)
              << QCoreApplication::translate("LegendPainter",
                                             "Schematic rows · %1 groups, %2 racks%3")
                     .arg(groups, racks, partial)
              << QCoreApplication::translate("LegendPainter", "%1 groups, %2 racks")
                     .arg(groups, racks);
    }
    // At block scale, what one block is.
    {
        const Fanout &f = g.fanout();
        const QString racks = QString::number(f.racksPerGroup);
        const QString gpus = QString::number(f.serversPerRack * f.gpusPerServer);
        const QString total =
            formatCount(double(f.racksPerGroup) * f.serversPerRack * f.gpusPerServer);
        QString text = QCoreApplication::translate(
                           "LegendPainter", "one block = a group of %1 racks × %2 GPUs = %3 GPUs")
                           .arg(racks, gpus, total);
        const bool fits = !inRoom || x + sw * 2 + px * 0.4 + fm.horizontalAdvance(text) <=
                                         band.right() - px * 0.5;
        if (blockShownAt(g, camera.scale) && !model.scenario.segments.isEmpty() && fits) {
            const QRectF swatch(x, cy - sw / 2, sw * 2, sw);
            p.setPen(QPen(t.line, 1));
            p.setBrush(t.surface);
            p.drawRect(swatch);
            p.setPen(Qt::NoPen);
            p.setBrush(gpuTypeColour(model.scenario.segments.first().type, t));
            for (int k = 0; k < 4; ++k)
                p.drawRect(QRectF(swatch.x() + sw * (0.2 + 0.45 * k), swatch.y() + sw * 0.2,
                                  sw * 0.3, sw * 0.65));
            // A shorter form where the long one would leave the note no room (German on a
            // 1024 px screen needs the shortest).
            const QString shorter[] = {
                QCoreApplication::translate("LegendPainter", "= %1 racks × %2 GPUs = %3")
                    .arg(racks, gpus, total),
                QStringLiteral("= %1 × %2 = %3").arg(racks, gpus, total)};
            for (const QString &form : shorter) {
                const double after =
                    swatch.right() + px * 0.4 + fm.horizontalAdvance(text) + px * 2.2;
                if (band.right() - after >= fm.horizontalAdvance(notes.value(2, notes.last())))
                    break;
                text = form;
            }
            p.setPen(t.text);
            p.setFont(font);
            const QRectF tr(swatch.right() + px * 0.4, band.y(), fm.horizontalAdvance(text),
                            band.height());
            p.drawText(tr, Qt::AlignVCenter | Qt::AlignLeft, text);
            zones.append({QRectF(swatch.topLeft(), QPointF(tr.right(), swatch.bottom())),
                          u"gpus_per_group"_qs, false,
                          QCoreApplication::translate("LegendPainter", "GPUs per group of racks")});
            x = tr.right() + px * 1.2;
        }
    }
    const double room = band.right() - x - px;
    if (room > px * 6) {
        p.setPen(t.schematic);
        p.setFont(font);
        QString note = notes.last();
        for (const QString &candidate : std::as_const(notes)) {
            if (fm.horizontalAdvance(candidate) <= room) {
                note = candidate;
                break;
            }
        }
        const QString elided = fm.elidedText(note, Qt::ElideRight, room);
        p.drawText(QRectF(band.right() - room - px * 0.5, band.y(), room, band.height()),
                   Qt::AlignVCenter | Qt::AlignRight, elided);
    }
    if (rule)
        drawRule(p, band, options);
    Q_UNUSED(fmb);
}

void LegendPainter::drawRule(QPainter &p, const QRectF &band, const PaintOptions &options) {
    // The band's last pixel row, filled: an antialiased line of the same place took a tenth
    // of a cluster frame (stroked, with its caps).
    p.fillRect(QRectF(band.left(), band.bottom() - 1, band.width(), 1), options.theme.line);
}

} // namespace colossus
