#include "diagram/DiagramPicture.h"
#include "catalogue/Catalogue.h"
#include "diagram/DiagramModel.h"
#include "diagram/Scenario.h"
#include "export/FramedPicture.h"
#include "export/PictureExporter.h"

#include <QDir>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <cmath>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

const Catalogue &catalogue() {
    return Catalogue::embedded();
}

QImage render(const DiagramPicture &picture, QSize size = {1920, 1080},
              QList<LinkZone> *zones = nullptr, const Theme &theme = Theme::light()) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    PaintOptions options;
    options.theme = theme;
    options.printing = true;
    QPainter painter(&image);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    picture.paint(painter, area, options, zones);
    return image;
}

// The share of pixels of one colour (exactly, as batch fills draw them).
double share(const QImage &image, const QColor &colour) {
    const QRgb want = colour.rgb();
    qint64 n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            n += (line[x] | 0xff000000) == want;
    }
    return double(n) / (qint64(image.width() / 2) * (image.height() / 2));
}

QStringList ids(const QList<LinkZone> &zones) {
    QStringList out;
    for (const LinkZone &z : zones)
        out << z.id;
    out.removeDuplicates();
    return out;
}

std::unique_ptr<DiagramPicture> picture(const char *scenario, const char *path) {
    QString error;
    auto p = DiagramPicture::create(catalogue(), QString::fromLatin1(scenario),
                                    QString::fromLatin1(path), &error);
    EXPECT_TRUE(p) << error.toStdString();
    return p;
}

} // namespace

TEST(Scenario, IdsAndCounts) {
    EXPECT_EQ(Scenario::ids(),
              (QStringList{u"built"_qs, u"upgrade"_qs, u"promise"_qs, u"planned"_qs}));
    EXPECT_EQ(Scenario::defaultId(), u"built"_qs);
    const auto built = Scenario::fromCatalogue(catalogue(), u"built"_qs);
    ASSERT_TRUE(built);
    EXPECT_EQ(built->gpuCount, qint64(catalogue().value(u"gpus_built")));
    EXPECT_EQ(built->title, u"Colossus (built, 100,000 H100)"_qs);
    EXPECT_EQ(built->checkId, u"racks-and-groups"_qs);
    EXPECT_TRUE(built->description.contains(u"1,563\u00a0ƒ racks"_qs))
        << built->description.toStdString();
    EXPECT_TRUE(built->description.contains(u"196\u00a0ƒ groups"_qs));
    EXPECT_TRUE(built->description.contains(u"more than 1,500 racks"_qs));
    EXPECT_TRUE(built->description.contains(u"about 200 groups"_qs));

    const auto upgrade = Scenario::fromCatalogue(catalogue(), u"upgrade"_qs);
    ASSERT_TRUE(upgrade);
    EXPECT_EQ(upgrade->gpuCount, qint64(catalogue().value(u"upgrade_total")));
    ASSERT_EQ(upgrade->segments.size(), 3);
    EXPECT_EQ(upgrade->segmentAt(0).type, GpuType::H100);
    EXPECT_EQ(upgrade->segmentAt(upgrade->gpuCount - 1).type, GpuType::H200);

    const auto promise = Scenario::fromCatalogue(catalogue(), u"promise"_qs);
    ASSERT_TRUE(promise);
    EXPECT_EQ(promise->segments.first().type, GpuType::B200);
    EXPECT_EQ(promise->segments.first().alternative, GpuType::H200);
    EXPECT_TRUE(promise->figureIds.contains(u"promise_h200"_qs));

    const auto planned = Scenario::fromCatalogue(catalogue(), u"planned"_qs);
    ASSERT_TRUE(planned);
    EXPECT_EQ(planned->gpuCount, qint64(catalogue().value(u"planned_gpus")));

    QString error;
    EXPECT_FALSE(Scenario::fromCatalogue(catalogue(), u"future"_qs, &error));
    EXPECT_EQ(error,
              u"future: unknown scenario; choose one of built, upgrade, promise, planned"_qs);
}

TEST(Scenario, MissingFigureIsNamed) {
    QList<Figure> figures = catalogue().figures();
    figures.removeIf([](const Figure &f) { return f.id == u"upgrade_h200"; });
    const Catalogue broken(catalogue().sources(), figures, catalogue().facts());
    QString error;
    EXPECT_FALSE(Scenario::fromCatalogue(broken, u"upgrade"_qs, &error));
    EXPECT_EQ(error, u"scenario upgrade: the catalogue has no figure \"upgrade_h200\""_qs);
    EXPECT_FALSE(DiagramPicture::create(broken, u"upgrade"_qs, u"cluster"_qs, &error));
}

