#include "TourExport.h"
#include "TourExportSettingsDialog.h"

#include "catalogue/Catalogue.h"
#include "charts/ChartPicture.h"
#include "charts/ChartScene.h"
#include "diagram/DiagramPicture.h"
#include "export/FramedPicture.h"
#include "export/PictureExporter.h"
#include "tour/TourStepPicture.h"
#include "views/ViewRegistry.h"

#include <QDir>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <gtest/gtest.h>

#include "AppProcess.h"
#include "EmbeddedTour.h"

using namespace colossus;

namespace {

QStringList filesIn(const QString &directory) {
    return QDir(directory).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                                     QDir::Name);
}

QStringList stepNames(int count) {
    QStringList names;
    for (int i = 0; i < count; ++i)
        names.append(TourExport::stepFileName(i));
    return names;
}

TEST(TourExport, FileNames) {
    EXPECT_EQ(TourExport::stepFileName(0), "step-01.png");
    EXPECT_EQ(TourExport::stepFileName(13), "step-14.png");
    EXPECT_EQ(TourExport::viewFileName("group/12/rack/3/rear", "svg"), "group-12-rack-3-rear.svg");
    EXPECT_EQ(TourExport::viewFileName("chart/power", "pdf"), "chart-power.pdf");
}

TEST(TourExport, WritesOnePngPerStepAtTheRequestedSizeAndTheMarkdown) {
    QTemporaryDir dir;
    const QString out = dir.filePath("handouts/new"); // created on the way
    QString stdoutText, stderrText;
    QTextStream o(&stdoutText), e(&stderrText);
    const Tour &tour = embeddedTour();
    const int code =
        TourExport::exportTour(Catalogue::embedded(), tour, out, QSize(800, 450), 1.5, o, e);
    ASSERT_EQ(code, 0) << stderrText.toStdString();
    EXPECT_TRUE(stderrText.isEmpty());

    QStringList expected = stepNames(tour.stepCount());
    expected.append("tour.md");
    EXPECT_EQ(filesIn(out), expected);
    for (int i = 0; i < tour.stepCount(); ++i) {
        const QImage image(QDir(out).filePath(TourExport::stepFileName(i)));
        ASSERT_FALSE(image.isNull()) << i;
        EXPECT_EQ(image.size(), QSize(1200, 675)) << i;
    }
    // Progress as "[3/14] step-03.png", then a summary.
    const QString third = QStringLiteral("[3/%1] step-03.png").arg(tour.stepCount());
    EXPECT_TRUE(stdoutText.contains(third)) << stdoutText.toStdString();
    const QString last = QStringLiteral("[%1/%1] %2")
                             .arg(tour.stepCount())
                             .arg(TourExport::stepFileName(tour.stepCount() - 1));
    EXPECT_TRUE(stdoutText.contains(last)) << stdoutText.toStdString();
    EXPECT_TRUE(stdoutText.trimmed().split('\n').last().startsWith("Wrote "));
}

TEST(TourExport, MarkdownListsEveryCaptionAndItsSources) {
    const Catalogue &catalogue = Catalogue::embedded();
    const Tour &tour = embeddedTour();
    const QString md = TourExport::tourMarkdown(catalogue, tour);
    EXPECT_TRUE(md.startsWith("# " + tour.title.text()));
    for (int i = 0; i < tour.stepCount(); ++i) {
        const TourStep &step = tour.steps.at(i);
        EXPECT_TRUE(md.contains(TourText::resolve(step.caption, catalogue))) << i;
        EXPECT_TRUE(md.contains(TourExport::stepFileName(i))) << i;
        for (const QString &source : TourStepPicture::sourceIdsOf(step, catalogue))
            EXPECT_TRUE(md.contains(source)) << i << source.toStdString();
        for (const QString &id : step.figures)
            EXPECT_TRUE(md.contains(catalogue.figure(id)->label())) << id.toStdString();
    }
}

TEST(TourExport, RefusesABadSizeWithoutWritingAnything) {
    QTemporaryDir dir;
    QString stdoutText, stderrText;
    QTextStream o(&stdoutText), e(&stderrText);
    const int code = TourExport::exportTour(Catalogue::embedded(), embeddedTour(), dir.path(),
                                            QSize(0, 0), 1.0, o, e);
    EXPECT_EQ(code, 2);
    EXPECT_FALSE(stderrText.isEmpty());
    EXPECT_TRUE(filesIn(dir.path()).isEmpty());
}

