#include "PresenterView.h"

#include "catalogue/Catalogue.h"
#include "tour/PresenterTools.h"
#include "tour/TourController.h"
#include "tour/TourStepPicture.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QTime>
#include <QTimer>

namespace colossus {

namespace {

constexpr QSizeF slidePage(1920, 1080); // the slide as the room sees it, scaled down

} // namespace

PresenterView::PresenterView(const Catalogue &catalogue, const Tour &tour,
                             TourController *controller, PresenterTools *tools, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_catalogue(catalogue)
    , m_tour(tour)
    , m_controller(controller)
    , m_tools(tools)
    , m_clock(new QTimer(this))
    , m_swap(new QPushButton(tr("Swap screens (X)"), this)) {
    setWindowTitle(tr("Presenter view: %1").arg(tour.title.text()));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    m_swap->setFocusPolicy(Qt::NoFocus); // the keys stay with the tour
    connect(m_swap, &QPushButton::clicked, this, &PresenterView::swapRequested);
    for (int i = 0; i < tour.stepCount(); ++i)
        m_pictures.push_back(TourStepPicture::create(catalogue, m_tour, i, nullptr));
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] { update(); });
    connect(controller, &TourController::stepChanged, this, [this] {
        m_stepElapsed.restart();
        update();
    });
    connect(controller, &TourController::blankChanged, this, [this] { update(); });
    connect(controller, &TourController::typedNumberChanged, this, [this] { update(); });
    connect(controller, &TourController::exploringChanged, this, [this] { update(); });
    if (m_tools)
        connect(m_tools, &PresenterTools::changed, this, [this] { update(); });
    m_elapsed.start();
    m_stepElapsed.start();
}

PresenterView::~PresenterView() = default;

void PresenterView::setTheme(const Theme &theme) {
    m_theme = theme;
    update();
}

QString PresenterView::clockText() const {
    return QTime::currentTime().toString(QStringLiteral("HH:mm"));
}

qint64 PresenterView::elapsedSeconds() const {
    return m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0;
}

qint64 PresenterView::stepElapsedSeconds() const {
    return m_stepElapsed.isValid() ? m_stepElapsed.elapsed() / 1000 : 0;
}

QString PresenterView::elapsedText() const {
    return Pacing::clockText(elapsedSeconds());
}

QString PresenterView::notesText() const {
    const int index = m_controller->currentStep();
    if (index < 0 || index >= m_tour.stepCount())
        return {};
    return TourText::resolve(m_tour.steps.at(index).notes, m_catalogue);
}

QString PresenterView::stepTimerText() const {
    const int planned = m_tour.steps.value(m_controller->currentStep()).seconds;
    const QString spent = Pacing::clockText(stepElapsedSeconds());
    return planned > 0 ? tr("%1 / %2").arg(spent, Pacing::clockText(planned)) : spent;
}

QString PresenterView::totalTimerText() const {
    const int planned = m_tour.plannedSecondsBefore(m_controller->currentStep() + 1);
    return planned > 0 ? tr("%1 / %2").arg(elapsedText(), Pacing::clockText(planned))
                       : elapsedText();
}

QColor PresenterView::stepTimerColour() const {
    return Pacing::colour(
        Pacing::of(stepElapsedSeconds(), m_tour.steps.value(m_controller->currentStep()).seconds));
}

QColor PresenterView::totalTimerColour() const {
    return Pacing::colour(
        Pacing::of(elapsedSeconds(), m_tour.plannedSecondsBefore(m_controller->currentStep() + 1)));
}

void PresenterView::showEvent(QShowEvent *event) {
    m_elapsed.restart();
    m_stepElapsed.restart();
    m_clock->start();
    QWidget::showEvent(event);
}

