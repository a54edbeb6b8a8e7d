#include "diagram/painters/FrameContext.h"

#include "diagram/painters/CacheKey.h"
#include "diagram/painters/GroupTileCache.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace colossus {

QColor mix(const QColor &a, const QColor &b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

Fill typeFill(GpuType t) {
    switch (t) {
    case GpuType::H100:
        return FillH100;
    case GpuType::H200:
        return FillH200;
    case GpuType::B200:
        return FillB200;
    case GpuType::Unknown:
    case GpuType::None:
        break;
    }
    return FillUnknown;
}

Fill segmentFill(const GpuSegment &s) {
    if (s.type == GpuType::H100 && !s.isAsBuilt())
        return FillH100Added;
    return typeFill(s.type);
}

QColor textOn(const QColor &background) {
    const double l =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(0x10, 0x12, 0x14) : QColor(0xff, 0xff, 0xff);
}

FrameContext::FrameContext(QPainter &painter, const DiagramModel &model, const QRectF &area,
                           const DiagramCamera &camera, const DiagramState &state,
                           const PaintOptions &options, const QRectF &drawing)
    : painter(painter)
    , model(model)
    , geometry(model.geometry)
    , area(area)
    , clip(area.adjusted(-4, -4, 4, 4))
    , freeArea(drawing.isNull() ? area : drawing)
    , camera(camera)
    , state(state)
    , options(options)
    , theme(this->options.theme)
    , world(camera.visibleWorld(area))
    , px(camera.scale)
    , minimumPx(std::max(DiagramRenderer::minimumFontPx, options.minimumTextPx))
    , m_labelCache(LabelCache::forThisThread()) {
    const HierarchyGeometry &g = geometry;
    // A rack's picture shows its own group only, and only neighbours drawn whole.
    framedRack =
        state.hasFocus && state.focus.level() == ElementPath::Level::Rack && g.exists(state.focus);
    // Labels outside the element in focus are drawn after the veil that dims it, in a
    // colour legible on the dimmed parts (their own colour would lose its contrast).
    veil = state.hasFocus && state.focus.level() != ElementPath::Level::Cluster &&
           !options.transparent && g.exists(state.focus);
    if (veil)
        focusScreen = screen(g.rect(state.focus));
    if (state.hasFocus)
        veilHole =
            camera.toScreen(g.rect(state.focus), area).intersected(area.adjusted(-8, -8, 8, 8));
    framedGroup =
        state.hasFocus && state.focus.level() == ElementPath::Level::Group && g.exists(state.focus);
    framedDeep = state.hasFocus && state.focus.level() >= ElementPath::Level::Server &&
                 g.exists(state.focus);
    focusServer =
        state.focus.level() == ElementPath::Level::Gpu ? state.focus.parent() : state.focus;
    const Theme &t = theme;
    colours[FillGroup] = t.surface;
    colours[FillFrame] = mix(t.text, t.background, 0.3);
    colours[FillChassis] = mix(t.text, t.background, 0.82);
    colours[FillPump] = mix(t.text, t.background, 0.55);
    colours[FillCoolant] = t.coolant;
    colours[FillSwitch] = mix(t.network, t.text, 0.35);
    colours[FillNic] = t.network;
    colours[FillPsu] = t.power;
    colours[FillH100] = t.h100;
    colours[FillH100Added] = t.h100Added;
    colours[FillH200] = t.h200;
    colours[FillB200] = t.b200;
    colours[FillUnknown] = t.unknownGpu;
    colours[FillCoolantTop] = t.coolant;

    // Group corners go on whole device pixels where the device only scales and moves.
    GroupTileCache::forThisThread().beginFrame();
    const QTransform device = painter.deviceTransform();
    m_snap = device.type() <= QTransform::TxScale && device.m11() > 0 &&
             qFuzzyCompare(device.m11(), device.m22());
    if (m_snap) {
        m_deviceScale = device.m11();
        m_dx = device.dx();
        m_dy = device.dy();
    }
    // Tiles only where blitting gives the very pixels the fills would: an image of 32-bit
    // pixels, one device pixel per unit, whole-pixel offsets, opaque colours, nothing framed.
    const QPaintDevice *target = painter.device();
    const auto *image = target && target->devType() == QInternal::Image
                            ? static_cast<const QImage *>(target)
                            : nullptr;
    const bool plainImage = image && (image->format() == QImage::Format_RGB32 ||
                                      image->format() == QImage::Format_ARGB32_Premultiplied);
    bool opaque = t.line.alpha() == 255;
    for (const QColor &c : colours)
        opaque = opaque && c.alpha() == 255;
    if (plainImage)
        m_targetFormat = image->format();
    m_tilesAllowed = GroupTileCache::isEnabled() && plainImage && opaque && m_snap &&
                     m_deviceScale == 1 && m_dx == std::round(m_dx) && m_dy == std::round(m_dy) &&
                     painter.opacity() == 1 &&
                     painter.compositionMode() == QPainter::CompositionMode_SourceOver;
}

QPointF FrameContext::snapped(const QPointF &p) const {
    if (!m_snap)
        return p;
    return QPointF((std::round(p.x() * m_deviceScale + m_dx) - m_dx) / m_deviceScale,
                   (std::round(p.y() * m_deviceScale + m_dy) - m_dy) / m_deviceScale);
}

FrameContext::GroupScope::GroupScope(FrameContext &frame, int g)
    : m_frame(frame) {
    frame.m_groupWorld = frame.geometry.groupRect(g).topLeft();
    frame.m_groupOrigin = frame.snapped(frame.camera.toScreen(frame.m_groupWorld, frame.area));
    frame.m_inGroup = true;
    frame.m_placedTile = nullptr;
}

bool FrameContext::tileFits(int g, const QRectF &G) const {
    return m_tilesAllowed && !framedDeep && freeArea.contains(G.adjusted(-2, -2, 2, 2)) &&
           !(state.rearRack.rear && state.rearRack.group == g);
}

using cacheKey::add;
using cacheKey::addTheme;

// What all tiles of this frame share: the scale, the theme, the type size, the language and
// the plan's figures.
const QByteArray &FrameContext::tileKeyPrefix() {
    if (m_tileKeyPrefix.isEmpty()) {
        QByteArray &k = m_tileKeyPrefix;
        add(k, px);
        add(k, m_deviceScale);
        add(k, minimumPx);
        add(k, overview);
        add(k, options.printing);
        addTheme(k, theme);
        for (const QColor &c : colours)
            add(k, c.rgba64());
        const Fanout &f = geometry.fanout();
        add(k, f.gpusPerServer);
        add(k, f.serversPerRack);
        add(k, f.racksPerGroup);
        add(k, f.serverHeightU);
        add(k, f.manifoldHeightU);
        add(k, f.pumpUnitHeightU);
        add(k, geometry.rackUnits());
        add(k, geometry.gpuCount());
        add(k, model.nicPerGpuGb);
        add(k, model.extraNicGb);
        add(k, model.serverBandwidthTb);
        add(k, model.psusPerServer);
        // The labels' language and number format.
        k += QLocale().name().toUtf8();
        k += QCoreApplication::translate("Diagram", "Rack %1").toUtf8();
        k += '\0';
    }
    return m_tileKeyPrefix;
}

// The GPUs of an element, as spans of types relative to its first.
void FrameContext::addSpans(QByteArray &key, const ElementPath &path) const {
    const qint64 first = geometry.firstGpu(path);
    add(key, geometry.gpusIn(path));
    model.scenario.forEachSpan(first, geometry.gpusIn(path),
                               [&](const GpuSegment &s, qint64 a, qint64 n) {
                                   add(key, a - first);
                                   add(key, n);
                                   add(key, int(s.type));
                                   add(key, int(s.alternative));
                                   key += s.figureId.toUtf8();
                                   key += '\0';
                               });
}

QByteArray FrameContext::groupTileKey(int g, const QRectF &G) {
    QByteArray key = tileKeyPrefix();
    add(key, geometry.racksInGroup(g));
    addSpans(key, ElementPath::ofGroup(g));
    return key + veilKey(G);
}

QByteArray FrameContext::partTileKey(const ElementPath &path, const QRectF &rect) {
    QByteArray key = tileKeyPrefix();
    key += "|part|";
    // Its place in the group, and its name.
    add(key, int(path.level()));
    add(key, path.rack);
    add(key, path.server);
    add(key, path.gpu);
    const ElementPath &rear = state.rearRack;
    add(key, rear.rear && rear.group == path.group && rear.rack == path.rack);
    addSpans(key, path);
    return key + veilKey(rect);
}

bool FrameContext::paintTiled(const QByteArray &key, const QRectF &rect, bool whole,
                              const std::function<void()> &paintBody) {
    if (m_target != &m_batch)
        return false; // inside a tile being drawn: a part of it
    GroupTileCache &cache = GroupTileCache::forThisThread();
    if (const GroupTile *tile = cache.find(key))
        return placeTile(*tile);
    // A body that fills much of the view is seldom drawn twice in a frame, nor is a part (its
    // key holds its place in the group): its tile is made only when the same scale comes again
    // (at rest, not at every step of a zoom).
    if (rect.width() * rect.height() * 4 > double(GroupTileCache::maximumTileBytes) ||
        ((whole || rect.width() * rect.height() > area.width() * area.height() / 16) &&
         !cache.seenBefore(key)))
        return false;
    beginRecording();
    paintBody();
    GroupTile tile;
    bool cacheable = true;
    endRecording(rect, tile, cacheable, whole);
    if (cacheable)
        cache.insert(key, std::move(tile)); // an empty tile where the body cannot be one
    return true;
}

// Where the veil lies over a tile: nowhere, all over it, or (with its edge across the tile)
// exactly where, relative to the group's corner. The veiled labels follow from it.
QByteArray FrameContext::veilKey(const QRectF &G) const {
    if (!veil)
        return {};
    QByteArray key("|veil|");
    const QRectF near = G.adjusted(-3, -3, 3, 3);
    if (!veilHole.intersects(near) && !focusScreen.intersects(near)) {
        key += 'o';
    } else if (veilHole.adjusted(3, 3, -3, -3).contains(G)) {
        key += 'i';
    } else {
        key += 'x';
        for (const QRectF &r : {veilHole, focusScreen}) {
            for (const double v :
                 {r.x() - m_groupOrigin.x(), r.y() - m_groupOrigin.y(), r.width(), r.height()})
                add(key, v);
        }
        add(key, freeArea);
    }
    return key;
}

bool FrameContext::placeTile(const GroupTile &tile) {
    if (tile.image.isNull() ||
        !freeArea.adjusted(-1, -1, 1, 1).contains(tile.extent.translated(m_groupOrigin)))
        return false;
    (tile.labelsDrawn ? m_blitsOver : m_blits)
        .append({m_groupOrigin + QPointF(tile.offset), tile.image});
    m_placedTile = &tile;
    for (Label l : tile.labels) {
        l.rect.translate(m_groupOrigin);
        l.veiled = veil && !focusScreen.contains(l.rect.center());
        m_labels.append(l);
    }
    for (LinkZone z : tile.zones) {
        z.rect.translate(m_groupOrigin);
        zones.append(z);
    }
    return true;
}

void FrameContext::bakeLastLabel(const QByteArray &tileKey) {
    const GroupTile *tile = m_placedTile;
    // The label goes over the tile's final pixels: those of a tile without labels, or with its
    // labels drawn in and under the label (not over the veil).
    if (!tile || tile->image.isNull() || m_labels.isEmpty() ||
        (tile->labelsDrawn ? veil : !tile->labels.isEmpty()))
        return;
    Label &l = m_labels.last();
    if (l.veiled || l.vertical || !l.baked.isNull())
        return;
    // The pixels the label touches (its antialiased edge included), in the tile's image.
    const QPoint originPixel(qRound(m_groupOrigin.x() + m_dx), qRound(m_groupOrigin.y() + m_dy));
    const QRect pixels = l.rect.translated(m_dx, m_dy).toAlignedRect().adjusted(-1, -1, 1, 1);
    const QRect inTile = pixels.translated(-originPixel - tile->offset);
    if (!tile->image.rect().contains(inTile) || tile->image.format() != QImage::Format_RGB32)
        return;
    QByteArray key = tileKey;
    key += "|label|";
    key += l.text.toUtf8();
    add(key, l.rect.x() - m_groupOrigin.x());
    add(key, l.rect.y() - m_groupOrigin.y());
    add(key, l.rect.width());
    add(key, l.rect.height());
    add(key, l.px);
    add(key, l.bold);
    add(key, l.pill);
    add(key, l.colour.rgba64());
    add(key, int(m_targetFormat));
    GroupTileCache &cache = GroupTileCache::forThisThread();
    if (const GroupTile *baked = cache.find(key)) {
        l.baked = baked->image;
        l.bakedAt = QPointF(pixels.topLeft()) - QPointF(m_dx, m_dy);
        return;
    }
    if (!cache.seenBefore(key))
        return; // drawn; a second frame at this scale keeps it
    // The tile's pixels under the label are what the frame has there when labels are drawn.
    QImage image = tile->image.copy(inTile).convertToFormat(m_targetFormat);
    QPainter p(&image);
    p.translate(m_dx - pixels.x(), m_dy - pixels.y());
    drawLabel(p, l, false);
    p.end();
    GroupTile entry;
    entry.image = image;
    entry.isLabel = true;
    if (cache.insert(key, std::move(entry))) {
        l.baked = image;
        l.bakedAt = QPointF(pixels.topLeft()) - QPointF(m_dx, m_dy);
    }
}

void FrameContext::beginRecording() {
    for (QList<QRectF> &f : m_recorded.fills)
        f.clear();
    m_recorded.empty.clear();
    m_recorded.lines.clear();
    m_recordedLabels = m_labels.size();
    m_recordedZones = zones.size();
    m_placeDependent = 0;
    m_target = &m_recorded;
}

namespace {

// The image without its fully transparent outer rows and columns; `origin` follows its
// top-left corner.
QImage trimmed(const QImage &image, QPoint &origin) {
    const auto rowEmpty = [&](int y, int x0, int x1) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = x0; x < x1; ++x)
            if (qAlpha(line[x]) != 0)
                return false;
        return true;
    };
    const auto columnEmpty = [&](int x, int y0, int y1) {
        for (int y = y0; y < y1; ++y)
            if (qAlpha(reinterpret_cast<const QRgb *>(image.constScanLine(y))[x]) != 0)
                return false;
        return true;
    };
    int top = 0, bottom = image.height(), left = 0, right = image.width();
    while (top < bottom && rowEmpty(top, left, right))
        ++top;
    while (bottom > top && rowEmpty(bottom - 1, left, right))
        --bottom;
    while (left < right && columnEmpty(left, top, bottom))
        ++left;
    while (right > left && columnEmpty(right - 1, top, bottom))
        --right;
    origin += QPoint(left, top);
    return image.copy(left, top, right - left, bottom - top);
}

