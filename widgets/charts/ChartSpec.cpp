#include "charts/ChartSpec.h"

#include "catalogue/Catalogue.h"
#include "catalogue/ConsistencyChecks.h"
#include "catalogue/FigureFormat.h"
#include "language/Language.h"
#include "style/Theme.h"

#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace colossus {

using Colour = ChartSpec::Colour;
using Segment = ChartSpec::Segment;
using Row = ChartSpec::Row;
using Panel = ChartSpec::Panel;

double ChartSpec::Row::total() const {
    double sum = 0;
    for (const Segment &s : segments)
        sum += s.length;
    return sum;
}

QStringList ChartSpec::chartIds() {
    return {QStringLiteral("gpu-counts"), QStringLiteral("power"), QStringLiteral("money"),
            QStringLiteral("timeline"), QStringLiteral("network")};
}

QString ChartSpec::chartTitle(const QString &chartId) {
    if (chartId == u"gpu-counts")
        return ChartSpec::tr("GPU counts: Colossus against other systems");
    if (chartId == u"power")
        return ChartSpec::tr("Power, water and energy");
    if (chartId == u"money")
        return ChartSpec::tr("Money: funding, deals and valuations");
    if (chartId == u"timeline")
        return ChartSpec::tr("Timeline: from site decision to training");
    if (chartId == u"network")
        return ChartSpec::tr("Network: Ethernet bandwidth per GPU server");
    return {};
}

QColor ChartSpec::colour(Colour colour, const Theme &theme) {
    switch (colour) {
    case Colour::H100:
        return theme.h100;
    case Colour::H200:
        return theme.h200;
    case Colour::B200:
        return theme.b200;
    case Colour::A100:
        // Nvidia's previous generation: the H100 hue, told apart by lightness.
        return theme.id == Theme::Id::Light ? theme.h100.darker(170) : theme.h100.lighter(160);
    case Colour::Amd:
        return theme.power;
    case Colour::Intel:
        return theme.coolant;
    case Colour::UnknownGpu:
        return theme.unknownGpu;
    case Colour::Power:
    case Colour::Energy:
        return theme.power;
    case Colour::Coolant:
        return theme.coolant;
    case Colour::Network:
        return theme.network;
    case Colour::NetworkExtra:
        return theme.b200;
    case Colour::Money:
        return theme.h100;
    case Colour::Valuation:
        return theme.h200;
    case Colour::Time:
        return theme.network;
    case Colour::Duration:
        return theme.coolant; // not orange: the warning outline must stand out on it
    }
    return theme.line;
}

namespace {

class Builder {
public:
    Builder(const Catalogue &catalogue, ChartSpec &spec)
        : m_catalogue(catalogue)
        , m_spec(spec) {}

    const Figure &use(const QString &id) {
        const Figure &figure = m_catalogue.require(id);
        if (!m_spec.figureIds.contains(id))
            m_spec.figureIds << id;
        if (!figure.source.isEmpty() && !m_spec.sourceIds.contains(figure.source))
            m_spec.sourceIds << figure.source;
        for (const QString &input : figure.inputs) {
            const Figure *in = m_catalogue.figure(input);
            if (in && !in->source.isEmpty() && !m_spec.sourceIds.contains(in->source))
                m_spec.sourceIds << in->source;
        }
        return figure;
    }

    // A one-segment bar for a figure, the value printed as the source hedges it.
    Row bar(const QString &label, const QString &id, Colour colour, double scale = 1.0,
            const QString &suffix = {}) {
        const Figure &figure = use(id);
        Row row;
        row.label = label;
        row.figureId = id;
        row.segments << Segment{id, figure.value * scale, colour, Segment::Style::Solid, {}};
        row.valueText = FigureFormat::hedged(figure, figure.value * scale, suffix); // with ƒ
        return row;
    }

    static Row heading(const QString &label) {
        Row row;
        row.label = label;
        row.heading = true;
        return row;
    }

