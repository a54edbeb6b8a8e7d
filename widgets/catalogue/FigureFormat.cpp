#include "catalogue/FigureFormat.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DerivedMark.h"
#include "language/Language.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>
#include <span>

namespace colossus::FigureFormat {
namespace {

QLocale &formatLocale() {
    static QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

// Languages that count large numbers in myriads (万, 億) rather than in thousands.
bool countsInMyriads() {
    const QLocale::Language language = formatLocale().language();
    return language == QLocale::Japanese || language == QLocale::Chinese;
}

// 1e6 -> "1 million", 6.5e9 -> "6.5 billion"; empty when the number has too many significant
// digits to read well that way, so the exact number is shown instead.
QString inWords(double value) {
    struct Scale {
        double factor;
        const char *word;
    };
    static constexpr Scale english[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
    static constexpr Scale german[] = {
        {1e12, "Billionen"}, {1e9, "Milliarden"}, {1e6, "Millionen"}};
    static constexpr Scale spanish[] = {
        {1e12, "billones"}, {1e9, "mil millones"}, {1e6, "millones"}};
    static constexpr Scale japanese[] = {{1e12, "兆"}, {1e8, "億"}, {1e4, "万"}};
    static constexpr Scale chinese[] = {{1e12, "万亿"}, {1e8, "亿"}, {1e4, "万"}};
    const QLocale::Language language = formatLocale().language();
    const std::span<const Scale> scales = language == QLocale::German     ? std::span(german)
                                          : language == QLocale::Spanish  ? std::span(spanish)
                                          : language == QLocale::Japanese ? std::span(japanese)
                                          : language == QLocale::Chinese  ? std::span(chinese)
                                                                          : std::span(english);
    for (const Scale &scale : scales) {
        const double scaled = std::abs(value) / scale.factor;
        if (scaled < 1.0)
            continue;
        const double rounded = std::round(scaled * 100.0) / 100.0;
        if (std::abs(rounded - scaled) > 1e-9 * scaled)
            return {};
        // "6 billion", "6 Milliarden"; "60億" without a space.
        return (value < 0 ? QStringLiteral("-") : QString()) + number(rounded) +
               (countsInMyriads() ? QString() : QStringLiteral(" ")) +
               QString::fromUtf8(scale.word);
    }
    return {};
}

// For the vague hedges: 1e9 -> "billion", 1e5 -> "hundred thousand"; empty if not a round
// magnitude.
QString magnitude(double value) {
    static const std::pair<double, const char *> names[] = {{1e3, "thousand"},
                                                            {1e5, "hundred thousand"},
                                                            {1e6, "million"},
                                                            {1e9, "billion"},
                                                            {1e12, "trillion"}};
    for (const auto &[v, name] : names) {
        if (std::abs(value - v) < 1e-6 * v)
            return QLatin1String(name);
    }
    return {};
}

// The reports' vague amounts in the interface language ("several billion", "数十億").
const char *const vagueAmounts[] = {
    QT_TRANSLATE_NOOP("FigureFormat", "several"),
    QT_TRANSLATE_NOOP("FigureFormat", "several thousand"),
    QT_TRANSLATE_NOOP("FigureFormat", "several hundred thousand"),
    QT_TRANSLATE_NOOP("FigureFormat", "several million"),
    QT_TRANSLATE_NOOP("FigureFormat", "several billion"),
    QT_TRANSLATE_NOOP("FigureFormat", "several trillion"),
    QT_TRANSLATE_NOOP("FigureFormat", "tens of thousands"),
    QT_TRANSLATE_NOOP("FigureFormat", "tens of hundred thousands"),
    QT_TRANSLATE_NOOP("FigureFormat", "tens of millions"),
    QT_TRANSLATE_NOOP("FigureFormat", "tens of billions"),
    QT_TRANSLATE_NOOP("FigureFormat", "tens of trillions"),
};

QString translatedVague(const QString &english) {
    for (const char *text : vagueAmounts) {
        if (english == QLatin1String(text))
            return QCoreApplication::translate("FigureFormat", text);
    }
    return english;
}

// "several billion", "tens of billions": the reports' vague amounts, never a made-up point.
QString vagueAmount(const Figure &figure) {
    if (figure.qualifier == u"several") {
        // "einigen Monaten", "为期数年": a count of units, not a magnitude ("several months").
        if (figure.value == 1.0)
            return translatedVague(QStringLiteral("several"));
        const QString m = magnitude(figure.value);
        return m.isEmpty() ? QString() : translatedVague(QStringLiteral("several ") + m);
    }
    if (figure.qualifier == u"tens of") {
        const QString m = magnitude(figure.value / 10);
        return m.isEmpty() ? QString() : translatedVague(QStringLiteral("tens of ") + m + u's');
    }
    return {};
}

// The catalogue's units in the interface language, plural and singular; symbols (MW, Gb/s,
// U) stay as they are.
const char *const unitNames[][2] = {
    {QT_TRANSLATE_NOOP("Unit", "GPUs"), QT_TRANSLATE_NOOP("Unit", "GPU")},
    {QT_TRANSLATE_NOOP("Unit", "chips"), QT_TRANSLATE_NOOP("Unit", "chip")},
    {QT_TRANSLATE_NOOP("Unit", "servers"), QT_TRANSLATE_NOOP("Unit", "server")},
    {QT_TRANSLATE_NOOP("Unit", "racks"), QT_TRANSLATE_NOOP("Unit", "rack")},
    {QT_TRANSLATE_NOOP("Unit", "groups"), QT_TRANSLATE_NOOP("Unit", "group")},
    {QT_TRANSLATE_NOOP("Unit", "power supplies"), QT_TRANSLATE_NOOP("Unit", "power supply")},
    {QT_TRANSLATE_NOOP("Unit", "generators"), QT_TRANSLATE_NOOP("Unit", "generator")},
    {QT_TRANSLATE_NOOP("Unit", "homes"), QT_TRANSLATE_NOOP("Unit", "home")},
    {QT_TRANSLATE_NOOP("Unit", "cities"), QT_TRANSLATE_NOOP("Unit", "city")},
    {QT_TRANSLATE_NOOP("Unit", "days"), QT_TRANSLATE_NOOP("Unit", "day")},
    {QT_TRANSLATE_NOOP("Unit", "weeks"), QT_TRANSLATE_NOOP("Unit", "week")},
    {QT_TRANSLATE_NOOP("Unit", "months"), QT_TRANSLATE_NOOP("Unit", "month")},
    {QT_TRANSLATE_NOOP("Unit", "years"), QT_TRANSLATE_NOOP("Unit", "year")},
    {QT_TRANSLATE_NOOP("Unit", "US gal/day"), QT_TRANSLATE_NOOP("Unit", "US gal/day")},
    {QT_TRANSLATE_NOOP("Unit", "TWh/year"), QT_TRANSLATE_NOOP("Unit", "TWh/year")},
};

// An amount and its unit: "3 months", "3か月", "3 Monate" (no space before a CJK unit).
QString withUnit(const QString &amount, const QString &unit) {
    if (unit.isEmpty())
        return amount;
    return unit.at(0).unicode() >= 0x3000 ? amount + unit : amount + u' ' + unit;
}

// "years" -> "year", "power supplies" -> "power supply", for a value of 1; "Gb/s" stays.
QString singular(const QString &unit) {
    static const QRegularExpression plural(QStringLiteral("^[a-z ]*[a-z]s$"));
    if (!plural.match(unit).hasMatch())
        return unit;
    return unit.endsWith(u"ies") ? unit.chopped(3) + u'y' : unit.chopped(1);
}

// The name of a document's language in the interface language (the "Language" context's
// translations); another language by its English name.
QString languageName(const QString &code) {
    static const char *const names[][2] = {{"en", QT_TRANSLATE_NOOP("Language", "English")},
                                           {"ja", QT_TRANSLATE_NOOP("Language", "Japanese")},
                                           {"zh", QT_TRANSLATE_NOOP("Language", "Chinese")},
                                           {"de", QT_TRANSLATE_NOOP("Language", "German")},
                                           {"es", QT_TRANSLATE_NOOP("Language", "Spanish")}};
    const QString base = code.section(u'_', 0, 0).section(u'-', 0, 0);
    for (const auto &[key, name] : names) {
        if (base == QLatin1String(key))
            return QCoreApplication::translate("Language", name);
    }
    const QLocale locale(code);
    return locale.language() == QLocale::C ? code : QLocale::languageToString(locale.language());
}

} // namespace

void setLocale(const QLocale &locale) {
    formatLocale() = locale;
}

QLocale locale() {
    return formatLocale();
}

QString dayText(const QDate &day) {
    switch (formatLocale().language()) {
    case QLocale::Japanese:
    case QLocale::Chinese:
        return formatLocale().toString(day, QStringLiteral("yyyy年M月d日"));
    case QLocale::German:
        return formatLocale().toString(day, QStringLiteral("d. MMMM yyyy"));
    case QLocale::Spanish:
        return formatLocale().toString(day, QStringLiteral("d 'de' MMMM 'de' yyyy"));
    default:
        return formatLocale().toString(day, QStringLiteral("d MMM yyyy"));
    }
}

QString monthText(const QDate &firstOfMonth) {
    switch (formatLocale().language()) {
    case QLocale::Japanese:
    case QLocale::Chinese:
        return formatLocale().toString(firstOfMonth, QStringLiteral("yyyy年M月"));
    case QLocale::German:
        return formatLocale().toString(firstOfMonth, QStringLiteral("MMMM yyyy"));
    case QLocale::Spanish:
        return formatLocale().toString(firstOfMonth, QStringLiteral("MMMM 'de' yyyy"));
    default:
        return formatLocale().toString(firstOfMonth, QStringLiteral("MMM yyyy"));
    }
}

QString number(double value, int maxDecimals) {
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const double rounded = std::round(value);
    // Beyond 2^53 a double holds no fraction anyway; beyond qint64 the cast would be undefined.
    if (std::abs(rounded) >= 0x1p53)
        return QString::number(value, 'g', 6);
    if (std::abs(value - rounded) < 1e-9 || maxDecimals <= 0)
        return formatLocale().toString(qint64(rounded));
    QString text = formatLocale().toString(value, 'f', maxDecimals);
    const QString point = formatLocale().decimalPoint();
    while (text.contains(point) && (text.endsWith(u'0') || text.endsWith(point)))
        text.chop(1);
    return text;
}

QString unitName(const QString &unit, bool one) {
    for (const auto &[plural, single] : unitNames) {
        if (unit == QLatin1String(plural))
            return QCoreApplication::translate("Unit", one ? single : plural);
    }
    return one ? singular(unit) : unit;
}

QString unitSuffix(const QString &unit, bool one) {
    return withUnit(QString(), unitName(unit, one));
}

QString qualifierSign(const QString &qualifier) {
    if (qualifier == u"about" || qualifier == u"almost")
        return QStringLiteral("≈");
    if (qualifier == u"more than")
        return QStringLiteral(">");
    if (qualifier == u"at least")
        return QStringLiteral("≥");
    if (qualifier == u"up to")
        return QStringLiteral("≤");
    if (qualifier == u"range")
        return {}; // shown as "7–8"
    if (qualifier == u"several")
        return QCoreApplication::translate("FigureFormat", "several");
    if (qualifier == u"tens of")
        return QCoreApplication::translate("FigureFormat", "tens of");
    return qualifier; // "by" and "before" read with the date: hedge()
}

// The amount with its hedge in words or as a sign: "≈ 16,000 GPUs", "by fall 2025",
// "2025年秋までに".
static QString hedge(const QString &qualifier, const QString &amount) {
    if (qualifier == u"by")
        return QCoreApplication::translate("FigureFormat", "by %1").arg(amount);
    if (qualifier == u"before")
        return QCoreApplication::translate("FigureFormat", "before %1").arg(amount);
    const QString sign = qualifierSign(qualifier);
    return sign.isEmpty() ? amount : sign + u' ' + amount;
}

QString season(const QString &isoDate) {
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{4}-(2[1-4])$)"));
    const QRegularExpressionMatch m = pattern.match(isoDate.trimmed());
    if (!m.hasMatch())
        return {};
    static const char *const names[] = {"spring", "summer", "fall", "winter"};
    return QLatin1String(names[m.captured(1).toInt() - 21]);
}

QString date(const QString &isoDate) {
    if (const QString name = season(isoDate); !name.isEmpty()) {
        // "fall 2025", "Herbst 2025", "otoño de 2025", "2025年秋"
        const QString year = isoDate.trimmed().left(4);
        const int index = isoDate.trimmed().mid(5).toInt() - 21;
        switch (formatLocale().language()) {
        case QLocale::Japanese:
            return year + u'年' + QString(u"春夏秋冬"_qs.at(index));
        case QLocale::Chinese:
            return year + u'年' + QString(u"春夏秋冬"_qs.at(index)) + u'季';
        case QLocale::German: {
            static const char *const names[] = {"Frühjahr", "Sommer", "Herbst", "Winter"};
            return QString::fromUtf8(names[index]) + u' ' + year;
        }
        case QLocale::Spanish: {
            static const char *const names[] = {"primavera", "verano", "otoño", "invierno"};
            return QString::fromUtf8(names[index]) + u" de "_qs + year;
        }
        default:
            return name + u' ' + year;
        }
    }
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?$)"));
    const QRegularExpressionMatch m = pattern.match(isoDate.trimmed());
    if (!m.hasMatch() || m.captured(2).isEmpty())
        return isoDate.trimmed();
    const int year = m.captured(1).toInt(), month = m.captured(2).toInt();
    if (m.captured(3).isEmpty()) {
        const QDate first(year, month, 1);
        return first.isValid() ? monthText(first) : isoDate;
    }
    const QDate day(year, month, m.captured(3).toInt());
    if (!day.isValid())
        return isoDate;
    QString text = dayText(day);
    if (!m.captured(4).isEmpty())
        text += u' ' + m.captured(4);
    return text;
}

QString value(const Figure &figure) {
    QString amount;
    bool marked = false; // a derived number's mark follows the number: "1,562.5 ƒ racks"
    if (figure.isDate()) {
        amount = figure.asOf.isEmpty() ? dayText(QDate(1970, 1, 1).addDays(qint64(figure.value)))
                                       : date(figure.asOf);
    } else if (const QString vague = vagueAmount(figure); !vague.isEmpty()) {
        amount = figure.unit == u"USD" ? QStringLiteral("US$ ") + vague
                                       : withUnit(vague, unitName(figure.unit, false));
        const QString note = statusNote(figure);
        return DerivedMark::forFigure(
            figure, note.isEmpty() ? amount : amount + QStringLiteral(" (") + note + u')');
    } else {
        // A fraction ("一半", "1/20") reads as a percentage: "50%", "≈ 5%".
        const bool fraction = figure.unit == u"fraction";
        const double shown = fraction ? figure.value * 100.0 : figure.value;
        const QString words = inWords(shown);
        amount = words.isEmpty() ? number(shown) : words;
        if (figure.isRange()) // "七八个": "7–8 cities"
            amount = number(fraction ? figure.low * 100.0 : figure.low) + u'–' + amount;
        if (figure.unit == u"USD")
            amount = QStringLiteral("US$ ") + amount;
        else if (figure.unit == u"%" || fraction)
            amount += u'%';
        else if (figure.unit == u"×")
            amount += u'×';
        else if (!figure.unit.isEmpty()) {
            amount = withUnit(DerivedMark::forFigure(figure, amount),
                              unitName(figure.unit, shown == 1.0));
            marked = true;
        }
    }
    QString text = hedge(figure.qualifier, amount);
    if (const QString note = statusNote(figure); !note.isEmpty())
        text += QStringLiteral(" (") + note + u')';
    return marked ? text : DerivedMark::forFigure(figure, text);
}

QString statusNote(const Figure &figure) {
    if (figure.status == u"estimate")
        return QCoreApplication::translate("FigureFormat", "estimated");
    if (figure.status == u"plan")
        return QCoreApplication::translate("FigureFormat", "planned");
    if (figure.status == u"claim")
        return QCoreApplication::translate("FigureFormat", "claimed by %1").arg(figure.claimedBy);
    return {};
}

QString hedged(const Figure &figure, double shownValue, const QString &unitSuffix,
               const QString &amountPattern) {
    const QString sign = qualifierSign(figure.qualifier);
    // The mark follows the number, before a unit ("800 ƒ Gb/s"), after a sign ("25% ƒ").
    const bool unitAfter = unitSuffix.startsWith(u' ');
    QString amount = number(shownValue);
    if (figure.isRange() && figure.value != 0.0) // the low end, scaled like the value
        amount = number(figure.low * shownValue / figure.value) + u'–' + amount;
    QString text = amountPattern.arg(amount);
    if (unitAfter)
        text = DerivedMark::forFigure(figure, text);
    text += unitSuffix;
    if (figure.qualifier == u"by" || figure.qualifier == u"before")
        text = hedge(figure.qualifier, text);
    else if (!sign.isEmpty())
        text = sign.size() == 1 ? sign + text : sign + u' ' + text;
    if (figure.status == u"estimate")
        text += QStringLiteral(" (") + QCoreApplication::translate("FigureFormat", "est.") + u')';
    else if (figure.status == u"plan")
        text += QStringLiteral(" (") + QCoreApplication::translate("FigureFormat", "plan") + u')';
    else if (figure.status == u"claim")
        text += QStringLiteral(" (") + QCoreApplication::translate("FigureFormat", "claim") + u')';
    return unitAfter ? text : DerivedMark::forFigure(figure, text);
}

QString documentShort(const Catalogue &catalogue, const QString &sourceId) {
    const qsizetype underscore = sourceId.indexOf(u'_');
    QString text = underscore > 0 ? sourceId.left(underscore) : sourceId;
    if (const SourceDocument *doc = catalogue.source(sourceId); doc && !doc->languages.isEmpty())
        text += QStringLiteral(" · ") + doc->languages.join(u'/');
    return text;
}

QString sourceShort(const Catalogue &catalogue, const Figure &figure) {
    return figure.isDerived() ? QCoreApplication::translate("FigureFormat", "derived")
                              : documentShort(catalogue, figure.source);
}

QString documentName(const Catalogue &catalogue, const QString &sourceId) {
    const SourceDocument *doc = catalogue.source(sourceId);
    if (!doc)
        return sourceId;
    QStringList languages;
    for (const QString &code : doc->languages)
        languages << languageName(code);
    QString name =
        QCoreApplication::translate("FigureFormat", "%1 report").arg(languages.join(u'/'));
    if (!doc->date.isEmpty())
        name += QStringLiteral(", ") + doc->date;
    return name;
}

QString documentTitle(const Catalogue &catalogue, const QString &sourceId) {
    const SourceDocument *doc = catalogue.source(sourceId);
    if (!doc)
        return sourceId;
    QStringList parts;
    // Beside the headline, ours only where the reader does not read the headline's language.
    const QString translation = doc->title.isEmpty()
                                    ? doc->titleTranslation()
                                    : doc->titleTranslations.translationFor(doc->languages);
    if (!doc->title.isEmpty())
        parts << (translation.isEmpty() ? QStringLiteral("“%1”").arg(doc->title)
                                        : QStringLiteral("“%1” (%2)").arg(doc->title, translation));
    else if (!translation.isEmpty())
        parts << translation;
    if (!doc->publisher.isEmpty())
        parts << doc->publisher;
    QStringList languages;
    for (const QString &code : doc->languages)
        languages << languageName(code);
    if (!languages.isEmpty())
        parts << languages.join(u'/');
    if (!doc->date.isEmpty())
        parts << (doc->dateIs.isEmpty()
                      ? QCoreApplication::translate("FigureFormat", "dated %1").arg(doc->date)
                      : QCoreApplication::translate("FigureFormat", "dated %1 (%2)")
                            .arg(doc->date, doc->dateIs.text()));
    else if (!doc->writtenAsOf.isEmpty())
        parts << QCoreApplication::translate("FigureFormat", "written %1")
                     .arg(date(doc->writtenAsOf));
    parts << QCoreApplication::translate("FigureFormat", "file %1").arg(doc->id);
    return parts.join(QStringLiteral(", "));
}

QString arithmetic(const Catalogue &catalogue, const Figure &figure) {
    if (!figure.isDerived() || figure.formula.isEmpty())
        return {};
    static const QRegularExpression identifier(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    QString numbers;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : identifier.globalMatch(figure.formula)) {
        numbers += figure.formula.mid(last, m.capturedStart() - last);
        const Figure *input = catalogue.figure(m.capturedView());
        numbers += input ? number(input->value) : m.captured();
        last = m.capturedEnd();
    }
    numbers += figure.formula.mid(last);
    return figure.formula + QStringLiteral(" = ") + numbers + QStringLiteral(" = ") +
           number(figure.value);
}

QString passageStart(const QString &text, int maxChars) {
    const QString simplified = text.simplified();
    if (simplified.size() <= maxChars)
        return simplified;
    int cut = maxChars;
    // Latin text breaks at a space; CJK text has none and may break anywhere.
    const int space = int(simplified.lastIndexOf(u' ', maxChars));
    if (space > maxChars * 2 / 3)
        cut = space;
    return simplified.left(cut) + QStringLiteral("…");
}

QString passageHtml(const Catalogue &catalogue, const QString &sourceId, const QString &quote,
                    int maxChars) {
    const SourceDocument *document = catalogue.source(sourceId);
    return QStringLiteral("<span style=\"font-family: %1;\">“%2”</span>")
        .arg(Language::passageCssFamily(document ? document->languages : QStringList()),
             passageStart(quote, maxChars).toHtmlEscaped());
}

QString bare(const Figure &figure) {
    if (figure.isDate())
        return date(figure.asOf);
    if (figure.unit == u"fraction")
        return number(figure.value * 100.0, 1) + u'%';
    if (figure.unit == u"%")
        return number(figure.value, 1) + u'%';
    return number(figure.value, std::abs(figure.value) < 1 ? 3 : 1);
}

QString fillIn(const Catalogue &catalogue, const QString &text) {
    static const QRegularExpression placeholder(
        QStringLiteral(R"(\{([A-Za-z0-9_]+)(?::(value|written))?\})"));
    QString result;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text)) {
        result += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const Figure *figure = catalogue.figure(m.capturedView(1));
        if (!figure)
            result += m.captured();
        else if (m.capturedView(2) == u"value")
            result += value(*figure);
        else if (m.capturedView(2) == u"written")
            result += figure->written;
        else
            result += DerivedMark::forFigure(*figure, bare(*figure));
        if (figure && last < text.size() && text.at(last) == u' ') {
            result += QChar(0x00a0);
            ++last;
        }
    }
    return result + text.mid(last);
}

QString toolTip(const Catalogue &catalogue, const Figure &figure) {
    QString tip = QStringLiteral("<b>%1</b>: %2")
                      .arg(figure.label().toHtmlEscaped(), value(figure).toHtmlEscaped());
    if (figure.isDerived())
        return DerivedMark::toolTip(catalogue, figure);
    tip += u"<br>"_qs + QCoreApplication::translate("FigureFormat", "Source: %1 (%2)")
                            .arg(figure.source.toHtmlEscaped(),
                                 documentName(catalogue, figure.source).toHtmlEscaped());
    if (!figure.quote.isEmpty())
        tip += u"<br>"_qs + passageHtml(catalogue, figure.source, figure.quote);
    if (const QString translation = catalogue.translationOf(figure.source, figure.translations);
        !translation.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(passageStart(translation, 140).toHtmlEscaped());
    return tip;
}

} // namespace colossus::FigureFormat
