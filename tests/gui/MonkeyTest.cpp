// A seeded random GUI exerciser (issue 12): keys (every shortcut of every action included),
// clicks, double clicks, wheel turns, drags, resizes, scenario, chart and theme switches, and
// dialogs opened and cancelled, on the main window and the presentation window it opens with
// F5. After each batch it checks what must always hold: the view path parses, the selected
// figure exists, the window answers within a few seconds, and Qt printed no warning about
// painting outside paint events.
//
//   COLOSSUS_MONKEY_EVENTS  how many events (default 10000; CI's sanitizer build uses fewer)
//   COLOSSUS_MONKEY_SEED    replay a run: a failure prints the seed it used
#include "MainWindow.h"

#include "catalogue/Catalogue.h"
#include "charts/ChartsPanel.h"
#include "diagram/DiagramView.h"
#include "diagram/ViewPath.h"
#include "sources/SourcesBrowser.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QMenu>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>
#include <gtest/gtest.h>

#include "FreshSettings.h"

using namespace colossus;

namespace {

// Warnings Qt prints when something paints outside a paint event or recursively.
QStringList g_paintWarnings;
QtMessageHandler g_previousHandler = nullptr;

void recordPaintWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text) {
    if (type != QtDebugMsg && type != QtInfoMsg &&
        (text.contains(u"QPainter"_qs) || text.contains(u"paintEvent"_qs) ||
         text.contains(u"Recursive repaint"_qs) || text.contains(u"paint device"_qs)))
        g_paintWarnings.append(text);
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

quint32 seedFromEnvironment() {
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("COLOSSUS_MONKEY_SEED").toUInt(&ok);
    return ok ? seed : QRandomGenerator::system()->generate();
}

int eventsFromEnvironment() {
    bool ok = false;
    const int count = qEnvironmentVariableIntValue("COLOSSUS_MONKEY_EVENTS", &ok);
    return ok && count > 0 ? count : 10000;
}

class Monkey {
public:
    Monkey(MainWindow &window, quint32 seed)
        : m_window(window)
        , m_random(seed) {
        // Every shortcut the window's actions answer to, except Quit (tested at the end).
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &keys : action->shortcuts()) {
                if (keys != QKeySequence(Qt::CTRL | Qt::Key_Q) && !m_shortcuts.contains(keys))
                    m_shortcuts.append(keys);
            }
        }
    }

    const QList<QKeySequence> &shortcuts() const { return m_shortcuts; }

    void step() {
        QWidget *target = topLevel();
        switch (m_random.bounded(12)) {
        case 0:
        case 1:
            shortcut();
            break;
        case 2:
        case 3:
            key(target);
            break;
        case 4:
        case 5:
            click(target, false);
            break;
        case 6:
            click(target, true);
            break;
        case 7:
            wheel(target);
            break;
        case 8:
            drag(target);
            break;
        case 9:
            resize(target);
            break;
        case 10:
            comboBox(target);
            break;
        case 11:
            theme();
            break;
        }
    }

private:
    // The presentation window when it is showing (it covers the screen), else the main window.
    QWidget *topLevel() {
        QWidget *active = QApplication::activeWindow();
        if (active && active->isVisible() && !qobject_cast<QDialog *>(active) &&
            !qobject_cast<QMenu *>(active))
            return active;
        return &m_window;
    }

    QPoint somewhere(QWidget *widget) {
        return QPoint(int(m_random.bounded(std::max(1, widget->width()))),
                      int(m_random.bounded(std::max(1, widget->height()))));
    }

    // The deepest visible child under a random point of the window.
    std::pair<QWidget *, QPoint> childAt(QWidget *window) {
        const QPoint at = somewhere(window);
        QWidget *child = window->childAt(at);
        if (!child)
            return {window, at};
        return {child, child->mapFrom(window, at)};
    }

    void shortcut() {
        if (m_shortcuts.isEmpty())
            return;
        const QKeyCombination keys = m_shortcuts.at(m_random.bounded(m_shortcuts.size()))[0];
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : topLevel();
        QTest::keyClick(focus, keys.key(), keys.keyboardModifiers());
    }

    void key(QWidget *window) {
        static const Qt::Key keys[] = {
            Qt::Key_Left,   Qt::Key_Right,    Qt::Key_Up,        Qt::Key_Down,   Qt::Key_Return,
            Qt::Key_Enter,  Qt::Key_Space,    Qt::Key_Backspace, Qt::Key_Home,   Qt::Key_End,
            Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Escape,    Qt::Key_Tab,    Qt::Key_Backtab,
            Qt::Key_Plus,   Qt::Key_Minus,    Qt::Key_0,         Qt::Key_1,      Qt::Key_7,
            Qt::Key_B,      Qt::Key_W,        Qt::Key_R,         Qt::Key_Period, Qt::Key_F5,
            Qt::Key_A,      Qt::Key_Z,        Qt::Key_Delete,    Qt::Key_F1,     Qt::Key_Menu};
        static const Qt::KeyboardModifiers modifiers[] = {Qt::NoModifier,      Qt::NoModifier,
                                                          Qt::NoModifier,      Qt::ShiftModifier,
                                                          Qt::ControlModifier, Qt::AltModifier};
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus->window() != window)
            focus = window;
        QTest::keyClick(focus, keys[m_random.bounded(int(std::size(keys)))],
                        modifiers[m_random.bounded(int(std::size(modifiers)))]);
    }

    void click(QWidget *window, bool twice) {
        const auto [widget, at] = childAt(window);
        const Qt::MouseButton button = m_random.bounded(5) == 0 ? Qt::RightButton : Qt::LeftButton;
        if (twice)
            QTest::mouseDClick(widget, button, Qt::NoModifier, at);
        else
            QTest::mouseClick(widget, button, Qt::NoModifier, at);
    }

    void wheel(QWidget *window) {
        const auto [widget, at] = childAt(window);
        const int delta = (m_random.bounded(2) ? 1 : -1) * 120 * int(1 + m_random.bounded(3));
        QWheelEvent event(QPointF(at), QPointF(widget->mapToGlobal(at)), QPoint(), QPoint(0, delta),
                          Qt::NoButton,
                          m_random.bounded(4) == 0 ? Qt::ControlModifier : Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &event);
    }

    void drag(QWidget *window) {
        auto [widget, at] = childAt(window);
        QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, at);
        for (int i = 0; i < 4; ++i) {
            at += QPoint(int(m_random.bounded(81)) - 40, int(m_random.bounded(81)) - 40);
            QTest::mouseMove(widget, at);
        }
        QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, at);
    }

    void resize(QWidget *window) {
        window->resize(int(320 + m_random.bounded(1400)), int(240 + m_random.bounded(900)));
    }

    // The scenario and chart pickers (and any other combo box on screen).
    void comboBox(QWidget *window) {
        QList<QComboBox *> boxes;
        for (QComboBox *box : window->findChildren<QComboBox *>()) {
            if (box->isVisible() && box->isEnabled() && box->count() > 0)
                boxes.append(box);
        }
        if (boxes.isEmpty())
            return;
        QComboBox *box = boxes.at(m_random.bounded(boxes.size()));
        box->setCurrentIndex(int(m_random.bounded(box->count())));
    }

    void theme() {
        QList<QAction *> themes;
        for (QAction *action : m_window.findChildren<QAction *>()) {
            if (action->isCheckable() && action->actionGroup() && !action->data().isNull())
                themes.append(action);
        }
        if (!themes.isEmpty())
            themes.at(m_random.bounded(themes.size()))->trigger();
    }

    MainWindow &m_window;
    QRandomGenerator m_random;
    QList<QKeySequence> m_shortcuts;
};

