#include "catalogue/CatalogueLoader.h"
#include "catalogue/Formula.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

const QString tourReport = u"004_e29f3581bfd46301.txt"_qs;
const QString rackQuote = u"Diese Server sind in Racks mit jeweils acht Servern organisiert, also "
                          u"insgesamt 64 GPUs pro Rack."_qs;

// A small valid file: one reported figure quoted from a real report and one derived from it.
QJsonObject validFile() {
    const QJsonObject reported{{u"id"_qs, u"gpus_per_rack"_qs},
                               {u"label"_qs, u"GPUs per rack"_qs},
                               {u"value"_qs, 64},
                               {u"unit"_qs, u"GPUs"_qs},
                               {u"kind"_qs, u"reported"_qs},
                               {u"topic"_qs, u"hierarchy"_qs},
                               {u"source"_qs, tourReport},
                               {u"quote"_qs, rackQuote},
                               {u"written"_qs, u"64"_qs},
                               {u"translation"_qs, u"64 GPUs per rack in all."_qs}};
    const QJsonObject derived{{u"id"_qs, u"two_racks"_qs},
                              {u"label"_qs, u"GPUs in two racks"_qs},
                              {u"unit"_qs, u"GPUs"_qs},
                              {u"kind"_qs, u"derived"_qs},
                              {u"topic"_qs, u"hierarchy"_qs},
                              {u"formula"_qs, u"gpus_per_rack * 2"_qs},
                              {u"inputs"_qs, QJsonArray{u"gpus_per_rack"_qs}}};
    return {{u"figures"_qs, QJsonArray{reported, derived}}};
}

using Mutation = std::function<void(QJsonObject &)>;

// Changes one field of figures[index].
Mutation setField(int index, const QString &key, const QJsonValue &value) {
    return [=](QJsonObject &root) {
        QJsonArray figures = root.value(u"figures"_qs).toArray();
        QJsonObject figure = figures[index].toObject();
        if (value.isUndefined())
            figure.remove(key);
        else
            figure.insert(key, value);
        figures[index] = figure;
        root.insert(u"figures"_qs, figures);
    };
}

Mutation appendFigure(const QJsonObject &figure) {
    return [=](QJsonObject &root) {
        QJsonArray figures = root.value(u"figures"_qs).toArray();
        figures.append(figure);
        root.insert(u"figures"_qs, figures);
    };
}

QJsonObject derivedFigure(const QString &id, const QString &formula, const QStringList &inputs) {
    return {{u"id"_qs, id},
            {u"label"_qs, id},
            {u"unit"_qs, u"GPUs"_qs},
            {u"kind"_qs, u"derived"_qs},
            {u"topic"_qs, u"hierarchy"_qs},
            {u"formula"_qs, formula},
            {u"inputs"_qs, QJsonArray::fromStringList(inputs)}};
}

struct BrokenCase {
    const char *name;
    std::function<QByteArray()> file;
    QString path;            // the JSON path the problem must name
    QString messageFragment; // part of its message
};

QByteArray mutated(const Mutation &mutation) {
    QJsonObject root = validFile();
    mutation(root);
    return QJsonDocument(root).toJson();
}

// The tour report described, with one note on the quality of its copy.
QByteArray withSourceNote(const QJsonObject &note) {
    return mutated([&](QJsonObject &r) {
        r.insert(u"sources"_qs,
                 QJsonArray{QJsonObject{{u"id"_qs, tourReport},
                                        {u"languages"_qs, QJsonArray{u"de"_qs, u"es"_qs}},
                                        {u"title"_qs, u""_qs},
                                        {u"summary"_qs, u"s"_qs},
                                        {u"notes"_qs, QJsonArray{note}}}});
    });
}

std::ostream &operator<<(std::ostream &os, const BrokenCase &c) {
    return os << c.name;
}

class BrokenFile : public testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenFile, ReportsTheProblemWithItsPath) {
    const BrokenCase &c = GetParam();
    const LoadResult result = CatalogueLoader::loadJson(c.file());
    ASSERT_FALSE(result.ok());
    QStringList all;
    bool found = false;
    for (const LoadProblem &p : result.problems) {
        all.append(p.toString());
        found = found || (p.path == c.path && p.message.contains(c.messageFragment));
    }
    EXPECT_TRUE(found) << "expected " << qPrintable(c.path) << ": ..."
                       << qPrintable(c.messageFragment) << "\ngot:\n"
                       << qPrintable(all.join(u'\n'));
}