TEST(TourExport, RefusesADirectoryThatIsAFile) {
    QTemporaryDir dir;
    const QString file = dir.filePath("plain-file");
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    QString stdoutText, stderrText;
    QTextStream o(&stdoutText), e(&stderrText);
    EXPECT_EQ(TourExport::exportTour(Catalogue::embedded(), embeddedTour(), file, QSize(320, 180),
                                     1.0, o, e),
              2);
    EXPECT_TRUE(stderrText.contains("plain-file")) << stderrText.toStdString();
}

TEST(TourExport, AFailureNamesTheFileAndLeavesNoPartialFile) {
    QTemporaryDir dir;
    // A directory where step-03.png should go: the third file cannot be written.
    ASSERT_TRUE(QDir(dir.path()).mkdir("step-03.png"));
    QString stdoutText, stderrText;
    QTextStream o(&stdoutText), e(&stderrText);
    const int code = TourExport::exportTour(Catalogue::embedded(), embeddedTour(), dir.path(),
                                            QSize(320, 180), 1.0, o, e);
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(stderrText.contains("step-03.png")) << stderrText.toStdString();
    // The two finished files are complete pictures; nothing else (no temporary, no tour.md).
    EXPECT_EQ(filesIn(dir.path()), QStringList({"step-01.png", "step-02.png", "step-03.png"}));
    EXPECT_TRUE(QFileInfo(dir.filePath("step-03.png")).isDir());
    for (const char *name : {"step-01.png", "step-02.png"})
        EXPECT_EQ(QImage(dir.filePath(name)).size(), QSize(320, 180)) << name;
}

TEST(TourExport, ACancelledExportKeepsOnlyCompleteFiles) {
    QTemporaryDir dir;
    const TourExport::Result result = TourExport::writeTour(
        Catalogue::embedded(), embeddedTour(), dir.path(), QSize(320, 180), 1.0, PaintOptions(),
        [](int index, int, const QString &) { return index < 3; });
    EXPECT_TRUE(result.cancelled);
    EXPECT_TRUE(result.error.isEmpty());
    EXPECT_EQ(result.files, stepNames(3));
    EXPECT_EQ(filesIn(dir.path()), stepNames(3));
    for (const QString &name : stepNames(3))
        EXPECT_FALSE(QImage(dir.filePath(name)).isNull()) << name.toStdString();
}

TEST(TourExport, TheDialogCanBeCancelled) {
    QTemporaryDir dir;
    TourExportDialog dialog(Catalogue::embedded(), embeddedTour());
    dialog.setQuiet(true);
    QObject::connect(&dialog, &TourExportDialog::fileStarted, [&dialog](int index, int total) {
        EXPECT_EQ(total, embeddedTour().stepCount() + 1);
        if (index == 2)
            dialog.progressDialog()->cancel(); // as the Cancel button does
    });
    const TourExport::Result result = dialog.exportTo(dir.path(), QSize(320, 180));
    EXPECT_TRUE(result.cancelled);
    EXPECT_EQ(filesIn(dir.path()), stepNames(2));
}

TEST(TourExport, TheDialogWritesEverythingWhenLeftAlone) {
    QTemporaryDir dir;
    TourExportDialog dialog(Catalogue::embedded(), embeddedTour());
    dialog.setQuiet(true);
    const TourExport::Result result = dialog.exportTo(dir.path(), QSize(320, 180));
    EXPECT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.files.size(), embeddedTour().stepCount() + 1);
}

class ExportAll : public ::testing::TestWithParam<const char *> {};

