// The main window as a user meets it: it fits the screen, it is driven by keyboard alone, a
// screen reader can walk the diagram and the charts, Back/Forward, export as expected.
#include "MainWindow.h"
#include "ExportDialog.h"
#include "NavigationHistory.h"
#include "WindowLayout.h"

#include "charts/ChartScene.h"
#include "charts/ChartsPanel.h"
#include "diagram/DiagramCanvas.h"
#include "diagram/DiagramView.h"
#include "diagram/Minimap.h"
#include "diagram/ViewPath.h"
#include "sources/SourceView.h"
#include "sources/SourcesBrowser.h"
#include "style/PaneFocusFrame.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QGraphicsView>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <gtest/gtest.h>

#include "FreshSettings.h"

#include <functional>
#include <iostream>

using namespace colossus;

namespace {

// Every test starts from fresh settings in a folder of its own.
class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_config = std::make_unique<FreshSettings>(QStringLiteral("main-window-test"));
        ASSERT_TRUE(m_config->isValid());
    }

    std::unique_ptr<MainWindow> openWindow(const GuiOptions &options = {}) {
        auto window = std::make_unique<MainWindow>(Catalogue::embedded(), options);
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QTest::qWait(20); // the deferred dock check
        window->diagramView()->canvas()->finishAnimation();
        return window;
    }

    std::unique_ptr<FreshSettings> m_config;
};

// Answers the next modal dialog (a message box) with a button, from the event loop.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr) {
    QTimer::singleShot(50, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

QWidget *focus() {
    return QApplication::focusWidget();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget *target = focus();
    ASSERT_NE(target, nullptr);
    QTest::keyClick(target, Qt::Key(key), modifiers);
    QCoreApplication::processEvents();
}

void settle(MainWindow &window) {
    window.diagramView()->canvas()->finishAnimation();
    window.diagramView()->canvas()->repaint(); // link zones come from painting
    QCoreApplication::processEvents();
}

} // namespace

// ---- Pure layout functions -------------------------------------------------------------

struct ScreenCase {
    QRect available;
};

class FirstStartGeometry : public ::testing::TestWithParam<ScreenCase> {};

TEST_P(FirstStartGeometry, FitsTheAvailableArea) {
    const QRect available = GetParam().available;
    const QRect frame = WindowLayout::firstStartGeometry(available);
    EXPECT_TRUE(available.contains(frame)) << frame.width() << "x" << frame.height();
    EXPECT_GE(frame.width(), std::min(available.width(), 1000));
    EXPECT_GE(frame.height(), std::min(available.height(), 700));
    // The docks leave the diagram at least half of the window.
    const QSize docks = WindowLayout::dockSizes(frame.size());
    EXPECT_LE(docks.width(), frame.width() / 2);
    EXPECT_LE(docks.height(), frame.height() / 2);
}

INSTANTIATE_TEST_SUITE_P(Screens, FirstStartGeometry,
                         ::testing::Values(ScreenCase{{0, 0, 1024, 740}},
                                           ScreenCase{{0, 0, 1280, 692}},
                                           ScreenCase{{0, 0, 1366, 740}},
                                           ScreenCase{{0, 27, 1920, 1053}},
                                           ScreenCase{{1920, 0, 3840, 2160}}));

TEST(WindowLayout, ALayoutSavedOnALargeMonitorOpensWholeOnALaptop) {
    const QRect laptop(0, 0, 1280, 720);
    const QRect r = WindowLayout::clampedToScreen(QRect(600, 300, 2560, 1440), laptop);
    EXPECT_EQ(r, laptop);
    // Off to the right of a second monitor that is gone.
    const QRect moved = WindowLayout::clampedToScreen(QRect(3000, 100, 800, 600), laptop);
    EXPECT_TRUE(laptop.contains(moved));
    EXPECT_EQ(moved.size(), QSize(800, 600));
    // Already inside: unchanged.
    EXPECT_EQ(WindowLayout::clampedToScreen(QRect(10, 10, 500, 400), laptop),
              QRect(10, 10, 500, 400));
}

