#include "diagram/DiagramRenderer.h"

#include "diagram/ViewPath.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>
#include <cmath>

namespace colossus {

DiagramCamera DiagramCamera::fit(const QRectF &world, const QSizeF &area, double margin) {
    DiagramCamera c;
    c.center = world.center();
    const double w = std::max(1.0, area.width() * (1 - 2 * margin));
    const double h = std::max(1.0, area.height() * (1 - 2 * margin));
    c.scale = std::min(w / std::max(1e-9, world.width()), h / std::max(1e-9, world.height()));
    return c;
}

namespace {

// Detail steps, in on-screen pixels (STYLE.md: level of detail from the on-screen size).
constexpr double rackMinPx = 2.5;   // narrower racks merge into their group's block
constexpr double rackSolidPx = 6;   // narrower racks are one bar, without frame or pump unit
constexpr double serverMinPx = 2.0; // lower servers merge into their rack's fill
constexpr double gpuMinPx = 2.5;    // narrower GPUs merge into their server's fill
constexpr double gpuDetailPx = 36;  // a GPU this wide gets its cooling and labels

enum Fill {
    FillGroup,
    FillFrame,
    FillChassis,
    FillPump,
    FillCoolant,
    FillSwitch,
    FillNic,
    FillPsu,
    FillH100,
    FillH200,
    FillB200,
    FillUnknown,
    FillCoolantTop, // liquid cooling, drawn over the GPUs
    FillCount
};

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

QColor textOn(const QColor &background) {
    const double l =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(0x10, 0x12, 0x14) : QColor(0xff, 0xff, 0xff);
}

struct Label {
    QRectF rect;
    QString text;
    double px = 12;
    bool bold = false;
    QColor colour;
    int align = Qt::AlignCenter;
    bool pill = false;
    bool vertical = false;
    bool veiled = false; // outside the element in focus: drawn over the veil, in muted text
};

class Frame {
public:
    Frame(QPainter &painter, const DiagramModel &model, const QRectF &area,
          const DiagramCamera &camera, const DiagramState &state, const PaintOptions &options,
          const QRectF &drawing = QRectF())
        : m_p(painter)
        , m_model(model)
        , m_g(model.geometry)
        , m_area(area)
        , m_cam(camera)
        , m_state(state)
        , m_options(options)
        , m_theme(options.theme) {
        m_clip = m_area.adjusted(-4, -4, 4, 4);
        m_free = drawing.isNull() ? m_area : drawing;
        // A rack's picture shows its own group only, and only neighbours drawn whole.
        m_framedRack = m_state.hasFocus && m_state.focus.level() == ElementPath::Level::Rack &&
                       m_g.exists(m_state.focus);
        // Labels outside the element in focus are drawn after the veil that dims it, in a
        // colour legible on the dimmed parts (their own colour would lose its contrast).
        m_veil = m_state.hasFocus && m_state.focus.level() != ElementPath::Level::Cluster &&
                 !m_options.transparent && m_g.exists(m_state.focus);
        if (m_veil)
            m_focusScreen = screen(m_g.rect(m_state.focus));
        m_framedGroup = m_state.hasFocus && m_state.focus.level() == ElementPath::Level::Group &&
                        m_g.exists(m_state.focus);
        m_framedDeep = m_state.hasFocus && m_state.focus.level() >= ElementPath::Level::Server &&
                       m_g.exists(m_state.focus);
        m_focusServer = m_state.focus.level() == ElementPath::Level::Gpu ? m_state.focus.parent()
                                                                         : m_state.focus;
        m_world = m_cam.visibleWorld(m_area);
        m_px = m_cam.scale;
        const Theme &t = m_theme;
        m_colours[FillGroup] = t.surface;
        m_colours[FillFrame] = mix(t.text, t.background, 0.3);
        m_colours[FillChassis] = mix(t.text, t.background, 0.82);
        m_colours[FillPump] = mix(t.text, t.background, 0.55);
        m_colours[FillCoolant] = t.coolant;
        m_colours[FillSwitch] = mix(t.network, t.text, 0.35);
        m_colours[FillNic] = t.network;
        m_colours[FillPsu] = t.power;
        m_colours[FillH100] = t.h100;
        m_colours[FillH200] = t.h200;
        m_colours[FillB200] = t.b200;
        m_colours[FillUnknown] = t.unknownGpu;
        m_colours[FillCoolantTop] = t.coolant;
    }

    void paintDiagram() {
        if (m_framedRack && !m_overview) {
            drawGroup(m_state.focus.group);
            flush();
            return;
        }
        const IndexRange rows = m_g.visibleRows(m_world);
        const IndexRange cols = m_g.visibleColumns(m_world);
        for (qint64 row = rows.first; row <= rows.last; ++row) {
            for (qint64 col = cols.first; col <= cols.last; ++col) {
                const qint64 g = row * m_g.columns() + col;
                if (g >= m_g.groupCount())
                    continue;
                // A framed group's neighbours are drawn only where whole.
                if (m_framedGroup && g != m_state.focus.group &&
                    !whole(screen(m_g.groupRect(int(g)))))
                    continue;
                drawGroup(int(g));
            }
        }
        flush();
    }

    void paintOverlays() {
        if (m_options.printing)
            return;
        m_p.setBrush(Qt::NoBrush);
        m_p.setRenderHint(QPainter::Antialiasing, true);
        if (m_state.hasHover && m_g.exists(m_state.hover)) {
            QColor c = m_theme.accent;
            c.setAlphaF(0.6f);
            m_p.setPen(QPen(c, 1.5));
            m_p.drawRect(bounded(screen(m_g.rect(m_state.hover)).adjusted(-1, -1, 1, 1)));
        }
        if (m_state.hasSelection && m_g.exists(m_state.selection)) {
            m_p.setPen(QPen(m_theme.accent, 3));
            m_p.drawRect(bounded(screen(m_g.rect(m_state.selection)).adjusted(-2, -2, 2, 2)));
        }
        if (!m_state.highlightId.isEmpty()) {
            m_p.setPen(QPen(m_theme.warning, 3));
            for (const LinkZone &z : std::as_const(m_zones)) {
                if (z.id == m_state.highlightId)
                    m_p.drawRoundedRect(z.rect.adjusted(-3, -3, 3, 3), 4, 4);
            }
        }
    }

    QList<LinkZone> m_zones;
    const QList<Label> &labels() const { return m_labels; }
    void paintVeiledLabels() { drawLabels(true); }

    void drawGroupBlocksOnly() {
        m_overview = true;
        paintDiagram();
    }

private:
    QRectF screen(const QRectF &world) const { return m_cam.toScreen(world, m_area); }
    // Keeps drawn coordinates near the screen: far-off edges of a huge rectangle are cut.
    QRectF bounded(const QRectF &r) const { return r.intersected(m_clip.adjusted(-8, -8, 8, 8)); }

    void fill(Fill f, const QRectF &r) {
        const QRectF c = r.intersected(m_clip);
        if (!c.isEmpty())
            m_fills[f].append(c);
    }

