#include "diagram/painters/LabelCache.h"

#include "style/Theme.h"

#include <cmath>

namespace colossus {

LabelCache &LabelCache::forThisThread() {
    thread_local LabelCache cache;
    return cache;
}

LabelCache::PerFont &LabelCache::perFont(int key) {
    auto it = m_fonts.find(key);
    if (it == m_fonts.end()) {
        PerFont f;
        f.font = Theme::font(double(key / 2) / 2, key % 2 == 1);
        f.metrics = QFontMetricsF(f.font);
        it = m_fonts.insert(key, std::move(f));
    }
    return *it;
}

const QFont &LabelCache::font(int key) {
    return perFont(key).font;
}

double LabelCache::width(int key, const QString &text) {
    PerFont &f = perFont(key);
    auto it = f.widths.constFind(text);
    if (it != f.widths.constEnd())
        return *it;
    if (++m_entries > maximumEntries) {
        m_fonts.clear(); // a bound, not an LRU: labels of one view fit many times over
        m_entries = 1;
        return width(key, text);
    }
    return *f.widths.insert(text, f.metrics.horizontalAdvance(text));
}

const QStaticText &LabelCache::staticText(int key, const QString &text) {
    PerFont &f = perFont(key);
    auto it = f.texts.constFind(text);
    if (it != f.texts.constEnd())
        return *it;
    if (++m_entries > maximumEntries) {
        m_fonts.clear();
        m_entries = 1;
        return staticText(key, text);
    }
    QStaticText s(text);
    s.setTextFormat(Qt::PlainText);
    s.setPerformanceHint(QStaticText::AggressiveCaching);
    s.prepare(QTransform(), f.font);
    return *f.texts.insert(text, s);
}

} // namespace colossus
