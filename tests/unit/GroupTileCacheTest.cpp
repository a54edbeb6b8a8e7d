// A frame whose groups are blitted from tiles (GroupTileCache) has exactly the pixels, labels
// and link zones of the same frame drawn without them: for every level, theme and scenario, at
// rest and in the middle of a zoom, when the tiles are first drawn and when they are reused,
// and after what must draw new tiles (theme, scenario, scale, size, device pixel ratio).
#include "diagram/painters/GroupTileCache.h"

#include "catalogue/Catalogue.h"
#include "diagram/DiagramPicture.h"
#include "diagram/ViewPath.h"
#include "language/Language.h"

#include "LevelThemeCases.h"
#include "SameFrame.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

struct Frame {
    QImage image;
    QList<LinkZone> zones;
    QList<PlacedLabel> labels;
};

Frame paint(bool tiles, const DiagramModel &model, const QRectF &area, qreal dpr,
            const DiagramCamera &camera, const DiagramState &state, const PaintOptions &options) {
    GroupTileCache::setEnabled(tiles);
    const QSize pixels = (QSizeF(area.right(), area.bottom()) * dpr).toSize();
    Frame f{QImage(pixels, QImage::Format_ARGB32_Premultiplied), {}, {}};
    f.image.setDevicePixelRatio(dpr);
    f.image.fill(Qt::black);
    QPainter painter(&f.image);
    DiagramRenderer::paint(painter, model, area, camera, state, options, &f.zones, &f.labels);
    painter.end();
    GroupTileCache::setEnabled(true);
    return f;
}

void expectSame(const Frame &tiled, const Frame &drawn, const std::string &what) {
    expectSameImage(tiled.image, drawn.image, what);
    expectSameZones(tiled.zones, drawn.zones, what);
    ASSERT_EQ(tiled.labels.size(), drawn.labels.size()) << what;
    for (qsizetype i = 0; i < drawn.labels.size(); ++i)
        EXPECT_EQ(tiled.labels[i].text, drawn.labels[i].text) << what;
}

// The camera a zoom animation passes through, a fraction `t` of the way (in log scale).
struct Case {
    std::string path;
    Theme theme;
    std::string scenario;
};

class GroupTileCacheTest : public ::testing::TestWithParam<Case> {};

TEST_P(GroupTileCacheTest, FrameFromTilesIsPixelIdenticalToOneDrawnWithout) {
    const Case &c = GetParam();
    auto model = DiagramModel::create(Catalogue::embedded(), QString::fromStdString(c.scenario));
    ASSERT_TRUE(model);
    const ElementPath path = *ViewPath::parse(QString::fromStdString(c.path));
    PaintOptions options;
    options.theme = c.theme;
    DiagramState state;
    state.hasFocus = true;
    state.focus = path;
    if (path.rear)
        state.rearRack = path;
    state.highlightId = u"gpus_per_rack"_qs;
    // The area at the corner and at odd, also fractional, offsets: the groups' corners then
    // fall between pixels.
    for (const QRectF area :
         {QRectF(0, 0, 1280, 720), QRectF(7, 3, 1021, 767), QRectF(0.5, 0.25, 1600.5, 900.75)}) {
        const DiagramCamera rest =
            DiagramPicture::fitCamera(*model, path, DiagramRenderer::diagramArea(area));
        const DiagramCamera cluster =
            DiagramPicture::fitCamera(*model, ElementPath(), DiagramRenderer::diagramArea(area));
        for (const double t : {0.0, 0.37}) {
            const DiagramCamera camera = t == 0 ? rest : DiagramCamera::between(cluster, rest, t);
            const std::string what = c.path + " " + c.theme.key().toStdString() + " " + c.scenario +
                                     " area " + std::to_string(area.width()) + " zoom " +
                                     std::to_string(t);
            const Frame drawn = paint(false, *model, area, 1, camera, state, options);
            // The first frame draws the tiles, the second blits them and keeps the group
            // numbers drawn over them, the third blits those too.
            expectSame(paint(true, *model, area, 1, camera, state, options), drawn,
                       what + " first");
            expectSame(paint(true, *model, area, 1, camera, state, options), drawn,
                       what + " again");
            expectSame(paint(true, *model, area, 1, camera, state, options), drawn,
                       what + " third");
        }
    }
}

std::vector<Case> cases() {
    std::vector<Case> all;
    for (const QString &path : DiagramPicture::levelPaths()) {
        for (const Theme &theme : {Theme::light(), Theme::dark(), Theme::highContrast()})
            all.push_back({path.toStdString(), theme, "built"});
        all.push_back({path.toStdString(), Theme::light(), "planned"});
    }
    return all;
}

INSTANTIATE_TEST_SUITE_P(EveryLevelThemeAndScenario, GroupTileCacheTest,
                         ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case> &info) {
                             return testName(info.param.path + "_" +
                                             info.param.theme.key().toStdString() + "_" +
                                             info.param.scenario);
                         });