    void fillType(const QRectF &r, const GpuSegment &s) {
        if (s.alternative == GpuType::None) {
            fill(typeFill(s.type), r);
            return;
        }
        // Two readings: left half one colour, right half the other.
        const QRectF left(r.x(), r.y(), r.width() / 2, r.height());
        fill(typeFill(s.type), left);
        fill(typeFill(s.alternative), QRectF(left.right(), r.y(), r.width() / 2, r.height()));
    }

    // Fills the share of `r` that `count` GPUs from `first` take out of `capacity`, in type
    // colours, left to right (or top to bottom).
    void fillSpans(const QRectF &r, qint64 first, qint64 count, qint64 capacity, bool vertical) {
        if (count <= 0 || capacity <= 0)
            return;
        m_model.scenario.forEachSpan(first, count, [&](const GpuSegment &s, qint64 a, qint64 n) {
            const double from = double(a - first) / capacity;
            const double size = double(n) / capacity;
            if (vertical)
                fillType(QRectF(r.x(), r.y() + from * r.height(), r.width(), size * r.height()), s);
            else
                fillType(QRectF(r.x() + from * r.width(), r.y(), size * r.width(), r.height()), s);
        });
    }

    void empty(const QRectF &r) {
        const QRectF c = bounded(r);
        if (!c.isEmpty())
            m_empty.append(c);
    }

    void zone(const QRectF &r, const QString &id, bool isFact, const QString &label) {
        if (r.intersects(m_free))
            m_zones.append({r.intersected(m_free), id, isFact, label});
    }

    QFont font(double px, bool bold) {
        const int key = int(std::round(px * 2)) * 2 + (bold ? 1 : 0);
        auto it = m_fonts.find(key);
        if (it == m_fonts.end())
            it = m_fonts.insert(key, Theme::font(std::round(px * 2) / 2, bold));
        return *it;
    }

    // A label's largest size, grown with its box: a part that fills a slide gets a label
    // legible from the back of the room, a small one keeps `base`.
    static double grown(double base, const QRectF &r) {
        return std::max(base, std::min(base * 1.6, std::min(r.width(), r.height()) * 0.26));
    }

    double textWidth(const QString &text, double px, bool bold) {
        // Metrics per font, built once a frame: a rack's U scale measures dozens of labels.
        const int key = int(std::round(px * 2)) * 2 + (bold ? 1 : 0);
        auto it = m_metrics.find(key);
        if (it == m_metrics.end())
            it = m_metrics.insert(key, QFontMetricsF(font(px, bold)));
        return it->horizontalAdvance(text);
    }

    // Places the first candidate that fits the rectangle at a legible size; returns the
    // rectangle the text takes (empty when nothing fits). Labels stay inside their element's
    // own band, so two labels never overlap.
    QRectF label(const QRectF &r, const QStringList &candidates, double maxPx, bool bold,
                 const QColor &colour, int align = Qt::AlignCenter, bool pill = false,
                 bool vertical = false) {
        if (!r.intersects(m_area) || m_overview)
            return {};
        const double along = vertical ? r.height() : r.width();
        const double across = vertical ? r.width() : r.height();
        const double largest = std::min(maxPx, across * 0.72);
        if (largest < DiagramRenderer::minimumFontPx)
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
                if (fit < std::max(DiagramRenderer::minimumFontPx, std::min(largest * 0.7, 15.0)))
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
            if (!m_free.adjusted(-1, -1, 1, 1).contains(tr))
                return {};
            const bool veiled = m_veil && !m_focusScreen.contains(tr.center());
            m_labels.append({tr, text, px, bold, colour, Qt::AlignCenter, pill, vertical, veiled});
            return tr;
        }
        return {};
    }

    void flush() {
        m_p.setPen(Qt::NoPen);
        m_p.setRenderHint(QPainter::Antialiasing, false);
        for (int f = 0; f < FillCount; ++f) {
            if (m_fills[f].isEmpty())
                continue;
            m_p.setBrush(m_colours[f]);
            m_p.drawRects(m_fills[f].constData(), int(m_fills[f].size()));
        }
        if (!m_lines.isEmpty()) {
            m_p.setRenderHint(QPainter::Antialiasing, true);
            m_p.setPen(
                QPen(m_theme.coolant, std::max(1.5, m_lineWidth), Qt::SolidLine, Qt::RoundCap));
            m_p.drawLines(m_lines.constData(), int(m_lines.size()));
        }
        if (!m_empty.isEmpty()) {
            m_p.setRenderHint(QPainter::Antialiasing, false);
            m_p.setBrush(Qt::NoBrush);
            m_p.setPen(QPen(m_theme.line, 1, Qt::DashLine));
            m_p.drawRects(m_empty.constData(), int(m_empty.size()));
        }
        drawLabels(false);
    }

    void drawLabels(bool veiled) {
        m_p.setRenderHint(QPainter::Antialiasing, true);
        m_p.setRenderHint(QPainter::TextAntialiasing, true);
        for (const Label &l : std::as_const(m_labels)) {
            if (l.veiled != veiled)
                continue;
            if (l.pill) {
                QColor bg = m_theme.background;
                bg.setAlphaF(0.88f);
                m_p.setPen(Qt::NoPen);
                m_p.setBrush(bg);
                m_p.drawRoundedRect(l.rect, l.rect.height() / 2.5, l.rect.height() / 2.5);
            }
            m_p.setPen(veiled ? m_theme.mutedText : l.colour);
            m_p.setFont(font(l.px, l.bold));
            if (l.vertical) {
                m_p.save();
                m_p.translate(l.rect.center());
                m_p.rotate(-90);
                const QRectF t(-l.rect.height() / 2, -l.rect.width() / 2, l.rect.height(),
                               l.rect.width());
                m_p.drawText(t, Qt::AlignCenter, l.text);
                m_p.restore();
            } else {
                m_p.drawText(l.rect, Qt::AlignCenter, l.text);
            }
        }
    }

    QString count(double v) const { return formatCount(v); }

    bool whole(const QRectF &r) const { return m_free.adjusted(-0.5, -0.5, 0.5, 0.5).contains(r); }
    // Whole and clear of what covers part of the view.
    bool clear(const QRectF &r) const {
        return whole(r) && !(m_state.keepFree.isValid() && r.intersects(m_state.keepFree));
    }

    // A rack slot with its U scale on the left lies whole in the drawing area, clear of what
    // covers part of it.
    bool slotWhole(int g, int r) const {
        const QRectF slot =
            screen(m_g.rackRect(g, r).adjusted(-HierarchyGeometry::rackGap, 0, 0, 0));
        return m_free.adjusted(-0.5, -0.5, 0.5, 0.5).contains(slot) &&
               !(m_state.keepFree.isValid() && slot.intersects(m_state.keepFree));
    }

