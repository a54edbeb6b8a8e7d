#pragma once

#include "style/Theme.h"

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

// The theme, whole: every colour of it, so no key leaves out one that a painter later uses.
inline void addTheme(QByteArray &key, const Theme &theme) {
    add(key, int(theme.id));
    for (const QColor &c :
         {theme.background, theme.surface, theme.text, theme.mutedText, theme.line, theme.accent,
          theme.warning, theme.schematic, theme.h100, theme.h100Added, theme.h200, theme.b200,
          theme.unknownGpu, theme.coolant, theme.power, theme.network})
        add(key, c.rgba64());
}

} // namespace cacheKey

} // namespace colossus
