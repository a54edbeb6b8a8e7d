#include "MainWindow.h"

#include "ExportDialog.h"
#include "TourActions.h"
#include "WindowLayout.h"

#include "catalogue/DerivedMark.h"
#include "catalogue/FigureFormat.h"
#include "charts/ChartsPanel.h"
#include "diagram/DiagramCanvas.h"
#include "diagram/DiagramView.h"
#include "diagram/ViewPath.h"
#include "export/PictureExporter.h"
#include "language/Language.h"
#include "settings/StoredState.h"
#include "sources/SourcesBrowser.h"
#include "style/PaneFocusFrame.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGraphicsView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace colossus {

namespace {

const QString chartPlacePrefix = QStringLiteral("chart/");

// A place in the history: "scenario|view path".
QString placeOf(const QString &scenario, const QString &path) {
    return scenario + u'|' + path;
}

} // namespace

MainWindow::MainWindow(const Catalogue &catalogue, const GuiOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogue(catalogue) {
    m_diagram = new DiagramView(catalogue, this);
    m_diagram->setObjectName(QStringLiteral("diagramView"));
    setCentralWidget(m_diagram);
    createDocks();
    m_tourActions = new TourActions(m_catalogue, this);
    createMenus();
    restoreSettings(options);
    connectViews();
    QSettings settings;
    applyTheme(Theme::fromName(options.theme.isEmpty()
                                   ? settings.value(QStringLiteral("theme")).toString()
                                   : options.theme));
    if (options.viewPath.startsWith(chartPlacePrefix))
        m_charts->setChart(options.viewPath.mid(chartPlacePrefix.size()));
    m_focusFrame = new PaneFocusFrame(this);
    m_focusFrame->setPanes(panes());
    m_focusFrame->setColor(m_theme.accent);
    qApp->installEventFilter(this); // the mouse's back and forward buttons, anywhere in here
    recordPlace();
    updateTitle();
}

MainWindow::~MainWindow() {
    qApp->removeEventFilter(this);
}

void MainWindow::createDocks() {
    setDockNestingEnabled(true);
    m_charts = new ChartsPanel(m_catalogue, this);
    m_charts->setObjectName(QStringLiteral("chartsPanel"));
    m_chartsDock = new QDockWidget(tr("Charts"), this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setWidget(m_charts);
    addDockWidget(Qt::RightDockWidgetArea, m_chartsDock);

    m_browser = new SourcesBrowser(m_catalogue, this);
    m_browser->setObjectName(QStringLiteral("sourcesBrowser"));
    m_sourcesDock = new QDockWidget(tr("Sources"), this);
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    m_sourcesDock->setWidget(m_browser);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
}

QList<QWidget *> MainWindow::panes() const {
    return {m_diagram, m_charts, m_browser};
}

void MainWindow::createMenus() {
    m_back = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("backAction"));
    m_back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_back->setToolTip(tr("Back to the previous view (Alt+Left)"));
    m_back->setEnabled(false);
    connect(m_back, &QAction::triggered, this, &MainWindow::goBack);
    m_forward = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this);
    m_forward->setObjectName(QStringLiteral("forwardAction"));
    m_forward->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    m_forward->setToolTip(tr("Forward to the next view (Alt+Right)"));
    m_forward->setEnabled(false);
    connect(m_forward, &QAction::triggered, this, &MainWindow::goForward);

    m_export = new QAction(tr("&Export view…"), this);
    m_export->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportActiveView);
    m_copyImage = new QAction(tr("Copy &image"), this);
    m_copyImage->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    connect(m_copyImage, &QAction::triggered, this, &MainWindow::copyActiveImage);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_export);
    file->addAction(m_copyImage);
    file->addAction(m_tourActions->exportAction());
    file->addAction(m_tourActions->exportHandoutAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Ctrl+Q also where the platform theme defines no Quit key (Windows scheme, offscreen).
    quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                           ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                           : QKeySequence::keyBindings(QKeySequence::Quit));

    // Citations of the figure or check selected in the Sources browser (issue 8).
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("Copy &citation"), m_browser, &SourcesBrowser::copyCitation);
    edit->addAction(tr("Copy citation as &BibTeX"), m_browser, &SourcesBrowser::copyCitationBibtex);
    edit->addAction(tr("Copy citation as CSL-&JSON"), m_browser,
                    &SourcesBrowser::copyCitationCslJson);

    edit->addSeparator();
    edit->addAction(tr("&Find figures…"), QKeySequence::Find, this, &MainWindow::focusSearch);
    edit->addAction(tr("Copy view &path"), m_diagram, &DiagramView::copyViewPath);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_back);
    go->addAction(m_forward);
    go->addSeparator();
    go->addAction(tr("Next &pane"), QKeySequence(Qt::Key_F6), this, [this] { cyclePane(true); });
    go->addAction(tr("Previous pa&ne"), QKeySequence(Qt::SHIFT | Qt::Key_F6), this,
                  [this] { cyclePane(false); });

    QToolBar *toolBar = addToolBar(tr("Navigation"));
    toolBar->setObjectName(QStringLiteral("navigationToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_back);
    toolBar->addAction(m_forward);
    toolBar->addSeparator();
    toolBar->addAction(m_export);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_tourActions->presentAction());
    view->addSeparator();
    m_chartsDock->toggleViewAction()->setText(tr("&Charts"));
    m_sourcesDock->toggleViewAction()->setText(tr("&Sources"));
    view->addAction(m_chartsDock->toggleViewAction());
    view->addAction(m_sourcesDock->toggleViewAction());
    view->addAction(toolBar->toggleViewAction());
    view->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);
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
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this,
                    &MainWindow::showShortcuts);
    help->addSeparator();
    help->addAction(tr("&About Colossus Explorer"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // The diagram's and the charts' context menus end with the window's picture actions.
    m_diagram->addContextActions({m_copyImage, m_export});
    m_charts->addContextActions({m_copyImage, m_export});
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

QList<QPair<QString, QString>> MainWindow::shortcutList() {
    return {
        {tr("F6 / Shift+F6"), tr("Next / previous pane: diagram, charts, sources")},
        {tr("Tab / Shift+Tab"), tr("Next / previous control; in the diagram and the charts, "
                                   "the next linked part or mark")},
        {tr("Return"), tr("Open the passage of the focused link or chart mark; in the diagram "
                          "without a focused link, zoom into the selection")},
        {tr("Arrow keys"), tr("Diagram: select a neighbour; charts: the next bar or point; "
                              "tables: the next row")},
        {tr("+ / -"), tr("Zoom the diagram in / out")},
        {tr("Backspace"), tr("Diagram: up one level")},
        {tr("0 / Home"), tr("Diagram: the whole cluster")},
        {tr("R"), tr("Diagram: front or rear of a rack")},
        {tr("Alt+Left / Alt+Right"), tr("Back / forward through the views visited (also the "
                                        "mouse's back and forward buttons)")},
        {tr("Ctrl+F"), tr("Search the figures")},
        {tr("Ctrl+C"), tr("In the sources: copy the selected figure's citation")},
        {tr("Ctrl+Shift+C"), tr("Copy an image of the diagram or chart")},
        {tr("Ctrl+E"), tr("Export the diagram or chart (PNG, SVG, PDF)")},
        {tr("Shift+F10 / Menu"), tr("Context menu of the diagram or the chart mark")},
        {tr("F5"), tr("Present the guided tour")},
        {tr("F1"), tr("This list")},
        {tr("Ctrl+Q"), tr("Quit")},
    };
}

void MainWindow::showShortcuts() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    const auto list = shortcutList();
    auto *table = new QTableWidget(int(list.size()), 2, &dialog);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(list.at(row).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 768);
    dialog.resize(std::min(760, available.width() - 40), std::min(620, available.height() - 60));
    dialog.exec();
}

void MainWindow::connectViews() {
    connect(m_charts, &ChartsPanel::figureActivated, this, &MainWindow::openFigure);
    connect(m_charts, &ChartsPanel::factActivated, this, &MainWindow::openFact);
    connect(m_charts, &ChartsPanel::checkActivated, m_browser, &SourcesBrowser::showCheck);
    connect(m_charts, &ChartsPanel::citationRequested, this, &MainWindow::copyCitation);
    connect(m_browser, &SourcesBrowser::figureSelected, this, &MainWindow::showFigureEverywhere);
    // A consistency check is not one figure: the chart's outline of the last one would be
    // stale.
    connect(m_browser->checksView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_charts->showFigure({});
            });
    // A drawn part that shows a reported figure or fact opens its passage.
    connect(m_diagram, &DiagramView::figureActivated, this, &MainWindow::openFigure);
    connect(m_diagram, &DiagramView::factActivated, this, &MainWindow::openFact);
    connect(m_diagram, &DiagramView::checkActivated, m_browser, &SourcesBrowser::showCheck);
    connect(m_diagram, &DiagramView::citationRequested, this, &MainWindow::copyCitation);
    // A chart that selects a hierarchy figure shows where it is in the diagram.
    connect(m_charts, &ChartsPanel::figureActivated, m_diagram, &DiagramView::showFigure);
    connect(m_diagram, &DiagramView::viewPathChanged, this, &MainWindow::recordPlace);
    connect(m_diagram, &DiagramView::scenarioChanged, this, &MainWindow::recordPlace);
    connect(m_charts, &ChartsPanel::chartChanged, this, &MainWindow::updateTitle);
    // Export and Copy image follow the view the user worked in last.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_charts->isAncestorOf(now))
            m_chartsActive = true;
        else if (now && (now == m_diagram || m_diagram->isAncestorOf(now)))
            m_chartsActive = false;
        else
            return;
        updateTitle();
    });
}

