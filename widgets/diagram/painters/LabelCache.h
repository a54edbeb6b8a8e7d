#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QStaticText>
#include <QString>
#include <cmath>

namespace colossus {

// What the level painters measure and draw of their labels, kept across frames: the fonts and
// metrics per size, each candidate text's width, and each drawn text laid out once as a
// QStaticText. Labels repeat from frame to frame (the same groups, racks and U numbers at
// every step of a zoom), and measuring or laying out text again is most of what a frame of
// small parts would otherwise cost. One cache per thread (painting into images may happen
// off the GUI thread); it is emptied when it grows past a bound.
class LabelCache {
public:
    static LabelCache &forThisThread();

    // A font size in half pixels and boldness, as one key.
    static int fontKey(double px, bool bold) {
        return int(std::round(px * 2)) * 2 + (bold ? 1 : 0);
    }

    const QFont &font(int key);
    double width(int key, const QString &text);
    const QStaticText &staticText(int key, const QString &text);
    double height(int key) { return metrics(key).height(); }

private:
    struct PerFont {
        QFont font;
        QFontMetricsF metrics{QFont()};
        QHash<QString, double> widths;
        QHash<QString, QStaticText> texts;
    };
    static constexpr qsizetype maximumEntries = 20000;

    PerFont &perFont(int key);
    const QFontMetricsF &metrics(int key) { return perFont(key).metrics; }

    QHash<int, PerFont> m_fonts;
    qsizetype m_entries = 0;
};

} // namespace colossus