INSTANTIATE_TEST_SUITE_P(
    EveryKindOfProblem, BrokenFile,
    testing::Values(
        BrokenCase{"syntax", [] { return QByteArray("{\n  \"figures\": [}\n"); },
                   u"line 2, column 16"_qs, u"JSON syntax error"_qs},
        BrokenCase{"not_an_object", [] { return QByteArray("[1, 2]"); }, QString(),
                   u"top level must be a JSON object"_qs},
        BrokenCase{"unknown_top_level",
                   [] { return mutated([](QJsonObject &r) { r.insert(u"extra"_qs, 1); }); },
                   u"extra"_qs, u"unknown field"_qs},
        BrokenCase{"missing_figures", [] { return QByteArray("{}"); }, u"figures"_qs,
                   u"missing"_qs},
        BrokenCase{"missing_label",
                   [] { return mutated(setField(0, u"label"_qs, QJsonValue::Undefined)); },
                   u"figures[0].label"_qs, u"missing"_qs},
        BrokenCase{"value_is_text", [] { return mutated(setField(0, u"value"_qs, u"64"_qs)); },
                   u"figures[0].value"_qs, u"must be a number"_qs},
        BrokenCase{"label_is_number", [] { return mutated(setField(0, u"label"_qs, 3)); },
                   u"figures[0].label"_qs, u"must be a string"_qs},
        BrokenCase{"unknown_field", [] { return mutated(setField(0, u"colour"_qs, u"red"_qs)); },
                   u"figures[0].colour"_qs, u"unknown field"_qs},
        BrokenCase{"label_unknown_language",
                   [] {
                       return mutated(setField(0, u"label"_qs,
                                               QJsonObject{{u"en"_qs, u"GPUs per rack"_qs},
                                                           {u"fr"_qs, u"GPU par baie"_qs}}));
                   },
                   u"figures[0].label"_qs, u"fr: unknown language code"_qs},
        BrokenCase{"translation_without_english",
                   [] {
                       return mutated(setField(0, u"translation"_qs,
                                               QJsonObject{{u"de"_qs, u"64 GPUs pro Rack"_qs}}));
                   },
                   u"figures[0].translation"_qs, u"en: missing"_qs},
        BrokenCase{"label_language_not_text",
                   [] {
                       return mutated(setField(0, u"label"_qs,
                                               QJsonObject{{u"en"_qs, u"GPUs"_qs}, {u"ja"_qs, 3}}));
                   },
                   u"figures[0].label"_qs, u"ja: must be a non-empty string"_qs},
        BrokenCase{"bad_topic", [] { return mutated(setField(0, u"topic"_qs, u"gossip"_qs)); },
                   u"figures[0].topic"_qs, u"is not one of"_qs},
        BrokenCase{"bad_kind", [] { return mutated(setField(0, u"kind"_qs, u"guessed"_qs)); },
                   u"figures[0].kind"_qs, u"is not one of"_qs},
        BrokenCase{"bad_as_of", [] { return mutated(setField(0, u"asOf"_qs, u"July 2024"_qs)); },
                   u"figures[0].asOf"_qs, u"not an ISO date"_qs},
        BrokenCase{"season_with_a_day",
                   [] { return mutated(setField(0, u"asOf"_qs, u"2025-23-01"_qs)); },
                   u"figures[0].asOf"_qs, u"not an ISO date"_qs},
        BrokenCase{"duplicate_id",
                   [] { return mutated(setField(1, u"id"_qs, u"gpus_per_rack"_qs)); },
                   u"figures[1].id"_qs, u"duplicate id"_qs},
        BrokenCase{"unknown_source",
                   [] { return mutated(setField(0, u"source"_qs, u"999.txt"_qs)); },
                   u"figures[0].source"_qs, u"no document named \"999.txt\""_qs},
        BrokenCase{
            "quote_not_verbatim",
            [] { return mutated(setField(0, u"quote"_qs, u"insgesamt 65 GPUs pro Rack"_qs)); },
            u"figures[0].quote"_qs, u"not found in 004_e29f3581bfd46301.txt"_qs},
        BrokenCase{"written_not_in_quote",
                   [] { return mutated(setField(0, u"written"_qs, u"sixty-four"_qs)); },
                   u"figures[0].written"_qs, u"does not occur in the quote"_qs},
        BrokenCase{"derived_with_value", [] { return mutated(setField(1, u"value"_qs, 128)); },
                   u"figures[1].value"_qs, u"not allowed on a derived figure"_qs},
        BrokenCase{"reported_with_formula",
                   [] { return mutated(setField(0, u"formula"_qs, u"1 + 1"_qs)); },
                   u"figures[0].formula"_qs, u"only derived figures"_qs},
        BrokenCase{"derived_unknown_input",
                   [] {
                       return mutated(
                           appendFigure(derivedFigure(u"x"_qs, u"nope * 2"_qs, {u"nope"_qs})));
                   },
                   u"figures[2].inputs[0]"_qs, u"unknown figure id \"nope\""_qs},
        BrokenCase{"formula_uses_unlisted_id",
                   [] {
                       return mutated(appendFigure(derivedFigure(
                           u"x"_qs, u"gpus_per_rack * two_racks"_qs, {u"gpus_per_rack"_qs})));
                   },
                   u"figures[2].formula"_qs, u"\"two_racks\" is used but not listed"_qs},
        BrokenCase{"derived_cycle",
                   [] {
                       QJsonObject root = validFile();
                       appendFigure(derivedFigure(u"a"_qs, u"b + 1"_qs, {u"b"_qs}))(root);
                       appendFigure(derivedFigure(u"b"_qs, u"a + 1"_qs, {u"a"_qs}))(root);
                       return QJsonDocument(root).toJson();
                   },
                   u"figures[2].inputs"_qs, u"cycle: a -> b -> a"_qs},
        BrokenCase{"derived_division_by_zero",
                   [] {
                       return mutated(appendFigure(
                           derivedFigure(u"x"_qs, u"gpus_per_rack / 0"_qs, {u"gpus_per_rack"_qs})));
                   },
                   u"figures[2].formula"_qs, u"division by zero"_qs},
        BrokenCase{"value_not_finite",
                   [] {
                       // JSON cannot spell infinity, but arithmetic on finite values can reach it.
                       QJsonObject root = validFile();
                       setField(0, u"value"_qs, 1e15)(root);
                       setField(1, u"formula"_qs,
                                u"gpus_per_rack"_qs + u" * gpus_per_rack"_qs.repeated(21))(root);
                       return QJsonDocument(root).toJson();
                   },
                   u"figures[1].formula"_qs, u"not a finite number"_qs},
        BrokenCase{"date_value_mismatch",
                   [] {
                       QJsonObject root = validFile();
                       setField(0, u"unit"_qs, u"date"_qs)(root);
                       setField(0, u"asOf"_qs, u"2024-07-22"_qs)(root);
                       return QJsonDocument(root).toJson();
                   },
                   u"figures[0].value"_qs, u"19926"_qs},
        BrokenCase{"fact_quote_not_verbatim",
                   [] {
                       return mutated([](QJsonObject &r) {
                           r.insert(u"facts"_qs, QJsonArray{QJsonObject{
                                                     {u"id"_qs, u"f"_qs},
                                                     {u"label"_qs, u"f"_qs},
                                                     {u"topic"_qs, u"network"_qs},
                                                     {u"source"_qs, tourReport},
                                                     {u"quote"_qs, u"InfiniBand everywhere"_qs},
                                                     {u"translation"_qs, u"t"_qs}}});
                       });
                   },
                   u"facts[0].quote"_qs, u"not found in"_qs},
        BrokenCase{"source_metadata_unknown_document",
                   [] {
                       return mutated([](QJsonObject &r) {
                           r.insert(u"sources"_qs,
                                    QJsonArray{QJsonObject{{u"id"_qs, u"nope.txt"_qs},
                                                           {u"languages"_qs, QJsonArray{u"de"_qs}},
                                                           {u"title"_qs, u""_qs},
                                                           {u"summary"_qs, u"s"_qs}}});
                       });
                   },
                   u"sources[0].id"_qs, u"no document named"_qs},
        BrokenCase{"source_note_quote_not_in_document",
                   [] {
                       return withSourceNote({{u"text"_qs, u"t"_qs}, {u"quote"_qs, u"nope"_qs}});
                   },
                   u"sources[0].notes[0].quote"_qs, u"not found in"_qs},
        BrokenCase{"source_note_unknown_check",
                   [] {
                       return withSourceNote({{u"text"_qs, u"t"_qs}, {u"check"_qs, u"nope"_qs}});
                   },
                   u"sources[0].notes[0].check"_qs, u"no check with id"_qs},
        BrokenCase{"source_note_without_text",
                   [] {
                       return withSourceNote({{u"quote"_qs, rackQuote}});
                   },
                   u"sources[0].notes[0].text"_qs, u"missing"_qs}),
    [](const testing::TestParamInfo<BrokenCase> &info) { return std::string(info.param.name); });

