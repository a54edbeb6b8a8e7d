#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace colossus {

class Catalogue;
struct Figure;

// How a figure reads everywhere (table, passage panel, charts, tooltips, command line,
// consistency checks): the interface language's number grouping, the source's hedge kept as
// a sign ("≈ 16,000 GPUs", "> 1,500 racks"), dates as dates. One place, so every view agrees.
namespace FigureFormat {

// The locale numbers and dates are written in: US English until the application chooses its
// language (Language::install sets it once, before any view exists). Tests set it explicitly.
void setLocale(const QLocale &locale);
QLocale locale();

// "22 Jul 2024" in English, "22. Juli 2024" in German, "2024年7月22日" in Japanese and
// Chinese; "Jul 2024", "Juli 2024", "2024年7月" for a month alone.
QString dayText(const QDate &day);
QString monthText(const QDate &firstOfMonth);

// Grouped as the locale does, at most maxDecimals decimals, no trailing zeros: "1,562.5",
// "100,000".
QString number(double value, int maxDecimals = 2);

// A catalogue unit in the interface language: "months" -> "Monate", "か月"; with one, the
// singular ("month"). Symbols ("MW", "Gb/s") come back unchanged.
QString unitName(const QString &unit, bool one = false);

// unitName() as it follows a number: " weeks", " Wochen", "週間" (no space before a CJK unit).
QString unitSuffix(const QString &unit, bool one = false);

// "≈", ">", "≥", "≤" for hedges that have a sign; the hedge's words otherwise ("several",
// "tens of"); empty when there is none.
QString qualifierSign(const QString &qualifier);

// "2024-07-22" -> "22 Jul 2024", "2024-03" -> "Mar 2024", "2024" -> "2024",
// "2024-07-22T04:20" -> "22 Jul 2024 04:20"; a season (ISO 8601-2: 21 spring .. 24 winter)
// "2025-23" -> "fall 2025".
QString date(const QString &isoDate);

// "fall" for "2025-23", "summer" for "2025-22"; empty when asOf names no season.
QString season(const QString &isoDate);

// The value as a reader should see it, hedge and unit included: "≈ 16,000 GPUs",
// "US$ 6 billion", "19%", "22 Jul 2024 04:20"; a derived figure's ends in DerivedMark's "ƒ".
QString value(const Figure &figure);

// What kind of statement the figure is, in words: "estimated", "planned", "claimed by Elon
// Musk"; empty for a plain report. value() adds it in parentheses.
QString statusNote(const Figure &figure);

// A value of the figure's kind with its hedge, for a scaled value on a chart: "≈16,000",
// "7–8", "≤150 (est.)"; a derived figure's carries DerivedMark's "ƒ". amountPattern puts the
// number into words around it ("$%1B" gives "≈$11B"): the hedge stays in front and the status
// behind.
QString hedged(const Figure &figure, double shownValue, const QString &unitSuffix = {},
               const QString &amountPattern = QStringLiteral("%1"));

// "002 · zh" for a document; "derived" for a derived figure.
QString documentShort(const Catalogue &catalogue, const QString &sourceId);
QString sourceShort(const Catalogue &catalogue, const Figure &figure);

// "Chinese report, 2024-12-06".
QString documentName(const Catalogue &catalogue, const QString &sourceId);

// A report as people cite it: headline as written, our translation, outlet, language, date
// and what that date is: "“全球最大超算中心开始运转…” (The world's largest …), sicmodule.kub2b.com,
// Chinese, dated 2024-12-06 (the date of the page that republishes it; …)". A report without
// a headline is named by our description in brackets.
QString documentTitle(const Catalogue &catalogue, const QString &sourceId);

// "gpus_built / gpus_per_rack = 100,000 / 64 = 1,562.5"; empty for reported figures.
QString arithmetic(const Catalogue &catalogue, const Figure &figure);

// The start of a passage, cut near maxChars at a space (Latin) or anywhere (CJK), with "…".
QString passageStart(const QString &text, int maxChars = 90);

// passageStart() of a quote from sourceId as rich text, in quotation marks and in the font of
// the report's language (Han characters in Chinese or Japanese forms).
QString passageHtml(const Catalogue &catalogue, const QString &sourceId, const QString &quote,
                    int maxChars = 90);

// The value as prose shows it, without hedge or unit: "100,000", "3.6", "5%" (fractions as
// percentages), "22 Jul 2024 04:20", "fall 2025".
QString bare(const Figure &figure);

// Text with the catalogue's values put in, so prose never types a figure: "{id}" becomes
// bare() (with DerivedMark's "ƒ" for a derived figure), "{id:value}" the value with hedge and unit,
// "{id:written}" the figure as the report writes it. A space after a placeholder becomes a no-break
// space, so "3.9 MWh" stays on one line. Unknown ids stay as written.
QString fillIn(const Catalogue &catalogue, const QString &text);

// Rich-text tooltip: label and value, the document and the start of the passage with our
// translation, or the arithmetic of a derived figure.
QString toolTip(const Catalogue &catalogue, const Figure &figure);

} // namespace FigureFormat
} // namespace colossus