TEST(WindowLayout, ExportNamesComeFromTheViewAndTheScenario) {
    EXPECT_EQ(WindowLayout::exportBaseName(u"built"_qs, u"group/12/rack/3"_qs),
              u"colossus-built-group-12-rack-3"_qs);
    EXPECT_EQ(WindowLayout::exportBaseName(u"upgrade"_qs, u"cluster"_qs),
              u"colossus-upgrade-cluster"_qs);
    EXPECT_EQ(WindowLayout::exportBaseName({}, u"chart/power"_qs), u"colossus-chart-power"_qs);
}

TEST(NavigationHistory, BackAndForwardAsInABrowser) {
    NavigationHistory h;
    EXPECT_FALSE(h.canGoBack());
    h.visit(u"a"_qs);
    h.visit(u"b"_qs);
    h.visit(u"b"_qs); // the same place again: no new entry
    h.visit(u"c"_qs);
    EXPECT_EQ(h.back(), u"b"_qs);
    EXPECT_EQ(h.back(), u"a"_qs);
    EXPECT_FALSE(h.canGoBack());
    EXPECT_EQ(h.back(), u"a"_qs);
    EXPECT_EQ(h.forward(), u"b"_qs);
    h.visit(u"d"_qs); // drops "c"
    EXPECT_FALSE(h.canGoForward());
    EXPECT_EQ(h.back(), u"b"_qs);
    EXPECT_EQ(h.forward(), u"d"_qs);
}

// ---- The window --------------------------------------------------------------------------

TEST_F(MainWindowTest, FirstStartGivesTheDiagramHalfTheWindowAndEveryDockIsShown) {
    auto window = openWindow();
    EXPECT_GE(window->diagramView()->width() * 2, window->width() - 8);
    EXPECT_GE(window->diagramView()->height() * 2, window->height() - 80);
    EXPECT_TRUE(window->chartsPanel()->isVisible());
    EXPECT_TRUE(window->sourcesBrowser()->isVisible());
}

TEST_F(MainWindowTest, DocksCloseReopenAndResetLayoutBringsThemBack) {
    auto window = openWindow();
    auto *dock = window->findChild<QDockWidget *>(u"chartsDock"_qs);
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->features() & QDockWidget::DockWidgetClosable);
    dock->close();
    EXPECT_FALSE(window->chartsPanel()->isVisible());
    dock->toggleViewAction()->trigger(); // View > Charts
    EXPECT_TRUE(window->chartsPanel()->isVisible());
    dock->close();
    dock->setFloating(false);
    window->resetLayout();
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->chartsPanel()->isVisible());
    EXPECT_EQ(window->dockWidgetArea(dock), Qt::RightDockWidgetArea);
}

TEST_F(MainWindowTest, LastViewScenarioAndChartAreRestored) {
    {
        auto window = openWindow();
        window->diagramView()->setScenario(u"upgrade"_qs);
        ASSERT_TRUE(window->diagramView()->setViewPath(u"group/3/rack/2"_qs, false));
        window->chartsPanel()->setChart(u"power"_qs);
        window->close();
    }
    auto window = openWindow();
    EXPECT_EQ(window->diagramView()->scenarioId(), u"upgrade"_qs);
    EXPECT_EQ(window->diagramView()->viewPath(), u"group/3/rack/2"_qs);
    EXPECT_EQ(window->chartsPanel()->chartId(), u"power"_qs);
    EXPECT_TRUE(window->windowTitle().contains(u"Group 3 > Rack 2"_qs))
        << window->windowTitle().toStdString();
}

TEST_F(MainWindowTest, ACorruptSavedViewIsIgnored) {
    QSettings().setValue(u"view/path"_qs, u"group/99999/rack/-3"_qs);
    QSettings().setValue(u"view/scenario"_qs, u"no-such-scenario"_qs);
    auto window = openWindow();
    EXPECT_EQ(window->diagramView()->viewPath(), u"cluster"_qs);
    EXPECT_FALSE(window->diagramView()->scenarioId().isEmpty());
}

