#include "catalogue/Catalogue.h"
#include "tour/Tour.h"
#include "views/ViewRegistry.h"

#include "catalogue/FigureFormat.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <functional>

#include <gtest/gtest.h>

using namespace colossus;

namespace {

// A valid tour of ten steps to break one thing at a time.
QJsonObject validTour() {
    QJsonArray steps;
    for (int i = 0; i < 10; ++i) {
        steps.append(QJsonObject{
            {"view", i % 2 ? "chart/power" : "cluster"},
            {"title", "Step title"},
            {"caption", "About {gpus_built} GPUs in one building."},
            {"figures", QJsonArray{"gpus_built", "racks_total"}},
        });
    }
    return QJsonObject{{"title", "Test tour"}, {"steps", steps}};
}

QJsonObject withStep(QJsonObject tour, int index, const std::function<void(QJsonObject &)> &edit) {
    QJsonArray steps = tour.value("steps").toArray();
    QJsonObject step = steps.at(index).toObject();
    edit(step);
    steps[index] = step;
    tour["steps"] = steps;
    return tour;
}

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson();
}

struct BrokenTour {
    const char *name;
    std::function<QByteArray()> make;
    QString path;    // the JSON path the problem must name
    QString message; // a part of the message
};

void PrintTo(const BrokenTour &c, std::ostream *os) {
    *os << c.name;
}

class TourValidation : public ::testing::TestWithParam<BrokenTour> {};

TEST_P(TourValidation, NamesTheProblemAndItsPlace) {
    const BrokenTour &c = GetParam();
    const TourLoadResult result = TourLoader::loadJson(c.make(), Catalogue::embedded());
    ASSERT_FALSE(result.ok()) << "accepted a broken tour";
    EXPECT_FALSE(result.tour.has_value());
    bool found = false;
    for (const LoadProblem &p : result.problems)
        found = found || (p.path == c.path && p.message.contains(c.message));
    EXPECT_TRUE(found) << "expected " << c.path.toStdString() << ": ..." << c.message.toStdString()
                       << "\ngot:\n"
                       << result.problemText().toStdString();
}