// A chain of derived figures: chain_0 = chain_1 + 1, ..., chain_{n-1} = gpus_per_rack + 1.
QByteArray derivedChain(int length) {
    QJsonObject root = validFile();
    QJsonArray figures = root.value(u"figures"_qs).toArray();
    for (int i = 0; i < length; ++i) {
        const QString input =
            i + 1 < length ? u"chain_%1"_qs.arg(i + 1) : QStringLiteral("gpus_per_rack");
        figures.append(derivedFigure(u"chain_%1"_qs.arg(i), input + u" + 1"_qs, {input}));
    }
    root.insert(u"figures"_qs, figures);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray withFormula(const QString &formula) {
    return mutated(setField(1, u"formula"_qs, formula));
}

// Hostile files (issue 12): limits that keep the loader's stack, time and the views' arithmetic
// bounded, each reported with its place.
INSTANTIATE_TEST_SUITE_P(
    Limits, BrokenFile,
    testing::Values(
        BrokenCase{
            "json_nested_10000_deep",
            [] { return "{\"figures\": " + QByteArray(10000, '[') + QByteArray(10000, ']') + "}"; },
            u"line 1, column 28"_qs, u"nested more than 16 levels deep"_qs},
        BrokenCase{"formula_nested_10000_deep",
                   [] {
                       return withFormula(u"("_qs.repeated(10000) + u"gpus_per_rack"_qs +
                                          u")"_qs.repeated(10000));
                   },
                   u"figures[1].formula"_qs, u"is 20013 characters long; at most 10000"_qs},
        BrokenCase{"formula_nested_4000_deep",
                   [] {
                       return withFormula(u"("_qs.repeated(4000) + u"gpus_per_rack"_qs +
                                          u")"_qs.repeated(4000));
                   },
                   u"figures[1].formula"_qs, u"is 8013 characters long; at most 1000 are"_qs},
        BrokenCase{"formula_nested_100_deep",
                   [] {
                       return withFormula(u"("_qs.repeated(100) + u"gpus_per_rack"_qs +
                                          u")"_qs.repeated(100));
                   },
                   u"figures[1].formula"_qs, u"nested more than 32 levels deep"_qs},
        BrokenCase{"derived_chain_40000", [] { return derivedChain(40000); }, u"figures"_qs,
                   u"has 40002 entries; at most 10000"_qs},
        BrokenCase{"derived_chain_9000", [] { return derivedChain(9000); },
                   u"figures[65].inputs"_qs,
                   u"a chain of derived figures longer than 64 (chain_0 -> chain_1 -> … -> "
                   u"chain_64)"_qs},
        BrokenCase{"label_of_a_million_characters",
                   [] { return mutated(setField(0, u"label"_qs, u"x"_qs.repeated(1000000))); },
                   u"figures[0].label"_qs, u"is 1000000 characters long; at most 10000"_qs},
        BrokenCase{"value_1e308", [] { return mutated(setField(0, u"value"_qs, 1e308)); },
                   u"figures[0].value"_qs, u"1e+308 is out of range"_qs},
        BrokenCase{"value_minus_1e308", [] { return mutated(setField(0, u"value"_qs, -1e308)); },
                   u"figures[0].value"_qs, u"-1e+308 is out of range"_qs},
        BrokenCase{"value_9_3e18", [] { return mutated(setField(0, u"value"_qs, 9.3e18)); },
                   u"figures[0].value"_qs, u"9.3e+18 is out of range"_qs},
        BrokenCase{"value_1e29", [] { return mutated(setField(0, u"value"_qs, 1e29)); },
                   u"figures[0].value"_qs, u"1e+29 is out of range"_qs},
        BrokenCase{"derived_result_out_of_range",
                   [] {
                       QJsonObject root = validFile();
                       setField(0, u"value"_qs, 1e15)(root);
                       return QJsonDocument(root).toJson();
                   },
                   u"figures[1].formula"_qs, u"the result 2e+15 is out of range"_qs}),
    [](const testing::TestParamInfo<BrokenCase> &info) { return std::string(info.param.name); });

TEST(CatalogueLoader, AChainUpToTheLimitLoads) {
    const LoadResult result =
        CatalogueLoader::loadJson(derivedChain(CatalogueLoader::maximumDerivedChain - 1));
    ASSERT_TRUE(result.ok()) << qPrintable(result.problems.value(0).toString());
    EXPECT_EQ(result.catalogue->figure(u"chain_0")->value,
              64 + CatalogueLoader::maximumDerivedChain - 1);
}

TEST(CatalogueLoader, AcceptsTheSmallValidFileAndComputesDerivedValues) {
    const LoadResult result = CatalogueLoader::loadJson(QJsonDocument(validFile()).toJson());
    ASSERT_TRUE(result.ok()) << qPrintable(result.problems.value(0).toString());
    EXPECT_EQ(result.catalogue->value(u"two_racks"), 128);
}

TEST(CatalogueLoader, ReadsTextsInSeveralLanguagesFallingBackToEnglish) {
    QJsonObject root = validFile();
    setField(0, u"label"_qs,
             QJsonObject{{u"en"_qs, u"GPUs per rack"_qs}, {u"de"_qs, u"GPUs pro Rack"_qs}})(root);
    const LoadResult result = CatalogueLoader::loadJson(QJsonDocument(root).toJson());
    ASSERT_TRUE(result.ok()) << qPrintable(result.problems.value(0).toString());
    const Figure *figure = result.catalogue->figure(u"gpus_per_rack");
    ASSERT_NE(figure, nullptr);
    EXPECT_EQ(figure->label(), u"GPUs per rack"_qs); // the reader's language: English here
    EXPECT_EQ(figure->labels.text(u"de"_qs), u"GPUs pro Rack"_qs);
    EXPECT_EQ(figure->labels.text(u"ja"_qs), u"GPUs per rack"_qs); // not given: English
    // A plain string is English only, and is written back as one.
    EXPECT_EQ(figure->translations.languages(), QStringList{u"en"_qs});
    EXPECT_TRUE(figure->translations.toJson().isString());
    EXPECT_TRUE(figure->labels.toJson().isObject());
}

TEST(CatalogueLoader, ReportsEveryProblemAtOnce) {
    QJsonObject root = validFile();
    setField(0, u"written"_qs, u"sixty-four"_qs)(root);
    setField(0, u"topic"_qs, u"gossip"_qs)(root);
    setField(1, u"colour"_qs, u"red"_qs)(root);
    const LoadResult result = CatalogueLoader::loadJson(QJsonDocument(root).toJson());
    EXPECT_EQ(result.problems.size(), 3);
}

TEST(CatalogueLoader, RefusesFilesOver16MiBWithoutReadingThem) {
    QTemporaryDir dir;
    QFile file(dir.filePath(u"huge.json"_qs));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(CatalogueLoader::maximumFileSize + 1));
    file.close();
    const LoadResult result = CatalogueLoader::loadFile(file.fileName());
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_TRUE(result.problems[0].message.contains(u"over 16 MiB"_qs) ||
                result.problems[0].message.contains(u"16 MiB are refused"_qs))
        << qPrintable(result.problems[0].message);
}

