// Issue 8, points 1 to 4: a derived number carries one mark (DerivedMark's "ƒ") wherever it is
// shown and a reported one never does; hedges survive in the diagram and on tiles; the
// B200 guess is not an event; the reports' quality notes load.
#include "EmbeddedTour.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DerivedMark.h"
#include "catalogue/FigureFormat.h"
#include "charts/ChartSpec.h"
#include "diagram/DiagramModel.h"
#include "sources/FigureTableModel.h"
#include "tour/Tour.h"
#include "tour/TourStepPicture.h"

#include <gtest/gtest.h>

using namespace colossus;

namespace {

const Catalogue &catalogue() {
    return Catalogue::embedded();
}

bool marked(const QString &text) {
    return text.contains(DerivedMark::glyph());
}

const ChartSpec::Row *rowOf(const ChartSpec &spec, const QString &figureId) {
    for (const ChartSpec::Panel &panel : spec.panels) {
        for (const ChartSpec::Row &row : panel.rows) {
            if (row.figureId == figureId)
                return &row;
        }
    }
    return nullptr;
}

} // namespace

TEST(DerivedMark, MarksDerivedValuesOnlyInTheFigureTable) {
    const FigureTableModel model(catalogue());
    int derived = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Figure &figure = catalogue().figures().at(row);
        const QModelIndex value = model.index(row, FigureTableModel::ValueColumn);
        const QString shown = value.data(Qt::DisplayRole).toString();
        EXPECT_EQ(marked(shown), figure.isDerived())
            << figure.id.toStdString() << ": " << shown.toStdString();
        // A screen reader hears what the mark means, never the glyph's name.
        const QString spoken = value.data(Qt::AccessibleTextRole).toString();
        EXPECT_FALSE(marked(spoken)) << spoken.toStdString();
        EXPECT_EQ(spoken.contains(DerivedMark::accessibleText(catalogue(), figure)),
                  figure.isDerived())
            << spoken.toStdString();
        derived += figure.isDerived();
    }
    EXPECT_GE(derived, 5);
    EXPECT_TRUE(
        marked(model.headerData(FigureTableModel::ValueColumn, Qt::Horizontal, Qt::ToolTipRole)
                   .toString()));
}

TEST(DerivedMark, TooltipGivesTheFormulaAndEveryInputsPassage) {
    const Figure &racks = catalogue().require(u"racks_needed"_qs);
    const QString tip = FigureFormat::toolTip(catalogue(), racks);
    EXPECT_TRUE(marked(tip));
    EXPECT_TRUE(tip.contains(u"100,000 ÷ 64"_qs)) << tip.toStdString();
    for (const QString &id : racks.inputs) {
        const Figure &input = catalogue().require(id);
        EXPECT_TRUE(tip.contains(input.label().toHtmlEscaped())) << id.toStdString();
        if (!input.isDerived()) { // a derived input lists its own inputs' passages
            EXPECT_TRUE(tip.contains(FigureFormat::passageStart(input.quote).toHtmlEscaped()))
                << id.toStdString();
        }
    }
    EXPECT_EQ(DerivedMark::accessibleText(catalogue(), racks),
              u"derived: 100,000 ÷ 64 = 1,562.5"_qs);
}

TEST(DerivedMark, ChartValuesAreMarkedWhenDerived) {
    const ChartSpec counts = ChartSpec::build(catalogue(), u"gpu-counts"_qs);
    const ChartSpec::Row *upgrade = rowOf(counts, u"upgrade_total"_qs);
    ASSERT_NE(upgrade, nullptr);
    EXPECT_TRUE(marked(upgrade->valueText)) << upgrade->valueText.toStdString();
    const ChartSpec::Row *built = rowOf(counts, u"gpus_built"_qs);
    ASSERT_NE(built, nullptr);
    EXPECT_FALSE(marked(built->valueText)) << built->valueText.toStdString();

    const ChartSpec network = ChartSpec::build(catalogue(), u"network"_qs);
    const ChartSpec::Row *sum = rowOf(network, u"server_bandwidth_derived"_qs);
    ASSERT_NE(sum, nullptr);
    EXPECT_TRUE(marked(sum->valueText)) << sum->valueText.toStdString();
    const ChartSpec::Row *stated = rowOf(network, u"server_bandwidth_tb"_qs);
    ASSERT_NE(stated, nullptr);
    EXPECT_FALSE(marked(stated->valueText)) << stated->valueText.toStdString();

    // Every row of every chart: marked exactly when its figure is derived.
    for (const QString &id : ChartSpec::chartIds()) {
        const ChartSpec spec = ChartSpec::build(catalogue(), id);
        for (const ChartSpec::Panel &panel : spec.panels) {
            for (const ChartSpec::Row &row : panel.rows) {
                const Figure *f = catalogue().figure(row.figureId);
                if (f && !row.valueText.isEmpty()) {
                    EXPECT_EQ(marked(row.valueText), f->isDerived())
                        << id.toStdString() << ' ' << row.valueText.toStdString();
                }
            }
        }
    }
}