    void drawGroup(int g) {
        QRectF gw = m_g.groupRect(g);
        const int rpg = m_g.fanout().racksPerGroup;
        const int racks = m_g.racksInGroup(g);
        // The rack slots drawn: all that are visible, or around a framed rack only those
        // drawn whole, so no neighbour is cut by the edge or the parts panel.
        int firstSlot = 0;
        int lastSlot = rpg - 1;
        if (m_framedRack && g == m_state.focus.group) {
            firstSlot = lastSlot = m_state.focus.rack;
            while (firstSlot > 0 && slotWhole(g, firstSlot - 1))
                --firstSlot;
            while (lastSlot + 1 < rpg && slotWhole(g, lastSlot + 1))
                ++lastSlot;
            const double left = m_g.rackRect(g, firstSlot).left() - HierarchyGeometry::rackGap;
            const double right = m_g.rackRect(g, lastSlot).right() + HierarchyGeometry::rackGap;
            gw = QRectF(left, gw.y(), right - left, gw.height());
        }
        const QRectF G = screen(gw);
        if (G.width() < 0.5)
            return;
        fill(FillGroup, G);
        const ElementPath path = ElementPath::ofGroup(g);
        const double rackPx = HierarchyGeometry::rackWidth * m_px;
        if (rackPx < rackMinPx) {
            const QRectF region =
                screen(m_g.rackRect(g, 0)).united(screen(m_g.rackRect(g, rpg - 1)));
            fillSpans(region, m_g.firstGpu(path), m_g.gpusIn(path),
                      qint64(rpg) * m_g.fanout().serversPerRack * m_g.fanout().gpusPerServer,
                      false);
        } else {
            const IndexRange vr = m_g.visibleRacks(g, m_world);
            for (qint64 r = std::max<qint64>(vr.first, firstSlot);
                 r <= std::min<qint64>(vr.last, lastSlot); ++r)
                drawRack(g, int(r));
            if (rackPx >= 4) {
                for (int r = std::max(racks, firstSlot); r <= lastSlot; ++r) {
                    const QRectF rr = m_g.rackRect(g, r);
                    if (!rr.intersects(m_world))
                        continue;
                    const QRectF E = screen(rr);
                    empty(E);
                    // Only where the group's name sits in its band (no number in the middle).
                    if (r == racks && HierarchyGeometry::groupLabelBand * m_px >= 12) {
                        label(E,
                              {QStringLiteral("no rack: the %1 GPUs end before it")
                                   .arg(count(double(m_g.gpuCount()))),
                               QStringLiteral("no rack"), QStringLiteral("none")},
                              14, false, m_theme.mutedText, Qt::AlignCenter, false, true);
                    }
                }
            }
        }
        // The group's label band.
        const QRectF band =
            screen(QRectF(gw.x(), gw.y(), gw.width(), HierarchyGeometry::groupLabelBand))
                .adjusted(m_framedRack ? 0 : HierarchyGeometry::groupPadding * m_px, 0, 0, 0);
        const qint64 gpus = m_g.gpusIn(path);
        // Partial where the reported total ends inside the group (in its last rack, perhaps).
        const bool partial =
            gpus < qint64(rpg) * m_g.fanout().serversPerRack * m_g.fanout().gpusPerServer;
        const QString name = QStringLiteral("Group %1").arg(g);
        QStringList texts;
        if (partial) {
            texts << QStringLiteral("%1 · partial: %2 of %3 racks, %4 GPUs")
                         .arg(name)
                         .arg(racks)
                         .arg(rpg)
                         .arg(count(double(gpus)))
                  << QStringLiteral("%1 · partial, %2 GPUs").arg(name, count(double(gpus)));
        } else {
            texts << QStringLiteral("%1 · %2 racks · %3 GPUs")
                         .arg(name)
                         .arg(rpg)
                         .arg(count(double(gpus)))
                  << QStringLiteral("%1 · %2 GPUs").arg(name, count(double(gpus)));
        }
        texts << name << QString::number(g);
        // A label cut by the top of the view is left out rather than drawn half.
        if (band.height() >= 12) {
            if (band.top() < m_area.top() - 1)
                return;
            const QRectF t = label(band.adjusted(0, band.height() * 0.15, 0, 0), texts, 22, true,
                                   m_theme.text, Qt::AlignLeft);
            if (!t.isEmpty() && !partial)
                zone(t, QStringLiteral("gpus_per_group"), false, QStringLiteral("GPUs per group"));
        } else if (G.width() >= 56 && G.height() >= 18) {
            label(G, {QString::number(g)}, 11, true, m_theme.text, Qt::AlignCenter, true);
        }
    }

    void drawRack(int g, int r) {
        const QRectF rw = m_g.rackRect(g, r);
        const QRectF R = screen(rw);
        const Fanout &f = m_g.fanout();
        if (R.width() < rackSolidPx) {
            // Frame and pump unit would be under a pixel: the rack is one bar of its GPUs.
            fillSpans(R, m_g.firstGpu(ElementPath::ofRack(g, r)),
                      m_g.gpusIn(ElementPath::ofRack(g, r)),
                      qint64(f.serversPerRack) * f.gpusPerServer, true);
            return;
        }
        fill(FillFrame, R);
        const int servers = m_g.serversInRack(g, r);
        const ElementPath path = ElementPath::ofRack(g, r);
        const double frame = HierarchyGeometry::rackFrame;
        const QRectF interior(rw.x() + frame, rw.y() + HierarchyGeometry::rackTopZone,
                              rw.width() - 2 * frame, m_g.rackUnits());
        const bool rear =
            m_state.rearRack.rear && m_state.rearRack.group == g && m_state.rearRack.rack == r;
        if (rear) {
            drawRackRear(g, r, interior);
        } else if (f.serverHeightU * m_px < serverMinPx) {
            const QRectF serversArea(interior.x(), interior.y(), interior.width(),
                                     m_g.rackUnits() - f.pumpUnitHeightU);
            fillSpans(screen(serversArea), m_g.firstGpu(path), m_g.gpusIn(path),
                      qint64(f.serversPerRack) * f.gpusPerServer, true);
            fill(FillPump, screen(m_g.pumpUnitRect(g, r)));
        } else {
            const IndexRange vs = m_g.visibleServers(g, r, m_world);
            for (qint64 s = vs.first; s <= vs.last; ++s) {
                // A framed server's neighbours are drawn only where whole.
                if (m_framedDeep && !(ElementPath::ofServer(g, r, int(s)) == m_focusServer) &&
                    !whole(screen(m_g.serverRect(g, r, int(s)))))
                    continue;
                drawServer(g, r, int(s));
            }
            if (f.manifoldHeightU * m_px >= 1.5) {
                for (int m = 0; m + 1 < f.serversPerRack; ++m) {
                    const QRectF mw = m_g.manifoldRect(g, r, m);
                    if (!mw.intersects(m_world))
                        continue;
                    const QRectF M = screen(mw);
                    fill(FillCoolant, M);
                    if (M.height() >= 12) {
                        // The long name only where it is read at full size, not shrunk
                        // below the short one's size.
                        const QString u = formatCount(f.manifoldHeightU);
                        QStringList texts{QStringLiteral("%1U manifold").arg(u)};
                        if (M.height() >= 20)
                            texts.prepend(
                                QStringLiteral("%1U cooling manifold between servers").arg(u));
                        const QRectF t =
                            label(M, texts, grown(14, M), false, textOn(m_theme.coolant));
                        zone(t, QStringLiteral("manifolds_between_servers"), true,
                             QStringLiteral("Cooling manifold between servers"));
                    }
                }
            }
            const QRectF pw = m_g.pumpUnitRect(g, r);
            if (pw.intersects(m_world))
                drawPumpUnit(screen(pw));
            if (f.serverHeightU * m_px >= 4) {
                for (int s = servers; s < f.serversPerRack; ++s) {
                    const QRectF sw = m_g.serverRect(g, r, s);
                    if (!sw.intersects(m_world))
                        continue;
                    const QRectF E = screen(sw);
                    empty(E);
                    if (s == servers) {
                        label(E,
                              {QStringLiteral("empty: the %1 GPUs end above")
                                   .arg(count(double(m_g.gpuCount()))),
                               QStringLiteral("empty slot"), QStringLiteral("empty")},
                              grown(14, E), false, textOn(m_colours[FillFrame]));
                    }
                }
            }
        }
        // The rack's label, in its top zone.
        const QRectF top =
            screen(QRectF(rw.x(), rw.y(), rw.width(), HierarchyGeometry::rackTopZone));
        if (!rear && top.height() >= 12 && top.top() >= m_area.top() - 1) {
            const qint64 gpus = m_g.gpusIn(path);
            const QString name = QStringLiteral("Rack %1").arg(r);
            QStringList texts;
            if (servers < f.serversPerRack) {
                texts << QStringLiteral("%1 · part full: %2 of %3 servers")
                             .arg(name)
                             .arg(servers)
                             .arg(f.serversPerRack)
                      << QStringLiteral("%1 · part full, %2 GPUs").arg(name, count(double(gpus)));
            } else {
                texts << QStringLiteral("%1 · front · %2 GPUs").arg(name, count(double(gpus)))
                      << QStringLiteral("%1 · %2 GPUs").arg(name, count(double(gpus)));
            }
            texts << name << QString::number(r);
            const QRectF t = label(top, texts, 18, true, textOn(m_colours[FillFrame]));
            if (!t.isEmpty() && servers == f.serversPerRack)
                zone(t, QStringLiteral("gpus_per_rack"), false, QStringLiteral("GPUs per rack"));
        }
        drawUnitScale(rw, interior);
    }