const BrokenTour brokenTours[] = {
    {"unknown_view_path",
     [] {
         return json(
             withStep(validTour(), 3, [](QJsonObject &s) { s["view"] = "group/1/shelf/2"; }));
     },
     "steps[3].view", "group/1/shelf/2"},
    {"unknown_chart",
     [] { return json(withStep(validTour(), 2, [](QJsonObject &s) { s["view"] = "chart/pie"; })); },
     "steps[2].view", "pie"},
    {"unknown_figure",
     [] {
         return json(withStep(validTour(), 3, [](QJsonObject &s) {
             s["figures"] = QJsonArray{"gpus_built", "gpus_on_the_moon"};
         }));
     },
     "steps[3].figures[1]", "unknown figure id \"gpus_on_the_moon\""},
    {"figure_cited_twice",
     [] {
         return json(withStep(validTour(), 4, [](QJsonObject &s) {
             s["figures"] = QJsonArray{"gpus_built", "gpus_built"};
         }));
     },
     "steps[4].figures[1]", "cited twice"},
    {"figure_not_a_string",
     [] {
         return json(withStep(validTour(), 0, [](QJsonObject &s) {
             s["figures"] = QJsonArray{"gpus_built", 7};
         }));
     },
     "steps[0].figures[1]", "must be a figure id"},
    {"no_figures",
     [] {
         return json(withStep(validTour(), 5, [](QJsonObject &s) {
             s["figures"] = QJsonArray{};
             s["caption"] = "Nothing cited.";
         }));
     },
     "steps[5].figures", "at least one figure"},
    {"figures_missing",
     [] {
         return json(withStep(validTour(), 6, [](QJsonObject &s) {
             s.remove("figures");
             s["caption"] = "Nothing cited.";
         }));
     },
     "steps[6].figures", "missing"},
    {"unknown_step_field",
     [] { return json(withStep(validTour(), 2, [](QJsonObject &s) { s["colour"] = "red"; })); },
     "steps[2].colour", "unknown field"},
    {"notes_cite_a_figure_the_step_does_not",
     [] {
         return json(withStep(validTour(), 1,
                              [](QJsonObject &s) { s["notes"] = "Say {planned_gpus} here."; }));
     },
     "steps[1].notes", "not among the step's figures"},
    {"notes_with_a_typed_number",
     [] {
         return json(
             withStep(validTour(), 1, [](QJsonObject &s) { s["notes"] = "About 300 racks."; }));
     },
     "steps[1].notes", "typed in"},
    // Title, caption and notes in several languages, as in the catalogue.
    {"caption_unknown_language",
     [] {
         return json(withStep(validTour(), 4, [](QJsonObject &s) {
             s["caption"] =
                 QJsonObject{{"en", "About {gpus_built} GPUs."}, {"klingon", "{gpus_built} GPUs."}};
         }));
     },
     "steps[4].caption", "klingon: unknown language code"},
    {"caption_without_english",
     [] {
         return json(withStep(validTour(), 4, [](QJsonObject &s) {
             s["caption"] = QJsonObject{{"de", "Etwa {gpus_built} GPUs."}};
         }));
     },
     "steps[4].caption", "en: missing"},
    {"notes_language_not_a_string",
     [] {
         return json(withStep(validTour(), 2, [](QJsonObject &s) {
             s["notes"] = QJsonObject{{"en", "Say it."}, {"ja", 42}};
         }));
     },
     "steps[2].notes", "ja: must be a non-empty string"},
    {"title_not_text",
     [] {
         return json(withStep(validTour(), 0, [](QJsonObject &s) { s["title"] = QJsonArray{}; }));
     },
     "steps[0].title", "must be a string or an object"},
    {"tour_title_language_empty",
     [] {
         QJsonObject tour = validTour();
         tour["title"] = QJsonObject{{"en", "Test tour"}, {"es", "  "}};
         return json(tour);
     },
     "title", "es: must be a non-empty string"},
    {"translated_caption_with_a_typed_number",
     [] {
         return json(withStep(validTour(), 5, [](QJsonObject &s) {
             s["caption"] =
                 QJsonObject{{"en", "About {gpus_built} GPUs."}, {"de", "Etwa 100.000 GPUs."}};
         }));
     },
     "steps[5].caption.de", "typed in"},
    {"translated_caption_cites_a_figure_the_step_does_not",
     [] {
         return json(withStep(validTour(), 5, [](QJsonObject &s) {
             s["caption"] = QJsonObject{{"en", "About {gpus_built} GPUs."},
                                        {"zh_CN", "约 {planned_gpus} 个 GPU。"}};
         }));
     },
     "steps[5].caption.zh_CN", "not among the step's figures"},
    {"seconds_not_whole",
     [] { return json(withStep(validTour(), 3, [](QJsonObject &s) { s["seconds"] = 1.5; })); },
     "steps[3].seconds", "whole number of seconds"},
    {"seconds_absurd",
     [] { return json(withStep(validTour(), 3, [](QJsonObject &s) { s["seconds"] = 1e9; })); },
     "steps[3].seconds", "whole number of seconds"},
    {"unknown_fact",
     [] {
         return json(withStep(validTour(), 2,
                              [](QJsonObject &s) { s["facts"] = QJsonArray{"no_such_fact"}; }));
     },
     "steps[2].facts[0]", "unknown fact id"},
    {"unknown_root_field",
     [] {
         QJsonObject t = validTour();
         t["theme"] = "dark";
         return json(t);
     },
     "theme", "unknown field"},
    {"too_few_steps",
     [] {
         QJsonObject t = validTour();
         QJsonArray steps = t["steps"].toArray();
         steps.removeLast();
         t["steps"] = steps;
         return json(t);
     },
     "steps", "9 steps"},
    {"too_many_steps",
     [] {
         QJsonObject t = validTour();
         QJsonArray steps = t["steps"].toArray();
         for (int i = 0; i < 6; ++i)
             steps.append(steps.at(0));
         t["steps"] = steps;
         return json(t);
     },
     "steps", "16 steps"},
    {"steps_not_an_array", [] { return QByteArray(R"({"title": "t", "steps": {}})"); }, "steps",
     "must be an array"},
    {"steps_missing", [] { return QByteArray(R"({"title": "t"})"); }, "steps", "missing"},
    {"title_missing",
     [] {
         QJsonObject t = validTour();
         t.remove("title");
         return json(t);
     },
     "title", "missing"},
    {"step_not_an_object",
     [] {
         QJsonObject t = validTour();
         QJsonArray steps = t["steps"].toArray();
         steps[7] = "cluster";
         t["steps"] = steps;
         return json(t);
     },
     "steps[7]", "must be an object"},
    {"caption_missing",
     [] { return json(withStep(validTour(), 0, [](QJsonObject &s) { s.remove("caption"); })); },
     "steps[0].caption", "missing"},
    {"caption_not_text",
     [] { return json(withStep(validTour(), 1, [](QJsonObject &s) { s["caption"] = 12; })); },
     "steps[1].caption", "must be a string"},
    {"empty_title",
     [] { return json(withStep(validTour(), 1, [](QJsonObject &s) { s["title"] = "  "; })); },
     "steps[1].title", "must not be empty"},
    {"view_missing",
     [] { return json(withStep(validTour(), 8, [](QJsonObject &s) { s.remove("view"); })); },
     "steps[8].view", "missing"},
    {"typed_number_in_caption",
     [] {
         return json(withStep(validTour(), 4, [](QJsonObject &s) {
             s["caption"] = "About 100,000 GPUs, see {gpus_built}.";
         }));
     },
     "steps[4].caption", "the number \"100,000\""},
    {"typed_number_in_title",
     [] { return json(withStep(validTour(), 4, [](QJsonObject &s) { s["title"] = "3.6 Tb/s"; })); },
     "steps[4].title", "the number \"3.6\""},
    {"placeholder_not_cited",
     [] {
         return json(withStep(validTour(), 5,
                              [](QJsonObject &s) { s["caption"] = "Groups: {groups_total}."; }));
     },
     "steps[5].caption", "{groups_total} is not among the step's figures"},
    {"placeholder_unknown",
     [] {
         return json(withStep(validTour(), 5,
                              [](QJsonObject &s) { s["caption"] = "Really {gpus_on_mars}."; }));
     },
     "steps[5].caption", "unknown figure id \"gpus_on_mars\""},
    {"unknown_scenario",
     [] { return json(withStep(validTour(), 6, [](QJsonObject &s) { s["scenario"] = "dream"; })); },
     "steps[6].scenario", "dream"},
    {"syntax_error", [] { return QByteArray("{\n  \"title\": \"t\",\n  \"steps\": [\n}"); },
     "line 4, column 2", "missing"},
    {"not_an_object", [] { return QByteArray("[1, 2]"); }, "", "must be a JSON object"},
};

