#pragma once

#include "export/Picture.h"
#include "tour/Tour.h"

#include <QElapsedTimer>
#include <QWidget>
#include <memory>
#include <vector>

class QPushButton;
class QTimer;

namespace colossus {

class Catalogue;
class PresenterTools;
class TourController;
class TourStepPicture;

// The laptop screen while the projector shows the slide: the current and the next step, the
// speaker notes (never shown to the room), the caption to say and every cited passage with our
// translation, the wall clock, the time since the start and a pacing timer per step and for
// the whole tour from tour.json's planned seconds (green on time, amber nearly up, red over).
// The mouse over the current slide moves the room's pointer and draws its ink.
class PresenterView : public QWidget {
    Q_OBJECT
public:
    PresenterView(const Catalogue &catalogue, const Tour &tour, TourController *controller,
                  PresenterTools *tools = nullptr, QWidget *parent = nullptr);
    ~PresenterView() override;

    void setTheme(const Theme &theme);
    QString clockText() const;   // "14:05"
    QString elapsedText() const; // "12:34" since the view was shown
    qint64 elapsedSeconds() const;
    qint64 stepElapsedSeconds() const; // since the current step came up
    QString notesText() const;         // the current step's notes, placeholders filled in
    QString stepTimerText() const;     // "00:45 / 01:00"
    QString totalTimerText() const;    // "12:34 / 15:00": planned through the current step
    QColor stepTimerColour() const;
    QColor totalTimerColour() const;
    // Where the current slide is drawn (its fraction coordinates are the room's).
    QRectF currentSlideRect() const;
    QPushButton *swapButton() const { return m_swap; }

Q_SIGNALS:
    void swapRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Layout {
        QRectF status, timers, current, currentSlide, next, notes;
    };
    Layout layout() const;
    QRectF slideRect(const QRectF &frame) const; // the 16:9 slide inside a frame under its label
    void paintStep(QPainter &painter, const QRectF &rect, int index, const QString &label) const;

    const Catalogue &m_catalogue;
    Tour m_tour;
    TourController *m_controller = nullptr;
    PresenterTools *m_tools = nullptr;
    Theme m_theme = Theme::light();
    std::vector<std::unique_ptr<TourStepPicture>> m_pictures;
    QTimer *m_clock = nullptr;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_stepElapsed;
    QPushButton *m_swap = nullptr;
    bool m_inking = false;
};

} // namespace colossus
