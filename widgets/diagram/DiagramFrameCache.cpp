#include "diagram/DiagramFrameCache.h"

#include "diagram/painters/GroupTileCache.h"

#include <QPainter>
#include <cmath>

namespace colossus {

namespace {

bool samePath(bool hasA, const ElementPath &a, bool hasB, const ElementPath &b) {
    return hasA == hasB && (!hasA || a == b);
}

// The part of the area where a camera draws the world: below the legend band, left of the
// parts panel.
QRectF worldArea(const DiagramModel &model, const QRectF &area, double scale) {
    return DiagramRenderer::drawingArea(model, DiagramRenderer::diagramArea(area), scale);
}

// The whole pixels inside a rectangle: where two ends meet they neither overlap nor leave a
// gap.
QRect innerPixels(const QRectF &r) {
    return QRect(QPoint(int(std::ceil(r.left())), int(std::ceil(r.top()))),
                 QPoint(int(std::floor(r.right())) - 1, int(std::floor(r.bottom())) - 1));
}

} // namespace

bool DiagramFrameCache::compatible(const Key &a, const Key &b) {
    return a.model == b.model && a.size == b.size && a.devicePixelRatio == b.devicePixelRatio &&
           a.options.transparent == b.options.transparent &&
           a.options.printing == b.options.printing && a.options.theme == b.options.theme;
}

bool DiagramFrameCache::same(const Key &a, const Key &b) {
    const DiagramState &s = a.state;
    const DiagramState &t = b.state;
    return compatible(a, b) && a.camera == b.camera && s.rearRack == t.rearRack &&
           samePath(s.hasFocus, s.focus, t.hasFocus, t.focus) && s.highlightId == t.highlightId &&
           s.keepFree == t.keepFree;
}

DiagramFrameCache::Key DiagramFrameCache::keyOf(const QPainter &painter, const DiagramModel &model,
                                                const QRectF &area, const DiagramCamera &camera,
                                                const DiagramState &state,
                                                const PaintOptions &options) {
    Key key{&model, area.size(), painter.device()->devicePixelRatio(), camera, state, options};
    key.state.hasHover = false;
    key.state.hasSelection = false;
    return key;
}

DiagramFrameCache::Kept &DiagramFrameCache::frameFor(const Key &key, const QRectF &area) {
    for (int i = 0; i < 2; ++i) {
        if (m_kept[i].valid && same(key, m_kept[i].key)) {
            m_latest = i;
            return m_kept[i];
        }
    }
    m_reused = false;
    m_latest = 1 - m_latest; // the frame shown before stays, to start an animation from
    Kept &kept = m_kept[m_latest];
    const QSize pixels = (area.size() * key.devicePixelRatio).toSize();
    // Opaque (the renderer fills the background: options.transparent never gets here);
    // premultiplied because, scaled in an animation,
    // it is drawn a third faster than RGB32 (measured), and blitted as fast.
    if (kept.image.size() != pixels)
        kept.image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    kept.image.setDevicePixelRatio(key.devicePixelRatio);
    QPainter framePainter(&kept.image);
    framePainter.translate(-area.topLeft());
    const GroupTileCache::KeptFrame once(kept.image.sizeInBytes()); // its tiles are made now
    DiagramRenderer::paint(framePainter, *key.model, area, key.camera, key.state, key.options,
                           &kept.zones);
    framePainter.end();
    kept.key = key;
    kept.valid = true;
    return kept;
}

void DiagramFrameCache::paint(QPainter &painter, const DiagramModel &model, const QRectF &area,
                              const DiagramCamera &camera, const DiagramState &state,
                              const PaintOptions &options, QList<LinkZone> *zones) {
    if (options.transparent || !painter.transform().isIdentity()) {
        // Composed over what lies below, or scaled: a kept frame would not give the same
        // pixels.
        m_reused = false;
        DiagramRenderer::paint(painter, model, area, camera, state, options, zones);
        return;
    }
    m_reused = true;
    const Kept &kept = frameFor(keyOf(painter, model, area, camera, state, options), area);
    painter.drawImage(area.topLeft(), kept.image);
    DiagramRenderer::paintPointerOverlays(painter, model, area, camera, state, options);
    if (zones)
        *zones = kept.zones;
}

QRect DiagramFrameCache::coverage(const Kept &kept, const QRectF &area, const DiagramCamera &camera,
                                  bool focusOnly) {
    const DiagramCamera &at = kept.key.camera;
    const QRectF diagram = DiagramRenderer::diagramArea(area);
    const QRectF drawn = worldArea(*kept.key.model, area, at.scale);
    QRectF world(at.toWorld(drawn.topLeft(), diagram), drawn.size() / at.scale);
    if (focusOnly && kept.key.state.hasFocus)
        world &= kept.key.model->geometry.rect(kept.key.state.focus);
    return innerPixels(camera.toScreen(world, diagram));
}

void DiagramFrameCache::drawScaled(QPainter &painter, const Kept &kept, const QRectF &area,
                                   const DiagramCamera &camera, const QRect &target) {
    if (target.isEmpty())
        return;
    // The pixels of `target` as the kept frame's camera drew them. Whole source rectangles
    // rather than a clip: a clipped scaled image leaves Qt's fast scaling path.
    const DiagramCamera &at = kept.key.camera;
    const QRectF diagram = DiagramRenderer::diagramArea(area);
    const QRectF t(target);
    const QPointF topLeft = at.toScreen(camera.toWorld(t.topLeft(), diagram), diagram);
    const QPointF bottomRight = at.toScreen(camera.toWorld(t.bottomRight(), diagram), diagram);
    const qreal dpr = kept.key.devicePixelRatio;
    painter.drawImage(
        t, kept.image,
        QRectF((topLeft - area.topLeft()) * dpr, (bottomRight - area.topLeft()) * dpr));
}

void DiagramFrameCache::paintTowards(QPainter &painter, const DiagramModel &model,
                                     const QRectF &area, const DiagramCamera &camera,
                                     const DiagramState &state, const DiagramCamera &target,
                                     const DiagramState &targetState, const PaintOptions &options,
                                     QList<LinkZone> *zones) {
    if (zones)
        zones->clear();
    if (options.transparent || !painter.transform().isIdentity()) {
        m_reused = false;
        DiagramRenderer::paint(painter, model, area, camera, state, options);
        return;
    }
    m_reused = true;
    const Key endKey = keyOf(painter, model, area, target, targetState, options);
    const Kept &end = frameFor(endKey, area);
    const Kept &other = m_kept[1 - m_latest];
    const Kept *start = other.valid && compatible(other.key, endKey) ? &other : nullptr;

    // The legend band and the parts panel come from the end nearer in scale, unscaled; the
    // world is drawn where that end draws it.
    const auto distance = [&](const Kept &k) {
        return std::abs(std::log(camera.scale / k.key.camera.scale));
    };
    const Kept &nearer = start && distance(*start) < distance(end) ? *start : end;
    const QRect drawing = worldArea(model, area, nearer.key.camera.scale).toAlignedRect();
    const qreal dpr = endKey.devicePixelRatio;
    for (const QRect &r : QRegion(area.toAlignedRect()) - QRegion(drawing)) {
        const QRectF source(QPointF(r.topLeft()) - area.topLeft(), QSizeF(r.size()));
        painter.drawImage(QRectF(r), nearer.image,
                          QRectF(source.topLeft() * dpr, source.size() * dpr));
    }

    // The coarser end below, the finer one on top inside the element it frames (its
    // neighbours are veiled there; the coarser end shows them as they were).
    const Kept *coarse = &end;
    QRect fineArea;
    if (start) {
        const bool startFiner = start->key.camera.scale > end.key.camera.scale;
        coarse = startFiner ? &end : start;
        const Kept &fine = startFiner ? *start : end;
        fineArea = coverage(fine, area, camera, true) & drawing;
        drawScaled(painter, fine, area, camera, fineArea);
    }
    const QRect coarseArea = coverage(*coarse, area, camera, false);
    for (const QRect &r : QRegion(drawing) - QRegion(fineArea)) {
        const QRect shown = r & coarseArea;
        drawScaled(painter, *coarse, area, camera, shown);
        // What neither end shows (the moving camera sees past the coarser one's edge).
        for (const QRect &uncovered : QRegion(r) - QRegion(shown))
            painter.fillRect(uncovered, options.theme.background);
    }
    DiagramRenderer::paintPointerOverlays(painter, model, area, camera, state, options);
}

void DiagramFrameCache::clear() {
    for (Kept &kept : m_kept)
        kept = Kept();
}

} // namespace colossus