INSTANTIATE_TEST_SUITE_P(BrokenFiles, TourValidation, ::testing::ValuesIn(brokenTours),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(TourLoader, AcceptsTheValidTestTour) {
    const TourLoadResult result = TourLoader::loadJson(json(validTour()), Catalogue::embedded());
    ASSERT_TRUE(result.ok()) << result.problemText().toStdString();
    EXPECT_EQ(result.tour->stepCount(), 10);
    EXPECT_EQ(result.tour->steps.at(1).view, "chart/power");
    EXPECT_EQ(result.tour->steps.at(0).figures, QStringList({"gpus_built", "racks_total"}));
}

TEST(TourLoader, ReadsTextsInEveryLanguage) {
    QJsonObject tour = withStep(validTour(), 2, [](QJsonObject &s) {
        s["caption"] = QJsonObject{{"en", "About {gpus_built} GPUs in one building."},
                                   {"ja", "一つの建物に約{gpus_built}基のGPU。"},
                                   {"de", "Etwa {gpus_built} GPUs in einem Gebäude."}};
    });
    tour["title"] = QJsonObject{{"en", "Test tour"}, {"es", "Visita de prueba"}};
    const TourLoadResult result = TourLoader::loadJson(json(tour), Catalogue::embedded());
    ASSERT_TRUE(result.ok()) << result.problemText().toStdString();
    const LocalizedText &caption = result.tour->steps.at(2).caption;
    EXPECT_EQ(caption.english(), u"About {gpus_built} GPUs in one building."_qs);
    EXPECT_EQ(caption.text(u"de"_qs), u"Etwa {gpus_built} GPUs in einem Gebäude."_qs);
    EXPECT_EQ(caption.text(u"es"_qs), caption.english()); // not given: English
    EXPECT_EQ(result.tour->title.text(u"es"_qs), u"Visita de prueba"_qs);
    // A plain string is English.
    EXPECT_EQ(result.tour->steps.at(0).caption.languages(), QStringList{u"en"_qs});
}

TEST(TourLoader, ReportsEveryProblemNotJustTheFirst) {
    QJsonObject t = withStep(validTour(), 1, [](QJsonObject &s) { s["view"] = "nowhere"; });
    t = withStep(t, 7, [](QJsonObject &s) { s["figures"] = QJsonArray{"gpus_built", "nope"}; });
    const TourLoadResult result = TourLoader::loadJson(json(t), Catalogue::embedded());
    ASSERT_EQ(result.problems.size(), 2) << result.problemText().toStdString();
    EXPECT_EQ(result.problems.at(0).path, "steps[1].view");
    EXPECT_EQ(result.problems.at(1).path, "steps[7].figures[1]");
}

TEST(TourLoader, FileProblemsNameTheFile) {
    QTemporaryDir dir;
    const QString name = dir.filePath("tour.json");
    QFile file(name);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(json(withStep(validTour(), 2, [](QJsonObject &s) { s["view"] = "nowhere"; })));
    file.close();
    const TourLoadResult result = TourLoader::loadFile(name, Catalogue::embedded());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.problems.at(0).toString().startsWith(name + ": steps[2].view"))
        << result.problemText().toStdString();

    const TourLoadResult missing =
        TourLoader::loadFile(dir.filePath("absent.json"), Catalogue::embedded());
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.problems.at(0).toString().contains("absent.json"));
}