TEST(Scenario, SpansSplitAtSegmentBoundaries) {
    const auto upgrade = Scenario::fromCatalogue(catalogue(), u"upgrade"_qs);
    ASSERT_TRUE(upgrade);
    const qint64 boundary = upgrade->segments[0].count + upgrade->segments[1].count;
    QList<qint64> counts;
    upgrade->forEachSpan(boundary - 10, 30,
                         [&](const GpuSegment &, qint64, qint64 n) { counts << n; });
    EXPECT_EQ(counts, (QList<qint64>{10, 20}));
}

TEST(DiagramPicture, LevelPaths) {
    EXPECT_EQ(
        DiagramPicture::levelPaths(),
        (QStringList{u"cluster"_qs, u"group/0"_qs, u"group/0/rack/0"_qs, u"group/0/rack/0/rear"_qs,
                     u"group/0/rack/0/server/0"_qs, u"group/0/rack/0/server/0/gpu/0"_qs}));
    for (const QString &scenario : Scenario::ids()) {
        for (const QString &path : DiagramPicture::levelPaths()) {
            QString error;
            EXPECT_TRUE(DiagramPicture::create(catalogue(), scenario, path, &error))
                << scenario.toStdString() << " " << path.toStdString() << ": "
                << error.toStdString();
        }
    }
}

TEST(DiagramPicture, TitlesAndSources) {
    auto cluster = picture("built", "cluster");
    ASSERT_TRUE(cluster);
    EXPECT_EQ(cluster->title(), u"Colossus (built, 100,000 H100)"_qs);
    EXPECT_TRUE(cluster->sourceIds().contains(u"004_e29f3581bfd46301.txt"_qs));
    EXPECT_TRUE(cluster->sourceIds().contains(u"002_67189e2a346dc53a.txt"_qs));
    auto rack = picture("built", "group/12/rack/3");
    ASSERT_TRUE(rack);
    EXPECT_EQ(rack->title(), u"Colossus (built, 100,000 H100) — Group 12 > Rack 3"_qs);
    auto planned = picture("planned", "group/1953/rack/0/server/7/gpu/7");
    ASSERT_TRUE(planned);
    EXPECT_TRUE(planned->sourceIds().contains(u"001_0b52d77f1754568e.txt"_qs));
    EXPECT_FALSE(planned->sourceIds().contains(u"002_67189e2a346dc53a.txt"_qs));
    for (const QString &id : cluster->figureIds())
        EXPECT_TRUE(catalogue().figure(id)) << id.toStdString();
    for (const QString &path : DiagramPicture::levelPaths()) {
        auto p = picture("built", path.toLatin1().constData());
        for (const QString &id : p->factIds())
            EXPECT_TRUE(catalogue().fact(id)) << id.toStdString();
    }
}

struct BadCreate {
    const char *scenario;
    const char *path;
    const char *message;
};

class BadPictures : public ::testing::TestWithParam<BadCreate> {};

TEST_P(BadPictures, GiveNullAndAMessage) {
    const BadCreate &c = GetParam();
    QString error;
    EXPECT_FALSE(DiagramPicture::create(catalogue(), QString::fromLatin1(c.scenario),
                                        QString::fromLatin1(c.path), &error));
    EXPECT_EQ(error, QString::fromUtf8(c.message));
}

INSTANTIATE_TEST_SUITE_P(
    DiagramPicture, BadPictures,
    ::testing::Values(BadCreate{"built", "group/250",
                                "group/250: the built scenario has 196 groups (0-195)"},
                      BadCreate{"planned", "group/1954",
                                "group/1954: the planned scenario has 1954 groups "
                                "(0-1953)"},
                      BadCreate{"built", "group/1/rack/2/wheel",
                                "group/1/rack/2/wheel: unexpected \"wheel\"; "
                                "expected cluster, group/N, group/N/rack/N, "
                                "group/N/rack/N/rear, group/N/rack/N/server/N "
                                "or group/N/rack/N/server/N/gpu/N"},
                      BadCreate{"tomorrow", "cluster",
                                "tomorrow: unknown scenario; choose one of built, "
                                "upgrade, promise, planned"}));

