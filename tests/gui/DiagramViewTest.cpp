#include "diagram/DiagramView.h"
#include "catalogue/Catalogue.h"
#include "diagram/BreadcrumbBar.h"
#include "diagram/DiagramCanvas.h"
#include "diagram/DiagramPicture.h"
#include "diagram/Minimap.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

class DiagramViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        view = std::make_unique<DiagramView>(Catalogue::embedded());
        view->resize(1200, 800);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        canvas = view->canvas();
        canvas->setFocus();
    }

    void settle() { canvas->finishAnimation(); }

    // The centre of an element on the canvas.
    QPoint centerOf(const ElementPath &p) const {
        const QRectF r =
            canvas->camera().toScreen(canvas->model()->geometry.rect(p), canvas->diagramArea());
        return r.center().toPoint();
    }

    void wheel(const QPointF &pos, int angle) {
        QWheelEvent event(pos, canvas->mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &event);
    }

    std::unique_ptr<DiagramView> view;
    DiagramCanvas *canvas = nullptr;
};

} // namespace

TEST_F(DiagramViewTest, StartsOnTheWholeBuiltCluster) {
    EXPECT_EQ(view->scenarioId(), u"built"_qs);
    EXPECT_EQ(view->viewPath(), u"cluster"_qs);
    ASSERT_EQ(view->breadcrumbBar()->buttons().size(), 1);
    EXPECT_EQ(view->breadcrumbBar()->buttons()[0]->text(), u"Colossus"_qs);
    EXPECT_TRUE(canvas->visibleWorld().contains(canvas->model()->geometry.clusterRect()));
    EXPECT_TRUE(view->statusText().contains(u"in view: 196 groups"_qs))
        << view->statusText().toStdString();
}

TEST_F(DiagramViewTest, ViewPathsOpenThereAndBadOnesChangeNothing) {
    QSignalSpy spy(view.get(), &DiagramView::viewPathChanged);
    EXPECT_TRUE(view->setViewPath(u"group/12/rack/3/server/5/gpu/7"_qs, false));
    EXPECT_EQ(view->viewPath(), u"group/12/rack/3/server/5/gpu/7"_qs);
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy[0][0].toString(), u"group/12/rack/3/server/5/gpu/7"_qs);
    QStringList crumbs;
    for (QToolButton *b : view->breadcrumbBar()->buttons())
        crumbs << b->text();
    EXPECT_EQ(crumbs, (QStringList{u"Colossus"_qs, u"Group 12"_qs, u"Rack 3"_qs, u"Server 5"_qs,
                                   u"GPU 7"_qs}));
    // The GPU fills the view.
    const QRectF gpu = canvas->camera().toScreen(canvas->model()->geometry.rect(canvas->path()),
                                                 canvas->diagramArea());
    EXPECT_GT(gpu.height(), canvas->diagramArea().height() * 0.8);

    for (const QString &bad : {u"group/250"_qs, u"group/1/rack/9"_qs, u"nonsense"_qs, u""_qs})
        EXPECT_FALSE(view->setViewPath(bad, false)) << bad.toStdString();
    EXPECT_EQ(view->viewPath(), u"group/12/rack/3/server/5/gpu/7"_qs);
    EXPECT_EQ(spy.size(), 1);
}

TEST_F(DiagramViewTest, BreadcrumbPartsGoUp) {
    ASSERT_TRUE(view->setViewPath(u"group/12/rack/3/server/5"_qs, false));
    QToolButton *group = view->breadcrumbBar()->buttons().at(1);
    QTest::mouseClick(group, Qt::LeftButton);
    EXPECT_TRUE(canvas->isAnimating());
    settle();
    EXPECT_EQ(view->viewPath(), u"group/12"_qs);
    QTest::mouseClick(view->breadcrumbBar()->buttons().at(0), Qt::LeftButton);
    settle();
    EXPECT_EQ(view->viewPath(), u"cluster"_qs);
}