TEST_F(MainWindowTest, BackAndForwardWithActionsAndMouseButtons) {
    auto window = openWindow();
    DiagramView *diagram = window->diagramView();
    ASSERT_TRUE(diagram->setViewPath(u"group/1"_qs, false));
    ASSERT_TRUE(diagram->setViewPath(u"group/1/rack/4"_qs, false));
    EXPECT_TRUE(window->backAction()->isEnabled());
    window->backAction()->trigger();
    EXPECT_EQ(diagram->viewPath(), u"group/1"_qs);
    EXPECT_TRUE(window->forwardAction()->isEnabled());
    // The mouse's back button anywhere in the window.
    QTest::mouseClick(diagram->canvas(), Qt::BackButton);
    EXPECT_EQ(diagram->viewPath(), u"cluster"_qs);
    QTest::mouseClick(diagram->canvas(), Qt::ForwardButton);
    EXPECT_EQ(diagram->viewPath(), u"group/1"_qs);
    window->forwardAction()->trigger();
    EXPECT_EQ(diagram->viewPath(), u"group/1/rack/4"_qs);
    EXPECT_FALSE(window->forwardAction()->isEnabled());
}

TEST_F(MainWindowTest, EveryShortcutOfTheWindowIsListedInTheHelp) {
    auto window = openWindow();
    const auto list = MainWindow::shortcutList();
    QStringList listed;
    for (const auto &entry : list)
        listed << entry.first;
    const QString all = listed.join(u" / "_qs);
    for (QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts()) {
            if (keys == QKeySequence(Qt::Key_Back) || keys == QKeySequence(Qt::Key_Forward))
                continue; // the keyboard's own Back/Forward keys
            const QString text = keys.toString(QKeySequence::PortableText);
            EXPECT_TRUE(all.contains(text))
                << text.toStdString() << " (" << action->text().toStdString() << ") not listed";
        }
    }
}

TEST_F(MainWindowTest, F6CyclesThePanesWithAVisibleFrameAndCtrlFSearches) {
    auto window = openWindow();
    auto *frame = window->findChild<PaneFocusFrame *>();
    window->diagramView()->canvas()->setFocus();
    QCoreApplication::processEvents();
    press(Qt::Key_F6);
    EXPECT_TRUE(window->chartsPanel()->isAncestorOf(focus()));
    frame = window->findChild<PaneFocusFrame *>();
    ASSERT_NE(frame, nullptr);
    EXPECT_EQ(frame->currentPane(), window->chartsPanel());
    EXPECT_TRUE(frame->isVisible());
    EXPECT_EQ(frame->geometry(), window->chartsPanel()->rect());
    press(Qt::Key_F6);
    EXPECT_TRUE(window->sourcesBrowser()->isAncestorOf(focus()));
    EXPECT_EQ(frame->currentPane(), window->sourcesBrowser());
    press(Qt::Key_F6);
    EXPECT_EQ(focus(), window->diagramView()->canvas());
    press(Qt::Key_F6, Qt::ShiftModifier);
    EXPECT_TRUE(window->sourcesBrowser()->isAncestorOf(focus()));
    // Ctrl+F from the diagram goes to the search field.
    window->diagramView()->canvas()->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(focus(), window->sourcesBrowser()->filterEdit());
}

TEST_F(MainWindowTest, TheFigureTableIsOneTabStop) {
    auto window = openWindow();
    QTableView *table = window->sourcesBrowser()->table();
    table->setFocus();
    QCoreApplication::processEvents();
    press(Qt::Key_Down);
    EXPECT_EQ(focus(), table);
    press(Qt::Key_Tab);
    EXPECT_NE(focus(), table);
}

