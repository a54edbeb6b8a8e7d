#pragma once

#include "diagram/DiagramModel.h"
#include "diagram/DiagramRenderer.h"
#include "diagram/painters/LabelCache.h"

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QRegion>
#include <QStringList>
#include <cmath>
#include <functional>

class QPainter;

namespace colossus {

// Detail steps, in on-screen pixels (STYLE.md: level of detail from the on-screen size).
namespace detail {
constexpr double rackMinPx = 2.5;   // narrower racks merge into their group's block
constexpr double rackSolidPx = 6;   // narrower racks are one bar, without frame or pump unit
constexpr double serverMinPx = 2.0; // lower servers merge into their rack's fill
constexpr double gpuMinPx = 2.5;    // narrower GPUs merge into their server's fill
constexpr double gpuDetailPx = 36;  // a GPU this wide gets its cooling and labels
} // namespace detail

// The colours the level painters fill with; fills are batched per colour and drawn in this
// order, so later ones lie on top.
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
    FillH100Added, // H100 a plan adds to the built ones
    FillH200,
    FillB200,
    FillUnknown,
    FillCoolantTop, // liquid cooling, drawn over the GPUs
    FillCount
};

QColor mix(const QColor &a, const QColor &b, double t);
Fill typeFill(GpuType t);
Fill segmentFill(const GpuSegment &s);   // typeFill, except for H100 a plan adds
QColor textOn(const QColor &background); // dark or white text, legible on `background`

// A label placed in the frame, drawn after the fills.
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
    bool inTile = false; // drawn into the image of its group's tile (GroupTile::labelsDrawn)
    // The label drawn over its group's tile, kept as an image (FrameContext::bakeLabel):
    // blitted at `bakedAt` instead of drawn.
    QImage baked;
    QPointF bakedAt;
};

struct GroupTile;

// What flush() draws before the labels: rectangles per colour, coolant lines and the dashed
// outlines of empty slots.
struct FillBatch {
    QList<QRectF> fills[FillCount];
    QList<QRectF> empty;
    QList<QLineF> lines;
};

// What every level painter of one frame shares: where the world lands on screen, what is in
// focus, and the batches the painters fill (rectangles per colour, labels, link zones). The
// painters only add to the batches; flush() draws them, so a frame costs a few drawRects
// calls however many parts it shows.
class FrameContext {
public:
    FrameContext(QPainter &painter, const DiagramModel &model, const QRectF &area,
                 const DiagramCamera &camera, const DiagramState &state,
                 const PaintOptions &options, const QRectF &drawing = QRectF());

    QPainter &painter;
    const DiagramModel &model;
    const HierarchyGeometry &geometry;
    const QRectF area;     // the diagram area the camera draws into
    const QRectF clip;     // the area with a small margin: fills are cut to it
    const QRectF freeArea; // the part of the area not under the parts panel
    const DiagramCamera camera;
    const DiagramState state;
    const PaintOptions options;
    const Theme &theme;
    const QRectF world; // the visible part of the world
    const double px;    // pixels per rack unit
    // The smallest label drawn: DiagramRenderer::minimumFontPx, or a room's larger minimum
    // (PaintOptions::minimumTextPx), where labels that would be smaller are left out.
    const double minimumPx;
    bool room() const { return options.minimumTextPx > 0; }
    bool overview = false; // blocks only, no labels (the minimap)
    bool veil = false;     // everything outside the element in focus is dimmed
    QRectF focusScreen;
    QRectF veilHole; // the part of the view the veil leaves clear (focusScreen, cut near the area)
    bool framedGroup = false; // a group in focus: neighbours only where whole
    bool framedRack = false;  // a rack in focus: its own group only, neighbours only where whole
    bool framedDeep = false;  // a server or GPU in focus: neighbours only where whole
    ElementPath focusServer;
    QColor colours[FillCount];
    double lineWidth = 1;
    QList<LinkZone> zones;

