#include "PresentationWindow.h"

#include "PresenterView.h"
#include "catalogue/Catalogue.h"
#include "catalogue/FigureFormat.h"
#include "catalogue/LocalizedText.h"
#include "diagram/DiagramPicture.h"
#include "diagram/ViewPath.h"
#include "language/Language.h"
#include "style/RoomType.h"
#include "tour/TourStepPicture.h"
#include "views/ViewRegistry.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QScreen>
#include <QTabletEvent>
#include <QTimer>
#include <QVariantAnimation>
#include <cmath>

namespace colossus {

namespace {

constexpr qreal minimumZoom = 0.5;
constexpr qreal maximumZoom = 40.0;
constexpr int fadeMs = 550;
constexpr int flightMs = 700; // plus a little per doubling of the zoom, up to maximumFlightMs
constexpr int maximumFlightMs = 1600;
constexpr double minimumDiagramZoom = 0.25; // relative to the step's framing

} // namespace

// The scale changes geometrically and the centre moves so that the point both framings put at
// the same place on screen stays there: it reads as zooming into (or out of) that point
// rather than sliding across.
DiagramCamera PresentationWindow::flightCamera(const DiagramCamera &a, const DiagramCamera &b,
                                               double t) {
    DiagramCamera c;
    c.scale = a.scale * std::pow(b.scale / a.scale, t);
    const double inverseA = 1.0 / a.scale;
    const double inverseB = 1.0 / b.scale;
    const double u = std::abs(inverseB - inverseA) < 1e-9 * inverseA
                         ? t
                         : (1.0 / c.scale - inverseA) / (inverseB - inverseA);
    c.center = a.center + (b.center - a.center) * u;
    return c;
}

PresentationWindow::PresentationWindow(const Catalogue &catalogue, const Tour &tour,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_catalogue(catalogue)
    , m_tour(tour)
    , m_controller(new TourController(tour.stepCount(), this))
    , m_transition(new QVariantAnimation(this))
    , m_cursorTimer(new QTimer(this))
    , m_tools(new PresenterTools(this)) {
    setWindowTitle(tour.title.text());
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setCursor(Qt::ArrowCursor);
    m_cursorTimer->setSingleShot(true);
    m_cursorTimer->setInterval(2500);
    connect(m_cursorTimer, &QTimer::timeout, this, [this] {
        if (!m_tools->isDrawing())
            setCursor(Qt::BlankCursor);
    });
    connect(m_tools, &PresenterTools::changed, this, [this] {
        if (m_tools->pointer() != PresenterTools::Pointer::Spotlight) {
            m_dimmedSlide = QImage(); // a slide's worth of memory, only for the spotlight
            m_dimmedOf = 0;
        }
        updateCursor();
        update();
    });
    for (int i = 0; i < tour.stepCount(); ++i) {
        QString error;
        m_pictures.push_back(TourStepPicture::create(catalogue, m_tour, i, &error));
        if (!m_pictures.back())
            qWarning("tour: %s", qPrintable(error));
    }
    QHash<QString, std::shared_ptr<const DiagramModel>> models;
    for (const TourStep &step : m_tour.steps) {
        std::optional<DiagramStep> diagram;
        const std::optional<ElementPath> path =
            step.isChart() ? std::nullopt : ViewPath::parse(step.view);
        const QString scenario =
            step.scenario.isEmpty() ? ViewRegistry::defaultScenarioId() : step.scenario;
        if (path && !models.contains(scenario))
            models.insert(scenario, DiagramModel::create(catalogue, scenario));
        if (path && models.value(scenario)) {
            diagram = DiagramStep{models.value(scenario), *path, {}};
            // As its exported picture does: the element in focus, a rack seen from behind.
            diagram->state.hasFocus = true;
            diagram->state.focus = *path;
            if (path->rear)
                diagram->state.rearRack = *path;
        }
        m_diagramSteps.push_back(diagram);
    }

    m_transition->setStartValue(0.0);
    m_transition->setEndValue(1.0);
    m_transition->setDuration(fadeMs);
    m_transition->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_transition, &QVariantAnimation::valueChanged, this, [this] { update(); });
    connect(m_transition, &QVariantAnimation::finished, this, [this] {
        m_previousStep = -1;
        m_outgoingSlide = QImage();
        m_flightFrames.clear();
        m_flightView = QImage();
        m_flightPrepared = {-1, -1};
        update();
    });

    connect(m_controller, &TourController::stepChanged, this, &PresentationWindow::onStepChanged);
    connect(m_controller, &TourController::returnRequested, this, [this] {
        resetCamera();
        update();
    });
    connect(m_controller, &TourController::blankChanged, this, [this] { update(); });
    connect(m_controller, &TourController::typedNumberChanged, this, [this] { update(); });
    connect(m_controller, &TourController::exploringChanged, this, [this] { update(); });
}

PresentationWindow::~PresentationWindow() {
    if (m_filtering)
        qApp->removeEventFilter(this);
    delete m_presenter;
}

void PresentationWindow::setTheme(const Theme &theme) {
    m_theme = theme;
    m_thumbnails.clear();
    m_slides.clear(); // their key has the theme: only the memory is freed here
    m_flightStarted = false;
    m_flightPrepared = {-1, -1};
    if (m_presenter)
        m_presenter->setTheme(theme);
    update();
}

void PresentationWindow::present(int step, QScreen *laptop) {
    m_controller->goTo(step);
    resetCamera();
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (!laptop)
        laptop = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    QScreen *projector = laptop;
    for (QScreen *screen : screens) {
        if (screen != laptop) {
            projector = screen;
            break;
        }
    }
    if (projector && projector != laptop) {
        if (!m_presenter)
            m_presenter = new PresenterView(m_catalogue, m_tour, m_controller, m_tools);
        connect(m_presenter, &PresenterView::swapRequested, this, &PresentationWindow::swapScreens,
                Qt::UniqueConnection);
        m_presenter->setTheme(m_theme);
        m_presenter->setScreen(laptop);
        m_presenter->setGeometry(laptop->geometry());
        m_presenter->showFullScreen();
    }
    if (projector) {
        setScreen(projector);
        setGeometry(projector->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void PresentationWindow::leave() {
    if (m_presenter)
        m_presenter->close();
    const bool wasVisible = isVisible();
    hide();
    if (wasVisible)
        Q_EMIT finished(m_controller->currentStep());
}

PresenterView *PresentationWindow::presenterView() const {
    return m_presenter;
}

void PresentationWindow::togglePresenterView() {
    if (m_presenter && m_presenter->isVisible()) {
        m_presenter->close();
        activateWindow();
        return;
    }
    if (!m_presenter) {
        m_presenter = new PresenterView(m_catalogue, m_tour, m_controller, m_tools);
        connect(m_presenter, &PresenterView::swapRequested, this, &PresentationWindow::swapScreens);
    }
    m_presenter->setTheme(m_theme);
    QScreen *laptop = screen();
    for (QScreen *other : QGuiApplication::screens()) {
        if (other != screen()) {
            laptop = other;
            break;
        }
    }
    m_presenter->setScreen(laptop);
    m_presenter->setGeometry(laptop->geometry());
    m_presenter->showFullScreen();
    m_presenter->raise();
}

void PresentationWindow::swapScreens() {
    if (!m_presenter || !m_presenter->isVisible())
        return;
    QScreen *room = screen();
    QScreen *laptop = m_presenter->screen();
    if (!room || !laptop || room == laptop)
        return;
    setScreen(laptop);
    setGeometry(laptop->geometry());
    showFullScreen();
    m_presenter->setScreen(room);
    m_presenter->setGeometry(room->geometry());
    m_presenter->showFullScreen();
}

QList<PresentationWindow::HelpEntry> PresentationWindow::helpEntries() {
    return {
        {{Qt::Key_Right, Qt::Key_Down, Qt::Key_PageDown, Qt::Key_Space, Qt::Key_Return,
          Qt::Key_Enter},
         tr("\u2192 \u2193 PgDn Space Return"),
         tr("next step (a click does the same)")},
        {{Qt::Key_Left, Qt::Key_Up, Qt::Key_PageUp, Qt::Key_Backspace},
         tr("\u2190 \u2191 PgUp Backspace"),
         tr("previous step")},
        {{Qt::Key_Home, Qt::Key_End}, tr("Home  End"), tr("first, last step")},
        {{Qt::Key_0, Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7,
          Qt::Key_8, Qt::Key_9},
         tr("digits, Return"),
         tr("go to that step")},
        {{Qt::Key_O}, tr("O"), tr("overview: arrows and Return pick a step, Esc returns")},
        {{Qt::Key_B, Qt::Key_Period, Qt::Key_W}, tr("B or .   W"), tr("black, white screen")},
        {{Qt::Key_L}, tr("L"), tr("pointer dot (follows the mouse)")},
        {{Qt::Key_S}, tr("S"), tr("spotlight: dims all but a circle")},
        {{Qt::Key_D, Qt::Key_C}, tr("D   C"), tr("draw with mouse or pen, clear the ink")},
        {{Qt::Key_R}, tr("wheel, drag, R"), tr("zoom and pan; R returns to the step")},
        {{Qt::Key_P, Qt::Key_X}, tr("P   X"), tr("presenter view, swap screens")},
        {{Qt::Key_Question}, tr("?"), tr("this help")},
        {{Qt::Key_Escape, Qt::Key_F5}, tr("Esc  F5"), tr("leave (Esc first closes what is open)")},
    };
}

bool PresentationWindow::isPresentationKey(int key) {
    switch (key) {
    case Qt::Key_L:
    case Qt::Key_S:
    case Qt::Key_D:
    case Qt::Key_C:
    case Qt::Key_O:
    case Qt::Key_P:
    case Qt::Key_X:
    case Qt::Key_Question:
        return true;
    default:
        return TourController::isTourKey(key);
    }
}

void PresentationWindow::showOverview(bool shown) {
    if (shown == m_overview)
        return;
    m_overview = shown;
    if (shown) {
        m_help = false;
        m_overviewSelection = m_controller->currentStep();
    }
    update();
}

void PresentationWindow::showHelp(bool shown) {
    m_help = shown;
    update();
}

QList<QRectF> PresentationWindow::overviewCells() const {
    const qreal body = bodyPixelSize();
    const QRectF area = rect().toRectF().adjusted(body, body * 3, -body, -body);
    const qreal aspect = height() > 0 ? qreal(width()) / height() : 16.0 / 9.0;
    // Room under each thumbnail for its number and title.
    QList<QRectF> cells = OverviewGrid::cells(m_tour.stepCount(), area, aspect * 0.8);
    for (QRectF &cell : cells)
        cell.setHeight(cell.width() / aspect);
    return cells;
}

bool PresentationWindow::handleWindowKey(const QKeyEvent &key) {
    if (key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const bool question = key.key() == Qt::Key_Question || key.text() == QLatin1String("?");
    if (m_help) {
        // Any key closes the help; Esc and ? do nothing else.
        if (!key.isAutoRepeat())
            showHelp(false);
        // The key only closes the help: a clicker press does not also move the slide.
        return question || key.key() == Qt::Key_F1 || isPresentationKey(key.key());
    }
    if (question || key.key() == Qt::Key_F1) {
        if (!key.isAutoRepeat())
            showHelp(true);
        return true;
    }
    if (m_overview) {
        const int columns =
            OverviewGrid::columns(m_tour.stepCount(), rect().size().toSizeF(),
                                  (height() > 0 ? qreal(width()) / height() : 16.0 / 9.0) * 0.8);
        switch (key.key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Home:
        case Qt::Key_End:
            m_overviewSelection =
                OverviewGrid::move(m_overviewSelection, key.key(), m_tour.stepCount(), columns);
            update();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (!key.isAutoRepeat()) {
                showOverview(false);
                m_controller->goTo(m_overviewSelection);
            }
            return true;
        case Qt::Key_Escape:
        case Qt::Key_O:
            showOverview(false);
            return true;
        default:
            // The overview owns the keyboard until it closes: a clicker key does not move
            // the slide behind it.
            return isPresentationKey(key.key());
        }
    }
    switch (key.key()) {
    case Qt::Key_O:
        if (!key.isAutoRepeat())
            showOverview(true);
        return true;
    case Qt::Key_P:
        if (!key.isAutoRepeat())
            togglePresenterView();
        return true;
    case Qt::Key_X:
        if (!key.isAutoRepeat())
            swapScreens();
        return true;
    default:
        return m_tools->handleKey(key.key(), key.modifiers(), key.isAutoRepeat());
    }
}

qreal PresentationWindow::bodyPixelSize() const {
    return TourStepPicture::bodyPixelSize(height());
}

QRectF PresentationWindow::titleArea() const {
    const qreal body = bodyPixelSize();
    const qreal titleHeight = QFontMetricsF(Theme::font(body * 1.5, true)).height();
    return QRectF(body, body * 0.6, width() - 2 * body, titleHeight);
}

QRectF PresentationWindow::footerArea() const {
    const qreal h = RoomType(height()).minimum * 1.5;
    return QRectF(bodyPixelSize(), height() - h, width() - 2 * bodyPixelSize(), h);
}

TourStepPicture::Placement PresentationWindow::placement(int index) const {
    const qreal body = bodyPixelSize();
    const qreal top = titleArea().bottom() + body * 0.4;
    const QRectF content(body / 2, top, width() - body, footerArea().top() - top);
    const TourStepPicture *step = picture(index);
    if (!step)
        return {content, {}};
    // The band's share of the window, a little less than of a handout (title and footer).
    return step->place(content, body, height() * step->captionShare() * 0.93, height() * 0.42);
}

QRectF PresentationWindow::captionArea() const {
    const int index = m_controller->currentStep();
    if (index < 0 || index >= m_tour.stepCount())
        return {};
    return placement(index).caption;
}

QRectF PresentationWindow::viewArea() const {
    return viewAreaOf(m_controller->currentStep());
}

QRectF PresentationWindow::viewAreaOf(int index) const {
    const qreal body = bodyPixelSize();
    const TourStepPicture::Placement placed = placement(index);
    const TourStepPicture *step = picture(index);
    if (step && step->showsTallView())
        return placed.view.adjusted(body / 2, 0, 0, -body * 0.3);
    return placed.view.adjusted(body / 2, 0, -body / 2, -body * 0.3);
}

const TourStepPicture *PresentationWindow::picture(int index) const {
    if (index < 0 || index >= int(m_pictures.size()))
        return nullptr;
    return m_pictures[size_t(index)].get();
}

bool PresentationWindow::isTransitioning() const {
    return m_transition->state() == QAbstractAnimation::Running;
}

void PresentationWindow::onStepChanged(int index, int previous) {
    m_tools->clearInk(); // ink belongs to the slide it was drawn on
    // The flight starts where the camera is now, also when the presenter had moved it.
    m_flightFrom.reset();
    if (canFly(previous, index))
        m_flightFrom = m_camera ? *m_camera : stepCamera(previous);
    resetCamera();
    m_transition->stop();
    // The ends drawn while the step before was shown serve when the camera leaves its framing.
    m_flightStarted = m_flightFrom && *m_flightFrom == stepCamera(previous) &&
                      m_flightPrepared == qMakePair(previous, index);
    m_flightPrepared = {-1, -1};
    m_previousStep = m_animated ? previous : -1;
    m_outgoingSlide = m_animated ? m_shownSlide : QImage();
    if (m_animated) {
        int duration = fadeMs;
        if (m_flightFrom) {
            const double doublings =
                std::abs(std::log2(stepCamera(index).scale / m_flightFrom->scale));
            duration = qMin(maximumFlightMs, flightMs + int(120 * doublings));
        }
        m_transition->setDuration(duration);
        m_transition->start();
    }
    update();
}

void PresentationWindow::resetCamera() {
    m_zoom = 1.0;
    m_pan = {};
    m_camera.reset();
    m_passage = -1;
    m_passageId.clear();
}

int PresentationWindow::transitionMs() const {
    return m_transition->duration();
}

const PresentationWindow::DiagramStep *PresentationWindow::diagramStep(int index) const {
    if (index < 0 || index >= int(m_diagramSteps.size()) || !m_diagramSteps[size_t(index)])
        return nullptr;
    return &*m_diagramSteps[size_t(index)];
}

qreal PresentationWindow::magnification() const {
    return magnificationOf(m_controller->currentStep());
}

qreal PresentationWindow::magnificationOf(int index) const {
    const TourStepPicture *step = picture(index);
    const qreal viewHeight = viewAreaOf(index).height();
    return step ? step->viewMagnification(height(), viewHeight)
                : TourStepPicture::magnification(height(), viewHeight);
}

QRectF PresentationWindow::logicalViewArea() const {
    return QRectF(QPointF(0, 0), viewArea().size() / magnification());
}

QPointF PresentationWindow::toLogical(QPointF pos) const {
    return (pos - viewArea().topLeft()) / magnification();
}

DiagramCamera PresentationWindow::stepCamera(int index) const {
    return cameraIn(index, m_controller->currentStep());
}

DiagramCamera PresentationWindow::cameraIn(int index, int areaIndex) const {
    const DiagramStep *step = diagramStep(index);
    if (!step)
        return {};
    const QRectF logical(QPointF(0, 0), viewAreaOf(areaIndex).size() / magnificationOf(areaIndex));
    return DiagramPicture::fitCamera(*step->model, step->path,
                                     DiagramRenderer::diagramArea(logical));
}

DiagramCamera PresentationWindow::restCamera(int index) const {
    return cameraIn(index, index);
}

bool PresentationWindow::canFly(int from, int to) const {
    const DiagramStep *a = diagramStep(from);
    const DiagramStep *b = diagramStep(to);
    return a && b && a->model == b->model;
}

std::optional<DiagramCamera> PresentationWindow::diagramCamera() const {
    if (!diagramStep(m_controller->currentStep()))
        return std::nullopt;
    return m_camera ? *m_camera : stepCamera(m_controller->currentStep());
}

qreal PresentationWindow::zoom() const {
    if (const auto camera = diagramCamera())
        return camera->scale / stepCamera(m_controller->currentStep()).scale;
    return m_zoom;
}

QPointF PresentationWindow::pan() const {
    if (const auto camera = diagramCamera()) {
        const DiagramCamera rest = stepCamera(m_controller->currentStep());
        return (rest.center - camera->center) * camera->scale * magnification();
    }
    return m_pan;
}

QString PresentationWindow::openPassageId() const {
    if (!m_passageId.isEmpty())
        return m_passageId;
    if (m_passage < 0)
        return {};
    const QList<TourStepPicture::Citation> citations =
        TourStepPicture::citations(m_tour.steps.value(m_controller->currentStep()), m_catalogue);
    return m_passage < int(citations.size()) ? citations.at(m_passage).figureId : QString();
}

void PresentationWindow::openPassageFor(const QString &id, bool isFact) {
    if (!TourStepPicture::citation(m_catalogue, id, isFact))
        return;
    m_controller->beginExploring();
    m_passage = -1;
    m_passageId = id;
    m_passageIsFact = isFact;
    update();
}

void PresentationWindow::openPassageAt(int citation) {
    const int index = m_controller->currentStep();
    if (index < 0 || index >= m_tour.stepCount())
        return;
    if (citation < 0 ||
        citation >= int(TourStepPicture::citations(m_tour.steps.at(index), m_catalogue).size()))
        return;
    m_controller->beginExploring();
    m_passage = citation;
    m_passageId.clear();
    update();
}

void PresentationWindow::zoomBy(qreal factor, QPointF around) {
    if (const auto current = diagramCamera()) {
        // The diagram's own camera: zooming in adds detail instead of enlarging pixels.
        const double rest = stepCamera(m_controller->currentStep()).scale;
        const QRectF area = DiagramRenderer::diagramArea(logicalViewArea());
        const QPointF anchor = toLogical(around);
        const QPointF world = current->toWorld(anchor, area);
        DiagramCamera camera = *current;
        camera.scale = qMax(rest * minimumDiagramZoom, camera.scale * factor);
        camera.center = world - (anchor - area.center()) / camera.scale;
        m_camera = camera;
    } else {
        const qreal zoom = qBound(minimumZoom, m_zoom * factor, maximumZoom);
        if (qFuzzyCompare(zoom, m_zoom))
            return;
        // Keep the point under the cursor still: screen = centre + pan + (p - centre) * zoom.
        const QPointF centre = viewArea().center();
        const QPointF content = (around - centre - m_pan) / m_zoom + centre;
        m_zoom = zoom;
        m_pan = around - centre - (content - centre) * m_zoom;
    }
    m_controller->beginExploring();
    update();
}

void PresentationWindow::panBy(QPointF delta) {
    if (const auto current = diagramCamera()) {
        DiagramCamera camera = *current;
        camera.center -= delta / magnification() / camera.scale;
        m_camera = camera;
    } else {
        m_pan += delta;
    }
    m_controller->beginExploring();
    update();
}

bool PresentationWindow::ownsWidget(QObject *object) const {
    if (!object->isWidgetType())
        return false;
    const QWidget *window = static_cast<QWidget *>(object)->window();
    return window == this || (m_presenter && window == m_presenter);
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event) {
    // Application-wide, so the tour sees PageUp/PageDown before any view under the focus.
    if ((event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride) ||
        !isVisible() || !ownsWidget(watched))
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Claim the tour's keys before any shortcut (F5 in the main window, say) takes them.
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((isPresentationKey(key->key()) || key->text() == QLatin1String("?")) &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
            event->accept();
        return false;
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    if (handleWindowKey(*key))
        return true;
    switch (m_controller->handleKey(*key)) {
    case TourController::KeyResult::Ignored:
        return QWidget::eventFilter(watched, event);
    case TourController::KeyResult::Handled:
        return true;
    case TourController::KeyResult::Leave:
        leave();
        return true;
    }
    return true;
}

void PresentationWindow::showEvent(QShowEvent *event) {
    if (!m_filtering) {
        qApp->installEventFilter(this);
        m_filtering = true;
    }
    m_cursorTimer->start();
    QWidget::showEvent(event);
}

void PresentationWindow::hideEvent(QHideEvent *event) {
    if (m_filtering) {
        qApp->removeEventFilter(this);
        m_filtering = false;
    }
    // The window stays after the presentation: the images it kept (up to a few hundred MB at
    // 4K) go, and are drawn again when it comes back.
    m_slides.clear();
    m_drawnSlide = {};
    m_shownSlide = QImage();
    m_outgoingSlide = QImage();
    m_dimmedSlide = QImage();
    m_dimmedOf = 0;
    m_flightFrames.clear();
    m_flightView = QImage();
    m_flightStarted = false;
    m_flightPrepared = {-1, -1};
    QWidget::hideEvent(event);
}

void PresentationWindow::closeEvent(QCloseEvent *event) {
    if (m_presenter)
        m_presenter->close();
    QWidget::closeEvent(event);
    Q_EMIT finished(m_controller->currentStep());
}

void PresentationWindow::pointerMoved(QPointF pos) {
    m_tools->setPosition(PresenterTools::toFraction(pos, rect().toRectF()));
}

void PresentationWindow::updateCursor() {
    if (m_tools->isDrawing())
        setCursor(Qt::CrossCursor);
    else if (m_tools->pointer() != PresenterTools::Pointer::Off)
        setCursor(Qt::BlankCursor); // the big dot or the spotlight is the pointer
    else
        setCursor(Qt::ArrowCursor);
}

void PresentationWindow::leaveEvent(QEvent *event) {
    m_tools->clearPosition();
    QWidget::leaveEvent(event);
}

void PresentationWindow::tabletEvent(QTabletEvent *event) {
    // Accepted, so Qt does not turn the pen into mouse clicks: a pen tap never advances.
    event->accept();
    const QPointF fraction = PresenterTools::toFraction(event->position(), rect().toRectF());
    m_tools->setPosition(fraction);
    if (!m_tools->isDrawing())
        return;
    switch (event->type()) {
    case QEvent::TabletPress:
        m_inking = true;
        m_tools->beginStroke(fraction);
        break;
    case QEvent::TabletMove:
        if (m_inking)
            m_tools->extendStroke(fraction);
        break;
    case QEvent::TabletRelease:
        m_inking = false;
        break;
    default:
        break;
    }
}

void PresentationWindow::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (m_help) {
        showHelp(false);
        m_inking = true; // swallow the release
        return;
    }
    if (m_overview) {
        const QList<QRectF> cells = overviewCells();
        for (int i = 0; i < int(cells.size()); ++i) {
            if (cells.at(i).contains(event->position())) {
                m_overviewSelection = i;
                showOverview(false);
                m_controller->goTo(i);
                break;
            }
        }
        m_inking = true;
        return;
    }
    if (m_tools->isDrawing()) {
        // Ink: the press starts a stroke and never becomes a click that advances.
        m_inking = true;
        m_tools->beginStroke(PresenterTools::toFraction(event->position(), rect().toRectF()));
        return;
    }
    m_pressed = true;
    m_dragged = false;
    m_pressPos = m_lastPos = event->position();
}

void PresentationWindow::mouseMoveEvent(QMouseEvent *event) {
    updateCursor();
    m_cursorTimer->start();
    pointerMoved(event->position());
    if (m_inking) {
        if (m_tools->isDrawing() && (event->buttons() & Qt::LeftButton))
            m_tools->extendStroke(PresenterTools::toFraction(event->position(), rect().toRectF()));
        return;
    }
    if (!m_pressed)
        return;
    const QPointF pos = event->position();
    if (!m_dragged && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance() &&
        viewArea().contains(m_pressPos)) {
        m_dragged = true;
    }
    if (m_dragged)
        panBy(pos - m_lastPos);
    m_lastPos = pos;
}

void PresentationWindow::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && m_inking) {
        m_inking = false;
        return;
    }
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    if (m_dragged)
        return;
    if (m_passage >= 0 || !m_passageId.isEmpty()) {
        m_controller->returnToStep(); // a click anywhere closes the passage
        return;
    }
    const int index = m_controller->currentStep();
    if (m_controller->blank() == TourController::Blank::None && index >= 0 &&
        index < m_tour.stepCount()) {
        const QList<QRectF> lines = TourStepPicture::citationRects(
            m_tour.steps.at(index), m_catalogue, captionArea(), bodyPixelSize());
        for (int i = 0; i < int(lines.size()); ++i) {
            if (lines.at(i).contains(event->position())) {
                openPassageAt(i);
                return;
            }
        }
        // While exploring, the diagram's linked parts open their passages.
        if (m_controller->isExploring() && viewArea().contains(event->position())) {
            const QPointF logical = toLogical(event->position());
            for (const LinkZone &zone : std::as_const(m_zones)) {
                if (zone.rect.contains(logical)) {
                    openPassageFor(zone.id, zone.isFact);
                    return;
                }
            }
        }
    }
    m_controller->click();
}

void PresentationWindow::wheelEvent(QWheelEvent *event) {
    if (m_overview || m_help)
        return;
    const qreal steps = event->angleDelta().y() / 120.0;
    if (qFuzzyIsNull(steps))
        return;
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void PresentationWindow::paintView(QPainter &painter, const SlideFrames::State &state,
                                   std::optional<qreal> flight, QList<LinkZone> *zones) const {
    const int index = state.step;
    const TourStepPicture *step = picture(index);
    const QRectF area = viewAreaOf(index);
    if (!step || area.isEmpty())
        return;
    PaintOptions options;
    options.theme = m_theme;
    painter.save();
    painter.setClipRect(area);
    // Views lay out their labels for a desktop window: draw them magnified for the room.
    const qreal magnified = step->viewMagnification(height(), area.height());
    painter.translate(area.topLeft());
    painter.scale(magnified, magnified);
    const QRectF logical(QPointF(0, 0), area.size() / magnified);
    // Type for the room: no text of the view below 1/40 of the screen's height.
    options = TourStepPicture::viewOptions(options, height(), magnified);

    if (const DiagramStep *diagram = diagramStep(index)) {
        DiagramCamera camera = state.camera ? *state.camera : restCamera(index);
        DiagramState shown = diagram->state;
        if (flight && m_flightFrom) {
            camera = flightCamera(*m_flightFrom, stepCamera(index), *flight);
            if (*flight < 0.5 && diagramStep(m_previousStep))
                shown = diagramStep(m_previousStep)->state; // the old focus until halfway
        }
        if (state.camera || flight)
            shown.hasFocus = false; // a free or moving camera shows everything evenly
        DiagramRenderer::paint(painter, *diagram->model, logical, camera, shown, options,
                               flight ? nullptr : zones);
    } else {
        const QPointF centre = logical.center();
        painter.translate(centre + state.pan / magnified);
        painter.scale(state.zoom, state.zoom);
        painter.translate(-centre);
        step->paintView(painter, logical, options);
    }
    painter.restore();
}

void PresentationWindow::paintSlide(QPainter &painter, const SlideFrames::State &state,
                                    QList<LinkZone> *zones) const {
    const TourStep &step = m_tour.steps.at(state.step);
    const qreal body = bodyPixelSize();
    if (zones)
        zones->clear();
    paintView(painter, state, std::nullopt, zones);

    painter.setFont(Theme::font(body * 1.5, true));
    painter.setPen(m_theme.text);
    const QRectF title = titleArea();
    painter.drawText(
        title, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter.font())
            .elidedText(TourText::resolve(step.title, m_catalogue), Qt::ElideRight, title.width()));

    PaintOptions options;
    options.theme = m_theme;
    TourStepPicture::paintCaption(painter, placement(state.step).caption, step, m_catalogue,
                                  options, body);
    paintFooter(painter, state);
    if (state.passage >= 0 || !state.passageId.isEmpty())
        paintPassage(painter, state);
}

SlideFrames::State PresentationWindow::slideState() const {
    SlideFrames::State state;
    state.step = m_controller->currentStep();
    state.camera = m_camera;
    state.zoom = m_zoom;
    state.pan = m_pan;
    state.passage = m_passage;
    state.passageId = m_passageId;
    state.passageIsFact = m_passageIsFact;
    state.typedNumber = m_controller->typedNumber();
    state.exploring = m_controller->isExploring();
    return state;
}

SlideFrames::Key PresentationWindow::slideKey(const SlideFrames::State &state,
                                              const SlideFrames::Target &target) const {
    return {state, target, m_theme,
            Language::current() + u'/' + LocalizedText::readerLanguage() + u'/' +
                FigureFormat::locale().name()};
}

namespace {

// The format of the image a painter draws into, where a kept image blitted at whole device
// pixels gives the pixels drawing would; Format_Invalid elsewhere.
QImage::Format blittableFormat(const QPainter &painter, qreal devicePixelRatio) {
    const QPaintEngine *engine = painter.paintEngine();
    const QPaintDevice *device = engine ? engine->paintDevice() : nullptr;
    if (!device || painter.opacity() != 1 ||
        painter.compositionMode() != QPainter::CompositionMode_SourceOver)
        return QImage::Format_Invalid;
    const QTransform t = painter.deviceTransform();
    if (t.type() > QTransform::TxScale || t.m11() != devicePixelRatio ||
        t.m22() != devicePixelRatio || t.dx() != std::round(t.dx()) || t.dy() != std::round(t.dy()))
        return QImage::Format_Invalid;
    QImage::Format format = QImage::Format_Invalid;
    if (device->devType() == QInternal::Image)
        format = static_cast<const QImage *>(device)->format();
    else if (device->devType() == QInternal::Pixmap && device->depth() == 32)
        format = static_cast<const QPixmap *>(device)->hasAlphaChannel()
                     ? QImage::Format_ARGB32_Premultiplied
                     : QImage::Format_RGB32;
    return format == QImage::Format_RGB32 || format == QImage::Format_ARGB32_Premultiplied
               ? format
               : QImage::Format_Invalid;
}

} // namespace

SlideFrames::Slide PresentationWindow::drawSlide(const SlideFrames::State &state,
                                                 const SlideFrames::Target &target,
                                                 QPainter::RenderHints hints) const {
    // Drawn in the target's format, so text and blending are the same as drawing there.
    SlideFrames::Slide drawn;
    drawn.image = QImage(target.pixels, target.format);
    drawn.image.setDevicePixelRatio(target.devicePixelRatio);
    QPainter p(&drawn.image);
    p.setRenderHints(hints);
    p.fillRect(rect(), m_theme.background);
    paintSlide(p, state, &drawn.zones);
    p.end();
    // Every pixel is opaque (the background is filled first): the same bytes read as RGB32,
    // which a blit copies instead of blending pixel by pixel.
    drawn.image.reinterpretAsFormat(QImage::Format_RGB32);
    return drawn;
}

const SlideFrames::Slide *PresentationWindow::slide(const QPainter &painter) const {
    const qreal ratio = painter.device()->devicePixelRatio();
    const QImage::Format format = blittableFormat(painter, ratio);
    if (format == QImage::Format_Invalid)
        return nullptr;
    m_target = {(QSizeF(size()) * ratio).toSize(), ratio, format};
    const SlideFrames::State state = slideState();
    if (!m_slideImages) {
        m_drawnSlide = drawSlide(state, m_target, painter.renderHints());
        return &m_drawnSlide;
    }
    const SlideFrames::Key key = slideKey(state, m_target);
    if (const SlideFrames::Slide *kept = m_slides.find(key)) {
        m_reusedSlide = true;
        return kept;
    }
    return &m_slides.keep(key, drawSlide(state, m_target, painter.renderHints()));
}

void PresentationWindow::prepareNeighbours() {
    m_preparing = false;
    const SlideFrames::State shown = slideState();
    // Not while exploring (every drag would draw them again) nor mid-transition.
    if (!m_slideImages || !shown.atRest() || isTransitioning() ||
        m_target.format == QImage::Format_Invalid ||
        m_target.pixels != (QSizeF(size()) * m_target.devicePixelRatio).toSize())
        return;
    QList<SlideFrames::State> wanted;
    for (const int step : {shown.step + 1, shown.step - 1}) {
        if (step >= 0 && step < m_tour.stepCount())
            wanted.append(SlideFrames::State::rest(step));
    }
    // The kept ones first become the most recent, so a new one pushes out none of them; the
    // slide shown last of all.
    QList<SlideFrames::State> missing;
    for (const SlideFrames::State &state : std::as_const(wanted)) {
        if (!m_slides.find(slideKey(state, m_target)))
            missing.append(state);
    }
    const QPainter::RenderHints hints = QPainter::Antialiasing | QPainter::TextAntialiasing;
    for (const SlideFrames::State &state : std::as_const(missing))
        m_slides.keep(slideKey(state, m_target), drawSlide(state, m_target, hints));
    m_slides.find(slideKey(shown, m_target));
    // The clicker mostly goes forward: the views at both ends of the flight to the next step.
    prepareFlight(shown.step + 1);
}

std::optional<PresentationWindow::Flight> PresentationWindow::flight(int from, int to,
                                                                     qreal devicePixelRatio) const {
    const DiagramStep *before = diagramStep(from);
    const DiagramStep *after = diagramStep(to);
    const TourStepPicture *step = picture(to);
    const QRectF area = viewAreaOf(to);
    if (!before || !after || !step || before->model != after->model || area.isEmpty())
        return std::nullopt;
    // The view drawn magnified for the room: an image whose pixel ratio carries the
    // magnification, so the kept ends are drawn and composed in its device pixels.
    Flight f;
    f.model = after->model.get();
    const qreal magnified = step->viewMagnification(height(), area.height());
    f.pixels = (area.size() * devicePixelRatio).toSize();
    f.pixelRatio = devicePixelRatio * magnified;
    f.logical = QRectF(QPointF(0, 0), QSizeF(f.pixels) / f.pixelRatio);
    f.options.theme = m_theme;
    f.options = TourStepPicture::viewOptions(f.options, height(), magnified);
    // A moving camera shows everything evenly; the old step's state until halfway.
    f.from = before->state;
    f.to = after->state;
    f.from.hasFocus = f.to.hasFocus = false;
    f.start = cameraIn(from, to);
    f.end = cameraIn(to, to);
    return f;
}

void PresentationWindow::paintFlight(QPainter &painter, qreal t) const {
    const std::optional<Flight> f =
        flight(m_previousStep, m_controller->currentStep(), painter.device()->devicePixelRatio());
    if (!f || !m_flightFrom)
        return;
    if (m_flightView.size() != f->pixels)
        m_flightView = QImage(f->pixels, QImage::Format_ARGB32_Premultiplied);
    m_flightView.setDevicePixelRatio(f->pixelRatio);
    // No antialiasing on this painter: the ends are scaled on Qt's fast path (the renderer
    // antialiases what it draws itself).
    QPainter p(&m_flightView);
    if (!m_flightStarted) {
        m_flightFrames.clear();
        m_flightFrames.paint(p, *f->model, f->logical, *m_flightFrom, f->from, f->options);
        m_flightStarted = true;
    }
    m_flightFrames.paintTowards(p, *f->model, f->logical, flightCamera(*m_flightFrom, f->end, t),
                                t < 0.5 ? f->from : f->to, f->end, f->to, f->options);
    p.end();
    // Opaque (the ends are, and what neither shows is filled): the same bytes read as RGB32
    // are copied rather than blended.
    m_flightView.reinterpretAsFormat(QImage::Format_RGB32);
    painter.drawImage(flightViewRect().topLeft(), m_flightView);
    m_flightView.reinterpretAsFormat(QImage::Format_ARGB32_Premultiplied);
}

bool PresentationWindow::paintSpotlight(QPainter &painter, const QImage &slide) const {
    if (m_tools->pointer() != PresenterTools::Pointer::Spotlight || !m_tools->hasPosition() ||
        !m_tools->strokes().isEmpty() || m_target.format == QImage::Format_Invalid)
        return false;
    const QRectF all = rect().toRectF();
    if (m_dimmedOf != slide.cacheKey()) {
        // Veiled as PresenterTools veils it: the same fill, in the screen's format. Into the
        // image kept before where it fits: fresh memory costs more than the copy.
        if (m_dimmedSlide.size() != slide.size())
            m_dimmedSlide = QImage(slide.size(), m_target.format);
        m_dimmedSlide.reinterpretAsFormat(m_target.format);
        m_dimmedSlide.setDevicePixelRatio(slide.devicePixelRatio());
        QPainter p(&m_dimmedSlide);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.drawImage(QPointF(0, 0), slide);
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        p.fillRect(all, PresenterTools::spotlightVeil());
        p.end();
        m_dimmedSlide.reinterpretAsFormat(QImage::Format_RGB32);
        m_dimmedOf = slide.cacheKey();
    }
    painter.drawImage(QPointF(0, 0), m_dimmedSlide);
    // The square around the circle, its edges on whole pixels away from the circle: bright,
    // then veiled but for the circle, as PresenterTools draws it there.
    const qreal r = PresenterTools::spotlightRadius(all.height());
    const QPointF centre = m_tools->pointerCentre(all);
    const QRect around =
        QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r)).toAlignedRect().adjusted(-1, -1, 1, 1);
    const QRect box = around & rect();
    if (box.isEmpty())
        return true;
    painter.save();
    painter.setClipRect(box); // a blit clipped to a rectangle copies only that
    painter.drawImage(QPointF(0, 0), slide);
    // The square's veil, drawn once for where the circle lies in it (the antialiased circle
    // costs more than the rest of the frame) and blended as drawing it blends: the same
    // coverage, the same colour.
    const QRect square(around.topLeft(),
                       QSize(2 * int(std::ceil(r)) + 4, 2 * int(std::ceil(r)) + 4));
    const QPointF offset = centre - QPointF(square.topLeft());
    const qreal dpr = slide.devicePixelRatio();
    if (m_spotlightSquare.size() != square.size() * dpr || m_spotlightOffset != offset ||
        m_spotlightSquare.devicePixelRatio() != dpr) {
        m_spotlightSquare = QImage(square.size() * dpr, QImage::Format_ARGB32_Premultiplied);
        m_spotlightSquare.setDevicePixelRatio(dpr);
        m_spotlightSquare.fill(Qt::transparent);
        QPainter p(&m_spotlightSquare);
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath veil;
        veil.addRect(QRectF(QPointF(0, 0), QSizeF(square.size())));
        veil.addEllipse(offset, r, r);
        veil.setFillRule(Qt::OddEvenFill);
        p.fillPath(veil, PresenterTools::spotlightVeil());
        p.end();
        m_spotlightOffset = offset;
    }
    painter.drawImage(square.topLeft(), m_spotlightSquare);
    painter.restore();
    return true;
}

QRect PresentationWindow::flightViewRect() const {
    // At whole pixels, so the view is copied rather than resampled.
    const QRectF area = viewArea();
    return QRect(QPoint(int(std::round(area.left())), int(std::round(area.top()))),
                 area.size().toSize());
}

void PresentationWindow::prepareFlight(int to) {
    const int from = m_controller->currentStep();
    const std::optional<Flight> f = flight(from, to, m_target.devicePixelRatio);
    if (!f || !m_animated || m_flightPrepared == qMakePair(from, to))
        return;
    if (m_flightView.size() != f->pixels)
        m_flightView = QImage(f->pixels, QImage::Format_ARGB32_Premultiplied);
    m_flightView.setDevicePixelRatio(f->pixelRatio);
    QPainter p(&m_flightView);
    m_flightFrames.clear();
    m_flightFrames.paint(p, *f->model, f->logical, f->start, f->from, f->options);
    m_flightFrames.paintTowards(p, *f->model, f->logical, f->start, f->from, f->end, f->to,
                                f->options);
    m_flightPrepared = {from, to};
}

void PresentationWindow::setSlideImagesEnabled(bool enabled) {
    m_slideImages = enabled;
    m_slides.clear();
    m_drawnSlide = {};
    update();
}

void PresentationWindow::seekTransition(int ms) {
    if (isTransitioning())
        m_transition->setCurrentTime(ms);
}

void PresentationWindow::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_reusedSlide = false;
    const TourController::Blank blank = m_controller->blank();
    const int index = m_controller->currentStep();
    if (blank != TourController::Blank::None || index < 0 || index >= m_tour.stepCount()) {
        painter.fillRect(rect(), blank == TourController::Blank::Black   ? QColor(Qt::black)
                                 : blank == TourController::Blank::White ? QColor(Qt::white)
                                                                         : m_theme.background);
        m_zones.clear();
        return;
    }
    const bool changing = isTransitioning() && m_previousStep >= 0;
    const qreal t = changing ? m_transition->currentValue().toReal() : 1.0;
    const SlideFrames::Slide *kept = (changing || m_slideImages) ? slide(painter) : nullptr;
    const SlideFrames::State state = slideState();
    bool spotlit = false; // the pointer tools are drawn already
    if (!kept) {
        // Drawn: slide images are off (at rest), or this painter cannot take a blit exactly.
        painter.fillRect(rect(), m_theme.background);
        paintSlide(painter, state, &m_zones);
        if (changing && m_flightFrom) {
            painter.fillRect(viewArea(), m_theme.background);
            paintView(painter, state, t);
        }
        m_shownSlide = QImage();
    } else if (changing && m_flightFrom) {
        // One camera flies from the old framing to the new, under the new step's text: the
        // slide around the view, then the view.
        const QRect view = flightViewRect();
        for (const QRect &r : QRegion(rect()) - QRegion(view)) {
            const qreal dpr = kept->image.devicePixelRatio();
            painter.drawImage(QRectF(r), kept->image,
                              QRectF(QPointF(r.topLeft()) * dpr, QSizeF(r.size()) * dpr));
        }
        paintFlight(painter, t);
        m_shownSlide = kept->image;
    } else if (changing) {
        // The two slides cross-fade: two blits.
        const QImage &from = m_outgoingSlide;
        if (from.size() == kept->image.size() &&
            from.devicePixelRatio() == kept->image.devicePixelRatio())
            painter.drawImage(QPointF(0, 0), from);
        else
            painter.fillRect(rect(), m_theme.background);
        painter.setOpacity(t);
        painter.drawImage(QPointF(0, 0), kept->image);
        painter.setOpacity(1);
        m_shownSlide = kept->image;
    } else {
        if (paintSpotlight(painter, kept->image))
            spotlit = true;
        else
            painter.drawImage(QPointF(0, 0), kept->image);
        m_shownSlide = kept->image;
    }
    if (changing)
        m_zones.clear(); // the view moves: nothing to click
    else if (kept)
        m_zones = kept->zones;
    if (kept && !changing && m_slideImages && !m_preparing) {
        // Once this frame is out, the neighbouring steps' slides are drawn.
        m_preparing = true;
        QTimer::singleShot(0, this, &PresentationWindow::prepareNeighbours);
    }
    if (!spotlit)
        m_tools->paint(painter, rect().toRectF());
    if (m_overview)
        paintOverview(painter);
    if (m_help)
        paintHelp(painter);
}