// The done-when test: the whole app by keyboard alone, from the start.
TEST_F(MainWindowTest, DrivenByKeyboardAlone) {
    auto window = openWindow();
    SourcesBrowser *browser = window->sourcesBrowser();
    ChartsPanel *charts = window->chartsPanel();
    // Start: focus is somewhere in the window; F6 until the charts have it.
    for (int i = 0; i < 4 && !charts->isAncestorOf(focus()); ++i)
        press(Qt::Key_F6);
    ASSERT_TRUE(charts->isAncestorOf(focus()));
    ASSERT_EQ(focus(), charts->view());
    // The first mark has the focus; arrows move to a bar.
    ASSERT_GE(charts->focusedMark(), 0);
    const ChartScene::Mark *mark = charts->focusedMarkData();
    for (int i = 0; i < 40 && mark && mark->kind != ChartScene::Mark::Kind::Bar; ++i) {
        press(Qt::Key_Right);
        mark = charts->focusedMarkData();
    }
    ASSERT_NE(mark, nullptr);
    ASSERT_EQ(mark->kind, ChartScene::Mark::Kind::Bar);
    const QString barFigure = mark->figureId;
    press(Qt::Key_Return);
    EXPECT_EQ(browser->currentFigureId(), barFigure);
    EXPECT_FALSE(browser->sourceView()->passages().isEmpty());

    // On to the diagram; into a group with arrows and Return.
    while (focus() != window->diagramView()->canvas())
        press(Qt::Key_F6);
    press(Qt::Key_Right);
    press(Qt::Key_Return);
    settle(*window);
    const QString groupPath = window->diagramView()->viewPath();
    EXPECT_TRUE(groupPath.startsWith(u"group/"_qs)) << groupPath.toStdString();
    // Tab reaches a linked part; Return opens its passage.
    press(Qt::Key_Tab);
    DiagramCanvas *canvas = window->diagramView()->canvas();
    ASSERT_EQ(focus(), canvas);
    const LinkZone *zone = canvas->focusedZone();
    ASSERT_NE(zone, nullptr);
    const LinkZone link = *zone;
    press(Qt::Key_Return);
    if (link.isFact) {
        ASSERT_NE(Catalogue::embedded().fact(link.id), nullptr);
        ASSERT_FALSE(browser->sourceView()->passages().isEmpty());
        EXPECT_EQ(browser->sourceView()->passages().constFirst().quote,
                  Catalogue::embedded().fact(link.id)->quote);
    } else {
        EXPECT_EQ(browser->currentFigureId(), link.id);
    }
    // And back to where we came from.
    press(Qt::Key_Left, Qt::AltModifier);
    settle(*window);
    EXPECT_EQ(window->diagramView()->viewPath(), u"cluster"_qs);
}

TEST_F(MainWindowTest, ContextMenusOfferPassageCitationImageAndExport) {
    auto window = openWindow();
    DiagramView *diagram = window->diagramView();
    std::unique_ptr<QMenu> menu(diagram->contextMenuAt(QPoint(5, 5), nullptr));
    QStringList texts;
    for (QAction *a : menu->actions()) {
        texts << a->text();
        if (a->text().startsWith(u"Front / rear"_qs)) {
            EXPECT_FALSE(a->isEnabled()) << "Front / rear at cluster level";
        }
    }
    EXPECT_TRUE(texts.contains(u"Copy view path"_qs));
    EXPECT_TRUE(texts.contains(u"Copy &image"_qs));
    EXPECT_TRUE(texts.contains(u"&Export view…"_qs));
    // On a linked part: open its passage, copy its citation.
    settle(*window);
    ASSERT_FALSE(diagram->canvas()->linkZones().isEmpty());
    const LinkZone zone = diagram->canvas()->linkZones().constFirst();
    menu.reset(diagram->contextMenuAt(zone.rect.center().toPoint(), nullptr));
    ASSERT_TRUE(menu->actions().constFirst()->text().startsWith(u"Open passage"_qs));
    menu->actions().constFirst()->trigger();
    if (!zone.isFact) {
        EXPECT_EQ(window->sourcesBrowser()->currentFigureId(), zone.id);
    }
}

// ---- Screen readers -----------------------------------------------------------------------

