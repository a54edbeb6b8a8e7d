#include "catalogue/Citation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

struct BibEntry {
    QString type, key;
    QMap<QString, QString> fields; // values with their outer braces removed
};

// A small BibTeX reader, strict where BibTeX is: @type{key, name = {value}, ... } with
// balanced braces (a backslash escapes the next character). Returns an empty list and sets
// error on anything else.
QList<BibEntry> parseBibtex(const QString &text, QString &error) {
    QList<BibEntry> entries;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && text[i].isSpace())
            ++i;
    };
    const auto word = [&] {
        const qsizetype start = i;
        while (i < text.size() && (text[i].isLetterOrNumber() || text[i] == u'-' ||
                                   text[i] == u'_' || text[i] == u':'))
            ++i;
        return text.mid(start, i - start);
    };
    const auto expect = [&](QChar c) {
        skipSpace();
        if (i >= text.size() || text[i] != c) {
            error = QStringLiteral("expected '%1' at %2").arg(c).arg(i);
            return false;
        }
        ++i;
        return true;
    };
    while (true) {
        skipSpace();
        if (i >= text.size())
            return entries;
        if (!expect(u'@'))
            return {};
        BibEntry entry;
        entry.type = word();
        if (!expect(u'{'))
            return {};
        skipSpace();
        entry.key = word();
        if (entry.key.isEmpty() || !expect(u','))
            return {};
        while (true) {
            skipSpace();
            if (i < text.size() && text[i] == u'}') {
                ++i;
                break;
            }
            const QString name = word();
            if (name.isEmpty()) {
                error = QStringLiteral("expected a field name or '}' at %1").arg(i);
                return {};
            }
            if (!expect(u'=') || !expect(u'{'))
                return {};
            int depth = 1;
            QString value;
            while (i < text.size() && depth > 0) {
                const QChar c = text[i++];
                if (c == u'\\' && i < text.size()) {
                    value += c;
                    value += text[i++];
                    continue;
                }
                depth += c == u'{' ? 1 : c == u'}' ? -1 : 0;
                if (depth > 0)
                    value += c;
            }
            if (depth != 0) {
                error = QStringLiteral("unbalanced braces in ") + name;
                return {};
            }
            if (entry.fields.contains(name)) {
                error = QStringLiteral("duplicate field ") + name;
                return {};
            }
            entry.fields.insert(name, value);
            skipSpace();
            if (i < text.size() && text[i] == u',')
                ++i;
        }
        entries << entry;
    }
}

TEST(BibtexReader, RejectsUnbalancedBraces) {
    QString error;
    EXPECT_TRUE(parseBibtex(u"@misc{k,\n  title = {a {b},\n}\n"_qs, error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_EQ(parseBibtex(u"@misc{k,\n  title = {a \\{b},\n}\n"_qs, error).size(), 1)
        << qPrintable(error);
}

TEST(Citation, BibtexOfAReportedFigureParsesAndNamesTheReport) {
    const Catalogue &c = Catalogue::embedded();
    const std::optional<QString> bib =
        Citation::cite(c, u"gpus_built"_qs, Citation::Format::BibTeX, u"9.9.9"_qs);
    ASSERT_TRUE(bib.has_value());
    QString error;
    const QList<BibEntry> entries = parseBibtex(*bib, error);
    ASSERT_EQ(entries.size(), 1) << qPrintable(error) << "\n" << qPrintable(*bib);
    const BibEntry &e = entries[0];
    EXPECT_EQ(e.type, u"misc"_qs);
    const SourceDocument *doc = c.source(c.require(u"gpus_built").source);
    EXPECT_EQ(e.fields.value(u"title"_qs), doc->title); // the headline as written
    EXPECT_EQ(e.fields.value(u"publisher"_qs), doc->publisher);
    EXPECT_EQ(e.fields.value(u"date"_qs), doc->date);
    const QString note = e.fields.value(u"note"_qs);
    EXPECT_TRUE(note.contains(c.require(u"gpus_built").quote)) << qPrintable(note);
    EXPECT_TRUE(note.contains(c.require(u"gpus_built").translations.english()));
    EXPECT_TRUE(note.contains(u"Colossus Explorer 9.9.9"_qs));
    EXPECT_TRUE(note.contains(u"sha256:"_qs + c.digest()));
    EXPECT_EQ(c.digest().size(), 64);
}

TEST(Citation, ACheckCitesEveryReportItInvolvesInEveryFormat) {
    const Catalogue &c = Catalogue::embedded();
    // grok2-gpus: a Japanese and a Chinese report.
    const std::optional<QString> bib =
        Citation::cite(c, u"grok2-gpus"_qs, Citation::Format::BibTeX, u"1"_qs);
    ASSERT_TRUE(bib.has_value());
    QString error;
    const QList<BibEntry> entries = parseBibtex(*bib, error);
    EXPECT_EQ(entries.size(), 2) << qPrintable(error) << "\n" << qPrintable(*bib);
    QStringList keys;
    for (const BibEntry &e : entries)
        keys << e.key;
    keys.removeDuplicates();
    EXPECT_EQ(keys.size(), entries.size());

    const std::optional<QString> csl =
        Citation::cite(c, u"grok2-gpus"_qs, Citation::Format::CslJson, u"1"_qs);
    ASSERT_TRUE(csl.has_value());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(csl->toUtf8(), &parseError);
    ASSERT_EQ(parseError.error, QJsonParseError::NoError) << qPrintable(parseError.errorString());
    ASSERT_TRUE(doc.isArray());
    ASSERT_EQ(doc.array().size(), 2);
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject item = v.toObject();
        EXPECT_FALSE(item.value(u"id"_qs).toString().isEmpty());
        EXPECT_EQ(item.value(u"type"_qs).toString(), u"article"_qs);
        EXPECT_FALSE(item.value(u"title"_qs).toString().isEmpty());
        EXPECT_TRUE(item.value(u"note"_qs).toString().contains(u"Passage: “"_qs));
    }
    const std::optional<QString> text =
        Citation::cite(c, u"grok2-gpus"_qs, Citation::Format::Text, u"1"_qs);
    ASSERT_TRUE(text.has_value());
    EXPECT_TRUE(text->contains(c.require(u"grok2_oracle_h100").quote));
    EXPECT_TRUE(text->contains(c.require(u"grok2_gpus_needed").quote));
}

TEST(Citation, ADerivedFigureCitesItsInputsAndShowsItsArithmetic) {
    const Catalogue &c = Catalogue::embedded();
    const std::optional<QString> text =
        Citation::cite(c, u"racks_needed"_qs, Citation::Format::Text, u"1"_qs);
    ASSERT_TRUE(text.has_value());
    EXPECT_TRUE(text->contains(u"Derived: gpus_built / gpus_per_rack"_qs)) << qPrintable(*text);
    EXPECT_TRUE(text->contains(c.require(u"gpus_per_rack").quote));
}

TEST(Citation, UnknownIdsAndFormats) {
    EXPECT_FALSE(Citation::cite(Catalogue::embedded(), u"nope"_qs, Citation::Format::Text, u"1"_qs)
                     .has_value());
    EXPECT_FALSE(Citation::formatFromName(u"ris"_qs).has_value());
    EXPECT_EQ(Citation::bibtexEscaped(u"$NVDA 50% {x}"_qs), u"\\$NVDA 50\\% \\{x\\}"_qs);
}

} // namespace
