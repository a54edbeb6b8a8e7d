#pragma once

#include "catalogue/Catalogue.h"
#include "catalogue/FigureFormat.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <cmath>
#include <optional>

// Issue 8: every number a user can see comes from a figure the text cites, or is derived with
// its arithmetic shown, or belongs to a short, reviewed list of names and indices. This class
// finds the numbers in a text that do neither.
//
// A number is accepted when
//  - it is a rendering of a cited figure: its value, rounded, as a percentage, in billions or
//    millions, in thousands (Tb/s as Gb/s, GW as MW), converted to days, one over a fraction,
//    a part of its date, or a number inside the figure as the source writes it;
//  - it is the result of arithmetic printed in the same clause ("100,000 ÷ 8 = 12,500",
//    "12,500 ÷ 8 = 1,562.5 → 1,563") whose operands are accepted and whose result is right;
//  - it is one of the reviewed extras: unit conversion constants, element indices ("Group 12",
//    "PSU 2"), and, where the caller says so, counts of the drawn layout in a text marked
//    partial or derived.
class ShownNumbers {
public:
    ShownNumbers(const colossus::Catalogue &catalogue, const QStringList &citedIds)
        : m_catalogue(catalogue) {
        for (const QString &id : citedIds) {
            if (const colossus::Figure *f = catalogue.figure(id))
                addFigure(*f);
        }
        // Unit conversions the app prints ("1 week = 7 days", "1 Tb/s = 1,000 Gb/s").
        for (double c : {1.0, 7.0, 30.44, 365.25, 1000.0, 100.0})
            m_accepted << c;
    }

    // Counts of the drawn layout (GPUs in the last group, racks drawn): accepted only in a
    // text that marks them as partial or derived.
    void addLayoutCounts(const QList<double> &counts) { m_layout << counts; }
    // The dates of the documents (export footers name them).
    void addDocumentDates() {
        for (const colossus::SourceDocument &d : m_catalogue.sources()) {
            const QDate date = QDate::fromString(d.date, Qt::ISODate);
            if (date.isValid())
                m_accepted << date.year() << date.month() << date.day();
        }
    }

    // The numbers in text that nothing supports, as written.
    QStringList unsupported(QString text) const {
        // Names with digits in them are not numbers.
        static const QRegularExpression names(QStringLiteral(
            R"(\b\d{3}_[0-9a-f]{16}\.txt\b|\bGrok[ -]?\d(\.\d)?V?\b|\b3-phase\b|\breports? \d{3}\b|)"
            R"(\b\d{3}(?= · [a-z]{2}\b)|)"
            R"(\b(Group|Rack|Server|GPU|PSU|step|Step|group|rack|server|gpu)[ /]\d+\b)"));
        const bool marked = text.contains(u"partial") || text.contains(u"part full") ||
                            text.contains(u"derived") || text.contains(u"empty") ||
                            text.contains(u"no rack");
        // Element indices are accepted as operands too ("Group 195").
        QList<double> indices;
        for (const QRegularExpressionMatch &m : names.globalMatch(text)) {
            static const QRegularExpression digits(QStringLiteral(R"(\d+$)"));
            const QRegularExpressionMatch d = digits.match(m.captured());
            if (d.hasMatch() && m.captured(2).size() > 0)
                indices << d.captured().toDouble();
        }
        text.replace(names, QStringLiteral("#"));

        QList<double> accepted = m_accepted + indices;
        if (marked)
            accepted << m_layout;
        acceptArithmetic(text, accepted);

        QStringList out;
        for (const QRegularExpressionMatch &m : numberPattern().globalMatch(text)) {
            const double v = parse(m.captured());
            if (!contains(accepted, v))
                out << m.captured();
        }
        return out;
    }

private:
    static const QRegularExpression &numberPattern() {
        // As TourText::typedNumbers: digits that continue a word (H100, GPT-4, CX8) are names.
        static const QRegularExpression pattern(QStringLiteral(
            R"((?<![A-Za-z0-9_])(?<![A-Za-z]-)\d[\d,.]*\d|(?<![A-Za-z0-9_])(?<![A-Za-z]-)\d)"));
        return pattern;
    }

    static double parse(QString number) {
        number.remove(u',');
        while (number.endsWith(u'.'))
            number.chop(1);
        return number.toDouble();
    }

    static bool contains(const QList<double> &values, double v, double tolerance = 1e-9) {
        for (double a : values) {
            if (std::abs(a - v) <= tolerance * std::max(1.0, std::abs(a)))
                return true;
        }
        return false;
    }

    void addValue(double v) {
        m_accepted << v;
        for (int decimals = 0; decimals <= 2; ++decimals) {
            const double scale = std::pow(10.0, decimals);
            m_accepted << std::round(v * scale) / scale;
        }
    }

