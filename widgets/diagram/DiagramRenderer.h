#pragma once

#include "diagram/DiagramModel.h"
#include "export/Picture.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QRegion>

class QPainter;

namespace colossus {

// Where the diagram's world (rack units) lands on screen: the world point `center` at the
// middle of the drawing area, `scale` pixels per rack unit.
struct DiagramCamera {
    QPointF center;
    double scale = 1.0;

    QPointF toScreen(const QPointF &world, const QRectF &area) const {
        return area.center() + (world - center) * scale;
    }
    QRectF toScreen(const QRectF &world, const QRectF &area) const {
        return QRectF(toScreen(world.topLeft(), area), world.size() * scale);
    }
    QPointF toWorld(const QPointF &screen, const QRectF &area) const {
        return center + (screen - area.center()) / scale;
    }
    QRectF visibleWorld(const QRectF &area) const {
        return QRectF(toWorld(area.topLeft(), area), area.size() / scale);
    }
    // The camera a fraction `t` of the way from `from` to `to` (0 and 1: the ends): the scale
    // moves evenly in its logarithm, and the centre so that screen distances change smoothly
    // while the scale changes by orders of magnitude (as zooming about a fixed point does).
    static DiagramCamera between(const DiagramCamera &from, const DiagramCamera &to, double t);
    // The camera showing `world` whole in `area`, with a margin (a fraction of the area).
    static DiagramCamera fit(const QRectF &world, const QSizeF &area, double margin = 0.04);
    bool operator==(const DiagramCamera &) const = default;
};

// A drawn part that shows a reported figure or fact: clicking it selects that figure.
struct LinkZone {
    QRectF rect; // screen coordinates
    QString id;
    bool isFact = false;
    QString label; // what the part is, for the tooltip

    // The figure or fact it links: eight manifolds drawn link one fact once.
    QString linkKey() const { return id + (isFact ? QStringLiteral("|f") : QStringLiteral("|g")); }
};

// The index of the first zone of each link, in drawing order: the links Tab visits and a
// screen reader lists.
QList<int> firstZonePerLink(const QList<LinkZone> &zones);

// A label as placed on screen (for tests: labels never overlap and stay legible).
struct PlacedLabel {
    QRectF rect;
    double pixelSize = 0;
    QString text;
};

// What is selected, hovered or highlighted (the screen only; exports leave these empty).
struct DiagramState {
    ElementPath rearRack{-1, -1, -1, -1, false}; // a rack drawn from behind (rear = true)
    bool hasSelection = false;
    ElementPath selection;
    bool hasHover = false;
    ElementPath hover;
    QString highlightId;   // figure or fact id to outline (from another view's selection)
    bool hasFocus = false; // dim everything but this element (a view path's element)
    ElementPath focus;
    // A screen rectangle something else covers (the view's minimap): a framed rack's
    // neighbours keep clear of it.
    QRectF keepFree;
};

// Paints the diagram: a legend band at the top of the area, then the hierarchy seen through a
// camera, with detail chosen from the on-screen size of each element (STYLE.md, "40000
// Chips"). Only visible indices are visited and fills are batched per colour, so a frame costs
// the same for 100,000 or 1,000,000 GPUs. The view, the minimap and every export use it.
class DiagramRenderer {
public:
    static constexpr double minimumFontPx = 9.0; // labels below this are left out

    // The part of `area` below the legend band, where the camera draws.
    static QRectF diagramArea(const QRectF &area);

    // Width of the panel listing what the reports say about the parts in view, at the right of
    // the diagram area; 0 when the scale shows no parts (cluster and group) or the area is
    // too narrow for it.
    static double panelWidth(const DiagramModel &model, const QRectF &diagramArea, double scale);
    // The part of the diagram area left of the parts panel: nothing of the diagram is drawn
    // under the panel.
    static QRectF drawingArea(const DiagramModel &model, const QRectF &diagramArea, double scale);

    static void paint(QPainter &painter, const DiagramModel &model, const QRectF &area,
                      const DiagramCamera &camera, const DiagramState &state,
                      const PaintOptions &options, QList<LinkZone> *zones = nullptr,
                      QList<PlacedLabel> *labels = nullptr);

    // The hover and selection outlines (the screen only), over a frame painted without them:
    // paint() ends with this, and DiagramFrameCache draws it over the frame it keeps.
    static void paintPointerOverlays(QPainter &painter, const DiagramModel &model,
                                     const QRectF &area, const DiagramCamera &camera,
                                     const DiagramState &state, const PaintOptions &options);

    // The pixels paintPointerOverlays changes when its state goes from `before` to `after`: the
    // rings of the hover and selection outlines that differ (the canvas repaints only these).
    static QRegion pointerOverlayDamage(const DiagramModel &model, const QRectF &area,
                                        const DiagramCamera &camera, const DiagramState &before,
                                        const DiagramState &after);

    // The whole cluster as coloured blocks, without legend or labels (the minimap).
    static void paintOverview(QPainter &painter, const DiagramModel &model, const QRectF &area,
                              const Theme &theme);
};

} // namespace colossus
