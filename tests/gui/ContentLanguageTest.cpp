// With the interface in another language, the content follows it: figure labels, check titles
// and tour captions come from the catalogue's and the tour's texts in that language, and a
// passage shows our translation in it, or stands alone where it is written in it. Each test
// installs its language the way main() does (ctest runs every test in its own process).

#include "EmbeddedTour.h"
#include "TextRecordingDevice.h"
#include "catalogue/Catalogue.h"
#include "catalogue/ConsistencyChecks.h"
#include "catalogue/FigureFormat.h"
#include "charts/ChartSpec.h"
#include "language/Language.h"
#include "sources/ChecksListModel.h"
#include "sources/FigureTableModel.h"
#include "sources/SourceView.h"
#include "style/Theme.h"
#include "tour/TourStepPicture.h"

#include <QApplication>
#include <QPainter>

#include <gtest/gtest.h>

using namespace colossus;

namespace {

class ContentLanguage : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override { Language::install(qApp, language()); }
    QString language() const { return QString::fromLatin1(GetParam()); }
};

TEST_P(ContentLanguage, FigureTableShowsTheLabelInTheLanguage) {
    const Catalogue &catalogue = Catalogue::embedded();
    const Figure &figure = catalogue.require(u"gpus_built");
    ASSERT_TRUE(figure.labels.has(language())) << "no translation of the label";
    ASSERT_NE(figure.labels.text(language()), figure.labels.english());

    FigureTableModel model(catalogue);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(FigureTableModel::FigureIdRole).toString() == figure.id)
            row = r;
    }
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, FigureTableModel::LabelColumn).data().toString(),
              figure.labels.text(language()));
}