void MainWindow::openFigure(const QString &figureId) {
    m_sourcesDock->show();
    m_sourcesDock->raise();
    m_browser->showFigure(figureId);
}

void MainWindow::openFact(const QString &factId) {
    m_sourcesDock->show();
    m_sourcesDock->raise();
    m_browser->showFact(factId);
}

void MainWindow::copyCitation(const QString &figureId) {
    // The sources browser formats citations (value, passage, translation, document); showing
    // the figure there also tells the user what was copied.
    openFigure(figureId);
    m_browser->copyCitation();
    statusBar()->showMessage(tr("Copied the citation of “%1”").arg(figureId), 5000);
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

QString MainWindow::activeExportName() const {
    if (m_chartsActive)
        return WindowLayout::exportBaseName({}, chartPlacePrefix + m_charts->chartId());
    return WindowLayout::exportBaseName(m_diagram->scenarioId(), m_diagram->viewPath());
}

void MainWindow::exportActiveView() {
    std::shared_ptr<Picture> picture = activePicture();
    if (!picture)
        return;
    PaintOptions options;
    options.theme = m_theme;
    ExportDialog dialog(activeExportName(), options, this);
    dialog.setWriter([this, picture](const ExportRequest &request) {
        return PictureExporter::write(*picture, m_catalogue, request);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Wrote %1").arg(dialog.request().fileName), 5000);
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
    // On the window, not the application: QApplication::setStyleSheet while the monkey test
    // switches themes with menus and dialogs about crashed inside Qt 6.4 (QStyleSheetStyle).
    setStyleSheet(theme.styleSheet());
    m_diagram->setTheme(theme);
    m_charts->setTheme(theme);
    m_browser->setTheme(theme);
    m_tourActions->setTheme(theme);
    if (m_focusFrame)
        m_focusFrame->setColor(theme.accent);
}

void MainWindow::cyclePane(bool forward) {
    QList<QWidget *> shown;
    for (QWidget *pane : panes()) {
        if (pane->isVisible())
            shown.append(pane);
    }
    if (shown.isEmpty())
        return;
    qsizetype current = -1;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (QWidget *focus = QApplication::focusWidget();
            focus && (focus == shown.at(i) || shown.at(i)->isAncestorOf(focus)))
            current = i;
    }
    const qsizetype n = shown.size();
    const qsizetype next =
        current < 0 ? (forward ? 0 : n - 1) : (current + (forward ? 1 : -1) + n) % n;
    QWidget *pane = shown.at(next);
    if (pane == m_charts)
        m_chartsDock->raise();
    else if (pane == m_browser)
        m_sourcesDock->raise();
    // Each pane gives the focus to its main part: the canvas, the chart, the figure table.
    QWidget *target = pane == m_diagram  ? static_cast<QWidget *>(m_diagram->canvas())
                      : pane == m_charts ? static_cast<QWidget *>(m_charts->view())
                                         : static_cast<QWidget *>(m_browser->table());
    target->setFocus(Qt::OtherFocusReason);
}

void MainWindow::focusSearch() {
    m_sourcesDock->show();
    m_sourcesDock->raise();
    m_browser->filterEdit()->setFocus(Qt::ShortcutFocusReason);
    m_browser->filterEdit()->selectAll();
}

void MainWindow::resetLayout() {
    for (QDockWidget *dock : {m_chartsDock, m_sourcesDock}) {
        dock->setFloating(false);
        dock->show();
    }
    addDockWidget(Qt::RightDockWidgetArea, m_chartsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    const QSize docks = WindowLayout::dockSizes(size());
    resizeDocks({m_chartsDock}, {docks.width()}, Qt::Horizontal);
    resizeDocks({m_sourcesDock}, {docks.height()}, Qt::Vertical);
}

void MainWindow::recordPlace() {
    if (!m_navigating) {
        m_history.visit(placeOf(m_diagram->scenarioId(), m_diagram->viewPath()));
    }
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
    updateTitle();
}

void MainWindow::goTo(const QString &place) {
    const QString scenario = place.section(u'|', 0, 0);
    const QString path = place.section(u'|', 1);
    m_navigating = true;
    m_diagram->setScenario(scenario);
    m_diagram->setViewPath(path, true);
    m_diagram->canvas()->finishAnimation();
    m_navigating = false;
    recordPlace();
}

void MainWindow::goBack() {
    if (m_history.canGoBack())
        goTo(m_history.back());
}

void MainWindow::goForward() {
    if (m_history.canGoForward())
        goTo(m_history.forward());
}

void MainWindow::updateTitle() {
    QString what;
    if (m_chartsActive) {
        what = m_charts->chartTitle();
    } else {
        const auto parsed = ViewPath::parse(m_diagram->viewPath());
        const QString place = parsed ? ViewPath::displayName(*parsed) : QString();
        what = place.isEmpty() ? tr("Whole cluster") : place;
        what += QStringLiteral(" (%1)").arg(m_diagram->scenarioTitle());
    }
    setWindowTitle(tr("%1 — Colossus Explorer").arg(what));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (widget && widget->window() == this &&
            (button == Qt::BackButton || button == Qt::ForwardButton)) {
            button == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showAbout() {
    QString sources;
    for (const SourceDocument &doc : m_catalogue.sources()) {
        // Named as people cite it: headline, translation, outlet, date and what it is.
        sources += QStringLiteral("<li>%1<br><i>%2</i>")
                       .arg(FigureFormat::documentTitle(m_catalogue, doc.id).toHtmlEscaped(),
                            doc.summary().toHtmlEscaped());
        for (const SourceNote &note : doc.notes) // a repeated text, a misnamed company
            sources += QStringLiteral("<br>⚠ %1")
                           .arg(tr("Note on this report: %1").arg(note.text()).toHtmlEscaped());
        sources += QStringLiteral("</li>");
    }
    QMessageBox::about(
        this, tr("About Colossus Explorer"),
        tr("<h3>Colossus Explorer %1</h3><p>The layout of xAI's Colossus supercomputer in "
           "Memphis, made visible and checkable. Every figure comes from one of these reports, "
           "shipped unchanged with the app, and links to its verbatim passage:</p><ul>%2</ul>"
           "<p>What the reports do not state is derived (formula shown) or drawn and labelled "
           "as schematic.</p>")
                .arg(QApplication::applicationVersion(), sources) +
            QStringLiteral("<p>%1</p>").arg(DerivedMark::legend().toHtmlEscaped()));
}

void MainWindow::saveSettings() {
    QSettings settings;
    StoredState::save(settings, QStringLiteral("window/geometry"), saveGeometry());
    StoredState::save(settings, QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("theme"), m_theme.key());
    settings.setValue(QStringLiteral("charts/chart"), m_charts->chartId());
    settings.setValue(QStringLiteral("view/scenario"), m_diagram->scenarioId());
    settings.setValue(QStringLiteral("view/path"), m_diagram->viewPath());
    m_browser->saveState(settings);
}

void MainWindow::restoreSettings(const GuiOptions &options) {
    QSettings settings;
    restoreWindowGeometry();
    // The command line wins over the last session; a saved value that no longer fits (an
    // older catalogue, a hand-edited file) is ignored by the setters.
    m_diagram->setScenario(options.scenarioId.isEmpty()
                               ? settings.value(QStringLiteral("view/scenario")).toString()
                               : options.scenarioId);
    if (!options.viewPath.isEmpty()) {
        if (!options.viewPath.startsWith(chartPlacePrefix))
            m_diagram->setViewPath(options.viewPath, false);
    } else if (options.scenarioId.isEmpty()) {
        m_diagram->setViewPath(settings.value(QStringLiteral("view/path")).toString(), false);
    }
    const QString chart = settings.value(QStringLiteral("charts/chart")).toString();
    if (!chart.isEmpty())
        m_charts->setChart(chart);
    m_browser->restoreState(settings);
}

// The settings file is hostile input: blobs are checked (StoredState), and a geometry saved on
// another screen is clamped to this one.
void MainWindow::restoreWindowGeometry() {
    QSettings settings;
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    const bool restored =
        restoreGeometry(StoredState::load(settings, QStringLiteral("window/geometry")));
    if (restored) {
        // A layout saved on a larger monitor must open whole on this one.
        const QRect frame = WindowLayout::clampedToScreen(geometry(), available);
        if (frame != geometry()) {
            setWindowState(windowState() & ~Qt::WindowMaximized);
            setGeometry(frame);
        }
    } else {
        setGeometry(WindowLayout::firstStartGeometry(available));
    }
    if (!restoreState(StoredState::load(settings, QStringLiteral("window/state"))) || !restored) {
        resetLayout();
        return;
    }
    // Docks sized for a larger window would squeeze the diagram: give it back half.
    QTimer::singleShot(0, this, [this] {
        if (m_diagram->width() < width() / 2 || m_diagram->height() < height() / 2)
            resetLayout();
    });
}

void MainWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        QTimer::singleShot(0, this, &MainWindow::keepFrameOnScreen);
    }
}

// The geometry set before the first show is the inside of the window; the title bar and the
// borders the window system adds could still reach past the screen's edge.
void MainWindow::keepFrameOnScreen() {
    if (!screen() || (windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        return;
    const QRect frame = frameGeometry();
    const QRect fitted = WindowLayout::clampedToScreen(frame, screen()->availableGeometry());
    if (fitted == frame)
        return;
    const QRect inside = geometry();
    const QMargins borders(inside.left() - frame.left(), inside.top() - frame.top(),
                           frame.right() - inside.right(), frame.bottom() - inside.bottom());
    setGeometry(fitted.marginsRemoved(borders));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    event->accept();
}

} // namespace colossus
