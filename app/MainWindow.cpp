#include "MainWindow.h"

#include "ExportDialog.h"
#include "TourActions.h"

#include "charts/ChartsPanel.h"
#include "diagram/DiagramView.h"
#include "export/PictureExporter.h"
#include "sources/SourcesBrowser.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>

namespace colossus {

MainWindow::MainWindow(const Catalogue &catalogue, const GuiOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogue(catalogue) {
    setWindowTitle(QStringLiteral("Colossus Explorer"));
    m_diagram = new DiagramView(catalogue, this);
    m_diagram->setObjectName(QStringLiteral("diagramView"));
    if (!options.scenarioId.isEmpty())
        m_diagram->setScenario(options.scenarioId);
    if (!options.viewPath.isEmpty() && !options.viewPath.startsWith(u"chart/"))
        m_diagram->setViewPath(options.viewPath, false);
    setCentralWidget(m_diagram);
    createDocks();
    m_tourActions = new TourActions(m_catalogue, this);
    createMenus();
    connectViews();
    restoreSettings();
    QSettings settings;
    applyTheme(Theme::fromName(options.theme.isEmpty()
                                   ? settings.value(QStringLiteral("theme")).toString()
                                   : options.theme));
    if (options.viewPath.startsWith(u"chart/"))
        m_charts->setChart(options.viewPath.mid(6));
}

void MainWindow::createDocks() {
    setDockNestingEnabled(true);
    m_charts = new ChartsPanel(m_catalogue, this);
    m_chartsDock = new QDockWidget(QStringLiteral("Charts"), this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setWidget(m_charts);
    addDockWidget(Qt::RightDockWidgetArea, m_chartsDock);

    m_browser = new SourcesBrowser(m_catalogue, this);
    m_sourcesDock = new QDockWidget(QStringLiteral("Sources"), this);
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    m_sourcesDock->setWidget(m_browser);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    resizeDocks({m_chartsDock}, {620}, Qt::Horizontal);
    resizeDocks({m_sourcesDock}, {400}, Qt::Vertical);
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Export view…"), QKeySequence(QStringLiteral("Ctrl+E")), this,
                    &MainWindow::exportActiveView);
    file->addAction(QStringLiteral("&Copy image"), QKeySequence(QStringLiteral("Ctrl+Shift+C")),
                    this, &MainWindow::copyActiveImage);
    file->addAction(m_tourActions->exportAction());
    file->addAction(m_tourActions->exportHandoutAction());
    file->addSeparator();
    file->addAction(QStringLiteral("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(QStringLiteral("&View"));
    view->addAction(m_tourActions->presentAction());
    view->addSeparator();
    view->addAction(m_chartsDock->toggleViewAction());
    view->addAction(m_sourcesDock->toggleViewAction());
    view->addSeparator();
    QMenu *themeMenu = view->addMenu(QStringLiteral("&Theme"));
    auto *themes = new QActionGroup(this);
    for (const Theme &theme : {Theme::light(), Theme::dark(), Theme::highContrast()}) {
        QAction *action = themeMenu->addAction(theme.name);
        action->setCheckable(true);
        action->setData(theme.key());
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] { applyTheme(theme); });
    }
    connect(themeMenu, &QMenu::aboutToShow, this, [this, themes] {
        for (QAction *action : themes->actions())
            action->setChecked(action->data().toString() == m_theme.key());
    });

    QMenu *help = menuBar()->addMenu(QStringLiteral("&Help"));
    help->addAction(QStringLiteral("&About Colossus Explorer"), this, &MainWindow::showAbout);
    help->addAction(QStringLiteral("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::connectViews() {
    connect(m_charts, &ChartsPanel::figureActivated, this, [this](const QString &id) {
        m_browser->showFigure(id);
        m_sourcesDock->raise();
    });
    connect(m_charts, &ChartsPanel::factActivated, m_browser, &SourcesBrowser::showFact);
    connect(m_charts, &ChartsPanel::checkActivated, m_browser, &SourcesBrowser::showCheck);
    connect(m_browser, &SourcesBrowser::figureSelected, this, &MainWindow::showFigureEverywhere);
    // A drawn part that shows a reported figure or fact opens its passage.
    connect(m_diagram, &DiagramView::figureActivated, this, [this](const QString &id) {
        m_browser->showFigure(id);
        m_sourcesDock->raise();
    });
    connect(m_diagram, &DiagramView::factActivated, this, [this](const QString &id) {
        m_browser->showFact(id);
        m_sourcesDock->raise();
    });
    connect(m_diagram, &DiagramView::checkActivated, m_browser, &SourcesBrowser::showCheck);
    // A chart that selects a hierarchy figure shows where it is in the diagram.
    connect(m_charts, &ChartsPanel::figureActivated, m_diagram, &DiagramView::showFigure);
    // Export and Copy image follow the view the user worked in last.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_charts->isAncestorOf(now))
            m_chartsActive = true;
        else if (now && (now == m_diagram || m_diagram->isAncestorOf(now)))
            m_chartsActive = false;
    });
}

void MainWindow::showFigureEverywhere(const QString &figureId) {
    m_charts->showFigure(figureId);
    m_diagram->showFigure(figureId);
}

std::unique_ptr<Picture> MainWindow::activePicture() const {
    if (!m_chartsActive)
        return m_diagram->currentPicture();
    return m_charts->currentPicture();
}

void MainWindow::exportActiveView() {
    const std::unique_ptr<Picture> picture = activePicture();
    if (!picture)
        return;
    PaintOptions options;
    options.theme = m_theme;
    QString name = picture->title().section(u" — "_qs, 0, 0).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    ExportDialog dialog(name, options, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportRequest request = dialog.request();
    if (const QString problem = PictureExporter::write(*picture, m_catalogue, request);
        !problem.isEmpty()) {
        QMessageBox::critical(this, QStringLiteral("Export view"),
                              QStringLiteral("The view was not exported.\n\n") + problem);
        return;
    }
    statusBar()->showMessage(QStringLiteral("Wrote %1").arg(request.fileName), 5000);
}

void MainWindow::copyActiveImage() {
    const std::unique_ptr<Picture> picture = activePicture();
    if (!picture)
        return;
    PaintOptions options;
    options.theme = m_theme;
    options.printing = true;
    QApplication::clipboard()->setImage(
        PictureExporter::renderImage(*picture, m_catalogue, QSize(1920, 1080), 1.0, options));
    statusBar()->showMessage(
        QStringLiteral("Copied a 1920 × 1080 image of “%1”").arg(picture->title()), 5000);
}

void MainWindow::applyTheme(const Theme &theme) {
    m_theme = theme;
    QApplication::setPalette(theme.palette(QApplication::style()->standardPalette()));
    m_diagram->setTheme(theme);
    m_charts->setTheme(theme);
    m_browser->setTheme(theme);
    m_tourActions->setTheme(theme);
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
    settings.setValue(QStringLiteral("charts/chart"), m_charts->chartId());
    m_browser->saveState(settings);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1600, 1000);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QString chart = settings.value(QStringLiteral("charts/chart")).toString();
    if (!chart.isEmpty())
        m_charts->setChart(chart);
    m_browser->restoreState(settings);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    event->accept();
}

} // namespace colossus
