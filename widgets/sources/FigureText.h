#pragma once

#include "catalogue/Figure.h"

#include <QString>

namespace colossus {

class Catalogue;

// How figures read in the browser: values with their hedge and unit ("≈ 16,000 GPUs",
// "> 1,500 racks"), dates as dates, sources as "002 · zh". One place, so the table, the
// passage panel and the tests agree.
class FigureText {
public:
    // A number in English grouping, at most two decimals, no trailing zeros: "1,562.5".
    static QString number(double value);
    // The qualifier as a symbol where one exists ("about" -> "≈"), else the word itself.
    static QString qualifierSymbol(const QString &qualifier);
    // "2024-09-03" -> "3 Sep 2024", "2024-09" -> "Sep 2024", "2024" -> "2024".
    static QString date(const QString &isoDate);
    // The value as a reader should see it, with qualifier and unit.
    static QString value(const Figure &figure);
    // "002 · zh" for a reported figure, "derived" for a derived one.
    static QString sourceShort(const Catalogue &catalogue, const Figure &figure);
    // "002 · zh" for a document id.
    static QString documentShort(const Catalogue &catalogue, const QString &sourceId);
    // The derived figure's arithmetic with the inputs' values:
    // "gpus_built / gpus_per_rack = 100,000 / 64 = 1,562.5". Empty for reported figures.
    static QString arithmetic(const Catalogue &catalogue, const Figure &figure);
};

} // namespace colossus
