#include "PresenterView.h"

#include "catalogue/Catalogue.h"
#include "tour/TourController.h"
#include "tour/TourStepPicture.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTime>
#include <QTimer>

namespace colossus {

PresenterView::PresenterView(const Catalogue &catalogue, const Tour &tour,
                             TourController *controller, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_catalogue(catalogue)
    , m_tour(tour)
    , m_controller(controller)
    , m_clock(new QTimer(this)) {
    setWindowTitle(tr("Presenter view: %1").arg(tour.title));
    setAttribute(Qt::WA_OpaquePaintEvent);
    for (int i = 0; i < tour.stepCount(); ++i)
        m_pictures.push_back(TourStepPicture::create(catalogue, m_tour, i, nullptr));
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] { update(); });
    connect(controller, &TourController::stepChanged, this, [this] { update(); });
    connect(controller, &TourController::blankChanged, this, [this] { update(); });
    connect(controller, &TourController::typedNumberChanged, this, [this] { update(); });
    connect(controller, &TourController::exploringChanged, this, [this] { update(); });
    m_elapsed.start();
}

PresenterView::~PresenterView() = default;

void PresenterView::setTheme(const Theme &theme) {
    m_theme = theme;
    update();
}

QString PresenterView::clockText() const {
    return QTime::currentTime().toString(QStringLiteral("HH:mm"));
}

QString PresenterView::elapsedText() const {
    const qint64 seconds = m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0;
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void PresenterView::showEvent(QShowEvent *event) {
    m_elapsed.restart();
    m_clock->start();
    QWidget::showEvent(event);
}

void PresenterView::paintStep(QPainter &painter, const QRectF &rect, int index,
                              const QString &label) const {
    const qreal body = TourStepPicture::bodyPixelSize(height());
    painter.setFont(Theme::font(body * 0.9, true));
    painter.setPen(m_theme.mutedText);
    const qreal labelHeight = QFontMetricsF(painter.font()).height() * 1.2;
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), labelHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, label);
    const QRectF frame = rect.adjusted(0, labelHeight, 0, 0);
    painter.setPen(QPen(m_theme.line, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    if (index < 0 || index >= int(m_pictures.size()) || !m_pictures[size_t(index)]) {
        painter.setFont(Theme::font(body));
        painter.drawText(frame, Qt::AlignCenter, tr("End of the tour"));
        return;
    }
    PaintOptions options;
    options.theme = m_theme;
    // The slide as the room sees it, scaled down: paint at the projector's proportions.
    const QSizeF page(1920, 1080);
    const qreal scale = qMin(frame.width() / page.width(), frame.height() / page.height());
    const QSizeF shown = page * scale;
    const QRectF target(frame.center() - QPointF(shown.width(), shown.height()) / 2, shown);
    painter.save();
    painter.setClipRect(target);
    painter.fillRect(target, m_theme.background);
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    m_pictures[size_t(index)]->paintContent(painter, QRectF(QPointF(0, 0), page), options);
    painter.restore();
}

void PresenterView::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_theme.surface);
    const qreal body = TourStepPicture::bodyPixelSize(height());
    const qreal margin = body;
    const int index = m_controller->currentStep();

    // Top line: where we are, the time of day and the time since the start.
    painter.setFont(Theme::font(body * 1.4, true));
    painter.setPen(m_theme.text);
    const qreal topHeight = QFontMetricsF(painter.font()).height() * 1.2;
    const QRectF top(margin, margin / 2, width() - 2 * margin, topHeight);
    QString status = tr("Step %1").arg(m_controller->counterText());
    if (m_controller->blank() == TourController::Blank::Black)
        status += tr("  (screen black)");
    else if (m_controller->blank() == TourController::Blank::White)
        status += tr("  (screen white)");
    else if (m_controller->isExploring())
        status += tr("  (exploring)");
    if (!m_controller->typedNumber().isEmpty())
        status += tr("  go to %1").arg(m_controller->typedNumber());
    painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, status);
    painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter,
                     tr("%1   elapsed %2").arg(clockText(), elapsedText()));

    const qreal picturesTop = top.bottom() + margin / 2;
    const qreal picturesHeight = (height() - picturesTop) * 0.5;
    const qreal currentWidth = (width() - 3 * margin) * 0.62;
    const QRectF current(margin, picturesTop, currentWidth, picturesHeight);
    const QRectF next(current.right() + margin, picturesTop, width() - current.right() - 2 * margin,
                      picturesHeight * 0.7);
    paintStep(painter, current, index,
              tr("Now: %1").arg(TourText::resolve(m_tour.steps.value(index).title, m_catalogue)));
    const bool hasNext = index + 1 < m_tour.stepCount();
    paintStep(painter, next, hasNext ? index + 1 : -1,
              hasNext
                  ? tr("Next: %1")
                        .arg(TourText::resolve(m_tour.steps.value(index + 1).title, m_catalogue))
                  : tr("Next: end"));

    // The caption to say and every passage in full.
    QRectF notes(margin, current.bottom() + margin / 2, width() - 2 * margin,
                 height() - current.bottom() - margin);
    if (index < 0 || index >= m_tour.stepCount())
        return;
    const TourStep &step = m_tour.steps.at(index);
    QString text = TourText::resolve(step.caption, m_catalogue) + u'\n';
    for (const TourStepPicture::Citation &c : TourStepPicture::citations(step, m_catalogue)) {
        text += QStringLiteral("\n\u25a0 %1: %2 (%3)").arg(c.label, c.value, c.document);
        if (!c.passage.isEmpty())
            text += QStringLiteral("\n    \u201c%1\u201d").arg(c.passage);
        if (!c.translation.isEmpty())
            text += QStringLiteral("\n    %1").arg(c.translation);
    }
    // Shrink the notes until they fit rather than clip the passages.
    qreal size = body;
    QRectF bounds;
    for (; size > 9; size *= 0.9) {
        bounds = QFontMetricsF(Theme::font(size))
                     .boundingRect(QRectF(notes.topLeft(), QSizeF(notes.width(), 1e6)),
                                   Qt::TextWordWrap, text);
        if (bounds.height() <= notes.height())
            break;
    }
    painter.setFont(Theme::font(size));
    painter.setPen(m_theme.text);
    painter.drawText(notes, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
}

} // namespace colossus
