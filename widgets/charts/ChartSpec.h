#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace colossus {

class Catalogue;
struct Theme;

// What a chart shows, built from catalogue figures by id and nothing else. ChartScene turns
// a spec into Qt Charts items; tests compare a spec's values with the catalogue.
struct ChartSpec {
    Q_DECLARE_TR_FUNCTIONS(ChartSpec)

public:
    // Colours by meaning; ChartScene maps them to the current Theme.
    enum class Colour {
        H100,
        H200,
        B200,
        A100,
        Amd,
        Intel,
        UnknownGpu,
        Power,
        Coolant,
        Energy,
        Network,
        NetworkExtra,
        Money,
        Valuation,
        Time,
        Duration
    };

    // One piece of a horizontal bar. A row is a stack of segments on one linear axis.
    struct Segment {
        enum class Style { Solid, Spacer, Band }; // Spacer: invisible, Band: a hatched range
        QString figureId;                         // empty for a spacer
        double length = 0;                        // in axis units
        Colour colour = Colour::Money;
        Style style = Style::Solid;
        QString inside;   // short text drawn inside the segment, may be empty
        bool cut = false; // a band that runs on past the axis end: ends there in an arrow
    };
    struct Row {
        QString label;    // our words, what the bar is
        QString figureId; // the figure the printed value belongs to
        QList<Segment> segments;
        QString valueText;    // printed at the end of the bar
        bool heading = false; // a group heading without a bar
        double total() const;
    };
    // A dated event: a point when the source gives the day, a span when it gives the month,
    // season or year only.
    struct Event {
        QString figureId;
        QString label;
        QDateTime start;
        QDateTime end; // equal to start for a point
        QString dateText;
        bool isPoint() const { return start == end; }
    };
    // A single number that has nothing on the chart to be compared with: printed, not drawn.
    struct Tile {
        QString figureId;
        QString value; // "≥1,000,000"
        QString unit;  // "gallons of cooling water a day"
        Colour colour = Colour::Coolant;
    };
    struct FactNote {
        QString factId;
        QString text;
    };
    struct Panel {
        enum class Kind { Bars, Timeline, Tiles, Facts };
        Kind kind = Kind::Bars;
        QString title;     // e.g. "Electric power"
        QString axisTitle; // unit, e.g. "megawatts (MW)"
        double axisMax = 0;
        QRectF cell{0, 0, 1, 1}; // where in the chart area, as fractions of its size
        QList<Row> rows;
        QList<Event> events;
        QList<Tile> tiles;
        QList<FactNote> facts;
        QList<QPair<Colour, QString>> legend;
        QDateTime timeMin, timeMax;
    };

    QString id;
    QString title;
    QList<Panel> panels;
    QStringList notes;     // captions: ranges, undated items, conversions
    QStringList sourceIds; // documents the drawn figures come from, in citation order
    QStringList figureIds; // every figure drawn
    QHash<QString, QStringList> disagreements; // figure id -> ids of checks that disagree

    // The citation number of a document ("[2]"), 0 when not cited.
    int citation(const QString &sourceId) const { return int(sourceIds.indexOf(sourceId)) + 1; }

    static QStringList chartIds();
    static QString chartTitle(const QString &chartId);
    // Throws std::out_of_range naming a missing figure id (the catalogue is validated, so
    // this means the code and the data disagree); returns an empty spec for an unknown chart.
    static ChartSpec build(const Catalogue &catalogue, const QString &chartId);

    static QColor colour(Colour colour, const Theme &theme);

    // For a room (a tour step about these figures): fewer, larger marks. Only the rows,
    // events and tiles that show one of the figures, in the panels that keep any (their
    // columns share the width anew; bars run to the longest kept), without headings, panel
    // titles (the slide's title says it) and notes (the step's caption cites the figures).
    // The spec itself when none of them is drawn. Where a room's chart still does not fit,
    // dropLast leaves out that many more marks, last first (one always stays).
    ChartSpec showingOnly(const QStringList &figureIds, int dropLast = 0) const;
};

} // namespace colossus