    const Catalogue &m_catalogue;
    ChartSpec &m_spec;
};

double axisMaxFor(const QList<Row> &rows, double headroom = 1.12) {
    double max = 0;
    for (const Row &row : rows) {
        double pointEnd = 0;
        for (const Segment &s : row.segments) {
            if (s.style == Segment::Style::Band)
                break; // bands run off to the edge; they do not set the scale
            pointEnd += s.length;
        }
        max = std::max(max, pointEnd);
    }
    return max * headroom; // ticks are chosen separately, so the end need not be round
}

// --- GPU counts -----------------------------------------------------------------------------

struct Peer {
    const char *label;
    const char *id;
    Colour colour;
};

void buildGpuCounts(Builder &b, ChartSpec &spec) {
    Panel panel;
    panel.kind = Panel::Kind::Bars;
    panel.title = ChartSpec::tr("Accelerators in each system, cluster or plan");
    panel.axisTitle = ChartSpec::tr("GPUs (count; linear scale)");

    panel.rows << Builder::heading(ChartSpec::tr("Colossus (xAI, Memphis)"));
    panel.rows << b.bar(ChartSpec::tr("Built, first phase · H100"), QStringLiteral("gpus_built"),
                        Colour::H100);
    {
        // The upgrade drawn as what it is made of: the built H100s plus 50,000 H100 and
        // 50,000 H200; the printed total is the catalogue's derived figure.
        Row row = b.bar(ChartSpec::tr("After the upgrade · H100 + H200"),
                        QStringLiteral("upgrade_total"), Colour::H100);
        const Figure &built = b.use(QStringLiteral("gpus_built"));
        const Figure &h100 = b.use(QStringLiteral("upgrade_h100"));
        const Figure &h200 = b.use(QStringLiteral("upgrade_h200"));
        row.segments = {Segment{built.id, built.value, Colour::H100, Segment::Style::Solid, {}},
                        Segment{h100.id, h100.value, Colour::H100, Segment::Style::Solid,
                                QStringLiteral("+") + FigureFormat::number(h100.value)},
                        Segment{h200.id, h200.value, Colour::H200, Segment::Style::Solid,
                                QStringLiteral("+") + FigureFormat::number(h200.value)}};
        panel.rows << row;
    }
    // The post's date as the catalogue has it, not typed here.
    const QString postDate = FigureFormat::date(b.use(QStringLiteral("date_musk_post")).asOf);
    panel.rows << b.bar(ChartSpec::tr("Next step, Musk's post of %1 · B200").arg(postDate),
                        QStringLiteral("promise_b200"), Colour::B200);
    panel.rows << b.bar(ChartSpec::tr("Musk's promise, tour report · H200"),
                        QStringLiteral("promise_h200"), Colour::H200);
    panel.rows << b.bar(ChartSpec::tr("Expansion plan (FT) · type not given"),
                        QStringLiteral("planned_gpus"), Colour::UnknownGpu);

    panel.rows << Builder::heading(ChartSpec::tr("Other systems and clusters"));
    const Peer peers[] = {
        {QT_TRANSLATE_NOOP("ChartSpec", "Tesla's H100 purchase · H100"), "tesla_h100_purchase",
         Colour::H100},
        {QT_TRANSLATE_NOOP("ChartSpec", "Aurora · Intel"), "aurora_gpus", Colour::Intel},
        {QT_TRANSLATE_NOOP("ChartSpec", "Tesla Cortex, Giga Texas · type not given"), "cortex_gpus",
         Colour::UnknownGpu},
        {QT_TRANSLATE_NOOP("ChartSpec", "Frontier · AMD"), "frontier_gpus", Colour::Amd},
        {QT_TRANSLATE_NOOP("ChartSpec", "GPT-4 training (OpenAI) · A100"), "gpt4_a100",
         Colour::A100},
        {QT_TRANSLATE_NOOP("ChartSpec", "Grok 2 training at Oracle · H100"), "grok2_oracle_h100",
         Colour::H100},
        {QT_TRANSLATE_NOOP("ChartSpec", "Grok 2 needs, Musk said earlier · H100"),
         "grok2_gpus_needed", Colour::H100},
        {QT_TRANSLATE_NOOP("ChartSpec", "Rented from Oracle before · H100"), "oracle_rented_h100",
         Colour::H100},
        {QT_TRANSLATE_NOOP("ChartSpec", "Microsoft Eagle · H100"), "eagle_gpus", Colour::H100},
        {QT_TRANSLATE_NOOP("ChartSpec", "Tesla GPUs redirected to xAI · H100"),
         "tesla_redirected_h100", Colour::H100},
    };
    QList<Row> others;
    for (const Peer &peer : peers)
        others << b.bar(ChartSpec::tr(peer.label), QString::fromLatin1(peer.id), peer.colour);
    // Largest first, so the eye reads the ranking; the order comes from the values.
    std::stable_sort(others.begin(), others.end(),
                     [](const Row &a, const Row &b) { return a.total() > b.total(); });
    panel.rows << others;
    panel.axisMax = axisMaxFor(panel.rows, 1.05);
    panel.legend = {{Colour::H100, QStringLiteral("Nvidia H100")},
                    {Colour::H200, QStringLiteral("Nvidia H200")},
                    {Colour::B200, QStringLiteral("Nvidia B200")},
                    {Colour::A100, QStringLiteral("Nvidia A100")},
                    {Colour::Amd, QStringLiteral("AMD")},
                    {Colour::Intel, QStringLiteral("Intel")},
                    {Colour::UnknownGpu, ChartSpec::tr("type not given")}};
    spec.panels << panel;
    spec.notes << ChartSpec::tr(
        "Counts of different accelerators: a bar shows how many chips, not how much "
        "computing power.");
}

// --- Power, water and energy ----------------------------------------------------------------

double toMegawatts(const Figure &figure) {
    if (figure.unit.startsWith(u"GW"))
        return figure.value * 1000;
    if (figure.unit.startsWith(u"kW"))
        return figure.value / 1000;
    return figure.value;
}

void buildPower(Builder &b, ChartSpec &spec) {
    Panel power;
    power.title = ChartSpec::tr("Electric power");
    power.axisTitle = ChartSpec::tr("megawatts (MW)");
    power.cell = QRectF(0, 0, 0.56, 0.36);
    {
        const Figure &mw = b.use(QStringLiteral("power_mw"));
        Row row = b.bar(ChartSpec::tr("Colossus, Memphis (estimate)"), mw.id, Colour::Power, 1.0,
                        QStringLiteral(" MW"));
        power.rows << row;
        const Figure &gw = b.use(QStringLiteral("h100_gigawatt"));
        Row gwRow =
            b.bar(ChartSpec::tr("H100 systems Musk says are not worth building"), gw.id,
                  Colour::Power, toMegawatts(gw) / std::max(gw.value, 1e-9), QStringLiteral(" MW"));
        gwRow.valueText = FigureFormat::hedged(gw, gw.value, QStringLiteral(" GW = ")) +
                          FigureFormat::number(toMegawatts(gw)) + QStringLiteral(" MW");
        power.rows << gwRow;
        if (mw.quote.contains(u"每小时")) {
            // The Chinese report writes "per hour" after a rate; we show the rate.
            spec.notes << ChartSpec::tr("The report gives %1 MW “per hour” (每小时); megawatts are "
                                        "already a rate, so the bar shows MW.")
                              .arg(FigureFormat::number(mw.value));
        }
    }
    power.axisMax = axisMaxFor(power.rows);
    spec.panels << power;

    Panel query;
    query.title = ChartSpec::tr("Electricity for one request (IEA)");
    query.axisTitle = ChartSpec::tr("watt-hours (Wh)");
    query.cell = QRectF(0, 0.36, 0.56, 0.32);
    query.rows << b.bar(ChartSpec::tr("ChatGPT query"), QStringLiteral("chatgpt_query_wh"),
                        Colour::Energy, 1.0, QStringLiteral(" Wh"));
    query.rows << b.bar(ChartSpec::tr("Google search"), QStringLiteral("web_search_wh"),
                        Colour::Energy, 1.0, QStringLiteral(" Wh"));
    query.axisMax = axisMaxFor(query.rows);
    spec.panels << query;

    Panel share;
    share.title = ChartSpec::tr("AI's share of data-centre electricity demand (Goldman Sachs)");
    share.axisTitle = ChartSpec::tr("percent of demand (%)");
    share.cell = QRectF(0, 0.68, 0.56, 0.32);
    {
        const Figure &ai = b.use(QStringLiteral("ai_share_2028"));
        share.rows << b.bar(ChartSpec::tr("By %1").arg(FigureFormat::date(ai.asOf)), ai.id,
                            Colour::Energy, 1.0, QStringLiteral(" %"));
    }
    share.axisMax = 100; // a share: the whole is the scale
    spec.panels << share;

    Panel tiles;
    tiles.kind = Panel::Kind::Tiles;
    tiles.title = ChartSpec::tr("Single figures (nothing like them to compare with)");
    tiles.cell = QRectF(0.58, 0, 0.42, 1.0);
    auto tile = [&](const QString &id, const QString &unit, Colour colour) {
        const Figure &f = b.use(id);
        tiles.tiles << ChartSpec::Tile{id, FigureFormat::hedged(f, f.value), unit, colour};
    };
    // The one sentence's hedges once each: "up to" on the power ("≤150 MW"), "estimated" on
    // the homes tile's value ("100,000 (est.)"), where both come from.
    const Figure &powerMw = b.use(QStringLiteral("power_mw"));
    const QString powerSign = FigureFormat::qualifierSign(powerMw.qualifier);
    tile(QStringLiteral("homes_equivalent"),
         ChartSpec::tr("homes use as much power as the site's %1 (the report's comparison)")
             .arg((powerSign.size() == 1 ? powerSign : QString()) +
                  FigureFormat::number(powerMw.value) + u' ' + powerMw.unit),
         Colour::Power);
    tile(QStringLiteral("water_gallons_per_day"),
         ChartSpec::tr("US gallons of cooling water a day"), Colour::Coolant);
    tile(QStringLiteral("megapack_mwh"), ChartSpec::tr("MWh stored in each Tesla Megapack"),
         Colour::Power);
    tile(QStringLiteral("diesel_generators"), ChartSpec::tr("diesel generators added on site"),
         Colour::Power);
    tile(QStringLiteral("dc_demand_growth_twh"),
         ChartSpec::tr("TWh a year of added data-centre demand from AI (Goldman Sachs)"),
         Colour::Energy);
    spec.panels << tiles;
}

// --- Money ---------------------------------------------------------------------------------

double toBillions(const Figure &figure) {
    if (figure.unit.contains(u"billion", Qt::CaseInsensitive))
        return figure.value;
    if (figure.unit.contains(u"million", Qt::CaseInsensitive))
        return figure.value / 1000;
    return figure.value / 1e9;
}

// A dollar amount as the reader's language writes it short beside a bar: "$6B", "6 Mrd. $",
// "60億ドル" (Japanese and Chinese count in 億 / 亿, 10^8).
struct ShortMoney {
    double unit;
    QString pattern;
};
ShortMoney shortMoney() {
    const QString language = Language::current();
    if (language == u"ja")
        return {1e8, QStringLiteral("%1億ドル")};
    if (language == u"zh_CN")
        return {1e8, QStringLiteral("%1亿美元")};
    if (language == u"de")
        return {1e9, QStringLiteral("%1 Mrd. $")};
    if (language == u"es")
        return {1e9, QStringLiteral("%1 mil M$")};
    return {1e9, QStringLiteral("$%1B")};
}

void buildMoney(Builder &b, ChartSpec &spec) {
    Panel deals;
    deals.title = ChartSpec::tr("Money raised, invested or committed");
    deals.axisTitle = ChartSpec::tr("US dollars, billions (linear scale)");
    deals.cell = QRectF(0, 0, 1, 0.7);
    auto money = [&](const QString &label, const QString &id, Colour colour) {
        const Figure &f = b.use(id);
        Row row = b.bar(label, id, colour, toBillions(f) / std::max(f.value, 1e-300));
        const ShortMoney form = shortMoney();
        row.valueText = FigureFormat::hedged(f, toBillions(f) * 1e9 / form.unit, {}, form.pattern);
        return row;
    };
    // A hedge without a number ("tens of", "several") is a range: a hatched band, never a point.
    auto range = [&](const QString &label, const QString &id) {
        const Figure &f = b.use(id);
        const double low = toBillions(f);
        Row row;
        row.label = label;
        row.figureId = id;
        row.segments << Segment{{}, low, Colour::Money, Segment::Style::Spacer, {}};
        // The words span one order of magnitude: "several billion" lies between 1 and 10
        // billion, "tens of billions" between 10 and 100 billion.
        row.segments << Segment{id, low * 9, Colour::Money, Segment::Style::Band, {}};
        const QString words = f.qualifier == u"tens of"   ? ChartSpec::tr("tens of billions")
                              : f.qualifier == u"several" ? ChartSpec::tr("several billion")
                                                          : f.qualifier + u" billion"_qs;
        row.valueText = ChartSpec::tr("“%1” (%2): no single figure").arg(words, f.written);
        return row;
    };
    // Dates only where the figure carries one (asOf); the German report gives none.
    deals.rows << money(ChartSpec::tr("xAI funding round (German report)"),
                        QStringLiteral("round_6b"), Colour::Money);
    deals.rows << money(ChartSpec::tr("xAI Series B, %1 (Chinese report)")
                            .arg(FigureFormat::date(b.use(QStringLiteral("series_b_6b")).asOf)),
                        QStringLiteral("series_b_6b"), Colour::Money);
    deals.rows << money(ChartSpec::tr("xAI raised “this year” (FT; year not stated)"),
                        QStringLiteral("raised_11b"), Colour::Money);
    deals.rows << money(ChartSpec::tr("Oracle cloud deal, reported close in May (talks ended)"),
                        QStringLiteral("oracle_deal_10b"), Colour::Money);
    deals.rows << money(ChartSpec::tr("OpenAI–Microsoft partnership"),
                        QStringLiteral("openai_microsoft_14b"), Colour::Money);
    deals.rows << money(ChartSpec::tr("Amazon's investment in Anthropic"),
                        QStringLiteral("anthropic_amazon_8b"), Colour::Money);
    deals.rows << money(QStringLiteral("Tesla Dojo, Buffalo"), QStringLiteral("dojo_buffalo_usd"),
                        Colour::Money);
    deals.rows << range(ChartSpec::tr("Memphis project value"),
                        QStringLiteral("memphis_project_value"));
    deals.rows << range(ChartSpec::tr("New GPUs for the expansion (FT estimate)"),
                        QStringLiteral("expansion_cost_usd"));

    Panel valuation;
    valuation.title = ChartSpec::tr("xAI's valuation (what investors say the company is worth)");
    valuation.axisTitle = ChartSpec::tr("US dollars, billions (linear scale)");
    valuation.cell = QRectF(0, 0.7, 1, 0.3);
    valuation.rows << money(ChartSpec::tr("After the funding round (German report)"),
                            QStringLiteral("valuation_24b"), Colour::Valuation);
    valuation.rows << money(QStringLiteral("As the FT reports it"), QStringLiteral("valuation_45b"),
                            Colour::Valuation);

    // One scale for both panels, so bars in the two can be compared by length.
    const double max = std::max(axisMaxFor(deals.rows), axisMaxFor(valuation.rows));
    deals.axisMax = valuation.axisMax = max;
    for (Row &row : deals.rows) {
        // A band that runs past the axis is cut at its end and says so with an arrow.
        if (row.segments.size() == 2 && row.segments[1].style == Segment::Style::Band &&
            row.total() > max) {
            row.segments[1].length = std::max(0.0, max - row.segments[0].length);
            row.segments[1].cut = true;
        }
    }
    spec.panels << deals << valuation;
    spec.notes << ChartSpec::tr(
        "Hatched: an amount the report gives only in words, drawn across the span the "
        "words allow (“several billion”: 1–10 billion; “tens of billions”: 10–100 "
        "billion, cut at the end of the axis, →).");
}

// --- Timeline ------------------------------------------------------------------------------

// The span a date of the given precision covers: a minute, a day, a month or a year.
ChartSpec::Event eventFor(const Figure &figure, const QString &label) {
    ChartSpec::Event event;
    event.figureId = figure.id;
    event.label = label;
    const QString asOf = figure.asOf;
    const QTimeZone utc = QTimeZone::utc();
    const QDate day = QDate(1970, 1, 1).addDays(qint64(std::floor(figure.value)));
    if (asOf.size() >= 16) {
        const QDateTime when =
            QDateTime::fromString(asOf.left(16), QStringLiteral("yyyy-MM-ddTHH:mm"));
        event.start = event.end = QDateTime(when.date(), when.time(), utc);
        // The reports give local time (the Chinese report: 当地时间, in Memphis); the axis
        // runs on calendar dates as written, so the time is placed as written and labelled.
        event.dateText =
            ChartSpec::tr("%1, %2 local time")
                .arg(FigureFormat::dayText(when.date()),
                     FigureFormat::locale().toString(when.time(), QStringLiteral("HH:mm")));
    } else if (asOf.size() == 10) {
        event.start = event.end = QDateTime(day, QTime(12, 0), utc);
        event.dateText = FigureFormat::dayText(day);
    } else if (asOf.size() == 7) {
        const QDate first(day.year(), day.month(), 1);
        event.start = QDateTime(first, QTime(0, 0), utc);
        event.end = QDateTime(first.addMonths(1), QTime(0, 0), utc);
        event.dateText = FigureFormat::monthText(first);
    } else {
        const QDate first(day.year(), 1, 1);
        event.start = QDateTime(first, QTime(0, 0), utc);
        event.end = QDateTime(first.addYears(1), QTime(0, 0), utc);
        event.dateText = QString::number(day.year());
    }
    // A season the source names ("fall 2025", "next summer") covers three months.
    if (const QString season = FigureFormat::season(asOf); !season.isEmpty()) {
        event.end = event.start.addMonths(3);
        event.dateText = FigureFormat::date(asOf);
    }
    if (!figure.qualifier.isEmpty())
        event.dateText = figure.qualifier + u' ' + event.dateText;
    return event;
}

double toDays(const Figure &figure) {
    const QString unit = figure.unit.toLower();
    if (unit.startsWith(u"week"))
        return figure.value * 7;
    if (unit.startsWith(u"month"))
        return figure.value * 365.25 / 12;
    if (unit.startsWith(u"year"))
        return figure.value * 365.25;
    return figure.value;
}

void buildTimeline(Builder &b, ChartSpec &spec) {
    Panel dates;
    dates.kind = Panel::Kind::Timeline;
    dates.title =
        ChartSpec::tr("When it happened (dot: the day is given; bar: only the month or season)");
    dates.cell = QRectF(0, 0, 1, 0.66);
    struct Item {
        const char *label;
        const char *id;
    };
    const Item items[] = {
        {QT_TRANSLATE_NOOP("ChartSpec", "Oracle offers xAI cloud for training"),
         "date_oracle_cloud"},
        {QT_TRANSLATE_NOOP("ChartSpec", "Memphis chosen after talks in March"),
         "date_site_decision"},
        {QT_TRANSLATE_NOOP("ChartSpec", "Series B funding round announced"), "date_series_b"},
        {QT_TRANSLATE_NOOP("ChartSpec", "Musk's post: H100 cluster online “in some months”"),
         "date_musk_post"},
        {QT_TRANSLATE_NOOP("ChartSpec", "Musk: Dell assembling half the racks, “SMC” the rest"),
         "date_rack_split"},
        {QT_TRANSLATE_NOOP("ChartSpec", "Talks with Oracle on more chips end"),
         "date_oracle_talks_end"},
        {QT_TRANSLATE_NOOP("ChartSpec", "Diesel generators added on site"),
         "date_generators_added"},
        {QT_TRANSLATE_NOOP("ChartSpec", "Training starts on Colossus"), "date_training_start"},
        {QT_TRANSLATE_NOOP("ChartSpec", "Grok 2 release planned"), "date_grok2_release"},
        {QT_TRANSLATE_NOOP("ChartSpec", "Grok 3 to be trained before"), "date_grok3_target"},
        {QT_TRANSLATE_NOOP("ChartSpec", "Original plan: cluster running"), "date_planned_start"},
    };
    for (const Item &item : items)
        dates.events << eventFor(b.use(QString::fromLatin1(item.id)), ChartSpec::tr(item.label));
    std::stable_sort(
        dates.events.begin(), dates.events.end(),
        [](const ChartSpec::Event &x, const ChartSpec::Event &y) { return x.start < y.start; });
    QDateTime min = dates.events.first().start, max = dates.events.first().end;
    for (const ChartSpec::Event &e : dates.events) {
        min = std::min(min, e.start);
        max = std::max(max, e.end);
    }
    // Whole months either side, so the axis labels fall on month starts.
    const QDate lo(min.date().year(), min.date().month(), 1);
    const QDate hi = QDate(max.date().year(), max.date().month(), 1).addMonths(1);
    dates.timeMin = QDateTime(lo, QTime(0, 0), QTimeZone::utc());
    dates.timeMax = QDateTime(hi, QTime(0, 0), QTimeZone::utc());
    dates.axisTitle = ChartSpec::tr("date as the reports give it (local; month ticks)");
    spec.panels << dates;

    Panel durations;
    durations.title = ChartSpec::tr("How long it took");
    durations.axisTitle = ChartSpec::tr("days (weeks, months and years converted; linear scale)");
    durations.cell = QRectF(0, 0.66, 1, 0.34);
    auto duration = [&](const QString &label, const QString &id,
                        const QString &derivedDaysId = {}) {
        const Figure &f = b.use(id);
        double days = toDays(f);
        if (!derivedDaysId.isEmpty() && b.m_catalogue.figure(derivedDaysId)) {
            days = b.use(derivedDaysId).value;
        }
        Row row;
        row.label = label;
        row.figureId = id;
        row.segments << Segment{id, days, Colour::Duration, Segment::Style::Solid, {}};
        // "1 year", not "1 years"; the unit in the reader's language.
        row.valueText = FigureFormat::hedged(
            f, f.value, FigureFormat::unitSuffix(f.unit, std::abs(f.value - 1) < 1e-9));
        if (!f.unit.startsWith(u"day"))
            row.valueText += ChartSpec::tr(" (≈%1 days)").arg(FigureFormat::number(days, 0));
        return row;
    };
    durations.rows << duration(ChartSpec::tr("Choosing Memphis (Forbes)"),
                               QStringLiteral("site_decision_weeks"));
    durations.rows << duration(ChartSpec::tr("Installing the GPUs (Jensen Huang)"),
                               QStringLiteral("install_weeks"), QStringLiteral("install_days"));
    durations.rows << duration(ChartSpec::tr("Building Colossus (FT)"),
                               QStringLiteral("build_months"),
                               QStringLiteral("build_months_in_days"));
    durations.rows << duration(ChartSpec::tr("Assembling Colossus (tour report)"),
                               QStringLiteral("build_days"));
    durations.rows << duration(ChartSpec::tr("Ahead of the original plan by"),
                               QStringLiteral("ahead_years"));
    durations.rows << duration(ChartSpec::tr("Usual for a data centre this size"),
                               QStringLiteral("typical_build_years"));
    durations.axisMax = axisMaxFor(durations.rows, 1.25);
    spec.panels << durations;

    const Figure &planned = b.use(QStringLiteral("planned_gpus"));
    spec.notes << ChartSpec::tr(
                      "Undated: the FT's report that Colossus will grow to %1 GPUs gives a "
                      "day (“the 5th”) but no month or year, so it is not placed on the time "
                      "axis.")
                      .arg(FigureFormat::number(planned.value));
    // "wahrscheinlich … im nächsten Sommer": a guess in a post, not an event with a date.
    const Figure &b200 = b.use(QStringLiteral("promise_b200"));
    b.use(QStringLiteral("date_b200_step"));
    spec.notes << ChartSpec::tr("Not placed either: Musk's post of %1 says the next step would "
                                "“probably” be %2 B200 “next summer”, a guess without a date.")
                      .arg(FigureFormat::date(b.use(QStringLiteral("date_musk_post")).asOf),
                           FigureFormat::hedged(b200, b200.value));
    spec.notes << ChartSpec::tr("1 week = 7 days, 1 month = 30.44 days, 1 year = 365.25 days.");
}

// --- Network -------------------------------------------------------------------------------

void buildNetwork(Builder &b, ChartSpec &spec) {
    Panel panel;
    panel.title = ChartSpec::tr("Ethernet bandwidth of one GPU server");
    panel.axisTitle = ChartSpec::tr("gigabits per second (Gb/s)");
    panel.cell = QRectF(0, 0, 1, 0.58);
    const Figure &gpus = b.use(QStringLiteral("gpus_per_server"));
    const Figure &nic = b.use(QStringLiteral("nic_per_gpu_gb"));
    const Figure &extra = b.use(QStringLiteral("extra_nic_gb"));
    const Figure &sum = b.use(QStringLiteral("server_bandwidth_derived"));
    const Figure &reported = b.use(QStringLiteral("server_bandwidth_tb"));

    Row parts;
    parts.label = ChartSpec::tr("Sum of the NICs: %1 × %2 GbE + 1 × %3 Gb")
                      .arg(FigureFormat::number(gpus.value), FigureFormat::number(nic.value),
                           FigureFormat::number(extra.value));
    parts.figureId = sum.id;
    const int count = std::clamp(int(std::lround(gpus.value)), 0, 64);
    for (int i = 0; i < count; ++i) {
        parts.segments << Segment{nic.id, nic.value, Colour::Network, Segment::Style::Solid,
                                  ChartSpec::tr("GPU %1").arg(i + 1)};
    }
    parts.segments << Segment{extra.id, extra.value, Colour::NetworkExtra, Segment::Style::Solid,
                              QStringLiteral("extra")};
    parts.valueText = FigureFormat::hedged(sum, sum.value, QStringLiteral(" Gb/s"));
    panel.rows << parts;

    // The report states Tb/s; drawn in Gb/s on the same axis (1 Tb = 1,000 Gb).
    const double reportedGb =
        reported.unit.startsWith(u"Tb") ? reported.value * 1000 : reported.value;
    Row stated = b.bar(ChartSpec::tr("As the report states it"), reported.id, Colour::Network);
    stated.segments.first().length = reportedGb;
    stated.valueText = FigureFormat::hedged(reported, reported.value, QStringLiteral(" Tb/s")) +
                       QStringLiteral(" = ") + FigureFormat::number(reportedGb) +
                       QStringLiteral(" Gb/s");
    panel.rows << stated;
    panel.axisMax = axisMaxFor(panel.rows, 1.08);
    panel.legend = {
        {Colour::Network,
         ChartSpec::tr("one %1 GbE NIC per GPU").arg(FigureFormat::number(nic.value))},
        {Colour::NetworkExtra,
         ChartSpec::tr("one extra %1 Gb NIC per server").arg(FigureFormat::number(extra.value))}};
    spec.panels << panel;

    Panel facts;
    facts.kind = Panel::Kind::Facts;
    facts.title = ChartSpec::tr("What kind of network");
    facts.cell = QRectF(0, 0.6, 1, 0.4);
    for (const QString &id : {QStringLiteral("ethernet_not_infiniband"),
                              QStringLiteral("dedicated_nic"), QStringLiteral("rdma_fabric")}) {
        const Fact *fact = b.m_catalogue.fact(id);
        if (!fact)
            continue;
        if (!fact->source.isEmpty() && !spec.sourceIds.contains(fact->source))
            spec.sourceIds << fact->source;
        facts.facts << ChartSpec::FactNote{id, fact->label()};
    }
    spec.panels << facts;
    const bool agree = std::abs(sum.value - reportedGb) < 0.5;
    spec.notes << ChartSpec::tr(
                      "1 Tb/s = 1,000 Gb/s. The sum of the NICs and the reported total %1.")
                      .arg(agree ? ChartSpec::tr("agree") : ChartSpec::tr("differ"));
}

} // namespace

