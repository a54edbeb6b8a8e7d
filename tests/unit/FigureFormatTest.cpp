#include "catalogue/FigureFormat.h"

#include "catalogue/Catalogue.h"

#include <gtest/gtest.h>

using namespace colossus;

namespace {

struct ValueCase {
    double value;
    const char *unit;
    const char *qualifier;
    const char *asOf;
    const char *expected;
};

class FigureValueText : public testing::TestWithParam<ValueCase> {};

TEST_P(FigureValueText, ReadsAsAPersonWouldWriteIt) {
    const ValueCase &c = GetParam();
    Figure f;
    f.value = c.value;
    f.unit = QString::fromUtf8(c.unit);
    f.qualifier = QString::fromUtf8(c.qualifier);
    f.asOf = QString::fromUtf8(c.asOf);
    EXPECT_EQ(FigureFormat::value(f), QString::fromUtf8(c.expected));
}

INSTANTIATE_TEST_SUITE_P(
    Table, FigureValueText,
    testing::Values(ValueCase{16000, "GPUs", "about", "", "≈ 16,000 GPUs"},
                    ValueCase{1500, "racks", "more than", "", "> 1,500 racks"},
                    ValueCase{1000000, "US gal/day", "at least", "", "≥ 1 million US gal/day"},
                    ValueCase{6e9, "USD", "", "", "US$ 6 billion"},
                    ValueCase{1e10, "USD", "tens of", "", "US$ tens of billions"},
                    ValueCase{1e9, "USD", "several", "", "US$ several billion"},
                    ValueCase{1e5, "chips", "several", "", "several hundred thousand chips"},
                    ValueCase{19, "%", "about", "", "≈ 19%"},
                    ValueCase{3.6, "Tb/s", "", "", "3.6 Tb/s"},
                    ValueCase{1562.5, "racks", "", "", "1,562.5 racks"},
                    ValueCase{37888, "GPUs", "", "", "37,888 GPUs"},
                    ValueCase{19926, "date", "", "2024-07-22T04:20", "22 Jul 2024 04:20"},
                    ValueCase{19783, "date", "", "2024-03", "Mar 2024"},
                    ValueCase{20332, "date", "", "2025-23", "fall 2025"},
                    ValueCase{20240, "date", "", "2025-22", "summer 2025"},
                    ValueCase{0.5, "fraction", "", "", "50%"},
                    ValueCase{0.05, "fraction", "about", "", "≈ 5%"},
                    ValueCase{10, "×", "", "", "10×"}, ValueCase{2, "×", "more than", "", "> 2×"},
                    ValueCase{1, "years", "", "", "1 year"},
                    ValueCase{1, "power supplies", "", "", "1 power supply"},
                    ValueCase{4, "power supplies", "", "", "4 power supplies"},
                    ValueCase{1, "Gb/s", "", "", "1 Gb/s"}, ValueCase{1, "MW", "", "", "1 MW"}));

TEST(FigureFormat, NumbersUseEnglishGroupingWithoutTrailingZeros) {
    EXPECT_EQ(FigureFormat::number(195.3125), u"195.31"_qs);
    EXPECT_EQ(FigureFormat::number(195.3125, 1), u"195.3"_qs);
    EXPECT_EQ(FigureFormat::number(0.25), u"0.25"_qs);
    EXPECT_EQ(FigureFormat::number(64.0), u"64"_qs);
    EXPECT_EQ(FigureFormat::number(1e6), u"1,000,000"_qs);
}

TEST(FigureFormat, DerivedArithmeticShowsTheInputsValues) {
    const Catalogue &c = Catalogue::embedded();
    EXPECT_EQ(FigureFormat::arithmetic(c, c.require(u"racks_needed")),
              u"gpus_built / gpus_per_rack = 100,000 / 64 = 1,562.5"_qs);
    EXPECT_TRUE(FigureFormat::arithmetic(c, c.require(u"gpus_per_rack")).isEmpty());
}

TEST(FigureFormat, PassageStartCutsLatinAtASpaceAndCjkAnywhere) {
    const QString latin = u"Diese Server sind in Racks mit jeweils acht Servern organisiert"_qs;
    const QString cut = FigureFormat::passageStart(latin, 30);
    EXPECT_TRUE(cut.endsWith(u"…"_qs));
    EXPECT_TRUE(latin.startsWith(cut.chopped(1)));
    EXPECT_FALSE(cut.chopped(1).endsWith(u' '));
    EXPECT_EQ(FigureFormat::passageStart(u"该集群由10万个液冷英伟达H100GPU组成"_qs, 5),
              u"该集群由1…"_qs);
}

TEST(FigureFormat, DocumentsAreNamedByNumberLanguageAndDate) {
    const Catalogue &c = Catalogue::embedded();
    EXPECT_EQ(FigureFormat::documentShort(c, u"004_e29f3581bfd46301.txt"_qs), u"004 · de/es"_qs);
    EXPECT_EQ(FigureFormat::documentName(c, u"002_67189e2a346dc53a.txt"_qs),
              u"Chinese report, 2024-12-06"_qs);
}

} // namespace

