#pragma once

#include "CommandLine.h"

#include "catalogue/Catalogue.h"
#include "export/Picture.h"
#include "style/Theme.h"

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QMenu;

namespace colossus {

class ChartsPanel;
class DiagramView;
class SourcesBrowser;
class TourActions;

// The main window: the diagram in the middle, the charts and the sources browser in docks,
// standard menus. It only routes between the views; they do the painting.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const Catalogue &catalogue, const GuiOptions &options, QWidget *parent = nullptr);

    // The picture File > Export and Copy image act on: the chart when the charts had the
    // focus last, the diagram otherwise.
    std::unique_ptr<Picture> activePicture() const;

public Q_SLOTS:
    void applyTheme(const Theme &theme);
    void exportActiveView();
    void copyActiveImage();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void createLanguageMenu(QMenu *view);
    void connectViews();
    void showFigureEverywhere(const QString &figureId);
    void showAbout();
    void saveSettings();
    void restoreSettings();

    const Catalogue &m_catalogue;
    Theme m_theme;
    DiagramView *m_diagram = nullptr;
    ChartsPanel *m_charts = nullptr;
    SourcesBrowser *m_browser = nullptr;
    TourActions *m_tourActions = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QDockWidget *m_sourcesDock = nullptr;
    bool m_chartsActive = false;
};

} // namespace colossus
