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
        return recent;
    }
    if (m_seen.size() > 50000)
        m_seen.clear();
    m_seen.insert(key, m_frame);
    return false;
}

qsizetype GroupTileCache::imageCount() const {
    qsizetype n = 0;
    for (const QByteArray &key : m_tiles.keys())
        n += m_tiles.object(key) && !m_tiles.object(key)->isLabel &&
             !m_tiles.object(key)->isStrip && !m_tiles.object(key)->image.isNull();
    return n;
}

qsizetype GroupTileCache::labelledCount() const {
    qsizetype n = 0;
    for (const QByteArray &key : m_tiles.keys())
        n += m_tiles.object(key) && m_tiles.object(key)->labelsDrawn;
    return n;
}

qsizetype GroupTileCache::labelCount() const {
    qsizetype n = 0;
    for (const QByteArray &key : m_tiles.keys())
        n += m_tiles.object(key) && m_tiles.object(key)->isLabel;
    return n;
}

qsizetype GroupTileCache::stripCount() const {
    qsizetype n = 0;
    for (const QByteArray &key : m_tiles.keys())
        n += m_tiles.object(key) && m_tiles.object(key)->isStrip;
    return n;
}

} // namespace colossus
