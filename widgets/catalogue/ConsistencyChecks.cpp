#include "catalogue/ConsistencyChecks.h"

#include "catalogue/FigureFormat.h"
#include "catalogue/Formula.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace colossus {
namespace {

using Type = CheckRelation::Type;
using Verdict = ConsistencyCheck::Verdict;

// {=expression} or {=expression|decimals}; {tolerance}; {id}, {id:value}, {id:written},
// {id:term}.
const QRegularExpression &expressionPlaceholder() {
    static const QRegularExpression pattern(QStringLiteral(R"(\{=([^{}|]+)(?:\|([0-4]))?\})"));
    return pattern;
}
const QRegularExpression &idPlaceholder() {
    static const QRegularExpression pattern(
        QStringLiteral(R"(\{([A-Za-z0-9_]+)(?::(value|written|term))?\})"));
    return pattern;
}

std::optional<double> evaluate(const Catalogue &catalogue, const QString &expression) {
    return Formula::evaluate(expression,
                             [&](const QString &id) -> std::optional<double> {
                                 const Figure *f = catalogue.figure(id);
                                 return f ? std::optional(f->value) : std::nullopt;
                             })
        .value;
}

// "gpus_built / gpus_per_rack" -> "100,000 / 64".
QString withNumbers(const Catalogue &catalogue, const QString &expression) {
    static const QRegularExpression identifier(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    QString text;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : identifier.globalMatch(expression)) {
        text += expression.mid(last, m.capturedStart() - last);
        const Figure *f = catalogue.figure(m.capturedView());
        text += f ? (f->isDate() ? FigureFormat::date(f->asOf) : FigureFormat::number(f->value, 4))
                  : m.captured();
        last = m.capturedEnd();
    }
    return text + expression.mid(last);
}

// The passage of a figure or fact, empty when it has none (a derived figure).
QString passageText(const Catalogue &catalogue, const QString &id) {
    if (const Figure *f = catalogue.figure(id))
        return f->quote;
    if (const Fact *fact = catalogue.fact(id))
        return fact->quote;
    return {};
}

// The first of terms that the passage contains, empty when none.
QString firstTerm(const QString &passage, const QStringList &terms) {
    for (const QString &term : terms) {
        if (passage.contains(term, Qt::CaseInsensitive))
            return term;
    }
    return {};
}

// Days in one unit of a duration figure.
double daysPer(const QString &unit) {
    if (unit == u"weeks" || unit == u"week")
        return 7.0;
    if (unit == u"months" || unit == u"month")
        return 365.25 / 12.0;
    if (unit == u"years" || unit == u"year")
        return 365.25;
    return 1.0;
}

bool within(double a, double b, const CheckRelation &r) {
    const double allowed =
        std::max(r.tolerance * std::max(std::abs(a), std::abs(b)), r.absoluteTolerance);
    return std::abs(a - b) <= allowed + 1e-9 * std::max(std::abs(a), std::abs(b));
}

struct Judgement {
    bool holds = false;
    QString arithmetic;
};

Judgement judge(const Catalogue &catalogue, const CheckRelation &r) {
    const QString name = CheckRelation::typeName(r.type);
    if (r.isNumeric()) {
        const std::optional<double> a = evaluate(catalogue, r.left);
        const std::optional<double> b = evaluate(catalogue, r.right);
        const QString op = r.type == Type::Greater ? QStringLiteral(">") : QStringLiteral("≈");
        if (!a || !b)
            return {false, QCoreApplication::translate("ConsistencyCheck",
                                                       "%1: %2 %3 %4: cannot be computed")
                               .arg(name, r.left, op, r.right)};
        // "racks_needed > racks_total: 1,562.5 > 1,500"; an expression also shows its numbers.
        const auto side = [&](const QString &expression, double value) {
            static const QRegularExpression bareId(
                QStringLiteral("^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*$"));
            const QString result = FigureFormat::number(value, 4);
            if (bareId.match(expression).hasMatch() || expression.trimmed() == result)
                return result;
            return withNumbers(catalogue, expression) + QStringLiteral(" = ") + result;
        };
        const bool holds = r.type == Type::Greater ? *a > *b : within(*a, *b, r);
        QString text = QStringLiteral("%1: %2 %3 %4: %5 %3 %6")
                           .arg(name, r.left, op, r.right, side(r.left, *a), side(r.right, *b));
        if (r.type != Type::Greater && (r.tolerance > 0 || r.absoluteTolerance > 0))
            text += r.tolerance > 0 ? QCoreApplication::translate("ConsistencyCheck", " within %1%")
                                          .arg(FigureFormat::number(r.tolerance * 100))
                                    : QCoreApplication::translate("ConsistencyCheck", " within %1")
                                          .arg(FigureFormat::number(r.absoluteTolerance));
        return {holds, text + (holds ? QCoreApplication::translate("ConsistencyCheck", ", holds")
                                     : QCoreApplication::translate("ConsistencyCheck", ", fails"))};
    }
    switch (r.type) {
    case Type::DateOrder: {
        const Figure *before = catalogue.figure(r.before);
        const Figure *after = catalogue.figure(r.after);
        if (!before || !after)
            return {false,
                    QCoreApplication::translate("ConsistencyCheck", "%1: unknown date").arg(name)};
        bool holds = before->value <= after->value;
        QString text = QCoreApplication::translate("ConsistencyCheck", "%1: %2 (%3) before %4 (%5)")
                           .arg(name, r.before, FigureFormat::date(before->asOf), r.after,
                                FigureFormat::date(after->asOf));
        if (const Figure *gap = catalogue.figure(r.gap)) {
            const double between = (after->value - before->value) / daysPer(gap->unit);
            holds = holds && within(between, gap->value, r);
            text += QCoreApplication::translate("ConsistencyCheck", ", %1%2 apart ≈ %3 (%4%2)")
                        .arg(FigureFormat::number(between, 2), FigureFormat::unitSuffix(gap->unit),
                             r.gap, FigureFormat::number(gap->value));
        }
        return {holds, text + (holds ? QCoreApplication::translate("ConsistencyCheck", ": holds")
                                     : QCoreApplication::translate("ConsistencyCheck", ": fails"))};
    }
    case Type::Contains: {
        const QString term = firstTerm(passageText(catalogue, r.ids.value(0)), r.terms);
        return {!term.isEmpty(),
                QCoreApplication::translate("ConsistencyCheck", "%1: the passage of %2 names %3")
                    .arg(name, r.ids.value(0),
                         term.isEmpty()
                             ? QCoreApplication::translate("ConsistencyCheck", "none of %1")
                                   .arg(r.terms.join(u", "))
                             : u'"' + term + u'"')};
    }
    case Type::SameTerm: {
        QStringList found;
        for (const QString &id : r.ids) {
            const QString term = firstTerm(passageText(catalogue, id), r.terms);
            found << id + u": "_qs +
                         (term.isEmpty() ? QCoreApplication::translate("ConsistencyCheck", "none")
                                         : term);
        }
        QStringList distinct;
        for (const QString &id : r.ids)
            distinct << firstTerm(passageText(catalogue, id), r.terms);
        distinct.removeDuplicates();
        const bool holds = distinct.size() == 1 && !distinct.first().isEmpty();
        return {holds, QStringLiteral("%1 of %2: %3")
                           .arg(name, r.terms.join(u'/'), found.join(QStringLiteral(", ")))};
    }
    case Type::Contradiction:
        return {true,
                QCoreApplication::translate("ConsistencyCheck", "%1 between the passages of %2")
                    .arg(name, r.ids.join(QStringLiteral(", ")))};
    default:
        return {};
    }
}

// Puts the check's own placeholders in ({=expr}, {tolerance}, {id:term}), then the
// catalogue's ({id}, {id:value}, {id:written}) through FigureFormat::fillIn.
QString fill(const Catalogue &catalogue, const CheckDefinition &definition, const QString &text) {
    QString result;
    qsizetype last = 0;
    const auto keepTogether = [&] {
        if (last < text.size() && text.at(last) == u' ') {
            result += QChar(0x00a0);
            ++last;
        }
    };
    for (const QRegularExpressionMatch &m : expressionPlaceholder().globalMatch(text)) {
        result += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const std::optional<double> v = evaluate(catalogue, m.captured(1));
        const int decimals = m.captured(2).isEmpty() ? 2 : m.captured(2).toInt();
        result += v ? FigureFormat::number(decimals == 0 ? std::round(*v) : *v, decimals)
                    : QStringLiteral("—");
        keepTogether();
    }
    result += text.mid(last);

    for (const CheckRelation &r : definition.relations) {
        if (r.tolerance > 0) {
            result.replace(QStringLiteral("{tolerance}"),
                           FigureFormat::number(r.tolerance * 100) + u'%');
            break;
        }
    }
    QStringList terms;
    for (const CheckRelation &r : definition.relations)
        terms += r.terms;
    static const QRegularExpression termPlaceholder(QStringLiteral(R"(\{([A-Za-z0-9_]+):term\})"));
    QString withTerms;
    last = 0;
    for (const QRegularExpressionMatch &m : termPlaceholder.globalMatch(result)) {
        withTerms += result.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString term = firstTerm(passageText(catalogue, m.captured(1)), terms);
        withTerms += term.isEmpty()
                         ? QCoreApplication::translate("ConsistencyCheck", "no named type")
                         : term;
    }
    withTerms += result.mid(last);
    return FigureFormat::fillIn(catalogue, withTerms);
}

void addPassage(QList<CheckPassage> &passages, CheckPassage passage) {
    if (passage.source.isEmpty() || passage.quote.isEmpty() || passages.contains(passage))
        return;
    passages.append(std::move(passage));
}

void addFigurePassages(const Catalogue &catalogue, const Figure &figure,
                       QList<CheckPassage> &passages, QStringList &visited) {
    if (visited.contains(figure.id))
        return;
    visited << figure.id;
    if (!figure.isDerived()) {
        addPassage(passages, {figure.source, figure.quote, figure.translations});
        return;
    }
    for (const QString &input : figure.inputs) {
        if (const Figure *f = catalogue.figure(input))
            addFigurePassages(catalogue, *f, passages, visited);
    }
}

} // namespace