TEST_P(ContentLanguage, ChecksListShowsTheTitleInTheLanguage) {
    const QList<ConsistencyCheck> checks = runConsistencyChecks(Catalogue::embedded());
    ASSERT_FALSE(checks.isEmpty());
    const ConsistencyCheck &check = checks.constFirst();
    ASSERT_TRUE(check.titles.has(language()));
    ASSERT_NE(check.titles.text(language()), check.titles.english());

    ChecksListModel model(checks);
    EXPECT_EQ(model.index(0).data().toString(), check.titles.text(language()));
    // The verdict is in the language too (the interface's own translation).
    EXPECT_TRUE(model.index(0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(ConsistencyCheck::verdictText(check.verdict)));
}

TEST_P(ContentLanguage, TourCaptionIsInTheLanguage) {
    const Catalogue &catalogue = Catalogue::embedded();
    const TourStep &step = embeddedTour().steps.at(0);
    ASSERT_TRUE(step.caption.has(language()));
    const QString expected = TourText::resolve(step.caption.text(language()), catalogue);
    ASSERT_NE(expected, TourText::resolve(step.caption.english(), catalogue));

    const TourStepPicture::CaptionLayout layout =
        TourStepPicture::captionLayout(step, catalogue, QRectF(0, 0, 1280, 0), 20);
    EXPECT_EQ(layout.caption, expected);
}

TEST_P(ContentLanguage, PassageShowsOurTranslationOrStandsAlone) {
    const Catalogue &catalogue = Catalogue::embedded();
    const QString base = language().section(u'_', 0, 0);
    bool sawOwn = false;
    bool sawForeign = false;
    for (const Figure &figure : catalogue.figures()) {
        if (figure.isDerived() || figure.translations.isEmpty())
            continue;
        const SourceDocument *doc = catalogue.source(figure.source);
        ASSERT_NE(doc, nullptr);
        SourceView view(catalogue);
        view.showFigure(figure.id);
        const QString panel = view.panelText();
        EXPECT_TRUE(panel.contains(figure.quote)) << figure.id.toStdString();
        if (doc->languages == QStringList{base}) {
            // Written in the reader's language: the original alone, no English beside it.
            EXPECT_FALSE(panel.contains(figure.translations.english())) << figure.id.toStdString();
            sawOwn = true;
        } else if (!doc->languages.contains(base)) {
            EXPECT_TRUE(panel.contains(figure.translations.text(language())))
                << figure.id.toStdString();
            sawForeign = true;
        }
    }
    EXPECT_TRUE(sawOwn);
    EXPECT_TRUE(sawForeign);
}

// Han characters take the forms of the passage's report, not of the interface: a Chinese
// passage on a Japanese slide in the Chinese font, a Japanese passage on a German slide in the
// Japanese one. Checked on what the tour step's caption paints.
TEST_P(ContentLanguage, TourPassagesUseTheirReportsFont) {
    const Catalogue &catalogue = Catalogue::embedded();
    QSet<QString> seen;
    for (const TourStep &step : embeddedTour().steps) {
        TextRecordingDevice device(QSize(1920, 1080));
        {
            QPainter painter(&device);
            PaintOptions options;
            TourStepPicture::paintCaption(painter, QRectF(0, 600, 1920, 480), step, catalogue,
                                          options, 24);
        }
        for (const TourStepPicture::Citation &c : TourStepPicture::citations(step, catalogue)) {
            const QString family = Language::passageCjkFamily(c.passageLanguages);
            if (c.passage.isEmpty() || family.isEmpty())
                continue;
            for (const TextRecordingDevice::Text &t : device.texts()) {
                // A run of the excerpt: Han or kana found in the passage and nowhere else in
                // the line (the label and our translation are in the interface's font).
                const QString run = t.text.trimmed().remove(u'\u201c').remove(u'\u201d');
                const bool cjk = std::any_of(run.begin(), run.end(),
                                             [](QChar ch) { return ch.unicode() >= 0x3040; });
                if (!cjk || run.size() < 2 || !c.passage.contains(run) ||
                    c.translation.contains(run) || c.label.contains(run) ||
                    c.document.contains(run))
                    continue;
                EXPECT_EQ(t.family, family)
                    << c.figureId.toStdString() << ": " << t.text.toStdString();
                seen.insert(family);
            }
        }
    }
    EXPECT_TRUE(seen.contains(Language::cjkFamily(u"zh_CN"_qs)));
    EXPECT_TRUE(seen.contains(Language::cjkFamily(u"ja"_qs)));
}

// A tooltip quotes its passage in the report's font too.
TEST_P(ContentLanguage, TooltipPassageUsesItsReportsFont) {
    const Catalogue &catalogue = Catalogue::embedded();
    const Figure &chinese = catalogue.require(u"gpus_built"); // from the Chinese report
    const QString tip = FigureFormat::toolTip(catalogue, chinese);
    EXPECT_TRUE(tip.contains(u"font-family: 'Noto Sans CJK SC'"_qs)) << tip.toStdString();
}

// Units, amounts and the checks' arithmetic are in the language, not English.
TEST_P(ContentLanguage, ChartUnitsAndCheckArithmeticAreInTheLanguage) {
    const Catalogue &catalogue = Catalogue::embedded();
    const ChartSpec timeline = ChartSpec::build(catalogue, u"timeline"_qs);
    const ChartSpec money = ChartSpec::build(catalogue, u"money"_qs);
    QStringList values;
    for (const ChartSpec &spec : {timeline, money}) {
        for (const ChartSpec::Panel &panel : spec.panels) {
            for (const ChartSpec::Row &row : panel.rows)
                values << row.valueText;
        }
    }
    const QString all = values.join(u" | ");
    for (const char *english : {" weeks", " days", " years", "$6B"})
        EXPECT_FALSE(all.contains(QLatin1String(english)))
            << english << " in " << all.toStdString();
    const QString week = QCoreApplication::translate("Unit", "weeks");
    EXPECT_TRUE(all.contains(week)) << all.toStdString();

    QStringList arithmetic;
    for (const ConsistencyCheck &check : runConsistencyChecks(catalogue))
        arithmetic << check.arithmetic;
    const QString lines = arithmetic.join(u'\n');
    EXPECT_FALSE(lines.contains(u", holds"_qs)) << lines.toStdString();
    EXPECT_FALSE(lines.contains(u" before "_qs)) << lines.toStdString();
    EXPECT_TRUE(lines.contains(QCoreApplication::translate("ConsistencyCheck", ", holds")));
}

INSTANTIATE_TEST_SUITE_P(Languages, ContentLanguage, ::testing::Values("de", "ja"),
                         [](const auto &info) { return std::string(info.param); });

// English stays as it was: the English texts, and our English translation beside every passage.
TEST(ContentLanguageEnglish, ShowsTheEnglishTexts) {
    Language::install(qApp, u"en"_qs);
    const Catalogue &catalogue = Catalogue::embedded();
    const Figure &figure = catalogue.require(u"gpus_built");
    EXPECT_EQ(figure.label(), figure.labels.english());
    EXPECT_EQ(catalogue.translationOf(figure.source, figure.translations),
              figure.translations.english());
    const TourStep &step = embeddedTour().steps.at(0);
    EXPECT_EQ(TourText::resolve(step.caption, catalogue),
              TourText::resolve(step.caption.english(), catalogue));
}

} // namespace
