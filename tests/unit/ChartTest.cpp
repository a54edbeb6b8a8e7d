#include "AppProcess.h"
#include "catalogue/Catalogue.h"
#include "catalogue/ConsistencyChecks.h"
#include "catalogue/FigureFormat.h"
#include "charts/ChartPicture.h"
#include "charts/ChartScene.h"
#include "charts/ChartSpec.h"
#include "export/PictureExporter.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

const Catalogue &catalogue() {
    return Catalogue::embedded();
}

// How many axis units one unit of a figure is: our own table, independent of the chart code.
double axisUnitsPer(const Figure &figure) {
    static const QHash<QString, double> factors = {
        {QStringLiteral("GPUs"), 1},
        {QStringLiteral("MW"), 1},
        {QStringLiteral("GW"), 1000},
        {QStringLiteral("Wh"), 1},
        {QStringLiteral("%"), 1},
        {QStringLiteral("USD"), 1e-9},
        {QStringLiteral("Gb/s"), 1},
        {QStringLiteral("Tb/s"), 1000},
        {QStringLiteral("days"), 1},
        {QStringLiteral("weeks"), 7},
        {QStringLiteral("months"), 365.25 / 12},
        {QStringLiteral("years"), 365.25},
    };
    return factors.value(figure.unit, std::numeric_limits<double>::quiet_NaN());
}

} // namespace

TEST(ChartIds, AreExactlyTheFiveViews) {
    EXPECT_EQ(
        ChartPicture::chartIds(),
        (QStringList{QStringLiteral("gpu-counts"), QStringLiteral("power"), QStringLiteral("money"),
                     QStringLiteral("timeline"), QStringLiteral("network")}));
}

