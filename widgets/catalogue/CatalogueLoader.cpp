#include "catalogue/CatalogueLoader.h"

#include "catalogue/ConsistencyChecks.h"
#include "catalogue/Formula.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace colossus {
namespace {

const QStringList topics = {u"hierarchy"_qs, u"compute"_qs,  u"network"_qs, u"power"_qs,
                            u"money"_qs,     u"timeline"_qs, u"peers"_qs};
const QStringList qualifiers = {u"about"_qs,  u"more than"_qs, u"at least"_qs, u"up to"_qs,
                                u"almost"_qs, u"several"_qs,   u"tens of"_qs,  u"by"_qs,
                                u"before"_qs, u"range"_qs};
const QStringList statuses = {u"estimate"_qs, u"plan"_qs, u"claim"_qs};

QString quoted(const QString &s) {
    return u'"' + s + u'"';
}

// Line and column (both from 1, column in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset) {
    offset = qBound(qsizetype(0), offset, data.size());
    const QByteArray before = data.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return {line, column};
}

// Empty, or why a value is larger than the app can compute with and print exactly.
QString outOfRange(double value) {
    if (std::abs(value) <= CatalogueLoader::maximumMagnitude)
        return {};
    return QStringLiteral("%1 is out of range (at most %2 either side of 0)")
        .arg(value, 0, 'g', 6)
        .arg(CatalogueLoader::maximumMagnitude, 0, 'g', 6);
}

// Where the JSON text nests objects and arrays deeper than the limit (a byte offset), or -1.
// Checked before parsing, so the parser never descends that far.
qsizetype tooDeepAt(const QByteArray &json) {
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > CatalogueLoader::maximumJsonDepth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}

// Collects problems while reading one JSON object, so every check names its path.
class ObjectReader {
public:
    ObjectReader(const QJsonObject &object, QString path, QList<LoadProblem> &problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems) {}

    QString path(const QString &key) const { return m_path + u'.' + key; }
    void problem(const QString &key, const QString &message) {
        m_problems.append({key.isEmpty() ? m_path : path(key), message});
    }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    void allowOnly(const QStringList &keys) {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!keys.contains(it.key()))
                problem(it.key(), QStringLiteral("unknown field"));
        }
    }

    void forbid(const QStringList &keys, const QString &why) {
        for (const QString &key : keys) {
            if (has(key))
                problem(key, why);
        }
    }

    QString string(const QString &key, bool required, bool allowEmpty = false) {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(key, QStringLiteral("missing (a string is required)"));
            return {};
        }
        if (!v.isString()) {
            problem(key, QStringLiteral("must be a string"));
            return {};
        }
        if (v.toString().size() > CatalogueLoader::maximumTextLength) {
            problem(key, QStringLiteral("is %1 characters long; at most %2 are allowed")
                             .arg(v.toString().size())
                             .arg(CatalogueLoader::maximumTextLength));
            return {};
        }
        if (!allowEmpty && v.toString().trimmed().isEmpty())
            problem(key, QStringLiteral("must not be empty"));
        return v.toString();
    }

    // A text in our words: a plain string (English) or {"en": ..., "de": ...}.
    LocalizedText localized(const QString &key, bool required) {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(key, QStringLiteral("missing (a string is required)"));
            return {};
        }
        QStringList messages;
        LocalizedText text = LocalizedText::fromJson(v, messages);
        for (const QString &message : std::as_const(messages))
            problem(key, message);
        // The same bound on length as for plain strings, in every language.
        for (const QString &language : text.languages()) {
            const qsizetype length = text.text(language).size();
            if (length > CatalogueLoader::maximumTextLength) {
                problem(key, QStringLiteral("is %1 characters long; at most %2 are allowed")
                                 .arg(length)
                                 .arg(CatalogueLoader::maximumTextLength));
                return {};
            }
        }
        if (messages.isEmpty() && text.english().trimmed().isEmpty())
            problem(key, QStringLiteral("must not be empty"));
        return text;
    }

    std::optional<double> number(const QString &key) {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            problem(key, QStringLiteral("missing (a number is required)"));
            return std::nullopt;
        }
        if (!v.isDouble()) {
            problem(key, QStringLiteral("must be a number"));
            return std::nullopt;
        }
        if (!std::isfinite(v.toDouble())) {
            problem(key, QStringLiteral("must be a finite number"));
            return std::nullopt;
        }
        if (const QString error = outOfRange(v.toDouble()); !error.isEmpty()) {
            problem(key, error);
            return std::nullopt;
        }
        return v.toDouble();
    }

    QStringList stringList(const QString &key) {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            problem(key, QStringLiteral("missing (an array of strings is required)"));
            return {};
        }
        if (!v.isArray()) {
            problem(key, QStringLiteral("must be an array of strings"));
            return {};
        }
        QStringList list;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString())
                m_problems.append({path(key) + u'[' + QString::number(i) + u']',
                                   QStringLiteral("must be a string")});
            else
                list.append(array[i].toString());
        }
        return list;
    }

    QString oneOf(const QString &key, const QStringList &allowed, bool required) {
        const QString value = string(key, required);
        if (!value.isEmpty() && !allowed.contains(value))
            problem(key, QStringLiteral("%1 is not one of %2")
                             .arg(quoted(value), allowed.join(QStringLiteral(", "))));
        return value;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QList<LoadProblem> &m_problems;
};

