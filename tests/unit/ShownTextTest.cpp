// Issue 8, point 1: walks every caption, label, tooltip and status text the app can show and
// fails on a number that does not come from a figure the text cites (see ShownNumbers.h).
#include "EmbeddedTour.h"
#include "ShownNumbers.h"

#include "catalogue/Catalogue.h"
#include "charts/ChartPicture.h"
#include "charts/ChartSpec.h"
#include "diagram/DiagramPicture.h"
#include "diagram/DiagramRenderer.h"
#include "diagram/Scenario.h"
#include "diagram/ViewPath.h"
#include "export/FramedPicture.h"
#include "tour/Tour.h"
#include "tour/TourStepPicture.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

const Catalogue &catalogue() {
    return Catalogue::embedded();
}

// Fails with the text, where it is shown, and the numbers nothing supports.
void expectSupported(const ShownNumbers &numbers, const QString &text, const QString &where) {
    const QStringList bad = numbers.unsupported(text);
    EXPECT_TRUE(bad.isEmpty()) << where.toStdString() << ": \"" << text.toStdString() << "\" shows "
                               << bad.join(u", "_qs).toStdString()
                               << " that no cited figure, shown arithmetic or reviewed name "
                                  "supports";
}

// A footer names reports by their headlines, the reports' own words ("… 100.000 GPU-KI-Cluster"),
// quoted as written: the checker sees the footer without them.
QString withoutHeadlines(QString text) {
    for (const SourceDocument &doc : catalogue().sources()) {
        if (!doc.title.isEmpty())
            text.remove(u'\u201c' + doc.title + u'\u201d');
    }
    return text;
}

} // namespace

// The checker itself: a bare number fails, a cited one passes, arithmetic must be right.
TEST(ShownNumbers, BareNumbersFailCitedOnesPass) {
    const ShownNumbers cited(catalogue(), {u"gpus_built"_qs, u"gpus_per_server"_qs});
    EXPECT_TRUE(cited.unsupported(u"100,000 GPUs, 8 per server"_qs).isEmpty());
    EXPECT_EQ(cited.unsupported(u"100,000 GPUs and 14 diesel generators"_qs),
              QStringList{u"14"_qs});
    // A number of another figure is not supported by a text that does not cite it.
    EXPECT_EQ(cited.unsupported(u"built in 122 days"_qs), QStringList{u"122"_qs});
    EXPECT_TRUE(cited.unsupported(u"derived: 100,000 ÷ 8 = 12,500 servers"_qs).isEmpty());
    EXPECT_TRUE(cited
                    .unsupported(u"100,000 ÷ 8 = 12,500 servers · 12,500 ÷ 8 = 1,562.5 → 1,563 "
                                 u"racks"_qs)
                    .isEmpty());
    EXPECT_EQ(cited.unsupported(u"100,000 ÷ 8 = 12,000 servers"_qs), QStringList{u"12,000"_qs});
    EXPECT_EQ(cited.unsupported(u"12,500 servers"_qs), QStringList{u"12,500"_qs});
    // Names and indices are not numbers.
    EXPECT_TRUE(
        cited.unsupported(u"Group 195 · Rack 2 · H100 and H200, GPT-4, Grok 3"_qs).isEmpty());
}

TEST(ShownText, TourCaptionsAndCitations) {
    const Tour &tour = embeddedTour();
    ASSERT_GE(tour.stepCount(), Tour::minimumSteps);
    for (int i = 0; i < tour.stepCount(); ++i) {
        const TourStep &step = tour.steps[i];
        const QStringList cited = TourText::placeholders(step.caption.english()) +
                                  TourText::placeholders(step.title.english()) + step.figures;
        const ShownNumbers numbers(catalogue(), cited);
        const QString where = u"tour step %1"_qs.arg(i + 1);
        expectSupported(numbers, TourText::resolve(step.title, catalogue()), where + u" title"_qs);
        expectSupported(numbers, TourText::resolve(step.caption, catalogue()),
                        where + u" caption"_qs);
        const auto layout =
            TourStepPicture::captionLayout(step, catalogue(), QRectF(0, 0, 1280, 0), 24);
        for (const auto &line : layout.lines) {
            // The passage and our translation are the source's words; the label and value are
            // ours. A figure's line may show that figure; a statement's line (a fact) shows no
            // value of its own, so its numbers must be figures the step cites.
            const bool isFact = catalogue().fact(line.citation.figureId) != nullptr;
            const ShownNumbers one(catalogue(), {line.citation.figureId});
            expectSupported(isFact ? numbers : one,
                            line.citation.label + u": "_qs + line.citation.value,
                            where + u" citation"_qs);
        }
    }
}

