// The projector keeps its slide as an image while a step is shown (SlideFrames) and blits it;
// the frame must be the one drawing the slide gives, pixel for pixel, and stay so after
// anything that changes the slide. Every "drawn" reference below is the same window with slide
// images off.
#include "PresentationWindow.h"

#include "catalogue/Catalogue.h"
#include "catalogue/FigureFormat.h"
#include "catalogue/LocalizedText.h"
#include "language/Language.h"
#include "tour/TourStepPicture.h"

#include <QApplication>
#include <QKeyEvent>
#include <functional>
#include <gtest/gtest.h>

#include "EmbeddedTour.h"
#include "FreshSettings.h"
#include "SameFrame.h"

using namespace colossus;

namespace {

// The window's frame as the screen gets it, in an image first filled with a colour no slide
// has, so a pixel the frame leaves unpainted shows.
// At the window's pixel ratio, as its screen (ctest runs these tests at 1 and at 2).
QImage frame(PresentationWindow &window) {
    const qreal ratio = window.devicePixelRatio();
    QImage image(window.size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(QColor(255, 0, 255));
    window.render(&image);
    return image;
}

// The frame drawn without a kept slide; slide images are on again afterwards (and empty).
QImage drawnFrame(PresentationWindow &window) {
    window.setSlideImagesEnabled(false);
    QImage image = frame(window);
    EXPECT_FALSE(window.lastFrameReusedSlide());
    window.setSlideImagesEnabled(true);
    return image;
}

int findStep(bool chart) {
    const Tour &tour = embeddedTour();
    for (int i = 0; i < tour.stepCount(); ++i) {
        if (tour.steps.at(i).isChart() == chart)
            return i;
    }
    return -1;
}

struct SlideCase {
    const char *name;
    bool chart;
    bool dark;
};

void PrintTo(const SlideCase &c, std::ostream *os) {
    *os << c.name;
}

class KeptSlide : public ::testing::TestWithParam<SlideCase> {
protected:
    FreshSettings settings;
};

TEST_P(KeptSlide, IsTheDrawnFrame) {
    const SlideCase &c = GetParam();
    PresentationWindow window(Catalogue::embedded(), embeddedTour());
    window.setAnimated(false);
    window.resize(1280, 720);
    window.setTheme(c.dark ? Theme::dark() : Theme::light());
    const int step = findStep(c.chart);
    ASSERT_GE(step, 0);
    window.controller().goTo(step);

    const QImage first = frame(window); // draws the slide and keeps it
    EXPECT_FALSE(window.lastFrameReusedSlide());
    const QList<LinkZone> zones = window.linkZones();
    const QImage kept = frame(window);
    EXPECT_TRUE(window.lastFrameReusedSlide());
    const QImage drawn = drawnFrame(window);
    expectSameImage(first, drawn, "the frame that drew the slide");
    expectSameImage(kept, drawn, "the frame from the kept slide");
    expectSameZones(zones, window.linkZones(), "link zones");
    if (!c.chart) {
        EXPECT_FALSE(zones.isEmpty());
    }

    // The pointer moves over the kept slide: only the dot is drawn again.
    window.tools().togglePointer(PresenterTools::Pointer::Dot);
    window.tools().setPosition({0.3, 0.4});
    frame(window);
    window.tools().setPosition({0.6, 0.5});
    const QImage moved = frame(window);
    EXPECT_TRUE(window.lastFrameReusedSlide());
    expectSameImage(moved, drawnFrame(window), "the pointer over the kept slide");

    // The spotlight over the kept slide (kept dimmed too), also half off the screen.
    window.tools().togglePointer(PresenterTools::Pointer::Spotlight);
    for (const QPointF at : {QPointF(0.5, 0.45), QPointF(0.02, 0.97), QPointF(0.99, 0.01)}) {
        window.tools().setPosition(at);
        frame(window);
        const QImage lit = frame(window);
        EXPECT_TRUE(window.lastFrameReusedSlide());
        expectSameImage(lit, drawnFrame(window),
                        "the spotlight at " + std::to_string(at.x()) + "," +
                            std::to_string(at.y()));
    }
}

const SlideCase slideCases[] = {
    {"diagram_light", false, false},
    {"diagram_dark", false, true},
    {"chart_light", true, false},
    {"chart_dark", true, true},
};

INSTANTIATE_TEST_SUITE_P(Steps, KeptSlide, ::testing::ValuesIn(slideCases),
                         [](const auto &info) { return std::string(info.param.name); });

void typeDigit(PresentationWindow &window, int digit) {
    const QKeyEvent key(QEvent::KeyPress, Qt::Key_0 + digit, Qt::NoModifier,
                        QString(QChar(u'0' + digit)));
    window.controller().handleKey(key);
}

// Each change, made after a slide was kept: the next frame is the drawn one.
struct Change {
    const char *name;
    std::function<void(PresentationWindow &)> apply;
};

TEST(KeptSlide, FollowsEveryChange) {
    FreshSettings settings;
    PresentationWindow window(Catalogue::embedded(), embeddedTour());
    window.setAnimated(false);
    window.resize(1280, 720);
    window.controller().goTo(0);
    const std::vector<Change> changes = {
        {"dark theme",
         [](PresentationWindow &w) {
             w.setTheme(Theme::dark());
         }},
        {"next step",
         [](PresentationWindow &w) {
             w.controller().next();
         }},
        {"German",
         [](PresentationWindow &) {
             Language::install(qApp, QStringLiteral("de"));
         }},
        {"a chart step",
         [](PresentationWindow &w) {
             w.controller().goTo(findStep(true));
         }},
        {"English",
         [](PresentationWindow &) {
             Language::install(qApp, QStringLiteral("en"));
         }},
        {"smaller window",
         [](PresentationWindow &w) {
             w.resize(1024, 768);
         }},
        {"pointer dot on",
         [](PresentationWindow &w) {
             w.tools().togglePointer(PresenterTools::Pointer::Dot);
             w.tools().setPosition({0.5, 0.5});
         }},
        {"spotlight",
         [](PresentationWindow &w) {
             w.tools().togglePointer(PresenterTools::Pointer::Spotlight);
         }},
        {"pointer off",
         [](PresentationWindow &w) {
             w.tools().togglePointer(PresenterTools::Pointer::Spotlight);
         }},
        {"passage open",
         [](PresentationWindow &w) {
             w.openPassageAt(0);
         }},
        {"passage closed",
         [](PresentationWindow &w) {
             w.controller().returnToStep();
         }},
        {"a diagram step",
         [](PresentationWindow &w) {
             w.controller().goTo(1);
         }},
        {"zoomed in",
         [](PresentationWindow &w) {
             w.zoomBy(1.5, w.viewArea().center() + QPointF(20, 10));
         }},
        {"a part's passage",
         [](PresentationWindow &w) {
             ASSERT_FALSE(w.linkZones().isEmpty());
             const LinkZone zone = w.linkZones().first();
             w.openPassageFor(zone.id, zone.isFact);
         }},
        {"back to the step",
         [](PresentationWindow &w) {
             w.controller().returnToStep();
         }},
        {"typed step number",
         [](PresentationWindow &w) {
             typeDigit(w, 3);
         }},
        {"black screen",
         [](PresentationWindow &w) {
             w.controller().setBlank(TourController::Blank::Black);
         }},
        {"screen back",
         [](PresentationWindow &w) {
             w.controller().setBlank(TourController::Blank::None);
         }},
        {"light theme",
         [](PresentationWindow &w) {
             w.setTheme(Theme::light());
         }},
        {"ink",
         [](PresentationWindow &w) {
             w.tools().setDrawing(true);
             w.tools().beginStroke({0.2, 0.2});
             w.tools().extendStroke({0.4, 0.3});
         }},
    };
    for (const Change &change : changes) {
        frame(window); // a slide is kept
        change.apply(window);
        const QImage next = frame(window);
        const QList<LinkZone> zones = window.linkZones();
        expectSameImage(next, drawnFrame(window), change.name);
        expectSameZones(zones, window.linkZones(), change.name);
    }
    Language::install(qApp, QStringLiteral("en"));
}

// After a step change the frames in between are the animation's; the frame at rest is the
// slide's, exactly.
TEST(KeptSlide, EndsEveryTransitionOnTheDrawnFrame) {
    FreshSettings settings;
    PresentationWindow window(Catalogue::embedded(), embeddedTour());
    window.resize(1280, 720);
    window.setAnimated(true);
    int flights = 0, fades = 0;
    for (int i = 0; i < embeddedTour().stepCount(); ++i) {
        frame(window);
        window.controller().goTo(i);
        if (i > 0) {
            ASSERT_TRUE(window.isTransitioning()) << i;
            (window.isFlying() ? flights : fades) += 1;
        }
        const int duration = window.transitionMs();
        for (int ms : {0, duration / 3, duration / 2}) {
            window.seekTransition(ms);
            const QImage between = frame(window);
            if (i > 0) {
                EXPECT_TRUE(window.linkZones().isEmpty()) << "the view moves, step " << i;
            }
            EXPECT_NE(between.pixelColor(0, 0), QColor(255, 0, 255)) << "unpainted, step " << i;
        }
        window.seekTransition(duration);
        EXPECT_FALSE(window.isTransitioning());
        const QImage rest = frame(window);
        EXPECT_TRUE(window.lastFrameReusedSlide()) << i;
        expectSameImage(rest, drawnFrame(window), "at rest on step " + std::to_string(i));
    }
    EXPECT_GT(flights, 0);
    EXPECT_GT(fades, 0);
}

// While a step is shown, the slides of the steps before and after it are drawn (once the
// frame is out, when the event loop is idle): moving to either starts with a blit, and that
// slide is the drawn one.
TEST(KeptSlide, PreparesTheNeighbouringSteps) {
    FreshSettings settings;
    PresentationWindow window(Catalogue::embedded(), embeddedTour());
    window.resize(1280, 720);
    window.setAnimated(false);
    for (int i = 1; i + 1 < embeddedTour().stepCount(); i += 3) {
        window.controller().goTo(i);
        frame(window);
        QCoreApplication::processEvents();
        for (const int neighbour : {i + 1, i - 1}) {
            window.controller().goTo(neighbour);
            const QImage prepared = frame(window);
            EXPECT_TRUE(window.lastFrameReusedSlide()) << "step " << neighbour;
            expectSameImage(prepared, drawnFrame(window),
                            "prepared step " + std::to_string(neighbour));
            window.controller().goTo(i);
            frame(window);
            QCoreApplication::processEvents();
        }
    }
    // Animated: the first frame of the change is already a blit.
    window.setAnimated(true);
    window.controller().goTo(3);
    window.seekTransition(window.transitionMs());
    frame(window);
    QCoreApplication::processEvents();
    window.controller().goTo(4);
    ASSERT_TRUE(window.isTransitioning());
    frame(window);
    EXPECT_TRUE(window.lastFrameReusedSlide());
}

// A cross-fade is the two slides blended: halfway, a pixel that differs between them is
// between the two.
TEST(KeptSlide, CrossFadesTheTwoSlides) {
    FreshSettings settings;
    PresentationWindow window(Catalogue::embedded(), embeddedTour());
    window.resize(1280, 720);
    window.setAnimated(false);
    const int chart = findStep(true);
    window.controller().goTo(chart);
    const QImage from = frame(window);
    window.controller().goTo(chart + 1);
    const QImage to = frame(window);
    window.controller().goTo(chart);
    window.setAnimated(true);
    frame(window);
    window.controller().goTo(chart + 1);
    ASSERT_TRUE(window.isTransitioning());
    ASSERT_FALSE(window.isFlying());
    window.seekTransition(window.transitionMs() / 2);
    const QImage half = frame(window);
    int checked = 0;
    for (int y = 0; y < half.height(); y += 7) {
        for (int x = 0; x < half.width(); x += 7) {
            const QColor a = from.pixelColor(x, y), b = to.pixelColor(x, y);
            const QColor h = half.pixelColor(x, y);
            if (std::abs(a.red() - b.red()) < 100)
                continue;
            ++checked;
            EXPECT_GT(h.red(), std::min(a.red(), b.red()) + 20) << x << "," << y;
            EXPECT_LT(h.red(), std::max(a.red(), b.red()) - 20) << x << "," << y;
        }
    }
    EXPECT_GT(checked, 10);
}

} // namespace
