#pragma once

#include <QByteArray>
#include <QString>

namespace colossus {

// The key of a kept image (a tile, the legend's band, the parts panel): the bytes of everything
// that changes its pixels, one value after the other.
namespace cacheKey {

template <typename T> void add(QByteArray &key, const T &value) {
    key.append(reinterpret_cast<const char *>(&value), sizeof value);
}

inline void addText(QByteArray &key, const QString &text) {
    key += text.toUtf8();
    key += '\0';
}

} // namespace cacheKey

} // namespace colossus
