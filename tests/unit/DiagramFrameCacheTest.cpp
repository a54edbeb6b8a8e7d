// The canvas's kept frame gives exactly the pixels the renderer draws without it: for every
// level and theme, after a hover or selection change (the frame is reused) and after what
// must draw a new frame (theme, scenario, size, device pixel ratio).
#include "diagram/DiagramFrameCache.h"
#include "catalogue/Catalogue.h"
#include "diagram/DiagramPicture.h"
#include "diagram/ViewPath.h"

#include "LevelThemeCases.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

struct Frame {
    QImage image;
    QList<LinkZone> zones;
};

Frame direct(const DiagramModel &model, QSize size, qreal dpr, const DiagramCamera &camera,
             const DiagramState &state, const PaintOptions &options) {
    Frame f{QImage(size * dpr, QImage::Format_ARGB32_Premultiplied), {}};
    f.image.setDevicePixelRatio(dpr);
    f.image.fill(Qt::black);
    QPainter painter(&f.image);
    DiagramRenderer::paint(painter, model, QRectF(QPointF(0, 0), QSizeF(size)), camera, state,
                           options, &f.zones);
    return f;
}

Frame cached(DiagramFrameCache &cache, const DiagramModel &model, QSize size, qreal dpr,
             const DiagramCamera &camera, const DiagramState &state, const PaintOptions &options) {
    Frame f{QImage(size * dpr, QImage::Format_ARGB32_Premultiplied), {}};
    f.image.setDevicePixelRatio(dpr);
    f.image.fill(Qt::black);
    QPainter painter(&f.image);
    cache.paint(painter, model, QRectF(QPointF(0, 0), QSizeF(size)), camera, state, options,
                &f.zones);
    return f;
}

void expectSame(const Frame &a, const Frame &b, const std::string &what) {
    ASSERT_EQ(a.image.size(), b.image.size()) << what;
    EXPECT_TRUE(a.image == b.image) << what << ": the kept frame differs from a fresh one";
    ASSERT_EQ(a.zones.size(), b.zones.size()) << what;
    for (qsizetype i = 0; i < a.zones.size(); ++i) {
        EXPECT_EQ(a.zones[i].rect, b.zones[i].rect) << what;
        EXPECT_EQ(a.zones[i].id, b.zones[i].id) << what;
    }
}

class DiagramFrameCacheTest : public ::testing::TestWithParam<LevelTheme> {};

TEST_P(DiagramFrameCacheTest, ReusedFrameIsPixelIdenticalToAFreshOne) {
    const LevelTheme &c = GetParam();
    auto model = DiagramModel::create(Catalogue::embedded(), u"built"_qs);
    ASSERT_TRUE(model);
    const ElementPath path = *ViewPath::parse(QString::fromStdString(c.path));
    const QSize size(1280, 720);
    const DiagramCamera camera = DiagramPicture::fitCamera(
        *model, path, DiagramRenderer::diagramArea(QRectF(QPointF(0, 0), QSizeF(size))));
    PaintOptions options;
    options.theme = c.theme;
    DiagramState state;
    state.hasFocus = true;
    state.focus = path;
    if (path.rear)
        state.rearRack = path;
    state.highlightId = u"gpus_per_rack"_qs;
    DiagramFrameCache cache;
    const std::string what = c.path + " " + c.theme.key().toStdString();
    expectSame(cached(cache, *model, size, 1, camera, state, options),
               direct(*model, size, 1, camera, state, options), what + " first frame");
    EXPECT_FALSE(cache.lastPaintReused());
    // The pointer moves onto a part and the keyboard selects another: the frame is kept.
    const ElementPath child = path.level() == ElementPath::Level::Gpu ? path : path.child(0);
    state.hasHover = true;
    state.hover = child;
    state.hasSelection = true;
    state.selection = path.level() == ElementPath::Level::Gpu ? path : path.child(1);
    expectSame(cached(cache, *model, size, 1, camera, state, options),
               direct(*model, size, 1, camera, state, options), what + " hover and selection");
    EXPECT_TRUE(cache.lastPaintReused()) << what;
    state.hasHover = false;
    expectSame(cached(cache, *model, size, 1, camera, state, options),
               direct(*model, size, 1, camera, state, options), what + " hover gone");
    EXPECT_TRUE(cache.lastPaintReused()) << what;
}

INSTANTIATE_TEST_SUITE_P(EveryLevelAndTheme, DiagramFrameCacheTest,
                         ::testing::ValuesIn(everyLevelAndTheme()), levelThemeName);

// What changes the picture draws a new frame, the same as one drawn without the cache.
TEST(DiagramFrameCache, ThemeScenarioSizeAndPixelRatioDrawANewFrame) {
    auto built = DiagramModel::create(Catalogue::embedded(), u"built"_qs);
    auto planned = DiagramModel::create(Catalogue::embedded(), u"planned"_qs);
    ASSERT_TRUE(built && planned);
    DiagramFrameCache cache;
    PaintOptions options;
    DiagramState state;
    QSize size(1024, 768);
    const auto cameraFor = [&](const DiagramModel &m, QSize s) {
        return DiagramPicture::fitCamera(
            m, ElementPath(), DiagramRenderer::diagramArea(QRectF(QPointF(0, 0), QSizeF(s))));
    };
    cached(cache, *built, size, 1, cameraFor(*built, size), state, options);
    const auto check = [&](const DiagramModel &m, QSize s, qreal dpr, const char *what) {
        expectSame(cached(cache, m, s, dpr, cameraFor(m, s), state, options),
                   direct(m, s, dpr, cameraFor(m, s), state, options), what);
        EXPECT_FALSE(cache.lastPaintReused()) << what;
    };
    options.theme = Theme::dark();
    check(*built, size, 1, "theme");
    check(*planned, size, 1, "scenario");
    size = QSize(1280, 720);
    check(*planned, size, 1, "size");
    check(*planned, size, 2, "device pixel ratio");
    state.highlightId = u"gpus_per_group"_qs;
    check(*planned, size, 2, "highlight");
}