void PresentationWindow::resizeEvent(QResizeEvent *event) {
    m_slides.clear();        // their key has the size: only the memory is freed here
    m_flightStarted = false; // a flight under way starts again from its first view
    m_flightPrepared = {-1, -1};
    QWidget::resizeEvent(event);
}

void PresentationWindow::changeEvent(QEvent *event) {
    // A translator or font installed while presenting: the text of every kept slide changes.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::ApplicationFontChange) {
        m_slides.clear();
        update();
    }
    QWidget::changeEvent(event);
}

void PresentationWindow::paintOverview(QPainter &painter) const {
    const qreal body = bodyPixelSize();
    painter.fillRect(rect(), m_theme.surface);
    painter.setPen(m_theme.text);
    painter.setFont(Theme::font(body * 1.3, true));
    painter.drawText(QRectF(body, body * 0.5, width() - 2 * body, body * 2),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("All steps: arrows and Return pick one, Esc returns"));
    const QList<QRectF> cells = overviewCells();
    const QSize thumb = cells.isEmpty() ? QSize() : cells.first().size().toSize();
    if (m_thumbnails.size() != cells.size() ||
        (!m_thumbnails.isEmpty() && m_thumbnails.first().size() != thumb)) {
        // Painted once per size: the slides do not change while the overview is open.
        m_thumbnails.clear();
        const QSizeF page = size();
        for (int i = 0; i < int(cells.size()); ++i) {
            QImage image(thumb, QImage::Format_ARGB32_Premultiplied);
            image.fill(m_theme.background);
            if (const TourStepPicture *step = picture(i)) {
                QPainter p(&image);
                p.setRenderHint(QPainter::Antialiasing);
                p.scale(thumb.width() / page.width(), thumb.height() / page.height());
                PaintOptions options;
                options.theme = m_theme;
                options.printing = true;
                step->paintContent(p, QRectF(QPointF(0, 0), page), options);
            }
            m_thumbnails.append(image);
        }
    }
    const qreal labelSize = height() / 36.0;
    for (int i = 0; i < int(cells.size()); ++i) {
        const QRectF cell = cells.at(i);
        painter.drawImage(cell.topLeft(), m_thumbnails.at(i));
        const bool selected = i == m_overviewSelection;
        const bool current = i == m_controller->currentStep();
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(selected ? m_theme.accent : m_theme.line,
                            selected ? qMax<qreal>(4, body / 4) : 1));
        painter.drawRect(cell.adjusted(-1, -1, 1, 1));
        painter.setFont(Theme::font(labelSize, selected || current));
        painter.setPen(selected ? m_theme.accent : m_theme.text);
        const QRectF label(cell.left(), cell.bottom() + body * 0.15, cell.width(), labelSize * 1.4);
        const QString text = QStringLiteral("%1  %2").arg(i + 1).arg(
            TourText::resolve(m_tour.steps.at(i).title, m_catalogue));
        painter.drawText(
            label, Qt::AlignLeft | Qt::AlignTop,
            QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, label.width()));
    }
}

