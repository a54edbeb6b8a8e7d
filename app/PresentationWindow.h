#pragma once

#include "SlideFrames.h"
#include "diagram/DiagramFrameCache.h"
#include "diagram/DiagramModel.h"
#include "diagram/DiagramRenderer.h"
#include "export/Picture.h"
#include "tour/PresenterTools.h"
#include "tour/Tour.h"
#include "tour/TourController.h"
#include "tour/TourStepPicture.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPointF>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QScreen;
class QTimer;
class QVariantAnimation;

namespace colossus {

class Catalogue;
class PresenterView;
class TourStepPicture;

// Presentation mode: the tour full screen for a room. The step's diagram or chart fills the
// main area, its caption and citations run along the bottom in large type (body text height/45,
// 24 px at 1080), with a discreet counter and progress bar. Keys come from TourController; the
// window takes them before any child view (an application event filter), so PageUp/PageDown
// never scroll a view. Between diagram steps of one scenario the camera flies (zooming about
// the point both framings share) through DiagramRenderer, the painter every diagram export
// uses, under the new step's title and caption; other changes cross-fade the two slides. The
// slide is kept as an image while it is shown (SlideFrames), so the frames that only move the
// pointer, and the cross-fades, are blits. Wheel and drag zoom and pan (the diagram's own camera,
// so detail appears as you zoom), a click on a citation opens its passage: that is free
// exploration, and Esc or R returns to the step.
//
// The presenter's tools sit on top: a pointer dot or spotlight (L, S) and ink (D, C) shared
// with the presenter view through PresenterTools, an overview of all steps (O) and a help
// overlay listing every key (?).
class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    PresentationWindow(const Catalogue &catalogue, const Tour &tour, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    TourController &controller() { return *m_controller; }
    const Tour &tour() const { return m_tour; }

    void setTheme(const Theme &theme);
    // Camera moves between steps (on by default; off for still screenshots).
    void setAnimated(bool animated) { m_animated = animated; }
    // Shows the tour full screen from a step; with a second screen attached, the slide goes to
    // the projector and the presenter view to the laptop screen (the screen of the window the
    // presentation was started from; the primary screen when none is given).
    void present(int step = 0, QScreen *laptop = nullptr);
    // Leaves presentation mode (Esc, F5): closes the window and the presenter view.
    void leave();

    // For tests and the presenter view.
    qreal bodyPixelSize() const;
    QRectF viewArea() const;
    QRectF captionArea() const;
    qreal magnification() const; // of the view: see TourStepPicture::magnification
    // Relative to the step's framing: 1 and (0, 0) at rest.
    qreal zoom() const;
    QPointF pan() const;                          // screen pixels
    int openPassage() const { return m_passage; } // index of the citation shown, -1 if none
    QString openPassageId() const;                // figure or fact id shown, empty if none
    void openPassageAt(int citation);
    // A part of the diagram linked to a figure or fact (only while exploring: at rest a
    // click goes forward).
    void openPassageFor(const QString &id, bool isFact);
    const QList<LinkZone> &linkZones() const { return m_zones; } // in the view's logical space
    void zoomBy(qreal factor, QPointF around);
    void panBy(QPointF delta);
    bool isTransitioning() const;
    bool isFlying() const { return isTransitioning() && m_previousStep >= 0 && m_flightFrom; }
    int transitionMs() const; // of the step change under way or last made
    // The camera on a diagram step (the step's framing, or where the presenter moved it).
    std::optional<DiagramCamera> diagramCamera() const;
    PresenterView *presenterView() const; // nullptr with one screen (until P)

    PresenterTools &tools() { return *m_tools; }
    bool isOverviewShown() const { return m_overview; }
    int overviewSelection() const { return m_overviewSelection; }
    QList<QRectF> overviewCells() const;
    void showOverview(bool shown);
    bool isHelpShown() const { return m_help; }
    void showHelp(bool shown);
    // P: the presenter view on the laptop screen, or over the slide when there is one screen
    // (to rehearse); P again closes it.
    void togglePresenterView();
    // X (or the presenter view's button): the slide and the presenter view change screens.
    void swapScreens();

    // Every key the presentation answers, for the help overlay (and its test).
    struct HelpEntry {
        QList<int> keys;
        QString keyText; // as shown: "→ ↓ PgDn Space Return"
        QString action;
    };
    static QList<HelpEntry> helpEntries();
    // True for keys the window, its tools or the controller react to.
    static bool isPresentationKey(int key);

    // The camera a fraction t of the way between two diagram framings.
    static DiagramCamera flightCamera(const DiagramCamera &from, const DiagramCamera &to, double t);

    // Whether the slide is kept as an image and blitted (on by default). Off, every frame at
    // rest draws the slide, as tests compare.
    void setSlideImagesEnabled(bool enabled);
    // Whether the last frame blitted a kept slide without drawing it (tests, benchmarks).
    bool lastFrameReusedSlide() const { return m_reusedSlide; }
    // Moves the step change under way to a time (benchmarks: every frame of a transition).
    void seekTransition(int ms);

Q_SIGNALS:
    void finished(int lastStep);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // A diagram step, painted through DiagramRenderer with a camera the window controls.
    struct DiagramStep {
        std::shared_ptr<const DiagramModel> model;
        ElementPath path;
        DiagramState state;
    };

    void onStepChanged(int index, int previous);
    const DiagramStep *diagramStep(int index) const;
    QRectF logicalViewArea() const; // the view area in the magnified views' coordinates
    QPointF toLogical(QPointF pos) const;
    // A diagram step's framing in the current step's view area (where a flight happens).
    DiagramCamera stepCamera(int index) const;
    // A diagram step's framing in its own view area, as its slide shows it.
    DiagramCamera restCamera(int index) const;
    // A diagram step's framing in another step's view area.
    DiagramCamera cameraIn(int index, int areaIndex) const;
    bool canFly(int from, int to) const;
    void resetCamera();
    QRectF titleArea() const;
    QRectF footerArea() const;
    // Where the view and the caption band of a step go between title and footer
    // (TourStepPicture::place).
    TourStepPicture::Placement placement(int index) const;
    QRectF viewAreaOf(int index) const;
    qreal magnificationOf(int index) const;
    const TourStepPicture *picture(int index) const;
    // What the current step shows (SlideFrames::State).
    SlideFrames::State slideState() const;
    // A step's view; `flight`: the current step's, a fraction of the camera's flight to its
    // framing.
    void paintView(QPainter &painter, const SlideFrames::State &state,
                   std::optional<qreal> flight = std::nullopt,
                   QList<LinkZone> *zones = nullptr) const;
    // Everything of a step that does not move: view, title, caption band, footer, an open
    // passage.
    void paintSlide(QPainter &painter, const SlideFrames::State &state,
                    QList<LinkZone> *zones) const;
    // The current slide as an image for this painter, kept or drawn now; nullptr where
    // blitting an image would not give the pixels drawing does (a scaled painter, an unusual
    // format).
    const SlideFrames::Slide *slide(const QPainter &painter) const;
    SlideFrames::Key slideKey(const SlideFrames::State &state,
                              const SlideFrames::Target &target) const;
    SlideFrames::Slide drawSlide(const SlideFrames::State &state, const SlideFrames::Target &target,
                                 QPainter::RenderHints hints) const;
    // While the presenter talks: the slides of the steps before and after the one shown.
    void prepareNeighbours();
    // A frame of the camera's flight to the current step, `t` of the way: composed, as the
    // canvas's zoom is, from the views at both ends (each drawn once, DiagramFrameCache) into
    // the view area.
    void paintFlight(QPainter &painter, qreal t) const;
    QRect flightViewRect() const; // where paintFlight puts the view
    // The spotlight over a kept slide: the slide kept dimmed too, the circle's square blitted
    // bright, and only its edge drawn. False where PresenterTools must paint it (ink).
    bool paintSpotlight(QPainter &painter, const QImage &slide) const;
    // What a flight from one step to another composes with: the view's image and the views
    // at both ends; nullopt where no camera flies between them.
    struct Flight {
        const DiagramModel *model = nullptr;
        QSize pixels;
        qreal pixelRatio = 1; // of the view's image: the device's times the magnification
        QRectF logical;
        PaintOptions options;
        DiagramState from, to;
        DiagramCamera start, end;
    };
    std::optional<Flight> flight(int from, int to, qreal devicePixelRatio) const;
    // Draws both ends of the flight to a neighbouring step ahead of time.
    void prepareFlight(int to);
    void paintPassage(QPainter &painter, const SlideFrames::State &state) const;
    void paintFooter(QPainter &painter, const SlideFrames::State &state) const;
    bool ownsWidget(QObject *object) const;
    bool handleWindowKey(const QKeyEvent &key); // help, overview, tools, presenter view
    void pointerMoved(QPointF pos);
    void updateCursor();
    void paintOverview(QPainter &painter) const;
    void paintHelp(QPainter &painter) const;

    const Catalogue &m_catalogue;
    Tour m_tour;
    Theme m_theme = Theme::light();
    TourController *m_controller = nullptr;
    std::vector<std::unique_ptr<TourStepPicture>> m_pictures; // nullptr where a view failed
    std::vector<std::optional<DiagramStep>> m_diagramSteps;
    std::optional<DiagramCamera> m_camera;     // free camera while exploring a diagram step
    std::optional<DiagramCamera> m_flightFrom; // where the camera left for the current step
    QPointer<PresenterView> m_presenter;
    QVariantAnimation *m_transition = nullptr;
    QTimer *m_cursorTimer = nullptr; // hides the pointer while the presenter uses a clicker
    int m_previousStep = -1;
    qreal m_zoom = 1.0; // chart steps: a painter zoom and pan over the picture
    QPointF m_pan;
    int m_passage = -1;
    QString m_passageId; // a passage opened from the diagram, not from the caption
    bool m_passageIsFact = false;
    mutable QList<LinkZone> m_zones; // of the current diagram step, as last painted
    bool m_pressed = false;
    bool m_dragged = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_filtering = false;
    bool m_animated = true;
    PresenterTools *m_tools = nullptr;
    bool m_inking = false; // a stroke is being drawn: the press never becomes a click
    bool m_overview = false;
    int m_overviewSelection = 0;
    mutable QList<QImage> m_thumbnails; // the overview's, for the current size and theme
    bool m_help = false;
    bool m_slideImages = true;
    mutable SlideFrames m_slides;
    mutable SlideFrames::Slide m_drawnSlide;  // with slide images off: drawn for this frame
    mutable QImage m_shownSlide;              // the slide of the last frame
    mutable SlideFrames::Target m_target;     // of the last frame, where slides are blitted
    mutable bool m_preparing = false;         // prepareNeighbours is due
    mutable DiagramFrameCache m_flightFrames; // the views at both ends of the flight
    mutable QImage m_flightView;              // a flight frame's view, magnified
    mutable bool m_flightStarted = false;     // the start's view is in m_flightFrames
    mutable QImage m_dimmedSlide;             // the shown slide under the spotlight's veil
    mutable qint64 m_dimmedOf = 0;            // the cacheKey of the slide it dims
    mutable QImage m_spotlightSquare;         // the veil around the circle, as drawn at...
    mutable QPointF m_spotlightOffset;        // ...this centre in the square
    QPair<int, int> m_flightPrepared{-1, -1}; // the steps of the flight whose ends are drawn
    QImage m_outgoingSlide;                   // what a cross-fade starts from
    mutable bool m_reusedSlide = false;
};

} // namespace colossus