QString CheckRelation::typeName(Type type) {
    switch (type) {
    case Type::Equal:
        return QStringLiteral("equal");
    case Type::TwoValues:
        return QStringLiteral("two-values");
    case Type::Ratio:
        return QStringLiteral("ratio");
    case Type::Sum:
        return QStringLiteral("sum");
    case Type::Product:
        return QStringLiteral("product");
    case Type::Greater:
        return QStringLiteral("greater");
    case Type::DateOrder:
        return QStringLiteral("date-order");
    case Type::Contains:
        return QStringLiteral("contains");
    case Type::SameTerm:
        return QStringLiteral("same-term");
    case Type::Contradiction:
        return QStringLiteral("contradiction");
    }
    return {};
}

QList<CheckRelation::Type> CheckRelation::allTypes() {
    return {Type::Equal,   Type::TwoValues, Type::Ratio,    Type::Sum,      Type::Product,
            Type::Greater, Type::DateOrder, Type::Contains, Type::SameTerm, Type::Contradiction};
}

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

QString ConsistencyCheck::verdictText(Verdict verdict) {
    switch (verdict) {
    case Verdict::Agrees:
        return QCoreApplication::translate("ConsistencyCheck", "agrees");
    case Verdict::Disagrees:
        return QCoreApplication::translate("ConsistencyCheck", "disagrees");
    case Verdict::UnclearUnit:
        return QCoreApplication::translate("ConsistencyCheck", "unclear unit");
    }
    return {};
}

