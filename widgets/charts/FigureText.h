#pragma once

#include <QString>

namespace colossus {

class Catalogue;
struct Figure;

// How the charts write a figure: numbers with the source's hedge kept ("≈16,000",
// "≥1,000,000 gal/day"), and the tooltip text that leads back to the passage.
namespace FigureText {

// "≈", "≥", ">", "≤" for the hedges that have a sign; empty otherwise.
QString qualifierSign(const QString &qualifier);

// A number with thousands separators and at most `decimals` decimals ("100,000", "2.9").
QString number(double value, int decimals = 1);

// The value as the charts print it, hedge included, e.g. "≈16,000" or "≥1,000,000".
// Hedges without a sign ("several", "tens of", "almost") are written out.
QString value(const Figure &figure, double shownValue, const QString &unitSuffix = {});

// The start of a passage, cut at a word or character boundary near maxChars.
QString passageStart(const QString &text, int maxChars = 90);

// Tooltip: label and value, reported/derived, the source document and the start of its
// passage with our translation (or the formula of a derived figure).
QString toolTip(const Catalogue &catalogue, const Figure &figure);

// A short name for a document: its language and date, e.g. "Chinese report, 2024-12-06".
QString documentName(const Catalogue &catalogue, const QString &sourceId);

} // namespace FigureText
} // namespace colossus