TEST_P(ExportAll, WritesEveryViewInTheFormat) {
    const QString format = GetParam();
    QTemporaryDir dir;
    QString stdoutText, stderrText;
    QTextStream o(&stdoutText), e(&stderrText);
    const QStringList views = ViewRegistry::viewPaths(Catalogue::embedded());
    ASSERT_FALSE(views.isEmpty());
    const int code = TourExport::exportAll(Catalogue::embedded(), dir.path(), format.toUpper(),
                                           QSize(320, 180), 1.0, o, e);
    ASSERT_EQ(code, 0) << stderrText.toStdString();
    EXPECT_EQ(filesIn(dir.path()).size(), views.size());
    for (const QString &view : views) {
        QFile file(dir.filePath(TourExport::viewFileName(view, format)));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << view.toStdString();
        const QByteArray head = file.read(8);
        if (format == "png")
            EXPECT_TRUE(head.startsWith("\x89PNG")) << view.toStdString();
        else if (format == "pdf")
            EXPECT_TRUE(head.startsWith("%PDF")) << view.toStdString();
        else
            EXPECT_TRUE(head.startsWith("<?xml") || head.startsWith("<svg")) << view.toStdString();
    }
    EXPECT_TRUE(stdoutText.contains(QStringLiteral("[1/%1] %2")
                                        .arg(views.size())
                                        .arg(TourExport::viewFileName(views.first(), format))));
    EXPECT_TRUE(stdoutText.trimmed().split('\n').last().startsWith("Wrote "));
}

INSTANTIATE_TEST_SUITE_P(Formats, ExportAll, ::testing::Values("png", "svg", "pdf"));

TEST(TourExport, ExportAllRefusesAnUnknownFormat) {
    QTemporaryDir dir;
    QString stdoutText, stderrText;
    QTextStream o(&stdoutText), e(&stderrText);
    EXPECT_EQ(
        TourExport::exportAll(Catalogue::embedded(), dir.path(), "gif", QSize(320, 180), 1.0, o, e),
        2);
    EXPECT_TRUE(stderrText.contains("gif"));
    // Nothing was written, so no "wrote 0 of 11 ... before the failure".
    EXPECT_FALSE(stderrText.contains("wrote")) << stderrText.toStdString();
    EXPECT_TRUE(filesIn(dir.path()).isEmpty());
}

TEST(TourExport, MarkdownCitesEachPassageWithOurTranslation) {
    const Catalogue &catalogue = Catalogue::embedded();
    const Tour &tour = embeddedTour();
    const QString md = TourExport::tourMarkdown(catalogue, tour);
    for (const TourStep &step : tour.steps) {
        for (const auto &c : TourStepPicture::citations(step, catalogue)) {
            EXPECT_TRUE(md.contains(TourStepPicture::citationText(c))) << c.figureId.toStdString();
            if (!c.passage.isEmpty() && !c.translation.isEmpty()) {
                EXPECT_TRUE(TourStepPicture::citationText(c).contains(c.translation));
            }
        }
    }
}

