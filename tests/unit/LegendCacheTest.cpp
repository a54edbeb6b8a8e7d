// A frame whose legend band is blitted from an image (LegendPainter's cache) has exactly the
// pixels and link zones of the same frame drawn without it: for every level and theme, at two
// sizes and at a whole-pixel offset, when the image is first drawn and when it is reused; and
// where the blit could not be exact (a fractional offset, a device pixel ratio of 2) the band
// is drawn.
#include "diagram/painters/LegendPainter.h"

#include "catalogue/Catalogue.h"
#include "diagram/DiagramPicture.h"
#include "diagram/ViewPath.h"

#include "LevelThemeCases.h"
#include "SameFrame.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

struct Frame {
    QImage image;
    QList<LinkZone> zones;
};

Frame paint(bool cached, const DiagramModel &model, const QRectF &area, qreal dpr,
            const DiagramCamera &camera, const DiagramState &state, const PaintOptions &options) {
    LegendPainter::setCacheEnabled(cached);
    const QSize pixels = (QSizeF(area.right(), area.bottom()) * dpr).toSize();
    Frame f{QImage(pixels, QImage::Format_ARGB32_Premultiplied), {}};
    f.image.setDevicePixelRatio(dpr);
    f.image.fill(Qt::black);
    QPainter painter(&f.image);
    DiagramRenderer::paint(painter, model, area, camera, state, options, &f.zones, nullptr);
    painter.end();
    LegendPainter::setCacheEnabled(true);
    return f;
}

void expectSame(const Frame &cached, const Frame &drawn, const std::string &what) {
    expectSameImage(cached.image, drawn.image, what);
    expectSameZones(cached.zones, drawn.zones, what);
}

class LegendCacheTest : public ::testing::TestWithParam<LevelTheme> {};

TEST_P(LegendCacheTest, FrameWithCachedLegendIsPixelIdenticalToOneDrawnWithout) {
    const LevelTheme &c = GetParam();
    auto model = DiagramModel::create(Catalogue::embedded(), u"built"_qs);
    ASSERT_TRUE(model);
    const ElementPath path = *ViewPath::parse(QString::fromStdString(c.path));
    PaintOptions options;
    options.theme = c.theme;
    DiagramState state;
    state.hasFocus = true;
    state.focus = path;
    if (path.rear)
        state.rearRack = path;
    LegendPainter::clearCache();
    for (const QRectF area :
         {QRectF(0, 0, 1920, 1080), QRectF(0, 0, 1280, 720), QRectF(7, 3, 1021, 767)}) {
        const DiagramCamera camera =
            DiagramPicture::fitCamera(*model, path, DiagramRenderer::diagramArea(area));
        const std::string what =
            c.path + " " + c.theme.key().toStdString() + " area " + std::to_string(area.width());
        const Frame drawn = paint(false, *model, area, 1, camera, state, options);
        const qsizetype made = LegendPainter::cachedImageCount();
        const qsizetype blits = LegendPainter::blitCount();
        // The first frame draws the band's image, the second blits the one kept.
        expectSame(paint(true, *model, area, 1, camera, state, options), drawn, what + " first");
        EXPECT_EQ(LegendPainter::cachedImageCount(), made + 1) << what;
        expectSame(paint(true, *model, area, 1, camera, state, options), drawn, what + " again");
        EXPECT_EQ(LegendPainter::cachedImageCount(), made + 1) << what;
        EXPECT_EQ(LegendPainter::blitCount(), blits + 2) << what;
    }
}

INSTANTIATE_TEST_SUITE_P(EveryLevelAndTheme, LegendCacheTest,
                         ::testing::ValuesIn(everyLevelAndTheme()), levelThemeName);

// What changes the band's pixels draws a new image (scenario, room type size, zoom to where
// another note is drawn); where a blit could not be exact the band is drawn, not blitted.
TEST(LegendCache, ChangesDrawNewImagesAndInexactTargetsDraw) {
    auto built = DiagramModel::create(Catalogue::embedded(), u"built"_qs);
    auto planned = DiagramModel::create(Catalogue::embedded(), u"planned"_qs);
    ASSERT_TRUE(built && planned);
    LegendPainter::clearCache();
    PaintOptions options;
    QRectF area(0, 0, 1280, 720);
    qreal dpr = 1;
    const DiagramModel *model = built.get();
    ElementPath path;
    const auto check = [&](const char *what) {
        const DiagramCamera camera =
            DiagramPicture::fitCamera(*model, path, DiagramRenderer::diagramArea(area));
        const Frame drawn = paint(false, *model, area, dpr, camera, DiagramState{}, options);
        expectSame(paint(true, *model, area, dpr, camera, DiagramState{}, options), drawn, what);
        expectSame(paint(true, *model, area, dpr, camera, DiagramState{}, options), drawn, what);
    };
    check("first");
    const qsizetype first = LegendPainter::cachedImageCount();
    model = planned.get();
    check("scenario");
    EXPECT_EQ(LegendPainter::cachedImageCount(), first + 1);
    options.minimumTextPx = 18;
    check("room type size");
    EXPECT_EQ(LegendPainter::cachedImageCount(), first + 2);
    path = *ViewPath::parse(DiagramPicture::levelPaths().last());
    check("another level");
    EXPECT_EQ(LegendPainter::cachedImageCount(), first + 3);
    const qsizetype blits = LegendPainter::blitCount();
    dpr = 2;
    check("device pixel ratio");
    dpr = 1;
    area = QRectF(0.5, 0.25, 1200.5, 700);
    check("fractional offset");
    EXPECT_EQ(LegendPainter::blitCount(), blits);
    EXPECT_EQ(LegendPainter::cachedImageCount(), first + 3);
}

} // namespace
