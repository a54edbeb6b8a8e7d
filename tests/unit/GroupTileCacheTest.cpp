// A frame whose groups are blitted from tiles (GroupTileCache) has exactly the pixels, labels
// and link zones of the same frame drawn without them: for every level, theme and scenario, at
// rest and in the middle of a zoom, when the tiles are first drawn and when they are reused,
// and after what must draw new tiles (theme, scenario, scale, size, device pixel ratio).
#include "diagram/painters/GroupTileCache.h"

#include "catalogue/Catalogue.h"
#include "diagram/DiagramPicture.h"
#include "diagram/ViewPath.h"

#include "SameFrame.h"

#include <QImage>
#include <QPainter>
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
DiagramCamera between(const DiagramCamera &a, const DiagramCamera &b, double t) {
    DiagramCamera c;
    c.scale = std::exp(std::log(a.scale) + (std::log(b.scale) - std::log(a.scale)) * t);
    c.center = a.center + (b.center - a.center) * t;
    return c;
}

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
            const DiagramCamera camera = t == 0 ? rest : between(cluster, rest, t);
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
                             std::string name = info.param.path + "_" +
                                                info.param.theme.key().toStdString() + "_" +
                                                info.param.scenario;
                             for (char &ch : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(ch)))
                                     ch = '_';
                             }
                             return name;
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

// At the group level the group's tile holds its racks', servers' and U numbers' labels, and
// the veil's edge around it: the frame draws them as one image, with the same pixels.
TEST(GroupTileCache, GroupTilesHoldTheirLabels) {
    auto model = DiagramModel::create(Catalogue::embedded(), u"built"_qs);
    ASSERT_TRUE(model);
    GroupTileCache::forThisThread().clear();
    const QRectF area(0, 0, 1920, 1080);
    const ElementPath path = *ViewPath::parse(u"group/1"_qs);
    const DiagramCamera camera =
        DiagramPicture::fitCamera(*model, path, DiagramRenderer::diagramArea(area));
    DiagramState state;
    state.hasFocus = true;
    state.focus = path;
    PaintOptions options;
    const Frame drawn = paint(false, *model, area, 1, camera, state, options);
    ASSERT_GE(drawn.labels.size(), 100);
    for (int i = 0; i < 3; ++i)
        expectSame(paint(true, *model, area, 1, camera, state, options), drawn,
                   "group level, frame " + std::to_string(i));
    EXPECT_GE(GroupTileCache::forThisThread().labelledCount(), 1);
}

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

} // namespace
