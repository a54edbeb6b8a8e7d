#include "diagram/painters/GroupTileCache.h"

#include <atomic>

namespace colossus {

namespace {
std::atomic<bool> tilesEnabled{true};
} // namespace

GroupTileCache &GroupTileCache::forThisThread() {
    thread_local GroupTileCache cache;
    return cache;
}

void GroupTileCache::setEnabled(bool enabled) {
    tilesEnabled = enabled;
}

bool GroupTileCache::isEnabled() {
    return tilesEnabled;
}

const GroupTile *GroupTileCache::insert(const QByteArray &key, GroupTile tile) {
    const qsizetype kb =
        1 + tile.image.sizeInBytes() / 1024 + (tile.labels.size() + tile.zones.size()) * 128 / 1024;
    if (kb * 1024 > maximumTileBytes)
        return nullptr; // a tile this large would push out all others
    m_tiles.insert(key, new GroupTile(std::move(tile)), kb);
    return m_tiles.object(key);
}

bool GroupTileCache::seenBefore(const QByteArray &key) {
    const auto it = m_seen.find(key);
    if (it != m_seen.end()) {
        const bool recent = m_frame - *it <= recentFrames;
        *it = m_frame;
        return recent || m_keptFrame;
    }
    if (m_seen.size() > 50000)
        m_seen.clear();
    m_seen.insert(key, m_frame);
    return m_keptFrame;
}

qsizetype GroupTileCache::count(const std::function<bool(const GroupTile &)> &which) const {
    qsizetype n = 0;
    for (const QByteArray &key : m_tiles.keys()) {
        const GroupTile *tile = m_tiles.object(key);
        n += tile && which(*tile);
    }
    return n;
}

qsizetype GroupTileCache::imageCount() const {
    return count([](const GroupTile &t) { return !t.isLabel && !t.isStrip && !t.image.isNull(); });
}

qsizetype GroupTileCache::labelledCount() const {
    return count([](const GroupTile &t) { return t.labelsDrawn; });
}

qsizetype GroupTileCache::labelCount() const {
    return count([](const GroupTile &t) { return t.isLabel; });
}

qsizetype GroupTileCache::stripCount() const {
    return count([](const GroupTile &t) { return t.isStrip; });
}

} // namespace colossus