TEST_F(DiagramViewTest, WheelZoomKeepsThePointUnderTheCursor) {
    const QPoint at = centerOf(ElementPath::ofGroup(30)) + QPoint(7, 3);
    const QPointF before = canvas->camera().toWorld(at, canvas->diagramArea());
    const double scale = canvas->camera().scale;
    for (int i = 0; i < 6; ++i)
        wheel(at, 120);
    EXPECT_NEAR(canvas->camera().scale, scale * std::pow(2.0, 6 / 4.0), scale * 1e-6);
    const QPointF after = canvas->camera().toWorld(at, canvas->diagramArea());
    EXPECT_NEAR(after.x(), before.x(), 1e-6);
    EXPECT_NEAR(after.y(), before.y(), 1e-6);
    // Zoomed far enough in, the path follows to the group under the view's centre.
    for (int i = 0; i < 12; ++i)
        wheel(at, 120);
    EXPECT_TRUE(view->viewPath().startsWith(u"group/"_qs)) << view->viewPath().toStdString();
    // And back out to the cluster.
    for (int i = 0; i < 40; ++i)
        wheel(at, -120);
    EXPECT_EQ(view->viewPath(), u"cluster"_qs);
}

TEST_F(DiagramViewTest, PlusMinusAndZeroKeys) {
    const double scale = canvas->camera().scale;
    QTest::keyClick(canvas, Qt::Key_Plus);
    settle();
    EXPECT_NEAR(canvas->camera().scale, scale * 1.5, scale * 1e-6);
    QTest::keyClick(canvas, Qt::Key_Minus);
    settle();
    EXPECT_NEAR(canvas->camera().scale, scale, scale * 1e-6);
    QTest::keyClick(canvas, Qt::Key_Equal, Qt::ControlModifier); // QKeySequence::ZoomIn
    settle();
    EXPECT_GT(canvas->camera().scale, scale * 1.2);
    ASSERT_TRUE(view->setViewPath(u"group/3/rack/1"_qs, false));
    QTest::keyClick(canvas, Qt::Key_0);
    settle();
    EXPECT_EQ(view->viewPath(), u"cluster"_qs);
}

TEST_F(DiagramViewTest, KeyboardOnlyNavigation) {
    const int columns = canvas->model()->geometry.columns();
    QTest::keyClick(canvas, Qt::Key_Right); // selects the first group
    ASSERT_TRUE(canvas->hasSelection());
    EXPECT_EQ(canvas->selection(), ElementPath::ofGroup(0));
    QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Down);
    EXPECT_EQ(canvas->selection(), ElementPath::ofGroup(1 + columns));
    QTest::keyClick(canvas, Qt::Key_Left);
    EXPECT_EQ(canvas->selection(), ElementPath::ofGroup(columns));
    QTest::keyClick(canvas, Qt::Key_Return);
    settle();
    EXPECT_EQ(view->viewPath(), QStringLiteral("group/%1").arg(columns));
    // Into a rack, a server (servers are stacked: Down moves), a GPU.
    QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Enter);
    settle();
    EXPECT_EQ(view->viewPath(), QStringLiteral("group/%1/rack/1").arg(columns));
    QTest::keyClick(canvas, Qt::Key_Down);
    QTest::keyClick(canvas, Qt::Key_Down);
    QTest::keyClick(canvas, Qt::Key_Return);
    settle();
    EXPECT_EQ(view->viewPath(), QStringLiteral("group/%1/rack/1/server/1").arg(columns));
    QTest::keyClick(canvas, Qt::Key_Left); // first key selects GPU 0; Left stays there
    QTest::keyClick(canvas, Qt::Key_Return);
    settle();
    EXPECT_EQ(view->viewPath(), QStringLiteral("group/%1/rack/1/server/1/gpu/0").arg(columns));
    // At a GPU, arrows go to the neighbouring GPU.
    QTest::keyClick(canvas, Qt::Key_Right);
    settle();
    EXPECT_EQ(view->viewPath(), QStringLiteral("group/%1/rack/1/server/1/gpu/1").arg(columns));
    // Backspace goes up one level at a time.
    QTest::keyClick(canvas, Qt::Key_Backspace);
    settle();
    EXPECT_EQ(view->viewPath(), QStringLiteral("group/%1/rack/1/server/1").arg(columns));
    QTest::keyClick(canvas, Qt::Key_Backspace);
    settle();
    QTest::keyClick(canvas, Qt::Key_Backspace);
    settle();
    QTest::keyClick(canvas, Qt::Key_Backspace);
    settle();
    EXPECT_EQ(view->viewPath(), u"cluster"_qs);
    QTest::keyClick(canvas, Qt::Key_Backspace); // nothing above the cluster
    settle();
    EXPECT_EQ(view->viewPath(), u"cluster"_qs);
}