TEST(TourStepPicture, CarriesCaptionAndCitationsInThePicture) {
    const Catalogue &catalogue = Catalogue::embedded();
    const Tour &tour = embeddedTour();
    QString error;
    const auto picture = TourStepPicture::create(catalogue, tour, 0, &error);
    ASSERT_TRUE(picture) << error.toStdString();
    EXPECT_TRUE(picture->title().startsWith("1. "));
    EXPECT_TRUE(picture->subtitle().contains(QStringLiteral("step 1 of %1").arg(tour.stepCount())));
    const auto citations = TourStepPicture::citations(tour.steps.at(0), catalogue);
    ASSERT_EQ(citations.size(), tour.steps.at(0).figures.size() + tour.steps.at(0).facts.size());
    for (const auto &c : citations.mid(0, tour.steps.at(0).figures.size())) {
        const Figure &f = catalogue.require(c.figureId);
        EXPECT_EQ(c.label, f.label());
        EXPECT_EQ(c.passage.isEmpty(), f.isDerived()) << c.figureId.toStdString();
    }
    for (const QString &source : TourStepPicture::sourceIdsOf(tour.steps.at(0), catalogue))
        EXPECT_TRUE(picture->sourceIds().contains(source));

    // The band below the view is painted: the bottom fifth is not empty background.
    QImage image(960, 540, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    PaintOptions options;
    options.transparent = true;
    picture->paintContent(painter, QRectF(0, 0, 960, 540), options);
    painter.end();
    const qreal band = TourStepPicture::captionHeight(tour.steps.at(0), catalogue, 960,
                                                      TourStepPicture::handoutBodyPixelSize(540));
    int inked = 0;
    for (int y = 540 - int(band) + 4; y < 540; ++y)
        for (int x = 0; x < 960; ++x)
            inked += qAlpha(image.pixel(x, y)) > 0;
    EXPECT_GT(inked, 2000);
}

TEST(TourStepPicture, HandoutTextIsLargeAtFullHd) {
    const Catalogue &catalogue = Catalogue::embedded();
    const Tour &tour = embeddedTour();
    for (int i = 0; i < tour.stepCount(); ++i) {
        const auto picture = TourStepPicture::create(catalogue, tour, i, nullptr);
        ASSERT_TRUE(picture) << i;
        const QRectF content =
            FramedPicture::contentArea(QRectF(0, 0, 1920, 1080), *picture, catalogue);
        PaintOptions options;
        options.pageHeight = 1080; // as FramedPicture paints it
        EXPECT_GE(TourStepPicture::bodyPixelSize(TourStepPicture::roomHeight(content, options)),
                  30.0)
            << "step " << i + 1;
        // The caption band leaves the picture more than 40 % of the page (translations give
        // way first), a tall view (a rack) all of its height.
        const TourStepPicture::Placement placed = picture->placement(content, options);
        EXPECT_GE(placed.view.height(), content.height() * 0.4) << "step " << i + 1;
        if (picture->showsTallView()) {
            EXPECT_DOUBLE_EQ(placed.view.height(), content.height()) << "step " << i + 1;
        }
        EXPECT_FALSE(placed.view.intersects(placed.caption)) << "step " << i + 1;
    }
}

// Chart steps on a 1920x1080 handout: laid out in the area above the caption band as the
// handout paints them, no two texts overlap, none leaves the picture, and none is smaller
// than 14 px on the page (the back row of a classroom).
TEST(TourStepPicture, ChartStepsLayOutWithoutOverlapAndWithLargeText) {
    const Catalogue &catalogue = Catalogue::embedded();
    const Tour &tour = embeddedTour();
    int charts = 0;
    for (int i = 0; i < tour.stepCount(); ++i) {
        const auto picture = TourStepPicture::create(catalogue, tour, i, nullptr);
        ASSERT_TRUE(picture) << i;
        const auto *chart = dynamic_cast<const ChartPicture *>(&picture->view());
        if (!chart)
            continue;
        ++charts;
        const QRectF content =
            FramedPicture::contentArea(QRectF(0, 0, 1920, 1080), *picture, catalogue);
        PaintOptions options;
        options.printing = true;
        options.pageHeight = 1080; // as FramedPicture paints it
        const QRectF area = picture->viewArea(content, options);
        const qreal minimum = TourStepPicture::viewOptions(options, 1080, 1).minimumTextPx;
        QSizeF laidOut;
        const auto room = chart->laidOutScene(
            area.size(), options, TourStepPicture::chartBasePixelSize(minimum), &laidOut);
        ChartScene &scene = *room;
        const qreal shrink = std::min(1.0, area.height() / laidOut.height());
        EXPECT_DOUBLE_EQ(shrink, 1.0) << "step " << i + 1 << ": a room's chart is not shrunk";
        QList<QRectF> texts;
        QStringList words; // what each text says, for the failure message
        for (QGraphicsItem *item : scene.items()) {
            if (item->parentItem() || !item->isVisible())
                continue; // Qt Charts' own items (axis labels): laid out by Qt
            QFont font;
            QString said;
            if (auto *simple = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item)) {
                font = simple->font();
                said = simple->text();
            } else if (auto *rich = qgraphicsitem_cast<QGraphicsTextItem *>(item)) {
                font = rich->font();
                said = rich->toPlainText();
            } else {
                continue;
            }
            const QRectF rect = item->sceneBoundingRect();
            EXPECT_GE(font.pixelSize() * shrink, 14.0)
                << "step " << i + 1 << ": " << font.pixelSize() * shrink << " px";
            EXPECT_TRUE(scene.sceneRect().adjusted(-1, -1, 1, 1).contains(rect))
                << "step " << i + 1 << ": text outside the picture";
            texts << rect;
            words << said;
        }
        for (qsizetype a = 0; a < texts.size(); ++a) {
            for (qsizetype b = a + 1; b < texts.size(); ++b) {
                const QRectF overlap = texts[a].intersected(texts[b]);
                EXPECT_LT(overlap.width() * overlap.height(), 4.0)
                    << "step " << i + 1 << ": \"" << words[a].toStdString() << "\" at ("
                    << texts[a].x() << ", " << texts[a].y() << ") and \"" << words[b].toStdString()
                    << "\" at (" << texts[b].x() << ", " << texts[b].y() << ") overlap";
            }
        }
    }
    EXPECT_GE(charts, 4); // the tour visits the charts; a tour without them tests nothing
}

