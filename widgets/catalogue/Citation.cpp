#include "catalogue/Citation.h"

#include "catalogue/ConsistencyChecks.h"
#include "catalogue/FigureFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace colossus::Citation {
namespace {

// What is cited: a heading ("GPUs in Colossus (built): 100,000 GPUs"), maybe arithmetic or an
// explanation, and every passage it rests on.
struct Subject {
    QString heading;
    QString detail; // arithmetic of a derived figure, or a check's explanation
    QList<CheckPassage> passages;
};

void addFigurePassages(const Catalogue &catalogue, const Figure &figure,
                       QList<CheckPassage> &passages) {
    if (!figure.isDerived()) {
        const CheckPassage passage{figure.source, figure.quote, figure.translations};
        if (!passages.contains(passage))
            passages << passage;
        return;
    }
    for (const QString &input : figure.inputs) {
        if (const Figure *f = catalogue.figure(input))
            addFigurePassages(catalogue, *f, passages);
    }
}

std::optional<Subject> subjectOf(const Catalogue &catalogue, const QString &id) {
    Subject s;
    if (const Figure *f = catalogue.figure(id)) {
        s.heading = f->label() + QStringLiteral(": ") + FigureFormat::value(*f);
        if (f->isDerived())
            s.detail = QCoreApplication::translate("Citation", "Derived: %1")
                           .arg(FigureFormat::arithmetic(catalogue, *f));
        addFigurePassages(catalogue, *f, s.passages);
        return s;
    }
    if (const Fact *fact = catalogue.fact(id)) {
        s.heading = fact->label();
        s.passages << CheckPassage{fact->source, fact->quote, fact->translations};
        return s;
    }
    if (const CheckDefinition *definition = catalogue.check(id)) {
        const std::optional<ConsistencyCheck> check = runConsistencyCheck(catalogue, *definition);
        if (!check)
            return std::nullopt;
        s.heading = check->title() + QStringLiteral(" (") +
                    ConsistencyCheck::verdictText(check->verdict) + u')';
        s.detail = check->explanation().replace(QChar(0x00a0), u' ');
        s.passages = check->passages;
        return s;
    }
    return std::nullopt;
}

QString provenance(const Catalogue &catalogue, const QString &id, const QString &appVersion) {
    QString text = QStringLiteral("Colossus Explorer %1, id %2").arg(appVersion, id);
    if (!catalogue.digest().isEmpty())
        text += QStringLiteral(", catalogue sha256:") + catalogue.digest();
    return text;
}

QString key(const QString &id, const QString &sourceId) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    QString key = QStringLiteral("colossus-") + id + u'-' + sourceId.section(u'_', 0, 0);
    return key.replace(unsafe, QStringLiteral("-"));
}

QString headline(const SourceDocument &doc) {
    if (!doc.title.isEmpty())
        return doc.title;
    return doc.titleTranslations.isEmpty() ? doc.id : doc.titleTranslation();
}

QString text(const Catalogue &catalogue, const QString &id, const Subject &s,
             const QString &appVersion) {
    QStringList lines{s.heading};
    if (!s.detail.isEmpty())
        lines << s.detail;
    for (const CheckPassage &p : s.passages) {
        lines << QString();
        lines << QStringLiteral("“%1”").arg(p.quote);
        if (const QString t = catalogue.translationOf(p.source, p.translations); !t.isEmpty())
            lines << QCoreApplication::translate("Citation", "Our translation: “%1”").arg(t);
        lines << QCoreApplication::translate("Citation", "Source: %1")
                     .arg(FigureFormat::documentTitle(catalogue, p.source));
        if (const SourceDocument *doc = catalogue.source(p.source)) {
            for (const SourceNote &note : doc->notes)
                lines << QCoreApplication::translate("Citation", "Note on this report: %1")
                             .arg(note.text());
        }
    }
    lines << QString() << provenance(catalogue, id, appVersion);
    return lines.join(u'\n') + u'\n';
}

// The reports the subject's passages come from, in the order they are first cited.
QStringList sourcesOf(const Subject &s) {
    QStringList sources;
    for (const CheckPassage &p : s.passages) {
        if (!sources.contains(p.source))
            sources << p.source;
    }
    return sources;
}