// What each level draws: colours of the GPU types and parts, and the linked facts.
TEST(DiagramPicture, ClusterShowsEveryGroupInTheScenarioColour) {
    auto built = picture("built", "cluster");
    QList<LinkZone> zones;
    const QImage image = render(*built, {1920, 1080}, &zones);
    EXPECT_GT(share(image, Theme::light().h100), 0.10);
    EXPECT_EQ(share(image, Theme::light().h200), 0.0);
    EXPECT_TRUE(ids(zones).contains(u"gpus_built"_qs));
    EXPECT_FALSE(ids(zones).contains(u"nic_per_gpu_gb"_qs)); // no GPU detail at this scale

    const QImage upgrade = render(*picture("upgrade", "cluster"));
    EXPECT_GT(share(upgrade, Theme::light().h200), 0.02);
    EXPECT_GT(share(upgrade, Theme::light().h100), share(upgrade, Theme::light().h200));
    const QImage promise = render(*picture("promise", "cluster"));
    EXPECT_GT(share(promise, Theme::light().b200), 0.05);
    EXPECT_GT(share(promise, Theme::light().h200), 0.05);
    const QImage planned = render(*picture("planned", "cluster"));
    EXPECT_GT(share(planned, Theme::light().unknownGpu), 0.10);
}

TEST(DiagramPicture, RackFrontAndRear) {
    QList<LinkZone> zones;
    render(*picture("built", "group/12/rack/3"), {1920, 1080}, &zones);
    const QStringList front = ids(zones);
    for (const char *id : {"manifolds_between_servers", "pump_unit", "liquid_cooled_4u"})
        EXPECT_TRUE(front.contains(QString::fromLatin1(id))) << id;
    EXPECT_FALSE(front.contains(u"ethernet_not_infiniband"_qs));

    const QImage rear = render(*picture("built", "group/12/rack/3/rear"), {1920, 1080}, &zones);
    const QStringList back = ids(zones);
    for (const char *id : {"rack_rear", "ethernet_not_infiniband", "redundant_psus"})
        EXPECT_TRUE(back.contains(QString::fromLatin1(id))) << id;
    EXPECT_GT(share(rear, Theme::light().power), 0.01);
    EXPECT_GT(share(rear, Theme::light().coolant), 0.01);
}

TEST(DiagramPicture, ServerAndGpuDetail) {
    QList<LinkZone> zones;
    const QImage server =
        render(*picture("built", "group/0/rack/0/server/0"), {1920, 1080}, &zones);
    const QStringList s = ids(zones);
    for (const char *id :
         {"nic_per_gpu_gb", "extra_nic_gb", "psus_per_server", "hgx_h100", "server_bandwidth_tb"})
        EXPECT_TRUE(s.contains(QString::fromLatin1(id))) << id;
    EXPECT_GT(share(server, Theme::light().network), 0.03);
    EXPECT_GT(share(server, Theme::light().power), 0.01);

    render(*picture("built", "group/0/rack/0/server/0/gpu/7"), {1920, 1080}, &zones);
    EXPECT_TRUE(ids(zones).contains(u"nic_per_gpu_gb"_qs));
    EXPECT_TRUE(ids(zones).contains(u"hgx_h100"_qs));
}

TEST(DiagramPicture, LinkZonesStayInsideThePicture) {
    for (const QString &path : DiagramPicture::levelPaths()) {
        QList<LinkZone> zones;
        render(*picture("built", path.toLatin1().constData()), {1280, 720}, &zones);
        EXPECT_FALSE(zones.isEmpty()) << path.toStdString();
        for (const LinkZone &z : zones) {
            EXPECT_TRUE(QRectF(0, 0, 1280, 720).contains(z.rect)) << path.toStdString();
            EXPECT_TRUE(catalogue().figure(z.id) || catalogue().fact(z.id)) << z.id.toStdString();
        }
    }
}

TEST(DiagramPicture, TransparentLeavesTheBackgroundUnpainted) {
    auto p = picture("built", "group/0");
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    PaintOptions options;
    options.transparent = true;
    QPainter painter(&image);
    p->paintContent(painter, QRectF(0, 0, 400, 300), options);
    painter.end();
    EXPECT_EQ(qAlpha(image.pixel(1, 299)), 0);
}

// Labels never overlap and never shrink below legibility, at every level and size.
struct LabelCase {
    const char *scenario;
    const char *path;
    QSize size;
};

