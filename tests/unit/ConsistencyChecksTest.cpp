#include "catalogue/ConsistencyChecks.h"

#include <gtest/gtest.h>

using namespace colossus;
using Verdict = ConsistencyCheck::Verdict;

namespace {

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
    EXPECT_TRUE(it->explanation.contains(QString::fromUtf8(expected.explanationFragment)))
        << qPrintable(it->explanation);
    for (const QString &id : it->figureIds)
        EXPECT_NE(Catalogue::embedded().figure(id), nullptr) << qPrintable(id);
}

INSTANTIATE_TEST_SUITE_P(
    EveryCheck, CheckVerdict,
    testing::Values(ExpectedVerdict{"racks-and-groups", Verdict::Agrees, "1,562.5 racks"},
                    ExpectedVerdict{"server-bandwidth", Verdict::Agrees, "3,600 Gb/s"},
                    ExpectedVerdict{"group-fanout", Verdict::Agrees, "8 x 8 x 8 = 512"},
                    ExpectedVerdict{"gpt4-fraction", Verdict::Disagrees, "1/4"},
                    ExpectedVerdict{"power-unit", Verdict::UnclearUnit, "150 MW"},
                    ExpectedVerdict{"grok2-gpus", Verdict::Disagrees, "4,000 GPUs"},
                    ExpectedVerdict{"build-duration", Verdict::Disagrees, "122 days"},
                    ExpectedVerdict{"valuation", Verdict::Agrees, "$45 billion"},
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
    const Catalogue changed(Catalogue::embedded().sources(), figures, {});
    const QList<ConsistencyCheck> checks = runConsistencyChecks(changed);
    const auto fanout = std::find_if(checks.cbegin(), checks.cend(), [](const ConsistencyCheck &c) {
        return c.id == u"group-fanout";
    });
    ASSERT_NE(fanout, checks.cend());
    EXPECT_EQ(fanout->verdict, Verdict::Disagrees);
    EXPECT_TRUE(fanout->title.contains(u"against 500\u00a0GPUs per group"_qs))
        << qPrintable(fanout->title);
}

TEST(ConsistencyChecks, SkipsChecksWhoseFiguresAreMissing) {
    const Catalogue empty(Catalogue::embedded().sources(), {}, {});
    EXPECT_TRUE(runConsistencyChecks(empty).isEmpty());
}

TEST(ConsistencyChecks, ChecksInvolvingAFigure) {
    const QList<ConsistencyCheck> checks = runConsistencyChecks(Catalogue::embedded());
    const QList<ConsistencyCheck> involving = checksInvolving(checks, u"gpt4_a100"_qs);
    ASSERT_EQ(involving.size(), 1);
    EXPECT_EQ(involving[0].id, u"gpt4-fraction"_qs);
}

} // namespace

namespace {

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

} // namespace
