#include "charts/FigureText.h"

#include "catalogue/Catalogue.h"

#include <QLocale>

namespace colossus::FigureText {

QString qualifierSign(const QString &qualifier) {
    if (qualifier == u"about")
        return QStringLiteral("≈");
    if (qualifier == u"at least")
        return QStringLiteral("≥");
    if (qualifier == u"more than")
        return QStringLiteral(">");
    if (qualifier == u"up to")
        return QStringLiteral("≤");
    return {};
}

QString number(double value, int decimals) {
    QLocale locale(QLocale::English, QLocale::UnitedStates);
    const double rounded = std::round(value);
    if (std::abs(value - rounded) < 1e-9 || decimals <= 0)
        return locale.toString(qint64(rounded));
    QString text = locale.toString(value, 'f', decimals);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    return text;
}

QString value(const Figure &figure, double shownValue, const QString &unitSuffix) {
    const QString sign = qualifierSign(figure.qualifier);
    QString text = number(shownValue, 2) + unitSuffix;
    if (!sign.isEmpty())
        return sign + text;
    if (!figure.qualifier.isEmpty())
        return figure.qualifier + u' ' + text;
    return text;
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

static QString languageName(const QString &code) {
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    return QLocale::languageToString(locale.language());
}

QString documentName(const Catalogue &catalogue, const QString &sourceId) {
    const SourceDocument *doc = catalogue.source(sourceId);
    if (!doc)
        return sourceId;
    QStringList languages;
    for (const QString &code : doc->languages)
        languages << languageName(code);
    QString name = languages.join(u'/') + QStringLiteral(" report");
    if (!doc->date.isEmpty())
        name += QStringLiteral(", ") + doc->date;
    return name;
}

QString toolTip(const Catalogue &catalogue, const Figure &figure) {
    QString unit = figure.unit;
    QString shown = value(figure, figure.value);
    if (figure.isDate())
        shown = figure.asOf;
    else if (!unit.isEmpty())
        shown += u' ' + unit;
    QString tip =
        QStringLiteral("<b>%1</b>: %2").arg(figure.label.toHtmlEscaped(), shown.toHtmlEscaped());
    if (figure.isDerived()) {
        tip += QStringLiteral("<br><i>Derived</i>: %1").arg(figure.formula.toHtmlEscaped());
        return tip;
    }
    tip += QStringLiteral("<br>Source: %1 (%2)")
               .arg(figure.source.toHtmlEscaped(),
                    documentName(catalogue, figure.source).toHtmlEscaped());
    if (!figure.quote.isEmpty())
        tip += QStringLiteral("<br>“%1”").arg(passageStart(figure.quote).toHtmlEscaped());
    if (!figure.translation.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>")
                   .arg(passageStart(figure.translation, 140).toHtmlEscaped());
    return tip;
}

} // namespace colossus::FigureText