    // Where a world rectangle lands on screen. Inside a group (GroupScope) the group's corner is
    // put on a whole device pixel and the rest is placed from it in 1/64 pixels, so a group
    // looks the same wherever it lies and its tile can be blitted (GroupTileCache).
    QRectF screen(const QRectF &w) const {
        if (!m_inGroup)
            return camera.toScreen(w, area);
        const double x = w.x() - m_groupWorld.x(), y = w.y() - m_groupWorld.y();
        return QRectF(QPointF(m_groupOrigin.x() + onGrid(x), m_groupOrigin.y() + onGrid(y)),
                      QPointF(m_groupOrigin.x() + onGrid(x + w.width()),
                              m_groupOrigin.y() + onGrid(y + w.height())));
    }
    // While it lives, screen() places rectangles relative to group `g`'s corner.
    class GroupScope {
    public:
        GroupScope(FrameContext &frame, int g);
        ~GroupScope() { m_frame.m_inGroup = false; }
        GroupScope(const GroupScope &) = delete;
        GroupScope &operator=(const GroupScope &) = delete;

    private:
        FrameContext &m_frame;
    };
    // Keeps drawn coordinates near the screen: far-off edges of a huge rectangle are cut.
    QRectF bounded(const QRectF &r) const { return r.intersected(clip.adjusted(-8, -8, 8, 8)); }
    bool whole(const QRectF &r) const {
        return freeArea.adjusted(-0.5, -0.5, 0.5, 0.5).contains(r);
    }
    // Whole and clear of what covers part of the view.
    bool clear(const QRectF &r) const {
        return whole(r) && !(state.keepFree.isValid() && r.intersects(state.keepFree));
    }

    void fill(Fill f, const QRectF &r) {
        const QRectF c = r.intersected(clip);
        if (!c.isEmpty())
            m_target->fills[f].append(c);
    }
    void fillType(const QRectF &r, const GpuSegment &s);
    // Fills the share of `r` that `count` GPUs from `first` take out of `capacity`, in type
    // colours, left to right (or top to bottom).
    void fillSpans(const QRectF &r, qint64 first, qint64 count, qint64 capacity, bool vertical);
    void empty(const QRectF &r); // a dashed outline: a slot without hardware
    void line(const QLineF &l) { m_target->lines.append(l); }
    void zone(const QRectF &r, const QString &id, bool isFact, const QString &label);

    // A label's largest size, grown with its box: a part that fills a slide gets a label
    // legible from the back of the room, a small one keeps `base`.
    static double grown(double base, const QRectF &r) {
        return std::max(base, std::min(base * 1.6, std::min(r.width(), r.height()) * 0.26));
    }
    // Places the first candidate that fits the rectangle at a legible size; returns the
    // rectangle the text takes (empty when nothing fits). Labels stay inside their element's
    // own band, so two labels never overlap.
    QRectF label(const QRectF &r, const QStringList &candidates, double maxPx, bool bold,
                 const QColor &colour, int align = Qt::AlignCenter, bool pill = false,
                 bool vertical = false);

    // Draws the batched fills, lines, empty slots and the labels not veiled.
    void flush();
    // Dims all but the element in focus (the veil, over the drawing area), then draws what lies
    // over it: the tiles that hold the veil and their labels, and the veiled labels.
    void paintVeil();
    // The outline of the parts that show the figure or fact selected elsewhere (the screen
    // only; hover and selection are DiagramRenderer::paintPointerOverlays).
    void paintHighlight();
    const QList<Label> &labels() const { return m_labels; }

