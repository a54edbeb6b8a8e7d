#include "catalogue/ConsistencyChecks.h"

#include "catalogue/FigureFormat.h"

#include <QDate>
#include <QLocale>
#include <cmath>
#include <functional>

namespace colossus {
namespace {

// How far an "about" figure may be from a computed one and still agree with it.
constexpr double aboutTolerance = 0.10;

QString number(double v) {
    return FigureFormat::number(v, 2);
}

bool roughlyEqual(double a, double b, double tolerance) {
    return std::abs(a - b) <= tolerance * std::max(std::abs(a), std::abs(b));
}

using Verdict = ConsistencyCheck::Verdict;

struct CheckDefinition {
    const char *id;
    const char *title;
    QStringList figureIds;
    QStringList disputedIds; // marked on charts and in the table when the verdict is not "agrees"
    // Fills verdict and explanation; figures are in the order of figureIds.
    std::function<void(const QList<const Figure *> &, ConsistencyCheck &)> judge;
};

QList<CheckDefinition> definitions() {
    return {
        {"racks-and-groups",
         "{gpus_built} GPUs at {gpus_per_rack} per rack against the reported rack and group counts",
         {u"gpus_built"_qs, u"gpus_per_rack"_qs, u"racks_needed"_qs, u"racks_total"_qs,
          u"gpus_per_group"_qs, u"groups_needed"_qs, u"groups_total"_qs},
         {u"racks_total"_qs, u"groups_total"_qs},
         [](const QList<const Figure *> &f, ConsistencyCheck &c) {
             const double racks = f[2]->value, groups = f[5]->value;
             const bool racksAgree = racks > f[3]->value;
             const bool groupsAgree = roughlyEqual(groups, f[6]->value, aboutTolerance);
             c.verdict = racksAgree && groupsAgree ? Verdict::Agrees : Verdict::Disagrees;
             c.explanation =
                 QStringLiteral(
                     "%1 GPUs / %2 GPUs per rack = %3 racks, which is %4 the reported \"more "
                     "than %5 racks\". %1 / %6 GPUs per group = %7 groups, %8 the reported "
                     "\"about %9 groups\" (within %10%). The last rack and the last group are "
                     "only partly filled.")
                     .arg(number(f[0]->value), number(f[1]->value), number(racks),
                          racksAgree ? u"consistent with"_qs : u"not consistent with"_qs,
                          number(f[3]->value), number(f[4]->value), number(groups),
                          groupsAgree ? u"consistent with"_qs : u"not consistent with"_qs,
                          number(f[6]->value))
                     .arg(number(aboutTolerance * 100));
         }},
        {"server-bandwidth",
         "{gpus_per_server} x {nic_per_gpu_gb} Gb plus one more {extra_nic_gb} Gb NIC against "
         "{server_bandwidth_tb} Tb/s per server",
         {u"gpus_per_server"_qs, u"nic_per_gpu_gb"_qs, u"extra_nic_gb"_qs,
          u"server_bandwidth_derived"_qs, u"server_bandwidth_tb"_qs},
         {u"server_bandwidth_tb"_qs},
         [](const QList<const Figure *> &f, ConsistencyCheck &c) {
             const double reportedGb = f[4]->value * 1000;
             const bool agrees = roughlyEqual(f[3]->value, reportedGb, 1e-9);
             c.verdict = agrees ? Verdict::Agrees : Verdict::Disagrees;
             c.explanation = QStringLiteral("%1 NICs x %2 Gb/s + %3 Gb/s = %4 Gb/s; the report "
                                            "gives %5 Tb/s = %6 Gb/s per server: %7.")
                                 .arg(number(f[0]->value), number(f[1]->value), number(f[2]->value),
                                      number(f[3]->value), number(f[4]->value), number(reportedGb),
                                      agrees ? u"they agree"_qs : u"they differ"_qs);
         }},
        {"group-fanout",
         "{gpus_per_server} GPUs x {servers_per_rack} servers x {racks_per_group} racks against "
         "{gpus_per_group} GPUs per group",
         {u"gpus_per_server"_qs, u"servers_per_rack"_qs, u"racks_per_group"_qs,
          u"gpus_per_group_derived"_qs, u"gpus_per_group"_qs},
         {u"gpus_per_group"_qs},
         [](const QList<const Figure *> &f, ConsistencyCheck &c) {
             const bool agrees = f[3]->value == f[4]->value;
             c.verdict = agrees ? Verdict::Agrees : Verdict::Disagrees;
             c.explanation = QStringLiteral("%1 x %2 x %3 = %4 GPUs per group; the report says "
                                            "%5: %6.")
                                 .arg(number(f[0]->value), number(f[1]->value), number(f[2]->value),
                                      number(f[3]->value), number(f[4]->value),
                                      agrees ? u"they agree"_qs : u"they differ"_qs);
         }},
        {"gpt4-fraction",
         "GPT-4's {gpt4_a100} A100 as \"about {gpt4_fraction:written}\" of {gpus_built} H100",
         {u"gpt4_a100"_qs, u"gpus_built"_qs, u"gpt4_share"_qs, u"gpt4_fraction"_qs},
         {u"gpt4_fraction"_qs},
         [](const QList<const Figure *> &f, ConsistencyCheck &c) {
             const bool agrees = roughlyEqual(f[2]->value, f[3]->value, aboutTolerance);
             c.verdict = agrees ? Verdict::Agrees : Verdict::Disagrees;
             c.explanation =
                 QStringLiteral("%1 / %2 = %3, that is 1/%4 of the GPU count, not the reported "
                                "1/%5. The report may compare computing power rather than GPU "
                                "counts, but it does not say so.")
                     .arg(number(f[0]->value), number(f[1]->value), number(f[2]->value),
                          number(1.0 / f[2]->value), number(1.0 / f[3]->value));
             if (agrees)
                 c.explanation = QStringLiteral("%1 / %2 = %3, about the reported %4.")
                                     .arg(number(f[0]->value), number(f[1]->value),
                                          number(f[2]->value), number(f[3]->value));
         }},
        {"power-unit",
         "\"{power_mw} MW per hour\" as a unit",
         {u"power_mw"_qs, u"homes_equivalent"_qs},
         {u"power_mw"_qs},
         [](const QList<const Figure *> &f, ConsistencyCheck &c) {
             const bool perHour = f[0]->quote.contains(u"每小时") ||
                                  f[0]->quote.contains(u"per hour", Qt::CaseInsensitive);
             c.verdict = perHour ? Verdict::UnclearUnit : Verdict::Agrees;
             c.explanation =
                 perHour
                     ? QStringLiteral(
                           "The report gives %1 %2 \"per hour\" (written \"%3\"). A megawatt "
                           "is already a rate (energy per time), so \"MW per hour\" is not "
                           "a unit of power or of energy: it probably means a draw of up to "
                           "%1 MW, or %1 MWh in each hour. The comparison with %4 homes "
                           "inherits the ambiguity.")
                           .arg(number(f[0]->value), f[0]->unit, f[0]->written, number(f[1]->value))
                     : QStringLiteral("The report gives %1 %2, a unit of power.")
                           .arg(number(f[0]->value), f[0]->unit);
         }},
        {"grok2-gpus",
         "Grok 2 trained on about {grok2_gpus_needed} against {grok2_oracle_h100} H100",
         {u"grok2_gpus_needed"_qs, u"grok2_oracle_h100"_qs},
         {u"grok2_gpus_needed"_qs, u"grok2_oracle_h100"_qs},
         [](const QList<const Figure *> &f, ConsistencyCheck &c) {
             const bool agrees = roughlyEqual(f[0]->value, f[1]->value, aboutTolerance);
             c.verdict = agrees ? Verdict::Agrees : Verdict::Disagrees;
             c.explanation =
                 QStringLiteral("One report says Grok 2 needs about %1 H100, another that it is "
                                "trained on %2 H100 at Oracle: a difference of %3 GPUs (%4%), "
                                "%5 what \"about\" covers (%6%).")
                     .arg(number(f[0]->value), number(f[1]->value),
                          number(std::abs(f[1]->value - f[0]->value)),
                          number(std::round(std::abs(f[1]->value - f[0]->value) /
                                            std::max(f[0]->value, f[1]->value) * 100)),
                          agrees ? u"within"_qs : u"more than"_qs, number(aboutTolerance * 100));
         }},
        {"build-duration",
         "{build_months} months against {build_days} days against {install_weeks} weeks",
         {u"build_months"_qs, u"build_months_in_days"_qs, u"build_days"_qs, u"install_weeks"_qs,
          u"install_days"_qs},
         {u"build_months"_qs, u"build_days"_qs},
         [](const QList<const Figure *> &f, ConsistencyCheck &c) {
             const bool agrees = roughlyEqual(f[1]->value, f[2]->value, aboutTolerance);
             c.verdict = agrees ? Verdict::Agrees : Verdict::Disagrees;
             c.explanation =
                 QStringLiteral("%1 months is about %2 days; the tour report gives %3 days for "
                                "the assembly, %4 days (%5%) more. The \"%6 weeks\" (%7 days) "
                                "is said of installing the GPUs in the groups, not of the "
                                "whole build, so it need not contradict either.")
                     .arg(number(f[0]->value), number(std::round(f[1]->value)), number(f[2]->value),
                          number(std::round(f[2]->value - f[1]->value)),
                          number(std::round((f[2]->value - f[1]->value) / f[1]->value * 100)),
                          number(f[3]->value), number(f[4]->value));
         }},
        {"valuation",
         "A {valuation_24b:value} valuation, then a {valuation_45b:value} one",
         {u"round_6b"_qs, u"valuation_24b"_qs, u"raised_11b"_qs, u"valuation_45b"_qs},
         {u"valuation_24b"_qs, u"valuation_45b"_qs},
         [](const QList<const Figure *> &f, ConsistencyCheck &c) {
             const bool agrees = f[3]->value > f[1]->value;
             c.verdict = agrees ? Verdict::Agrees : Verdict::Disagrees;
             c.explanation =
                 QStringLiteral("$%1 billion raised at a $%2 billion valuation (German report), "
                                "then about $%3 billion raised in the year at $%4 billion (FT, "
                                "via the Japanese report). These are two points in time, not a "
                                "conflict: the valuation grew by %5x.")
                     .arg(number(f[0]->value / 1e9), number(f[1]->value / 1e9),
                          number(f[2]->value / 1e9), number(f[3]->value / 1e9),
                          number(std::round(f[3]->value / f[1]->value * 100) / 100));
         }},
        {"planned-start",
         "\"Planned for {date_planned_start}\" against training from {date_training_start}",
         {u"date_planned_start"_qs, u"date_training_start"_qs, u"ahead_years"_qs},
         {u"date_planned_start"_qs, u"ahead_years"_qs},
         [](const QList<const Figure *> &f, ConsistencyCheck &c) {
             const double years = (f[0]->value - f[1]->value) / 365.25;
             const bool agrees = std::abs(years - f[2]->value) <= 0.5;
             c.verdict = agrees ? Verdict::Agrees : Verdict::Disagrees;
             c.explanation =
                 QStringLiteral("Training started on %1; the plan was %2, %3 years later, "
                                "consistent with the report's \"%4 year ahead\" to within half "
                                "a year.")
                     .arg(FigureFormat::date(f[1]->asOf), FigureFormat::date(f[0]->asOf),
                          number(std::round(years * 10) / 10), number(f[2]->value));
             if (!agrees)
                 c.explanation.replace(u"consistent with"_qs, u"not consistent with"_qs);
         }},
        {"promise-gpu-type",
         "The {promise_h200} promise: B200 in Musk's post, H200 in the tour report",
         {u"promise_b200"_qs, u"promise_h200"_qs},
         {u"promise_b200"_qs, u"promise_h200"_qs},
         [](const QList<const Figure *> &f, ConsistencyCheck &c) {
             // The GPU type is read from the passages themselves, not typed here.
             const auto typeIn = [](const Figure *figure) {
                 for (const char *type : {"B200", "H200", "H100"}) {
                     if (figure->quote.contains(QLatin1String(type)))
                         return QString::fromLatin1(type);
                 }
                 return QStringLiteral("an unnamed GPU");
             };
             const QString a = typeIn(f[0]), b = typeIn(f[1]);
             const bool sameCount = roughlyEqual(f[0]->value, f[1]->value, aboutTolerance);
             c.verdict = sameCount && a == b ? Verdict::Agrees : Verdict::Disagrees;
             c.explanation =
                 QStringLiteral("Both reports give %1 GPUs (%2 and %3), but Musk's post names %4 "
                                "and the tour report %5. The diagram's promise "
                                "scenario shows both readings.")
                     .arg(number(f[1]->value), f[0]->written, f[1]->written, a, b);
             if (!sameCount)
                 c.explanation.replace(u"Both reports give"_qs, u"The reports give"_qs);
         }},
        {"upgrade-doubling",
         "{upgrade_h100} H100 plus {upgrade_h200} H200 as doubling {gpus_built} GPUs",
         {u"gpus_built"_qs, u"upgrade_h100"_qs, u"upgrade_h200"_qs, u"upgrade_total"_qs},
         {u"upgrade_h100"_qs, u"upgrade_h200"_qs},
         [](const QList<const Figure *> &f, ConsistencyCheck &c) {
             const bool agrees = f[3]->value == 2 * f[0]->value;
             c.verdict = agrees ? Verdict::Agrees : Verdict::Disagrees;
             c.explanation =
                 QStringLiteral("%1 + %2 + %3 = %4 GPUs, %5 the built %1.")
                     .arg(number(f[0]->value), number(f[1]->value), number(f[2]->value),
                          number(f[3]->value), agrees ? u"exactly twice"_qs : u"not twice"_qs);
         }},
        {"planned-tenfold",
         "{planned_gpus} GPUs as {expansion_factor} times Colossus",
         {u"planned_gpus"_qs, u"gpus_built"_qs, u"planned_factor"_qs, u"expansion_factor"_qs},
         {u"expansion_factor"_qs},
         [](const QList<const Figure *> &f, ConsistencyCheck &c) {
             const bool agrees = roughlyEqual(f[2]->value, f[3]->value, aboutTolerance);
             c.verdict = agrees ? Verdict::Agrees : Verdict::Disagrees;
             c.explanation = QStringLiteral("%1 / %2 = %3 times, %4 the reported %5 times.")
                                 .arg(number(f[0]->value), number(f[1]->value), number(f[2]->value),
                                      agrees ? u"as"_qs : u"not"_qs, number(f[3]->value));
         }},
    };
}

} // namespace

QString ConsistencyCheck::verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::Agrees:
        return QStringLiteral("agrees");
    case Verdict::Disagrees:
        return QStringLiteral("disagrees");
    case Verdict::UnclearUnit:
        return QStringLiteral("unclear unit");
    }
    return {};
}

QList<ConsistencyCheck> runConsistencyChecks(const Catalogue &catalogue) {
    QList<ConsistencyCheck> checks;
    for (const CheckDefinition &definition : definitions()) {
        QList<const Figure *> figures;
        for (const QString &id : definition.figureIds) {
            if (const Figure *f = catalogue.figure(id))
                figures.append(f);
        }
        // A data file given with --data may lack some figures: skip what cannot be judged.
        if (figures.size() != definition.figureIds.size())
            continue;
        ConsistencyCheck check;
        check.id = QString::fromLatin1(definition.id);
        check.title = FigureFormat::fillIn(catalogue, QString::fromUtf8(definition.title));
        check.figureIds = definition.figureIds;
        definition.judge(figures, check);
        if (check.verdict != ConsistencyCheck::Verdict::Agrees)
            check.disputedIds = definition.disputedIds;
        checks.append(check);
    }
    return checks;
}

QList<ConsistencyCheck> checksInvolving(const QList<ConsistencyCheck> &checks,
                                        const QString &figureId) {
    QList<ConsistencyCheck> result;
    for (const ConsistencyCheck &check : checks) {
        if (check.figureIds.contains(figureId))
            result.append(check);
    }
    return result;
}

} // namespace colossus