TEST(CatalogueLoader, NamesAMissingFile) {
    const LoadResult result = CatalogueLoader::loadFile(u"/nonexistent/colossus.json"_qs);
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_EQ(result.problems[0].message, u"no such file"_qs);
}

// The embedded catalogue, checked independently of the loader's own checks.
class EmbeddedCatalogue : public testing::Test {
protected:
    const Catalogue &catalogue = Catalogue::embedded();
};

TEST_F(EmbeddedCatalogue, LoadsWithoutProblems) {
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QStringList problems;
    for (const LoadProblem &p : result.problems)
        problems.append(p.toString());
    EXPECT_TRUE(result.ok()) << qPrintable(problems.join(u'\n'));
}

TEST_F(EmbeddedCatalogue, ShipsTheFiveReportsByteIdentical) {
    ASSERT_EQ(catalogue.sources().size(), 5);
    for (const SourceDocument &doc : catalogue.sources()) {
        QFile seed(QStringLiteral(COLOSSUS_SOURCE_DIR "/resources/sources/") + doc.id);
        ASSERT_TRUE(seed.open(QIODevice::ReadOnly)) << qPrintable(doc.id);
        EXPECT_EQ(doc.text.toUtf8(), seed.readAll()) << qPrintable(doc.id);
        EXPECT_FALSE(doc.languages.isEmpty()) << qPrintable(doc.id);
        EXPECT_FALSE(doc.summary().isEmpty()) << qPrintable(doc.id);
    }
    // The documents we were given, where the checkout has them beside it (as CI does).
    const QDir seeds(QStringLiteral(COLOSSUS_SEEDS_DIR));
    if (seeds.exists()) {
        EXPECT_EQ(seeds.entryList(QDir::Files).size(), catalogue.sources().size());
        for (const SourceDocument &doc : catalogue.sources()) {
            QFile seed(seeds.filePath(doc.id));
            ASSERT_TRUE(seed.open(QIODevice::ReadOnly)) << qPrintable(doc.id);
            EXPECT_EQ(doc.text.toUtf8(), seed.readAll()) << qPrintable(doc.id);
        }
    }
    EXPECT_EQ(catalogue.source(u"004_e29f3581bfd46301.txt")->languages,
              QStringList({u"de"_qs, u"es"_qs}));
}