// The first day of an ISO date of reduced precision ("2024", "2024-03", "2024-07-22",
// "2024-07-22T04:20"); invalid QDate when the text is not such a date.
QDate firstDayOf(const QString &asOf) {
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$)"));
    const QRegularExpressionMatch m = pattern.match(asOf);
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    // A season as in ISO 8601-2 (EDTF): 21 spring, 22 summer, 23 autumn, 24 winter, for a
    // source that names only the season ("fall 2025"); it starts on the first day of its
    // first month.
    if (month >= 21 && month <= 24) {
        if (!m.captured(3).isEmpty())
            return {};
        month = 3 + (month - 21) * 3;
    }
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    if (!m.captured(4).isEmpty() && (m.captured(4).toInt() > 23 || m.captured(5).toInt() > 59))
        return {};
    return QDate(year, month, day);
}

class Validator {
public:
    explicit Validator(QList<SourceDocument> documents)
        : m_documents(std::move(documents)) {}

    LoadResult run(const QByteArray &json) {
        if (const qsizetype at = tooDeepAt(json); at >= 0) {
            const auto [line, column] = lineAndColumn(json, at);
            return fail({QStringLiteral("line %1, column %2").arg(line).arg(column),
                         QStringLiteral("objects and arrays nested more than %1 levels deep")
                             .arg(CatalogueLoader::maximumJsonDepth)});
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            const auto [line, column] = lineAndColumn(json, error.offset);
            return fail({QStringLiteral("line %1, column %2").arg(line).arg(column),
                         QStringLiteral("JSON syntax error: ") + error.errorString()});
        }
        if (!document.isObject())
            return fail({{}, QStringLiteral("the top level must be a JSON object")});

        const QJsonObject root = document.object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.key() != u"sources" && it.key() != u"figures" && it.key() != u"facts" &&
                it.key() != u"checks")
                m_problems.append({it.key(), QStringLiteral("unknown field")});
        }
        readSources(root.value(u"sources"));
        readFigures(root.value(u"figures"));
        readFacts(root.value(u"facts"));
        checkDuplicateIds();
        computeDerived();
        readChecks(root.value(u"checks"));
        for (const auto &noteCheck : std::as_const(m_noteChecks)) {
            // Not a structured binding: clang 14 (the sanitizer build) cannot capture one.
            const QString &checkId = noteCheck.second;
            const bool known =
                std::any_of(m_checks.cbegin(), m_checks.cend(),
                            [&](const CheckDefinition &c) { return c.id == checkId; });
            if (!known)
                m_problems.append(
                    {noteCheck.first, QStringLiteral("no check with id ") + quoted(checkId)});
        }

        if (!m_problems.isEmpty())
            return {std::nullopt, m_problems};
        const QString digest =
            QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
        return {Catalogue(m_documents, m_figures, m_facts, m_checks, digest), {}};
    }