    void addFigure(const colossus::Figure &f) {
        static const QRegularExpression parts(QStringLiteral(R"(\d+)"));
        for (const QRegularExpressionMatch &m : parts.globalMatch(f.asOf))
            m_accepted << m.captured().toDouble(); // "as of 22 Jul 2024"
        if (f.isDate())
            return;
        const double v = f.value;
        addValue(v);
        if (f.unit == u"fraction") {
            addValue(v * 100);
            if (v != 0)
                addValue(1 / v);
        }
        for (double scale : {1e3, 1e6, 1e9, 1e12})
            addValue(v / scale);
        addValue(v * 1000);
        if (f.unit.startsWith(u"week"))
            addValue(v * 7);
        if (f.unit.startsWith(u"month"))
            addValue(v * 30.44);
        if (f.unit.startsWith(u"year"))
            addValue(v * 365.25);
        // "2.4 万", "1/20", "10万基以上": numbers as the source writes them.
        static const QRegularExpression digits(QStringLiteral(R"(\d[\d,.]*)"));
        for (const QRegularExpressionMatch &m : digits.globalMatch(f.written))
            m_accepted << parse(m.captured());
    }

    // Clauses with "=": the result is accepted when the operands are and the sum is right.
    static void acceptArithmetic(const QString &text, QList<double> &accepted) {
        static const QRegularExpression clauses(QStringLiteral(R"([·;:()\n]|, |—)"));
        for (int pass = 0; pass < 2; ++pass) { // a result may feed a later clause
            for (const QString &clause : text.split(clauses)) {
                if (!clause.contains(u'='))
                    continue;
                const QStringList sides = clause.split(u'=');
                for (int i = 0; i + 1 < sides.size(); ++i) {
                    const std::optional<double> left = evaluate(sides[i], accepted);
                    if (!left)
                        continue;
                    // The right side starts with the result, perhaps rounded up ("→").
                    static const QRegularExpression result(QStringLiteral(
                        R"(^\s*≈?\s*(\d[\d,.]*\d|\d)(?:\s*(\w|/|\s)*?\s*→\s*(\d[\d,.]*\d|\d))?)"));
                    const QRegularExpressionMatch m = result.match(sides[i + 1]);
                    if (!m.hasMatch())
                        continue;
                    const QString written = m.captured(1);
                    const qsizetype dot = written.indexOf(u'.');
                    const int decimals = dot < 0 ? 0 : int(written.size() - dot - 1);
                    const double shown = parse(written);
                    if (std::abs(shown - *left) > 0.5 * std::pow(10.0, -decimals) + 1e-9)
                        continue;
                    accepted << shown;
                    if (!m.captured(3).isEmpty() && parse(m.captured(3)) == std::ceil(shown))
                        accepted << parse(m.captured(3));
                }
            }
        }
    }

    // "100,000 ÷ 8" or "8 × 4U servers + 7 × 1U manifolds + 4U pump unit": numbers and
    // operators, words in between ignored; nullopt unless every number is accepted.
    static std::optional<double> evaluate(const QString &side, const QList<double> &accepted) {
        static const QRegularExpression token(
            QStringLiteral(R"((?<![A-Za-z0-9_])(?<![A-Za-z]-)(\d[\d,.]*\d|\d)|([×÷+−*]))"));
        QList<double> terms; // sums of products
        double product = 0;
        QChar pending = u'+';
        QChar productOp;
        bool any = false;
        bool expectNumber = true;
        for (const QRegularExpressionMatch &m : token.globalMatch(side)) {
            if (!m.captured(1).isEmpty()) {
                if (!expectNumber)
                    return std::nullopt; // two numbers without an operator: not arithmetic
                const double v = parse(m.captured(1));
                if (!contains(accepted, v))
                    return std::nullopt;
                if (productOp.isNull())
                    product = v;
                else if (productOp == u'÷')
                    product /= v;
                else
                    product *= v;
                productOp = QChar();
                any = true;
                expectNumber = false;
            } else {
                const QChar op = m.captured(2).at(0);
                if (expectNumber)
                    return std::nullopt;
                if (op == u'×' || op == u'*' || op == u'÷') {
                    productOp = op;
                } else {
                    terms << (pending == u'−' ? -product : product);
                    pending = op;
                }
                expectNumber = true;
            }
        }
        if (!any || expectNumber)
            return std::nullopt;
        terms << (pending == u'−' ? -product : product);
        if (terms.size() == 1 && side.count(QRegularExpression(QStringLiteral("[×÷+−*]"))) == 0)
            return std::nullopt; // a bare number is not arithmetic
        double sum = 0;
        for (double t : terms)
            sum += t;
        return sum;
    }

    const colossus::Catalogue &m_catalogue;
    QList<double> m_accepted;
    QList<double> m_layout;
};