TEST(ChartPicture, UnknownIdGivesMessage) {
    QString error;
    EXPECT_EQ(ChartPicture::create(catalogue(), QStringLiteral("pie"), &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("pie"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("gpu-counts"))) << error.toStdString();
}

// --- Each chart draws the figures the issue asks for ----------------------------------------

struct Required {
    const char *chart;
    const char *figures;
};

class ChartContent : public ::testing::TestWithParam<Required> {};

TEST_P(ChartContent, DrawsEveryRequiredFigure) {
    const ChartSpec spec = ChartSpec::build(catalogue(), QString::fromLatin1(GetParam().chart));
    for (const QString &id : QString::fromLatin1(GetParam().figures).split(u' ')) {
        EXPECT_TRUE(spec.figureIds.contains(id))
            << GetParam().chart << " lacks " << id.toStdString();
        const Figure *figure = catalogue().figure(id);
        ASSERT_NE(figure, nullptr) << id.toStdString();
        if (!figure->source.isEmpty()) {
            EXPECT_GT(spec.citation(figure->source), 0) << id.toStdString() << " is not cited";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Charts, ChartContent,
    ::testing::Values(
        Required{
            "gpu-counts",
            "gpus_built upgrade_total upgrade_h100 upgrade_h200 promise_b200 promise_h200 "
            "planned_gpus "
            "frontier_gpus aurora_gpus eagle_gpus gpt4_a100 grok2_oracle_h100 oracle_rented_h100 "
            "grok2_gpus_needed tesla_h100_purchase cortex_gpus tesla_redirected_h100"},
        Required{"power",
                 "power_mw homes_equivalent water_gallons_per_day megapack_mwh diesel_generators "
                 "chatgpt_query_wh web_search_wh dc_demand_growth_twh ai_share_2028 h100_gigawatt"},
        Required{"money",
                 "round_6b series_b_6b valuation_24b raised_11b valuation_45b openai_microsoft_14b "
                 "anthropic_amazon_8b oracle_deal_10b dojo_buffalo_usd expansion_cost_usd "
                 "memphis_project_value"},
        Required{"timeline",
                 "date_site_decision date_series_b date_musk_post date_rack_split "
                 "date_oracle_talks_end date_training_start date_planned_start date_grok3_target "
                 "build_days install_weeks typical_build_years"},
        Required{"network", "gpus_per_server nic_per_gpu_gb extra_nic_gb server_bandwidth_tb "
                            "server_bandwidth_derived"}),
    [](const auto &info) {
        QString name = QString::fromLatin1(info.param.chart);
        return name.remove(u'-').toStdString();
    });

// --- Series values equal the catalogue's figures -------------------------------------------

class ChartValues : public ::testing::TestWithParam<const char *> {};

TEST_P(ChartValues, SegmentsEqualCatalogueFigures) {
    const ChartSpec spec = ChartSpec::build(catalogue(), QString::fromLatin1(GetParam()));
    int checked = 0;
    for (const ChartSpec::Panel &panel : spec.panels) {
        for (const ChartSpec::Row &row : panel.rows) {
            for (const ChartSpec::Segment &segment : row.segments) {
                if (segment.style != ChartSpec::Segment::Style::Solid)
                    continue;
                const Figure &figure = catalogue().require(segment.figureId);
                const double expected = figure.value * axisUnitsPer(figure);
                // Durations may be drawn through their derived "in days" figure.
                const Figure *inDays = catalogue().figure(
                    segment.figureId == u"build_months"    ? QStringLiteral("build_months_in_days")
                    : segment.figureId == u"install_weeks" ? QStringLiteral("install_days")
                                                           : QString());
                const double want = inDays ? inDays->value : expected;
                EXPECT_NEAR(segment.length, want, std::abs(want) * 1e-9)
                    << GetParam() << " " << segment.figureId.toStdString();
                ++checked;
            }
        }
        for (const ChartSpec::Event &event : panel.events) {
            const Figure &figure = catalogue().require(event.figureId);
            const QDate day = QDate(1970, 1, 1).addDays(qint64(figure.value));
            EXPECT_LE(event.start.date(), day) << event.figureId.toStdString();
            EXPECT_GE(event.end.date(), day) << event.figureId.toStdString();
            if (figure.asOf.size() >= 10) {
                EXPECT_EQ(event.start.date(), day) << event.figureId.toStdString();
            }
            ++checked;
        }
    }
    EXPECT_GT(checked, 0);
}

TEST_P(ChartValues, QtSeriesCarryTheSpecValues) {
    const ChartSpec spec = ChartSpec::build(catalogue(), QString::fromLatin1(GetParam()));
    QList<double> expected;
    for (const ChartSpec::Panel &panel : spec.panels) {
        for (const ChartSpec::Row &row : panel.rows) {
            for (const ChartSpec::Segment &segment : row.segments)
                expected << segment.length;
        }
    }
    ChartScene scene(catalogue(), spec);
    scene.rebuild(QSizeF(1600, 900), Theme::light(), true);
    QList<double> drawn;
    for (QChart *chart : scene.charts()) {
        for (QAbstractSeries *series : chart->series()) {
            auto *bars = qobject_cast<QAbstractBarSeries *>(series);
            if (!bars)
                continue;
            for (QBarSet *set : bars->barSets()) {
                double sum = 0; // one non-zero value per set: its own row
                for (int i = 0; i < set->count(); ++i)
                    sum += set->at(i);
                drawn << sum;
            }
        }
    }
    EXPECT_EQ(drawn, expected);
}

// A bar's mark must lie on the bar: the pixel under its centre has the bar's colour.
TEST_P(ChartValues, MarksLieOnTheirBars) {
    const ChartSpec spec = ChartSpec::build(catalogue(), QString::fromLatin1(GetParam()));
    ChartScene scene(catalogue(), spec);
    const QSize size(1600, 900);
    scene.rebuild(QSizeF(size), Theme::light(), true);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
    }
    int checked = 0;
    for (const ChartScene::Mark &mark : scene.marks()) {
        if (!mark.fill.isValid() || mark.rect.width() < 6 || mark.rect.height() < 6)
            continue;
        // A fifth of the way down: clear of any text centred in the segment.
        const QPointF probe(mark.rect.center().x(), mark.rect.top() + mark.rect.height() * 0.2);
        const QColor pixel = image.pixelColor(probe.toPoint());
        EXPECT_LT(std::abs(pixel.red() - mark.fill.red()) +
                      std::abs(pixel.green() - mark.fill.green()) +
                      std::abs(pixel.blue() - mark.fill.blue()),
                  30)
            << GetParam() << " " << mark.figureId.toStdString() << " at " << mark.rect.center().x()
            << "," << mark.rect.center().y();
        ++checked;
    }
    EXPECT_GT(checked, 0);
}

INSTANTIATE_TEST_SUITE_P(Charts, ChartValues,
                         ::testing::Values("gpu-counts", "power", "money", "timeline", "network"),
                         [](const auto &info) {
                             return QString::fromLatin1(info.param).remove(u'-').toStdString();
                         });

// --- Honest marks: types, hedges, ranges ---------------------------------------------------

// Where a row names an accelerator type, the passage behind its figure names it too.
TEST(GpuCounts, AcceleratorTypesComeFromTheirPassages) {
    const ChartSpec spec = ChartSpec::build(catalogue(), QStringLiteral("gpu-counts"));
    int checked = 0;
    for (const ChartSpec::Row &row : spec.panels.first().rows) {
        const qsizetype dot = row.label.lastIndexOf(QStringLiteral(" · "));
        if (row.heading || dot < 0)
            continue;
        const QString type = row.label.mid(dot + 3);
        const Figure &figure = catalogue().require(row.figureId);
        if (figure.isDerived() || type.contains(u'+') || type == u"type not given")
            continue;
        EXPECT_TRUE(figure.quote.contains(type, Qt::CaseInsensitive))
            << row.figureId.toStdString() << ": " << type.toStdString() << " not in its passage";
        ++checked;
    }
    EXPECT_GE(checked, 10);
}

TEST(Charts, HedgesAreShownAndWordRangesAreNeverPoints) {
    for (const QString &id : ChartPicture::chartIds()) {
        const ChartSpec spec = ChartSpec::build(catalogue(), id);
        for (const ChartSpec::Panel &panel : spec.panels) {
            for (const ChartSpec::Row &row : panel.rows) {
                const Figure *figure = catalogue().figure(row.figureId);
                if (!figure)
                    continue;
                const QString sign = FigureFormat::qualifierSign(figure->qualifier);
                if (!sign.isEmpty()) {
                    EXPECT_TRUE(row.valueText.contains(sign))
                        << row.figureId.toStdString() << ": " << row.valueText.toStdString();
                }
                if (figure->qualifier == u"tens of" || figure->qualifier == u"several") {
                    for (const ChartSpec::Segment &segment : row.segments)
                        EXPECT_NE(segment.style, ChartSpec::Segment::Style::Solid)
                            << row.figureId.toStdString();
                }
            }
        }
    }
}

TEST(Charts, DisagreeingFiguresCarryAMarkerLeadingToTheCheck) {
    QSet<QString> disagreeing;
    for (const ConsistencyCheck &check : runConsistencyChecks(catalogue())) {
        if (check.verdict == ConsistencyCheck::Verdict::Disagrees) {
            for (const QString &id : check.disputedIds)
                disagreeing.insert(id);
        }
    }
    for (const QString &id : ChartPicture::chartIds()) {
        const ChartSpec spec = ChartSpec::build(catalogue(), id);
        ChartScene scene(catalogue(), spec);
        scene.rebuild(QSizeF(1600, 900), Theme::light(), true);
        for (const QString &figureId : spec.figureIds) {
            if (!disagreeing.contains(figureId) || scene.figureRect(figureId).isEmpty())
                continue;
            EXPECT_TRUE(spec.disagreements.contains(figureId)) << figureId.toStdString();
            bool marker = false;
            for (const ChartScene::Mark &mark : scene.marks())
                marker = marker || (mark.kind == ChartScene::Mark::Kind::Marker &&
                                    mark.checkIds == spec.disagreements.value(figureId));
            EXPECT_TRUE(marker) << figureId.toStdString();
        }
    }
}

// --- Exported pictures ----------------------------------------------------------------------

struct ExportCase {
    const char *chart;
    int width;
    int height;
    qreal scale;
    const char *theme;
};

class ChartExport : public ::testing::TestWithParam<ExportCase> {};

TEST_P(ChartExport, HasTheRequestedSizeAndIsNotBlank) {
    const ExportCase &c = GetParam();
    QString error;
    auto picture = ChartPicture::create(catalogue(), QString::fromLatin1(c.chart), &error);
    ASSERT_NE(picture, nullptr) << error.toStdString();
    PaintOptions options;
    options.theme = Theme::fromName(QString::fromLatin1(c.theme));
    options.printing = true;
    const QImage image = PictureExporter::renderImage(*picture, catalogue(),
                                                      QSize(c.width, c.height), c.scale, options);
    EXPECT_EQ(image.size(), QSize(qRound(c.width * c.scale), qRound(c.height * c.scale)));
    // Not blank: many pixels differ from the background, in several colours.
    const QRgb background = options.theme.background.rgb();
    qint64 inked = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 3) {
            if ((line[x] & 0xffffff) != (background & 0xffffff))
                ++inked;
            if (colours.size() < 64)
                colours.insert(line[x]);
        }
    }
    const qint64 sampled = qint64(image.height() / 3) * (image.width() / 3);
    EXPECT_GT(inked, sampled / 50) << "almost blank";
    EXPECT_GE(colours.size(), 8);
}