void PresentationWindow::paintHelp(QPainter &painter) const {
    const QList<HelpEntry> entries = helpEntries();
    const qreal size = height() / 34.0;
    const QFont keyFont = Theme::font(size, true);
    const QFont actionFont = Theme::font(size);
    const QFontMetricsF keyMetrics(keyFont);
    const QFontMetricsF actionMetrics(actionFont);
    qreal keyWidth = 0;
    qreal actionWidth = 0;
    for (const HelpEntry &e : entries) {
        keyWidth = qMax(keyWidth, keyMetrics.horizontalAdvance(e.keyText));
        actionWidth = qMax(actionWidth, actionMetrics.horizontalAdvance(e.action));
    }
    const qreal line = keyMetrics.height() * 1.25;
    const qreal pad = size;
    const QString heading = tr("Presentation keys");
    const qreal panelWidth = qMin(width() - 2.0 * pad, keyWidth + actionWidth + 4 * pad);
    const qreal panelHeight = qMin(height() - 2.0 * pad, (entries.size() + 1.6) * line + 2 * pad);
    const QRectF panel((width() - panelWidth) / 2, (height() - panelHeight) / 2, panelWidth,
                       panelHeight);
    painter.save();
    painter.fillRect(rect(), QColor(0, 0, 0, 120));
    QPainterPath path;
    path.addRoundedRect(panel, pad / 2, pad / 2);
    painter.fillPath(path, m_theme.background);
    painter.setPen(QPen(m_theme.accent, qMax<qreal>(2, size / 10)));
    painter.drawPath(path);
    painter.setClipRect(panel);
    qreal y = panel.top() + pad;
    painter.setFont(Theme::font(size * 1.2, true));
    painter.setPen(m_theme.text);
    painter.drawText(QRectF(panel.left() + pad, y, panel.width() - 2 * pad, line * 1.2),
                     Qt::AlignLeft | Qt::AlignVCenter, heading);
    y += line * 1.6;
    const qreal keyRight = panel.left() + pad + keyWidth;
    for (const HelpEntry &e : entries) {
        painter.setFont(keyFont);
        painter.setPen(m_theme.accent);
        painter.drawText(QRectF(panel.left() + pad, y, keyWidth, line),
                         Qt::AlignRight | Qt::AlignVCenter, e.keyText);
        painter.setFont(actionFont);
        painter.setPen(m_theme.text);
        const QRectF action(keyRight + pad, y, panel.right() - pad - keyRight - pad, line);
        painter.drawText(action, Qt::AlignLeft | Qt::AlignVCenter,
                         actionMetrics.elidedText(e.action, Qt::ElideRight, action.width()));
        y += line;
    }
    painter.restore();
}

