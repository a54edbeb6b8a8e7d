#include "MainWindow.h"

#include "ExportDialog.h"
#include "TourActions.h"

#include "charts/ChartsPanel.h"
#include "diagram/DiagramView.h"
#include "export/PictureExporter.h"
#include "language/Language.h"
#include "sources/SourcesBrowser.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>

namespace colossus {

MainWindow::MainWindow(const Catalogue &catalogue, const GuiOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogue(catalogue) {
    setWindowTitle(tr("Colossus Explorer"));
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
    m_chartsDock = new QDockWidget(tr("Charts"), this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setWidget(m_charts);
    addDockWidget(Qt::RightDockWidgetArea, m_chartsDock);

    m_browser = new SourcesBrowser(m_catalogue, this);
    m_sourcesDock = new QDockWidget(tr("Sources"), this);
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    m_sourcesDock->setWidget(m_browser);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    resizeDocks({m_chartsDock}, {620}, Qt::Horizontal);
    resizeDocks({m_sourcesDock}, {400}, Qt::Vertical);
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Export view…"), QKeySequence(QStringLiteral("Ctrl+E")), this,
                    &MainWindow::exportActiveView);
    file->addAction(tr("&Copy image"), QKeySequence(QStringLiteral("Ctrl+Shift+C")), this,
                    &MainWindow::copyActiveImage);
    file->addAction(m_tourActions->exportAction());
    file->addAction(m_tourActions->exportHandoutAction());
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_tourActions->presentAction());
    view->addSeparator();
    view->addAction(m_chartsDock->toggleViewAction());
    view->addAction(m_sourcesDock->toggleViewAction());
    view->addSeparator();
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
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

    createLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Colossus Explorer"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createLanguageMenu(QMenu *view) {
    // The language is chosen before any text is made, so a new choice takes effect when the
    // app starts again; it offers to do that at once.
    QMenu *menu = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString saved = Language::saved();
    QAction *system = menu->addAction(tr("System language"));
    system->setCheckable(true);
    system->setChecked(saved.isEmpty());
    group->addAction(system);
    menu->addSeparator();
    for (const QString &code : Language::supported()) {
        QAction *action = menu->addAction(Language::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        Language::save(code);
        if (Language::choose({}) == Language::current())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Language"),
            tr("Colossus Explorer shows the new language when it starts again. Restart now?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
        // The same command line, without a --lang that would override the new choice.
        QStringList arguments = QApplication::arguments().mid(1);
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            if (arguments[i] == u"--lang" && i + 1 < arguments.size())
                arguments.remove(i, 2);
            else if (arguments[i].startsWith(u"--lang="))
                arguments.remove(i);
        }
        if (close())
            QProcess::startDetached(QApplication::applicationFilePath(), arguments);
    });
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
        QMessageBox::critical(this, tr("Export view"),
                              tr("The view was not exported.") + u"\n\n"_qs + problem);
        return;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(request.fileName), 5000);
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
    statusBar()->showMessage(tr("Copied a 1920 × 1080 image of “%1”").arg(picture->title()), 5000);
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
        sources += QStringLiteral("<li><b>%1</b> (%2%3): %4<br><i>%5</i></li>")
                       .arg(doc.id, doc.languages.join(u'/'),
                            doc.date.isEmpty() ? QString() : u", "_qs + doc.date,
                            doc.title.isEmpty() ? tr("(no title)") : doc.title.toHtmlEscaped(),
                            doc.summary.toHtmlEscaped());
    }
    QMessageBox::about(
        this, tr("About Colossus Explorer"),
        tr("<h3>Colossus Explorer %1</h3><p>The layout of xAI's Colossus supercomputer in "
           "Memphis, made visible and checkable. Every figure comes from one of these reports, "
           "shipped unchanged with the app, and links to its verbatim passage:</p><ul>%2</ul>"
           "<p>What the reports do not state is derived (formula shown) or drawn and labelled "
           "as schematic.</p>")
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