INSTANTIATE_TEST_SUITE_P(Charts, ChartExport,
                         ::testing::Values(ExportCase{"gpu-counts", 1920, 1080, 1, "light"},
                                           ExportCase{"gpu-counts", 1920, 1080, 2, "dark"},
                                           ExportCase{"power", 1920, 1080, 1, "light"},
                                           ExportCase{"power", 3840, 2160, 1, "high-contrast"},
                                           ExportCase{"money", 1920, 1080, 1, "light"},
                                           ExportCase{"money", 1920, 1080, 2, "light"},
                                           ExportCase{"timeline", 1920, 1080, 1, "light"},
                                           ExportCase{"timeline", 1920, 1080, 2, "dark"},
                                           ExportCase{"network", 1920, 1080, 1, "light"},
                                           ExportCase{"network", 1920, 1080, 2, "light"},
                                           ExportCase{"gpu-counts", 1024, 768, 1, "light"}),
                         [](const auto &info) {
                             return QStringLiteral("%1_%2_%3x%4_%5")
                                 .arg(QString::fromLatin1(info.param.chart).remove(u'-'),
                                      QString::fromLatin1(info.param.theme).remove(u'-'))
                                 .arg(info.param.width)
                                 .arg(info.param.height)
                                 .arg(int(info.param.scale))
                                 .toStdString();
                         });