TEST_F(DiagramViewTest, SelectionStopsAtTheEnds) {
    ASSERT_TRUE(view->setViewPath(u"group/195"_qs, false)); // the partial group: 3 racks
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(canvas, Qt::Key_Right);
    EXPECT_EQ(canvas->selection(), ElementPath::ofRack(195, 2));
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(canvas, Qt::Key_Left);
    EXPECT_EQ(canvas->selection(), ElementPath::ofRack(195, 0));
}

TEST_F(DiagramViewTest, DoubleClickZoomsIntoTheElement) {
    ASSERT_TRUE(view->setViewPath(u"group/12"_qs, false));
    QTest::mouseDClick(canvas, Qt::LeftButton, Qt::NoModifier,
                       centerOf(ElementPath::ofRack(12, 3)));
    settle();
    EXPECT_EQ(view->viewPath(), u"group/12/rack/3"_qs);
    QTest::mouseDClick(canvas, Qt::LeftButton, Qt::NoModifier,
                       centerOf(ElementPath::ofGpu(12, 3, 5, 2)));
    settle();
    EXPECT_EQ(view->viewPath(), u"group/12/rack/3/server/5"_qs);
}

TEST_F(DiagramViewTest, ClickSelectsAndDragPans) {
    ASSERT_TRUE(view->setViewPath(u"group/12"_qs, false));
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, centerOf(ElementPath::ofRack(12, 6)));
    EXPECT_TRUE(canvas->hasSelection());
    EXPECT_EQ(canvas->selection(), ElementPath::ofRack(12, 6));

    const QPointF center = canvas->camera().center;
    const double scale = canvas->camera().scale;
    const QPoint from(600, 400);
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 10; ++i) {
        QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(10 * i, 5 * i)),
                         canvas->mapToGlobal(QPointF(from + QPoint(10 * i, 5 * i))), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
    }
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, from + QPoint(100, 50));
    EXPECT_NEAR(canvas->camera().center.x(), center.x() - 100 / scale, 1e-6);
    EXPECT_NEAR(canvas->camera().center.y(), center.y() - 50 / scale, 1e-6);
    EXPECT_EQ(canvas->selection(), ElementPath::ofRack(12, 6)); // a drag is not a click
}

TEST_F(DiagramViewTest, ClickingALinkedPartSelectsItsFact) {
    ASSERT_TRUE(view->setViewPath(u"group/12/rack/3"_qs, false));
    canvas->repaint();
    QSignalSpy facts(view.get(), &DiagramView::factActivated);
    QSignalSpy figures(view.get(), &DiagramView::figureActivated);
    QRectF pump;
    QRectF legend;
    for (const LinkZone &z : canvas->linkZones()) {
        if (z.id == u"pump_unit" && pump.isEmpty())
            pump = z.rect;
        if (z.id == u"gpus_built")
            legend = z.rect;
    }
    ASSERT_FALSE(pump.isEmpty());
    ASSERT_FALSE(legend.isEmpty());
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, pump.center().toPoint());
    ASSERT_EQ(facts.size(), 1);
    EXPECT_EQ(facts[0][0].toString(), u"pump_unit"_qs);
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, legend.center().toPoint());
    ASSERT_EQ(figures.size(), 1);
    EXPECT_EQ(figures[0][0].toString(), u"gpus_built"_qs);
}

TEST_F(DiagramViewTest, RearToggleByKeyAndButton) {
    ASSERT_TRUE(view->setViewPath(u"group/12/rack/3"_qs, false));
    QTest::keyClick(canvas, Qt::Key_R);
    EXPECT_EQ(view->viewPath(), u"group/12/rack/3/rear"_qs);
    EXPECT_EQ(view->breadcrumbBar()->buttons().last()->text(), u"Rack 3 (rear)"_qs);
    auto *rear = view->findChild<QToolButton *>(u"rearButton"_qs);
    ASSERT_TRUE(rear);
    EXPECT_TRUE(rear->isChecked());
    QTest::mouseClick(rear, Qt::LeftButton);
    EXPECT_EQ(view->viewPath(), u"group/12/rack/3"_qs);
    ASSERT_TRUE(view->setViewPath(u"group/12"_qs, false));
    EXPECT_FALSE(rear->isEnabled());
    QTest::keyClick(canvas, Qt::Key_R); // only racks have a rear
    EXPECT_EQ(view->viewPath(), u"group/12"_qs);
}