TEST_F(EmbeddedCatalogue, EveryQuoteIsVerbatimAndEveryWrittenFormIsInItsQuote) {
    for (const Figure &f : catalogue.figures()) {
        if (f.isDerived())
            continue;
        const SourceDocument *doc = catalogue.source(f.source);
        ASSERT_NE(doc, nullptr) << qPrintable(f.id);
        EXPECT_TRUE(doc->text.contains(f.quote)) << qPrintable(f.id);
        EXPECT_TRUE(f.quote.contains(f.written)) << qPrintable(f.id);
        EXPECT_FALSE(f.translations.text().isEmpty()) << qPrintable(f.id);
    }
    for (const Fact &fact : catalogue.facts())
        EXPECT_GE(catalogue.passageOffset(fact.source, fact.quote), 0) << qPrintable(fact.id);
}

TEST_F(EmbeddedCatalogue, DerivedValuesEqualTheirFormulaRecomputed) {
    int derived = 0;
    for (const Figure &f : catalogue.figures()) {
        if (!f.isDerived())
            continue;
        ++derived;
        const Formula::Result r = Formula::evaluate(f.formula, [&](const QString &id) {
            const Figure *input = catalogue.figure(id);
            return input ? std::optional(input->value) : std::nullopt;
        });
        ASSERT_TRUE(r.value.has_value()) << qPrintable(f.id);
        EXPECT_DOUBLE_EQ(f.value, *r.value) << qPrintable(f.id);
        EXPECT_EQ(Formula::identifiers(f.formula), f.inputs) << qPrintable(f.id);
    }
    EXPECT_GE(derived, 5);
    // Spot checks against arithmetic done by hand on the reported figures.
    EXPECT_DOUBLE_EQ(catalogue.value(u"racks_needed"),
                     catalogue.value(u"gpus_built") / catalogue.value(u"gpus_per_rack"));
    EXPECT_DOUBLE_EQ(catalogue.value(u"server_bandwidth_derived"),
                     catalogue.value(u"gpus_per_server") * catalogue.value(u"nic_per_gpu_gb") +
                         catalogue.value(u"extra_nic_gb"));
}

TEST_F(EmbeddedCatalogue, QuotesTheFirstOccurrenceOfRepeatedParagraphs) {
    // 001 repeats whole paragraphs; the offset used for highlighting is the first one.
    const Figure &planned = catalogue.require(u"planned_gpus");
    const SourceDocument *doc = catalogue.source(planned.source);
    const qsizetype first = catalogue.passageOffset(planned.source, planned.quote);
    EXPECT_EQ(first, doc->text.indexOf(planned.quote));
    EXPECT_GT(doc->text.indexOf(planned.quote, first + 1), first) << "the passage is repeated";
}

TEST_F(EmbeddedCatalogue, EveryDocumentContributesFigures) {
    for (const SourceDocument &doc : catalogue.sources()) {
        const auto n = std::count_if(catalogue.figures().cbegin(), catalogue.figures().cend(),
                                     [&](const Figure &f) { return f.source == doc.id; });
        EXPECT_GT(n, 0) << qPrintable(doc.id);
    }
    EXPECT_GE(catalogue.figures().size(), 50);
}

} // namespace