    // U numbers beside a rack, counted from the bottom as on real racks; every unit where
    // they fit, else every 2nd, 5th or 10th, so small racks keep a legible scale.
    void drawUnitScale(const QRectF &rw, const QRectF &interior) {
        const double u = m_px;
        const double gap = HierarchyGeometry::rackGap * m_px;
        if (gap < 15 || m_overview)
            return;
        constexpr double rowPx = 14.5; // a label row at 10 px and more
        int step = 1;
        for (const int s : {1, 2, 5, 10}) {
            step = s;
            if (s * u >= rowPx)
                break;
        }
        if (step * u < rowPx)
            return;
        const double h = std::min(step * u, 18.0);
        const int units = int(std::round(m_g.rackUnits()));
        const QRectF R = screen(rw);
        if (!R.intersects(m_area))
            return;
        for (int k = step; k <= units; k += step) {
            const double mid = screen(QRectF(0, interior.bottom() - k, 1, 1)).center().y();
            if (mid + h < m_area.top() || mid - h > m_area.bottom())
                continue;
            label(QRectF(R.left() - gap, mid - h / 2, gap, h), {QString::number(k)}, 13, false,
                  m_theme.mutedText, Qt::AlignRight);
        }
    }

    void drawPumpUnit(const QRectF &P) {
        fill(FillPump, P);
        if (P.height() >= 10) {
            // Two pumps (redundant), drawn as coolant-coloured blocks.
            const double h = P.height() * 0.5;
            const double w = std::min(P.width() * 0.12, h * 1.4);
            fill(FillCoolant, QRectF(P.right() - 2.6 * w, P.center().y() - h / 2, w, h));
            fill(FillCoolant, QRectF(P.right() - 1.4 * w, P.center().y() - h / 2, w, h));
            const QRectF text(P.x(), P.y(), P.width() - 2.8 * w, P.height());
            const QString u = formatCount(m_g.fanout().pumpUnitHeightU);
            const QRectF t =
                label(text,
                      {QStringLiteral("%1U unit: redundant pumps, rack monitoring").arg(u),
                       QStringLiteral("%1U pumps + monitoring").arg(u),
                       QStringLiteral("%1U pumps").arg(u)},
                      grown(16, text), false, textOn(m_colours[FillPump]));
            zone(t, QStringLiteral("pump_unit"), true,
                 QStringLiteral("Pump unit with redundant pumps and rack monitoring"));
        }
    }