TEST_F(MainWindowTest, TheDiagramIsATreeAScreenReaderCanWalk) {
    auto window = openWindow();
    DiagramView *diagram = window->diagramView();
    ASSERT_TRUE(diagram->setScenario(u"built"_qs));
    ASSERT_TRUE(diagram->setViewPath(u"group/12/rack/3"_qs, false));
    settle(*window);
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(diagram->canvas());
    ASSERT_NE(canvas, nullptr);
    EXPECT_EQ(canvas->text(QAccessible::Name), u"Colossus hierarchy diagram"_qs);
    ASSERT_GE(canvas->childCount(), 1);
    QAccessibleInterface *rack = canvas->child(0);
    ASSERT_NE(rack, nullptr);
    EXPECT_EQ(rack->role(), QAccessible::TreeItem);
    const QString rackName = rack->text(QAccessible::Name);
    std::cout << "rack: " << rackName.toStdString() << "\n";
    EXPECT_TRUE(rackName.startsWith(u"Rack 3 of group 12: 64 GPUs, 8 servers"_qs))
        << rackName.toStdString();
    EXPECT_TRUE(rackName.contains(u"linked fact"_qs)) << rackName.toStdString();
    EXPECT_EQ(rack->parent(), canvas);
    EXPECT_EQ(canvas->indexOfChild(rack), 0);
    // Its servers, each with its GPUs.
    ASSERT_EQ(rack->childCount(), 8);
    QAccessibleInterface *server = rack->child(2);
    EXPECT_TRUE(server->text(QAccessible::Name).startsWith(u"Server 2 of rack 3 in group 12"_qs));
    EXPECT_EQ(server->parent(), rack);
    EXPECT_EQ(rack->indexOfChild(server), 2);
    ASSERT_EQ(server->childCount(), 8);
    QAccessibleInterface *gpu = server->child(5);
    const QString gpuName = gpu->text(QAccessible::Name);
    std::cout << "gpu: " << gpuName.toStdString() << "\n";
    EXPECT_TRUE(gpuName.startsWith(u"GPU 5 of server 2 in rack 3 of group 12: one GPU (H100)"_qs))
        << gpuName.toStdString();
    EXPECT_EQ(gpu->childCount(), 0);
    EXPECT_TRUE(rack->rect().contains(gpu->rect().center()));
    // The same interface each time (Qt's ids stay stable).
    EXPECT_EQ(server->child(5), gpu);
    // Its links: named, and "Press" opens the passage.
    QAccessibleInterface *link = nullptr;
    for (int i = 1; i < canvas->childCount() && !link; ++i) {
        if (canvas->child(i)->role() == QAccessible::Link)
            link = canvas->child(i);
    }
    ASSERT_NE(link, nullptr);
    EXPECT_FALSE(link->text(QAccessible::Name).isEmpty());
    ASSERT_NE(link->actionInterface(), nullptr);
    link->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    EXPECT_FALSE(window->sourcesBrowser()->sourceView()->passages().isEmpty());
    // Pressing a GPU shows it.
    gpu->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    diagram->canvas()->finishAnimation();
    EXPECT_EQ(diagram->viewPath(), u"group/12/rack/3/server/2/gpu/5"_qs);
}

TEST_F(MainWindowTest, TheClusterViewListsTheGroupsInView) {
    auto window = openWindow();
    settle(*window);
    QAccessibleInterface *canvas =
        QAccessible::queryAccessibleInterface(window->diagramView()->canvas());
    QAccessibleInterface *cluster = canvas->child(0);
    ASSERT_NE(cluster, nullptr);
    EXPECT_TRUE(cluster->text(QAccessible::Name).startsWith(u"Colossus"_qs));
    const auto model = window->diagramView()->canvas()->model();
    EXPECT_EQ(cluster->childCount(), model->geometry.groupCount()); // all in view
    QAccessibleInterface *group = cluster->child(12);
    EXPECT_TRUE(group->text(QAccessible::Name).startsWith(u"Group 12 of "_qs))
        << group->text(QAccessible::Name).toStdString();
    EXPECT_EQ(group->childCount(), model->geometry.racksInGroup(12));
}

