#include "PresentationWindow.h"
#include "PresenterView.h"
#include "TourActions.h"

#include "catalogue/Catalogue.h"
#include "tour/TourStepPicture.h"

#include <QLineF>
#include <QTabletEvent>

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include "EmbeddedTour.h"
#include <vector>

using namespace colossus;
using Blank = TourController::Blank;

namespace {

int lastStep() {
    return embeddedTour().stepCount() - 1;
}

struct Key {
    int key;
    Qt::KeyboardModifiers modifiers = Qt::NoModifier;
    bool autoRepeat = false;
    QString text = {};
};

enum class Before { Nothing, Black, White, Exploring };

struct KeyCase {
    const char *name;
    int start;
    Before before;
    std::vector<Key> keys;
    int step; // -1: the last step
    Blank blank = Blank::None;
    bool exploring = false;
    bool presenting = true;
};

void PrintTo(const KeyCase &c, std::ostream *os) {
    *os << c.name;
}

// Delivers a key as the platform would, auto-repeat flag included (QTest has no parameter
// for it), to whatever widget has the focus.
void press(QWidget *target, const Key &k) {
    const QString text = !k.text.isEmpty() ? k.text
                         : (k.key >= Qt::Key_0 && k.key <= Qt::Key_9)
                             ? QString(QChar(u'0' + k.key - Qt::Key_0))
                         : (k.key == Qt::Key_Space) ? QStringLiteral(" ")
                                                    : QString();
    QKeyEvent pressEvent(QEvent::KeyPress, k.key, k.modifiers, text, k.autoRepeat);
    QApplication::sendEvent(target, &pressEvent);
    QKeyEvent releaseEvent(QEvent::KeyRelease, k.key, k.modifiers, text, k.autoRepeat);
    QApplication::sendEvent(target, &releaseEvent);
}

class PresentationKeys : public ::testing::TestWithParam<KeyCase> {};

TEST_P(PresentationKeys, MoveToTheRightStepOrState) {
    const KeyCase &c = GetParam();
    PresentationWindow window(Catalogue::embedded(), embeddedTour());
    window.present(c.start < 0 ? lastStep() : c.start);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    TourController &controller = window.controller();
    switch (c.before) {
    case Before::Black:
        controller.setBlank(Blank::Black);
        break;
    case Before::White:
        controller.setBlank(Blank::White);
        break;
    case Before::Exploring:
        window.zoomBy(2.0, window.viewArea().center() + QPointF(30, 10));
        ASSERT_TRUE(controller.isExploring());
        break;
    case Before::Nothing:
        break;
    }
    for (const Key &k : c.keys)
        press(&window, k);
    EXPECT_EQ(controller.currentStep(), c.step < 0 ? lastStep() : c.step);
    EXPECT_EQ(controller.blank(), c.blank);
    EXPECT_EQ(controller.isExploring(), c.exploring);
    EXPECT_EQ(window.isVisible(), c.presenting);
    if (!c.exploring && c.presenting) {
        EXPECT_DOUBLE_EQ(window.zoom(), 1.0);
    }
}

const Qt::KeyboardModifiers none = Qt::NoModifier;

const KeyCase keyCases[] = {
    {"right", 4, Before::Nothing, {{Qt::Key_Right}}, 5},
    {"down", 4, Before::Nothing, {{Qt::Key_Down}}, 5},
    {"page_down", 4, Before::Nothing, {{Qt::Key_PageDown}}, 5},
    {"space", 4, Before::Nothing, {{Qt::Key_Space}}, 5},
    {"return", 4, Before::Nothing, {{Qt::Key_Return}}, 5},
    {"keypad_enter", 4, Before::Nothing, {{Qt::Key_Enter, Qt::KeypadModifier}}, 5},
    {"left", 4, Before::Nothing, {{Qt::Key_Left}}, 3},
    {"up", 4, Before::Nothing, {{Qt::Key_Up}}, 3},
    {"page_up", 4, Before::Nothing, {{Qt::Key_PageUp}}, 3},
    {"backspace", 4, Before::Nothing, {{Qt::Key_Backspace}}, 3},
    {"home", 4, Before::Nothing, {{Qt::Key_Home}}, 0},
    {"end", 4, Before::Nothing, {{Qt::Key_End}}, -1},
    {"forward_at_the_end_stays", -1, Before::Nothing, {{Qt::Key_Right}}, -1},
    {"back_at_the_start_stays", 0, Before::Nothing, {{Qt::Key_PageUp}}, 0},
    {"three_forward",
     0,
     Before::Nothing,
     {{Qt::Key_Right}, {Qt::Key_Space}, {Qt::Key_PageDown}},
     3},
    {"b_blacks_out", 4, Before::Nothing, {{Qt::Key_B, none, false, "b"}}, 4, Blank::Black},
    {"b_again_brings_back",
     4,
     Before::Nothing,
     {{Qt::Key_B, none, false, "b"}, {Qt::Key_B, none, false, "b"}},
     4},
    {"period_blacks_out",
     4,
     Before::Nothing,
     {{Qt::Key_Period, none, false, "."}},
     4,
     Blank::Black},
    {"period_again_brings_back", 4, Before::Black, {{Qt::Key_Period, none, false, "."}}, 4},
    {"w_whites_out", 4, Before::Nothing, {{Qt::Key_W, none, false, "w"}}, 4, Blank::White},
    {"w_again_brings_back", 4, Before::White, {{Qt::Key_W, none, false, "w"}}, 4},
    {"w_on_black_turns_white", 4, Before::Black, {{Qt::Key_W, none, false, "w"}}, 4, Blank::White},
    {"forward_on_black_only_brings_back", 4, Before::Black, {{Qt::Key_Right}}, 4},
    {"back_on_white_only_brings_back", 4, Before::White, {{Qt::Key_Left}}, 4},
    {"number_then_return_jumps",
     0,
     Before::Nothing,
     {{Qt::Key_1}, {Qt::Key_2}, {Qt::Key_Return}},
     11},
    {"keypad_number_then_enter_jumps",
     0,
     Before::Nothing,
     {{Qt::Key_7, Qt::KeypadModifier}, {Qt::Key_Enter, Qt::KeypadModifier}},
     6},
    {"number_out_of_range_stays",
     4,
     Before::Nothing,
     {{Qt::Key_9}, {Qt::Key_9}, {Qt::Key_Return}},
     4},
    {"zero_stays", 4, Before::Nothing, {{Qt::Key_0}, {Qt::Key_Return}}, 4},
    {"backspace_edits_the_number",
     4,
     Before::Nothing,
     {{Qt::Key_1}, {Qt::Key_2}, {Qt::Key_Backspace}, {Qt::Key_Return}},
     0},
    {"escape_drops_the_number",
     4,
     Before::Nothing,
     {{Qt::Key_1}, {Qt::Key_Escape}, {Qt::Key_Return}},
     5},
    {"number_on_black_jumps_and_brings_back", 4, Before::Black, {{Qt::Key_2}, {Qt::Key_Return}}, 1},
    {"auto_repeat_ignored", 4, Before::Nothing, {{Qt::Key_Right, none, true}}, 4},
    {"auto_repeat_back_ignored", 4, Before::Nothing, {{Qt::Key_PageUp, none, true}}, 4},
    {"auto_repeat_blank_ignored", 4, Before::Nothing, {{Qt::Key_B, none, true, "b"}}, 4},
    {"auto_repeat_escape_ignored", 4, Before::Nothing, {{Qt::Key_Escape, none, true}}, 4},
    {"ctrl_ignored", 4, Before::Nothing, {{Qt::Key_Right, Qt::ControlModifier}}, 4},
    {"alt_ignored", 4, Before::Nothing, {{Qt::Key_Left, Qt::AltModifier}}, 4},
    {"meta_ignored", 4, Before::Nothing, {{Qt::Key_PageDown, Qt::MetaModifier}}, 4},
    {"ctrl_b_ignored", 4, Before::Nothing, {{Qt::Key_B, Qt::ControlModifier}}, 4},
    {"ctrl_end_ignored", 4, Before::Nothing, {{Qt::Key_End, Qt::ControlModifier}}, 4},
    {"shift_is_harmless", 4, Before::Nothing, {{Qt::Key_Space, Qt::ShiftModifier}}, 5},
    {"escape_leaves", 4, Before::Nothing, {{Qt::Key_Escape}}, 4, Blank::None, false, false},
    {"f5_leaves", 4, Before::Nothing, {{Qt::Key_F5}}, 4, Blank::None, false, false},
    {"escape_while_exploring_returns", 4, Before::Exploring, {{Qt::Key_Escape}}, 4},
    {"r_while_exploring_returns", 4, Before::Exploring, {{Qt::Key_R, none, false, "r"}}, 4},
    {"escape_twice_while_exploring_leaves",
     4,
     Before::Exploring,
     {{Qt::Key_Escape}, {Qt::Key_Escape}},
     4,
     Blank::None,
     false,
     false},
    {"forward_while_exploring_moves_on", 4, Before::Exploring, {{Qt::Key_Right}}, 5},
    {"other_keys_leave_exploring_alone",
     4,
     Before::Exploring,
     {{Qt::Key_Plus, Qt::ControlModifier}},
     4,
     Blank::None,
     true},
};

INSTANTIATE_TEST_SUITE_P(Clicker, PresentationKeys, ::testing::ValuesIn(keyCases),
                         [](const auto &info) { return std::string(info.param.name); });

class Presentation : public ::testing::Test {
protected:
    void SetUp() override {
        window = std::make_unique<PresentationWindow>(Catalogue::embedded(), embeddedTour());
        window->present(0);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    std::unique_ptr<PresentationWindow> window;
};

TEST_F(Presentation, PageKeysReachTheTourBeforeAFocusedChildView) {
    // A view that would scroll on PageDown has the focus; the tour must still get the key.
    auto *view = new QPlainTextEdit(window.get());
    view->setPlainText(QString("line\n").repeated(200));
    view->setGeometry(10, 10, 300, 200);
    view->show();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_PageDown);
    EXPECT_EQ(window->controller().currentStep(), 1);
    EXPECT_EQ(view->verticalScrollBar()->value(), 0);
    QTest::keyClick(view, Qt::Key_PageUp);
    EXPECT_EQ(window->controller().currentStep(), 0);
    // Keys the tour does not use still reach the view.
    QTest::keyClicks(view, "k");
    EXPECT_TRUE(view->toPlainText().contains("k"));
}

TEST_F(Presentation, AClickGoesForward) {
    QTest::mouseClick(window.get(), Qt::LeftButton, {}, window->viewArea().center().toPoint());
    EXPECT_EQ(window->controller().currentStep(), 1);
}

TEST_F(Presentation, WheelZoomsAndEscapeReturnsToTheStep) {
    const QPoint centre = window->viewArea().center().toPoint();
    QWheelEvent wheel(centre, window->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(window.get(), &wheel);
    EXPECT_GT(window->zoom(), 1.2);
    EXPECT_TRUE(window->controller().isExploring());
    // While exploring, a click belongs to the view: it does not move on.
    QTest::mouseClick(window.get(), Qt::LeftButton, {}, centre);
    EXPECT_EQ(window->controller().currentStep(), 0);
    QTest::keyClick(window.get(), Qt::Key_Escape);
    EXPECT_DOUBLE_EQ(window->zoom(), 1.0);
    EXPECT_FALSE(window->controller().isExploring());
    EXPECT_TRUE(window->isVisible());
}

TEST_F(Presentation, DragPansAndRReturns) {
    const QPoint start = window->viewArea().center().toPoint();
    QTest::mousePress(window.get(), Qt::LeftButton, {}, start);
    QTest::mouseMove(window.get(), start + QPoint(40, 25));
    QTest::mouseMove(window.get(), start + QPoint(80, 50));
    QTest::mouseRelease(window.get(), Qt::LeftButton, {}, start + QPoint(80, 50));
    EXPECT_GT(window->pan().manhattanLength(), 60);
    EXPECT_TRUE(window->controller().isExploring());
    EXPECT_EQ(window->controller().currentStep(), 0); // a drag is not a click
    QTest::keyClick(window.get(), Qt::Key_R);
    EXPECT_EQ(window->pan(), QPointF());
}

TEST_F(Presentation, AClickOnACitationOpensItsPassage) {
    const TourStep &step = embeddedTour().steps.at(0);
    const QList<QRectF> lines = TourStepPicture::citationRects(
        step, Catalogue::embedded(), window->captionArea(), window->bodyPixelSize());
    ASSERT_EQ(lines.size(), step.figures.size() + step.facts.size());
    QTest::mouseClick(window.get(), Qt::LeftButton, {}, lines.at(1).center().toPoint());
    EXPECT_EQ(window->openPassage(), 1);
    EXPECT_EQ(window->openPassageId(), step.figures.at(1));
    EXPECT_TRUE(window->controller().isExploring());
    EXPECT_EQ(window->controller().currentStep(), 0);
    QTest::keyClick(window.get(), Qt::Key_Escape);
    EXPECT_EQ(window->openPassage(), -1);
    EXPECT_TRUE(window->isVisible());
}

TEST_F(Presentation, WhileExploringTheDiagramsLinkedPartsOpenTheirPassages) {
    // A rack: its parts panel links to what the reports say.
    window->setAnimated(false);
    window->controller().goTo(2);
    ASSERT_FALSE(embeddedTour().steps.at(2).isChart());
    window->grab();
    ASSERT_FALSE(window->linkZones().isEmpty());
    const auto toWindow = [this](const QRectF &logical) {
        return (window->viewArea().topLeft() + logical.center() * window->magnification())
            .toPoint();
    };
    // Exploring: zoom a little, then click a linked part.
    window->zoomBy(1.01, window->viewArea().center());
    window->grab();
    ASSERT_FALSE(window->linkZones().isEmpty());
    const LinkZone zone = window->linkZones().first();
    QTest::mouseClick(window.get(), Qt::LeftButton, {}, toWindow(zone.rect));
    EXPECT_EQ(window->openPassageId(), zone.id);
    EXPECT_EQ(window->controller().currentStep(), 2);
    QTest::keyClick(window.get(), Qt::Key_R);
    EXPECT_TRUE(window->openPassageId().isEmpty());
    EXPECT_FALSE(window->controller().isExploring());
    window->grab();
    QTest::mouseClick(window.get(), Qt::LeftButton, {}, toWindow(window->linkZones().first().rect));
    EXPECT_EQ(window->controller().currentStep(), 3); // at rest a click goes forward
}

TEST_F(Presentation, BlackoutPaintsTheWholeScreenBlack) {
    QTest::keyClick(window.get(), Qt::Key_B);
    const QImage image = window->grab().toImage();
    EXPECT_EQ(image.pixelColor(5, 5), QColor(Qt::black));
    EXPECT_EQ(image.pixelColor(image.width() / 2, image.height() - 3), QColor(Qt::black));
    QTest::keyClick(window.get(), Qt::Key_W);
    EXPECT_EQ(window->grab().toImage().pixelColor(image.width() / 2, image.height() / 2),
              QColor(Qt::white));
}

TEST_F(Presentation, LeavingSignalsTheLastStep) {
    QSignalSpy finished(window.get(), &PresentationWindow::finished);
    QTest::keyClick(window.get(), Qt::Key_End);
    QTest::keyClick(window.get(), Qt::Key_Escape);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(0).toInt(), lastStep());
    EXPECT_FALSE(window->isVisible());
}

TEST_F(Presentation, OneScreenMeansNoPresenterView) {
    ASSERT_EQ(QGuiApplication::screens().size(), 1);
    EXPECT_EQ(window->presenterView(), nullptr);
}

TEST(PresentationCamera, FlightEndsExactlyOnEachFraming) {
    const DiagramCamera a{QPointF(100, 50), 0.5};
    const DiagramCamera b{QPointF(400, 300), 8.0};
    const DiagramCamera start = PresentationWindow::flightCamera(a, b, 0.0);
    const DiagramCamera end = PresentationWindow::flightCamera(a, b, 1.0);
    EXPECT_NEAR(start.scale, a.scale, 1e-9);
    EXPECT_NEAR(QLineF(start.center, a.center).length(), 0, 1e-6);
    EXPECT_NEAR(end.scale, b.scale, 1e-9);
    EXPECT_NEAR(QLineF(end.center, b.center).length(), 0, 1e-6);
    // Geometric zoom: halfway in time is halfway in doublings.
    EXPECT_NEAR(PresentationWindow::flightCamera(a, b, 0.5).scale, 2.0, 1e-9);
    // The point both framings show at the same screen place stays there all the way.
    const QRectF area(0, 0, 800, 600);
    const QPointF fixed = (b.center * b.scale - a.center * a.scale) / (b.scale - a.scale);
    const QPointF screen = a.toScreen(fixed, area);
    for (double t : {0.25, 0.5, 0.75}) {
        const DiagramCamera c = PresentationWindow::flightCamera(a, b, t);
        EXPECT_NEAR(QLineF(c.toScreen(fixed, area), screen).length(), 0, 1e-6) << t;
    }
}

TEST_F(Presentation, DiagramStepsFlyAndOtherStepsFade) {
    const Tour &tour = embeddedTour();
    ASSERT_FALSE(tour.steps.at(0).isChart());
    ASSERT_FALSE(tour.steps.at(1).isChart());
    window->controller().goTo(1); // cluster -> group: the camera flies
    EXPECT_TRUE(window->isTransitioning());
    const int flight = window->transitionMs();
    EXPECT_GT(flight, 600);
    int chart = 0;
    while (chart < tour.stepCount() && !tour.steps.at(chart).isChart())
        ++chart;
    ASSERT_LT(chart, tour.stepCount());
    window->controller().goTo(chart); // diagram -> chart: a fade
    EXPECT_TRUE(window->isTransitioning());
    EXPECT_LT(window->transitionMs(), flight);
    EXPECT_FALSE(window->diagramCamera().has_value());
    QTRY_VERIFY_WITH_TIMEOUT(!window->isTransitioning(), 3000);
}

TEST_F(Presentation, ZoomingADiagramKeepsThePointUnderTheCursor) {
    ASSERT_TRUE(window->diagramCamera().has_value());
    const QRectF area = DiagramRenderer::diagramArea(
        QRectF(QPointF(0, 0), window->viewArea().size() / window->magnification()));
    const QPointF cursor = window->viewArea().center() + QPointF(-90, 40);
    const QPointF logical = (cursor - window->viewArea().topLeft()) / window->magnification();
    const QPointF before = window->diagramCamera()->toWorld(logical, area);
    window->zoomBy(3.0, cursor);
    EXPECT_NEAR(window->zoom(), 3.0, 1e-9);
    const QPointF after = window->diagramCamera()->toWorld(logical, area);
    EXPECT_NEAR(QLineF(before, after).length(), 0, 1e-6);
    QTest::keyClick(window.get(), Qt::Key_R);
    EXPECT_DOUBLE_EQ(window->zoom(), 1.0);
}

TEST(PresentationLayout, LargeTypeAtFullHd) {
    PresentationWindow window(Catalogue::embedded(), embeddedTour());
    window.resize(1920, 1080);
    EXPECT_GE(window.bodyPixelSize(), 24.0);
    // The picture gets most of the screen; the caption band fits below it.
    const QRectF view = window.viewArea();
    const QRectF caption = window.captionArea();
    EXPECT_GT(view.height(), 1080 * 0.45);
    EXPECT_LE(view.bottom(), caption.top());
    EXPECT_LE(caption.bottom(), 1080);
    for (int i = 0; i < embeddedTour().stepCount(); ++i) {
        window.controller().goTo(i);
        EXPECT_GT(window.viewArea().height(), 1080 * 0.4) << "step " << i + 1;
    }
}

TEST(TourActions, F5StartsThePresentationAndEscapeComesBack) {
    QMainWindow main;
    TourActions actions(Catalogue::embedded(), &main);
    main.menuBar()->addMenu("&View")->addAction(actions.presentAction());
    main.menuBar()->addMenu("&File")->addAction(actions.exportAction());
    main.resize(640, 480);
    main.show();
    main.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&main));
    EXPECT_EQ(actions.presentAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QTest::keyClick(&main, Qt::Key_F5);
    ASSERT_NE(actions.presentation(), nullptr);
    EXPECT_TRUE(actions.presentation()->isVisible());
    EXPECT_EQ(actions.presentation()->controller().currentStep(), 0);
    QTest::keyClick(actions.presentation(), Qt::Key_Right);
    QTest::keyClick(actions.presentation(), Qt::Key_Escape);
    EXPECT_FALSE(actions.presentation()->isVisible());
    // Again from the start, in the same window.
    actions.presentAction()->trigger();
    EXPECT_TRUE(actions.presentation()->isVisible());
    EXPECT_EQ(actions.presentation()->controller().currentStep(), 0);
    QTest::keyClick(actions.presentation(), Qt::Key_F5); // clickers alternate F5 and Esc
    EXPECT_FALSE(actions.presentation()->isVisible());
}

