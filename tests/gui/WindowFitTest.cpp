// The first start on a laptop screen: the window, its docks and its labels fit the screen in
// English and in German (the longest labels). Run once per screen size: ctest registers this
// binary with COLOSSUS_TEST_SCREEN=1024x768, 1280x720, 1366x768 and 1920x1080 (see
// tests/common/gtest_main.cpp), so the offscreen screen is that laptop's.
#include "MainWindow.h"

#include "diagram/DiagramView.h"
#include "language/Language.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <gtest/gtest.h>

#include "FreshSettings.h"

#include <sstream>

using namespace colossus;

namespace {

// Fresh settings, and the interface language of the test case for as long as it runs.
class WindowFit : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override {
        m_config = std::make_unique<FreshSettings>(QStringLiteral("window-fit-test"));
        ASSERT_TRUE(m_config->isValid());
        Language::install(qApp, QString::fromLatin1(GetParam()));
    }
    void TearDown() override {
        // Language::install adds translators; take them out so the next case starts in English.
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        Language::install(qApp, QStringLiteral("en"));
    }

    std::unique_ptr<MainWindow> openWindow() {
        auto window = std::make_unique<MainWindow>(Catalogue::embedded(), GuiOptions{});
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QTest::qWait(20); // the deferred dock check
        return window;
    }

    std::unique_ptr<FreshSettings> m_config;
};

QString describe(const QRect &r) {
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// The widgets whose minimum size hint is widest or tallest: what keeps the window from fitting.
std::string widestWidgets(const QWidget &window) {
    std::ostringstream out;
    for (const QWidget *w : window.findChildren<QWidget *>()) {
        const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (w->isVisible() && (min.width() > 300 || min.height() > 250))
            out << "\n  " << w->metaObject()->className() << " '" << w->objectName().toStdString()
                << "' needs " << min.width() << "x" << min.height();
    }
    return out.str();
}

// A label, button or box squeezed below its minimum size or reaching past its parent's
// edge: its text is cut.
std::string clippedControls(const QWidget &window) {
    std::ostringstream out;
    for (const QWidget *w : window.findChildren<QWidget *>()) {
        const auto *label = qobject_cast<const QLabel *>(w);
        const bool control = (label && !label->wordWrap() && !label->text().isEmpty()) ||
                             qobject_cast<const QAbstractButton *>(w) ||
                             qobject_cast<const QComboBox *>(w);
        const QWidget *parent = w->parentWidget();
        // A dock's float and close buttons are drawn smaller than their hint by Qt itself.
        if (w->inherits("QDockWidgetTitleButton"))
            continue;
        // Inside a scroll area's viewport, reaching past the edge is what scrolling is for.
        if (!control || !w->isVisible() || !parent ||
            qobject_cast<const QAbstractScrollArea *>(parent->parentWidget()))
            continue;
        const QSize min = w->minimumSizeHint();
        if (w->width() < min.width() || w->height() < min.height() ||
            !parent->rect().contains(w->geometry()))
            out << "\n  " << w->metaObject()->className() << " '" << w->objectName().toStdString()
                << "' " << (label ? label->text() : w->accessibleName()).left(40).toStdString()
                << " at " << describe(w->geometry()).toStdString() << ", needs " << min.width()
                << "x" << min.height() << " in " << describe(parent->rect()).toStdString();
    }
    return out.str();
}

} // namespace

TEST_P(WindowFit, TheFirstStartFitsTheScreenAndNothingIsClipped) {
    auto window = openWindow();
    const QRect available = window->screen()->availableGeometry();
    // The window can be as small as the screen...
    const QSize min = window->minimumSizeHint();
    EXPECT_LE(min.width(), available.width()) << widestWidgets(*window);
    EXPECT_LE(min.height(), available.height()) << widestWidgets(*window);
    // ...and is: all of it is on the screen.
    EXPECT_TRUE(available.contains(window->frameGeometry()))
        << describe(window->frameGeometry()).toStdString() << " on "
        << describe(available).toStdString();
    // The diagram has at least half of the window, and both docks are shown.
    const QWidget *diagram = window->diagramView();
    EXPECT_GE(diagram->width() * 2, window->width() - 8);
    EXPECT_GE(diagram->height() * 2, window->height() - 80);
    for (const char *dock : {"chartsDock", "sourcesDock"}) {
        const auto *d = window->findChild<QDockWidget *>(QString::fromLatin1(dock));
        ASSERT_NE(d, nullptr);
        EXPECT_TRUE(d->isVisible()) << dock;
        EXPECT_TRUE(window->rect().contains(d->geometry())) << dock;
    }
    // The tool bar shows all its buttons (no » menu of the ones that did not fit).
    for (const QToolBar *bar : window->findChildren<QToolBar *>()) {
        const auto *more = bar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"));
        EXPECT_FALSE(more && more->isVisible()) << bar->objectName().toStdString();
    }
    EXPECT_EQ(clippedControls(*window), "");
}

TEST_P(WindowFit, ALayoutSavedOnALargeMonitorOpensWhole) {
    {
        auto window = openWindow();
        window->setGeometry(600, 300, 2560, 1440); // as if saved on a 2560x1440 monitor
        QCoreApplication::processEvents();
        window->close(); // saves the geometry and the docks
    }
    auto window = openWindow();
    const QRect available = window->screen()->availableGeometry();
    EXPECT_TRUE(available.contains(window->frameGeometry()))
        << describe(window->frameGeometry()).toStdString() << " on "
        << describe(available).toStdString();
    EXPECT_GE(window->diagramView()->width() * 2, window->width() - 8);
    EXPECT_EQ(clippedControls(*window), "");
}

INSTANTIATE_TEST_SUITE_P(Languages, WindowFit, ::testing::Values("en", "de"));