    // Group tiles (GroupTileCache). A group whose screen rectangle `G` lies well inside the
    // drawing area, in a frame painted into an image pixel for pixel, may be blitted.
    bool tileFits(int g, const QRectF &G) const;
    bool tilesAllowed() const { return m_tilesAllowed; }
    // Whether a part (a rack slot, a server) landing on `rect` may be a tile: whole in the
    // drawing area, not inside a tile being drawn, and large enough to be worth its key
    // (small parts are many, at every step of a zoom).
    bool partTileFits(const QRectF &rect) const {
        return m_tilesAllowed && m_target == &m_batch &&
               rect.width() * rect.height() >= area.width() * area.height() / 64 &&
               freeArea.contains(rect.adjusted(-2, -2, 2, 2));
    }
    // The current group's corner on screen (GroupScope), on a whole device pixel.
    QPointF groupOrigin() const { return m_groupOrigin; }
    // Draws `image` (whose device pixels are at `at` in the painter's units) before the fills.
    void blit(const QPointF &at, const QImage &image) { m_blits.append({at, image}); }
    // The device pixel of a point in the painter's units (tiles only: a move by whole pixels).
    QPoint devicePixel(const QPointF &p) const {
        return QPoint(qRound(p.x() + m_dx), qRound(p.y() + m_dy));
    }
    QPointF fromDevicePixel(const QPoint &p) const { return QPointF(p) - QPointF(m_dx, m_dy); }
    // The key of the current group's appearance at this frame's scale, theme and language,
    // and of where the veil lies over its screen rectangle `G`.
    QByteArray groupTileKey(int g, const QRectF &G);
    // The same for a part of the current group (a rack, a server or a GPU) whose tile lands on
    // `rect`: its place and name in the group, whether it is the rack turned around, its GPUs.
    QByteArray partTileKey(const ElementPath &path, const QRectF &rect);
    // Blits the tile kept under `key`, or draws the body (`paintBody`, which lands inside
    // `rect`) into a new one and blits that. False where the body is to be drawn instead: no
    // tile, one whose labels would not lie whole in the drawing area, or a part of a tile
    // being drawn (a rack of a group's tile). A `whole` tile is only kept with its labels
    // drawn in (it is blitted over the fills under it).
    bool paintTiled(const QByteArray &key, const QRectF &rect, bool whole,
                    const std::function<void()> &paintBody);
    // Blits the tile at the current group's corner and adds its labels and zones; false where
    // it has no image or its labels would not lie whole in the drawing area.
    bool placeTile(const GroupTile &tile);
    // Between these two the painters' fills go to a batch of the current group's own; then the
    // body goes into the frame (as a blit of the new tile, else as fills). Returns whether
    // `tile` was made; `cacheable` is false where the body depended on the group's place on
    // screen (a label left out at the edge), so no tile, not even an empty one, is kept.
    // Where the current group came from a tile without labels of its own, its last label
    // (its number on a pill) is drawn over a copy of the tile's pixels once, the second time
    // it is seen at this scale, and then blitted: the same pixels, without the antialiased
    // pill and text work. Not at all in frames of a zoom, which see each scale once.
    void bakeLastLabel(const QByteArray &tileKey);
    void beginRecording();
    bool endRecording(const QRectF &G, GroupTile &tile, bool &cacheable, bool whole = false);
    // The width of text at a pixel size (cached metrics).
    double textWidth(const QString &text, double px, bool bold);

private:
    static double onGrid(double v, double pixelsPerUnit) {
        return std::round(v * pixelsPerUnit * 64) / 64;
    }
    double onGrid(double v) const { return onGrid(v, px); }
    QPointF snapped(const QPointF &p) const;
    static void drawBatch(QPainter &p, const FillBatch &batch, const QColor *colours,
                          const Theme &theme, double lineWidth);
    static void drawVeil(QPainter &p, const QRectF &drawing, const QRectF &hole,
                         const QColor &background);
    void drawLabels(bool veiled);
    bool onTileOverVeil(const Label &l) const;
    void clipOutTiles();
    void drawLabel(QPainter &p, const Label &l, bool veiled) const;
    QByteArray veilKey(const QRectF &G) const;
    const QByteArray &tileKeyPrefix();
    void addSpans(QByteArray &key, const ElementPath &path) const;
    void drawRecordedInFrame();
    bool drawLabelsInto(QImage &image, const QPoint &corner, qsizetype firstLabel) const;

    struct Blit {
        QPointF at;
        QImage image;
    };
    FillBatch m_batch;
    FillBatch *m_target = &m_batch;
    QList<Blit> m_blits;
    // The tiles that hold their labels (and, in a veiled frame, the veil over them): opaque
    // images with all their pixels, blitted over the fills (over the veil, in a veiled frame).
    QList<Blit> m_blitsOver;
    QList<Label> m_labels;
    LabelCache &m_labelCache;
    // The current group (GroupScope): its world corner and where it lands, on a device pixel.
    bool m_inGroup = false;
    QPointF m_groupWorld;
    QPointF m_groupOrigin;
    // The painter's device transform, where it only scales and moves (else m_snap is false).
    bool m_snap = false;
    double m_deviceScale = 1, m_dx = 0, m_dy = 0;
    bool m_tilesAllowed = false;
    QImage::Format m_targetFormat = QImage::Format_Invalid;
    const GroupTile *m_placedTile = nullptr; // the current group's, where it was blitted
    QByteArray m_tileKeyPrefix;
    // Recording a group's body for its tile.
    FillBatch m_recorded;
    qsizetype m_recordedLabels = 0;
    qsizetype m_recordedZones = 0;
    int m_placeDependent = 0; // labels left out for where they are on screen
};

} // namespace colossus
