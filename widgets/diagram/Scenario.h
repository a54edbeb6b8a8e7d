#pragma once

#include "style/Theme.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <optional>

namespace colossus {

class Catalogue;

enum class GpuType { None, H100, H200, B200, Unknown };

QString gpuTypeName(GpuType type); // "H100", ..., "type not reported"
QColor gpuTypeColour(GpuType type, const Theme &theme);
struct GpuSegment;
// A segment's colour: its type's, except H100 a plan adds, which must not look built.
QColor gpuSegmentColour(const GpuSegment &segment, const Theme &theme);

// A run of GPUs of one type, in the order they are drawn (group 0 first). When the reports
// disagree on the type, `alternative` holds the other reading and both colours are drawn.
struct GpuSegment {
    qint64 count = 0;
    GpuType type = GpuType::Unknown;
    GpuType alternative = GpuType::None;
    QString figureId;            // the figure that states this count
    QString alternativeFigureId; // the figure that states the other reading

    // The GPUs Colossus was built with: the only ones whose servers, cooling and network cards
    // the site-tour report describes. Other GPUs are drawn in the same layout, as an assumption.
    bool isAsBuilt() const { return figureId == QLatin1String("gpus_built"); }
};

// One of the plans the reports describe, read from the catalogue with the figures it cites.
class Scenario {
public:
    static QStringList ids(); // {"built", "upgrade", "promise", "planned"}
    // The most GPUs the diagram draws at interactive speed (ten times the largest plan).
    static constexpr qint64 maximumGpuCount = 10'000'000;
    static QString defaultId() { return QStringLiteral("built"); }

    // nullopt and a message naming the id (or the missing figure) on failure.
    static std::optional<Scenario> fromCatalogue(const Catalogue &catalogue, const QString &id,
                                                 QString *error = nullptr);

    QString id;
    QString title;       // "Colossus (built, 100,000 H100)"
    QString shortTitle;  // "Built: 100,000 H100", for the scenario box on a small screen
    QString description; // how the counts were chosen, with the arithmetic
    QString checkId;     // a consistency check the description relies on, may be empty
    qint64 gpuCount = 0;
    QList<GpuSegment> segments;
    QStringList figureIds; // every figure the scenario cites

    // The segment holding a GPU (by global index); the last one for indices past the end.
    const GpuSegment &segmentAt(qint64 gpu) const;
    // Calls f(segment, first, count) for each run of one segment inside [first, first + count).
    template <typename F> void forEachSpan(qint64 first, qint64 count, F &&f) const {
        qint64 start = 0;
        for (const GpuSegment &s : segments) {
            const qint64 end = start + s.count;
            const qint64 a = std::max(first, start);
            const qint64 b = std::min(first + count, end);
            if (b > a)
                f(s, a, b - a);
            start = end;
            if (start >= first + count)
                break;
        }
    }
};

// The documents behind figures and facts (reported ones directly, derived ones through their
// inputs), in the catalogue's order of sources.
QStringList sourcesOf(const Catalogue &catalogue, const QStringList &figureIds,
                      const QStringList &factIds = {});

// "100,000"
QString formatCount(double value);

} // namespace colossus