ChartSpec ChartSpec::build(const Catalogue &catalogue, const QString &chartId) {
    ChartSpec spec;
    if (!chartIds().contains(chartId))
        return spec;
    spec.id = chartId;
    spec.title = chartTitle(chartId);
    Builder builder(catalogue, spec);
    if (chartId == u"gpu-counts")
        buildGpuCounts(builder, spec);
    else if (chartId == u"power")
        buildPower(builder, spec);
    else if (chartId == u"money")
        buildMoney(builder, spec);
    else if (chartId == u"timeline")
        buildTimeline(builder, spec);
    else if (chartId == u"network")
        buildNetwork(builder, spec);

    for (const ConsistencyCheck &check : runConsistencyChecks(catalogue)) {
        if (check.verdict != ConsistencyCheck::Verdict::Disagrees)
            continue;
        for (const QString &id : check.disputedIds) {
            if (spec.figureIds.contains(id))
                spec.disagreements[id] << check.id;
        }
    }
    return spec;
}

ChartSpec ChartSpec::showingOnly(const QStringList &ids, int dropLast) const {
    // A row shows the figure it prints; a row without one, the figures of its segments.
    const auto shows = [&](const Row &row) {
        if (!row.figureId.isEmpty())
            return ids.contains(row.figureId);
        for (const Segment &segment : row.segments) {
            if (ids.contains(segment.figureId))
                return true;
        }
        return false;
    };
    ChartSpec room = *this;
    room.panels.clear();
    room.notes.clear();
    QList<qreal> columns; // the kept panels' column edges, left to right
    for (const Panel &panel : panels) {
        Panel kept = panel;
        kept.rows.clear();
        kept.events.clear();
        kept.tiles.clear();
        kept.facts.clear();
        for (const Row &row : panel.rows) {
            // Without headings: each row's label names what it is, and rows are few.
            if (!row.heading && shows(row))
                kept.rows.append(row);
        }
        for (const Event &event : panel.events) {
            if (ids.contains(event.figureId))
                kept.events.append(event);
        }
        for (const Tile &tile : panel.tiles) {
            if (ids.contains(tile.figureId))
                kept.tiles.append(tile);
        }
        if (kept.rows.isEmpty() && kept.events.isEmpty() && kept.tiles.isEmpty())
            continue;

        if (!columns.contains(panel.cell.left()))
            columns.append(panel.cell.left());
        room.panels.append(kept);
    }
    if (room.panels.isEmpty())
        return *this;
    // Fewer marks: the one whose figure comes last in ids goes first (a panel goes with its
    // last mark).
    const auto rank = [&](const QString &id) {
        const qsizetype at = ids.indexOf(id);
        return at < 0 ? ids.size() : at;
    };
    for (int k = 0; k < dropLast; ++k) {
        qsizetype total = 0, worst = -1;
        int panelAt = -1;
        enum { Tile, Event, Bar } kind = Tile;
        qsizetype index = -1;
        for (int p = 0; p < int(room.panels.size()); ++p) {
            const Panel &panel = room.panels.at(p);
            const auto consider = [&](const QString &id, decltype(kind) what, qsizetype i) {
                ++total;
                if (rank(id) >= worst) {
                    worst = rank(id);
                    panelAt = p;
                    kind = what;
                    index = i;
                }
            };
            for (qsizetype i = 0; i < panel.tiles.size(); ++i)
                consider(panel.tiles.at(i).figureId, Tile, i);
            for (qsizetype i = 0; i < panel.events.size(); ++i)
                consider(panel.events.at(i).figureId, Event, i);
            for (qsizetype i = 0; i < panel.rows.size(); ++i) {
                if (!panel.rows.at(i).heading)
                    consider(panel.rows.at(i).figureId, Bar, i);
            }
        }
        if (total <= 1)
            break;
        Panel &panel = room.panels[panelAt];
        if (kind == Tile) {
            panel.tiles.removeAt(index);
        } else if (kind == Event) {
            panel.events.removeAt(index);
        } else {
            panel.rows.removeAt(index);
        }
        if (panel.tiles.isEmpty() && panel.events.isEmpty() && panel.rows.isEmpty())
            room.panels.removeAt(panelAt);
    }
    columns.clear();
    for (Panel &panel : room.panels) {
        if (!columns.contains(panel.cell.left()))
            columns.append(panel.cell.left());
        // The legend names only the colours still drawn.
        QList<QPair<Colour, QString>> legend;
        for (const auto &entry : std::as_const(panel.legend)) {
            bool used = false;
            for (const Row &row : std::as_const(panel.rows)) {
                for (const Segment &segment : row.segments)
                    used = used || segment.colour == entry.first;
            }
            if (used)
                legend.append(entry);
        }
        panel.legend = legend;
    }
    std::sort(columns.begin(), columns.end());
    for (Panel &panel : room.panels) {
        // The slide's title says what the chart shows; the bars run to the largest kept.
        panel.title.clear();
        qreal longest = 0;
        for (const Row &row : std::as_const(panel.rows))
            longest = std::max<qreal>(longest, row.total());
        if (panel.kind == Panel::Kind::Bars && longest > 0)
            panel.axisMax = longest;
        const qsizetype column = columns.indexOf(panel.cell.left());
        panel.cell = QRectF(qreal(column) / columns.size(), panel.cell.top(), 1.0 / columns.size(),
                            panel.cell.height());
    }
    return room;
}

} // namespace colossus