// A report entry's note: what is cited, each passage from that report with our translation,
// and where the citation was made.
QStringList noteLines(const Catalogue &catalogue, const QString &id, const Subject &s,
                      const QString &sourceId, const QString &appVersion) {
    QStringList note{s.heading};
    if (!s.detail.isEmpty())
        note << s.detail;
    for (const CheckPassage &p : s.passages) {
        if (p.source != sourceId)
            continue;
        note << QCoreApplication::translate("Citation", "Passage: “%1”").arg(p.quote);
        if (const QString t = catalogue.translationOf(p.source, p.translations); !t.isEmpty())
            note << QCoreApplication::translate("Citation", "Our translation: “%1”").arg(t);
    }
    note << provenance(catalogue, id, appVersion);
    return note;
}

// One entry per report; the passages from that report go into its note.
QString bibtex(const Catalogue &catalogue, const QString &id, const Subject &s,
               const QString &appVersion) {
    QString out;
    for (const QString &sourceId : sourcesOf(s)) {
        const SourceDocument *doc = catalogue.source(sourceId);
        if (!doc)
            continue;
        const QStringList note = noteLines(catalogue, id, s, sourceId, appVersion);
        QList<std::pair<QString, QString>> fields{{u"title"_qs, headline(*doc)}};
        if (!doc->titleTranslations.isEmpty() && !doc->title.isEmpty())
            fields << std::pair{u"titleaddon"_qs, doc->titleTranslation()};
        if (!doc->publisher.isEmpty())
            fields << std::pair{u"publisher"_qs, doc->publisher};
        if (!doc->date.isEmpty()) {
            fields << std::pair{u"date"_qs, doc->date};
            fields << std::pair{u"year"_qs, doc->date.left(4)};
        }
        if (!doc->languages.isEmpty())
            fields << std::pair{u"language"_qs, doc->languages.join(QStringLiteral(" and "))};
        fields << std::pair{u"howpublished"_qs,
                            QStringLiteral("Text shipped with Colossus Explorer as ") + doc->id};
        fields << std::pair{u"note"_qs, note.join(QStringLiteral(". "))};
        out += QStringLiteral("@misc{") + key(id, sourceId) + QStringLiteral(",\n");
        for (const auto &[name, value] : fields)
            out += QStringLiteral("  %1 = {%2},\n").arg(name, bibtexEscaped(value));
        out += QStringLiteral("}\n");
    }
    return out;
}

QString cslJson(const Catalogue &catalogue, const QString &id, const Subject &s,
                const QString &appVersion) {
    QJsonArray items;
    for (const QString &sourceId : sourcesOf(s)) {
        const SourceDocument *doc = catalogue.source(sourceId);
        if (!doc)
            continue;
        const QStringList note = noteLines(catalogue, id, s, sourceId, appVersion);
        QJsonObject item{{u"id"_qs, key(id, sourceId)},
                         {u"type"_qs, u"article"_qs},
                         {u"title"_qs, headline(*doc)},
                         {u"note"_qs, note.join(u'\n')}};
        if (!doc->titleTranslations.isEmpty() && !doc->title.isEmpty())
            item.insert(u"title-short"_qs, doc->titleTranslation());
        if (!doc->publisher.isEmpty())
            item.insert(u"publisher"_qs, doc->publisher);
        if (!doc->languages.isEmpty())
            item.insert(u"language"_qs, doc->languages.constFirst());
        if (!doc->date.isEmpty()) {
            QJsonArray parts;
            for (const QString &part : doc->date.split(u'-'))
                parts.append(part.toInt());
            item.insert(u"issued"_qs, QJsonObject{{u"date-parts"_qs, QJsonArray{parts}}});
        }
        items.append(item);
    }
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
}

} // namespace

std::optional<Format> formatFromName(const QString &name) {
    if (name == u"text")
        return Format::Text;
    if (name == u"bibtex")
        return Format::BibTeX;
    if (name == u"csl-json")
        return Format::CslJson;
    return std::nullopt;
}

QStringList formatNames() {
    return {u"text"_qs, u"bibtex"_qs, u"csl-json"_qs};
}

QString bibtexEscaped(const QString &text) {
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        case u'{':
        case u'}':
        case u'%':
        case u'&':
        case u'#':
        case u'$':
        case u'_':
            out += u'\\';
            out += c;
            break;
        case u'\n':
            out += u' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::optional<QString> cite(const Catalogue &catalogue, const QString &id, Format format,
                            const QString &appVersion) {
    const std::optional<Subject> subject = subjectOf(catalogue, id);
    if (!subject)
        return std::nullopt;
    switch (format) {
    case Format::Text:
        return text(catalogue, id, *subject, appVersion);
    case Format::BibTeX:
        return bibtex(catalogue, id, *subject, appVersion);
    case Format::CslJson:
        return cslJson(catalogue, id, *subject, appVersion);
    }
    return std::nullopt;
}

} // namespace colossus::Citation
