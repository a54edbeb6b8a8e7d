#include "catalogue/DerivedMark.h"

#include "catalogue/Catalogue.h"
#include "catalogue/FigureFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace colossus::DerivedMark {
namespace {

const QRegularExpression &identifierPattern() {
    static const QRegularExpression identifier(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    return identifier;
}

// "a / b * c" with the operators as a reader writes them: "a ÷ b × c".
QString readableOperators(QString text) {
    text.replace(u'/', u'÷');
    text.replace(u'*', u'×');
    return text;
}

// The formula with each id replaced by what show() gives for its figure.
template <typename Show>
QString substituted(const Catalogue &catalogue, const QString &formula, Show show) {
    QString text;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : identifierPattern().globalMatch(formula)) {
        text += readableOperators(formula.mid(last, m.capturedStart() - last));
        const Figure *input = catalogue.figure(m.capturedView());
        text += input ? show(*input) : m.captured();
        last = m.capturedEnd();
    }
    return text + readableOperators(formula.mid(last));
}

// One input's line: "GPUs built: 100,000 GPUs — Chinese report, 2024-12-06: “…” (our words)".
void describeInput(const Catalogue &catalogue, const Figure &input, int depth, QString &html) {
    html += QStringLiteral("<li><b>%1</b>: %2")
                .arg(input.label().toHtmlEscaped(), FigureFormat::value(input).toHtmlEscaped());
    if (input.isDerived()) {
        html += QStringLiteral(" = ") + substituted(catalogue, input.formula, [](const Figure &f) {
                                            return FigureFormat::number(f.value);
                                        }).toHtmlEscaped();
        if (depth < 3) {
            html += QStringLiteral("<ul>");
            for (const QString &id : input.inputs) {
                if (const Figure *f = catalogue.figure(id))
                    describeInput(catalogue, *f, depth + 1, html);
            }
            html += QStringLiteral("</ul>");
        }
    } else {
        html += QStringLiteral(" — %1").arg(
            FigureFormat::documentName(catalogue, input.source).toHtmlEscaped());
        if (!input.quote.isEmpty())
            html += QStringLiteral("<br>“%1”")
                        .arg(FigureFormat::passageStart(input.quote).toHtmlEscaped());
        if (const QString translation = catalogue.translationOf(input.source, input.translations);
            !translation.isEmpty())
            html += QStringLiteral("<br><i>%1</i>")
                        .arg(FigureFormat::passageStart(translation, 140).toHtmlEscaped());
    }
    html += QStringLiteral("</li>");
}

} // namespace

QString glyph() {
    return QStringLiteral("ƒ");
}

QString append(const QString &text) {
    return text + QChar(0x00a0) + glyph();
}

QString forFigure(const Figure &figure, const QString &text) {
    return figure.isDerived() ? append(text) : text;
}

QString formula(const Catalogue &catalogue, const Figure &figure) {
    if (!figure.isDerived() || figure.formula.isEmpty())
        return {};
    return substituted(catalogue, figure.formula,
                       [](const Figure &f) { return FigureFormat::number(f.value); }) +
           QStringLiteral(" = ") + FigureFormat::number(figure.value);
}

QString accessibleText(const Catalogue &catalogue, const Figure &figure) {
    return QCoreApplication::translate("DerivedMark", "derived: %1")
        .arg(formula(catalogue, figure));
}

QString spoken(const Catalogue &catalogue, const Figure &figure, const QString &shown) {
    QString text = shown;
    text.remove(QChar(0x00a0) + glyph());
    if (!figure.isDerived())
        return text;
    return text + QStringLiteral(", ") + accessibleText(catalogue, figure);
}

QString legend() {
    return QCoreApplication::translate(
               "DerivedMark", "%1 derived: computed from reported figures, stated by no report")
        .arg(glyph());
}

QString toolTip(const Catalogue &catalogue, const Figure &figure) {
    QString html =
        QStringLiteral("<b>%1</b>: %2")
            .arg(figure.label().toHtmlEscaped(), FigureFormat::value(figure).toHtmlEscaped());
    html +=
        QStringLiteral("<br>") +
        QCoreApplication::translate("DerivedMark", "%1 <i>Derived</i>: %2 = %3")
            .arg(glyph(),
                 substituted(catalogue, figure.formula, [](const Figure &f) { return f.label(); })
                     .toHtmlEscaped(),
                 formula(catalogue, figure).toHtmlEscaped());
    return html + inputsHtml(catalogue, figure.inputs);
}

QString inputsHtml(const Catalogue &catalogue, const QStringList &figureIds) {
    QString html = QStringLiteral("<ul style=\"margin-left: 0;\">");
    for (const QString &id : figureIds) {
        if (const Figure *input = catalogue.figure(id))
            describeInput(catalogue, *input, 1, html);
    }
    return html + QStringLiteral("</ul>");
}

} // namespace colossus::DerivedMark