TEST(TourActions, ATourThatDoesNotFitTheDataIsReportedNotShown) {
    // Data without one of the figures the tour cites (as a --data file might be).
    const Catalogue &embedded = Catalogue::embedded();
    QList<Figure> figures = embedded.figures();
    figures.removeIf([](const Figure &f) { return f.id == u"racks_total"; });
    const Catalogue partial(embedded.sources(), figures, embedded.facts());
    QWidget window;
    TourActions actions(partial, &window);
    actions.setQuiet(true);
    actions.presentAction()->trigger();
    EXPECT_EQ(actions.presentation(), nullptr);
    EXPECT_TRUE(actions.problems().contains("racks_total")) << actions.problems().toStdString();
    EXPECT_TRUE(actions.problems().contains("steps[0]")) << actions.problems().toStdString();
}

// The presenter's tools: pointer, spotlight, ink, overview, help.
TEST_F(Presentation, LShowsAPointerDotThatFollowsTheMouse) {
    window->setAnimated(false);
    const QPoint at = window->viewArea().center().toPoint();
    QTest::mouseMove(window.get(), at);
    const QImage before = window->grab().toImage();
    QTest::keyClick(window.get(), Qt::Key_L);
    EXPECT_EQ(window->tools().pointer(), PresenterTools::Pointer::Dot);
    QTest::mouseMove(window.get(), at + QPoint(3, 0));
    QTest::mouseMove(window.get(), at);
    const QImage dot = window->grab().toImage();
    const QColor centre = dot.pixelColor(at);
    EXPECT_GT(centre.red(), 200);
    EXPECT_LT(centre.green(), 80);
    EXPECT_NE(before.pixelColor(at), centre);
    EXPECT_EQ(window->controller().currentStep(), 0); // a pointer key does not advance
    QTest::keyClick(window.get(), Qt::Key_L);
    EXPECT_EQ(window->tools().pointer(), PresenterTools::Pointer::Off);
}