void PresentationWindow::paintFooter(QPainter &painter, const SlideFrames::State &state) const {
    const qreal body = bodyPixelSize();
    const QRectF footer = footerArea();
    // A thin progress bar along the bottom edge and a small counter: present, not loud.
    const qreal barHeight = qMax<qreal>(3, body / 6);
    const QRectF bar(0, height() - barHeight, width(), barHeight);
    painter.fillRect(bar, m_theme.surface);
    const qreal fraction = double(state.step + 1) / qMax(1, m_tour.stepCount());
    painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * fraction, barHeight),
                     m_theme.accent);

    const QRectF text = footer.adjusted(0, 0, 0, -barHeight);
    painter.setFont(Theme::font(RoomType(height()).minimum));
    painter.setPen(m_theme.mutedText);
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter,
                     TourController::counterText(state.step, m_tour.stepCount()));

    QString hint;
    QColor colour = m_theme.mutedText;
    if (!state.typedNumber.isEmpty()) {
        hint = tr("Go to step %1, then Return").arg(state.typedNumber);
        colour = m_theme.accent;
    } else if (state.exploring) {
        hint = tr("Exploring: Esc or R returns to the step");
        colour = m_theme.accent;
    }
    if (!hint.isEmpty()) {
        painter.setFont(Theme::font(RoomType::up(body * 0.9), true));
        painter.setPen(colour);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, hint);
    }
}

