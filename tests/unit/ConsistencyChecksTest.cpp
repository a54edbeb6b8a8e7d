#include "catalogue/ConsistencyChecks.h"
#include "catalogue/CatalogueLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace colossus;
using Verdict = ConsistencyCheck::Verdict;

namespace {

// Checks read as prose: a no-break space keeps a number with its unit; compare with spaces.
QString plain(QString text) {
    return text.replace(QChar(0x00a0), u' ');
}

// ---- the embedded catalogue's checks ----------------------------------------------------

struct ExpectedVerdict {
    const char *id;
    Verdict verdict;
    const char *explanationFragment; // a computed number the explanation must show
};

std::ostream &operator<<(std::ostream &os, const ExpectedVerdict &e) {
    return os << e.id;
}

class CheckVerdict : public testing::TestWithParam<ExpectedVerdict> {};

TEST_P(CheckVerdict, OnTheEmbeddedCatalogue) {
    const ExpectedVerdict &expected = GetParam();
    const QList<ConsistencyCheck> checks = runConsistencyChecks(Catalogue::embedded());
    const auto it = std::find_if(checks.cbegin(), checks.cend(), [&](const ConsistencyCheck &c) {
        return c.id == QLatin1String(expected.id);
    });
    ASSERT_NE(it, checks.cend()) << expected.id;
    EXPECT_EQ(ConsistencyCheck::verdictName(it->verdict),
              ConsistencyCheck::verdictName(expected.verdict));
    EXPECT_TRUE(plain(it->explanation()).contains(QString::fromUtf8(expected.explanationFragment)))
        << qPrintable(it->explanation());
    EXPECT_FALSE(it->explanation().contains(u'{')) << qPrintable(it->explanation());
    EXPECT_FALSE(it->title().contains(u'{')) << qPrintable(it->title());
    for (const QString &id : it->figureIds)
        EXPECT_NE(Catalogue::embedded().figure(id), nullptr) << qPrintable(id);
    EXPECT_FALSE(it->passages.isEmpty());
    EXPECT_FALSE(it->arithmetic.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    EveryCheck, CheckVerdict,
    testing::Values(ExpectedVerdict{"racks-and-groups", Verdict::Agrees, "1,562.5 ƒ racks"},
                    ExpectedVerdict{"server-bandwidth", Verdict::Agrees, "3,600 Gb/s"},
                    ExpectedVerdict{"group-fanout", Verdict::Agrees, "8 x 8 x 8 = 512"},
                    ExpectedVerdict{"gpt4-fraction", Verdict::Disagrees, "1/4 of the GPU count"},
                    ExpectedVerdict{"power-unit", Verdict::UnclearUnit, "150 MW"},
                    ExpectedVerdict{"grok2-gpus", Verdict::Disagrees, "4,000 GPUs (17%)"},
                    ExpectedVerdict{"build-duration", Verdict::Disagrees, "31 days (34%) more"},
                    ExpectedVerdict{"valuation", Verdict::Agrees, "grew by 1.88x"},
                    ExpectedVerdict{"planned-start", Verdict::Agrees, "the plan was fall 2025"},
                    ExpectedVerdict{"promise-gpu-type", Verdict::Disagrees, "names B200"},
                    ExpectedVerdict{"upgrade-doubling", Verdict::Agrees, "200,000"},
                    ExpectedVerdict{"planned-tenfold", Verdict::Agrees, "10 times"}),
    [](const testing::TestParamInfo<ExpectedVerdict> &info) {
        std::string name = info.param.id;
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

TEST(ConsistencyChecks, VerdictsFollowTheFiguresNotATable) {
    // Change one reported figure and the verdict must change with it.
    QList<Figure> figures = Catalogue::embedded().figures();
    for (Figure &f : figures) {
        if (f.id == u"gpus_per_group")
            f.value = 500;
    }
    const Catalogue changed(Catalogue::embedded().sources(), figures, Catalogue::embedded().facts(),
                            Catalogue::embedded().checks());
    const QList<ConsistencyCheck> checks = runConsistencyChecks(changed);
    const auto fanout = std::find_if(checks.cbegin(), checks.cend(), [](const ConsistencyCheck &c) {
        return c.id == u"group-fanout";
    });
    ASSERT_NE(fanout, checks.cend());
    EXPECT_EQ(fanout->verdict, Verdict::Disagrees);
    EXPECT_TRUE(fanout->title().contains(u"against 500\u00a0GPUs per group"_qs))
        << qPrintable(fanout->title());
}

TEST(ConsistencyChecks, SkipsChecksWhoseFiguresAreMissing) {
    const Catalogue empty(Catalogue::embedded().sources(), {}, {}, Catalogue::embedded().checks());
    EXPECT_TRUE(runConsistencyChecks(empty).isEmpty());
}

TEST(ConsistencyChecks, ChecksInvolvingAFigure) {
    const QList<ConsistencyCheck> checks = runConsistencyChecks(Catalogue::embedded());
    const QList<ConsistencyCheck> involving = checksInvolving(checks, u"gpt4_a100"_qs);
    ASSERT_EQ(involving.size(), 1);
    EXPECT_EQ(involving[0].id, u"gpt4-fraction"_qs);
}

TEST(ConsistencyChecks, OnlyTheDisputedFiguresOfADisagreementAreMarked) {
    const QList<ConsistencyCheck> checks = runConsistencyChecks(Catalogue::embedded());
    for (const ConsistencyCheck &check : checks) {
        if (check.verdict == Verdict::Agrees) {
            EXPECT_TRUE(check.disputedIds.isEmpty()) << qPrintable(check.id);
            continue;
        }
        EXPECT_FALSE(check.disputedIds.isEmpty()) << qPrintable(check.id);
        for (const QString &id : check.disputedIds)
            EXPECT_TRUE(check.figureIds.contains(id)) << qPrintable(check.id + u' ' + id);
    }
    // The built GPU count is an input of the GPT-4 check, but nobody disputes it.
    const auto gpt4 = std::find_if(checks.cbegin(), checks.cend(), [](const ConsistencyCheck &c) {
        return c.id == u"gpt4-fraction";
    });
    ASSERT_NE(gpt4, checks.cend());
    EXPECT_FALSE(gpt4->disputedIds.contains(u"gpus_built"_qs));
    EXPECT_TRUE(gpt4->disputedIds.contains(u"gpt4_fraction"_qs));
}

TEST(ConsistencyChecks, ADerivedFigureBringsThePassagesOfItsInputs) {
    const QList<ConsistencyCheck> checks = runConsistencyChecks(Catalogue::embedded());
    const auto it = std::find_if(checks.cbegin(), checks.cend(), [](const ConsistencyCheck &c) {
        return c.id == u"upgrade-doubling";
    });
    ASSERT_NE(it, checks.cend());
    // gpus_built, upgrade_h100 and upgrade_h200 (the last two share one passage).
    ASSERT_EQ(it->passages.size(), 2);
    EXPECT_EQ(it->passages[0].quote, Catalogue::embedded().require(u"gpus_built").quote);
}

// ---- checks written as JSON, loaded and judged ------------------------------------------

const QString spanishTour = u"004_e29f3581bfd46301.txt"_qs;

QJsonObject reported(const QString &id, double value, const QString &unit, const QString &source,
                     const QString &quote, const QString &written, const QString &asOf = {}) {
    QJsonObject f{{u"id"_qs, id},
                  {u"label"_qs, id},
                  {u"value"_qs, value},
                  {u"unit"_qs, unit},
                  {u"kind"_qs, u"reported"_qs},
                  {u"topic"_qs, u"hierarchy"_qs},
                  {u"source"_qs, source},
                  {u"quote"_qs, quote},
                  {u"written"_qs, written},
                  {u"translation"_qs, u"t"_qs}};
    if (!asOf.isEmpty())
        f.insert(u"asOf"_qs, asOf);
    return f;
}

// Real passages from the reports, a derived figure, two dates and a duration.
QJsonObject smallFile(const QJsonArray &checks) {
    const QString rack = u"Diese Server sind in Racks mit jeweils acht Servern organisiert, also "
                         u"insgesamt 64 GPUs pro Rack."_qs;
    const QJsonArray figures{
        reported(u"per_server"_qs, 8, u"GPUs"_qs, spanishTour,
                 u"Estos servidores GPU son Nvidia HGX H100, una potente solución de servidor "
                 u"que cuenta con ocho GPU H100 cada una."_qs,
                 u"ocho"_qs),
        reported(u"servers"_qs, 8, u"servers"_qs, spanishTour, rack, u"acht Servern"_qs),
        reported(u"per_rack"_qs, 64, u"GPUs"_qs, spanishTour, rack, u"64 GPUs"_qs),
        QJsonObject{{u"id"_qs, u"per_rack_computed"_qs},
                    {u"label"_qs, u"computed"_qs},
                    {u"unit"_qs, u"GPUs"_qs},
                    {u"kind"_qs, u"derived"_qs},
                    {u"topic"_qs, u"hierarchy"_qs},
                    {u"formula"_qs, u"per_server * servers"_qs},
                    {u"inputs"_qs, QJsonArray{u"per_server"_qs, u"servers"_qs}}},
        reported(u"post"_qs, 19876, u"date"_qs, u"003_ad7b59b05cb549f6.txt"_qs,
                 u"– Elon Musk (@elonmusk) 2. Juni 2024"_qs, u"2. Juni 2024"_qs, u"2024-06-02"_qs),
        reported(u"start"_qs, 19926, u"date"_qs, u"002_67189e2a346dc53a.txt"_qs,
                 u"当地时间 7 月 22 日凌晨 4:20 正式开始运转"_qs, u"7 月 22 日"_qs,
                 u"2024-07-22"_qs),
        reported(u"assembly"_qs, 122, u"days"_qs, spanishTour,
                 u"nachdem die Montage 122 Tage gedauert hatte"_qs, u"122 Tage"_qs),
    };
    const QJsonArray facts{QJsonObject{{u"id"_qs, u"ethernet"_qs},
                                       {u"label"_qs, u"Ethernet"_qs},
                                       {u"topic"_qs, u"network"_qs},
                                       {u"source"_qs, spanishTour},
                                       {u"quote"_qs, u"Cluster läuft über Ethernet"_qs},
                                       {u"translation"_qs, u"cluster runs on Ethernet"_qs}}};
    return {{u"figures"_qs, figures}, {u"facts"_qs, facts}, {u"checks"_qs, checks}};
}

QJsonObject check(const QJsonArray &relations, const QJsonObject &extra = {}) {
    QJsonObject c{{u"id"_qs, u"c"_qs},
                  {u"title"_qs, u"{per_rack} GPUs per rack"_qs},
                  {u"relations"_qs, relations},
                  {u"ifHolds"_qs,
                   QJsonObject{{u"verdict"_qs, u"agrees"_qs}, {u"explanation"_qs, u"holds"_qs}}},
                  {u"otherwise"_qs, QJsonObject{{u"verdict"_qs, u"disagrees"_qs},
                                                {u"explanation"_qs, u"fails"_qs}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        c.insert(it.key(), it.value());
    return c;
}

LoadResult load(const QJsonObject &file) {
    return CatalogueLoader::loadJson(QJsonDocument(file).toJson());
}

struct RelationCase {
    const char *name;
    const char *relation; // JSON
    bool holds;
};

std::ostream &operator<<(std::ostream &os, const RelationCase &c) {
    return os << c.name;
}

class Relation : public testing::TestWithParam<RelationCase> {};

TEST_P(Relation, IsJudgedOnTheFiguresOfTheFile) {
    const QJsonObject relation = QJsonDocument::fromJson(QByteArray(GetParam().relation)).object();
    ASSERT_FALSE(relation.isEmpty()) << GetParam().relation;
    const LoadResult result = load(smallFile({check({relation})}));
    ASSERT_TRUE(result.ok()) << qPrintable(result.problems.value(0).toString());
    const QList<ConsistencyCheck> checks = runConsistencyChecks(*result.catalogue);
    ASSERT_EQ(checks.size(), 1);
    EXPECT_EQ(checks[0].verdict, GetParam().holds ? Verdict::Agrees : Verdict::Disagrees)
        << qPrintable(checks[0].arithmetic);
    EXPECT_EQ(checks[0].explanation(), GetParam().holds ? u"holds"_qs : u"fails"_qs);
    EXPECT_EQ(plain(checks[0].title()), u"64 GPUs per rack"_qs);
}

INSTANTIATE_TEST_SUITE_P(
    EveryRelationType, Relation,
    testing::Values(
        RelationCase{"equal", R"({"type": "equal", "a": "per_rack", "b": "per_rack_computed"})",
                     true},
        RelationCase{"equal_fails", R"({"type": "equal", "a": "per_rack", "b": "servers"})", false},
        RelationCase{"equal_within_tolerance",
                     R"({"type": "equal", "a": "per_rack", "b": "per_rack + 5", "tolerance": 0.1})",
                     true},
        RelationCase{"equal_outside_tolerance",
                     R"({"type": "equal", "a": "per_rack", "b": "per_rack + 8", "tolerance": 0.1})",
                     false},
        RelationCase{"two_values", R"({"type": "two-values", "a": "per_server", "b": "servers"})",
                     true},
        RelationCase{"ratio",
                     R"({"type": "ratio", "of": ["per_rack", "servers"], "equals": "per_server"})",
                     true},
        RelationCase{"ratio_fails",
                     R"({"type": "ratio", "of": ["per_rack", "servers"], "equals": 9})", false},
        RelationCase{"sum", R"({"type": "sum", "of": ["per_server", "servers"], "equals": 16})",
                     true},
        RelationCase{
            "product",
            R"({"type": "product", "of": ["per_server", "servers"], "equals": "per_rack"})", true},
        RelationCase{
            "product_fails",
            R"({"type": "product", "of": ["per_server", "per_rack"], "equals": "per_rack"})",
            false},
        RelationCase{"greater", R"({"type": "greater", "a": "per_rack", "b": "servers"})", true},
        RelationCase{"greater_fails", R"({"type": "greater", "a": "servers", "b": "per_server"})",
                     false},
        RelationCase{"greater_dates", R"({"type": "greater", "a": "start", "b": "post"})", true},
        RelationCase{"date_order", R"({"type": "date-order", "before": "post", "after": "start"})",
                     true},
        RelationCase{"date_order_fails",
                     R"({"type": "date-order", "before": "start", "after": "post"})", false},
        RelationCase{
            "date_gap_fails",
            R"({"type": "date-order", "before": "post", "after": "start", "gap": "assembly"})",
            false},
        RelationCase{
            "date_gap_within",
            R"({"type": "date-order", "before": "post", "after": "start", "gap": "assembly",
                         "absoluteTolerance": 80})",
            true},
        RelationCase{"contains", R"({"type": "contains", "ids": ["per_rack"], "terms": ["rack"]})",
                     true},
        RelationCase{"contains_fact",
                     R"({"type": "contains", "ids": ["ethernet"], "terms": ["InfiniBand"]})",
                     false},
        RelationCase{
            "same_term",
            R"({"type": "same-term", "ids": ["per_server", "per_rack"], "terms": ["GPU"]})", true},
        RelationCase{"same_term_fails",
                     R"({"type": "same-term", "ids": ["per_server", "per_rack"],
                         "terms": ["H100", "Rack"]})",
                     false},
        RelationCase{"contradiction",
                     R"({"type": "contradiction", "ids": ["per_server", "ethernet"]})", true}),
    [](const testing::TestParamInfo<RelationCase> &info) { return std::string(info.param.name); });

TEST(ChecksAsData, TemplatesShowValuesExpressionsTermsAndTolerance) {
    const QJsonObject c =
        check({QJsonObject{{u"type"_qs, u"equal"_qs},
                           {u"a"_qs, u"per_rack"_qs},
                           {u"b"_qs, u"per_rack_computed"_qs},
                           {u"tolerance"_qs, 0.05}},
               QJsonObject{{u"type"_qs, u"same-term"_qs},
                           {u"ids"_qs, QJsonArray{u"per_server"_qs, u"per_rack"_qs}},
                           {u"terms"_qs, QJsonArray{u"H100"_qs, u"Rack"_qs}}}},
              {{u"otherwise"_qs,
                QJsonObject{
                    {u"verdict"_qs, u"unclear unit"_qs},
                    {u"explanation"_qs,
                     u"{per_server} x {servers} = {=per_server * servers} (\"{per_rack:written}\", "
                     u"{per_rack:value}), {=per_rack / 3|1} a third, within {tolerance}; "
                     u"{per_server:term} against {per_rack:term}"_qs}}}});
    const LoadResult result = load(smallFile({c}));
    ASSERT_TRUE(result.ok()) << qPrintable(result.problems.value(0).toString());
    const ConsistencyCheck judged = runConsistencyChecks(*result.catalogue).value(0);
    EXPECT_EQ(judged.verdict, Verdict::UnclearUnit);
    EXPECT_EQ(plain(judged.explanation()),
              u"8 x 8 = 64 (\"64 GPUs\", 64 GPUs), 21.3 a third, within 5%; H100 against Rack"_qs);
    // The figures of the relations and of the text, the derived one's inputs' passages.
    EXPECT_EQ(judged.figureIds, (QStringList{u"per_rack"_qs, u"per_rack_computed"_qs,
                                             u"per_server"_qs, u"servers"_qs}));
    EXPECT_EQ(judged.passages.size(), 2); // the Spanish and the German sentence
    EXPECT_TRUE(judged.arithmetic.contains(u"per_rack ≈ per_rack_computed: 64 ≈ 64 within 5%"_qs))
        << qPrintable(judged.arithmetic);
    EXPECT_TRUE(judged.disputedIds.isEmpty()); // none listed
}

TEST(ChecksAsData, ListsFactsAndExtraPassages) {
    const QJsonObject c = check(
        {QJsonObject{{u"type"_qs, u"contradiction"_qs},
                     {u"ids"_qs, QJsonArray{u"per_server"_qs, u"ethernet"_qs}}}},
        {{u"passages"_qs, QJsonArray{QJsonObject{{u"source"_qs, u"000_1f0cf06bdb548c0b.txt"_qs},
                                                 {u"quote"_qs, u"Super Micro Computer"_qs}}}},
         {u"disputed"_qs, QJsonArray{u"per_server"_qs}}});
    QJsonObject onlyHolds = c;
    onlyHolds.remove(u"otherwise"_qs); // a contradiction needs no "otherwise"
    const LoadResult result = load(smallFile({onlyHolds}));
    ASSERT_TRUE(result.ok()) << qPrintable(result.problems.value(0).toString());
    const ConsistencyCheck judged = runConsistencyChecks(*result.catalogue).value(0);
    EXPECT_EQ(judged.factIds, QStringList{u"ethernet"_qs});
    ASSERT_EQ(judged.passages.size(), 4); // per_server, the rack title's per_rack, fact, extra
    EXPECT_EQ(judged.passages.last().quote, u"Super Micro Computer"_qs);
    EXPECT_TRUE(judged.disputedIds.isEmpty()); // it agrees (holds), so nothing is marked
}

struct BrokenCheck {
    const char *name;
    const char *check; // JSON of checks[0]
    const char *path;
    const char *message;
};

std::ostream &operator<<(std::ostream &os, const BrokenCheck &c) {
    return os << c.name;
}

class BrokenCheckFile : public testing::TestWithParam<BrokenCheck> {};

TEST_P(BrokenCheckFile, NamesThePlace) {
    const BrokenCheck &c = GetParam();
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(c.check)).object();
    ASSERT_FALSE(object.isEmpty()) << c.check;
    const LoadResult result = load(smallFile({object}));
    ASSERT_FALSE(result.ok());
    QStringList all;
    bool found = false;
    for (const LoadProblem &p : result.problems) {
        all << p.toString();
        found = found || (p.path == QLatin1String(c.path) &&
                          p.message.contains(QString::fromUtf8(c.message)));
    }
    EXPECT_TRUE(found) << "expected " << c.path << ": ..." << c.message << "\ngot:\n"
                       << qPrintable(all.join(u'\n'));
}

// Both outcomes of a check, for the cases whose problem lies elsewhere.
#define OUTCOMES                                                                                   \
    "\"ifHolds\": {\"verdict\": \"agrees\", \"explanation\": \"ok\"}, "                            \
    "\"otherwise\": {\"verdict\": \"disagrees\", \"explanation\": \"no\"}"

INSTANTIATE_TEST_SUITE_P(
    EveryKindOfProblem, BrokenCheckFile,
    testing::Values(
        BrokenCheck{"no_relations", R"({"id": "c", "title": "t", "relations": [], )" OUTCOMES "}",
                    "checks[0].relations", "non-empty array"},
        BrokenCheck{"unknown_type",
                    R"({"id": "c", "title": "t", "relations": [{"type": "vibes"}], )" OUTCOMES "}",
                    "checks[0].relations[0].type", "is not one of"},
        BrokenCheck{"unknown_figure",
                    R"({"id": "c", "title": "t", "relations": [{"type": "equal", "a": "nope",
                        "b": "per_rack"}], )" OUTCOMES "}",
                    "checks[0].relations[0].a", "unknown figure id \"nope\""},
        BrokenCheck{"unknown_figure_in_text",
                    R"({"id": "c", "title": "{nope} GPUs", "relations": [{"type": "equal",
                        "a": "servers", "b": "per_rack"}], )" OUTCOMES "}",
                    "checks[0].title", "unknown figure or fact id \"nope\""},
        BrokenCheck{"unknown_figure_in_expression",
                    R"({"id": "c", "title": "t", "relations": [{"type": "equal", "a": "servers",
                        "b": "per_rack"}],
                        "ifHolds": {"verdict": "agrees", "explanation": "{=nope * 2}"},
                        "otherwise": {"verdict": "disagrees", "explanation": "no"}})",
                    "checks[0].ifHolds.explanation", "unknown figure or fact id \"nope\""},
        BrokenCheck{"date_in_arithmetic",
                    R"({"id": "c", "title": "t", "relations": [{"type": "sum",
                        "of": ["post", "servers"], "equals": 1}], )" OUTCOMES "}",
                    "checks[0].relations[0].of", "is a date"},
        BrokenCheck{"date_order_of_a_count",
                    R"({"id": "c", "title": "t", "relations": [{"type": "date-order",
                        "before": "servers", "after": "start"}], )" OUTCOMES "}",
                    "checks[0].relations[0].before", "is not a date figure"},
        BrokenCheck{"gap_not_a_duration",
                    R"({"id": "c", "title": "t", "relations": [{"type": "date-order",
                        "before": "post", "after": "start", "gap": "servers"}], )" OUTCOMES "}",
                    "checks[0].relations[0].gap", "is not a duration"},
        BrokenCheck{"ratio_of_three",
                    R"({"id": "c", "title": "t", "relations": [{"type": "ratio",
                        "of": ["servers", "per_rack", "per_server"], "equals": 1}], )" OUTCOMES "}",
                    "checks[0].relations[0].of", "two operands"},
        BrokenCheck{"division_by_zero",
                    R"({"id": "c", "title": "t", "relations": [{"type": "equal",
                        "a": "servers / 0", "b": "per_rack"}], )" OUTCOMES "}",
                    "checks[0].relations[0].a", "division by zero"},
        BrokenCheck{"derived_has_no_passage",
                    R"({"id": "c", "title": "t", "relations": [{"type": "contains",
                        "ids": ["per_rack_computed"], "terms": ["x"]}], )" OUTCOMES "}",
                    "checks[0].relations[0].ids[0]", "derived and has no passage"},
        BrokenCheck{"bad_verdict",
                    R"({"id": "c", "title": "t", "relations": [{"type": "equal", "a": "servers",
                        "b": "per_rack"}],
                        "ifHolds": {"verdict": "fine", "explanation": "ok"},
                        "otherwise": {"verdict": "disagrees", "explanation": "no"}})",
                    "checks[0].ifHolds.verdict", "is not one of"},
        BrokenCheck{"missing_otherwise",
                    R"({"id": "c", "title": "t", "relations": [{"type": "equal", "a": "servers",
                        "b": "per_rack"}], "ifHolds": {"verdict": "agrees", "explanation": "ok"}})",
                    "checks[0].otherwise", "missing"},
        BrokenCheck{"disputed_not_involved",
                    R"({"id": "c", "title": "t", "relations": [{"type": "equal", "a": "servers",
                        "b": "per_rack"}], "disputed": ["assembly"], )" OUTCOMES "}",
                    "checks[0].disputed[0]", "not a figure this check involves"},
        BrokenCheck{"passage_not_verbatim",
                    R"({"id": "c", "title": "t", "relations": [{"type": "equal", "a": "servers",
                        "b": "per_rack"}], "passages": [{"source": "000_1f0cf06bdb548c0b.txt",
                        "quote": "Super Macro"}], )" OUTCOMES "}",
                    "checks[0].passages[0].quote", "not found in"},
        BrokenCheck{"id_of_a_figure",
                    R"({"id": "servers", "title": "t", "relations": [{"type": "equal",
                        "a": "servers", "b": "per_rack"}], )" OUTCOMES "}",
                    "checks[0].id", "duplicate id"},
        BrokenCheck{"term_without_terms",
                    R"({"id": "c", "title": "{servers:term}", "relations": [{"type": "equal",
                        "a": "servers", "b": "per_rack"}], )" OUTCOMES "}",
                    "checks[0].title", "needs a relation with \"terms\""},
        BrokenCheck{"unknown_field",
                    R"({"id": "c", "title": "t", "colour": "red", "relations": [{"type": "equal",
                        "a": "servers", "b": "per_rack"}], )" OUTCOMES "}",
                    "checks[0].colour", "unknown field"}),
    [](const testing::TestParamInfo<BrokenCheck> &info) { return std::string(info.param.name); });

} // namespace
