#include "diagram/Scenario.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DerivedMark.h"
#include "catalogue/FigureFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace colossus {

QString gpuTypeName(GpuType type) {
    switch (type) {
    case GpuType::H100:
        return QStringLiteral("H100");
    case GpuType::H200:
        return QStringLiteral("H200");
    case GpuType::B200:
        return QStringLiteral("B200");
    case GpuType::Unknown:
        return QCoreApplication::translate("Scenario", "type not reported");
    case GpuType::None:
        break;
    }
    return {};
}

QColor gpuSegmentColour(const GpuSegment &segment, const Theme &theme) {
    if (segment.type == GpuType::H100 && !segment.isAsBuilt())
        return theme.h100Added;
    return gpuTypeColour(segment.type, theme);
}

QColor gpuTypeColour(GpuType type, const Theme &theme) {
    switch (type) {
    case GpuType::H100:
        return theme.h100;
    case GpuType::H200:
        return theme.h200;
    case GpuType::B200:
        return theme.b200;
    case GpuType::Unknown:
    case GpuType::None:
        break;
    }
    return theme.unknownGpu;
}

QString formatCount(double value) {
    return FigureFormat::number(value, 1);
}

QStringList Scenario::ids() {
    return {QStringLiteral("built"), QStringLiteral("upgrade"), QStringLiteral("promise"),
            QStringLiteral("planned")};
}

const GpuSegment &Scenario::segmentAt(qint64 gpu) const {
    qint64 start = 0;
    for (const GpuSegment &s : segments) {
        start += s.count;
        if (gpu < start)
            return s;
    }
    return segments.constLast();
}

namespace {

struct Reader {
    const Catalogue &catalogue;
    QString missing;

    double value(const QString &id) {
        const Figure *f = catalogue.figure(id);
        if (!f) {
            if (missing.isEmpty())
                missing = id;
            return 0;
        }
        return f->value;
    }
    QString asOf(const QString &id) const {
        const Figure *f = catalogue.figure(id);
        return f ? FigureFormat::date(f->asOf) : QString(); // "22 Jul 2024", "2024年7月22日"
    }
};

// A count from a figure's value without undefined conversions: NaN and negatives give -1 and
// anything past the limit gives one past it, both refused below.
qint64 toCount(double value) {
    if (!(value >= 0))
        return -1;
    return value > double(Scenario::maximumGpuCount) ? Scenario::maximumGpuCount + 1
                                                     : qint64(value);
}

} // namespace

