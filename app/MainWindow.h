#pragma once

#include "CommandLine.h"
#include "NavigationHistory.h"

#include "catalogue/Catalogue.h"
#include "export/Picture.h"
#include "style/Theme.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QDockWidget;
class QMenu;

class QSettings;

namespace colossus {

class ChartsPanel;
class DiagramView;
class PaneFocusFrame;
class SourcesBrowser;
class TourActions;

// The main window: the diagram in the middle, the charts and the sources browser in docks,
// standard menus, Back/Forward through the views visited. It only routes between the views;
// they do the painting.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const Catalogue &catalogue, const GuiOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The picture File > Export and Copy image act on: the chart when the charts had the
    // focus last, the diagram otherwise.
    std::unique_ptr<Picture> activePicture() const;
    // The default export name of the active picture: "colossus-built-group-12-rack-3".
    QString activeExportName() const;

    DiagramView *diagramView() const { return m_diagram; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    SourcesBrowser *sourcesBrowser() const { return m_browser; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    // The three panes F6 cycles through, in order: diagram, charts, sources.
    QList<QWidget *> panes() const;
    // Every shortcut the window knows, as (keys, what it does), for Help > Keyboard shortcuts.
    static QList<QPair<QString, QString>> shortcutList();

public Q_SLOTS:
    void applyTheme(const Theme &theme);
    void exportActiveView();
    void copyActiveImage();
    void goBack();
    void goForward();
    void resetLayout();
    void showShortcuts();
    // F6 (forward) and Shift+F6: the next pane that is shown gets the focus.
    void cyclePane(bool forward);
    void focusSearch();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void createLanguageMenu(QMenu *view);
    void connectViews();
    void showFigureEverywhere(const QString &figureId);
    void openFigure(const QString &figureId);
    void openFact(const QString &factId);
    void copyCitation(const QString &figureId);
    void showAbout();
    void saveSettings();
    void restoreSettings(const GuiOptions &options);
    void restoreWindowGeometry(); // one place for the saved geometry and dock state
    void keepFrameOnScreen();     // the frame too, once the window system has added it
    void recordPlace();
    void goTo(const QString &place);
    void updateTitle();

    const Catalogue &m_catalogue;
    Theme m_theme;
    DiagramView *m_diagram = nullptr;
    ChartsPanel *m_charts = nullptr;
    SourcesBrowser *m_browser = nullptr;
    TourActions *m_tourActions = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QDockWidget *m_sourcesDock = nullptr;
    PaneFocusFrame *m_focusFrame = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_export = nullptr;
    QAction *m_copyImage = nullptr;
    NavigationHistory m_history;
    bool m_navigating = false; // Back/Forward is moving the view: do not record it
    bool m_chartsActive = false;
    bool m_shownOnce = false;
};

} // namespace colossus