    void drawServer(int g, int r, int s) {
        const QRectF sw = m_g.serverRect(g, r, s);
        const QRectF S = screen(sw);
        const Fanout &f = m_g.fanout();
        const ElementPath path = ElementPath::ofServer(g, r, s);
        const int gpus = m_g.gpusInServer(g, r, s);
        const double gpuPx =
            sw.width() * HierarchyGeometry::serverGpuShare / f.gpusPerServer * m_px;
        if (gpuPx < gpuMinPx) {
            fillSpans(S, m_g.firstGpu(path), gpus, f.gpusPerServer, false);
            return;
        }
        fill(FillChassis, S);
        const GpuSegment &seg = m_model.scenario.segmentAt(m_g.firstGpu(path));
        const IndexRange vg = m_g.visibleGpus(g, r, s, m_world);
        const double inset = gpuPx >= 6 ? gpuPx * 0.07 : 0;
        if (inset == 0 && gpus > 0) {
            // Cells this small touch each other: one band of chips and one of NICs per
            // server draws the same pixels with far fewer rectangles.
            const QRectF first = m_g.gpuRect(g, r, s, 0);
            const QRectF band(first.x(), first.y(), first.width() * f.gpusPerServer,
                              first.height());
            fillSpans(screen(HierarchyGeometry::gpuChipRect(band)), m_g.firstGpu(path), gpus,
                      f.gpusPerServer, false);
            const QRectF nics = screen(HierarchyGeometry::gpuNicRect(band));
            if (nics.height() >= 1.5)
                fill(FillNic, QRectF(nics.x(), nics.y(), nics.width() * gpus / f.gpusPerServer,
                                     nics.height()));
        }
        for (qint64 i = inset == 0 ? vg.last + 1 : vg.first; i <= vg.last; ++i) {
            const QRectF col = m_g.gpuRect(g, r, s, int(i));
            if (m_framedDeep && m_state.focus.level() == ElementPath::Level::Gpu &&
                !(path == m_focusServer && i == m_state.focus.gpu) && !clear(screen(col)))
                continue;
            const QRectF chip = screen(HierarchyGeometry::gpuChipRect(col))
                                    .adjusted(inset, inset, -inset, -inset / 2);
            const QRectF nic = screen(HierarchyGeometry::gpuNicRect(col))
                                   .adjusted(inset, inset / 2, -inset, -inset);
            const GpuSegment &gs = m_model.scenario.segmentAt(m_g.firstGpu(path) + i);
            fillType(chip, gs);
            if (nic.height() >= 1.5)
                fill(FillNic, nic);
            if (gpuPx >= gpuDetailPx)
                drawGpuDetail(int(i), chip, nic, gs);
        }
        for (int i = gpus; i < f.gpusPerServer; ++i)
            empty(screen(m_g.gpuRect(g, r, s, i)));
        // The server's own side: one more NIC and the power supplies.
        const QRectF side = screen(HierarchyGeometry::serverSideRect(sw));
        const bool framedGpu = m_framedDeep && m_state.focus.level() == ElementPath::Level::Gpu;
        if (side.width() >= 4 && side.intersects(m_clip) && (!framedGpu || clear(side)))
            drawServerSide(side.adjusted(inset, inset, -inset, -inset), seg.isAsBuilt());
        // Caption band.
        const QRectF cap = screen(HierarchyGeometry::serverCaptionRect(sw));
        if (cap.height() >= 10 && cap.intersects(m_area)) {
            const QString name = QStringLiteral("Server %1").arg(s);
            const QString u = formatCount(f.serverHeightU);
            QString model;
            if (seg.isAsBuilt())
                model = QStringLiteral("%1U liquid-cooled HGX H100").arg(u);
            else
                model = QStringLiteral("%1U liquid-cooled server, layout as built").arg(u);
            const QString bw =
                QStringLiteral("%1 Tb/s Ethernet")
                    .arg(QLocale(QLocale::English).toString(m_model.serverBandwidthTb));
            // The bandwidth goes at the right only where the caption is wide enough for both,
            // and only for the servers the report describes (the built H100 ones).
            const bool wide = cap.width() >= 900 && seg.isAsBuilt();
            const QRectF t =
                label(cap.adjusted(0, cap.height() * 0.1, wide ? -cap.width() * 0.3 : 0, 0),
                      {QStringLiteral("%1 · %2 · %3 GPUs").arg(name, model).arg(gpus),
                       QStringLiteral("%1 · %2").arg(name, model),
                       QStringLiteral("%1 · %2U HGX %3").arg(name, u, gpuTypeName(seg.type)),
                       QStringLiteral("%1 · %2U HGX").arg(name, u), name, QString::number(s)},
                      grown(20, QRectF(0, 0, cap.width(), cap.height() * 0.9)), true,
                      textOn(m_colours[FillChassis]), Qt::AlignLeft);
            zone(t, QStringLiteral("liquid_cooled_4u"), true,
                 QStringLiteral("4U liquid-cooled server (Supermicro's in the tour report; "
                                "Dell was to assemble half the racks, Musk said)"));
            if (wide) {
                const QRectF right(cap.right() - cap.width() * 0.3, cap.y() + cap.height() * 0.1,
                                   cap.width() * 0.3, cap.height() * 0.9);
                const QRectF b = label(right, {bw + QStringLiteral(" per server"), bw},
                                       grown(18, right), false, m_theme.network, Qt::AlignRight);
                zone(b, QStringLiteral("server_bandwidth_tb"), false,
                     QStringLiteral("Ethernet bandwidth per server"));
            }
        }
    }

    // asBuilt: the tour report describes this server's extra NIC; otherwise it is drawn as
    // in the built servers and says so.
    void drawServerSide(const QRectF &side, bool asBuilt) {
        const int psus = std::max(1, m_model.psusPerServer);
        const double rowH = side.height() / (psus + 1.5);
        const double gap = rowH >= 8 ? rowH * 0.12 : 0;
        const QRectF nic(side.x(), side.y(), side.width(), rowH * 1.5 - gap);
        fill(FillNic, nic);
        if (rowH < 4) {
            // Power supplies a few pixels high: one block.
            fill(FillPsu,
                 QRectF(side.x(), nic.bottom(), side.width(), side.bottom() - nic.bottom()));
            return;
        }
        const QStringList texts =
            asBuilt
                ? QStringList{QStringLiteral("+1 NIC, %1 Gb").arg(formatCount(m_model.extraNicGb)),
                              QStringLiteral("+%1 Gb").arg(formatCount(m_model.extraNicGb)),
                              QStringLiteral("NIC")}
                : QStringList{QStringLiteral("NIC as built"), QStringLiteral("NIC")};
        const QRectF t = label(nic, texts, grown(16, nic), true, textOn(m_theme.network));
        zone(t.isEmpty() && nic.height() >= 6 ? nic : t, QStringLiteral("extra_nic_gb"), false,
             asBuilt ? QStringLiteral("The server's extra NIC")
                     : QStringLiteral("The built servers' extra NIC (not reported for these)"));
        for (int k = 0; k < psus; ++k) {
            const QRectF pr(side.x(), side.y() + rowH * (1.5 + k), side.width(), rowH - gap);
            fill(FillPsu, pr);
            const QRectF pt = label(pr,
                                    {QStringLiteral("PSU %1 (redundant)").arg(k + 1),
                                     QStringLiteral("PSU %1").arg(k + 1), QString::number(k + 1)},
                                    grown(14, pr), false, textOn(m_theme.power));
            zone(pt.isEmpty() && pr.height() >= 6 ? pr : pt, QStringLiteral("psus_per_server"),
                 false, QStringLiteral("Redundant power supplies per server"));
        }
    }