// --- Through the command line, as a teacher making handouts would ----------------------------

TEST(ChartCommandLine, EveryListedChartExportsAtTheRequestedSize) {
    const AppRun list = runApp({QStringLiteral("--list-views")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    QStringList charts;
    for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.trimmed().startsWith(QStringLiteral("chart/")))
            charts << line.trimmed();
    }
    QStringList expected;
    for (const QString &id : ChartPicture::chartIds())
        expected << QStringLiteral("chart/") + id;
    EXPECT_EQ(charts.join(u' ').toStdString(), expected.join(u' ').toStdString())
        << "--list-views printed: " << list.out.toStdString();

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QString &view : charts) {
        const QString out =
            dir.filePath(QString(view).replace(u'/', u'-') + QStringLiteral(".png"));
        const AppRun run = runApp({QStringLiteral("--export"), out, QStringLiteral("--view"), view,
                                   QStringLiteral("--size"), QStringLiteral("1280x720"),
                                   QStringLiteral("--scale"), QStringLiteral("2")});
        EXPECT_EQ(run.exitCode, 0) << view.toStdString() << ": " << run.err.toStdString();
        const QImage image(out);
        EXPECT_EQ(image.size(), QSize(2560, 1440)) << view.toStdString();
    }
}

TEST(ChartCommandLine, UnknownChartFailsWithAMessageAndNoFile) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.png"));
    const AppRun run = runApp({QStringLiteral("--export"), out, QStringLiteral("--view"),
                               QStringLiteral("chart/no-such-chart")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no-such-chart"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

// SVG and PDF go through the same paint path; in SVG the labels stay text.
TEST(ChartExport, WritesSvgAndPdfWithTextAndCitations) {
    QTemporaryDir dir;
    auto picture = ChartPicture::create(catalogue(), QStringLiteral("gpu-counts"), nullptr);
    ASSERT_NE(picture, nullptr);
    for (const QString &name : {QStringLiteral("chart.svg"), QStringLiteral("chart.pdf")}) {
        ExportRequest request;
        request.fileName = dir.filePath(name);
        request.options.printing = true;
        const QString problem = PictureExporter::write(*picture, catalogue(), request);
        EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
        QFile file(request.fileName);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QByteArray bytes = file.readAll();
        EXPECT_GT(bytes.size(), 10000) << name.toStdString();
        if (name.endsWith(QStringLiteral(".svg"))) {
            EXPECT_TRUE(bytes.contains("Frontier"));
            EXPECT_TRUE(bytes.contains("002_67189e2a346dc53a.txt"));
        }
    }
}

// A chart value near the largest double (issue 12: the axis-tick loop never ended) and other
// extremes: every chart still renders, in bounded time, without undefined behaviour.
namespace {

class ExtremeChartValue : public testing::TestWithParam<double> {};

TEST_P(ExtremeChartValue, EveryChartRendersInBoundedTime) {
    QList<Figure> figures = Catalogue::embedded().figures();
    for (Figure &f : figures) {
        if (f.id == u"gpus_built" || f.id == u"promise_b200")
            f.value = GetParam();
    }
    const Catalogue extreme(Catalogue::embedded().sources(), figures,
                            Catalogue::embedded().facts());
    for (const QString &id : ChartPicture::chartIds()) {
        QString error;
        const auto picture = ChartPicture::create(extreme, id, &error);
        ASSERT_NE(picture, nullptr) << qPrintable(error);
        const QImage image =
            PictureExporter::renderImage(*picture, extreme, QSize(640, 400), 1.0, PaintOptions());
        EXPECT_EQ(image.size(), QSize(640, 400)) << qPrintable(id);
    }
}

INSTANTIATE_TEST_SUITE_P(Table, ExtremeChartValue,
                         testing::Values(1.79e308, -1.79e308, 1e29, 9.3e18, 0.0, 1e-300));

} // namespace