TEST(ShownText, ChartTextsAndFooters) {
    for (const QString &id : ChartSpec::chartIds()) {
        const ChartSpec spec = ChartSpec::build(catalogue(), id);
        ShownNumbers numbers(catalogue(), spec.figureIds);
        const QString where = u"chart "_qs + id;
        expectSupported(numbers, spec.title, where);
        for (const ChartSpec::Panel &panel : spec.panels) {
            expectSupported(numbers, panel.title, where + u" panel title"_qs);
            expectSupported(numbers, panel.axisTitle, where + u" axis"_qs);
            for (const ChartSpec::Row &row : panel.rows) {
                expectSupported(numbers, row.label, where + u" row label"_qs);
                expectSupported(numbers, row.valueText, where + u" value"_qs);
                for (const ChartSpec::Segment &s : row.segments)
                    expectSupported(numbers, s.inside, where + u" segment"_qs);
            }
            for (const ChartSpec::Event &e : panel.events) {
                expectSupported(numbers, e.label, where + u" event"_qs);
                expectSupported(numbers, e.dateText, where + u" event date"_qs);
            }
            for (const ChartSpec::Tile &t : panel.tiles)
                expectSupported(numbers, t.value + u' ' + t.unit, where + u" tile"_qs);
            for (const ChartSpec::FactNote &f : panel.facts)
                expectSupported(numbers, f.text, where + u" fact"_qs);
            for (const auto &entry : panel.legend)
                expectSupported(numbers, entry.second, where + u" legend"_qs);
        }
        for (const QString &note : spec.notes)
            expectSupported(numbers, note, where + u" note"_qs);
        QString error;
        auto picture = ChartPicture::create(catalogue(), id, &error);
        ASSERT_TRUE(picture) << error.toStdString();
        numbers.addDocumentDates();
        expectSupported(numbers,
                        withoutHeadlines(FramedPicture::citationLine(*picture, catalogue())),
                        where + u" export footer"_qs);
    }
}

// Every level of every scenario: the labels as the renderer places them (at two sizes), the
// tooltips of the linked parts, the title and subtitle of the export, its footer and the
// status line of the element.
TEST(ShownText, DiagramLabelsStatusAndFooters) {
    for (const QString &scenario : Scenario::ids()) {
        QString error;
        auto whole = DiagramPicture::create(catalogue(), scenario, u"cluster"_qs, &error);
        ASSERT_TRUE(whole) << error.toStdString();
        const DiagramModel &model = whole->model();
        const HierarchyGeometry &g = model.geometry;
        const int lastGroup = g.groupCount() - 1;
        const int lastRack = g.racksInGroup(lastGroup) - 1;
        const QList<double> layout = {double(g.groupCount()),
                                      double(g.rackCount()),
                                      double(g.serverCount()),
                                      double(g.gpusIn(ElementPath::ofGroup(lastGroup))),
                                      double(g.racksInGroup(lastGroup)),
                                      double(g.gpusIn(ElementPath::ofRack(lastGroup, lastRack))),
                                      double(g.serversInRack(lastGroup, lastRack))};
        QStringList paths = DiagramPicture::levelPaths();
        paths << u"group/%1"_qs.arg(lastGroup)
              << u"group/%1/rack/%2"_qs.arg(lastGroup).arg(lastRack);
        for (const QString &path : paths) {
            auto picture = DiagramPicture::create(catalogue(), scenario, path, &error);
            ASSERT_TRUE(picture) << error.toStdString();
            ShownNumbers numbers(catalogue(), picture->figureIds());
            numbers.addLayoutCounts(layout);
            const QString where = scenario + u' ' + path;
            expectSupported(numbers, picture->title(), where + u" title"_qs);
            expectSupported(numbers, picture->subtitle(), where + u" subtitle"_qs);
            const std::optional<ElementPath> element = ViewPath::parse(path);
            ASSERT_TRUE(element) << path.toStdString();
            expectSupported(numbers, model.countsText(*element), where + u" status line"_qs);
            for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
                QImage image(size, QImage::Format_ARGB32_Premultiplied);
                QPainter painter(&image);
                PaintOptions options;
                options.printing = true;
                QList<LinkZone> zones;
                QList<PlacedLabel> labels;
                picture->paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), options, &zones,
                               &labels);
                painter.end();
                for (const PlacedLabel &l : std::as_const(labels)) {
                    // A label that is only a number is an element's index or a U position,
                    // the renderer's shortest fallback.
                    if (l.text.contains(QRegularExpression(u"^\\d+$"_qs)))
                        continue;
                    expectSupported(numbers, l.text, where + u" label"_qs);
                }
                for (const LinkZone &z : std::as_const(zones))
                    expectSupported(numbers, z.label, where + u" tooltip"_qs);
            }
            numbers.addDocumentDates();
            expectSupported(numbers,
                            withoutHeadlines(FramedPicture::citationLine(*picture, catalogue())),
                            where + u" export footer"_qs);
        }
        expectSupported(ShownNumbers(catalogue(), model.scenario.figureIds),
                        model.scenario.description, scenario + u" scenario note"_qs);
    }
}