    void drawGpuDetail(int index, const QRectF &chip, const QRectF &nic, const GpuSegment &seg) {
        const QColor chipColour = m_colours[typeFill(seg.type)];
        // Cold plate with its two coolant pipes (supply and return) up to the manifold.
        const QRectF plate(chip.x() + chip.width() * 0.14, chip.y() + chip.height() * 0.12,
                           chip.width() * 0.72, chip.height() * 0.2);
        fill(FillCoolantTop, plate);
        m_lineWidth = std::max(m_lineWidth, chip.width() * 0.04);
        for (double fx : {0.3, 0.7}) {
            const double x = chip.x() + chip.width() * fx;
            m_lines.append(QLineF(x, chip.y() - chip.height() * 0.02, x, plate.top()));
        }
        label(plate, {QStringLiteral("liquid cooling"), QStringLiteral("cooling")},
              grown(14, plate), false, textOn(m_theme.coolant));
        zone(plate, QStringLiteral("liquid_cooled_4u"), true,
             QStringLiteral("Liquid cooling for every GPU"));
        const QRectF die(chip.x(), plate.bottom(), chip.width(), chip.bottom() - plate.bottom());
        QString type = gpuTypeName(seg.type);
        if (seg.type == GpuType::Unknown)
            type = QStringLiteral("GPU");
        const QColor on = textOn(chipColour);
        const QRectF name(die.x(), die.y(), die.width(), die.height() * 0.3);
        label(name, {QStringLiteral("GPU %1").arg(index), QString::number(index)}, grown(18, name),
              false, on);
        QRectF t;
        if (seg.alternative != GpuType::None) {
            const QRectF l(die.x(), die.y() + die.height() * 0.3, die.width() / 2,
                           die.height() * 0.4);
            t = label(l, {gpuTypeName(seg.type)}, 30, true, textOn(m_colours[typeFill(seg.type)]));
            label(l.translated(l.width(), 0), {gpuTypeName(seg.alternative)}, 30, true,
                  textOn(m_colours[typeFill(seg.alternative)]));
        } else {
            t = label(
                QRectF(die.x(), die.y() + die.height() * 0.3, die.width(), die.height() * 0.4),
                {type}, 40, true, on);
        }
        if (seg.type == GpuType::H100 && seg.alternative == GpuType::None) {
            label(QRectF(die.x(), die.y() + die.height() * 0.7, die.width(), die.height() * 0.22),
                  {QStringLiteral("HGX H100 board"), QStringLiteral("HGX")},
                  grown(14, QRectF(0, 0, die.width(), die.height() * 0.22)), false, on);
            zone(die, QStringLiteral("hgx_h100"), true, QStringLiteral("NVIDIA HGX H100"));
        } else {
            zone(die, seg.figureId, false, QStringLiteral("GPU type in this scenario"));
        }
        const QString gb = formatCount(m_model.nicPerGpuGb);
        // The report gives a 400 GbE NIC per GPU of the built cluster only: GPUs of the plans
        // are drawn with the same card, labelled as an assumption.
        label(nic,
              seg.isAsBuilt() ? QStringList{QStringLiteral("%1 GbE NIC, this GPU's own").arg(gb),
                                            QStringLiteral("%1 GbE NIC").arg(gb),
                                            QStringLiteral("%1G").arg(gb), QStringLiteral("NIC")}
                              : QStringList{QStringLiteral("NIC as built (not reported)"),
                                            QStringLiteral("NIC as built"), QStringLiteral("NIC")},
              grown(22, nic), true, textOn(m_theme.network));
        zone(nic, QStringLiteral("nic_per_gpu_gb"), false,
             QStringLiteral("A dedicated NIC per GPU"));
    }

    void drawRackRear(int g, int r, const QRectF &interior) {
        const Fanout &f = m_g.fanout();
        const QRectF rw = m_g.rackRect(g, r);
        const double strip = 1.5;
        // Ethernet switches in the top zone, the rack-sized manifold on the left, the
        // three-phase power on the right (positions schematic: the reports name the parts).
        const QRectF sw(rw.x() + HierarchyGeometry::rackFrame, rw.y() + 0.25, interior.width(),
                        HierarchyGeometry::rackTopZone - 0.5);
        const QRectF SW = screen(sw);
        fill(FillSwitch, SW);
        zone(label(SW,
                   {QStringLiteral("Ethernet switches (not InfiniBand)"),
                    QStringLiteral("Ethernet switches"), QStringLiteral("switches")},
                   grown(16, SW), true, textOn(m_colours[FillSwitch])),
             QStringLiteral("ethernet_not_infiniband"), true, QStringLiteral("Ethernet switches"));
        const QRectF manifold =
            screen(QRectF(interior.x(), interior.y(), strip, interior.height()));
        fill(FillCoolant, manifold);
        zone(label(manifold,
                   {QStringLiteral("rack-sized manifold (coolant)"), QStringLiteral("manifold")},
                   16, true, textOn(m_theme.coolant), Qt::AlignCenter, false, true),
             QStringLiteral("rack_rear"), true, QStringLiteral("Rack-sized cooling manifold"));
        const QRectF power =
            screen(QRectF(interior.right() - strip, interior.y(), strip, interior.height()));
        fill(FillPsu, power);
        zone(label(power,
                   {QStringLiteral("three-phase power supplies"), QStringLiteral("3-phase power")},
                   16, true, textOn(m_theme.power), Qt::AlignCenter, false, true),
             QStringLiteral("rack_rear"), true, QStringLiteral("Three-phase power supplies"));
        const int servers = m_g.serversInRack(g, r);
        const int psus = std::max(1, m_model.psusPerServer);
        const int nics = f.gpusPerServer + 1;
        for (int s = 0; s < f.serversPerRack; ++s) {
            const QRectF full = m_g.serverRect(g, r, s);
            const QRectF back(interior.x() + strip + 0.3, full.y(),
                              interior.width() - 2 * strip - 0.6, full.height());
            if (!back.intersects(m_world))
                continue;
            const QRectF B = screen(back);
            if (s >= servers) {
                empty(B);
                continue;
            }
            fill(FillChassis, B);
            // Hose from the manifold to the server.
            fill(FillCoolant,
                 screen(QRectF(interior.x() + strip, full.center().y() - 0.15, 0.3, 0.3)));
            const double cap = B.height() * 0.28;
            const QRectF body(B.x(), B.y() + cap, B.width(), B.height() - cap);
            const double psuW = body.width() * 0.4 / psus;
            for (int k = 0; k < psus; ++k) {
                fill(FillPsu,
                     QRectF(body.right() - (psus - k) * psuW + psuW * 0.08,
                            body.y() + body.height() * 0.1, psuW * 0.84, body.height() * 0.8));
            }
            const double portW = body.width() * 0.55 / nics;
            for (int k = 0; k < nics; ++k) {
                fill(FillNic,
                     QRectF(body.x() + k * portW + portW * 0.15, body.y() + body.height() * 0.3,
                            portW * 0.7, body.height() * 0.4));
            }
            const QRectF t =
                label(QRectF(B.x(), B.y(), B.width(), cap),
                      {QStringLiteral("Server %1, rear: %2 redundant PSUs, %3 + 1 NICs")
                           .arg(s)
                           .arg(psus)
                           .arg(nics - 1),
                       QStringLiteral("Server %1 rear").arg(s), QString::number(s)},
                      grown(14, QRectF(0, 0, B.width(), cap)), false,
                      textOn(m_colours[FillChassis]), Qt::AlignLeft);
            zone(t, QStringLiteral("redundant_psus"), true,
                 QStringLiteral("Four redundant power supplies per server"));
        }
        const QRectF pump = m_g.pumpUnitRect(g, r);
        const QRectF P = screen(QRectF(interior.x() + strip + 0.3, pump.y(),
                                       interior.width() - 2 * strip - 0.6, pump.height()));
        fill(FillPump, P);
        label(P, {QStringLiteral("pump unit (rear)"), QStringLiteral("pumps")}, grown(14, P), false,
              textOn(m_colours[FillPump]));
    }

