#include "diagram/DiagramFrameCache.h"

#include <QPainter>

namespace colossus {

namespace {

bool sameTheme(const Theme &a, const Theme &b) {
    return a.id == b.id && a.name == b.name && a.background == b.background &&
           a.surface == b.surface && a.text == b.text && a.mutedText == b.mutedText &&
           a.line == b.line && a.accent == b.accent && a.warning == b.warning &&
           a.schematic == b.schematic && a.h100 == b.h100 && a.h200 == b.h200 && a.b200 == b.b200 &&
           a.unknownGpu == b.unknownGpu && a.coolant == b.coolant && a.power == b.power &&
           a.network == b.network;
}

bool samePath(bool hasA, const ElementPath &a, bool hasB, const ElementPath &b) {
    return hasA == hasB && (!hasA || a == b);
}

} // namespace

bool DiagramFrameCache::same(const Key &a, const Key &b) {
    const DiagramState &s = a.state;
    const DiagramState &t = b.state;
    return a.model == b.model && a.size == b.size && a.devicePixelRatio == b.devicePixelRatio &&
           a.camera == b.camera && s.rearRack == t.rearRack &&
           samePath(s.hasFocus, s.focus, t.hasFocus, t.focus) && s.highlightId == t.highlightId &&
           s.keepFree == t.keepFree && a.options.transparent == b.options.transparent &&
           a.options.printing == b.options.printing && sameTheme(a.options.theme, b.options.theme);
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
    Key key{&model, area.size(), painter.device()->devicePixelRatio(), camera, state, options};
    key.state.hasHover = false;
    key.state.hasSelection = false;
    m_reused = m_valid && same(key, m_key);
    if (!m_reused) {
        const QSize pixels = (area.size() * key.devicePixelRatio).toSize();
        // Opaque (the renderer paints the whole background): blitting RGB32 is a copy, where
        // a premultiplied frame would be blended pixel by pixel.
        if (m_frame.size() != pixels)
            m_frame = QImage(pixels, QImage::Format_RGB32);
        m_frame.setDevicePixelRatio(key.devicePixelRatio);
        m_frame.fill(options.theme.background);
        QPainter framePainter(&m_frame);
        framePainter.translate(-area.topLeft());
        DiagramRenderer::paint(framePainter, model, area, camera, key.state, options, &m_zones);
        framePainter.end();
        m_key = key;
        m_valid = true;
    }
    painter.drawImage(area.topLeft(), m_frame);
    DiagramRenderer::paintPointerOverlays(painter, model, area, camera, state, options);
    if (zones)
        *zones = m_zones;
}

void DiagramFrameCache::clear() {
    m_valid = false;
    m_frame = QImage();
    m_zones.clear();
}

} // namespace colossus