PresenterView::Layout PresenterView::layout() const {
    const qreal body = TourStepPicture::bodyPixelSize(height());
    const qreal margin = body;
    const qreal line = QFontMetricsF(Theme::font(body * 1.4, true)).height() * 1.2;
    Layout l;
    l.status = QRectF(margin, margin / 2, width() - 2 * margin, line);
    l.timers = QRectF(margin, l.status.bottom(), width() - 2 * margin, line);
    const qreal top = l.timers.bottom() + margin / 2;
    const qreal picturesHeight = (height() - top) * 0.5;
    const qreal currentWidth = (width() - 3 * margin) * 0.62;
    l.current = QRectF(margin, top, currentWidth, picturesHeight);
    l.currentSlide = slideRect(l.current);
    l.next = QRectF(l.current.right() + margin, top, width() - l.current.right() - 2 * margin,
                    picturesHeight * 0.7);
    l.notes = QRectF(margin, l.current.bottom() + margin / 2, width() - 2 * margin,
                     height() - l.current.bottom() - margin);
    return l;
}

QRectF PresenterView::slideRect(const QRectF &rect) const {
    const qreal body = TourStepPicture::bodyPixelSize(height());
    const qreal labelHeight = QFontMetricsF(Theme::font(body * 0.9, true)).height() * 1.2;
    const QRectF frame = rect.adjusted(0, labelHeight, 0, 0);
    const qreal scale =
        qMin(frame.width() / slidePage.width(), frame.height() / slidePage.height());
    const QSizeF shown = slidePage * scale;
    return QRectF(frame.center() - QPointF(shown.width(), shown.height()) / 2, shown);
}

QRectF PresenterView::currentSlideRect() const {
    return layout().currentSlide;
}

void PresenterView::resizeEvent(QResizeEvent *event) {
    const Layout l = layout();
    const qreal body = TourStepPicture::bodyPixelSize(height());
    m_swap->setFont(Theme::font(body * 0.8));
    m_swap->adjustSize();
    m_swap->move(int(l.next.left()), int(l.next.bottom() + body * 0.5));
    QWidget::resizeEvent(event);
}

void PresenterView::mousePressEvent(QMouseEvent *event) {
    const QRectF slide = currentSlideRect();
    if (!m_tools || event->button() != Qt::LeftButton || !slide.contains(event->position()))
        return;
    if (m_tools->isDrawing()) {
        m_inking = true;
        m_tools->beginStroke(PresenterTools::toFraction(event->position(), slide));
    }
}

void PresenterView::mouseMoveEvent(QMouseEvent *event) {
    if (!m_tools)
        return;
    const QRectF slide = currentSlideRect();
    if (m_inking) {
        m_tools->extendStroke(PresenterTools::toFraction(event->position(), slide));
        return;
    }
    if (slide.contains(event->position()))
        m_tools->setPosition(PresenterTools::toFraction(event->position(), slide));
    else
        m_tools->clearPosition();
}

void PresenterView::mouseReleaseEvent(QMouseEvent *) {
    m_inking = false;
}

void PresenterView::leaveEvent(QEvent *event) {
    if (m_tools && !m_inking)
        m_tools->clearPosition();
    QWidget::leaveEvent(event);
}