std::optional<Scenario> Scenario::fromCatalogue(const Catalogue &catalogue, const QString &id,
                                                QString *error) {
    Reader r{catalogue, {}};
    Scenario s;
    QString countFigure; // the figure that gives the scenario's GPU count
    s.id = id;
    const QString fanoutIds[] = {QStringLiteral("gpus_per_server"),
                                 QStringLiteral("servers_per_rack"),
                                 QStringLiteral("racks_per_group")};
    for (const QString &f : fanoutIds)
        r.value(f);

    if (id == u"built") {
        const double gpus = r.value(QStringLiteral("gpus_built"));
        const double perRack = r.value(QStringLiteral("gpus_per_rack"));
        const double perGroup = r.value(QStringLiteral("gpus_per_group"));
        const double racksTotal = r.value(QStringLiteral("racks_total"));
        const double groupsTotal = r.value(QStringLiteral("groups_total"));
        s.gpuCount = toCount(gpus);
        countFigure = QStringLiteral("gpus_built");
        s.segments = {{s.gpuCount, GpuType::H100, GpuType::None, QStringLiteral("gpus_built"), {}}};
        s.title = QCoreApplication::translate("Scenario", "Colossus (built, %1 H100)")
                      .arg(formatCount(gpus));
        s.shortTitle =
            QCoreApplication::translate("Scenario", "Built: %1 H100").arg(formatCount(gpus));
        s.checkId = QStringLiteral("racks-and-groups");
        s.figureIds = {QStringLiteral("gpus_built"), QStringLiteral("gpus_per_rack"),
                       QStringLiteral("gpus_per_group"), QStringLiteral("racks_total"),
                       QStringLiteral("groups_total")};
        if (perRack > 0 && perGroup > 0) {
            const double racks = gpus / perRack;
            const double groups = gpus / perGroup;
            // The count as the reports hedge it: "more than 1,500", "about 200".
            const auto hedged = [&](const QString &fid, double count) {
                const Figure *f = catalogue.figure(fid);
                const QString qualifier = f ? f->qualifier : QString();
                const QString text = formatCount(count);
                if (qualifier == u"more than")
                    return QCoreApplication::translate("Scenario", "more than %1").arg(text);
                if (qualifier == u"about")
                    return QCoreApplication::translate("Scenario", "about %1").arg(text);
                if (qualifier == u"almost")
                    return QCoreApplication::translate("Scenario", "almost %1").arg(text);
                if (qualifier == u"at least")
                    return QCoreApplication::translate("Scenario", "at least %1").arg(text);
                if (qualifier == u"up to")
                    return QCoreApplication::translate("Scenario", "up to %1").arg(text);
                return text;
            };
            s.description =
                QCoreApplication::translate(
                    "Scenario",
                    "Built as of %1. Racks: %2 GPUs ÷ %3 per rack = %4 → %5 racks, the last one "
                    "part full; the reports say \"%6 racks\". Groups: %2 ÷ %7 per group = %8 → "
                    "%9 groups, the last one partial; the reports say \"%10 groups\". See the "
                    "consistency check %11.")
                    .arg(r.asOf(QStringLiteral("gpus_built")), formatCount(gpus),
                         formatCount(perRack), FigureFormat::number(racks, 1),
                         DerivedMark::append(formatCount(std::ceil(racks))),
                         hedged(QStringLiteral("racks_total"), racksTotal), formatCount(perGroup),
                         FigureFormat::number(groups, 1),
                         DerivedMark::append(formatCount(std::ceil(groups))))
                    .arg(hedged(QStringLiteral("groups_total"), groupsTotal), s.checkId);
        }
    } else if (id == u"upgrade") {
        const double built = r.value(QStringLiteral("gpus_built"));
        const double h100 = r.value(QStringLiteral("upgrade_h100"));
        const double h200 = r.value(QStringLiteral("upgrade_h200"));
        const double total = r.value(QStringLiteral("upgrade_total"));
        s.gpuCount = toCount(total);
        countFigure = QStringLiteral("upgrade_total");
        s.segments = {
            {toCount(built), GpuType::H100, GpuType::None, QStringLiteral("gpus_built"), {}},
            {toCount(h100), GpuType::H100, GpuType::None, QStringLiteral("upgrade_h100"), {}},
            {toCount(h200), GpuType::H200, GpuType::None, QStringLiteral("upgrade_h200"), {}}};
        // The parts as reported, not their sum: 150,000 H100 is no report's number.
        s.title = QCoreApplication::translate("Scenario",
                                              "Colossus (upgrade, %1: %2 + %3 H100 + %4 H200)")
                      .arg(DerivedMark::append(formatCount(total)), formatCount(built),
                           formatCount(h100), formatCount(h200));
        s.shortTitle = QCoreApplication::translate("Scenario", "Upgrade: %1 GPUs")
                           .arg(DerivedMark::append(formatCount(total)));
        s.figureIds = {QStringLiteral("gpus_built"), QStringLiteral("upgrade_h100"),
                       QStringLiteral("upgrade_h200"), QStringLiteral("upgrade_total")};
        s.description = QCoreApplication::translate(
                            "Scenario", "The built %1 H100 plus another %2 H100 and %3 H200 "
                                        "announced for the upgrade: %4 GPUs in all.")
                            .arg(formatCount(built), formatCount(h100), formatCount(h200),
                                 DerivedMark::append(formatCount(total)));
    } else if (id == u"promise") {
        const double b200 = r.value(QStringLiteral("promise_b200"));
        const double h200 = r.value(QStringLiteral("promise_h200"));
        s.gpuCount = toCount(std::max(b200, h200));
        countFigure =
            b200 >= h200 ? QStringLiteral("promise_b200") : QStringLiteral("promise_h200");
        s.segments = {{s.gpuCount, GpuType::B200, GpuType::H200, QStringLiteral("promise_b200"),
                       QStringLiteral("promise_h200")}};
        // Musk's "ca. 300.000" keeps its "about": "≈300,000".
        const auto hedgedCount = [&](const char *id, double value) {
            const Figure *f = catalogue.figure(QString::fromLatin1(id));
            const QString sign = f ? FigureFormat::qualifierSign(f->qualifier) : QString();
            return sign.size() == 1 ? sign + formatCount(value) : formatCount(value);
        };
        s.title = QCoreApplication::translate("Scenario", "Colossus (promise, %1 B200 or %2 H200)")
                      .arg(hedgedCount("promise_b200", b200), hedgedCount("promise_h200", h200));
        s.shortTitle =
            QCoreApplication::translate("Scenario", "Promise: %1 B200/H200")
                .arg(hedgedCount(b200 >= h200 ? "promise_b200" : "promise_h200", s.gpuCount));
        s.figureIds = {QStringLiteral("promise_b200"), QStringLiteral("promise_h200")};
        const auto report = [&](const char *id) {
            const Figure *f = catalogue.figure(QString::fromLatin1(id));
            return f ? f->source.section(u'_', 0, 0) : QString();
        };
        s.description = QCoreApplication::translate(
                            "Scenario", "The reports disagree on the type: %1 B200 in Musk's post "
                                        "(report %2), %3 H200 in the tour report (report %4). "
                                        "Both readings are shown: each GPU is drawn in both "
                                        "colours.")
                            .arg(hedgedCount("promise_b200", b200), report("promise_b200"),
                                 hedgedCount("promise_h200", h200), report("promise_h200"));
    } else if (id == u"planned") {
        const double gpus = r.value(QStringLiteral("planned_gpus"));
        s.gpuCount = toCount(gpus);
        countFigure = QStringLiteral("planned_gpus");
        s.segments = {
            {s.gpuCount, GpuType::Unknown, GpuType::None, QStringLiteral("planned_gpus"), {}}};
        s.title = QCoreApplication::translate("Scenario", "Colossus (planned, %1 GPUs)")
                      .arg(formatCount(gpus));
        s.shortTitle =
            QCoreApplication::translate("Scenario", "Planned: %1 GPUs").arg(formatCount(gpus));
        s.figureIds = {QStringLiteral("planned_gpus")};
        s.description = QCoreApplication::translate(
                            "Scenario", "The plan reported by the FT: %1 GPUs, type not reported; "
                                        "drawn with the built cluster's rack and group sizes.")
                            .arg(formatCount(gpus));
    } else {
        if (error) {
            *error = QStringLiteral("%1: unknown scenario; choose one of %2")
                         .arg(id, ids().join(QStringLiteral(", ")));
        }
        return std::nullopt;
    }
    if (!r.missing.isEmpty()) {
        if (error) {
            *error = QStringLiteral("scenario %1: the catalogue has no figure \"%2\"")
                         .arg(id, r.missing);
        }
        return std::nullopt;
    }
    // Counts the diagram cannot draw are refused naming the figure, before any arithmetic.
    if (s.gpuCount > maximumGpuCount) {
        const Figure *f = catalogue.figure(countFigure);
        const QString countText =
            QStringLiteral("figure \"%1\" = %2").arg(countFigure, formatCount(f ? f->value : 0.0));
        if (error)
            *error = QStringLiteral("scenario %1: %2 GPUs is more than the diagram can draw "
                                    "(at most %3 GPUs)")
                         .arg(id, countText, formatCount(double(maximumGpuCount)));
        return std::nullopt;
    }
    qint64 sum = 0;
    for (const GpuSegment &seg : std::as_const(s.segments)) {
        if (seg.count < 0 || seg.count > maximumGpuCount) {
            if (error)
                *error = QStringLiteral("scenario %1: figure \"%2\" is not a GPU count between 0 "
                                        "and %3")
                             .arg(id, seg.figureId, formatCount(double(maximumGpuCount)));
            return std::nullopt;
        }
        sum += seg.count;
    }
    if (s.gpuCount <= 0) {
        if (error)
            *error = QStringLiteral("scenario %1: the catalogue gives no GPUs").arg(id);
        return std::nullopt;
    }
    // The segments must cover exactly the GPU count: a derived total that differs from the
    // sum of its parts is drawn with the last segment adjusted.
    s.segments.last().count += s.gpuCount - sum;
    if (s.segments.last().count < 0) {
        if (error)
            *error = QStringLiteral("scenario %1: its parts add up to more GPUs (%2) than its "
                                    "total (%3)")
                         .arg(id, formatCount(double(sum)), formatCount(double(s.gpuCount)));
        return std::nullopt;
    }
    return s;
}

QStringList sourcesOf(const Catalogue &catalogue, const QStringList &figureIds,
                      const QStringList &factIds) {
    QSet<QString> found;
    QStringList pending = figureIds;
    QSet<QString> seen;
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const Figure *f = catalogue.figure(id);
        if (!f)
            continue;
        if (f->isDerived())
            pending += f->inputs;
        else if (!f->source.isEmpty())
            found.insert(f->source);
    }
    for (const QString &id : factIds) {
        if (const Fact *f = catalogue.fact(id); f && !f->source.isEmpty())
            found.insert(f->source);
    }
    QStringList ordered;
    for (const SourceDocument &d : catalogue.sources()) {
        if (found.contains(d.id))
            ordered << d.id;
    }
    // Sources the catalogue does not list (should not happen) still get named.
    QStringList rest(found.begin(), found.end());
    rest.sort();
    for (const QString &id : rest) {
        if (!ordered.contains(id))
            ordered << id;
    }
    return ordered;
}

} // namespace colossus