private:
    static LoadResult fail(LoadProblem problem) { return {std::nullopt, {std::move(problem)}}; }

    QJsonArray array(const QJsonValue &value, const QString &name, bool required) {
        if (value.isUndefined()) {
            if (required)
                m_problems.append({name, QStringLiteral("missing (an array is required)")});
            return {};
        }
        if (!value.isArray()) {
            m_problems.append({name, QStringLiteral("must be an array")});
            return {};
        }
        if (value.toArray().size() > CatalogueLoader::maximumEntries) {
            m_problems.append({name, QStringLiteral("has %1 entries; at most %2 are allowed")
                                         .arg(value.toArray().size())
                                         .arg(CatalogueLoader::maximumEntries)});
            return {};
        }
        return value.toArray();
    }

    SourceDocument *document(const QString &id) {
        for (SourceDocument &d : m_documents) {
            if (d.id == id)
                return &d;
        }
        return nullptr;
    }

    // The source must exist and the quote must occur in it verbatim.
    void checkPassage(ObjectReader &reader, const QString &sourceId, const QString &quote) {
        if (sourceId.isEmpty())
            return;
        const SourceDocument *doc = document(sourceId);
        if (!doc) {
            reader.problem(
                QStringLiteral("source"),
                QStringLiteral("no document named %1 in resources/sources").arg(quoted(sourceId)));
            return;
        }
        if (!quote.isEmpty() && !doc->text.contains(quote))
            reader.problem(QStringLiteral("quote"), QStringLiteral("not found in ") + sourceId);
    }

    void readSources(const QJsonValue &value) {
        const QJsonArray sources = array(value, QStringLiteral("sources"), false);
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const QString path = QStringLiteral("sources[%1]").arg(i);
            if (!sources[i].isObject()) {
                m_problems.append({path, QStringLiteral("must be an object")});
                continue;
            }
            ObjectReader r(sources[i].toObject(), path, m_problems);
            r.allowOnly({u"id"_qs, u"languages"_qs, u"title"_qs, u"titleTranslation"_qs,
                         u"publisher"_qs, u"date"_qs, u"dateIs"_qs, u"written"_qs, u"summary"_qs,
                         u"notes"_qs});
            const QString id = r.string(QStringLiteral("id"), true);
            const QStringList languages = r.stringList(QStringLiteral("languages"));
            const QString title = r.string(QStringLiteral("title"), true, true);
            const QString date = r.string(QStringLiteral("date"), false);
            const LocalizedText summaries = r.localized(QStringLiteral("summary"), true);
            const LocalizedText titleTranslations =
                r.localized(QStringLiteral("titleTranslation"), false);
            const QString publisher = r.string(QStringLiteral("publisher"), false);
            const LocalizedText dateIs = r.localized(QStringLiteral("dateIs"), false);
            const QString written = r.string(QStringLiteral("written"), false);
            if (!dateIs.isEmpty() && date.isEmpty())
                r.problem(QStringLiteral("dateIs"), QStringLiteral("says what the date is, but "
                                                                   "there is no date"));
            if (!written.isEmpty() && !firstDayOf(written).isValid())
                r.problem(QStringLiteral("written"),
                          quoted(written) +
                              u" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"_qs);
            if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
                r.problem(QStringLiteral("date"), quoted(date) + u" is not an ISO date"_qs);
            SourceDocument *doc = document(id);
            if (!id.isEmpty() && !doc) {
                r.problem(
                    QStringLiteral("id"),
                    QStringLiteral("no document named %1 in resources/sources").arg(quoted(id)));
                continue;
            }
            if (!doc)
                continue;
            if (m_describedSources.contains(id))
                r.problem(QStringLiteral("id"), QStringLiteral("duplicate id ") + quoted(id));
            m_describedSources.insert(id);
            if (!title.isEmpty() && !doc->text.contains(title))
                r.problem(QStringLiteral("title"), QStringLiteral("not found in ") + id);
            // The outlet is one the text names: never one we guessed.
            if (!publisher.isEmpty() && !doc->text.contains(publisher))
                r.problem(QStringLiteral("publisher"), QStringLiteral("not found in ") + id);
            doc->titleTranslations = titleTranslations;
            doc->publisher = publisher;
            doc->dateIs = dateIs;
            doc->writtenAsOf = written;
            doc->languages = languages;
            doc->title = title;
            doc->date = date;
            doc->summaries = summaries;
            doc->notes = readSourceNotes(r, *doc);
        }
    }

    // "notes": [{"text": {...}, "quote": "...", "check": "check-id"}], quote and check optional.
    QList<SourceNote> readSourceNotes(ObjectReader &r, const SourceDocument &doc) {
        QList<SourceNote> notes;
        if (!r.has(QStringLiteral("notes")))
            return notes;
        const QJsonArray list = array(r.value(QStringLiteral("notes")), r.path(u"notes"_qs), true);
        for (qsizetype k = 0; k < list.size(); ++k) {
            const QString path = r.path(u"notes"_qs) + u"[%1]"_qs.arg(k);
            if (!list[k].isObject()) {
                m_problems.append({path, QStringLiteral("must be an object")});
                continue;
            }
            ObjectReader n(list[k].toObject(), path, m_problems);
            n.allowOnly({u"text"_qs, u"quote"_qs, u"check"_qs});
            SourceNote note;
            note.texts = n.localized(QStringLiteral("text"), true);
            note.quote = n.string(QStringLiteral("quote"), false);
            note.checkId = n.string(QStringLiteral("check"), false);
            if (!note.quote.isEmpty() && !doc.text.contains(note.quote))
                n.problem(QStringLiteral("quote"), QStringLiteral("not found in ") + doc.id);
            if (!note.checkId.isEmpty())
                m_noteChecks.append({n.path(u"check"_qs), note.checkId});
            notes.append(note);
        }
        return notes;
    }

    void readFigures(const QJsonValue &value) {
        const QJsonArray figures = array(value, QStringLiteral("figures"), true);
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const QString path = QStringLiteral("figures[%1]").arg(i);
            if (!figures[i].isObject()) {
                m_problems.append({path, QStringLiteral("must be an object")});
                continue;
            }
            m_figurePaths.append(path);
            m_figures.append(readFigure(ObjectReader(figures[i].toObject(), path, m_problems)));
        }
    }

    Figure readFigure(ObjectReader r) {
        r.allowOnly({u"id"_qs, u"label"_qs, u"value"_qs, u"unit"_qs, u"kind"_qs, u"topic"_qs,
                     u"asOf"_qs, u"qualifier"_qs, u"source"_qs, u"quote"_qs, u"written"_qs,
                     u"translation"_qs, u"formula"_qs, u"inputs"_qs, u"low"_qs, u"status"_qs,
                     u"claimedBy"_qs});
        Figure f;
        f.id = r.string(QStringLiteral("id"), true);
        f.labels = r.localized(QStringLiteral("label"), true);
        f.unit = r.string(QStringLiteral("unit"), true);
        f.topic = r.oneOf(QStringLiteral("topic"), topics, true);
        f.qualifier = r.oneOf(QStringLiteral("qualifier"), qualifiers, false);
        f.status = r.oneOf(QStringLiteral("status"), statuses, false);
        if (f.status == u"claim")
            f.claimedBy = r.string(QStringLiteral("claimedBy"), true);
        else
            r.forbid({u"claimedBy"_qs}, QStringLiteral("only a figure with status \"claim\" "
                                                       "names who claims it"));
        if (f.isRange())
            f.low = r.number(QStringLiteral("low")).value_or(0.0);
        else
            r.forbid({u"low"_qs}, QStringLiteral("only a figure with qualifier \"range\" has "
                                                 "a low end"));
        if ((f.qualifier == u"by" || f.qualifier == u"before") &&
            r.value(QStringLiteral("unit")).toString() != u"date")
            r.problem(QStringLiteral("qualifier"),
                      quoted(f.qualifier) + u" qualifies a date (unit \"date\")"_qs);
        f.asOf = r.string(QStringLiteral("asOf"), false);
        if (r.has(QStringLiteral("asOf")) && !f.asOf.isEmpty() && !firstDayOf(f.asOf).isValid())
            r.problem(QStringLiteral("asOf"),
                      quoted(f.asOf) + u" is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD, "
                                       u"YYYY-MM-DDThh:mm, or YYYY-21..24 for a season)"_qs);
        const QString kind = r.oneOf(QStringLiteral("kind"), {u"reported"_qs, u"derived"_qs}, true);
        f.kind = kind == u"derived" ? Figure::Kind::Derived : Figure::Kind::Reported;

        if (f.isDerived()) {
            r.forbid({u"value"_qs, u"source"_qs, u"quote"_qs, u"written"_qs, u"translation"_qs},
                     QStringLiteral("not allowed on a derived figure (its value is computed "
                                    "from its inputs)"));
            f.formula = r.string(QStringLiteral("formula"), true);
            f.inputs = r.stringList(QStringLiteral("inputs"));
            return f;
        }

        r.forbid({u"formula"_qs, u"inputs"_qs},
                 QStringLiteral("only derived figures have a formula and inputs"));
        f.value = r.number(QStringLiteral("value")).value_or(0.0);
        if (f.isRange() && f.low >= f.value)
            r.problem(QStringLiteral("low"),
                      QStringLiteral("must be below value (%1)").arg(f.value));
        f.source = r.string(QStringLiteral("source"), true);
        f.quote = r.string(QStringLiteral("quote"), true);
        f.written = r.string(QStringLiteral("written"), true);
        f.translations = r.localized(QStringLiteral("translation"), true);
        checkPassage(r, f.source, f.quote);
        if (!f.written.isEmpty() && !f.quote.isEmpty() && !f.quote.contains(f.written))
            r.problem(QStringLiteral("written"),
                      quoted(f.written) + u" does not occur in the quote"_qs);
        if (f.isDate()) {
            const QDate day = firstDayOf(f.asOf);
            if (f.asOf.isEmpty())
                r.problem(QStringLiteral("asOf"), QStringLiteral("a date figure needs asOf"));
            else if (day.isValid() && f.value != QDate(1970, 1, 1).daysTo(day))
                r.problem(QStringLiteral("value"),
                          QStringLiteral("a date's value must be the days from 1970-01-01 "
                                         "to %1 (%2)")
                              .arg(day.toString(Qt::ISODate))
                              .arg(QDate(1970, 1, 1).daysTo(day)));
        }
        return f;
    }

    void readFacts(const QJsonValue &value) {
        const QJsonArray facts = array(value, QStringLiteral("facts"), false);
        for (qsizetype i = 0; i < facts.size(); ++i) {
            const QString path = QStringLiteral("facts[%1]").arg(i);
            if (!facts[i].isObject()) {
                m_problems.append({path, QStringLiteral("must be an object")});
                continue;
            }
            ObjectReader r(facts[i].toObject(), path, m_problems);
            r.allowOnly(
                {u"id"_qs, u"label"_qs, u"topic"_qs, u"source"_qs, u"quote"_qs, u"translation"_qs});
            Fact fact;
            fact.id = r.string(QStringLiteral("id"), true);
            fact.labels = r.localized(QStringLiteral("label"), true);
            fact.topic = r.oneOf(QStringLiteral("topic"), topics, true);
            fact.source = r.string(QStringLiteral("source"), true);
            fact.quote = r.string(QStringLiteral("quote"), true);
            fact.translations = r.localized(QStringLiteral("translation"), true);
            checkPassage(r, fact.source, fact.quote);
            m_factPaths.append(path);
            m_facts.append(fact);
        }
    }

    void checkDuplicateIds() {
        QHash<QString, QString> seen; // id -> path of its first use
        auto check = [&](const QString &id, const QString &path) {
            if (id.isEmpty())
                return;
            if (seen.contains(id))
                m_problems.append({path + u".id"_qs, QStringLiteral("duplicate id %1 (first used "
                                                                    "at %2)")
                                                         .arg(quoted(id), seen.value(id))});
            else
                seen.insert(id, path);
        };
        for (qsizetype i = 0; i < m_figures.size(); ++i)
            check(m_figures[i].id, m_figurePaths[i]);
        for (qsizetype i = 0; i < m_facts.size(); ++i)
            check(m_facts[i].id, m_factPaths[i]);
    }

    // Derived values in dependency order. Reports inputs that are unknown or do not match
    // the formula, and cycles; a figure that depends on a broken one is left without value.
    void computeDerived() {
        QHash<QString, qsizetype> &index = m_figureIndex;
        for (qsizetype i = 0; i < m_figures.size(); ++i)
            index.insert(m_figures[i].id, i);

        QList<bool> broken(m_figures.size(), false);
        for (qsizetype i = 0; i < m_figures.size(); ++i) {
            const Figure &f = m_figures[i];
            if (f.isDerived())
                broken[i] = !checkInputs(f, m_figurePaths[i], index);
        }

        // Depth first over the inputs with an explicit stack (a hostile file may chain
        // thousands of figures), refusing chains longer than the limit.
        enum class Mark { New, Visiting, Done };
        QList<Mark> marks(m_figures.size(), Mark::New);
        struct Frame {
            qsizetype figure;
            qsizetype nextInput = 0;
            bool ok = true;
        };
        QList<Frame> frames;
        QList<qsizetype> chain; // the figures of `frames`, for the cycle message
        bool chainReported = false;
        const auto push = [&](qsizetype i) {
            marks[i] = Mark::Visiting;
            frames.append({i, 0, !broken[i]});
            chain.append(i);
        };
        for (qsizetype root = 0; root < m_figures.size(); ++root) {
            if (marks[root] != Mark::New || !m_figures[root].isDerived())
                continue;
            push(root);
            while (!frames.isEmpty()) {
                Frame &top = frames.last();
                const Figure &f = m_figures[top.figure];
                if (top.nextInput < f.inputs.size()) {
                    const auto it = index.constFind(f.inputs[top.nextInput++]);
                    if (it == index.cend() || !m_figures[*it].isDerived())
                        continue;
                    const qsizetype input = *it;
                    if (marks[input] == Mark::Done) {
                        top.ok = top.ok && !broken[input];
                    } else if (marks[input] == Mark::Visiting) {
                        reportCycle(chain, input);
                        top.ok = false;
                    } else if (frames.size() >= CatalogueLoader::maximumDerivedChain) {
                        if (!chainReported)
                            reportLongChain(chain, input);
                        chainReported = true;
                        top.ok = false;
                    } else {
                        push(input);
                    }
                    continue;
                }
                const bool ok = top.ok && evaluateFormula(top.figure);
                broken[top.figure] = !ok;
                marks[top.figure] = Mark::Done;
                frames.removeLast();
                chain.removeLast();
                if (!frames.isEmpty())
                    frames.last().ok = frames.last().ok && ok;
            }
        }
    }

    // Computes a derived figure whose inputs all have values; false (and a problem) if not.
    bool evaluateFormula(qsizetype i) {
        Figure &f = m_figures[i];
        const Formula::Result result =
            Formula::evaluate(f.formula, [&](const QString &id) -> std::optional<double> {
                const auto it = m_figureIndex.constFind(id);
                return it == m_figureIndex.cend() ? std::nullopt
                                                  : std::optional(m_figures[*it].value);
            });
        if (!result.value) {
            m_problems.append({m_figurePaths[i] + u".formula"_qs, result.error});
            return false;
        }
        if (const QString error = outOfRange(*result.value); !error.isEmpty()) {
            m_problems.append({m_figurePaths[i] + u".formula"_qs, u"the result "_qs + error});
            return false;
        }
        f.value = *result.value;
        return true;
    }

    void reportLongChain(const QList<qsizetype> &chain, qsizetype next) {
        m_problems.append(
            {m_figurePaths[chain.constLast()] + u".inputs"_qs,
             QStringLiteral("a chain of derived figures longer than %1 (%2 -> %3 -> … -> %4)")
                 .arg(CatalogueLoader::maximumDerivedChain)
                 .arg(m_figures[chain.constFirst()].id, m_figures[chain[1]].id,
                      m_figures[next].id)});
    }

    bool checkInputs(const Figure &f, const QString &path, const QHash<QString, qsizetype> &index) {
        bool ok = true;
        for (qsizetype k = 0; k < f.inputs.size(); ++k) {
            if (!index.contains(f.inputs[k])) {
                m_problems.append({path + u".inputs[%1]"_qs.arg(k),
                                   QStringLiteral("unknown figure id ") + quoted(f.inputs[k])});
                ok = false;
            }
        }
        const QStringList named = Formula::identifiers(f.formula);
        for (const QString &id : named) {
            if (!f.inputs.contains(id)) {
                m_problems.append(
                    {path + u".formula"_qs, quoted(id) + u" is used but not listed in inputs"_qs});
                ok = false;
            }
        }
        for (const QString &id : f.inputs) {
            if (!named.contains(id)) {
                m_problems.append({path + u".inputs"_qs,
                                   quoted(id) + u" is listed but not used in the formula"_qs});
                ok = false;
            }
        }
        return ok;
    }

    // stack holds the figures being evaluated; the cycle runs from `again` to the top.
    void reportCycle(const QList<qsizetype> &stack, qsizetype again) {
        QStringList ids;
        for (qsizetype k = stack.indexOf(again); k >= 0 && k < stack.size(); ++k)
            ids.append(m_figures[stack[k]].id);
        ids.append(m_figures[again].id);
        m_problems.append({m_figurePaths[again] + u".inputs"_qs,
                           QStringLiteral("cycle: ") + ids.join(QStringLiteral(" -> "))});
    }

    // The "checks" array: declarative relations over figure and fact ids (see README.md).
    // Runs after computeDerived(), so expressions are tried on real values.
    void readChecks(const QJsonValue &value) {
        const QJsonArray checks = array(value, QStringLiteral("checks"), false);
        QHash<QString, QString> seen;
        for (qsizetype i = 0; i < checks.size(); ++i) {
            const QString path = QStringLiteral("checks[%1]").arg(i);
            if (!checks[i].isObject()) {
                m_problems.append({path, QStringLiteral("must be an object")});
                continue;
            }
            CheckDefinition check = readCheck(ObjectReader(checks[i].toObject(), path, m_problems));
            if (check.id.isEmpty())
                continue;
            if (seen.contains(check.id) || figureById(check.id) || factById(check.id))
                m_problems.append(
                    {path + u".id"_qs, QStringLiteral("duplicate id %1 (ids of checks, figures and "
                                                      "facts must differ)")
                                           .arg(quoted(check.id))});
            seen.insert(check.id, path);
            m_checks.append(std::move(check));
        }
    }

    const Figure *figureById(const QString &id) const {
        for (const Figure &f : m_figures) {
            if (f.id == id)
                return &f;
        }
        return nullptr;
    }
    const Fact *factById(const QString &id) const {
        for (const Fact &f : m_facts) {
            if (f.id == id)
                return &f;
        }
        return nullptr;
    }

    CheckDefinition readCheck(ObjectReader r) {
        r.allowOnly({u"id"_qs, u"title"_qs, u"relations"_qs, u"ifHolds"_qs, u"otherwise"_qs,
                     u"disputed"_qs, u"figures"_qs, u"facts"_qs, u"passages"_qs});
        CheckDefinition c;
        c.id = r.string(QStringLiteral("id"), true);
        c.titles = r.localized(QStringLiteral("title"), true);

        // Every id the check names, sorted into figures and facts; unknown ones are reported
        // at the place that names them.
        const auto involve = [&](const QString &id, const QString &where, bool factAllowed) {
            if (figureById(id)) {
                if (!c.figureIds.contains(id))
                    c.figureIds << id;
            } else if (factAllowed && factById(id)) {
                if (!c.factIds.contains(id))
                    c.factIds << id;
            } else {
                m_problems.append(
                    {where,
                     QStringLiteral("unknown %1 id %2")
                         .arg(factAllowed ? u"figure or fact"_qs : u"figure"_qs, quoted(id))});
            }
        };
        if (r.has(QStringLiteral("figures"))) {
            const QStringList ids = r.stringList(QStringLiteral("figures"));
            for (qsizetype k = 0; k < ids.size(); ++k)
                involve(ids[k], r.path(u"figures"_qs) + u"[%1]"_qs.arg(k), false);
        }
        if (r.has(QStringLiteral("facts"))) {
            const QStringList ids = r.stringList(QStringLiteral("facts"));
            for (qsizetype k = 0; k < ids.size(); ++k) {
                if (factById(ids[k]))
                    involve(ids[k], {}, true);
                else
                    m_problems.append({r.path(u"facts"_qs) + u"[%1]"_qs.arg(k),
                                       QStringLiteral("unknown fact id ") + quoted(ids[k])});
            }
        }

        const QJsonValue relations = r.value(QStringLiteral("relations"));
        if (!relations.isArray() || relations.toArray().isEmpty()) {
            r.problem(QStringLiteral("relations"),
                      QStringLiteral("must be a non-empty array of relations"));
        } else {
            const QJsonArray list = relations.toArray();
            for (qsizetype k = 0; k < list.size(); ++k) {
                const QString path = r.path(u"relations"_qs) + u"[%1]"_qs.arg(k);
                if (!list[k].isObject()) {
                    m_problems.append({path, QStringLiteral("must be an object")});
                    continue;
                }
                if (std::optional<CheckRelation> relation =
                        readRelation(ObjectReader(list[k].toObject(), path, m_problems), involve))
                    c.relations.append(*relation);
            }
        }
        const bool onlyContradictions =
            !c.relations.isEmpty() &&
            std::all_of(c.relations.cbegin(), c.relations.cend(), [](const CheckRelation &rel) {
                return rel.type == CheckRelation::Type::Contradiction;
            });

        c.ifHolds = readOutcome(r, QStringLiteral("ifHolds"), true);
        c.otherwise = readOutcome(r, QStringLiteral("otherwise"), !onlyContradictions);

        QStringList termsAvailable;
        for (const CheckRelation &rel : std::as_const(c.relations))
            termsAvailable += rel.terms;
        const auto checkText = [&](const QString &text, const QString &where) {
            for (const QString &id : CheckText::figureIds(text))
                involve(id, where, true);
            for (const QString &expression : CheckText::expressions(text))
                checkExpression(expression, where, true); // "{=(b - a) / 365.25}" of dates
            if (!CheckText::termIds(text).isEmpty() && termsAvailable.isEmpty())
                m_problems.append({where, QStringLiteral("{id:term} needs a relation with "
                                                         "\"terms\"")});
        };
        const auto checkTexts = [&](const LocalizedText &texts, const QString &where) {
            for (const QString &language : texts.languages())
                checkText(texts.text(language),
                          texts.languages().size() > 1 ? where + u'.' + language : where);
        };
        checkTexts(c.titles, r.path(u"title"_qs));
        checkTexts(c.ifHolds.explanations, r.path(u"ifHolds"_qs) + u".explanation"_qs);
        checkTexts(c.otherwise.explanations, r.path(u"otherwise"_qs) + u".explanation"_qs);

        if (r.has(QStringLiteral("disputed"))) {
            c.disputedIds = r.stringList(QStringLiteral("disputed"));
            for (qsizetype k = 0; k < c.disputedIds.size(); ++k) {
                if (!c.figureIds.contains(c.disputedIds[k]))
                    m_problems.append(
                        {r.path(u"disputed"_qs) + u"[%1]"_qs.arg(k),
                         quoted(c.disputedIds[k]) + u" is not a figure this check involves"_qs});
            }
        }
        if (r.has(QStringLiteral("passages"))) {
            const QJsonValue passages = r.value(QStringLiteral("passages"));
            const QJsonArray list = passages.toArray();
            if (!passages.isArray())
                r.problem(QStringLiteral("passages"), QStringLiteral("must be an array"));
            for (qsizetype k = 0; k < list.size(); ++k) {
                const QString path = r.path(u"passages"_qs) + u"[%1]"_qs.arg(k);
                if (!list[k].isObject()) {
                    m_problems.append({path, QStringLiteral("must be an object")});
                    continue;
                }
                ObjectReader p(list[k].toObject(), path, m_problems);
                p.allowOnly({u"source"_qs, u"quote"_qs, u"translation"_qs});
                CheckPassage passage;
                passage.source = p.string(QStringLiteral("source"), true);
                passage.quote = p.string(QStringLiteral("quote"), true);
                passage.translations = p.localized(QStringLiteral("translation"), false);
                checkPassage(p, passage.source, passage.quote);
                c.passages.append(passage);
            }
        }
        return c;
    }

    CheckOutcome readOutcome(ObjectReader &r, const QString &key, bool required) {
        const QJsonValue v = r.value(key);
        if (v.isUndefined()) {
            if (required)
                r.problem(key, QStringLiteral("missing (an object with verdict and explanation "
                                              "is required)"));
            return {};
        }
        if (!v.isObject()) {
            r.problem(key, QStringLiteral("must be an object with verdict and explanation"));
            return {};
        }
        ObjectReader o(v.toObject(), r.path(key), m_problems);
        o.allowOnly({u"verdict"_qs, u"explanation"_qs});
        CheckOutcome outcome;
        outcome.verdict = o.oneOf(QStringLiteral("verdict"),
                                  {u"agrees"_qs, u"disagrees"_qs, u"unclear unit"_qs}, true);
        outcome.explanations = o.localized(QStringLiteral("explanation"), true);
        return outcome;
    }

    // An expression must name known, non-date figures... unless dates are compared with
    // dates; it must compute on the catalogue's values.
    void checkExpression(const QString &expression, const QString &where, bool datesAllowed) {
        for (const QString &id : Formula::identifiers(expression)) {
            const Figure *f = figureById(id);
            if (!f)
                return; // reported by the caller as an unknown id
            if (f->isDate() && !datesAllowed) {
                m_problems.append({where, QStringLiteral("%1 is a date; use a date-order "
                                                         "relation for dates")
                                              .arg(quoted(id))});
                return;
            }
        }
        const Formula::Result result =
            Formula::evaluate(expression, [&](const QString &id) -> std::optional<double> {
                const Figure *f = figureById(id);
                return f ? std::optional(f->value) : std::nullopt;
            });
        if (!result.value)
            m_problems.append({where, quoted(expression) + u": "_qs + result.error});
    }

    template <typename Involve>
    std::optional<CheckRelation> readRelation(ObjectReader r, const Involve &involve) {
        using Type = CheckRelation::Type;
        QStringList typeNames;
        for (Type t : CheckRelation::allTypes())
            typeNames << CheckRelation::typeName(t);
        const QString typeName = r.oneOf(QStringLiteral("type"), typeNames, true);
        if (!typeNames.contains(typeName))
            return std::nullopt;
        CheckRelation rel;
        rel.type = CheckRelation::allTypes().at(typeNames.indexOf(typeName));

        const auto tolerances = [&] {
            if (r.has(QStringLiteral("tolerance")))
                rel.tolerance = r.number(QStringLiteral("tolerance")).value_or(0.0);
            if (r.has(QStringLiteral("absoluteTolerance")))
                rel.absoluteTolerance = r.number(QStringLiteral("absoluteTolerance")).value_or(0.0);
            if (rel.tolerance < 0 || rel.tolerance >= 1)
                r.problem(QStringLiteral("tolerance"),
                          QStringLiteral("a relative tolerance from 0 to below 1 (0.1 is 10%)"));
            if (rel.absoluteTolerance < 0)
                r.problem(QStringLiteral("absoluteTolerance"), QStringLiteral("must not be "
                                                                              "negative"));
        };
        // An expression operand: every id a known figure, all dates or none.
        const auto operand = [&](const QString &key, QString text) {
            const QStringList ids = Formula::identifiers(text);
            for (const QString &id : ids)
                involve(id, r.path(key), false);
            return text;
        };
        const auto sameKind = [&](const QStringList &expressions, const QString &key) {
            int dates = 0, numbers = 0;
            for (const QString &e : expressions) {
                for (const QString &id : Formula::identifiers(e)) {
                    if (const Figure *f = figureById(id))
                        (f->isDate() ? dates : numbers) += 1;
                }
            }
            const bool datesOk = dates > 0 && numbers == 0 && rel.type != Type::Ratio &&
                                 rel.type != Type::Sum && rel.type != Type::Product;
            for (const QString &e : expressions)
                checkExpression(e, r.path(key), datesOk);
        };

        switch (rel.type) {
        case Type::Equal:
        case Type::TwoValues:
        case Type::Greater:
            r.allowOnly({u"type"_qs, u"a"_qs, u"b"_qs, u"tolerance"_qs, u"absoluteTolerance"_qs});
            rel.left = operand(u"a"_qs, r.string(QStringLiteral("a"), true));
            rel.right = operand(u"b"_qs, r.string(QStringLiteral("b"), true));
            tolerances();
            if (!rel.left.isEmpty() && !rel.right.isEmpty())
                sameKind({rel.left, rel.right}, u"a"_qs);
            break;
        case Type::Ratio:
        case Type::Sum:
        case Type::Product: {
            r.allowOnly(
                {u"type"_qs, u"of"_qs, u"equals"_qs, u"tolerance"_qs, u"absoluteTolerance"_qs});
            rel.of = r.stringList(QStringLiteral("of"));
            for (const QString &e : std::as_const(rel.of))
                operand(u"of"_qs, e);
            if (rel.type == Type::Ratio ? rel.of.size() != 2 : rel.of.size() < 2)
                r.problem(QStringLiteral("of"), rel.type == Type::Ratio
                                                    ? QStringLiteral("a ratio needs two operands")
                                                    : QStringLiteral("needs two or more operands"));
            QStringList parts;
            for (const QString &e : std::as_const(rel.of))
                parts << (rel.type == Type::Sum ||
                                  Formula::identifiers(e) == QStringList{e.trimmed()}
                              ? e.trimmed()
                              : u'(' + e + u')');
            rel.left = parts.join(rel.type == Type::Sum       ? QStringLiteral(" + ")
                                  : rel.type == Type::Product ? QStringLiteral(" * ")
                                                              : QStringLiteral(" / "));
            if (r.value(QStringLiteral("equals")).isDouble())
                rel.right = QString::number(r.value(QStringLiteral("equals")).toDouble(), 'g', 17);
            else
                rel.right = operand(u"equals"_qs, r.string(QStringLiteral("equals"), true));
            tolerances();
            if (!rel.of.isEmpty() && !rel.right.isEmpty())
                sameKind({rel.left, rel.right}, u"of"_qs);
            break;
        }
        case Type::DateOrder: {
            r.allowOnly({u"type"_qs, u"before"_qs, u"after"_qs, u"gap"_qs, u"tolerance"_qs,
                         u"absoluteTolerance"_qs});
            rel.before = r.string(QStringLiteral("before"), true);
            rel.after = r.string(QStringLiteral("after"), true);
            for (const QString &key : {u"before"_qs, u"after"_qs}) {
                const QString id = key == u"before" ? rel.before : rel.after;
                if (id.isEmpty())
                    continue;
                involve(id, r.path(key), false);
                if (const Figure *f = figureById(id); f && !f->isDate())
                    r.problem(key, quoted(id) + u" is not a date figure (unit \"date\")"_qs);
            }
            if (r.has(QStringLiteral("gap"))) {
                rel.gap = r.string(QStringLiteral("gap"), true);
                involve(rel.gap, r.path(u"gap"_qs), false);
                static const QStringList durations = {u"days"_qs,  u"weeks"_qs, u"months"_qs,
                                                      u"years"_qs, u"day"_qs,   u"week"_qs,
                                                      u"month"_qs, u"year"_qs};
                if (const Figure *f = figureById(rel.gap); f && !durations.contains(f->unit))
                    r.problem(QStringLiteral("gap"),
                              quoted(rel.gap) + u" is not a duration (days, weeks, months or "
                                                u"years)"_qs);
            }
            tolerances();
            break;
        }
        case Type::Contains:
        case Type::SameTerm:
        case Type::Contradiction: {
            r.allowOnly({u"type"_qs, u"ids"_qs, u"terms"_qs});
            rel.ids = r.stringList(QStringLiteral("ids"));
            if (rel.type != Type::Contradiction)
                rel.terms = r.stringList(QStringLiteral("terms"));
            else
                r.forbid({u"terms"_qs}, QStringLiteral("a contradiction has no terms"));
            const qsizetype needed = rel.type == Type::Contains ? 1 : 2;
            if (rel.type == Type::Contains ? rel.ids.size() != 1 : rel.ids.size() < 2)
                r.problem(QStringLiteral("ids"),
                          needed == 1 ? QStringLiteral("names exactly one figure or fact")
                                      : QStringLiteral("names two or more figures or facts"));
            if (rel.type != Type::Contradiction && rel.terms.isEmpty())
                r.problem(QStringLiteral("terms"), QStringLiteral("must not be empty"));
            for (qsizetype k = 0; k < rel.ids.size(); ++k) {
                const QString where = r.path(u"ids"_qs) + u"[%1]"_qs.arg(k);
                involve(rel.ids[k], where, true);
                if (const Figure *f = figureById(rel.ids[k]); f && f->isDerived())
                    m_problems.append(
                        {where, quoted(rel.ids[k]) + u" is derived and has no passage"_qs});
            }
            break;
        }
        }
        return rel;
    }

    QList<SourceDocument> m_documents;
    QList<Figure> m_figures;
    QList<Fact> m_facts;
    QList<CheckDefinition> m_checks;
    QStringList m_figurePaths;
    QStringList m_factPaths;
    QSet<QString> m_describedSources;
    QList<std::pair<QString, QString>> m_noteChecks; // (JSON path, check id) of source notes
    QHash<QString, qsizetype> m_figureIndex;         // id -> index into m_figures
    QList<LoadProblem> m_problems;
};

} // namespace