// The cluster is drawn from tiles (so the test above compares something), one per appearance:
// the built cluster's full groups look alike.
TEST(GroupTileCache, ClusterGroupsShareTiles) {
    auto model = DiagramModel::create(Catalogue::embedded(), u"built"_qs);
    ASSERT_TRUE(model);
    GroupTileCache::forThisThread().clear();
    const QRectF area(0, 0, 1920, 1080);
    const DiagramCamera camera =
        DiagramPicture::fitCamera(*model, ElementPath(), DiagramRenderer::diagramArea(area));
    paint(true, *model, area, 1, camera, DiagramState{}, PaintOptions{});
    const qsizetype tiles = GroupTileCache::forThisThread().imageCount();
    EXPECT_GE(tiles, 1);
    EXPECT_LE(tiles, 3); // full groups, the partial last one, perhaps one more
    // The same frame again draws no new tile, but keeps the group numbers drawn over them.
    EXPECT_EQ(GroupTileCache::forThisThread().labelCount(), 0);
    const Frame second = paint(true, *model, area, 1, camera, DiagramState{}, PaintOptions{});
    EXPECT_EQ(GroupTileCache::forThisThread().imageCount(), tiles);
    EXPECT_GE(GroupTileCache::forThisThread().labelCount(), 100);
    expectSame(paint(true, *model, area, 1, camera, DiagramState{}, PaintOptions{}),
               paint(false, *model, area, 1, camera, DiagramState{}, PaintOptions{}),
               "cluster numbers from kept labels");
    EXPECT_EQ(second.labels.size(), 196);
}

// At the group level the group's tile holds its racks', servers' and U numbers' labels and the
// veil's edge around it; around a framed rack each rack slot is a tile with its labels, and
// the veil over it (veiled neighbours) or its edge (the rack in focus). At 4K a group too large
// for one tile is drawn as rack tiles, and a rack's tile holds its GPUs' coolant pipes. At the
// server level the server in focus is a tile with its labels and the veil's edge (at 4K, too
// large for one, its GPUs are); at the GPU level the GPU in focus and its veiled neighbours
// are. Each
// frame, the first (drawing the tiles), the second and the third (blitting them), has the
// pixels and zones of the frame drawn without tiles.
// A view's state: `path` in focus (its neighbours veiled), turned around where it says rear.
DiagramState focusedOn(const ElementPath &path) {
    DiagramState state;
    state.hasFocus = true;
    state.focus = path;
    if (path.rear)
        state.rearRack = path;
    return state;
}

struct LabelledCase {
    const char *path;
    QSize size;
    Theme theme;
    qsizetype labelled; // at least this many tiles hold their labels
};

class TilesWithLabels : public ::testing::TestWithParam<LabelledCase> {};

TEST_P(TilesWithLabels, HoldTheirLabelsWithTheSamePixels) {
    const LabelledCase &c = GetParam();
    auto model = DiagramModel::create(Catalogue::embedded(), u"built"_qs);
    ASSERT_TRUE(model);
    GroupTileCache::forThisThread().clear();
    const QRectF area(QPointF(0, 0), QSizeF(c.size));
    const ElementPath path = *ViewPath::parse(QString::fromLatin1(c.path));
    const DiagramCamera camera =
        DiagramPicture::fitCamera(*model, path, DiagramRenderer::diagramArea(area));
    const DiagramState state = focusedOn(path);
    PaintOptions options;
    options.theme = c.theme;
    const Frame drawn = paint(false, *model, area, 1, camera, state, options);
    ASSERT_GE(drawn.labels.size(), 10);
    for (int i = 0; i < 3; ++i)
        expectSame(paint(true, *model, area, 1, camera, state, options), drawn,
                   std::string(c.path) + " frame " + std::to_string(i));
    EXPECT_GE(GroupTileCache::forThisThread().labelledCount(), c.labelled) << c.path;
}

INSTANTIATE_TEST_SUITE_P(
    GroupAndRackLevels, TilesWithLabels,
    ::testing::Values(LabelledCase{"group/1", {1920, 1080}, Theme::light(), 1},
                      LabelledCase{"group/1", {1920, 1080}, Theme::dark(), 1},
                      LabelledCase{"group/1", {3840, 2160}, Theme::light(), 8},
                      LabelledCase{"group/1/rack/3", {1920, 1080}, Theme::light(), 3},
                      LabelledCase{"group/1/rack/3", {1920, 1080}, Theme::dark(), 3},
                      LabelledCase{"group/1/rack/3", {3840, 2160}, Theme::light(), 3},
                      LabelledCase{"group/1/rack/3/rear", {1920, 1080}, Theme::light(), 3},
                      LabelledCase{"group/1/rack/3/rear", {1280, 720}, Theme::dark(), 3},
                      LabelledCase{"group/1/rack/3/server/2", {1920, 1080}, Theme::light(), 1},
                      LabelledCase{"group/1/rack/3/server/2", {1920, 1080}, Theme::dark(), 1},
                      LabelledCase{"group/1/rack/3/server/2", {3840, 2160}, Theme::dark(), 8},
                      LabelledCase{
                          "group/1/rack/3/server/2/gpu/4", {1920, 1080}, Theme::light(), 3},
                      LabelledCase{"group/1/rack/3/server/2/gpu/4", {1280, 720}, Theme::dark(), 3}),
    [](const ::testing::TestParamInfo<LabelledCase> &info) {
        return testName(std::string(info.param.path) + "_" +
                        std::to_string(info.param.size.width()) + "_" +
                        info.param.theme.key().toStdString());
    });