// The band's excerpt of each passage is centred on the figure as the passage writes it, so
// the cited number is never cut off; our translation goes under it where there is room.
TEST(TourStepPicture, EveryCitationExcerptShowsTheCitedNumber) {
    const Catalogue &catalogue = Catalogue::embedded();
    const Tour &tour = embeddedTour();
    int translated = 0;
    for (const QSizeF page : {QSizeF(1920, 1080), QSizeF(1280, 720)}) {
        for (int i = 0; i < tour.stepCount(); ++i) {
            const auto picture = TourStepPicture::create(catalogue, tour, i, nullptr);
            ASSERT_TRUE(picture) << i;
            const QRectF content =
                FramedPicture::contentArea(QRectF(QPointF(0, 0), page), *picture, catalogue);
            const QRectF band = picture->placement(content).caption;
            const auto layout = TourStepPicture::captionLayout(
                tour.steps.at(i), catalogue, band,
                TourStepPicture::handoutBodyPixelSize(content.height()));
            ASSERT_EQ(layout.lines.size(),
                      tour.steps.at(i).figures.size() + tour.steps.at(i).facts.size())
                << "step " << i + 1;
            for (const auto &line : layout.lines) {
                const auto &c = line.citation;
                if (c.passage.isEmpty() || !catalogue.figure(c.figureId))
                    continue; // a derived figure, or a fact (a statement, no number)
                EXPECT_FALSE(c.written.isEmpty()) << c.figureId.toStdString();
                EXPECT_TRUE(line.rest.contains(c.written))
                    << "step " << i + 1 << ", " << c.figureId.toStdString() << ": "
                    << line.rest.toStdString();
                if (!line.translation.isEmpty()) {
                    ++translated;
                    if (!c.translationAnchor.isEmpty()) {
                        EXPECT_TRUE(line.translation.contains(c.translationAnchor))
                            << c.figureId.toStdString();
                    }
                }
            }
            EXPECT_LE(layout.height, band.height() + 0.5) << "step " << i + 1;
        }
    }
    // Many citations carry our translation (in a room's type, translations give way first).
    EXPECT_GT(translated, 12);
}

TEST(TourStepPicture, UnknownStepGivesAMessage) {
    QString error;
    EXPECT_FALSE(TourStepPicture::create(Catalogue::embedded(), embeddedTour(), 99, &error));
    EXPECT_TRUE(error.contains("100"));
}

} // namespace

// --- One PDF handout ---------------------------------------------------------------------

