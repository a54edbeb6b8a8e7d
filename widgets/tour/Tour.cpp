#include "tour/Tour.h"

#include "catalogue/Catalogue.h"
#include "catalogue/FigureFormat.h"
#include "views/ViewRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace colossus {

namespace {

const QRegularExpression &placeholderPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
    return pattern;
}

// A number is a run of digits that does not continue a word: "H100" and "GPT-4" are names.
const QRegularExpression &numberPattern() {
    static const QRegularExpression pattern(
        QStringLiteral("(?<![A-Za-z0-9_])(?<![A-Za-z]-)\\d[\\d,.]*\\d|(?<![A-Za-z0-9_])(?<!["
                       "A-Za-z]-)\\d"));
    return pattern;
}

// Digits that Japanese and Chinese write where English has a word: a month ("7月", "7 月"
// for July) and "one" with a counter ("1台", "1グループ", "1日" for "one rack", "a group", "a
// day"). They state no figure.
bool isCjkWord(const QString &text, const QRegularExpressionMatch &number) {
    qsizetype next = number.capturedEnd();
    const auto isCjk = [&](qsizetype i) {
        return i < text.size() && text.at(i).unicode() >= 0x3040 && text.at(i).unicode() <= 0x9fff;
    };
    if (number.captured() == u"1" && isCjk(next))
        return true;
    const int value = number.captured().toInt();
    if (next < text.size() && text.at(next) == u' ')
        ++next;
    return value >= 1 && value <= 12 && next < text.size() && text.at(next) == u'月';
}

QString lineAndColumn(const QByteArray &json, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

class Validator {
public:
    explicit Validator(const Catalogue &catalogue)
        : m_catalogue(catalogue) {}

    TourLoadResult run(const QByteArray &json) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            problem(lineAndColumn(json, error.offset), error.errorString());
            return finish();
        }
        if (!document.isObject()) {
            problem({}, QStringLiteral("the tour must be a JSON object"));
            return finish();
        }
        readRoot(document.object());
        return finish();
    }