std::ostream &operator<<(std::ostream &os, const LabelCase &c) {
    return os << c.scenario << ' ' << c.path << ' ' << c.size.width() << 'x' << c.size.height();
}

class LabelLayout : public ::testing::TestWithParam<LabelCase> {};

TEST_P(LabelLayout, NoOverlapAndLegible) {
    const LabelCase &c = GetParam();
    auto p = picture(c.scenario, c.path);
    ASSERT_TRUE(p);
    QImage image(c.size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    PaintOptions options;
    options.printing = true;
    QList<PlacedLabel> labels;
    const QRectF area(QPointF(0, 0), QSizeF(c.size));
    p->paint(painter, area, options, nullptr, &labels);
    painter.end();
    const QRectF diagram = DiagramRenderer::diagramArea(area);
    const QRectF drawing = DiagramRenderer::drawingArea(p->model(), diagram, p->camera(area).scale);
    // The 1,000,000-GPU cluster has no label small enough to fit its blocks; all else has some.
    if (QString::fromLatin1(c.path) != u"cluster" ||
        (c.size.width() >= 1920 && QString::fromLatin1(c.scenario) != u"planned")) {
        EXPECT_FALSE(labels.isEmpty());
    }
    for (int i = 0; i < labels.size(); ++i) {
        EXPECT_GE(labels[i].pixelSize, DiagramRenderer::minimumFontPx - 1e-9)
            << labels[i].text.toStdString();
        // Inside the drawing: not cut by an edge, not under the parts panel.
        EXPECT_TRUE(drawing.adjusted(-1, -1, 1, 1).contains(labels[i].rect))
            << labels[i].text.toStdString();
        // At slide size the parts of a server and a GPU are labelled for the back of a room.
        if (c.size.height() >= 1080 && p->path().level() >= ElementPath::Level::Server) {
            EXPECT_GE(labels[i].pixelSize, 12.0) << labels[i].text.toStdString();
        }
        for (int j = i + 1; j < labels.size(); ++j) {
            const QRectF overlap = labels[i].rect.intersected(labels[j].rect);
            EXPECT_TRUE(overlap.width() < 0.5 || overlap.height() < 0.5)
                << '"' << labels[i].text.toStdString() << "\" and \""
                << labels[j].text.toStdString() << '"';
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    DiagramPicture, LabelLayout, ::testing::ValuesIn([] {
        std::vector<LabelCase> cases;
        const char *paths[] = {"cluster",
                               "group/0",
                               "group/195",
                               "group/12/rack/3",
                               "group/195/rack/2",
                               "group/12/rack/3/rear",
                               "group/12/rack/3/server/5",
                               "group/12/rack/3/server/5/gpu/7"};
        for (const char *path : paths) {
            for (const QSize size :
                 {QSize(1920, 1080), QSize(1280, 720), QSize(800, 600), QSize(3840, 2160)})
                cases.push_back({"built", path, size});
        }
        for (const char *scenario : {"upgrade", "promise", "planned"}) {
            cases.push_back({scenario, "cluster", QSize(1920, 1080)});
            cases.push_back({scenario, "group/0/rack/0/server/0", QSize(1920, 1080)});
            cases.push_back({scenario, "group/0/rack/0/server/0/gpu/0", QSize(1280, 720)});
        }
        return cases;
    }()));

// The same while zooming continuously from the whole cluster down to one GPU.
TEST(DiagramPicture, LabelsStayApartAtEveryZoom) {
    for (const char *scenario : {"built", "promise", "planned"}) {
        auto p = picture(scenario, "cluster");
        const DiagramModel &model = p->model();
        const QRectF area(0, 0, 1280, 720);
        const QRectF diagram = DiagramRenderer::diagramArea(area);
        const ElementPath gpu = ElementPath::ofGpu(12, 3, 5, 7);
        const DiagramCamera from = DiagramCamera::fit(model.geometry.clusterRect(), diagram.size());
        const DiagramCamera to = DiagramCamera::fit(model.geometry.rect(gpu), diagram.size());
        QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        int withLabels = 0;
        for (int k = 0; k <= 48; ++k) {
            const double t = k / 48.0;
            DiagramCamera c;
            c.scale = from.scale * std::pow(to.scale / from.scale, t);
            c.center = from.center + (to.center - from.center) * std::min(1.0, t * 3);
            QPainter painter(&image);
            PaintOptions options;
            options.printing = true;
            QList<PlacedLabel> labels;
            DiagramRenderer::paint(painter, model, area, c, {}, options, nullptr, &labels);
            painter.end();
            withLabels += !labels.isEmpty();
            for (int i = 0; i < labels.size(); ++i) {
                ASSERT_GE(labels[i].pixelSize, DiagramRenderer::minimumFontPx - 1e-9);
                for (int j = i + 1; j < labels.size(); ++j) {
                    const QRectF overlap = labels[i].rect.intersected(labels[j].rect);
                    ASSERT_TRUE(overlap.width() < 0.5 || overlap.height() < 0.5)
                        << scenario << " step " << k << ": \"" << labels[i].text.toStdString()
                        << "\" and \"" << labels[j].text.toStdString() << '"';
                }
            }
        }
        EXPECT_GT(withLabels, 30) << scenario;
    }
}

// A rack's picture frames the rack whole, with its U scale, beside the parts panel; its
// neighbours come from its own group only and are drawn whole; no label crosses the edge of
// the drawing or runs under the panel.
struct FramedRackCase {
    const char *path;
    QSize size;
};

std::ostream &operator<<(std::ostream &os, const FramedRackCase &c) {
    return os << c.path << ' ' << c.size.width() << 'x' << c.size.height();
}

class FramedRack : public ::testing::TestWithParam<FramedRackCase> {};

TEST_P(FramedRack, WholeBesideThePanelWithItsOwnGroup) {
    const FramedRackCase &c = GetParam();
    auto p = picture("built", c.path);
    ASSERT_TRUE(p);
    const DiagramModel &model = p->model();
    const HierarchyGeometry &g = model.geometry;
    const QRectF area(QPointF(0, 0), QSizeF(c.size));
    const DiagramCamera camera = p->camera(area);
    const QRectF diagram = DiagramRenderer::diagramArea(area);
    const QRectF drawing = DiagramRenderer::drawingArea(model, diagram, camera.scale);
    const double panel = DiagramRenderer::panelWidth(model, diagram, camera.scale);
    EXPECT_DOUBLE_EQ(drawing.right(), diagram.right() - panel);

    const ElementPath path = p->path();
    const QRectF rack = camera.toScreen(g.rect(path), diagram);
    const QRectF withScale =
        camera.toScreen(g.rect(path).adjusted(-HierarchyGeometry::rackGap, 0, 0, 0), diagram);
    EXPECT_TRUE(drawing.contains(withScale)) << "rack with U scale outside the drawing";
    // Framed large: the rack takes most of the drawing's height.
    EXPECT_GT(rack.height(), drawing.height() * 0.85);

    QImage image(c.size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    PaintOptions options;
    options.printing = true;
    QList<PlacedLabel> labels;
    p->paint(painter, area, options, nullptr, &labels);
    painter.end();
    ASSERT_FALSE(labels.isEmpty());
    int unitNumbers = 0;
    int highestUnit = 0;
    for (const PlacedLabel &l : std::as_const(labels)) {
        EXPECT_TRUE(drawing.adjusted(-1, -1, 1, 1).contains(l.rect))
            << l.text.toStdString() << " crosses the drawing's edge or the panel";
        bool isNumber = false;
        const int number = l.text.toInt(&isNumber);
        unitNumbers += isNumber;
        if (isNumber)
            highestUnit = std::max(highestUnit, number);
        if (!l.text.startsWith(u"Rack "))
            continue;
        // A rack label belongs to a rack of the same group, drawn whole.
        const QPointF world = camera.toWorld(l.rect.center(), diagram);
        const ElementPath at =
            g.elementAt(QPointF(world.x(), g.rect(path).center().y()), ElementPath::Level::Rack);
        EXPECT_EQ(at.group, path.group) << l.text.toStdString();
        ASSERT_GE(at.rack, 0) << l.text.toStdString();
        EXPECT_TRUE(drawing.adjusted(-1, -1, 1, 1)
                        .contains(camera.toScreen(g.rackRect(at.group, at.rack), diagram)))
            << l.text.toStdString() << " is cut";
    }
    if (!path.rear || c.size.height() >= 720) {
        EXPECT_GE(unitNumbers, 4) << "no U scale";
        // The whole scale, up to the top of the rack (every 10th unit at least).
        EXPECT_GT(highestUnit, g.rackUnits() - 10);
    }
}

INSTANTIATE_TEST_SUITE_P(DiagramPicture, FramedRack, ::testing::ValuesIn([] {
                             std::vector<FramedRackCase> cases;
                             for (const char *path :
                                  {"group/12/rack/3", "group/12/rack/3/rear", "group/195/rack/2",
                                   "group/0/rack/0", "group/13/rack/7", "group/1/rack/1"}) {
                                 for (const QSize size :
                                      {QSize(1920, 1080), QSize(1280, 720), QSize(970, 470),
                                       QSize(1900, 560), QSize(3840, 2160), QSize(1400, 500),
                                       QSize(1450, 530), QSize(1500, 580), QSize(1300, 430)})
                                     cases.push_back({path, size});
                             }
                             return cases;
                         }()));

// What covers part of the view (the minimap) keeps clear: no rack is drawn under it.
TEST(DiagramPicture, FramedRackKeepsClearOfTheMinimap) {
    auto p = picture("built", "group/12/rack/3");
    const DiagramModel &model = p->model();
    const QRectF area(0, 0, 970, 500);
    const QRectF diagram = DiagramRenderer::diagramArea(area);
    const DiagramCamera camera = p->camera(area);
    DiagramState state;
    state.hasFocus = true;
    state.focus = p->path();
    for (const bool withMinimap : {false, true}) {
        state.keepFree = withMinimap ? QRectF(8, diagram.bottom() - 90, 140, 82) : QRectF();
        QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        PaintOptions options;
        options.printing = true;
        QList<PlacedLabel> labels;
        DiagramRenderer::paint(painter, model, area, camera, state, options, nullptr, &labels);
        painter.end();
        int racks = 0;
        for (const PlacedLabel &l : std::as_const(labels)) {
            if (!l.text.startsWith(u"Rack "))
                continue;
            ++racks;
            const QPointF world = camera.toWorld(l.rect.center(), diagram);
            const ElementPath at = model.geometry.elementAt(
                QPointF(world.x(), model.geometry.rect(p->path()).center().y()),
                ElementPath::Level::Rack);
            ASSERT_GE(at.rack, 0);
            EXPECT_FALSE(camera.toScreen(model.geometry.rackRect(at.group, at.rack), diagram)
                             .intersects(state.keepFree))
                << l.text.toStdString();
        }
        EXPECT_GE(racks, withMinimap ? 1 : 3);
    }
}

// A title a little too long for one line is set smaller, not broken before its last word: the
// content starts no lower than under a short one-line title.
TEST(DiagramPicture, LongTitleStaysOnOneLine) {
    auto shortTitle = picture("built", "group/12/rack/3/server/5/gpu/7");
    auto longTitle = picture("upgrade", "group/12/rack/3/server/5/gpu/7");
    ASSERT_TRUE(shortTitle && longTitle);
    ASSERT_EQ(shortTitle->subtitle(), longTitle->subtitle());
    const QRectF page(0, 0, 1920, 1080);
    EXPECT_LE(FramedPicture::contentArea(page, *longTitle, catalogue()).top(),
              FramedPicture::contentArea(page, *shortTitle, catalogue()).top());
}

// A framed GPU in a small window: no part that links to a figure lies under the minimap, and
// none is cut by the drawing's edge or the parts panel.
TEST(DiagramPicture, FramedGpuKeepsClearOfTheMinimap) {
    auto p = picture("built", "group/12/rack/3/server/5/gpu/7");
    const DiagramModel &model = p->model();
    const QRectF area(0, 0, 970, 500);
    const QRectF diagram = DiagramRenderer::diagramArea(area);
    const DiagramCamera camera = p->camera(area);
    const QRectF drawing = DiagramRenderer::drawingArea(model, diagram, camera.scale);
    DiagramState state;
    state.hasFocus = true;
    state.focus = p->path();
    state.keepFree = QRectF(8, diagram.bottom() - 90, 140, 82);
    QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    PaintOptions options;
    options.printing = true;
    QList<LinkZone> zones;
    DiagramRenderer::paint(painter, model, area, camera, state, options, &zones);
    painter.end();
    const QRectF gpu = camera.toScreen(model.geometry.rect(p->path()), diagram);
    ASSERT_TRUE(drawing.contains(gpu));
    int parts = 0;
    for (const LinkZone &z : std::as_const(zones)) {
        if (!diagram.contains(z.rect) || z.rect.left() >= drawing.right())
            continue; // the legend band and the parts panel
        ++parts;
        EXPECT_FALSE(z.rect.intersects(state.keepFree)) << z.label.toStdString();
    }
    EXPECT_GE(parts, 3); // the GPU's cooling, die and NIC at least
}

// Labels of the dimmed neighbours are drawn over the veil in the theme's muted text colour,
// so they keep their contrast (white on a veiled pale manifold, or dark on a veiled dark one,
// did not).
TEST(DiagramPicture, DimmedNeighboursKeepLegibleLabels) {
    for (const Theme &theme : {Theme::light(), Theme::highContrast()}) {
        auto p = picture("built", "group/12/rack/3/server/5");
        const QRectF area(0, 0, 1280, 720);
        QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        PaintOptions options;
        options.theme = theme;
        options.printing = true;
        QList<PlacedLabel> labels;
        p->paint(painter, area, options, nullptr, &labels);
        painter.end();
        const QRectF server = p->camera(area).toScreen(p->model().geometry.rect(p->path()),
                                                       DiagramRenderer::diagramArea(area));
        int checked = 0;
        for (const PlacedLabel &l : std::as_const(labels)) {
            if (server.contains(l.rect.center()))
                continue;
            ++checked;
            int inked = 0;
            const QRect r = l.rect.toAlignedRect().intersected(image.rect());
            for (int y = r.top(); y <= r.bottom(); ++y) {
                for (int x = r.left(); x <= r.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    const QColor m = theme.mutedText;
                    inked += std::abs(c.red() - m.red()) + std::abs(c.green() - m.green()) +
                                 std::abs(c.blue() - m.blue()) <
                             60;
                }
            }
            EXPECT_GT(inked, 10) << l.text.toStdString();
        }
        EXPECT_GE(checked, 2); // the manifolds above and below
    }
}

// Catalogues built in code (not through the loader's range checks) with values the views cannot
// draw (issue 12): every view refuses them by name or draws them in bounded time, with no
// undefined conversion (UBSan checks) and no endless loop (the test would time out).
namespace {

Catalogue embeddedWith(const QString &figureId, double value, const QString &otherId = {},
                       double otherValue = 0) {
    QList<Figure> figures = Catalogue::embedded().figures();
    for (Figure &f : figures) {
        if (f.id == figureId)
            f.value = value;
        else if (f.id == otherId)
            f.value = otherValue;
    }
    return Catalogue(Catalogue::embedded().sources(), figures, Catalogue::embedded().facts());
}

struct ExtremeFigure {
    const char *name;
    const char *figureId;
    double value;
    const char *scenario;
    const char *message;
};

std::ostream &operator<<(std::ostream &os, const ExtremeFigure &e) {
    return os << e.name;
}

class ExtremeFigures : public testing::TestWithParam<ExtremeFigure> {};

TEST_P(ExtremeFigures, AreRefusedByTheDiagramNamingTheFigure) {
    const ExtremeFigure &c = GetParam();
    QString error;
    const auto model = DiagramModel::create(embeddedWith(QString::fromLatin1(c.figureId), c.value),
                                            QString::fromLatin1(c.scenario), &error);
    EXPECT_EQ(model, nullptr);
    EXPECT_TRUE(error.contains(QString::fromUtf8(c.message))) << qPrintable(error);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ExtremeFigures,
    testing::Values(
        ExtremeFigure{"gpus_built_1e12", "gpus_built", 1e12, "built",
                      "\"gpus_built\" = 1,000,000,000,000 GPUs is more than the diagram can draw"},
        ExtremeFigure{"gpus_built_1e308", "gpus_built", 1e308, "built", "\"gpus_built\""},
        ExtremeFigure{"gpus_built_negative", "gpus_built", -5, "built", "\"gpus_built\""},
        ExtremeFigure{"planned_9_3e18", "planned_gpus", 9.3e18, "planned", "\"planned_gpus\""},
        ExtremeFigure{"upgrade_part_1e29", "upgrade_h100", 1e29, "upgrade", "\"upgrade_h100\""},
        ExtremeFigure{"pump_unit_1e18", "pump_unit_height_u", 1e18, "built",
                      "\"pump_unit_height_u\""},
        ExtremeFigure{"servers_per_rack_1e9", "servers_per_rack", 1e9, "built",
                      "\"servers_per_rack\" = 1,000,000,000: the diagram draws 1 to 64"},
        ExtremeFigure{"gpus_per_server_1e12", "gpus_per_server", 1e12, "built",
                      "\"gpus_per_server\""},
        ExtremeFigure{"psus_nan", "psus_per_server", std::nan(""), "built", "\"psus_per_server\""}),
    [](const testing::TestParamInfo<ExtremeFigure> &info) { return std::string(info.param.name); });

TEST(ExtremeFigures, MoreGroupsThanTheClusterLevelDrawsAreRefused) {
    QString error;
    const auto model = DiagramModel::create(
        embeddedWith(u"racks_per_group"_qs, 1, u"servers_per_rack"_qs, 1), u"planned"_qs, &error);
    EXPECT_EQ(model, nullptr);
    EXPECT_TRUE(error.contains(u"scenario planned: 1,000,000 GPUs at 8 per group make 125,000 "
                               u"groups; the diagram draws at most 20,000"_qs))
        << qPrintable(error);
}

TEST(ExtremeFigures, ADiagramAtTheLimitStillExports) {
    const Catalogue catalogue = embeddedWith(u"planned_gpus"_qs, double(Scenario::maximumGpuCount));
    QString error;
    const auto picture = DiagramPicture::create(catalogue, u"planned"_qs, u"cluster"_qs, &error);
    ASSERT_NE(picture, nullptr) << qPrintable(error);
    const QImage image =
        PictureExporter::renderImage(*picture, catalogue, QSize(800, 450), 1.0, PaintOptions());
    EXPECT_EQ(image.size(), QSize(800, 450));
}

} // namespace

// ---- Defects a new user found (issue 10) -------------------------------------------------

namespace {

QList<PlacedLabel> placedLabels(const char *scenario, const char *path, QSize size) {
    auto p = picture(scenario, path);
    QList<PlacedLabel> labels;
    if (!p)
        return labels;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    PaintOptions options;
    options.printing = true;
    p->paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), options, nullptr, &labels);
    return labels;
}

} // namespace

// The U numbers beside a rack: "2" is drawn no larger than "42".
TEST(DiagramPicture, UnitNumbersShareOneSize) {
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720), QSize(3840, 2160)}) {
        // The numbers of one scale end at one x; a scale is the largest such column.
        QHash<int, QList<double>> columns;
        for (const PlacedLabel &label : placedLabels("built", "group/12/rack/3", size)) {
            bool number = false;
            label.text.toInt(&number);
            if (number)
                columns[int(std::lround(label.rect.right()))] << label.pixelSize;
        }
        int scales = 0;
        for (const QList<double> &sizes : std::as_const(columns)) {
            if (sizes.size() < 5)
                continue;
            ++scales;
            const auto [least, most] = std::minmax_element(sizes.begin(), sizes.end());
            EXPECT_DOUBLE_EQ(*least, *most) << size.width() << "x" << size.height();
        }
        EXPECT_GE(scales, 1) << size.width() << "x" << size.height();
    }
}

