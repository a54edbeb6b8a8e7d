#include "sources/FigureText.h"

#include "catalogue/Catalogue.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace colossus {

namespace {

QLocale english() {
    QLocale locale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

// "1,562.50" -> "1,562.5", "64.00" -> "64"
QString stripZeros(QString text) {
    if (!text.contains(u'.'))
        return text;
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// 1000000 -> "1 million", 6.5e9 -> "6.5 billion"; empty when the number does not read well
// that way (too many significant digits), so the exact number is shown instead.
QString inWords(double value) {
    struct Scale {
        double factor;
        const char16_t *word;
    };
    static constexpr Scale scales[] = {{1e12, u"trillion"}, {1e9, u"billion"}, {1e6, u"million"}};
    for (const Scale &scale : scales) {
        const double scaled = std::abs(value) / scale.factor;
        if (scaled < 1.0)
            continue;
        const double rounded = std::round(scaled * 100.0) / 100.0;
        if (std::abs(rounded - scaled) > 1e-9 * scaled)
            return {};
        return (value < 0 ? QStringLiteral("-") : QString()) + FigureText::number(rounded) + u' ' +
               QString::fromUtf16(scale.word);
    }
    return {};
}

// "ten", "hundred", "thousand", ... for an exact power of ten from 10 to 10^12; empty otherwise.
QString powerOfTenWords(double value) {
    static const char16_t *const words[] = {u"",         u"ten",          u"hundred",
                                            u"thousand", u"ten thousand", u"hundred thousand",
                                            u"million",  u"ten million",  u"hundred million",
                                            u"billion",  u"ten billion",  u"hundred billion",
                                            u"trillion"};
    for (int exponent = 1; exponent <= 12; ++exponent) {
        if (std::abs(value - std::pow(10.0, exponent)) < 1e-9 * value)
            return QString::fromUtf16(words[exponent]);
    }
    return {};
}

// "several" + 100,000 -> "several hundred thousand"; "tens of" + 10^10 -> "tens of billions".
// Empty when the qualifier is not one of these or the value is not a power of ten.
QString vagueAmount(const QString &qualifier, double value) {
    const QString q = qualifier.trimmed().toLower();
    if (q == u"several" || q == u"a few") {
        const QString words = powerOfTenWords(value);
        return words.isEmpty() ? QString() : q + u' ' + words;
    }
    for (const auto &[name, factor] :
         {std::pair{u"tens of", 10.0}, std::pair{u"hundreds of", 100.0},
          std::pair{u"thousands of", 1000.0}}) {
        if (q != QStringView(name))
            continue;
        const QString words = powerOfTenWords(value / factor);
        if (words.isEmpty() || words.contains(u' '))
            return {};
        return q + u' ' + words + u's';
    }
    return {};
}

// "years" -> "year", "power supplies" -> "power supply"; units such as "Gb/s" stay.
QString singular(const QString &unit) {
    static const QRegularExpression plural(QStringLiteral("^[a-z ]*[a-z]s$"));
    if (!plural.match(unit).hasMatch())
        return unit;
    if (unit.endsWith(u"ies"))
        return unit.chopped(3) + u'y';
    return unit.chopped(1);
}

} // namespace

QString FigureText::number(double value) {
    if (!std::isfinite(value))
        return QStringLiteral("—");
    return stripZeros(english().toString(value, 'f', 2));
}

QString FigureText::qualifierSymbol(const QString &qualifier) {
    const QString q = qualifier.trimmed().toLower();
    if (q.isEmpty())
        return {};
    // "almost" and "nearly" stay words: they say which side of the number the truth lies.
    if (q == u"about" || q == u"approximately" || q == u"around" || q == u"roughly" ||
        q == u"approx." || q == u"~")
        return QStringLiteral("≈");
    if (q == u"more than" || q == u"over" || q == u"above" || q == u">")
        return QStringLiteral(">");
    if (q == u"at least" || q == u"≥")
        return QStringLiteral("≥");
    if (q == u"less than" || q == u"under" || q == u"below" || q == u"<")
        return QStringLiteral("<");
    if (q == u"up to" || q == u"at most" || q == u"≤")
        return QStringLiteral("≤");
    return qualifier.trimmed();
}

QString FigureText::date(const QString &isoDate) {
    const QString text = isoDate.trimmed();
    const QLocale locale = english();
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return text;
    const int year = match.captured(1).toInt();
    if (match.captured(2).isEmpty())
        return match.captured(1);
    const int month = match.captured(2).toInt();
    if (match.captured(3).isEmpty()) {
        const QDate first(year, month, 1);
        return first.isValid() ? locale.toString(first, QStringLiteral("MMM yyyy")) : text;
    }
    const QDate day(year, month, match.captured(3).toInt());
    if (!day.isValid())
        return text;
    QString result = locale.toString(day, QStringLiteral("d MMM yyyy"));
    if (!match.captured(4).isEmpty())
        result += u' ' + match.captured(4);
    return result;
}

QString FigureText::value(const Figure &figure) {
    if (figure.isDate()) {
        const QString day =
            figure.asOf.isEmpty()
                ? english().toString(QDate(1970, 1, 1).addDays(qint64(figure.value)),
                                     QStringLiteral("d MMM yyyy"))
                : date(figure.asOf);
        const QString qualifier = qualifierSymbol(figure.qualifier);
        return qualifier.isEmpty() ? day : qualifier + u' ' + day;
    }

    const QString unit = figure.unit.trimmed();
    const bool percent = unit == u"fraction" || unit == u"%";
    const double value = unit == u"fraction" ? figure.value * 100.0 : figure.value;

    // "数十万" is stored as 100,000 with the qualifier "several": it reads "several hundred
    // thousand", not "several 100,000".
    QString amount = vagueAmount(figure.qualifier, value);
    const bool vague = !amount.isEmpty();
    if (!vague) {
        const QString words = inWords(value);
        amount = words.isEmpty() ? number(value) : words;
    }

    if (unit == u"USD" || unit == u"$" || unit == u"US$")
        amount = QStringLiteral("US$ ") + amount;
    else if (percent)
        amount += vague ? QStringLiteral(" %") : QStringLiteral("%");
    else if (unit == u"×")
        amount += vague ? QStringLiteral(" times") : QStringLiteral("×");
    else if (!unit.isEmpty())
        amount += u' ' + (value == 1.0 && !vague ? singular(unit) : unit);

    if (vague)
        return amount;
    const QString qualifier = qualifierSymbol(figure.qualifier);
    return qualifier.isEmpty() ? amount : qualifier + u' ' + amount;
}

QString FigureText::documentShort(const Catalogue &catalogue, const QString &sourceId) {
    const qsizetype underscore = sourceId.indexOf(u'_');
    QString result = underscore > 0 ? sourceId.left(underscore) : sourceId;
    if (const SourceDocument *document = catalogue.source(sourceId);
        document && !document->languages.isEmpty())
        result += QStringLiteral(" · ") + document->languages.join(u'/');
    return result;
}

QString FigureText::sourceShort(const Catalogue &catalogue, const Figure &figure) {
    if (figure.isDerived())
        return QStringLiteral("derived");
    return documentShort(catalogue, figure.source);
}

QString FigureText::arithmetic(const Catalogue &catalogue, const Figure &figure) {
    if (!figure.isDerived() || figure.formula.isEmpty())
        return {};
    static const QRegularExpression identifier(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    QString numbers;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : identifier.globalMatch(figure.formula)) {
        numbers += figure.formula.mid(last, match.capturedStart() - last);
        const Figure *input = catalogue.figure(match.capturedView());
        numbers += input ? number(input->value) : match.captured();
        last = match.capturedEnd();
    }
    numbers += figure.formula.mid(last);
    return figure.formula + QStringLiteral(" = ") + numbers + QStringLiteral(" = ") +
           number(figure.value);
}

} // namespace colossus