TEST_F(MainWindowTest, ChartMarksHaveLabelValueHedgeAndCitation) {
    auto window = openWindow();
    ChartsPanel *charts = window->chartsPanel();
    QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(charts->view());
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(chart->role(), QAccessible::Chart);
    EXPECT_TRUE(chart->text(QAccessible::Name).startsWith(u"Chart: "_qs));
    ASSERT_GT(chart->childCount(), 0);
    QAccessibleInterface *bar = nullptr;
    for (int i = 0; i < chart->childCount() && !bar; ++i) {
        const ChartScene::Mark &mark =
            charts->scene()->marks().at(charts->scene()->focusOrder().at(i));
        if (mark.kind == ChartScene::Mark::Kind::Bar)
            bar = chart->child(i);
    }
    ASSERT_NE(bar, nullptr);
    const QString name = bar->text(QAccessible::Name);
    std::cout << "bar: " << name.toStdString() << "\n";
    EXPECT_TRUE(name.contains(u": "_qs));
    EXPECT_TRUE(name.contains(u"Source: "_qs) || name.contains(u"Derived: "_qs));
    EXPECT_TRUE(bar->rect().intersects(chart->rect()));
    bar->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    EXPECT_FALSE(window->sourcesBrowser()->currentFigureId().isEmpty());
    // Every mark of every chart has a name.
    for (const QString &id : {u"power"_qs, u"money"_qs, u"timeline"_qs}) {
        charts->setChart(id);
        for (int i = 0; i < chart->childCount(); ++i)
            EXPECT_FALSE(chart->child(i)->text(QAccessible::Name).isEmpty())
                << id.toStdString() << " mark " << i;
    }
}

TEST_F(MainWindowTest, EveryControlHasAnAccessibleName) {
    auto window = openWindow();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
            continue;
        // A scroll area's viewport is part of the area, which readers name.
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget());
            area && area->viewport() == w)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        ASSERT_NE(iface, nullptr);
        const QString name = iface->text(QAccessible::Name);
        EXPECT_FALSE(name.trimmed().isEmpty())
            << w->metaObject()->className() << " " << w->objectName().toStdString() << " in "
            << (w->parentWidget() ? w->parentWidget()->metaObject()->className() : "") << " "
            << (w->parentWidget() ? w->parentWidget()->objectName().toStdString() : "");
    }
}

// ---- Export -------------------------------------------------------------------------------

TEST_F(MainWindowTest, ExportProposesANameFromTheViewAndAFolderThatExists) {
    auto window = openWindow();
    ASSERT_TRUE(window->diagramView()->setScenario(u"built"_qs));
    ASSERT_TRUE(window->diagramView()->setViewPath(u"group/12/rack/3"_qs, false));
    EXPECT_EQ(window->activeExportName(), u"colossus-built-group-12-rack-3"_qs);
    QTemporaryDir home;
    const QString missing = home.filePath(u"gone/away"_qs);
    QSettings().setValue(u"export/folder"_qs, missing);
    const QString folder = ExportDialog::defaultFolder();
    EXPECT_NE(folder, missing);
    EXPECT_TRUE(QFileInfo(folder).isDir());
}