// How far apart two frames look: the mean difference of their channels (0 to 255) at an
// eighth of their size, where a frame composed from scaled images and one drawn at its camera
// differ only in fine detail.
double looksApart(const QImage &a, const QImage &b) {
    const QSize small = a.size() / 8;
    const QImage x = a.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .convertToFormat(QImage::Format_RGB32);
    const QImage y = b.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < small.height(); ++row) {
        for (int col = 0; col < small.width(); ++col) {
            const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                   std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * small.width() * small.height());
}

Frame towards(DiagramFrameCache &cache, const DiagramModel &model, QSize size, qreal dpr,
              const DiagramCamera &camera, const DiagramCamera &target,
              const DiagramState &targetState) {
    Frame f{QImage(size * dpr, QImage::Format_ARGB32_Premultiplied), {}};
    f.image.setDevicePixelRatio(dpr);
    f.image.fill(Qt::black);
    QPainter painter(&f.image);
    cache.paintTowards(painter, model, QRectF(QPointF(0, 0), QSizeF(size)), camera, DiagramState{},
                       target, targetState, PaintOptions{}, &f.zones);
    return f;
}

// A zoom's frames are composed from the two ends, each drawn once, and look like the frames
// the renderer draws at their cameras; the frame at rest is the renderer's, pixel for pixel.
// Down from the cluster to a rack and back up, as a person clicks, on an ordinary screen and
// on one of device pixel ratio 2.
class DiagramFrameCacheZoom : public ::testing::TestWithParam<qreal> {};

TEST_P(DiagramFrameCacheZoom, FramesAreComposedFromTheEndsAndTheFrameAtRestIsExact) {
    const qreal dpr = GetParam();
    auto model = DiagramModel::create(Catalogue::embedded(), u"built"_qs);
    ASSERT_TRUE(model);
    const QSize size(1280, 720);
    const QRectF diagram = DiagramRenderer::diagramArea(QRectF(QPointF(0, 0), QSizeF(size)));
    DiagramFrameCache cache;
    const auto resting = [](const ElementPath &path) {
        DiagramState state;
        state.hasFocus = true;
        state.focus = path;
        return state;
    };
    const QStringList route = {u"cluster"_qs, u"group/3"_qs, u"group/3/rack/5"_qs, u"group/3"_qs,
                               u"cluster"_qs};
    const bool endKept[] = {false, false, false, true, false};
    ElementPath from = *ViewPath::parse(route.first());
    DiagramCamera fromCamera = DiagramPicture::fitCamera(*model, from, diagram);
    cached(cache, *model, size, dpr, fromCamera, resting(from), PaintOptions{});
    for (qsizetype i = 1; i < route.size(); ++i) {
        const ElementPath to = *ViewPath::parse(route[i]);
        const DiagramCamera toCamera = DiagramPicture::fitCamera(*model, to, diagram);
        const std::string what = route[i - 1].toStdString() + " to " + route[i].toStdString();
        for (const double t : {0.1, 0.5, 0.9}) {
            const DiagramCamera camera = DiagramCamera::between(fromCamera, toCamera, t);
            const Frame composed = towards(cache, *model, size, dpr, camera, toCamera, resting(to));
            // The end is drawn for the first frame only, unless it is still kept (going back
            // up to the frame shown just before).
            EXPECT_EQ(cache.lastPaintReused(), t > 0.1 || endKept[i]) << what << " at " << t;
            EXPECT_TRUE(composed.zones.isEmpty()) << what;
            // Closer to the frame the renderer draws at this camera than either end left
            // where it was: the ends are scaled and moved to where the camera sees them.
            const auto drawnAt = [&](const DiagramCamera &c) {
                return direct(*model, size, dpr, c, DiagramState{}, PaintOptions{}).image;
            };
            const QImage exact = drawnAt(camera);
            const double apart = looksApart(composed.image, exact);
            EXPECT_LT(apart, 0.5 * looksApart(drawnAt(fromCamera), exact)) << what << " at " << t;
            EXPECT_LT(apart, 0.5 * looksApart(drawnAt(toCamera), exact)) << what << " at " << t;
        }
        const Frame atRest =
            cached(cache, *model, size, dpr, toCamera, resting(to), PaintOptions{});
        EXPECT_TRUE(cache.lastPaintReused()) << what;
        expectSame(atRest, direct(*model, size, dpr, toCamera, resting(to), PaintOptions{}),
                   what + " at rest");
        from = to;
        fromCamera = toCamera;
    }
}

INSTANTIATE_TEST_SUITE_P(PixelRatios, DiagramFrameCacheZoom, ::testing::Values(1.0, 2.0));

} // namespace