bool opaque(const QImage &image) {
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(line[x]) != 255)
                return false;
    }
    return true;
}

} // namespace

// What was recorded for a tile goes into the frame, drawn as it would be without tiles.
void FrameContext::drawRecordedInFrame() {
    for (int f = 0; f < FillCount; ++f)
        m_batch.fills[f] += m_recorded.fills[f];
    m_batch.empty += m_recorded.empty;
    m_batch.lines += m_recorded.lines;
}

bool FrameContext::endRecording(const QRectF &G, GroupTile &tile, bool &cacheable, bool whole) {
    m_target = &m_batch;
    cacheable = m_placeDependent == 0;
    // Only what lies inside the body's own rectangle: nothing may reach out of the tile. (The
    // coolant pipes' width depends on the scale alone, see ServerPainter.)
    const double reach = std::max(1.5, lineWidth) / 2 + 1;
    bool inside = true;
    for (const QLineF &l : std::as_const(m_recorded.lines))
        inside = inside && G.adjusted(reach, reach, -reach, -reach).contains(l.p1()) &&
                 G.adjusted(reach, reach, -reach, -reach).contains(l.p2());
    for (const QList<QRectF> &f : std::as_const(m_recorded.fills))
        for (const QRectF &r : f)
            inside = inside && G.contains(r);
    const QRectF dashes = G.adjusted(1, 1, -1, -1);
    for (const QRectF &r : std::as_const(m_recorded.empty))
        inside = inside && dashes.contains(r);
    if (!cacheable || !inside) {
        drawRecordedInFrame();
        return false;
    }
    // Device pixels: the group's corner is on a whole one (m_groupOrigin), so the image is
    // drawn exactly as the fills would be and blitted without resampling.
    const QRect pixels = G.translated(m_dx, m_dy).toAlignedRect();
    QImage image(pixels.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.translate(m_dx - pixels.x(), m_dy - pixels.y());
    drawBatch(p, m_recorded, colours, theme, lineWidth);
    p.end();
    const QPoint originPixel(qRound(m_groupOrigin.x() + m_dx), qRound(m_groupOrigin.y() + m_dy));
    QPoint corner = pixels.topLeft();
    image = trimmed(image, corner);
    // An opaque tile is copied line by line; one with transparent pixels is blended.
    const bool isOpaque = !image.isNull() && opaque(image);
    tile.labelsDrawn = isOpaque && drawLabelsInto(image, corner, m_recordedLabels);
    if (whole && !tile.labelsDrawn) {
        drawRecordedInFrame(); // and the empty tile says so next time
        return false;
    }
    if (!tile.labelsDrawn && isOpaque)
        image.convertTo(QImage::Format_RGB32);
    tile.image = image;
    tile.offset = corner - originPixel;
    tile.extent = G.translated(-m_groupOrigin);
    for (qsizetype i = m_recordedLabels; i < m_labels.size(); ++i) {
        m_labels[i].inTile = tile.labelsDrawn;
        Label l = m_labels.at(i);
        tile.extent |= l.rect.translated(-m_groupOrigin);
        l.rect.translate(-m_groupOrigin);
        tile.labels.append(l);
    }
    for (qsizetype i = m_recordedZones; i < zones.size(); ++i) {
        LinkZone z = zones.at(i);
        z.rect.translate(-m_groupOrigin);
        tile.extent |= z.rect;
        tile.zones.append(z);
    }
    if (!image.isNull())
        (tile.labelsDrawn ? m_blitsOver : m_blits)
            .append({m_groupOrigin + QPointF(tile.offset), image});
    return true;
}

// Draws the labels from `firstLabel` on into a tile's opaque `image` (whose top-left is the
// device pixel `corner`) as the frame would draw them over the same fills: those not veiled,
// then, in a veiled frame, the veil and the veiled ones. False (and nothing drawn) where a
// label, with room for its antialiased edge and its glyphs' overhang, would not lie inside.
bool FrameContext::drawLabelsInto(QImage &image, const QPoint &corner, qsizetype firstLabel) const {
    const QRect pixels(corner, image.size());
    for (qsizetype i = firstLabel; i < m_labels.size(); ++i) {
        const Label &l = m_labels.at(i);
        // The text's line box as drawLabel centres it, with a pixel for antialiasing and
        // glyphs that overhang; a pill's antialiased edge stays in its rectangle's pixels.
        const int key = LabelCache::fontKey(l.px, l.bold);
        const QSizeF line(m_labelCache.width(key, l.text) + 2, m_labelCache.height(key) + 2);
        QRectF box(QPointF(), l.vertical ? line.transposed() : line);
        box.moveCenter(l.rect.center());
        if (l.pill)
            box |= l.rect;
        if (!pixels.contains(box.translated(m_dx, m_dy).toAlignedRect()))
            return false;
    }
    // In the frame's format: text is blended as it is in the frame.
    image.convertTo(m_targetFormat);
    QPainter p(&image);
    p.translate(m_dx - corner.x(), m_dy - corner.y());
    for (qsizetype i = firstLabel; i < m_labels.size(); ++i) {
        if (!m_labels.at(i).veiled)
            drawLabel(p, m_labels.at(i), false);
    }
    if (veil) {
        drawVeil(p, freeArea, veilHole, theme.background);
        for (qsizetype i = firstLabel; i < m_labels.size(); ++i) {
            if (m_labels.at(i).veiled)
                drawLabel(p, m_labels.at(i), true);
        }
    }
    p.end();
    image.convertTo(QImage::Format_RGB32);
    return true;
}

void FrameContext::fillType(const QRectF &r, const GpuSegment &s) {
    if (s.alternative == GpuType::None) {
        fill(segmentFill(s), r);
        return;
    }
    // Two readings: left half one colour, right half the other.
    const QRectF left(r.x(), r.y(), r.width() / 2, r.height());
    fill(typeFill(s.type), left);
    fill(typeFill(s.alternative), QRectF(left.right(), r.y(), r.width() / 2, r.height()));
}

void FrameContext::fillSpans(const QRectF &r, qint64 first, qint64 count, qint64 capacity,
                             bool vertical) {
    if (count <= 0 || capacity <= 0)
        return;
    model.scenario.forEachSpan(first, count, [&](const GpuSegment &s, qint64 a, qint64 n) {
        const double from = double(a - first) / capacity;
        const double size = double(n) / capacity;
        if (vertical)
            fillType(QRectF(r.x(), r.y() + from * r.height(), r.width(), size * r.height()), s);
        else
            fillType(QRectF(r.x() + from * r.width(), r.y(), size * r.width(), r.height()), s);
    });
}

void FrameContext::empty(const QRectF &r) {
    const QRectF c = bounded(r);
    if (!c.isEmpty())
        m_target->empty.append(c);
}

void FrameContext::zone(const QRectF &r, const QString &id, bool isFact, const QString &label) {
    if (r.intersects(freeArea))
        zones.append({r.intersected(freeArea), id, isFact, label});
}

double FrameContext::textWidth(const QString &text, double px, bool bold) {
    // Kept across frames: a zoom measures the same labels at every step.
    return m_labelCache.width(LabelCache::fontKey(px, bold), text);
}

QRectF FrameContext::label(const QRectF &r, const QStringList &candidates, double maxPx, bool bold,
                           const QColor &colour, int align, bool pill, bool vertical) {
    if (overview)
        return {};
    if (!r.intersects(area)) {
        ++m_placeDependent;
        return {};
    }
    const double along = vertical ? r.height() : r.width();
    const double across = vertical ? r.width() : r.height();
    // In a room every label is at least the room's minimum: fewer labels, at full size.
    const double largest = std::min(room() ? std::max(maxPx, minimumPx) : maxPx, across * 0.72);
    if (largest < minimumPx)
        return {};
    for (const QString &text : candidates) {
        // A candidate may shrink a little (never below legibility) before a shorter one
        // is tried.
        double px = largest;
        double pad = pill ? px * 0.5 : px * 0.25;
        double w = textWidth(text, px, bold);
        if (w + 2 * pad > along) {
            // Whole pixels: Theme::font rounds the size, and a size rounded up would not fit.
            const double fit = std::floor(px * along / (w + 2 * pad) * 0.98);
            // (To 70%, or to 15 px for a label grown with a large box.)
            if (fit < std::max(minimumPx, std::min(largest * 0.7, 15.0)))
                continue;
            px = fit;
            pad = pill ? px * 0.5 : px * 0.25;
            w = textWidth(text, px, bold);
            if (w + 2 * pad > along)
                continue;
        }
        QRectF tr;
        const double h = px * 1.35;
        if (vertical) {
            tr = QRectF(r.center().x() - h / 2, r.center().y() - w / 2 - pad, h, w + 2 * pad);
        } else {
            double x = r.x() + pad;
            if (align & Qt::AlignHCenter)
                x = r.center().x() - w / 2 - pad;
            else if (align & Qt::AlignRight)
                x = r.right() - w - 2 * pad;
            tr = QRectF(x, r.center().y() - h / 2, w + 2 * pad, h);
        }
        // A label the edge of the view (or the parts panel) would cut is left out, not
        // drawn in part.
        if (!freeArea.adjusted(-1, -1, 1, 1).contains(tr)) {
            ++m_placeDependent;
            return {};
        }
        const bool veiled = veil && !focusScreen.contains(tr.center());
        m_labels.append(
            {tr, text, px, bold, colour, Qt::AlignCenter, pill, vertical, veiled, false, {}, {}});
        return tr;
    }
    return {};
}

void FrameContext::flush() {
    for (const Blit &b : std::as_const(m_blits))
        painter.drawImage(b.at, b.image);
    // Not under the tiles that hold all their pixels: they are blitted over what is there.
    painter.save();
    clipOutTiles();
    drawBatch(painter, m_batch, colours, theme, lineWidth);
    painter.restore();
    if (!veil) {
        for (const Blit &b : std::as_const(m_blitsOver))
            painter.drawImage(b.at, b.image);
    }
    drawLabels(false);
}

void FrameContext::paintVeil() {
    // Not under the tiles blitted next: they hold the veil, and cover what is under them.
    painter.save();
    clipOutTiles();
    drawVeil(painter, freeArea, veilHole, theme.background);
    painter.restore();
    for (const Blit &b : std::as_const(m_blitsOver))
        painter.drawImage(b.at, b.image);
    // Labels not veiled that lie on such a tile were left for now (the tile covers what was
    // under them): they lie in the clear part, which the veil leaves as it was.
    for (const Label &l : std::as_const(m_labels)) {
        if (!l.veiled && !l.inTile && onTileOverVeil(l))
            drawLabel(painter, l, false);
    }
    drawLabels(true);
}

// Clips the painter to the drawing area but the tiles that hold all their pixels (whole device
// pixels: a tile's corner is on one). Only for a few large tiles (the levels from the group
// down): a clip of many holes, as the cluster's groups would make, costs more than it saves.
void FrameContext::clipOutTiles() {
    if (m_blitsOver.isEmpty() || m_blitsOver.size() > 16)
        return;
    QRegion uncovered(freeArea.toAlignedRect().adjusted(-2, -2, 2, 2));
    for (const Blit &b : std::as_const(m_blitsOver))
        uncovered -= QRect(b.at.toPoint(), b.image.size());
    painter.setClipRegion(uncovered, Qt::IntersectClip);
}

bool FrameContext::onTileOverVeil(const Label &l) const {
    if (!veil)
        return false;
    const QRectF r = l.rect.adjusted(-2, -2, 2, 2);
    for (const Blit &b : m_blitsOver) {
        if (r.intersects(QRectF(b.at, QSizeF(b.image.size()))))
            return true;
    }
    return false;
}

// The veil over `drawing`, but for `hole`. Only the pixels the hole's edges cross are
// antialiased (a thin ring); the rest are whole-pixel rectangles, which cost far less than one
// antialiased path over the whole view. A tile draws the same veil moved by whole pixels, so
// its pixels are the frame's.
void FrameContext::drawVeil(QPainter &p, const QRectF &drawing, const QRectF &hole,
                            const QColor &background) {
    QColor veil = background;
    veil.setAlphaF(0.6f);
    p.setPen(Qt::NoPen);
    p.setBrush(veil);
    p.setRenderHint(QPainter::Antialiasing, false);
    if (hole.isEmpty()) {
        p.drawRect(drawing);
        return;
    }
    // The hole's pixels, whole and touched.
    const QRectF touched(QPointF(std::floor(hole.left()), std::floor(hole.top())),
                         QPointF(std::ceil(hole.right()), std::ceil(hole.bottom())));
    const QRectF rects[] = {
        QRectF(QPointF(drawing.left(), drawing.top()), QPointF(drawing.right(), touched.top())),
        QRectF(QPointF(drawing.left(), touched.bottom()),
               QPointF(drawing.right(), drawing.bottom())),
        QRectF(QPointF(drawing.left(), touched.top()), QPointF(touched.left(), touched.bottom())),
        QRectF(QPointF(touched.right(), touched.top()),
               QPointF(drawing.right(), touched.bottom()))};
    for (const QRectF &r : rects) {
        if (r.width() > 0 && r.height() > 0)
            p.drawRect(r);
    }
    QPainterPath ring;
    ring.addRect(touched);
    ring.addRect(hole);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.drawPath(ring);
}

void FrameContext::drawBatch(QPainter &p, const FillBatch &batch, const QColor *colours,
                             const Theme &theme, double lineWidth) {
    p.setPen(Qt::NoPen);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (int f = 0; f < FillCount; ++f) {
        if (batch.fills[f].isEmpty())
            continue;
        p.setBrush(colours[f]);
        p.drawRects(batch.fills[f].constData(), int(batch.fills[f].size()));
    }
    if (!batch.lines.isEmpty()) {
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(theme.coolant, std::max(1.5, lineWidth), Qt::SolidLine, Qt::RoundCap));
        p.drawLines(batch.lines.constData(), int(batch.lines.size()));
    }
    if (!batch.empty.isEmpty()) {
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(theme.line, 1, Qt::DashLine));
        p.drawRects(batch.empty.constData(), int(batch.empty.size()));
    }
}