TEST(DerivedMark, TheStatusLineMarksTheCountsItDividesOut) {
    const auto model = DiagramModel::create(catalogue(), u"built"_qs);
    ASSERT_TRUE(model);
    const QString whole = model->countsText(ElementPath());
    EXPECT_EQ(whole.count(DerivedMark::glyph()), 3)
        << whole.toStdString();                   // servers, racks, groups
    EXPECT_FALSE(whole.contains(u"derived:"_qs)); // the mark, not a second wording
    EXPECT_TRUE(marked(model->countsToolTip(ElementPath())));
    // A full rack's counts are the reported fan-out: no mark.
    const QString rack = model->countsText(ElementPath::ofRack(0, 0));
    EXPECT_FALSE(marked(rack)) << rack.toStdString();
    EXPECT_TRUE(model->countsToolTip(ElementPath::ofRack(0, 0)).isEmpty());
}

TEST(DerivedMark, TourCaptionsMarkDerivedPlaceholdersOnly) {
    const Tour &tour = embeddedTour();
    int markedSteps = 0;
    for (int i = 0; i < tour.stepCount(); ++i) {
        const TourStep &step = tour.steps[i];
        for (const QString &language : step.caption.languages()) {
            const QString text = step.caption.text(language);
            bool derived = false;
            for (const QString &id : TourText::placeholders(text))
                derived = derived || catalogue().require(id).isDerived();
            const QString shown = TourText::resolve(text, catalogue());
            EXPECT_EQ(marked(shown), derived)
                << "step " << i + 1 << ' ' << language.toStdString() << ": " << shown.toStdString();
            markedSteps += derived && language == u"en";
        }
        // The citation lines under the picture: a derived figure's value is marked.
        for (const TourStepPicture::Citation &c : TourStepPicture::citations(step, catalogue())) {
            if (const Figure *f = catalogue().figure(c.figureId)) {
                EXPECT_EQ(marked(c.value), f->isDerived()) << c.value.toStdString();
            }
        }
    }
    EXPECT_GE(markedSteps, 3);
}

// Point 2: the diagram keeps Musk's "ca." on the promise; the homes tile says "up to" once.
TEST(Hedges, DiagramAndTilesKeepThemOnce) {
    const auto promise = DiagramModel::create(catalogue(), u"promise"_qs);
    ASSERT_TRUE(promise);
    EXPECT_TRUE(promise->scenario.title.contains(u"≈300,000 B200"_qs))
        << promise->scenario.title.toStdString();
    const ChartSpec power = ChartSpec::build(catalogue(), u"power"_qs);
    bool found = false;
    for (const ChartSpec::Panel &panel : power.panels) {
        for (const ChartSpec::Tile &tile : panel.tiles) {
            if (tile.figureId != u"homes_equivalent")
                continue;
            found = true;
            const QString text = tile.value + u' ' + tile.unit;
            EXPECT_EQ(text.count(u"≤"_qs), 1) << text.toStdString();
            EXPECT_EQ(text.count(FigureFormat::statusNote(catalogue().require(u"power_mw"_qs))) +
                          text.count(u"est."_qs),
                      1)
                << text.toStdString();
        }
    }
    EXPECT_TRUE(found);
}

// Point 3: the B200 "wahrscheinlich … im nächsten Sommer" is no event; Tesla's 85,000 H100
// are dated by the Q1 call of April.
TEST(Hedges, TheB200GuessIsNotAnEventAndTeslasPurchaseIsDated) {
    const ChartSpec timeline = ChartSpec::build(catalogue(), u"timeline"_qs);
    for (const ChartSpec::Panel &panel : timeline.panels) {
        for (const ChartSpec::Event &event : panel.events)
            EXPECT_NE(event.figureId, u"date_b200_step"_qs);
    }
    EXPECT_EQ(catalogue().require(u"date_b200_step"_qs).status, u"claim"_qs);
    const Figure &tesla = catalogue().require(u"tesla_h100_purchase"_qs);
    EXPECT_EQ(tesla.asOf, u"2024-04"_qs);
    EXPECT_TRUE(tesla.quote.contains(u"im April bei einer Telefonkonferenz zum ersten Quartal"_qs));
}

// Point 4: notes on the copies themselves, each with the passage that shows it.
TEST(SourceNotes, RepeatedParagraphsAndTheMisnamedCompany) {
    const SourceDocument *repeated = catalogue().source(u"001_0b52d77f1754568e.txt"_qs);
    ASSERT_TRUE(repeated);
    ASSERT_EQ(repeated->notes.size(), 1);
    EXPECT_EQ(repeated->text.count(repeated->notes.first().quote), 2);
    const SourceDocument *misnamed = catalogue().source(u"002_67189e2a346dc53a.txt"_qs);
    ASSERT_TRUE(misnamed);
    ASSERT_EQ(misnamed->notes.size(), 1);
    EXPECT_TRUE(misnamed->notes.first().quote.contains(u"日本 SMC"_qs));
    EXPECT_TRUE(catalogue().check(misnamed->notes.first().checkId));
}