    QPainter &m_p;
    const DiagramModel &m_model;
    const HierarchyGeometry &m_g;
    QRectF m_area;
    QRectF m_clip;
    QRectF m_free;
    bool m_veil = false;
    QRectF m_focusScreen;
    bool m_framedGroup = false;
    bool m_framedRack = false;
    bool m_framedDeep = false; // a server or GPU in focus: neighbours only where whole
    ElementPath m_focusServer;
    QRectF m_world;
    DiagramCamera m_cam;
    DiagramState m_state;
    PaintOptions m_options;
    const Theme &m_theme;
    double m_px = 1;
    bool m_overview = false;
    double m_lineWidth = 1;
    QColor m_colours[FillCount];
    QList<QRectF> m_fills[FillCount];
    QList<QRectF> m_empty;
    QList<QLineF> m_lines;
    QList<Label> m_labels;
    QHash<int, QFont> m_fonts;
    QHash<int, QFontMetricsF> m_metrics;
};

double headerHeight(const QRectF &area) {
    return std::clamp(area.height() * 0.045, 24.0, 40.0);
}

// The legend (GPU types by colour, each citing its figure) and a note on what is schematic.
void paintHeader(QPainter &p, const DiagramModel &model, const QRectF &band,
                 const DiagramCamera &camera, const QRectF &diagramArea,
                 const PaintOptions &options, QList<LinkZone> &zones) {
    const Theme &t = options.theme;
    const double px = std::clamp(band.height() * 0.42, 12.0, 16.0);
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
        if (f.serverHeightU * camera.scale < 12 && !model.scenario.segments.isEmpty()) {
            const QRectF swatch(x, cy - sw / 2, sw * 2, sw);
            p.setPen(QPen(t.line, 1));
            p.setBrush(t.surface);
            p.drawRect(swatch);
            p.setPen(Qt::NoPen);
            p.setBrush(gpuTypeColour(model.scenario.segments.first().type, t));
            for (int k = 0; k < 4; ++k)
                p.drawRect(QRectF(swatch.x() + sw * (0.2 + 0.45 * k), swatch.y() + sw * 0.2,
                                  sw * 0.3, sw * 0.65));
            const QString text =
                QStringLiteral("one block = a group of %1 racks × %2 GPUs = %3 GPUs")
                    .arg(f.racksPerGroup)
                    .arg(f.serversPerRack * f.gpusPerServer)
                    .arg(formatCount(double(f.racksPerGroup) * f.serversPerRack * f.gpusPerServer));
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
    if (gpuPx >= gpuDetailPx) {
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

// The parts the camera shows in detail, by their on-screen size.
enum class Detail { Blocks, Rack, Server };

Detail detailAt(const DiagramModel &model, double scale, const QRectF &diagram) {
    const HierarchyGeometry &g = model.geometry;
    const double gpuPx = (HierarchyGeometry::rackWidth - 2 * HierarchyGeometry::rackFrame) *
                         HierarchyGeometry::serverGpuShare / g.fanout().gpusPerServer * scale;
    if (gpuPx >= gpuDetailPx)
        return Detail::Server;
    // A rack nearly as tall as the view (taller than in a group's picture): its parts are
    // what is shown.
    const double rackPx =
        (HierarchyGeometry::rackTopZone + g.rackUnits() + HierarchyGeometry::rackFrame) * scale;
    if (rackPx >= 0.88 * diagram.height() && g.fanout().serverHeightU * scale >= 24)
        return Detail::Rack;
    return Detail::Blocks;
}

struct PanelItem {
    QColor swatch;
    QColor swatch2; // a second colour (two readings), invalid otherwise
    QString id;
    bool isFact = true;
    QString text;
};

// "What the reports say is here": the facts behind the parts drawn at this scale, each with
// the colour it has in the drawing and a link to its passage.
void paintPanel(QPainter &p, const DiagramModel &model, const QRectF &diagram,
                const DiagramCamera &camera, const DiagramState &state, const PaintOptions &options,
                QList<LinkZone> &zones) {
    const double width = DiagramRenderer::panelWidth(model, diagram, camera.scale);
    if (width <= 0)
        return;
    const Theme &t = options.theme;
    const Catalogue &c = model.catalogue;
    const Detail detail = detailAt(model, camera.scale, diagram);
    const GpuSegment &seg = model.scenario.segments.first();
    const QColor gpu = gpuTypeColour(seg.type, t);
    const QColor gpu2 =
        seg.alternative != GpuType::None ? gpuTypeColour(seg.alternative, t) : QColor();
    const QColor chassis = mix(t.text, t.background, 0.82);
    const QColor pump = mix(t.text, t.background, 0.55);
    const QColor switches = mix(t.network, t.text, 0.35);
    const auto fact = [&](const char *id) {
        const Fact *f = c.fact(QString::fromLatin1(id));
        return f ? f->label : QString();
    };
    QList<PanelItem> items;
    QString note;
    const Fanout &f = model.geometry.fanout();
    const bool rear = state.rearRack.rear && detail == Detail::Rack &&
                      camera.visibleWorld(diagram).intersects(model.geometry.rect(
                          ElementPath::ofRack(state.rearRack.group, state.rearRack.rack)));
    if (rear) {
        items << PanelItem{t.power, {}, u"rack_rear"_qs, true, fact("rack_rear")}
              << PanelItem{switches,
                           {},
                           u"ethernet_not_infiniband"_qs,
                           true,
                           fact("ethernet_not_infiniband")}
              << PanelItem{t.network, {}, u"rdma_fabric"_qs, true, fact("rdma_fabric")}
              << PanelItem{t.power, {}, u"redundant_psus"_qs, true, fact("redundant_psus")};
        note = QStringLiteral("The report names the parts on the rear but not where they sit: "
                              "their positions here are schematic.");
    } else {
        const bool asBuilt = seg.type != GpuType::H100 || seg.alternative != GpuType::None;
        items << PanelItem{gpu, gpu2, u"hgx_h100"_qs, true,
                           asBuilt ? QStringLiteral("As built: ") + fact("hgx_h100")
                                   : fact("hgx_h100")}
              << PanelItem{detail == Detail::Server ? t.coolant : chassis,
                           {},
                           u"liquid_cooled_4u"_qs,
                           true,
                           fact("liquid_cooled_4u")};
        if (detail == Detail::Rack) {
            items << PanelItem{t.coolant,
                               {},
                               u"manifolds_between_servers"_qs,
                               true,
                               fact("manifolds_between_servers")}
                  << PanelItem{pump, {}, u"pump_unit"_qs, true, fact("pump_unit")};
        }
        items << PanelItem{t.network, {}, u"dedicated_nic"_qs, true, fact("dedicated_nic")}
              << PanelItem{t.power, {}, u"redundant_psus"_qs, true, fact("redundant_psus")};
        const QLocale english(QLocale::English);
        items << PanelItem{
            switches,
            {},
            u"server_bandwidth_tb"_qs,
            false,
            QStringLiteral("%1 Tb/s Ethernet per server, as reported (%2 × %3 "
                           "+ %4 = %5 Gb/s)")
                .arg(english.toString(model.serverBandwidthTb))
                .arg(f.gpusPerServer)
                .arg(formatCount(model.nicPerGpuGb), formatCount(model.extraNicGb),
                     formatCount(f.gpusPerServer * model.nicPerGpuGb + model.extraNicGb))};
        if (detail == Detail::Rack) {
            note = QStringLiteral("Height: %1 × %2U servers + %3 × %4U manifolds + %5U pump unit "
                                  "= %6U, from the reported unit heights. Drawing schematic.")
                       .arg(f.serversPerRack)
                       .arg(formatCount(f.serverHeightU))
                       .arg(f.serversPerRack - 1)
                       .arg(formatCount(f.manifoldHeightU), formatCount(f.pumpUnitHeightU),
                            formatCount(model.geometry.rackUnits()));
        } else {
            note = QStringLiteral("The reports list these parts; where they sit inside the "
                                  "server is schematic.");
        }
    }
    const QRectF panel(diagram.right() - width, diagram.top(), width, diagram.height());
    const QColor bg = t.surface;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRect(panel);
    p.setPen(QPen(t.line, 1));
    p.drawLine(panel.topLeft(), panel.bottomLeft());
    const double px = std::clamp(width / 26.0, 12.0, 16.0);
    const QFont font = Theme::font(px);
    const QFont bold = Theme::font(px * 1.1, true);
    const QFont small = Theme::font(std::max(DiagramRenderer::minimumFontPx + 1, px * 0.85));
    const double pad = px;
    double y = panel.top() + pad;
    p.setFont(bold);
    p.setPen(t.text);
    const QString heading = QStringLiteral("What the reports say is here");
    const QRectF hr = QFontMetricsF(bold).boundingRect(
        QRectF(panel.left() + pad, y, width - 2 * pad, 1000), Qt::TextWordWrap, heading);
    p.drawText(QRectF(hr.left(), hr.top(), width - 2 * pad, hr.height() + px),
               Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, heading);
    y = hr.bottom() + pad * 0.8;
    const QFontMetricsF fm(font);
    const double sw = px * 1.2;
    const double textLeft = panel.left() + pad + sw + px * 0.6;
    const double textWidth = panel.right() - pad - textLeft;
    for (const PanelItem &item : std::as_const(items)) {
        if (item.text.isEmpty())
            continue;
        const QRectF tr =
            fm.boundingRect(QRectF(textLeft, y, textWidth, 1000), Qt::TextWordWrap, item.text);
        if (tr.bottom() > panel.bottom() - pad)
            break;
        const QRectF swatch(panel.left() + pad, y + (fm.height() - sw) / 2, sw, sw);
        p.setPen(Qt::NoPen);
        p.setBrush(item.swatch);
        if (item.swatch2.isValid()) {
            p.drawRect(QRectF(swatch.x(), swatch.y(), sw / 2, sw));
            p.setBrush(item.swatch2);
            p.drawRect(QRectF(swatch.x() + sw / 2, swatch.y(), sw / 2, sw));
        } else {
            p.drawRect(swatch);
        }
        const bool lit = !options.printing && state.highlightId == item.id;
        p.setPen(lit ? t.warning : t.accent);
        p.setFont(font);
        // Laid out in the full width (the measured rectangle is tight and could wrap anew).
        p.drawText(QRectF(textLeft, tr.top(), textWidth, tr.height() + px),
                   Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, item.text);
        // Underlined like a link, so a person sees it can be clicked.
        if (!options.printing) {
            p.setPen(QPen(t.accent, 1, Qt::DotLine));
            p.drawLine(QPointF(tr.left(), tr.bottom()), QPointF(tr.right(), tr.bottom()));
        }
        zones.append({QRectF(swatch.topLeft(), tr.bottomRight()), item.id, item.isFact, item.text});
        y = tr.bottom() + px * 0.7;
    }
    if (!note.isEmpty()) {
        p.setFont(small);
        p.setPen(t.schematic);
        const QRectF nr = QFontMetricsF(small).boundingRect(
            QRectF(panel.left() + pad, y + px * 0.3, width - 2 * pad, 1000), Qt::TextWordWrap,
            note);
        if (nr.bottom() <= panel.bottom() - pad * 0.5)
            p.drawText(QRectF(nr.left(), nr.top(), width - 2 * pad, nr.height() + px * 2),
                       Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, note);
    }
    p.restore();
}

} // namespace

double DiagramRenderer::panelWidth(const DiagramModel &model, const QRectF &diagram, double scale) {
    if (diagram.width() < 720 || diagram.height() < 320)
        return 0;
    if (detailAt(model, scale, diagram) == Detail::Blocks)
        return 0;
    return std::clamp(diagram.width() * 0.27, 260.0, 420.0);
}

QRectF DiagramRenderer::drawingArea(const DiagramModel &model, const QRectF &diagram,
                                    double scale) {
    return diagram.adjusted(0, 0, -panelWidth(model, diagram, scale), 0);
}

QRectF DiagramRenderer::diagramArea(const QRectF &area) {
    return area.adjusted(0, headerHeight(area), 0, 0);
}

void DiagramRenderer::paint(QPainter &painter, const DiagramModel &model, const QRectF &area,
                            const DiagramCamera &camera, const DiagramState &state,
                            const PaintOptions &options, QList<LinkZone> *zones,
                            QList<PlacedLabel> *labels) {
    painter.save();
    if (!options.transparent)
        painter.fillRect(area, options.theme.background);
    const QRectF diagram = diagramArea(area);
    QList<LinkZone> headerZones;
    paintHeader(painter, model, QRectF(area.x(), area.y(), area.width(), headerHeight(area)),
                camera, diagram, options, headerZones);
    const QRectF drawing = drawingArea(model, diagram, camera.scale);
    painter.save();
    painter.setClipRect(drawing, Qt::IntersectClip);
    Frame frame(painter, model, diagram, camera, state, options, drawing);
    frame.paintDiagram();
    if (state.hasFocus && state.focus.level() != ElementPath::Level::Cluster &&
        !options.transparent) {
        // Dim all but the element of the view path, so it stands out among its neighbours.
        QPainterPath outside;
        outside.addRect(drawing);
        outside.addRect(camera.toScreen(model.geometry.rect(state.focus), diagram)
                            .intersected(diagram.adjusted(-8, -8, 8, 8)));
        QColor veil = options.theme.background;
        veil.setAlphaF(0.6f);
        painter.fillPath(outside, veil);
        frame.paintVeiledLabels();
    }
    frame.paintOverlays();
    painter.restore();
    painter.save();
    painter.setClipRect(diagram, Qt::IntersectClip);
    frame.m_zones += headerZones;
    paintPanel(painter, model, diagram, camera, state, options, frame.m_zones);
    painter.restore();
    if (zones)
        *zones = frame.m_zones;
    if (labels) {
        labels->clear();
        for (const Label &l : frame.labels())
            labels->append({l.rect, l.px, l.text});
    }
    painter.restore();
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
    Frame frame(painter, model, area, camera, DiagramState{}, options);
    frame.drawGroupBlocksOnly();
    painter.restore();
}

} // namespace colossus