// Closes what the monkey opens and would wait for a person: modal dialogs and popup menus.
class DialogCloser : public QObject {
public:
    DialogCloser() {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [] {
            if (QWidget *popup = QApplication::activePopupWidget())
                popup->close();
            if (QWidget *modal = QApplication::activeModalWidget()) {
                if (auto *dialog = qobject_cast<QDialog *>(modal))
                    dialog->reject();
                else
                    modal->close();
            }
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

// True when the event loop runs a zero timer within five seconds.
bool responds() {
    bool ran = false;
    QTimer::singleShot(0, [&ran] { ran = true; });
    QElapsedTimer clock;
    clock.start();
    while (!ran && clock.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return ran;
}

TEST(Monkey, RandomEventsKeepTheWindowsConsistentAndResponsive) {
    const quint32 seed = seedFromEnvironment();
    const int events = eventsFromEnvironment();
    std::printf("monkey: seed %u, %d events (replay: COLOSSUS_MONKEY_SEED=%u "
                "COLOSSUS_MONKEY_EVENTS=%d)\n",
                seed, events, seed, events);
    std::fflush(stdout);

    // Settings of its own, so the run neither reads nor changes the user's.
    const FreshSettings settings;

    g_paintWarnings.clear();
    g_previousHandler = qInstallMessageHandler(recordPaintWarnings);
    const Catalogue &catalogue = Catalogue::embedded();
    {
        MainWindow window(catalogue, GuiOptions());
        window.resize(1280, 720);
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        Monkey monkey(window, seed);
        EXPECT_GE(monkey.shortcuts().size(), 4);
        DialogCloser closer;

        auto *diagram = window.findChild<DiagramView *>();
        auto *charts = window.findChild<ChartsPanel *>();
        auto *browser = window.findChild<SourcesBrowser *>();
        ASSERT_TRUE(diagram && charts && browser);
        const int batch = 100;
        for (int done = 0; done < events; done += batch) {
            for (int i = 0; i < batch && done + i < events; ++i)
                monkey.step();
            const QString context =
                QStringLiteral("after %1 events (seed %2)").arg(done + batch).arg(seed);
            QString error;
            ASSERT_TRUE(ViewPath::parse(diagram->viewPath(), &error).has_value())
                << qPrintable(context) << ": view path " << qPrintable(diagram->viewPath()) << ": "
                << qPrintable(error);
            for (const QString &figure : {charts->selectedFigure(), browser->currentFigureId()})
                ASSERT_TRUE(figure.isEmpty() || catalogue.figure(figure))
                    << qPrintable(context) << ": selected figure " << qPrintable(figure);
            ASSERT_TRUE(responds()) << qPrintable(context) << ": the window does not respond";
            ASSERT_TRUE(g_paintWarnings.isEmpty())
                << qPrintable(context) << ": " << qPrintable(g_paintWarnings.join(u'\n'));
            if (!window.isVisible()) // a shortcut closed it (none should): open it again
                window.show();
        }

        // Ctrl+Q still quits: first leave the presentation, if it is showing.
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top != &window && top->isVisible() && !qobject_cast<QDialog *>(top))
                top->close();
        }
        QApplication::processEvents();
        QApplication::setActiveWindow(&window); // offscreen: no window manager activates it
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isVisible(); }, 5000))
            << "Ctrl+Q did not close the window (seed " << seed << ")";
    }
    qInstallMessageHandler(g_previousHandler);
}

} // namespace