TEST_F(DiagramViewTest, HoverToolTipGivesTheCounts) {
    const QString tip = canvas->toolTipAt(centerOf(ElementPath::ofGroup(5)));
    EXPECT_TRUE(tip.contains(u"Group 5"_qs)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"512 GPUs"_qs)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"8 racks of 8 servers"_qs)) << tip.toStdString();
    // No computed bandwidth total shown as if reported (issue 8).
    EXPECT_FALSE(tip.contains(u"Tb/s"_qs)) << tip.toStdString();
    ASSERT_TRUE(view->setViewPath(u"group/195"_qs, false));
    const QString partial = canvas->toolTipAt(centerOf(ElementPath::ofRack(195, 2)));
    EXPECT_TRUE(partial.contains(u"32 GPUs in 4 of 8 servers (partial"_qs))
        << partial.toStdString();
}

TEST_F(DiagramViewTest, ShowFigureGoesWhereItIsDrawn) {
    QSignalSpy scenarios(view.get(), &DiagramView::scenarioChanged);
    EXPECT_TRUE(view->showFigure(u"promise_h200"_qs));
    EXPECT_EQ(view->scenarioId(), u"promise"_qs);
    ASSERT_EQ(scenarios.size(), 1);
    settle();
    EXPECT_EQ(view->viewPath(), u"cluster"_qs);
    EXPECT_TRUE(view->showFigure(u"manifold_height_u"_qs));
    settle();
    EXPECT_EQ(view->viewPath(), u"group/0/rack/0"_qs);
    EXPECT_TRUE(view->showFigure(u"nic_per_gpu_gb"_qs));
    settle();
    EXPECT_EQ(view->viewPath(), u"group/0/rack/0/server/0"_qs);
    EXPECT_TRUE(view->showFigure(u"ethernet_not_infiniband"_qs));
    settle();
    EXPECT_EQ(view->viewPath(), u"group/0/rack/0/rear"_qs);
    EXPECT_FALSE(view->showFigure(u"power_mw"_qs));
    EXPECT_EQ(view->viewPath(), u"group/0/rack/0/rear"_qs);
}

TEST_F(DiagramViewTest, ScenarioChangeKeepsThePathWhereItExists) {
    ASSERT_TRUE(view->setScenario(u"planned"_qs));
    ASSERT_TRUE(view->setViewPath(u"group/1500/rack/2"_qs, false));
    EXPECT_FALSE(view->setScenario(u"nonsense"_qs));
    EXPECT_EQ(view->scenarioId(), u"planned"_qs);
    ASSERT_TRUE(view->setScenario(u"built"_qs));
    EXPECT_EQ(view->viewPath(), u"cluster"_qs); // there is no group 1500 in the built cluster
    ASSERT_TRUE(view->setViewPath(u"group/10/rack/2"_qs, false));
    ASSERT_TRUE(view->setScenario(u"upgrade"_qs));
    EXPECT_EQ(view->viewPath(), u"group/10/rack/2"_qs);
}

TEST_F(DiagramViewTest, CurrentPictureIsWhatIsOnScreen) {
    ASSERT_TRUE(view->setViewPath(u"group/12/rack/3"_qs, false));
    auto picture = view->currentPicture();
    ASSERT_TRUE(picture);
    EXPECT_EQ(picture->title(), u"Colossus (built, 100,000 H100) — Group 12 > Rack 3"_qs);
    EXPECT_TRUE(picture->sourceIds().contains(u"004_e29f3581bfd46301.txt"_qs));
    // Painted at the canvas's own size, it shows the same world as the canvas.
    auto *diagram = dynamic_cast<DiagramPicture *>(picture.get());
    ASSERT_TRUE(diagram);
    const DiagramCamera c = diagram->camera(QRectF(canvas->rect()));
    EXPECT_NEAR(c.scale, canvas->camera().scale, 1e-9);
    EXPECT_NEAR(c.center.x(), canvas->camera().center.x(), 1e-6);
}

