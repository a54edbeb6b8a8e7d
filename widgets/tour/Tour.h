#pragma once

#include "catalogue/CatalogueLoader.h"
#include "catalogue/LocalizedText.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace colossus {

class Catalogue;
struct Figure;

// One stop of the guided tour: what to show, what to say about it and which figures back it.
// Captions never type a number: they write {figure_id} and the catalogue's value is put in.
// Title, caption and notes are in every interface language, like the catalogue's texts.
struct TourStep {
    QString view;     // a diagram path ("group/12/rack/3/rear") or a chart ("chart/power")
    QString scenario; // empty: the default scenario
    LocalizedText title;
    LocalizedText caption;
    QStringList figures;
    QStringList facts;   // catalogue facts the caption states (a passage, no number)
    LocalizedText notes; // for the presenter view only, never shown to the room; {id} too
    int seconds = 0;     // the time planned for the step (0: not planned)

    bool isChart() const { return view.startsWith(QLatin1String("chart/")); }
    bool operator==(const TourStep &) const = default;
};

struct Tour {
    static constexpr int minimumSteps = 10;
    static constexpr int maximumSteps = 15;
    static constexpr int maximumStepSeconds = 30 * 60;

    LocalizedText title;
    QList<TourStep> steps;

    int stepCount() const { return int(steps.size()); }
    // Seconds planned for the steps before `index` (the whole tour at stepCount()).
    int plannedSecondsBefore(int index) const;
};

struct TourLoadResult {
    std::optional<Tour> tour; // set only when there are no problems
    QList<LoadProblem> problems;

    bool ok() const { return tour.has_value(); }
    QString problemText() const; // one problem per line
};

// Reads and validates a tour file against a catalogue: every view path must resolve through
// the ViewRegistry, every cited figure must exist, and every problem is reported with its
// JSON path ("steps[3].figures[1]: unknown figure id \"x\"").
class TourLoader {
public:
    static constexpr qint64 maximumFileSize = 1024 * 1024;
    static inline const QString embeddedFileName = QStringLiteral(":/tour/tour.json");

    static TourLoadResult loadJson(const QByteArray &json, const Catalogue &catalogue);
    static TourLoadResult loadFile(const QString &fileName, const Catalogue &catalogue);
    static TourLoadResult loadEmbedded(const Catalogue &catalogue);
};

// Text of the tour with the catalogue's values put in.
namespace TourText {

// Replaces each {figure_id} with the figure's value (FigureFormat::fillIn); a LocalizedText
// in the reader's language.
QString resolve(const QString &text, const Catalogue &catalogue);
QString resolve(const LocalizedText &text, const Catalogue &catalogue);

// The ids a text refers to with {figure_id}, in order of appearance.
QStringList placeholders(const QString &text);

// Numbers typed into a text outside placeholders ("100,000"), which the loader refuses.
// Digits that belong to a name (H100, GPT-4, Grok-2) are not numbers.
QStringList typedNumbers(const QString &text);

} // namespace TourText
} // namespace colossus
