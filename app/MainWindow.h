#pragma once

#include "CommandLine.h"

#include "catalogue/Catalogue.h"
#include "style/Theme.h"

#include <QMainWindow>

namespace colossus {

// The main window: the diagram in the middle, the charts and the sources browser in docks,
// standard menus. It only routes between the views; they do the painting.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const Catalogue &catalogue, const GuiOptions &options, QWidget *parent = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void applyTheme(const Theme &theme);
    void showAbout();
    void saveSettings();
    void restoreSettings();

    const Catalogue &m_catalogue;
    Theme m_theme;
};

} // namespace colossus