TEST(DiagramPicture, TheRearViewNamesItsRack) {
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        QStringList texts;
        for (const PlacedLabel &label : placedLabels("built", "group/12/rack/3/rear", size))
            texts << label.text;
        EXPECT_TRUE(texts.contains(u"Rack 3 · rear"_qs) || texts.contains(u"Rack 3"_qs))
            << texts.join(u" | "_qs).toStdString();
    }
}

// The upgrade's added H100 are not drawn like the built ones (nor like its H200).
TEST(Scenario, AddedH100LookUnlikeTheBuiltOnes) {
    const auto upgrade = Scenario::fromCatalogue(catalogue(), u"upgrade"_qs);
    ASSERT_TRUE(upgrade);
    ASSERT_EQ(upgrade->segments.size(), 3);
    const GpuSegment &built = upgrade->segments.at(0);
    const GpuSegment &added = upgrade->segments.at(1);
    ASSERT_EQ(added.type, GpuType::H100);
    for (const Theme &theme : {Theme::light(), Theme::dark(), Theme::highContrast()}) {
        const QColor a = gpuSegmentColour(built, theme);
        const QColor b = gpuSegmentColour(added, theme);
        EXPECT_EQ(a, theme.h100);
        EXPECT_NE(a, b) << theme.key().toStdString();
        EXPECT_NE(b, gpuSegmentColour(upgrade->segments.at(2), theme));
        // Told apart by lightness too, not only by hue.
        EXPECT_GT(std::abs(a.lightness() - b.lightness()), 40) << theme.key().toStdString();
    }
}
