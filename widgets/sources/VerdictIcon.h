#pragma once

#include "catalogue/ConsistencyChecks.h"
#include "style/Theme.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

namespace colossus {

// The marks for consistency-check verdicts, drawn rather than loaded so they follow the
// theme: a green tick (agrees), an orange cross (disagrees), a purple question mark
// (unclear unit). Shape and colour both differ, so colour blindness does not hide them.
class VerdictIcon {
public:
    static QColor colour(ConsistencyCheck::Verdict verdict, const Theme &theme);
    static QPixmap pixmap(ConsistencyCheck::Verdict verdict, const Theme &theme, int size,
                          qreal devicePixelRatio = 1.0);
    static QIcon icon(ConsistencyCheck::Verdict verdict, const Theme &theme);
    static QString symbol(ConsistencyCheck::Verdict verdict); // "✓", "✗", "?"
};

} // namespace colossus
