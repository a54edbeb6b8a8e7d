#include "style/GlyphCache.h"

#include <QByteArray>
#include <QtGlobal>

namespace colossus {

void cacheLargeGlyphs() {
    // An 8K page's title is about 220 px tall.
    if (qEnvironmentVariableIsEmpty("QT_MAX_CACHED_GLYPH_SIZE"))
        qputenv("QT_MAX_CACHED_GLYPH_SIZE", "320");
}

} // namespace colossus