void PresentationWindow::paintPassage(QPainter &painter, const SlideFrames::State &state) const {
    std::optional<TourStepPicture::Citation> shown;
    if (!state.passageId.isEmpty()) {
        shown = TourStepPicture::citation(m_catalogue, state.passageId, state.passageIsFact);
    } else {
        const QList<TourStepPicture::Citation> citations =
            TourStepPicture::citations(m_tour.steps.value(state.step), m_catalogue);
        if (state.passage >= 0 && state.passage < int(citations.size()))
            shown = citations.at(state.passage);
    }
    if (!shown)
        return;
    const TourStepPicture::Citation &c = *shown;
    const qreal body = bodyPixelSize();
    struct Block {
        QString text;
        QFont font;
        QColor colour;
    };
    const QString heading =
        c.value.isEmpty() ? c.label : QStringLiteral("%1: %2").arg(c.label, c.value);
    QList<Block> blocks = {{heading, Theme::font(body * 1.3, true), m_theme.text},
                           {c.document, Theme::font(body), m_theme.mutedText}};
    if (!c.passage.isEmpty())
        blocks.append({QStringLiteral("\u201c%1\u201d").arg(c.passage), Theme::font(body * 1.1),
                       m_theme.text});
    if (!c.translation.isEmpty())
        blocks.append({tr("Our translation: \u201c%1\u201d").arg(c.translation), Theme::font(body),
                       m_theme.mutedText});
    blocks.append({tr("Esc, R or a click returns to the step"),
                   Theme::font(RoomType(height()).minimum), m_theme.mutedText});

    // The panel is as tall as its text, centred, at most most of the screen.
    const qreal panelWidth = width() * 0.8;
    const qreal textWidth = panelWidth - 2 * body;
    qreal textHeight = 0;
    QList<qreal> heights;
    for (const Block &b : blocks) {
        heights.append(QFontMetricsF(b.font)
                           .boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, b.text)
                           .height());
        textHeight += heights.last() + body * 0.6;
    }
    const qreal panelHeight = qMin(height() * 0.9, textHeight + body * 1.4);
    const QRectF panel((width() - panelWidth) / 2, (height() - panelHeight) / 2, panelWidth,
                       panelHeight);
    painter.save();
    painter.fillRect(rect(), QColor(0, 0, 0, 90));
    QPainterPath path;
    path.addRoundedRect(panel, body * 0.5, body * 0.5);
    painter.fillPath(path, m_theme.background);
    painter.setPen(QPen(m_theme.accent, qMax<qreal>(2, body / 10)));
    painter.drawPath(path);

    const QRectF inner = panel.adjusted(body, body, -body, -body * 0.4);
    painter.setClipRect(inner);
    qreal y = inner.top();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        painter.setFont(b.font);
        painter.setPen(b.colour);
        const bool last = i + 1 == blocks.size();
        painter.drawText(QRectF(inner.left(), y, inner.width(), heights.at(i)),
                         Qt::TextWordWrap | Qt::AlignTop | (last ? Qt::AlignRight : Qt::AlignLeft),
                         b.text);
        y += heights.at(i) + body * 0.6;
    }
    painter.restore();
}

} // namespace colossus