LoadResult CatalogueLoader::loadJson(const QByteArray &json) {
    return Validator(embeddedDocuments()).run(json);
}

LoadResult CatalogueLoader::loadFile(const QString &fileName) {
    const QFileInfo info(fileName);
    if (!info.exists())
        return {std::nullopt, {{{}, QStringLiteral("no such file")}}};
    if (info.isDir())
        return {std::nullopt, {{{}, QStringLiteral("is a folder, not a file")}}};
    // A FIFO, a device (/dev/zero) or a socket could block or never end: regular files only.
    if (!info.isFile())
        return {std::nullopt, {{{}, QStringLiteral("is not a regular file")}}};
    if (info.size() > maximumFileSize)
        return {std::nullopt,
                {{{},
                  QStringLiteral("the file is %1 MiB; data files over %2 MiB are refused")
                      .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                      .arg(maximumFileSize / (1024 * 1024))}}};
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {{{}, QStringLiteral("cannot read: ") + file.errorString()}}};
    // Read at most one byte past the limit, in case the file grew after the size check.
    const QByteArray data = file.read(maximumFileSize + 1);
    if (data.size() > maximumFileSize)
        return {std::nullopt, {{{}, QStringLiteral("the file is over 16 MiB and is refused")}}};
    return loadJson(data);
}

LoadResult CatalogueLoader::loadEmbedded() {
    return loadFile(QStringLiteral(":/data/colossus.json"));
}

QList<SourceDocument> CatalogueLoader::embeddedDocuments() {
    QList<SourceDocument> documents;
    const QDir dir(QStringLiteral(":/sources"));
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        SourceDocument doc;
        doc.id = name;
        doc.text = QString::fromUtf8(file.readAll());
        documents.append(doc);
    }
    return documents;
}

} // namespace colossus