TEST_F(MainWindowTest, ExportAsksBeforeReplacingAndAFailureKeepsTheDialog) {
    QTemporaryDir dir;
    const QString file = dir.filePath(u"picture.png"_qs);
    {
        QFile existing(file);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write("old");
    }
    ExportDialog dialog(u"picture"_qs, PaintOptions{});
    dialog.fileEdit()->setText(file);
    int writes = 0;
    dialog.setWriter([&writes](const ExportRequest &) {
        ++writes;
        return QString();
    });
    dialog.show();
    answerNextMessageBox(QMessageBox::No);
    dialog.save();
    EXPECT_EQ(writes, 0);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.isVisible());
    answerNextMessageBox(QMessageBox::Yes);
    dialog.save();
    EXPECT_EQ(writes, 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(QSettings().value(u"export/folder"_qs).toString(), dir.path());

    // A writer that fails: the message says why, the dialog keeps its settings.
    ExportDialog failing(u"picture"_qs, PaintOptions{});
    failing.fileEdit()->setText(dir.filePath(u"new/sub/picture.svg"_qs));
    failing.setWriter([](const ExportRequest &) { return u"disk full"_qs; });
    failing.show();
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    failing.save();
    EXPECT_TRUE(message.contains(u"disk full"_qs)) << message.toStdString();
    EXPECT_TRUE(failing.isVisible());
    EXPECT_EQ(failing.fileEdit()->text(), dir.filePath(u"new/sub/picture.svg"_qs));
    EXPECT_TRUE(QFileInfo(dir.filePath(u"new/sub"_qs)).isDir()); // the folder was made
}

// ---- Defects found by a new user ----------------------------------------------------------

TEST(ThemeDefects, DisabledControlsKeepTheThemeAndHighContrastHasBorders) {
    for (const Theme &theme : {Theme::light(), Theme::dark(), Theme::highContrast()}) {
        const QPalette p = theme.palette(QApplication::style()->standardPalette());
        EXPECT_EQ(p.color(QPalette::Disabled, QPalette::Button), theme.surface)
            << theme.key().toStdString();
        EXPECT_EQ(p.color(QPalette::Disabled, QPalette::ButtonText), theme.mutedText);
    }
    const QString sheet = Theme::highContrast().styleSheet();
    EXPECT_TRUE(sheet.contains(u"QLineEdit"_qs) && sheet.contains(u"QScrollBar"_qs));
    EXPECT_TRUE(sheet.contains(Theme::highContrast().line.name()));
    EXPECT_TRUE(Theme::light().styleSheet().isEmpty());
}

TEST_F(MainWindowTest, TheMinimapStaysOffServersAndGpus) {
    auto window = openWindow();
    window->resize(1600, 1000);
    DiagramView *diagram = window->diagramView();
    ASSERT_TRUE(diagram->setViewPath(u"group/2/rack/1"_qs, false));
    settle(*window);
    ASSERT_TRUE(diagram->setViewPath(u"group/2/rack/1/server/3"_qs, false));
    settle(*window);
    EXPECT_FALSE(diagram->minimap()->isVisible());
    ASSERT_TRUE(diagram->setViewPath(u"group/2/rack/1/server/3/gpu/4"_qs, false));
    settle(*window);
    EXPECT_FALSE(diagram->minimap()->isVisible());
    // The GPU is framed in the middle of the drawing.
    const QRectF gpu = diagram->canvas()->camera().toScreen(
        diagram->canvas()->model()->geometry.rect(*ViewPath::parse(diagram->viewPath())),
        diagram->canvas()->diagramArea());
    EXPECT_TRUE(diagram->canvas()->diagramArea().contains(gpu.center()));
}

TEST_F(MainWindowTest, TheRearButtonIsOnlyEnabledOnARack) {
    auto window = openWindow();
    DiagramView *diagram = window->diagramView();
    EXPECT_FALSE(diagram->rearButton()->isEnabled());
    ASSERT_TRUE(diagram->setViewPath(u"group/0/rack/0"_qs, false));
    EXPECT_TRUE(diagram->rearButton()->isEnabled());
}

// A consistency check is not one figure: selecting one leaves no stale outline on the chart.
TEST_F(MainWindowTest, SelectingACheckClearsTheChartHighlight) {
    auto window = openWindow();
    ChartsPanel *charts = window->chartsPanel();
    charts->showFigure(u"gpus_built"_qs);
    ASSERT_EQ(charts->scene()->highlighted(), u"gpus_built"_qs);
    QListView *checks = window->sourcesBrowser()->checksView();
    ASSERT_GT(checks->model()->rowCount(), 0);
    checks->setCurrentIndex(checks->model()->index(0, 0));
    EXPECT_TRUE(charts->scene()->highlighted().isEmpty());
}
