#pragma once

#include "export/Picture.h"
#include "tour/Tour.h"

#include <QElapsedTimer>
#include <QWidget>
#include <memory>
#include <vector>

class QTimer;

namespace colossus {

class Catalogue;
class TourController;
class TourStepPicture;

// The laptop screen while the projector shows the slide: the current and the next step, the
// caption to say, every cited passage in full with our translation, the clock and the time
// since the start. Shown only when a second screen is attached.
class PresenterView : public QWidget {
    Q_OBJECT
public:
    PresenterView(const Catalogue &catalogue, const Tour &tour, TourController *controller,
                  QWidget *parent = nullptr);
    ~PresenterView() override;

    void setTheme(const Theme &theme);
    QString clockText() const;   // "14:05"
    QString elapsedText() const; // "12:34" since the view was shown

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void paintStep(QPainter &painter, const QRectF &rect, int index, const QString &label) const;

    const Catalogue &m_catalogue;
    Tour m_tour;
    TourController *m_controller = nullptr;
    Theme m_theme = Theme::light();
    std::vector<std::unique_ptr<TourStepPicture>> m_pictures;
    QTimer *m_clock = nullptr;
    QElapsedTimer m_elapsed;
};

} // namespace colossus
