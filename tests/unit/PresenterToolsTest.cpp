#include "tour/PresenterTools.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace colossus;
using Pointer = PresenterTools::Pointer;

TEST(PresenterTools, LAndSToggleThePointerAndNeverBoth) {
    PresenterTools tools;
    EXPECT_TRUE(tools.handleKey(Qt::Key_L, Qt::NoModifier, false));
    EXPECT_EQ(tools.pointer(), Pointer::Dot);
    EXPECT_TRUE(tools.handleKey(Qt::Key_S, Qt::NoModifier, false));
    EXPECT_EQ(tools.pointer(), Pointer::Spotlight);
    EXPECT_TRUE(tools.handleKey(Qt::Key_S, Qt::NoModifier, false));
    EXPECT_EQ(tools.pointer(), Pointer::Off);
    // Held keys and keys with Ctrl do nothing.
    EXPECT_TRUE(tools.handleKey(Qt::Key_L, Qt::NoModifier, true));
    EXPECT_EQ(tools.pointer(), Pointer::Off);
    EXPECT_FALSE(tools.handleKey(Qt::Key_L, Qt::ControlModifier, false));
    EXPECT_EQ(tools.pointer(), Pointer::Off);
    EXPECT_FALSE(tools.handleKey(Qt::Key_Right, Qt::NoModifier, false));
}

TEST(PresenterTools, DTogglesDrawingAndCClearsTheInk) {
    PresenterTools tools;
    tools.handleKey(Qt::Key_D, Qt::NoModifier, false);
    EXPECT_TRUE(tools.isDrawing());
    tools.beginStroke({0.1, 0.1});
    tools.extendStroke({0.2, 0.3});
    ASSERT_EQ(tools.strokes().size(), 1);
    EXPECT_EQ(tools.strokes().first().size(), 2);
    tools.handleKey(Qt::Key_C, Qt::NoModifier, false);
    EXPECT_TRUE(tools.strokes().isEmpty());
    EXPECT_TRUE(tools.isDrawing()); // clearing does not stop drawing
    tools.handleKey(Qt::Key_D, Qt::NoModifier, false);
    EXPECT_FALSE(tools.isDrawing());
}

TEST(PresenterTools, FractionsMapOntoAnySlideRectangle) {
    const QRectF room(0, 0, 1920, 1080);
    const QRectF copy(100, 50, 480, 270);
    const QPointF f = PresenterTools::toFraction({960, 270}, room);
    EXPECT_DOUBLE_EQ(f.x(), 0.5);
    EXPECT_DOUBLE_EQ(f.y(), 0.25);
    const QPointF p = PresenterTools::fromFraction(f, copy);
    EXPECT_DOUBLE_EQ(p.x(), 340);
    EXPECT_DOUBLE_EQ(p.y(), 117.5);
}

TEST(PresenterTools, TheDotAndTheSpotlightArePainted) {
    PresenterTools tools;
    tools.togglePointer(Pointer::Dot);
    tools.setPosition({0.5, 0.5});
    QImage image(640, 360, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        tools.paint(p, image.rect());
    }
    const QColor centre = image.pixelColor(320, 180);
    EXPECT_GT(centre.red(), 200);
    EXPECT_LT(centre.green(), 80); // red on white
    EXPECT_EQ(image.pixelColor(10, 10), QColor(Qt::white));

    tools.togglePointer(Pointer::Spotlight);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        tools.paint(p, image.rect());
    }
    EXPECT_EQ(image.pixelColor(320, 180), QColor(Qt::white)); // inside the circle
    EXPECT_LT(image.pixelColor(10, 10).lightness(), 128);     // outside: dimmed
}

TEST(Pacing, GreenThenAmberInTheLastFifthThenRed) {
    EXPECT_EQ(Pacing::of(0, 60), Pacing::State::OnTime);
    EXPECT_EQ(Pacing::of(48, 60), Pacing::State::OnTime);
    EXPECT_EQ(Pacing::of(49, 60), Pacing::State::NearlyUp);
    EXPECT_EQ(Pacing::of(60, 60), Pacing::State::NearlyUp);
    EXPECT_EQ(Pacing::of(61, 60), Pacing::State::Over);
    EXPECT_EQ(Pacing::of(500, 0), Pacing::State::OnTime); // nothing planned
    EXPECT_NE(Pacing::colour(Pacing::State::OnTime), Pacing::colour(Pacing::State::Over));
    EXPECT_EQ(Pacing::clockText(65), "01:05");
    EXPECT_EQ(Pacing::clockText(3723), "1:02:03");
}

struct GridMove {
    int from;
    int key;
    int to;
};

class OverviewMoves : public ::testing::TestWithParam<GridMove> {};

// 13 steps in 5 columns: rows 0-4, 5-9, 10-12.
TEST_P(OverviewMoves, ArrowsMoveWithinTheGrid) {
    const GridMove &m = GetParam();
    EXPECT_EQ(OverviewGrid::move(m.from, m.key, 13, 5), m.to);
}

INSTANTIATE_TEST_SUITE_P(
    Grid, OverviewMoves,
    ::testing::Values(GridMove{0, Qt::Key_Right, 1}, GridMove{0, Qt::Key_Left, 0},
                      GridMove{4, Qt::Key_Right, 5}, GridMove{1, Qt::Key_Down, 6},
                      GridMove{8, Qt::Key_Down, 8}, // no cell below
                      GridMove{11, Qt::Key_Up, 6}, GridMove{2, Qt::Key_Up, 2},
                      GridMove{12, Qt::Key_Right, 12}, GridMove{7, Qt::Key_Home, 0},
                      GridMove{7, Qt::Key_End, 12}));

TEST(OverviewGrid, CellsDoNotOverlapAndStayInside) {
    const QRectF area(20, 80, 1240, 600);
    const QList<QRectF> cells = OverviewGrid::cells(13, area, 16.0 / 9.0);
    ASSERT_EQ(cells.size(), 13);
    for (int i = 0; i < 13; ++i) {
        EXPECT_TRUE(area.contains(cells[i])) << i;
        EXPECT_NEAR(cells[i].width() / cells[i].height(), 16.0 / 9.0, 1e-6);
        for (int j = i + 1; j < 13; ++j)
            EXPECT_FALSE(cells[i].intersects(cells[j])) << i << ' ' << j;
    }
    EXPECT_GT(cells[0].width(), 200); // large enough to tell the slides apart
}