TEST(EmbeddedTour, LoadsWithoutProblems) {
    const TourLoadResult result = TourLoader::loadEmbedded(Catalogue::embedded());
    ASSERT_TRUE(result.ok()) << result.problemText().toStdString();
    const Tour &tour = *result.tour;
    EXPECT_GE(tour.stepCount(), Tour::minimumSteps);
    EXPECT_LE(tour.stepCount(), Tour::maximumSteps);
}

TEST(EmbeddedTour, FollowsTheStoryOfTheIssue) {
    const TourLoadResult result = TourLoader::loadEmbedded(Catalogue::embedded());
    ASSERT_TRUE(result.ok()) << result.problemText().toStdString();
    const Tour &tour = *result.tour;
    QStringList views;
    for (const TourStep &step : tour.steps)
        views.append(step.view);
    // From the cluster down to one GPU, in order, then the charts.
    const qsizetype cluster = views.indexOf("cluster");
    const qsizetype rear = views.indexOf(QRegularExpression("^group/\\d+/rack/\\d+/rear$"));
    const qsizetype gpu =
        views.indexOf(QRegularExpression("^group/\\d+/rack/\\d+/server/\\d+/gpu/\\d+$"));
    EXPECT_EQ(cluster, 0);
    EXPECT_GT(rear, cluster);
    EXPECT_GT(gpu, rear);
    for (const char *chart : {"chart/network", "chart/power", "chart/timeline", "chart/gpu-counts"})
        EXPECT_GT(views.indexOf(chart), gpu) << chart;
    EXPECT_TRUE(tour.steps.first().title.english().contains("{gpus_built}"));
    EXPECT_TRUE(tour.steps.last().figures.contains("planned_gpus"));
}

TEST(EmbeddedTour, CaptionsResolveToCatalogueValues) {
    const Catalogue &catalogue = Catalogue::embedded();
    const TourLoadResult result = TourLoader::loadEmbedded(catalogue);
    ASSERT_TRUE(result.ok()) << result.problemText().toStdString();
    const Tour &tour = *result.tour;
    for (const TourStep &step : tour.steps) {
        const QString caption = TourText::resolve(step.caption, catalogue);
        EXPECT_FALSE(caption.contains(u'{')) << caption.toStdString();
        for (const QString &id : TourText::placeholders(step.caption.english()))
            EXPECT_TRUE(caption.contains(FigureFormat::bare(*catalogue.figure(id))));
    }
    const QString first = TourText::resolve(tour.steps.first().title, catalogue);
    EXPECT_EQ(first, FigureFormat::bare(catalogue.require(u"gpus_built")) + QChar(0x00a0) + "GPUs");
}

TEST(TourText, NamesWithDigitsAreNotNumbers) {
    EXPECT_TRUE(TourText::typedNumbers("Nvidia H100 and H200, GPT-4 and Grok-2").isEmpty());
    EXPECT_EQ(TourText::typedNumbers("{gpus_built} GPUs in 3 months"), QStringList({"3"}));
    EXPECT_EQ(TourText::typedNumbers("about 1,000,000."), QStringList({"1,000,000"}));
    // Japanese and Chinese write a month and "one" with a counter in digits: no figure.
    EXPECT_TRUE(TourText::typedNumbers(u"マスク氏は7月に1グループ、1日に"_qs).isEmpty());
    EXPECT_TRUE(TourText::typedNumbers(u"马斯克在 7 月增设了"_qs).isEmpty());
    EXPECT_EQ(TourText::typedNumbers(u"GPUは3基、2台、13月"_qs), QStringList({"3", "2", "13"}));
    EXPECT_EQ(TourText::placeholders("{a} and {b} and {a}"), QStringList({"a", "b"}));
}

TEST(TourText, FormatsValuesAsACaptionShowsThem) {
    Figure f;
    f.value = 100000;
    EXPECT_EQ(FigureFormat::bare(f), "100,000");
    f.value = 3.6;
    EXPECT_EQ(FigureFormat::bare(f), "3.6");
    f.value = 1562.5;
    EXPECT_EQ(FigureFormat::bare(f), "1,562.5");
    f.value = 0.05;
    f.unit = "fraction";
    EXPECT_EQ(FigureFormat::bare(f), "5%");
    f.value = 19;
    f.unit = "%";
    EXPECT_EQ(FigureFormat::bare(f), "19%");
    f.unit = "date";
    f.asOf = "2024-07-22T04:20";
    EXPECT_EQ(FigureFormat::bare(f), "22 Jul 2024 04:20");
    f.asOf = "2025-09";
    EXPECT_EQ(FigureFormat::bare(f), "Sep 2025");
    f.asOf = "2025-23";
    EXPECT_EQ(FigureFormat::bare(f), "fall 2025");
}

} // namespace
