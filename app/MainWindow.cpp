#include "MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

namespace colossus {

MainWindow::MainWindow(const Catalogue &catalogue, const GuiOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogue(catalogue) {
    setWindowTitle(QStringLiteral("Colossus Explorer"));
    auto *placeholder = new QLabel(QStringLiteral("Colossus Explorer"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    createMenus();
    restoreSettings();
    QSettings settings;
    applyTheme(Theme::fromName(options.theme.isEmpty()
                                   ? settings.value(QStringLiteral("theme")).toString()
                                   : options.theme));
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(QStringLiteral("&View"));
    QMenu *themeMenu = view->addMenu(QStringLiteral("&Theme"));
    auto *themes = new QActionGroup(this);
    for (const Theme &theme : {Theme::light(), Theme::dark(), Theme::highContrast()}) {
        QAction *action = themeMenu->addAction(theme.name);
        action->setCheckable(true);
        action->setData(theme.key());
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] { applyTheme(theme); });
    }

    QMenu *help = menuBar()->addMenu(QStringLiteral("&Help"));
    help->addAction(QStringLiteral("&About Colossus Explorer"), this, &MainWindow::showAbout);
    help->addAction(QStringLiteral("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::applyTheme(const Theme &theme) {
    m_theme = theme;
}

void MainWindow::showAbout() {
    QString sources;
    for (const SourceDocument &doc : m_catalogue.sources()) {
        sources +=
            QStringLiteral("<li><b>%1</b> (%2%3): %4<br><i>%5</i></li>")
                .arg(doc.id, doc.languages.join(u'/'),
                     doc.date.isEmpty() ? QString() : u", "_qs + doc.date,
                     doc.title.isEmpty() ? QStringLiteral("(no title)") : doc.title.toHtmlEscaped(),
                     doc.summary.toHtmlEscaped());
    }
    QMessageBox::about(
        this, QStringLiteral("About Colossus Explorer"),
        QStringLiteral("<h3>Colossus Explorer %1</h3><p>The layout of xAI's Colossus "
                       "supercomputer in Memphis, made visible and checkable. Every figure comes "
                       "from one of these reports, shipped unchanged with the app, and links to "
                       "its verbatim passage:</p><ul>%2</ul><p>What the reports do not state is "
                       "derived (formula shown) or drawn and labelled as schematic.</p>")
            .arg(QApplication::applicationVersion(), sources));
}

void MainWindow::saveSettings() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("theme"), m_theme.key());
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1600, 1000);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    event->accept();
}

} // namespace colossus
