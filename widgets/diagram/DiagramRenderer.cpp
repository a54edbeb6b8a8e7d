#include "diagram/DiagramRenderer.h"

#include "diagram/painters/ClusterPainter.h"
#include "diagram/painters/FrameContext.h"
#include "diagram/painters/LegendPainter.h"
#include "diagram/painters/PartsPanelPainter.h"

#include <QPainter>
#include <QSet>
#include <cmath>

namespace colossus {

QList<int> firstZonePerLink(const QList<LinkZone> &zones) {
    QList<int> order;
    QSet<QString> seen;
    for (int i = 0; i < zones.size(); ++i) {
        if (!seen.contains(zones.at(i).linkKey())) {
            seen.insert(zones.at(i).linkKey());
            order.append(i);
        }
    }
    return order;
}

DiagramCamera DiagramCamera::between(const DiagramCamera &from, const DiagramCamera &to, double t) {
    DiagramCamera c;
    const double s0 = from.scale, s1 = to.scale;
    c.scale = std::exp(std::log(s0) + (std::log(s1) - std::log(s0)) * t);
    // The centre moves along 1/scale: the world point under it changes as fast as the
    // scale does.
    double k = t;
    if (std::abs(std::log(s1 / s0)) > 0.05)
        k = (1 / c.scale - 1 / s0) / (1 / s1 - 1 / s0);
    c.center = from.center + (to.center - from.center) * k;
    return c;
}

DiagramCamera DiagramCamera::fit(const QRectF &world, const QSizeF &area, double margin) {
    DiagramCamera c;
    c.center = world.center();
    const double w = std::max(1.0, area.width() * (1 - 2 * margin));
    const double h = std::max(1.0, area.height() * (1 - 2 * margin));
    c.scale = std::min(w / std::max(1e-9, world.width()), h / std::max(1e-9, world.height()));
    return c;
}

double DiagramRenderer::panelWidth(const DiagramModel &model, const QRectF &diagram, double scale) {
    if (diagram.width() < 720 || diagram.height() < 320)
        return 0;
    if (PartsPanelPainter::detailAt(model, scale, diagram) == PartsPanelPainter::Detail::Blocks)
        return 0;
    return std::clamp(diagram.width() * 0.27, 260.0, 420.0);
}

QRectF DiagramRenderer::drawingArea(const DiagramModel &model, const QRectF &diagram,
                                    double scale) {
    return diagram.adjusted(0, 0, -panelWidth(model, diagram, scale), 0);
}

QRectF DiagramRenderer::diagramArea(const QRectF &area) {
    return area.adjusted(0, LegendPainter::height(area), 0, 0);
}

void DiagramRenderer::paint(QPainter &painter, const DiagramModel &model, const QRectF &area,
                            const DiagramCamera &camera, const DiagramState &state,
                            const PaintOptions &options, QList<LinkZone> *zones,
                            QList<PlacedLabel> *labels) {
    painter.save();
    if (!options.transparent)
        painter.fillRect(area, options.theme.background);
    // In a room the legend's band may be a little taller than diagramArea's, which the
    // camera was fitted to: the margin the fit leaves takes it up.
    const double legend = LegendPainter::height(area, options.minimumTextPx);
    const QRectF diagram = area.adjusted(0, legend, 0, 0);
    QList<LinkZone> headerZones;
    LegendPainter::paint(painter, model, QRectF(area.x(), area.y(), area.width(), legend), camera,
                         diagram, options, headerZones);
    const QRectF drawing = drawingArea(model, diagram, camera.scale);
    painter.save();
    painter.setClipRect(drawing, Qt::IntersectClip);
    FrameContext frame(painter, model, diagram, camera, state, options, drawing);
    ClusterPainter(frame).paint();
    if (state.hasFocus && state.focus.level() != ElementPath::Level::Cluster &&
        !options.transparent) {
        // Dim all but the element of the view path, so it stands out among its neighbours.
        frame.paintVeil();
    }
    frame.paintHighlight();
    painter.restore();
    painter.save();
    painter.setClipRect(diagram, Qt::IntersectClip);
    frame.zones += headerZones;
    PartsPanelPainter::paint(painter, model, diagram, camera, state, options, frame.zones);
    painter.restore();
    if (zones)
        *zones = frame.zones;
    if (labels) {
        labels->clear();
        for (const Label &l : frame.labels())
            labels->append({l.rect, l.px, l.text});
    }
    paintPointerOverlays(painter, model, area, camera, state, options);
    painter.restore();
}

void DiagramRenderer::paintPointerOverlays(QPainter &painter, const DiagramModel &model,
                                           const QRectF &area, const DiagramCamera &camera,
                                           const DiagramState &state, const PaintOptions &options) {
    const HierarchyGeometry &g = model.geometry;
    const bool hover = state.hasHover && g.exists(state.hover);
    const bool selection = state.hasSelection && g.exists(state.selection);
    if (options.printing || (!hover && !selection))
        return;
    const QRectF diagram = diagramArea(area);
    // Far-off edges of a huge rectangle are cut, so drawn coordinates stay near the screen.
    const QRectF near = diagram.adjusted(-12, -12, 12, 12);
    painter.save();
    painter.setClipRect(drawingArea(model, diagram, camera.scale), Qt::IntersectClip);
    painter.setBrush(Qt::NoBrush);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (hover) {
        QColor c = options.theme.accent;
        c.setAlphaF(0.6f);
        painter.setPen(QPen(c, 1.5));
        painter.drawRect(
            camera.toScreen(g.rect(state.hover), diagram).adjusted(-1, -1, 1, 1).intersected(near));
    }
    if (selection) {
        painter.setPen(QPen(options.theme.accent, 3));
        painter.drawRect(camera.toScreen(g.rect(state.selection), diagram)
                             .adjusted(-2, -2, 2, 2)
                             .intersected(near));
    }
    painter.restore();
}

QRegion DiagramRenderer::pointerOverlayDamage(const DiagramModel &model, const QRectF &area,
                                              const DiagramCamera &camera,
                                              const DiagramState &before,
                                              const DiagramState &after) {
    const HierarchyGeometry &g = model.geometry;
    const QRectF diagram = diagramArea(area);
    const QRectF near = diagram.adjusted(-12, -12, 12, 12);
    // The ring an outline of `width` around `path` covers, with a pixel for antialiasing.
    const auto ring = [&](const ElementPath &path, double grow, double width) {
        if (!g.exists(path))
            return QRegion();
        const QRectF r = camera.toScreen(g.rect(path), diagram)
                             .adjusted(-grow, -grow, grow, grow)
                             .intersected(near);
        const double m = width / 2 + 1.5;
        const QRect outer = r.adjusted(-m, -m, m, m).toAlignedRect();
        const QRectF innerF = r.adjusted(m, m, -m, -m);
        QRegion region(outer);
        if (innerF.width() > 2 && innerF.height() > 2) {
            const QRect inner(
                QPoint(int(std::ceil(innerF.left())), int(std::ceil(innerF.top()))),
                QPoint(int(std::floor(innerF.right())) - 1, int(std::floor(innerF.bottom())) - 1));
            region -= QRegion(inner);
        }
        return region;
    };
    QRegion damage;
    const bool hoverSame =
        before.hasHover == after.hasHover && (!before.hasHover || before.hover == after.hover);
    if (!hoverSame) {
        if (before.hasHover)
            damage += ring(before.hover, 1, 1.5);
        if (after.hasHover)
            damage += ring(after.hover, 1, 1.5);
    }
    const bool selectionSame = before.hasSelection == after.hasSelection &&
                               (!before.hasSelection || before.selection == after.selection);
    if (!selectionSame) {
        if (before.hasSelection)
            damage += ring(before.selection, 2, 3);
        if (after.hasSelection)
            damage += ring(after.selection, 2, 3);
    }
    return damage;
}

void DiagramRenderer::paintOverview(QPainter &painter, const DiagramModel &model,
                                    const QRectF &area, const Theme &theme) {
    painter.save();
    painter.fillRect(area, theme.background);
    painter.setClipRect(area, Qt::IntersectClip);
    PaintOptions options;
    options.theme = theme;
    options.printing = true;
    const DiagramCamera camera =
        DiagramCamera::fit(model.geometry.clusterRect(), area.size(), 0.02);
    FrameContext frame(painter, model, area, camera, DiagramState{}, options);
    frame.overview = true;
    ClusterPainter(frame).paint();
    painter.restore();
}

} // namespace colossus