void FrameContext::drawLabels(bool veiled) {
    for (const Label &l : std::as_const(m_labels)) {
        if (l.veiled != veiled || l.inTile || (!veiled && onTileOverVeil(l)))
            continue;
        if (!l.baked.isNull())
            painter.drawImage(l.bakedAt, l.baked);
        else
            drawLabel(painter, l, veiled);
    }
}

void FrameContext::drawLabel(QPainter &p, const Label &l, bool veiled) const {
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    if (l.pill) {
        QColor bg = theme.background;
        bg.setAlphaF(0.88f);
        p.setPen(Qt::NoPen);
        p.setBrush(bg);
        p.drawRoundedRect(l.rect, l.rect.height() / 2.5, l.rect.height() / 2.5);
    }
    p.setPen(veiled ? theme.mutedText : l.colour);
    const int key = LabelCache::fontKey(l.px, l.bold);
    p.setFont(m_labelCache.font(key));
    if (l.vertical) {
        p.save();
        p.translate(l.rect.center());
        p.rotate(-90);
        const QRectF t(-l.rect.height() / 2, -l.rect.width() / 2, l.rect.height(), l.rect.width());
        p.drawText(t, Qt::AlignCenter, l.text);
        p.restore();
    } else {
        // Laid out once and kept (QStaticText), centred in its rectangle as drawText
        // would centre it.
        const QPointF topLeft(l.rect.center().x() - m_labelCache.width(key, l.text) / 2,
                              l.rect.center().y() - m_labelCache.height(key) / 2);
        p.drawStaticText(topLeft, m_labelCache.staticText(key, l.text));
    }
}

void FrameContext::paintHighlight() {
    if (options.printing || state.highlightId.isEmpty())
        return;
    QPainter &p = painter;
    p.setBrush(Qt::NoBrush);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(theme.warning, 3));
    for (const LinkZone &z : std::as_const(zones)) {
        if (z.id == state.highlightId)
            p.drawRoundedRect(z.rect.adjusted(-3, -3, 3, 3), 4, 4);
    }
}

} // namespace colossus