void PresenterView::paintStep(QPainter &painter, const QRectF &rect, int index,
                              const QString &label) const {
    const qreal body = TourStepPicture::bodyPixelSize(height());
    painter.setFont(Theme::font(body * 0.9, true));
    painter.setPen(m_theme.mutedText);
    const qreal labelHeight = QFontMetricsF(painter.font()).height() * 1.2;
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), labelHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(label, Qt::ElideRight, rect.width()));
    const QRectF target = slideRect(rect);
    painter.setPen(QPen(m_theme.line, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(target.adjusted(-1, -1, 1, 1));
    if (index < 0 || index >= int(m_pictures.size()) || !m_pictures[size_t(index)]) {
        painter.setFont(Theme::font(body));
        painter.drawText(target, Qt::AlignCenter, tr("End of the tour"));
        return;
    }
    PaintOptions options;
    options.theme = m_theme;
    const qreal scale = target.width() / slidePage.width();
    painter.save();
    painter.setClipRect(target);
    painter.fillRect(target, m_theme.background);
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    m_pictures[size_t(index)]->paintContent(painter, QRectF(QPointF(0, 0), slidePage), options);
    painter.restore();
}

void PresenterView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_theme.surface);
    const qreal body = TourStepPicture::bodyPixelSize(height());
    const int index = m_controller->currentStep();
    const Layout l = layout();

    // Where we are and the time of day.
    painter.setFont(Theme::font(body * 1.4, true));
    painter.setPen(m_theme.text);
    QString status = tr("Step %1").arg(m_controller->counterText());
    if (m_controller->blank() == TourController::Blank::Black)
        status += tr("  (screen black)");
    else if (m_controller->blank() == TourController::Blank::White)
        status += tr("  (screen white)");
    else if (m_controller->isExploring())
        status += tr("  (exploring)");
    if (!m_controller->typedNumber().isEmpty())
        status += tr("  go to %1").arg(m_controller->typedNumber());
    painter.drawText(l.status, Qt::AlignLeft | Qt::AlignVCenter, status);
    painter.drawText(l.status, Qt::AlignRight | Qt::AlignVCenter, clockText());

    // The pacing timers, coloured: this step and the whole tour so far.
    const QFont timerFont = Theme::font(body * 1.2, true);
    painter.setFont(timerFont);
    const QFontMetricsF timerMetrics(timerFont);
    qreal x = l.timers.left();
    const auto part = [&](const QString &text, const QColor &colour) {
        painter.setPen(colour);
        painter.drawText(QRectF(x, l.timers.top(), l.timers.right() - x, l.timers.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += timerMetrics.horizontalAdvance(text) + body;
    };
    part(tr("This step"), m_theme.mutedText);
    part(stepTimerText(), stepTimerColour());
    part(tr("Total"), m_theme.mutedText);
    part(totalTimerText(), totalTimerColour());

    paintStep(painter, l.current, index,
              tr("Now: %1").arg(TourText::resolve(m_tour.steps.value(index).title, m_catalogue)));
    if (m_tools)
        m_tools->paint(painter, l.currentSlide);
    const bool hasNext = index + 1 < m_tour.stepCount();
    paintStep(painter, l.next, hasNext ? index + 1 : -1,
              hasNext
                  ? tr("Next: %1")
                        .arg(TourText::resolve(m_tour.steps.value(index + 1).title, m_catalogue))
                  : tr("Next: end"));

    // The notes first, then the caption and every passage in full.
    if (index < 0 || index >= m_tour.stepCount())
        return;
    const TourStep &step = m_tour.steps.at(index);
    QString text;
    if (!step.notes.isEmpty())
        text += notesText() + QStringLiteral("\n\n");
    text += tr("Caption: %1").arg(TourText::resolve(step.caption, m_catalogue)) + u'\n';
    for (const TourStepPicture::Citation &c : TourStepPicture::citations(step, m_catalogue)) {
        text += QStringLiteral("\n\u25a0 %1: %2 (%3)").arg(c.label, c.value, c.document);
        if (!c.passage.isEmpty())
            text += QStringLiteral("\n    \u201c%1\u201d").arg(c.passage);
        if (!c.translation.isEmpty())
            text += QStringLiteral("\n    %1").arg(c.translation);
    }
    // Shrink until everything fits rather than clip the passages.
    qreal size = body;
    for (; size > 9; size *= 0.9) {
        const QRectF bounds =
            QFontMetricsF(Theme::font(size))
                .boundingRect(QRectF(l.notes.topLeft(), QSizeF(l.notes.width(), 1e6)),
                              Qt::TextWordWrap, text);
        if (bounds.height() <= l.notes.height())
            break;
    }
    painter.setFont(Theme::font(size));
    painter.setPen(m_theme.text);
    painter.drawText(l.notes, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
}

} // namespace colossus