std::optional<ConsistencyCheck::Verdict> ConsistencyCheck::verdictFromName(const QString &name) {
    for (Verdict v : {Verdict::Agrees, Verdict::Disagrees, Verdict::UnclearUnit}) {
        if (verdictName(v) == name)
            return v;
    }
    return std::nullopt;
}

std::optional<ConsistencyCheck> runConsistencyCheck(const Catalogue &catalogue,
                                                    const CheckDefinition &definition) {
    for (const QString &id : definition.figureIds) {
        if (!catalogue.figure(id))
            return std::nullopt;
    }
    for (const QString &id : definition.factIds) {
        if (!catalogue.fact(id))
            return std::nullopt;
    }
    ConsistencyCheck check;
    check.id = definition.id;
    check.figureIds = definition.figureIds;
    check.factIds = definition.factIds;

    bool holds = true;
    QStringList arithmetic;
    for (const CheckRelation &relation : definition.relations) {
        const Judgement j = judge(catalogue, relation);
        holds = holds && j.holds;
        arithmetic << j.arithmetic;
    }
    check.arithmetic = arithmetic.join(QStringLiteral("; "));
    const CheckOutcome &outcome = holds ? definition.ifHolds : definition.otherwise;
    check.verdict = ConsistencyCheck::verdictFromName(outcome.verdict).value_or(Verdict::Disagrees);
    for (const QString &language : definition.titles.languages())
        check.titles.set(language, fill(catalogue, definition, definition.titles.text(language)));
    for (const QString &language : outcome.explanations.languages())
        check.explanations.set(language,
                               fill(catalogue, definition, outcome.explanations.text(language)));
    if (check.verdict != Verdict::Agrees)
        check.disputedIds = definition.disputedIds;

    QStringList visited;
    for (const QString &id : definition.figureIds)
        addFigurePassages(catalogue, *catalogue.figure(id), check.passages, visited);
    for (const QString &id : definition.factIds) {
        const Fact *fact = catalogue.fact(id);
        addPassage(check.passages, {fact->source, fact->quote, fact->translations});
    }
    for (const CheckPassage &passage : definition.passages)
        addPassage(check.passages, passage);
    return check;
}

QList<ConsistencyCheck> runConsistencyChecks(const Catalogue &catalogue) {
    QList<ConsistencyCheck> checks;
    for (const CheckDefinition &definition : catalogue.checks()) {
        // A catalogue put together in code may lack some figures: skip what cannot be judged.
        if (std::optional<ConsistencyCheck> check = runConsistencyCheck(catalogue, definition))
            checks.append(*std::move(check));
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

namespace CheckText {

QStringList expressions(const QString &text) {
    QStringList list;
    for (const QRegularExpressionMatch &m : expressionPlaceholder().globalMatch(text))
        list << m.captured(1);
    return list;
}

QStringList figureIds(const QString &text) {
    QStringList ids;
    for (const QString &expression : expressions(text))
        ids += Formula::identifiers(expression);
    for (const QRegularExpressionMatch &m : idPlaceholder().globalMatch(text)) {
        if (m.captured(1) != u"tolerance")
            ids << m.captured(1);
    }
    ids.removeDuplicates();
    return ids;
}

QStringList termIds(const QString &text) {
    QStringList ids;
    for (const QRegularExpressionMatch &m : idPlaceholder().globalMatch(text)) {
        if (m.captured(2) == u"term")
            ids << m.captured(1);
    }
    return ids;
}

} // namespace CheckText
} // namespace colossus
