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

} // namespace