// Far out (the planned million at 720p) groups are blocks without numbers: rows of alike
// groups are blitted as one strip, with the same pixels.
TEST(GroupTileCache, RowsOfAlikeGroupsAreStrips) {
    auto model = DiagramModel::create(Catalogue::embedded(), u"planned"_qs);
    ASSERT_TRUE(model);
    GroupTileCache::forThisThread().clear();
    for (const QRectF area : {QRectF(0, 0, 1280, 720), QRectF(3, 1, 1001.5, 700.25)}) {
        const DiagramCamera camera =
            DiagramPicture::fitCamera(*model, ElementPath(), DiagramRenderer::diagramArea(area));
        const Frame drawn = paint(false, *model, area, 1, camera, DiagramState{}, PaintOptions{});
        expectSame(paint(true, *model, area, 1, camera, DiagramState{}, PaintOptions{}), drawn,
                   "strips first");
        expectSame(paint(true, *model, area, 1, camera, DiagramState{}, PaintOptions{}), drawn,
                   "strips again");
        EXPECT_GE(GroupTileCache::forThisThread().stripCount(), 1);
    }
}

// What changes a group's look draws new tiles: the same cache, one change after the other,
// each frame compared with one drawn without tiles.
TEST(GroupTileCache, ThemeScenarioScaleSizeAndPixelRatioDrawNewTiles) {
    auto built = DiagramModel::create(Catalogue::embedded(), u"built"_qs);
    auto planned = DiagramModel::create(Catalogue::embedded(), u"planned"_qs);
    ASSERT_TRUE(built && planned);
    PaintOptions options;
    QRectF area(0, 0, 1024, 768);
    qreal dpr = 1;
    const DiagramModel *model = built.get();
    const auto check = [&](const char *what) {
        const DiagramCamera camera =
            DiagramPicture::fitCamera(*model, ElementPath(), DiagramRenderer::diagramArea(area));
        expectSame(paint(true, *model, area, dpr, camera, DiagramState{}, options),
                   paint(false, *model, area, dpr, camera, DiagramState{}, options), what);
    };
    check("first");
    options.theme = Theme::dark();
    check("theme");
    model = planned.get();
    check("scenario");
    area = QRectF(0, 0, 1280, 720);
    check("size and scale");
    dpr = 2;
    check("device pixel ratio");
    options.minimumTextPx = 18;
    check("room type size");
}

// A language whose texts differ from the English ones in every label (the unit tests have no
// compiled translations): the English text in capitals.
class Capitals : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override {
        return QString::fromUtf8(source).toUpper();
    }
};

// At the group and rack levels, where tiles hold labels, what changes their pixels draws new
// tiles: theme, language, size and type size, one after the other in the same cache, each
// frame (drawing the tiles, then blitting them) compared with one drawn without tiles.
TEST(GroupTileCache, ThemeLanguageSizeAndTypeSizeDrawNewLabelledTiles) {
    auto model = DiagramModel::create(Catalogue::embedded(), u"built"_qs);
    ASSERT_TRUE(model);
    GroupTileCache::forThisThread().clear();
    for (const char *view : {"group/1", "group/1/rack/3", "group/1/rack/3/rear"}) {
        const ElementPath path = *ViewPath::parse(QString::fromLatin1(view));
        const DiagramState state = focusedOn(path);
        PaintOptions options;
        QRectF area(0, 0, 1280, 720);
        const auto check = [&](const std::string &what) {
            const DiagramCamera camera =
                DiagramPicture::fitCamera(*model, path, DiagramRenderer::diagramArea(area));
            const Frame drawn = paint(false, *model, area, 1, camera, state, options);
            for (int i = 0; i < 3; ++i)
                expectSame(paint(true, *model, area, 1, camera, state, options), drawn,
                           std::string(view) + " " + what + " " + std::to_string(i));
        };
        check("first");
        options.theme = Theme::dark();
        check("theme");
        Language::install(QCoreApplication::instance(), u"de"_qs);
        Capitals capitals;
        QCoreApplication::installTranslator(&capitals);
        check("language");
        QCoreApplication::removeTranslator(&capitals);
        Language::install(QCoreApplication::instance(), u"en"_qs);
        check("language back");
        area = QRectF(0, 0, 1600, 900);
        check("size");
        options.minimumTextPx = 18;
        check("room type size");
        options.theme = Theme::light();
        check("theme back");
    }
    EXPECT_GE(GroupTileCache::forThisThread().labelledCount(), 3);
}

} // namespace
