#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

namespace colossus {

// Colours and type shared by the diagram, the charts and the exports, so that one switch
// (View > Theme) changes them all.
struct Theme {
    enum class Id { Light, Dark, HighContrast };

    Id id = Id::Light;
    QString name;
    QColor background;
    QColor surface; // panels, element fill at low detail
    QColor text;
    QColor mutedText; // captions, citations
    QColor line;      // outlines, grid lines
    QColor accent;    // selection, links
    QColor warning;   // markers for disagreeing sources
    QColor schematic; // hatching / labels of schematic (not reported) parts
    QColor h100;      // GPU types, told apart by colour with a legend
    QColor h100Added; // H100 a plan adds to the built ones: the same type, another lightness
    QColor h200;
    QColor b200;
    QColor unknownGpu; // a GPU whose type the reports do not give
    QColor coolant;
    QColor power;
    QColor network;

    static Theme light();
    static Theme dark();
    static Theme highContrast();
    static Theme fromName(const QString &name); // "light", "dark", "high-contrast"; light otherwise
    QString key() const;                        // the name used on the command line and in settings

    bool operator==(const Theme &) const = default;

    // Widget colours from the theme, so the whole window follows it: a dark document beside a
    // light table would glare on a projector.
    QPalette palette(QPalette base = {}) const;
    // What the palette cannot say (the high-contrast theme's field and scroll bar borders);
    // empty for the other themes.
    QString styleSheet() const;

    // A sans-serif font that covers Latin, Japanese and Chinese, at a pixel size.
    static QFont font(qreal pixelSize, bool bold = false);
    // font() for a passage quoted from a report in documentLanguages: its Han characters
    // take the forms of the report's language, not the interface's.
    static QFont passageFont(qreal pixelSize, const QStringList &documentLanguages);
};

} // namespace colossus