TEST_F(DiagramViewTest, CopyPathPutsItOnTheClipboard) {
    ASSERT_TRUE(view->setViewPath(u"group/7/rack/1/server/2"_qs, false));
    auto *copy = view->findChild<QToolButton *>(u"copyPathButton"_qs);
    ASSERT_TRUE(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), u"group/7/rack/1/server/2"_qs);
}

TEST_F(DiagramViewTest, MinimapMovesTheView) {
    ASSERT_TRUE(view->setViewPath(u"group/0"_qs, false));
    Minimap *map = view->minimap();
    EXPECT_FALSE(map->isVisible()); // a whole group in view: not needed
    ASSERT_TRUE(view->setViewPath(u"group/0/rack/0"_qs, false));
    ASSERT_TRUE(map->isVisible());
    const QRectF target = canvas->model()->geometry.groupRect(150);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier,
                      map->toWidget(target.center()).toPoint());
    EXPECT_TRUE(target.contains(canvas->camera().center));
    // Still at rack scale: the rack of group 150 now at the centre.
    EXPECT_TRUE(view->viewPath().startsWith(u"group/150/rack/"_qs))
        << view->viewPath().toStdString();
}

TEST_F(DiagramViewTest, PinchZooms) {
    const double scale = canvas->camera().scale;
    const QPointF at(500, 400);
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              at, at, canvas->mapToGlobal(at), 0.5, QPointF(), 1);
    QApplication::sendEvent(canvas, &pinch);
    EXPECT_NEAR(canvas->camera().scale, scale * 1.5, scale * 1e-6);
}

TEST_F(DiagramViewTest, BuiltScenarioNoteLinksTheConsistencyCheck) {
    auto *note = view->findChild<QLabel *>(u"scenarioNote"_qs);
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->text().contains(u"1,563\u00a0ƒ racks"_qs)) << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(u"href=\"check:racks-and-groups\""_qs));
    QSignalSpy checks(view.get(), &DiagramView::checkActivated);
    Q_EMIT note->linkActivated(u"check:racks-and-groups"_qs);
    ASSERT_EQ(checks.size(), 1);
    EXPECT_EQ(checks[0][0].toString(), u"racks-and-groups"_qs);
    ASSERT_TRUE(view->setScenario(u"planned"_qs));
    EXPECT_FALSE(note->text().contains(u"href"_qs));
}

