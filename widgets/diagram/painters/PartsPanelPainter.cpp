#include "diagram/painters/PartsPanelPainter.h"

#include "catalogue/FigureFormat.h"
#include "diagram/painters/CacheKey.h"

#include "diagram/painters/FrameContext.h"
#include "diagram/painters/GroupTileCache.h"

#include <QCache>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace colossus {

using cacheKey::add;
using cacheKey::addText;
using cacheKey::addTheme;

PartsPanelPainter::Detail PartsPanelPainter::detailAt(const DiagramModel &model, double scale,
                                                      const QRectF &diagram) {
    const HierarchyGeometry &g = model.geometry;
    const double gpuPx = (HierarchyGeometry::rackWidth - 2 * HierarchyGeometry::rackFrame) *
                         HierarchyGeometry::serverGpuShare / g.fanout().gpusPerServer * scale;
    if (gpuPx >= detail::gpuDetailPx)
        return Detail::Server;
    // A rack nearly as tall as the view (taller than in a group's picture): its parts are
    // what is shown.
    const double rackPx =
        (HierarchyGeometry::rackTopZone + g.rackUnits() + HierarchyGeometry::rackFrame) * scale;
    if (rackPx >= 0.88 * diagram.height() && g.fanout().serverHeightU * scale >= 24)
        return Detail::Rack;
    return Detail::Blocks;
}

namespace {

struct PanelItem {
    QColor swatch;
    QColor swatch2; // a second colour (two readings), invalid otherwise
    QString id;
    bool isFact = true;
    QString text;
};

// The panel's background and texts, its link zones into `zones` (not the line on its edge).
void drawPanel(QPainter &p, const QRectF &panel, const QList<PanelItem> &items, const QString &note,
               const DiagramState &state, const PaintOptions &options, QList<LinkZone> &zones);

// A panel drawn into an image, with its link zones relative to its top-left.
struct PanelImage {
    QImage image;
    QList<LinkZone> zones;
};

QCache<QByteArray, PanelImage> &panelCache() {
    thread_local QCache<QByteArray, PanelImage> cache{16 * 1024}; // in KB
    return cache;
}

// The line along the panel's left edge: half of it lies over the diagram, so it is drawn on
// the frame, also after a blit.
void drawEdge(QPainter &p, const QRectF &panel, const Theme &t) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(t.line, 1));
    p.drawLine(panel.topLeft(), panel.bottomLeft());
    p.restore();
}

// Whether a blit gives the very pixels drawing would: an image of 32-bit pixels, one device
// pixel per unit, the panel on whole pixels, an opaque background.
bool blitExact(const QPainter &p, const QRectF &panel, const Theme &t) {
    const QPaintDevice *target = p.device();
    const auto *image = target && target->devType() == QInternal::Image
                            ? static_cast<const QImage *>(target)
                            : nullptr;
    const QTransform device = p.deviceTransform();
    const QRectF at = panel.translated(device.dx(), device.dy());
    const auto whole = [](double v) {
        return v == std::round(v);
    };
    return GroupTileCache::isEnabled() && image &&
           (image->format() == QImage::Format_RGB32 ||
            image->format() == QImage::Format_ARGB32_Premultiplied) &&
           image->devicePixelRatio() == 1 && device.type() <= QTransform::TxTranslate &&
           whole(at.left()) && whole(at.top()) && whole(at.right()) && whole(at.bottom()) &&
           t.surface.alpha() == 255 && p.opacity() == 1 &&
           p.compositionMode() == QPainter::CompositionMode_SourceOver;
}

} // namespace