private:
    void problem(const QString &path, const QString &message) {
        m_problems.append({path, message});
    }

    void checkFields(const QJsonObject &object, const QString &path, const QStringList &known) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                const QString where = path.isEmpty() ? it.key() : path + u'.' + it.key();
                problem(where, QStringLiteral("unknown field (expected one of: %1)")
                                   .arg(known.join(QStringLiteral(", "))));
            }
        }
    }

    QString requiredText(const QJsonObject &object, const QString &key, const QString &path) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            problem(path, QStringLiteral("missing"));
            return {};
        }
        if (!value.isString()) {
            problem(path, QStringLiteral("must be a string"));
            return {};
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            problem(path, QStringLiteral("must not be empty"));
        return text;
    }

    // A text in every interface language: a plain string (English) or {"en": ..., "de": ...},
    // as in the catalogue; each language non-empty.
    LocalizedText requiredLocalized(const QJsonObject &object, const QString &key,
                                    const QString &path) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            problem(path, QStringLiteral("missing"));
            return {};
        }
        QStringList messages;
        LocalizedText text = LocalizedText::fromJson(value, messages);
        for (const QString &message : std::as_const(messages))
            problem(path, message);
        if (messages.isEmpty() && text.english().trimmed().isEmpty())
            problem(path, QStringLiteral("must not be empty"));
        return text;
    }

    // Every language's text, each problem naming its language when there are several.
    void checkTexts(const LocalizedText &texts, const QString &path, const QStringList &figures) {
        const QStringList languages = texts.languages();
        for (const QString &language : languages)
            checkText(texts.text(language), languages.size() > 1 ? path + u'.' + language : path,
                      figures);
    }

    void checkText(const QString &text, const QString &path, const QStringList &figures) {
        for (const QString &id : TourText::placeholders(text)) {
            if (!m_catalogue.figure(id))
                problem(path, QStringLiteral("unknown figure id \"%1\" in {%1}").arg(id));
            else if (!figures.contains(id))
                problem(path, QStringLiteral("{%1} is not among the step's figures").arg(id));
        }
        for (const QString &number : TourText::typedNumbers(text))
            problem(path, QStringLiteral("the number \"%1\" is typed in; write {figure_id} so "
                                         "the value comes from the catalogue")
                              .arg(number));
    }

    void readRoot(const QJsonObject &root) {
        checkFields(root, {}, {QStringLiteral("title"), QStringLiteral("steps")});
        m_tour.title = requiredLocalized(root, QStringLiteral("title"), QStringLiteral("title"));
        const QJsonValue steps = root.value(QStringLiteral("steps"));
        if (!steps.isArray()) {
            problem(QStringLiteral("steps"), steps.isUndefined()
                                                 ? QStringLiteral("missing")
                                                 : QStringLiteral("must be an array of steps"));
            return;
        }
        const QJsonArray array = steps.toArray();
        if (array.size() < Tour::minimumSteps || array.size() > Tour::maximumSteps)
            problem(QStringLiteral("steps"), QStringLiteral("%1 steps; a tour has %2 to %3")
                                                 .arg(array.size())
                                                 .arg(Tour::minimumSteps)
                                                 .arg(Tour::maximumSteps));
        for (qsizetype i = 0; i < array.size(); ++i)
            readStep(array.at(i), QStringLiteral("steps[%1]").arg(i));
    }

    void readStep(const QJsonValue &value, const QString &path) {
        if (!value.isObject()) {
            problem(path, QStringLiteral("must be an object"));
            return;
        }
        const QJsonObject object = value.toObject();
        checkFields(object, path,
                    {QStringLiteral("view"), QStringLiteral("scenario"), QStringLiteral("title"),
                     QStringLiteral("caption"), QStringLiteral("figures"), QStringLiteral("facts"),
                     QStringLiteral("notes"), QStringLiteral("seconds")});
        TourStep step;
        step.view = requiredText(object, QStringLiteral("view"), path + QStringLiteral(".view"));
        if (object.contains(QStringLiteral("scenario"))) {
            step.scenario = requiredText(object, QStringLiteral("scenario"),
                                         path + QStringLiteral(".scenario"));
        }
        step.title =
            requiredLocalized(object, QStringLiteral("title"), path + QStringLiteral(".title"));
        step.caption =
            requiredLocalized(object, QStringLiteral("caption"), path + QStringLiteral(".caption"));
        readFigures(object.value(QStringLiteral("figures")), path + QStringLiteral(".figures"),
                    step);
        checkView(step, path);
        checkTexts(step.title, path + QStringLiteral(".title"), step.figures);
        checkTexts(step.caption, path + QStringLiteral(".caption"), step.figures);
        if (object.contains(QStringLiteral("notes"))) {
            step.notes =
                requiredLocalized(object, QStringLiteral("notes"), path + QStringLiteral(".notes"));
            checkTexts(step.notes, path + QStringLiteral(".notes"), step.figures);
        }
        readFacts(object.value(QStringLiteral("facts")), path + QStringLiteral(".facts"), step);
        readSeconds(object.value(QStringLiteral("seconds")), path + QStringLiteral(".seconds"),
                    step);
        m_tour.steps.append(step);
    }

    void readFacts(const QJsonValue &value, const QString &path, TourStep &step) {
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            problem(path, QStringLiteral("must be an array of fact ids"));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = path + QStringLiteral("[%1]").arg(i);
            const QString id = array.at(i).toString();
            if (!array.at(i).isString())
                problem(where, QStringLiteral("must be a fact id (a string)"));
            else if (!m_catalogue.fact(id))
                problem(where, QStringLiteral("unknown fact id \"%1\"").arg(id));
            else if (step.facts.contains(id))
                problem(where, QStringLiteral("fact id \"%1\" is cited twice").arg(id));
            else
                step.facts.append(id);
        }
    }

    void readSeconds(const QJsonValue &value, const QString &path, TourStep &step) {
        if (value.isUndefined())
            return;
        const double seconds = value.toDouble(-1);
        if (!value.isDouble() || seconds != std::floor(seconds) || seconds < 1 ||
            seconds > Tour::maximumStepSeconds) {
            problem(path, QStringLiteral("must be a whole number of seconds from 1 to %1")
                              .arg(Tour::maximumStepSeconds));
            return;
        }
        step.seconds = int(seconds);
    }

    void readFigures(const QJsonValue &value, const QString &path, TourStep &step) {
        if (value.isUndefined()) {
            problem(path, QStringLiteral("missing: a step cites at least one figure"));
            return;
        }
        if (!value.isArray()) {
            problem(path, QStringLiteral("must be an array of figure ids"));
            return;
        }
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            problem(path, QStringLiteral("a step cites at least one figure"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = path + QStringLiteral("[%1]").arg(i);
            if (!array.at(i).isString()) {
                problem(where, QStringLiteral("must be a figure id (a string)"));
                continue;
            }
            const QString id = array.at(i).toString();
            if (!m_catalogue.figure(id))
                problem(where, QStringLiteral("unknown figure id \"%1\"").arg(id));
            else if (step.figures.contains(id))
                problem(where, QStringLiteral("figure id \"%1\" is cited twice").arg(id));
            step.figures.append(id);
        }
    }

    void checkView(const TourStep &step, const QString &path) {
        if (step.view.isEmpty())
            return;
        const QString scenario =
            step.scenario.isEmpty() ? ViewRegistry::defaultScenarioId() : step.scenario;
        QString error;
        if (ViewRegistry::create(m_catalogue, step.view, scenario, &error))
            return;
        // Blame the scenario when the view itself is fine in the default scenario.
        QString defaultError;
        if (!step.scenario.isEmpty() &&
            ViewRegistry::create(m_catalogue, step.view, ViewRegistry::defaultScenarioId(),
                                 &defaultError)) {
            problem(path + QStringLiteral(".scenario"), error);
            return;
        }
        problem(path + QStringLiteral(".view"),
                error.isEmpty() ? QStringLiteral("unknown view path \"%1\"").arg(step.view)
                                : error);
    }

    TourLoadResult finish() {
        TourLoadResult result;
        result.problems = m_problems;
        if (m_problems.isEmpty())
            result.tour = m_tour;
        return result;
    }

    const Catalogue &m_catalogue;
    Tour m_tour;
    QList<LoadProblem> m_problems;
};

} // namespace

