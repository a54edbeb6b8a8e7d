#include "diagram/painters/FrameContext.h"

#include <QPainter>
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
        m_empty.append(c);
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
    if (!r.intersects(area) || overview)
        return {};
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
        if (!freeArea.adjusted(-1, -1, 1, 1).contains(tr))
            return {};
        const bool veiled = veil && !focusScreen.contains(tr.center());
        m_labels.append({tr, text, px, bold, colour, Qt::AlignCenter, pill, vertical, veiled});
        return tr;
    }
    return {};
}

void FrameContext::flush() {
    QPainter &p = painter;
    p.setPen(Qt::NoPen);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (int f = 0; f < FillCount; ++f) {
        if (m_fills[f].isEmpty())
            continue;
        p.setBrush(colours[f]);
        p.drawRects(m_fills[f].constData(), int(m_fills[f].size()));
    }
    if (!m_lines.isEmpty()) {
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(theme.coolant, std::max(1.5, lineWidth), Qt::SolidLine, Qt::RoundCap));
        p.drawLines(m_lines.constData(), int(m_lines.size()));
    }
    if (!m_empty.isEmpty()) {
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(theme.line, 1, Qt::DashLine));
        p.drawRects(m_empty.constData(), int(m_empty.size()));
    }
    drawLabels(false);
}

void FrameContext::drawLabels(bool veiled) {
    QPainter &p = painter;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    for (const Label &l : std::as_const(m_labels)) {
        if (l.veiled != veiled)
            continue;
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
            const QRectF t(-l.rect.height() / 2, -l.rect.width() / 2, l.rect.height(),
                           l.rect.width());
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
