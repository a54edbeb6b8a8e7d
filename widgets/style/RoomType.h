#pragma once

#include <QtGlobal>
#include <cmath>

namespace colossus {

// Type for a room: every size follows the slide's height (not the window's UI font), so a
// tour step reads the same from the back row on a 720p and a 1080p projector. Nothing on a
// slide is smaller than 1/40 of its height (18 px at 720, 27 at 1080) and the caption is at
// least 1/30 (24 and 36 px). Sizes are whole pixels rounded up, as fonts are set in pixels.
struct RoomType {
    explicit RoomType(qreal slideHeight)
        : minimum(up(slideHeight / 40))
        , body(up(slideHeight / 36))
        , caption(up(slideHeight / 30))
        , title(up(slideHeight / 22)) {}

    qreal minimum; // footers, translations, chart ticks and notes, diagram labels
    qreal body;    // citations
    qreal caption;
    qreal title;

    // The smallest size in the units of a painter magnified by `scale`: drawn at it, the text
    // is at least `minimum` on the slide.
    qreal minimumAt(qreal scale) const { return up(minimum / qMax<qreal>(scale, 1e-6) - 1e-9); }

    static qreal up(qreal px) { return std::ceil(px - 1e-9); }
};

} // namespace colossus
