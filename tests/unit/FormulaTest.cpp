#include "catalogue/Formula.h"

#include <QHash>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

std::optional<double> lookup(const QString &id) {
    static const QHash<QString, double> values{{u"a"_qs, 8}, {u"b"_qs, 400}, {u"c_2"_qs, 0.5}};
    const auto it = values.constFind(id);
    return it == values.cend() ? std::nullopt : std::optional(*it);
}

struct FormulaCase {
    const char *text;
    std::optional<double> value;
};

std::ostream &operator<<(std::ostream &os, const FormulaCase &c) {
    return os << '"' << c.text << '"';
}

class FormulaEvaluation : public testing::TestWithParam<FormulaCase> {};

TEST_P(FormulaEvaluation, GivesTheExpectedValueOrAnError) {
    const FormulaCase &c = GetParam();
    const Formula::Result result = Formula::evaluate(QString::fromUtf8(c.text), lookup);
    if (c.value) {
        ASSERT_TRUE(result.value.has_value()) << qPrintable(result.error);
        EXPECT_DOUBLE_EQ(*result.value, *c.value);
    } else {
        EXPECT_FALSE(result.value.has_value());
        EXPECT_FALSE(result.error.isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, FormulaEvaluation,
    testing::Values(FormulaCase{"a * b + b", 3600}, FormulaCase{"a * (b + b)", 6400},
                    FormulaCase{"b / a / 2", 25}, FormulaCase{"-a + 10", 2},
                    FormulaCase{"c_2 * 365.25 / 12", 0.5 * 365.25 / 12},
                    FormulaCase{"a - b - a", -400}, FormulaCase{"a / 0", std::nullopt},
                    FormulaCase{"a +", std::nullopt}, FormulaCase{"(a + b", std::nullopt},
                    FormulaCase{"missing * 2", std::nullopt}, FormulaCase{"a b", std::nullopt},
                    FormulaCase{"", std::nullopt}, FormulaCase{"a $ b", std::nullopt}));

TEST(FormulaIdentifiers, ListsIdsInOrderWithoutNumbersOrRepeats) {
    EXPECT_EQ(Formula::identifiers(u"gpus_built / (gpus_per_server * 8) + gpus_built * 365.25"_qs),
              QStringList({u"gpus_built"_qs, u"gpus_per_server"_qs}));
}

// Hostile formulas (issue 12): each must end in an error naming the limit, never a crash.
struct HostileFormula {
    const char *name;
    QString text;
    const char *error; // a part of the expected message
};

std::ostream &operator<<(std::ostream &os, const HostileFormula &c) {
    return os << c.name;
}

QString nested(int depth, const QString &open, const QString &inner, const QString &close) {
    return open.repeated(depth) + inner + close.repeated(depth);
}

class HostileFormulas : public testing::TestWithParam<HostileFormula> {};

TEST_P(HostileFormulas, AreRefusedWithAMessage) {
    const Formula::Result result = Formula::evaluate(GetParam().text, lookup);
    EXPECT_FALSE(result.value.has_value());
    EXPECT_TRUE(result.error.contains(QString::fromUtf8(GetParam().error)))
        << qPrintable(result.error);
}

INSTANTIATE_TEST_SUITE_P(
    Table, HostileFormulas,
    testing::Values(
        HostileFormula{"parentheses_10000_deep", nested(10000, u"("_qs, u"a"_qs, u")"_qs),
                       "the formula is 20001 characters long"},
        HostileFormula{"parentheses_400_deep", nested(400, u"("_qs, u"a"_qs, u")"_qs),
                       "nested more than 32 levels deep"},
        HostileFormula{"signs_900_deep", nested(900, u"-"_qs, u"a"_qs, {}),
                       "nested more than 32 levels deep"},
        HostileFormula{"unclosed_100_deep", nested(100, u"("_qs, u"a"_qs, {}),
                       "nested more than 32 levels deep"},
        HostileFormula{"a_long_sum", u"a"_qs + u" + a"_qs.repeated(400), "at most 1000"}),
    [](const testing::TestParamInfo<HostileFormula> &info) { return info.param.name; });

TEST(FormulaLimits, NestingUpToTheLimitStillEvaluates) {
    const Formula::Result result =
        Formula::evaluate(nested(Formula::maximumDepth - 1, u"("_qs, u"a"_qs, u")"_qs), lookup);
    ASSERT_TRUE(result.value.has_value()) << qPrintable(result.error);
    EXPECT_EQ(*result.value, 8);
}

} // namespace