namespace {

// Runs a poppler tool (poppler-utils, listed in .ci/setup) on a file.
QString poppler(const QString &tool, const QStringList &arguments) {
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << tool.toStdString()
                      << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Without white space, and in compatibility form: a PDF maps some ideographs back to their
// look-alike Kangxi radicals (U+2F2F for 工), which NFKC folds again.
QString withoutSpace(QString text) {
    text = text.normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// The longest run of Chinese or Japanese characters in a passage (no digits or punctuation,
// which a PDF may write as separate glyph runs).
QString longestCjkRun(const QString &passage) {
    QString best;
    auto it = QRegularExpression(QStringLiteral("[\\p{Han}\\p{Hiragana}\\p{Katakana}]+"))
                  .globalMatch(passage.normalized(QString::NormalizationForm_KC));
    while (it.hasNext()) {
        const QString run = it.next().captured();
        if (run.size() > best.size())
            best = run;
    }
    return best.left(16);
}

// The first cited passage of the tour in one of the languages.
QString citedPassageIn(const QString &language) {
    const Catalogue &catalogue = Catalogue::embedded();
    for (const TourStep &step : embeddedTour().steps) {
        for (const TourStepPicture::Citation &c : TourStepPicture::citations(step, catalogue)) {
            const QString id = c.figureId;
            const Figure *figure = catalogue.figure(id);
            const Fact *fact = catalogue.fact(id);
            const QString source = figure ? figure->source : fact ? fact->source : QString();
            const SourceDocument *doc = catalogue.source(source);
            if (doc && doc->languages == QStringList{language} && !c.passage.isEmpty())
                return c.passage;
        }
    }
    return {};
}

} // namespace

TEST(TourHandout, APagePerStepFontsEmbeddedJapaneseAndChineseAsText) {
    QTemporaryDir dir;
    const QString file = dir.filePath("handout.pdf");
    const AppRun run = runApp({"--export-handout", file, "--theme", "light"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("handout.pdf"));

    const QString info = poppler("pdfinfo", {file});
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    ASSERT_TRUE(pages.hasMatch()) << info.toStdString();
    EXPECT_EQ(pages.captured(1).toInt(), embeddedTour().stepCount());

    // pdffonts: two heading lines, then one line per font with "emb" as a yes/no column.
    const QStringList fonts = poppler("pdffonts", {file}).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GT(fonts.size(), 2);
    const qsizetype embColumn = fonts.first().indexOf(QLatin1String("emb"));
    ASSERT_GE(embColumn, 0);
    for (const QString &line : fonts.mid(2))
        EXPECT_EQ(line.mid(embColumn, 3), "yes") << line.toStdString();

    const QString text = withoutSpace(poppler("pdftotext", {"-enc", "UTF-8", file, "-"}));
    const QString japanese = longestCjkRun(citedPassageIn("ja"));
    const QString chinese = longestCjkRun(citedPassageIn("zh"));
    ASSERT_GE(japanese.size(), 6);
    ASSERT_GE(chinese.size(), 6);
    EXPECT_TRUE(text.contains(japanese)) << japanese.toStdString();
    EXPECT_TRUE(text.contains(chinese)) << chinese.toStdString();
    // Every caption is on its page, and our translations with it.
    for (const TourStep &step : embeddedTour().steps) {
        const QString caption = TourText::resolve(step.caption, Catalogue::embedded());
        EXPECT_TRUE(text.contains(withoutSpace(caption.left(30)))) << caption.toStdString();
    }
    EXPECT_TRUE(text.contains("Ourtranslation"));
}

TEST(TourHandout, AFailureExitsTwoNamingTheFileAndLeavesNoFile) {
    QTemporaryDir dir;
    // A folder where the file should go, and a folder that does not exist.
    ASSERT_TRUE(QDir(dir.path()).mkdir("taken.pdf"));
    for (const QString &file : {dir.filePath("taken.pdf"), dir.filePath("missing/handout.pdf")}) {
        const AppRun run = runApp({"--export-handout", file});
        EXPECT_EQ(run.exitCode, 2) << file.toStdString();
        EXPECT_TRUE(run.err.contains(file)) << run.err.toStdString();
    }
    EXPECT_EQ(filesIn(dir.path()), QStringList({"taken.pdf"}));
    EXPECT_TRUE(QFileInfo(dir.filePath("taken.pdf")).isDir());
    // Not a PDF name, a bad theme and an option that does not go with it are usage errors.
    EXPECT_EQ(runApp({"--export-handout", dir.filePath("handout.png")}).exitCode, 2);
    EXPECT_EQ(runApp({"--export-handout", dir.filePath("h.pdf"), "--theme", "neon"}).exitCode, 2);
    EXPECT_EQ(runApp({"--export-handout", dir.filePath("h.pdf"), "--size", "800x600"}).exitCode, 2);
    EXPECT_EQ(filesIn(dir.path()), QStringList({"taken.pdf"}));
}

// --- Handout pictures are clean --------------------------------------------------------

TEST(TourExport, ExportedViewsCarryNoSelectionHoverOrHighlight) {
    const Catalogue &catalogue = Catalogue::embedded();
    for (const QString &view :
         {QStringLiteral("cluster"), QStringLiteral("group/1"), QStringLiteral("group/1/rack/1"),
          QStringLiteral("group/1/rack/1/server/1")}) {
        QString error;
        auto clean =
            DiagramPicture::create(catalogue, ViewRegistry::defaultScenarioId(), view, &error);
        auto marked =
            DiagramPicture::create(catalogue, ViewRegistry::defaultScenarioId(), view, &error);
        ASSERT_TRUE(clean && marked) << error.toStdString();
        DiagramState state = marked->state(); // the framed element's focus stays
        state.hasSelection = true;
        state.selection = marked->path();
        state.hasHover = true;
        state.hover = marked->path();
        state.highlightId = QStringLiteral("gpus_per_rack");
        marked->setState(state);
        PaintOptions options;
        options.printing = true;
        const QImage a =
            PictureExporter::renderImage(*clean, catalogue, QSize(960, 540), 1.0, options);
        const QImage b =
            PictureExporter::renderImage(*marked, catalogue, QSize(960, 540), 1.0, options);
        EXPECT_EQ(a, b) << view.toStdString();
        // On screen the same state is drawn: the test would notice if it never were.
        options.printing = false;
        EXPECT_NE(PictureExporter::renderImage(*marked, catalogue, QSize(960, 540), 1.0, options),
                  a)
            << view.toStdString();
    }
    QString error;
    auto chart = ChartPicture::create(catalogue, QStringLiteral("power"), &error);
    ASSERT_TRUE(chart) << error.toStdString();
    PaintOptions options;
    options.printing = true;
    const QImage clean =
        PictureExporter::renderImage(*chart, catalogue, QSize(960, 540), 1.0, options);
    chart->setHighlighted(QStringLiteral("power_mw"));
    EXPECT_EQ(PictureExporter::renderImage(*chart, catalogue, QSize(960, 540), 1.0, options),
              clean);
}

// A chart step shows only its figures; no outline marks them (in a handout it would read as a
// selection): no pixel of the chart has the outline's accent colour.
TEST(TourExport, ChartStepsCarryNoOutlines) {
    const Catalogue &catalogue = Catalogue::embedded();
    const Tour tour = embeddedTour();
    int charts = 0;
    for (int i = 0; i < tour.stepCount(); ++i) {
        const auto picture = TourStepPicture::create(catalogue, tour, i, nullptr);
        ASSERT_TRUE(picture) << i;
        if (!dynamic_cast<const ChartPicture *>(&picture->view()))
            continue;
        ++charts;
        PaintOptions options;
        options.printing = true;
        const QImage image =
            PictureExporter::renderImage(picture->view(), catalogue, QSize(1280, 720), 1.0, options)
                .convertToFormat(QImage::Format_RGB32);
        const QRgb accent = options.theme.accent.rgb();
        qsizetype outlined = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                outlined += (line[x] & 0xffffff) == (accent & 0xffffff);
        }
        EXPECT_EQ(outlined, 0) << "step " << i + 1;
    }
    EXPECT_GE(charts, 2);
}

TEST(TourExport, TheSettingsDialogOffersTheCommandLinesChoicesAndWarnsBeforeReplacing) {
    QTemporaryDir dir;
    TourExportSettingsDialog dialog(embeddedTour().stepCount(), Theme::dark());
    dialog.setDirectory(dir.path());
    EXPECT_EQ(dialog.settings().theme.key(), Theme::dark().key());
    EXPECT_EQ(dialog.settings().size, TourExport::defaultSize);
    EXPECT_EQ(dialog.settings().format, "png");
    EXPECT_DOUBLE_EQ(dialog.settings().scale, 1.0);
    EXPECT_TRUE(dialog.filesToReplace().isEmpty());

    // Step pictures already there: the dialog asks, and "no" keeps it open.
    QStringList asked;
    bool answer = false;
    dialog.confirmReplace = [&](const QStringList &files) {
        asked = files;
        return answer;
    };
    const QByteArray old = "old";
    for (const char *name : {"step-01.png", "step-02.png"}) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(old);
    }
    dialog.setFormat("svg"); // other formats' files are not replaced
    EXPECT_TRUE(dialog.filesToReplace().isEmpty());
    dialog.setFormat("png");
    EXPECT_EQ(dialog.filesToReplace(), QStringList({"step-01.png", "step-02.png"}));
    dialog.open();
    dialog.accept();
    EXPECT_EQ(asked, QStringList({"step-01.png", "step-02.png"}));
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.isVisible());
    answer = true;
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(TourExport, StepsInSvgAndPdfAtTheCommandLinesFormat) {
    QTemporaryDir dir;
    const AppRun run = runApp(
        {"--export-tour", dir.path(), "--format", "svg", "--size", "640x360", "--theme", "dark"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList expected;
    for (int i = 0; i < embeddedTour().stepCount(); ++i)
        expected.append(TourExport::stepFileName(i, "svg"));
    expected.append(TourExport::markdownFileName());
    expected.sort();
    EXPECT_EQ(filesIn(dir.path()), expected);
}