TEST_F(Presentation, SDimsAllButTheSpotlight) {
    const QPoint at = window->viewArea().center().toPoint();
    const QImage before = window->grab().toImage();
    QTest::keyClick(window.get(), Qt::Key_S);
    QTest::mouseMove(window.get(), at + QPoint(3, 0));
    QTest::mouseMove(window.get(), at);
    const QImage lit = window->grab().toImage();
    EXPECT_EQ(lit.pixelColor(at), before.pixelColor(at));
    const QPoint corner(5, 5);
    EXPECT_LT(lit.pixelColor(corner).lightness(), before.pixelColor(corner).lightness() - 60);
}

TEST_F(Presentation, APressWhileDrawingDrawsAndDoesNotAdvance) {
    QTest::keyClick(window.get(), Qt::Key_D);
    ASSERT_TRUE(window->tools().isDrawing());
    const QPoint start = window->viewArea().center().toPoint();
    // A plain click (what a pen tap becomes) and a stroke.
    QTest::mouseClick(window.get(), Qt::LeftButton, {}, start);
    QTest::mousePress(window.get(), Qt::LeftButton, {}, start);
    for (int i = 1; i <= 5; ++i) {
        QMouseEvent move(QEvent::MouseMove, start + QPoint(20 * i, 10 * i),
                         window->mapToGlobal(start + QPoint(20 * i, 10 * i)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &move);
    }
    QTest::mouseRelease(window.get(), Qt::LeftButton, {}, start + QPoint(100, 50));
    EXPECT_EQ(window->controller().currentStep(), 0);
    EXPECT_FALSE(window->controller().isExploring()); // ink is not a pan
    ASSERT_EQ(window->tools().strokes().size(), 2);
    EXPECT_GE(window->tools().strokes().last().size(), 5);
    // The ink is on the slide.
    const QImage inked = window->grab().toImage();
    const QColor ink = inked.pixelColor(start + QPoint(60, 30));
    EXPECT_GT(ink.red(), 180);
    EXPECT_LT(ink.green(), 90);
    // C clears it; a new stroke clears when the step changes.
    QTest::keyClick(window.get(), Qt::Key_C);
    EXPECT_TRUE(window->tools().strokes().isEmpty());
    QTest::mouseClick(window.get(), Qt::LeftButton, {}, start);
    EXPECT_EQ(window->tools().strokes().size(), 1);
    QTest::keyClick(window.get(), Qt::Key_Right);
    EXPECT_EQ(window->controller().currentStep(), 1);
    EXPECT_TRUE(window->tools().strokes().isEmpty());
    // D again: a click goes forward once more.
    QTest::keyClick(window.get(), Qt::Key_D);
    QTest::mouseClick(window.get(), Qt::LeftButton, {}, start);
    EXPECT_EQ(window->controller().currentStep(), 2);
}

TEST_F(Presentation, APenTapNeverAdvances) {
    const QPointF at = window->viewArea().center();
    const auto tablet = [&](QEvent::Type type, Qt::MouseButtons buttons) {
        QTabletEvent event(type, QPointingDevice::primaryPointingDevice(), at,
                           window->mapToGlobal(at), 0.5, 0, 0, 0, 0, 0, Qt::NoModifier,
                           Qt::LeftButton, buttons);
        QApplication::sendEvent(window.get(), &event);
        return event.isAccepted();
    };
    EXPECT_TRUE(tablet(QEvent::TabletPress, Qt::LeftButton));
    EXPECT_TRUE(tablet(QEvent::TabletRelease, Qt::NoButton));
    EXPECT_EQ(window->controller().currentStep(), 0);
    QTest::keyClick(window.get(), Qt::Key_D);
    tablet(QEvent::TabletPress, Qt::LeftButton);
    tablet(QEvent::TabletRelease, Qt::NoButton);
    EXPECT_EQ(window->controller().currentStep(), 0);
    EXPECT_EQ(window->tools().strokes().size(), 1);
}

TEST_F(Presentation, OverviewPicksAStepWithArrowsAndReturn) {
    QTest::keyClick(window.get(), Qt::Key_O);
    ASSERT_TRUE(window->isOverviewShown());
    const QList<QRectF> cells = window->overviewCells();
    ASSERT_EQ(cells.size(), embeddedTour().stepCount());
    for (const QRectF &cell : cells)
        EXPECT_TRUE(QRectF(window->rect()).contains(cell));
    // Right moves the selection, not the slide.
    QTest::keyClick(window.get(), Qt::Key_Right);
    QTest::keyClick(window.get(), Qt::Key_Right);
    EXPECT_EQ(window->controller().currentStep(), 0);
    QTest::keyClick(window.get(), Qt::Key_Down);
    const int picked = window->overviewSelection();
    EXPECT_GT(picked, 2); // one row down
    QTest::keyClick(window.get(), Qt::Key_Return);
    EXPECT_FALSE(window->isOverviewShown());
    EXPECT_EQ(window->controller().currentStep(), picked);
    // Esc closes the overview without leaving or moving.
    QTest::keyClick(window.get(), Qt::Key_O);
    QTest::keyClick(window.get(), Qt::Key_Left);
    QTest::keyClick(window.get(), Qt::Key_Escape);
    EXPECT_FALSE(window->isOverviewShown());
    EXPECT_EQ(window->controller().currentStep(), picked);
    EXPECT_TRUE(window->isVisible());
    // A click on a thumbnail picks it.
    QTest::keyClick(window.get(), Qt::Key_O);
    QTest::mouseClick(window.get(), Qt::LeftButton, {},
                      window->overviewCells().at(1).center().toPoint());
    EXPECT_EQ(window->controller().currentStep(), 1);
}

TEST_F(Presentation, QuestionMarkShowsHelpListingEveryKey) {
    QTest::keyClick(window.get(), Qt::Key_Question, Qt::NoModifier);
    EXPECT_TRUE(window->isHelpShown());
    QTest::keyClick(window.get(), Qt::Key_Right); // closes the help, does not advance
    EXPECT_FALSE(window->isHelpShown());
    EXPECT_EQ(window->controller().currentStep(), 0);
    QList<int> listed;
    for (const PresentationWindow::HelpEntry &e : PresentationWindow::helpEntries()) {
        EXPECT_FALSE(e.keyText.isEmpty());
        EXPECT_FALSE(e.action.isEmpty());
        listed += e.keys;
    }
    for (int key = 0x20; key <= 0x7e; ++key) {
        if (PresentationWindow::isPresentationKey(key)) {
            EXPECT_TRUE(listed.contains(key)) << "key " << key << " missing from the help";
        }
    }
    for (int key = Qt::Key_Escape; key <= Qt::Key_F35; ++key) {
        if (PresentationWindow::isPresentationKey(key)) {
            EXPECT_TRUE(listed.contains(key)) << "key " << key << " missing from the help";
        }
    }
}

TEST_F(Presentation, ThePresenterViewMovesTheRoomsPointer) {
    window->togglePresenterView(); // one screen: shown over the slide, to rehearse
    PresenterView *view = window->presenterView();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view));
    QTest::keyClick(view, Qt::Key_L);
    EXPECT_EQ(window->tools().pointer(), PresenterTools::Pointer::Dot);
    const QRectF slide = view->currentSlideRect();
    ASSERT_FALSE(slide.isEmpty());
    const QPointF at = slide.topLeft() + QPointF(slide.width() * 0.25, slide.height() * 0.75);
    // Sent to the view itself: under offscreen, QTest moves the one cursor over whichever of
    // the two full-screen windows the platform puts first.
    QMouseEvent move(QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view, &move);
    ASSERT_TRUE(window->tools().hasPosition());
    EXPECT_NEAR(window->tools().position().x(), 0.25, 0.01);
    EXPECT_NEAR(window->tools().position().y(), 0.75, 0.01);
    // The dot is on both: the room's slide and the presenter's copy.
    const QPoint onRoom(int(window->width() * 0.25), int(window->height() * 0.75));
    EXPECT_GT(window->grab().toImage().pixelColor(onRoom).red(), 200);
    EXPECT_LT(window->grab().toImage().pixelColor(onRoom).green(), 80);
    EXPECT_GT(view->grab().toImage().pixelColor(at.toPoint()).red(), 200);
    EXPECT_LT(view->grab().toImage().pixelColor(at.toPoint()).green(), 80);
    QTest::keyClick(view, Qt::Key_Right); // the tour's keys work from the presenter view
    EXPECT_EQ(window->controller().currentStep(), 1);
    QTest::keyClick(view, Qt::Key_P);
    EXPECT_FALSE(view->isVisible());
}