namespace {

TEST(FigureFormat, FillInPutsTheCataloguesValuesIntoProse) {
    const Catalogue &c = Catalogue::embedded();
    EXPECT_EQ(
        FigureFormat::fillIn(c, u"{gpus_built} GPUs, {gpt4_fraction:written}, {racks_total:value}, "
                                u"{date_planned_start}, {no_such_id}"_qs),
        u"100,000\u00a0GPUs, 1/20, > 1,500 racks, fall 2025, {no_such_id}"_qs);
}

} // namespace

namespace {

// Numbers and dates in the interface language: one locale, set at the top.
class FigureFormatLocaleTest : public ::testing::Test {
protected:
    void TearDown() override {
        FigureFormat::setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    static void use(const char *code) { FigureFormat::setLocale(QLocale(QLatin1String(code))); }
};

TEST_F(FigureFormatLocaleTest, NumbersUseTheLocalesSeparators) {
    use("de_DE");
    EXPECT_EQ(FigureFormat::number(1562.5), u"1.562,5"_qs);
    EXPECT_EQ(FigureFormat::number(100000), u"100.000"_qs);
    EXPECT_EQ(FigureFormat::number(3.60, 2), u"3,6"_qs);
    use("es_ES");
    EXPECT_EQ(FigureFormat::number(1562.5), u"1562,5"_qs); // Spanish groups from five digits
    EXPECT_EQ(FigureFormat::number(100000), u"100.000"_qs);
    use("ja_JP");
    EXPECT_EQ(FigureFormat::number(1562.5), u"1,562.5"_qs);
}

TEST_F(FigureFormatLocaleTest, DatesReadAsEachLanguageWritesThem) {
    const QString day = u"2024-07-22"_qs;
    EXPECT_EQ(FigureFormat::date(day), u"22 Jul 2024"_qs);
    use("ja_JP");
    EXPECT_EQ(FigureFormat::date(day), u"2024年7月22日"_qs);
    EXPECT_EQ(FigureFormat::date(u"2024-03"_qs), u"2024年3月"_qs);
    EXPECT_EQ(FigureFormat::date(u"2025-23"_qs), u"2025年秋"_qs);
    use("zh_CN");
    EXPECT_EQ(FigureFormat::date(day), u"2024年7月22日"_qs);
    use("de_DE");
    EXPECT_EQ(FigureFormat::date(day), u"22. Juli 2024"_qs);
    EXPECT_EQ(FigureFormat::date(u"2025-23"_qs), u"Herbst 2025"_qs);
    use("es_ES");
    EXPECT_EQ(FigureFormat::date(day), u"22 de julio de 2024"_qs);
}

TEST_F(FigureFormatLocaleTest, LargeAmountsInWordsFollowTheLanguage) {
    Figure money;
    money.value = 6e9;
    money.unit = u"USD"_qs;
    EXPECT_EQ(FigureFormat::value(money), u"US$ 6 billion"_qs);
    use("de_DE");
    EXPECT_EQ(FigureFormat::value(money), u"US$ 6 Milliarden"_qs);
    use("ja_JP");
    EXPECT_EQ(FigureFormat::value(money), u"US$ 60億"_qs);
    use("zh_CN");
    EXPECT_EQ(FigureFormat::value(money), u"US$ 60亿"_qs);
}

} // namespace
