#pragma once

#include "diagram/DiagramRenderer.h"

#include <QImage>
#include <QList>

namespace colossus {

// The canvas's last full frame, kept without its hover and selection outlines: when only
// those change (the pointer moves to another rack, the keyboard selects another group), the
// frame is blitted and the outlines drawn on top, instead of painting the whole diagram
// again. Anything else that changes the picture (model or scenario, size, device pixel ratio,
// theme, camera, focus, highlight, rear rack, what the minimap covers) draws a new frame, and
// the result is the same pixels DiagramRenderer::paint draws without the cache (tested).
class DiagramFrameCache {
public:
    void paint(QPainter &painter, const DiagramModel &model, const QRectF &area,
               const DiagramCamera &camera, const DiagramState &state, const PaintOptions &options,
               QList<LinkZone> *zones = nullptr);
    void clear();

    // Whether the last paint() reused the kept frame (for tests and benchmarks).
    bool lastPaintReused() const { return m_reused; }

private:
    struct Key {
        const DiagramModel *model = nullptr;
        QSizeF size;
        qreal devicePixelRatio = 0;
        DiagramCamera camera;
        DiagramState state; // without hover and selection
        PaintOptions options;
    };
    static bool same(const Key &a, const Key &b);

    QImage m_frame;
    QList<LinkZone> m_zones;
    Key m_key;
    bool m_valid = false;
    bool m_reused = false;
};

} // namespace colossus