TEST(PresenterView, ShowsTheNotesAndPacingFromTheTour) {
    TourController controller(embeddedTour().stepCount());
    PresenterView view(Catalogue::embedded(), embeddedTour(), &controller);
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const TourStep &first = embeddedTour().steps.first();
    ASSERT_FALSE(first.notes.isEmpty());
    ASSERT_GT(first.seconds, 0);
    EXPECT_FALSE(view.notesText().isEmpty());
    EXPECT_FALSE(view.notesText().contains(u'{')); // placeholders filled in
    EXPECT_TRUE(view.stepTimerText().endsWith(Pacing::clockText(first.seconds)));
    EXPECT_EQ(view.stepTimerColour(), Pacing::colour(Pacing::State::OnTime));
    controller.next();
    EXPECT_TRUE(
        view.totalTimerText().endsWith(Pacing::clockText(embeddedTour().plannedSecondsBefore(2))));
    QSignalSpy swap(&view, &PresenterView::swapRequested);
    QTest::mouseClick(view.swapButton(), Qt::LeftButton);
    EXPECT_EQ(swap.count(), 1);
}

TEST(PresentationRoom, NotesAreNeverShownToTheRoom) {
    Tour withNotes = embeddedTour();
    Tour without = embeddedTour();
    for (TourStep &step : without.steps)
        step.notes.clear();
    for (TourStep &step : withNotes.steps)
        step.notes = QStringLiteral("SECRET SPEAKER NOTE that would be visible");
    PresentationWindow a(Catalogue::embedded(), withNotes);
    PresentationWindow b(Catalogue::embedded(), without);
    for (PresentationWindow *w : {&a, &b}) {
        w->setAnimated(false);
        w->resize(1280, 720);
    }
    for (int i = 0; i < embeddedTour().stepCount(); ++i) {
        a.controller().goTo(i);
        b.controller().goTo(i);
        EXPECT_EQ(a.grab().toImage(), b.grab().toImage()) << "step " << i;
    }
}

TEST(PresenterView, FollowsTheControllerAndShowsTheTime) {
    TourController controller(embeddedTour().stepCount());
    PresenterView view(Catalogue::embedded(), embeddedTour(), &controller);
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_TRUE(QRegularExpression("^\\d\\d:\\d\\d$").match(view.clockText()).hasMatch());
    // Since the view was shown, under a minute even in a slow sanitizer build.
    EXPECT_LT(view.elapsedSeconds(), 60);
    EXPECT_TRUE(QRegularExpression("^00:\\d\\d$").match(view.elapsedText()).hasMatch())
        << view.elapsedText().toStdString();
    const QImage first = view.grab().toImage();
    controller.next();
    const QImage second = view.grab().toImage();
    EXPECT_NE(first, second);
}

} // namespace
