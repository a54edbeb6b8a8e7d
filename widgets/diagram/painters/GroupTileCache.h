#pragma once

#include "diagram/DiagramRenderer.h"
#include "diagram/painters/FrameContext.h"

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPoint>
#include <functional>

namespace colossus {

// A group's body (its block, racks and empty slots) as drawn at one scale: at the cluster and
// group levels most groups look alike, so the body is drawn once into an image and blitted
// for every group of the same appearance. Link zones are not in the image (they are data):
// the tile keeps them placed relative to the group, to add them to the frame as if they had
// been drawn, and likewise its labels. The labels are drawn into the image too where that
// gives the frame's very pixels (labelsDrawn): the body is opaque and holds them whole. In a
// veiled frame such a tile also holds the veil, as the frame has it over the group, and is
// blitted over the veil.
struct GroupTile {
    QImage image;          // null: a group of this appearance is drawn, not blitted
    QPoint offset;         // the image's top-left relative to the group's origin, in device pixels
    QRectF extent;         // what the body covers, labels included, relative to the group's origin
    QList<Label> labels;   // relative to the group's origin
    QList<LinkZone> zones; // relative to the group's origin
    bool labelsDrawn = false; // `labels` are in the image (and the veil, in a veiled frame)
    bool isLabel = false;     // a label drawn over a tile (FrameContext::bakeLastLabel)
    bool isStrip = false;     // a row of groups (ClusterPainter)
};

// The tiles of the groups drawn lately, by appearance (FrameContext::groupTileKey: the scale,
// the theme, the type size, the language, the plan's figures and the group's own racks and GPU
// types), so a change of any of these draws new tiles and never shows an old one. One cache
// per thread (pictures may be painted off the GUI thread), bounded in bytes; the least
// recently used tiles go first.
class GroupTileCache {
public:
    static GroupTileCache &forThisThread();
    // A tile larger than this would push out all others: it is not made.
    static constexpr qint64 maximumTileBytes = qint64(48) * 1024 * 1024 / 4;

    // Whether frames use tiles, and the parts panel's kept image (on by default); the tests
    // that compare a frame from tiles with one drawn without them switch it off.
    static void setEnabled(bool enabled);
    static bool isEnabled();

    const GroupTile *find(const QByteArray &key) { return m_tiles.object(key); }
    const GroupTile *insert(const QByteArray &key, GroupTile tile);
    void clear() {
        m_tiles.clear();
        m_seen.clear();
    }
    // Whether `key` was asked for in one of the last few frames (and notes it): what is seen
    // once, such as a label at one step of a zoom, is not worth an image, nor what a zoom sees
    // again on its way back; a frame at rest is painted again and again.
    bool seenBefore(const QByteArray &key);
    // While it lives, the frame painted is one that is drawn once and kept (the canvas's frame
    // at rest, DiagramFrameCache): all it asks for counts as seen before, so its tiles are
    // made at once and the next view at this scale (another group, the way back) blits them.
    // Not for a frame of more than a quarter of the budget (4K): its tiles would push out
    // those of the frames before, and be made again each time (measured: slower than drawing).
    class KeptFrame {
    public:
        explicit KeptFrame(qint64 frameBytes) {
            forThisThread().m_keptFrame = frameBytes <= budgetKb * 1024 / 4;
        }
        ~KeptFrame() { forThisThread().m_keptFrame = false; }
        KeptFrame(const KeptFrame &) = delete;
        KeptFrame &operator=(const KeptFrame &) = delete;
    };
    // A frame begins (FrameContext): what was seen more frames ago no longer counts.
    void beginFrame() { ++m_frame; }
    // How many group tiles hold an image, how many of them their labels, and how many labels
    // are kept (for tests).
    qsizetype imageCount() const;
    qsizetype labelledCount() const;
    qsizetype labelCount() const;
    qsizetype stripCount() const;

private:
    qsizetype count(const std::function<bool(const GroupTile &)> &which) const;

    static constexpr qsizetype budgetKb = 48 * 1024;
    QCache<QByteArray, GroupTile> m_tiles{budgetKb};
    static constexpr quint64 recentFrames = 3;
    QHash<QByteArray, quint64> m_seen; // the frame each key was last asked for in
    quint64 m_frame = 0;
    bool m_keptFrame = false;
};

} // namespace colossus