int Tour::plannedSecondsBefore(int index) const {
    int total = 0;
    for (int i = 0; i < qMin(index, stepCount()); ++i)
        total += steps.at(i).seconds;
    return total;
}

QString TourLoadResult::problemText() const {
    QStringList lines;
    for (const LoadProblem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

TourLoadResult TourLoader::loadJson(const QByteArray &json, const Catalogue &catalogue) {
    return Validator(catalogue).run(json);
}

TourLoadResult TourLoader::loadFile(const QString &fileName, const Catalogue &catalogue) {
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        TourLoadResult result;
        result.problems.append(
            {fileName, QStringLiteral("cannot open: %1").arg(file.errorString())});
        return result;
    }
    if (file.size() > maximumFileSize) {
        TourLoadResult result;
        result.problems.append({fileName, QStringLiteral("%1 bytes; a tour file is at most %2")
                                              .arg(file.size())
                                              .arg(maximumFileSize)});
        return result;
    }
    TourLoadResult result = loadJson(file.readAll(), catalogue);
    for (LoadProblem &p : result.problems)
        p.path = p.path.isEmpty() ? fileName : fileName + QStringLiteral(": ") + p.path;
    return result;
}

TourLoadResult TourLoader::loadEmbedded(const Catalogue &catalogue) {
    return loadFile(embeddedFileName, catalogue);
}

namespace TourText {

QString resolve(const QString &text, const Catalogue &catalogue) {
    return FigureFormat::fillIn(catalogue, text);
}

QString resolve(const LocalizedText &text, const Catalogue &catalogue) {
    return resolve(text.text(), catalogue);
}

QStringList placeholders(const QString &text) {
    QStringList ids;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QStringList typedNumbers(const QString &text) {
    QString withoutPlaceholders = text;
    withoutPlaceholders.replace(placeholderPattern(), QStringLiteral("{}"));
    QStringList numbers;
    auto it = numberPattern().globalMatch(withoutPlaceholders);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (isCjkWord(withoutPlaceholders, m))
            continue;
        numbers.append(m.captured());
    }
    return numbers;
}

} // namespace TourText
} // namespace colossus