void PartsPanelPainter::paint(QPainter &p, const DiagramModel &model, const QRectF &diagram,
                              const DiagramCamera &camera, const DiagramState &state,
                              const PaintOptions &options, QList<LinkZone> &zones) {
    const double width = DiagramRenderer::panelWidth(model, diagram, camera.scale);
    if (width <= 0)
        return;
    const Theme &t = options.theme;
    const Catalogue &c = model.catalogue;
    const Detail detail = detailAt(model, camera.scale, diagram);
    const GpuSegment &seg = model.scenario.segments.first();
    const QColor gpu = gpuSegmentColour(seg, t);
    const QColor gpu2 =
        seg.alternative != GpuType::None ? gpuTypeColour(seg.alternative, t) : QColor();
    const QColor chassis = mix(t.text, t.background, 0.82);
    const QColor pump = mix(t.text, t.background, 0.55);
    const QColor switches = mix(t.network, t.text, 0.35);
    const auto fact = [&](const char *id) {
        const Fact *f = c.fact(QString::fromLatin1(id));
        return f ? f->label() : QString();
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
        note = QCoreApplication::translate("PartsPanel",
                                           "The report names the parts on the rear but not "
                                           "where they sit: their positions here are "
                                           "schematic.");
    } else {
        const bool asBuilt = seg.type != GpuType::H100 || seg.alternative != GpuType::None;
        items << PanelItem{gpu, gpu2, u"hgx_h100"_qs, true,
                           asBuilt ? QCoreApplication::translate("PartsPanel", "As built: ") +
                                         fact("hgx_h100")
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
        items << PanelItem{
            switches,
            {},
            u"server_bandwidth_tb"_qs,
            false,
            QCoreApplication::translate("PartsPanel", "%1 Tb/s Ethernet per server, as reported "
                                                      "(%2 × %3 + %4 = %5 Gb/s)")
                .arg(FigureFormat::number(model.serverBandwidthTb))
                .arg(f.gpusPerServer)
                .arg(formatCount(model.nicPerGpuGb), formatCount(model.extraNicGb),
                     formatCount(f.gpusPerServer * model.nicPerGpuGb + model.extraNicGb))};
        if (detail == Detail::Rack) {
            note = QCoreApplication::translate("PartsPanel",
                                               "Height: %1 × %2U servers + %3 × %4U manifolds + "
                                               "%5U pump unit = %6U, from the reported unit "
                                               "heights. Drawing schematic.")
                       .arg(f.serversPerRack)
                       .arg(formatCount(f.serverHeightU))
                       .arg(f.serversPerRack - 1)
                       .arg(formatCount(f.manifoldHeightU), formatCount(f.pumpUnitHeightU),
                            formatCount(model.geometry.rackUnits()));
        } else {
            note = QCoreApplication::translate("PartsPanel",
                                               "The reports list these parts; where they sit "
                                               "inside the server is schematic.");
        }
    }
    const QRectF panel(diagram.right() - width, diagram.top(), width, diagram.height());
    const auto draw = [&](QPainter &painter, QList<LinkZone> &into) {
        drawPanel(painter, panel, items, note, state, options, into);
    };
    if (!blitExact(p, panel, t)) {
        draw(p, zones);
        drawEdge(p, panel, t);
        return;
    }
    // The texts are laid out (wrapped) once per appearance and kept as an image: the key holds
    // all that is drawn.
    QByteArray key;
    add(key, int(static_cast<const QImage *>(p.device())->format()));
    add(key, panel.width());
    add(key, panel.height());
    add(key, options.minimumTextPx);
    add(key, options.printing);
    addTheme(key, t);
    for (const PanelItem &item : std::as_const(items)) {
        add(key, item.swatch.rgba64());
        add(key, item.swatch2.isValid() ? item.swatch2.rgba64() : QRgba64());
        add(key, !options.printing && state.highlightId == item.id);
        addText(key, item.id);
        add(key, item.isFact);
        addText(key, item.text);
    }
    addText(key, note);
    cacheKey::addText(key,
                      QCoreApplication::translate("PartsPanel", "What the reports say is here"));
    addText(key, Theme::font(16).families().join(u','));
    QCache<QByteArray, PanelImage> &cache = panelCache();
    const PanelImage *kept = cache.object(key);
    PanelImage made;
    if (!kept) {
        const QImage::Format format = static_cast<const QImage *>(p.device())->format();
        made.image = QImage(panel.size().toSize(), format);
        made.image.fill(Qt::transparent);
        QPainter ip(&made.image);
        ip.translate(-panel.topLeft());
        draw(ip, made.zones);
        ip.end();
        for (LinkZone &z : made.zones)
            z.rect.translate(-panel.topLeft());
        const qsizetype kb = 1 + made.image.sizeInBytes() / 1024;
        if (kb < cache.maxCost() && cache.insert(key, new PanelImage(made), kb))
            kept = cache.object(key);
    }
    const PanelImage &b = kept ? *kept : made;
    p.drawImage(panel.topLeft(), b.image);
    for (LinkZone z : b.zones) {
        z.rect.translate(panel.topLeft());
        zones.append(z);
    }
    drawEdge(p, panel, t);
}

namespace {

void drawPanel(QPainter &p, const QRectF &panel, const QList<PanelItem> &items, const QString &note,
               const DiagramState &state, const PaintOptions &options, QList<LinkZone> &zones) {
    const Theme &t = options.theme;
    const double width = panel.width();
    const QColor bg = t.surface;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRect(panel);
    // In a room, at least the room's minimum (items that do not fit are left out below).
    const double px = std::max(std::clamp(width / 26.0, 12.0, 16.0), options.minimumTextPx);
    const QFont font = Theme::font(px);
    const QFont bold = Theme::font(px * 1.1, true);
    const QFont small = Theme::font(
        std::max({DiagramRenderer::minimumFontPx + 1, px * 0.85, options.minimumTextPx}));
    const double pad = px;
    double y = panel.top() + pad;
    p.setFont(bold);
    p.setPen(t.text);
    const QString heading =
        QCoreApplication::translate("PartsPanel", "What the reports say is here");
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

} // namespace colossus
