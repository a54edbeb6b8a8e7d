#pragma once

#include "diagram/DiagramRenderer.h"

#include <QImage>
#include <QList>

namespace colossus {

// The canvas's last full frames, kept without their hover and selection outlines.
//
// At rest: when only those outlines change (the pointer moves to another rack, the keyboard
// selects another group), the frame is blitted and the outlines drawn on top, instead of
// painting the whole diagram again. Anything else that changes the picture (model or
// scenario, size, device pixel ratio, theme, camera, focus, highlight, rear rack, what the
// minimap covers) draws a new frame, and the result is the same pixels DiagramRenderer::paint
// draws without the cache (tested).
//
// While the camera moves (the zoom animation): as map viewers do, a frame is composed from
// the kept frames of the two ends, each drawn exactly once and then scaled to where the
// moving camera puts its world; the finer one lies on top, inside the element it frames. The
// end's frame is drawn with the state it will have at rest, so the frame at rest after the
// animation is that same image, exactly what the renderer draws.
class DiagramFrameCache {
public:
    void paint(QPainter &painter, const DiagramModel &model, const QRectF &area,
               const DiagramCamera &camera, const DiagramState &state, const PaintOptions &options,
               QList<LinkZone> *zones = nullptr);
    // A frame of the animation to `target`, which will rest with `targetState`. Its link zones
    // are empty: parts are linked again at rest.
    void paintTowards(QPainter &painter, const DiagramModel &model, const QRectF &area,
                      const DiagramCamera &camera, const DiagramState &state,
                      const DiagramCamera &target, const DiagramState &targetState,
                      const PaintOptions &options, QList<LinkZone> *zones = nullptr);
    void clear();

    // Whether the last paint() or paintTowards() reused kept frames without drawing one (for
    // tests and benchmarks).
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
    struct Kept {
        QImage image; // the area, opaque, in device pixels
        QList<LinkZone> zones;
        Key key;
        bool valid = false;
    };
    static bool same(const Key &a, const Key &b);
    // Same model, size, pixel ratio, theme and options: the frames can be composed.
    static bool compatible(const Key &a, const Key &b);
    static Key keyOf(const QPainter &painter, const DiagramModel &model, const QRectF &area,
                     const DiagramCamera &camera, const DiagramState &state,
                     const PaintOptions &options);
    // The kept frame for `key`, drawn now if there is none; the other one (the frame shown
    // before) is kept beside it.
    Kept &frameFor(const Key &key, const QRectF &area);
    // Where the moving camera sees what the kept frame drew (only the element it frames, if
    // `focusOnly`), in whole screen pixels.
    static QRect coverage(const Kept &kept, const QRectF &area, const DiagramCamera &camera,
                          bool focusOnly);
    // Draws the screen pixels `target` from the kept frame, scaled.
    static void drawScaled(QPainter &painter, const Kept &kept, const QRectF &area,
                           const DiagramCamera &camera, const QRect &target);

    Kept m_kept[2];
    int m_latest = 0; // the slot painted last
    bool m_reused = false;
};

} // namespace colossus