TEST(DiagramViewWithoutFigures, StaysEmptyAndDoesNotCrash) {
    QList<Figure> figures = Catalogue::embedded().figures();
    figures.removeIf([](const Figure &f) { return f.id == u"gpus_per_server"; });
    const Catalogue broken(Catalogue::embedded().sources(), figures, Catalogue::embedded().facts());
    DiagramView view(broken);
    view.resize(800, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_FALSE(view.currentPicture());
    EXPECT_FALSE(view.setViewPath(u"group/1"_qs, false));
    EXPECT_FALSE(view.showFigure(u"gpus_per_rack"_qs));
    QTest::keyClick(view.canvas(), Qt::Key_Right);
    QTest::keyClick(view.canvas(), Qt::Key_Plus);
    QTest::mouseDClick(view.canvas(), Qt::LeftButton, Qt::NoModifier, QPoint(300, 300));
    view.canvas()->repaint();
    EXPECT_EQ(view.viewPath(), u"cluster"_qs);
}

// A framed rack does not count the neighbours it leaves out; once the camera moves, the
// count of what is in view comes back.
TEST_F(DiagramViewTest, FramedRackStatusCountsNoHiddenNeighbours) {
    ASSERT_TRUE(view->setViewPath(u"group/12/rack/3"_qs, false));
    settle();
    EXPECT_TRUE(view->statusText().startsWith(u"Group 12 > Rack 3"_qs))
        << view->statusText().toStdString();
    EXPECT_FALSE(view->statusText().contains(u"in view"_qs)) << view->statusText().toStdString();
    wheel(centerOf(ElementPath::ofRack(12, 3)), -120);
    settle();
    EXPECT_TRUE(view->statusText().contains(u"in view"_qs)) << view->statusText().toStdString();
}

namespace {

// A hover or selection change repaints only the rings of the outlines that changed, and the
// window then shows exactly what a whole repaint would: the old frame with that region
// repainted is the new frame drawn whole, at the cluster, group and rack levels.
TEST_F(DiagramViewTest, HoverAndSelectionRepaintOnlyWhatChanged) {
    for (const char *at : {"cluster", "group/3", "group/3/rack/2"}) {
        ASSERT_TRUE(view->setViewPath(QString::fromLatin1(at), false)) << at;
        settle();
        const QSize size = canvas->size();
        QImage shown(size, QImage::Format_ARGB32_Premultiplied);
        // The canvas alone: the minimap over its corner is a widget of its own.
        const auto canvasOnly = QWidget::RenderFlags(QWidget::DrawWindowBackground);
        canvas->render(&shown, QPoint(), QRegion(), canvasOnly);
        const ElementPath path = canvas->path();
        const QList<ElementPath> targets = {path.child(0), path.child(1), path.child(2)};
        for (int step = 0; step < 3; ++step) {
            if (step == 1) {
                canvas->setSelection(targets[step]);
            } else {
                QTest::mouseMove(canvas, centerOf(targets[step]));
            }
            const QRegion damage = canvas->lastPointerDamage();
            ASSERT_FALSE(damage.isEmpty()) << at << " step " << step;
            // Far less than the whole canvas.
            qint64 area = 0;
            for (const QRect &r : damage)
                area += qint64(r.width()) * r.height();
            EXPECT_LT(area, qint64(size.width()) * size.height() / 4) << at << " step " << step;
            // (render() puts the region's bounding rectangle at the offset given.)
            canvas->render(&shown, damage.boundingRect().topLeft(), damage, canvasOnly);
            QImage whole(size, QImage::Format_ARGB32_Premultiplied);
            canvas->render(&whole, QPoint(), QRegion(), canvasOnly);
            QRect differing;
            for (int y = 0; y < size.height(); ++y)
                for (int x = 0; x < size.width(); ++x)
                    if (shown.pixel(x, y) != whole.pixel(x, y))
                        differing |= QRect(x, y, 1, 1);
            EXPECT_TRUE(differing.isNull())
                << at << " step " << step << ": the repainted region misses changed pixels in "
                << differing.x() << "," << differing.y() << " " << differing.width() << "x"
                << differing.height() << "; repainted " << damage.boundingRect().x() << ","
                << damage.boundingRect().y() << " " << damage.boundingRect().width() << "x"
                << damage.boundingRect().height();
            shown = whole;
        }
    }
}

} // namespace

// A click zooms in an animation whose frames are composed from kept frames; when it ends, the
// canvas shows exactly the frame of a view opened there without animation (the same pixels
// and links), and between, its frames move.
TEST_F(DiagramViewTest, ZoomAnimationEndsOnTheExactFrame) {
    const auto canvasOnly = QWidget::RenderFlags(QWidget::DrawWindowBackground);
    const QSize size = canvas->size();
    const auto shown = [&] {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        canvas->render(&image, QPoint(), QRegion(), canvasOnly);
        return image;
    };
    for (const char *at : {"group/3", "group/3/rack/2", "group/3", "cluster"}) {
        const QImage before = shown();
        ASSERT_TRUE(view->setViewPath(QString::fromLatin1(at), true)) << at;
        ASSERT_TRUE(canvas->isAnimating()) << at;
        canvas->showAnimationAt(DiagramCanvas::animationMs / 2);
        const QImage middle = shown();
        EXPECT_TRUE(canvas->linkZones().isEmpty()) << at << ": parts link again at rest";
        EXPECT_NE(middle, before) << at;
        canvas->showAnimationAt(DiagramCanvas::animationMs);
        ASSERT_FALSE(canvas->isAnimating()) << at;
        const QImage animated = shown();
        const QList<LinkZone> zones = canvas->linkZones();
        EXPECT_NE(middle, animated) << at;
        EXPECT_FALSE(zones.isEmpty()) << at;

        // The same view opened without animation (whose frame is the renderer's, see
        // DiagramFrameCacheTest).
        ASSERT_TRUE(view->setViewPath(u"cluster"_qs, false));
        ASSERT_TRUE(view->setViewPath(QString::fromLatin1(at), false));
        EXPECT_EQ(shown(), animated) << at;
        EXPECT_EQ(canvas->linkZones().size(), zones.size()) << at;
    }
}
