#pragma once

namespace colossus {

// Qt draws text larger than 64 px (QT_MAX_CACHED_GLYPH_SIZE) as outlines, glyph by glyph and
// frame after frame: a caption on a 4K projector or a title on an 8K export cost more than
// the whole diagram. Raising the limit keeps such glyphs as images too. Call before the
// QGuiApplication exists (Qt reads the setting once); a value the user set is kept.
void cacheLargeGlyphs();

} // namespace colossus
