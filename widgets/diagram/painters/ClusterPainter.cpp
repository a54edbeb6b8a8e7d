#include "diagram/painters/ClusterPainter.h"

#include "diagram/painters/CacheKey.h"
#include "diagram/painters/GroupTileCache.h"

#include <QPainter>

namespace colossus {

using cacheKey::add;

void ClusterPainter::paint() {
    if (m_frame.framedRack && !m_frame.overview) {
        m_group.paint(m_frame.state.focus.group);
        m_frame.flush();
        return;
    }
    const IndexRange rows = m_frame.geometry.visibleRows(m_frame.world);
    const IndexRange cols = m_frame.geometry.visibleColumns(m_frame.world);
    for (qint64 row = rows.first; row <= rows.last; ++row) {
        if (paintRowFromStrip(row, cols))
            continue;
        for (qint64 col = cols.first; col <= cols.last; ++col) {
            const qint64 g = row * m_frame.geometry.columns() + col;
            if (g >= m_frame.geometry.groupCount())
                continue;
            // A framed group's neighbours are drawn only where whole.
            if (m_frame.framedGroup && g != m_frame.state.focus.group &&
                !m_frame.whole(m_frame.screen(m_frame.geometry.groupRect(int(g)))))
                continue;
            m_group.paint(int(g));
        }
    }
    m_frame.flush();
}

// Where groups are blocks without labels (far out, as at 10,000,000 GPUs), a row of groups
// that look alike is one image: the groups' tile at each column's place over the background,
// drawn once per frame's columns and blitted for every such row. The groups at the row's ends
// that the edge of the view cuts are drawn one by one. False where the row is drawn group by
// group.
bool ClusterPainter::paintRowFromStrip(qint64 row, const IndexRange &cols) {
    FrameContext &f = m_frame;
    const HierarchyGeometry &geo = f.geometry;
    if (!f.tilesAllowed() || f.framedGroup || f.options.transparent ||
        f.theme.background.alpha() != 255 || cols.count() < 4 ||
        HierarchyGeometry::groupLabelBand * f.px >= 12)
        return false;
    const qint64 columns = geo.columns();
    const auto groupOf = [&](qint64 col) {
        return int(row * columns + col);
    };
    if (groupOf(cols.last) >= geo.groupCount())
        return false;
    // Only groups whose tiles fit: the columns cut by the edge are left to GroupPainter.
    const auto fits = [&](qint64 col) {
        const FrameContext::GroupScope scope(f, groupOf(col));
        const QRectF G = f.screen(geo.groupRect(groupOf(col)));
        return G.width() < 56 && f.tileFits(groupOf(col), G); // no number on a pill
    };
    qint64 c0 = cols.first, c1 = cols.last;
    while (c0 <= c1 && !fits(c0))
        ++c0;
    while (c1 >= c0 && !fits(c1))
        --c1;
    if (c1 - c0 < 3)
        return false;
    // Alike: all full, and all of one type (their GPUs lie in one span of the scenario).
    const int first = groupOf(c0), last = groupOf(c1);
    const Fanout &fan = geo.fanout();
    const qint64 full = qint64(fan.racksPerGroup) * fan.serversPerRack * fan.gpusPerServer;
    if (geo.gpusIn(ElementPath::ofGroup(last)) != full)
        return false;
    int spans = 0;
    const qint64 from = geo.firstGpu(ElementPath::ofGroup(first));
    f.model.scenario.forEachSpan(from, geo.firstGpu(ElementPath::ofGroup(last)) + full - from,
                                 [&](const GpuSegment &, qint64, qint64) { ++spans; });
    const ElementPath &rear = f.state.rearRack;
    if (spans != 1 || (rear.rear && rear.group >= first && rear.group <= last))
        return false;
    GroupTileCache &cache = GroupTileCache::forThisThread();
    QByteArray key;
    QPointF origin;
    const GroupTile *tile = nullptr;
    {
        const FrameContext::GroupScope scope(f, first);
        key = f.groupTileKey(first, f.screen(geo.groupRect(first)));
        origin = f.groupOrigin();
        tile = cache.find(key);
    }
    if (!tile || tile->image.isNull() || !tile->labels.isEmpty() || !tile->zones.isEmpty())
        return false;
    // The columns' places depend on the camera, the area and the device's offset only.
    key += "|strip|";
    add(key, c0);
    add(key, c1);
    add(key, columns);
    add(key, geo.groupCount());
    add(key, f.camera.center.x());
    add(key, f.area.x());
    add(key, f.area.width());
    add(key, f.devicePixel(QPointF(0, 0)).x());
    add(key, f.theme.background.rgba64());
    const QPoint firstPixel = f.devicePixel(origin) + tile->offset;
    const GroupTile *strip = cache.find(key);
    if (!strip) {
        QPoint lastPixel;
        {
            const FrameContext::GroupScope scope(f, last);
            lastPixel = f.devicePixel(f.groupOrigin()) + tile->offset;
        }
        GroupTile made;
        made.isStrip = true;
        made.image = QImage(lastPixel.x() + tile->image.width() - firstPixel.x(),
                            tile->image.height(), QImage::Format_RGB32);
        made.image.fill(f.theme.background);
        QPainter p(&made.image);
        for (qint64 col = c0; col <= c1; ++col) {
            const FrameContext::GroupScope scope(f, groupOf(col));
            const QPoint at = f.devicePixel(f.groupOrigin()) + tile->offset;
            p.drawImage(QPoint(at.x() - firstPixel.x(), at.y() - firstPixel.y()), tile->image);
        }
        p.end();
        strip = cache.insert(key, std::move(made));
        if (!strip)
            return false;
    }
    f.blit(f.fromDevicePixel(firstPixel), strip->image);
    // The groups cut by the edges.
    for (qint64 col = cols.first; col <= cols.last; ++col) {
        if (col < c0 || col > c1)
            m_group.paint(groupOf(col));
    }
    return true;
}

} // namespace colossus
