#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

class QPainter;

namespace colossus {

// What the presenter adds on top of a slide: a pointer dot or a spotlight the room can see,
// and ink drawn with the mouse or a pen. Positions are kept as fractions of the slide (0..1),
// so the audience window and the presenter view's small copy of the slide show the same dot
// and the same strokes. Free of widgets, so every state change can be tested.
class PresenterTools : public QObject {
    Q_OBJECT
public:
    enum class Pointer { Off, Dot, Spotlight };

    explicit PresenterTools(QObject *parent = nullptr);

    Pointer pointer() const { return m_pointer; }
    // L and S: a second press of the same key turns the pointer off.
    void togglePointer(Pointer pointer);
    bool hasPosition() const { return m_hasPosition; }
    QPointF position() const { return m_position; } // fraction of the slide
    void setPosition(QPointF fraction);             // the mouse moved over a copy of the slide
    void clearPosition();                           // it left

    bool isDrawing() const { return m_drawing; }
    void setDrawing(bool drawing); // D
    const QList<QPolygonF> &strokes() const { return m_strokes; }
    void beginStroke(QPointF fraction);
    void extendStroke(QPointF fraction);
    void clearInk(); // C, and whenever the step changes

    // Handles L, S, D and C (no Ctrl, Alt or Meta); true when the key was one of them.
    bool handleKey(int key, Qt::KeyboardModifiers modifiers, bool autoRepeat);

    // Paints the ink, the spotlight's veil and the pointer dot over a slide drawn in `slide`.
    void paint(QPainter &painter, const QRectF &slide) const;
    // The pointer's size for a slide of this height: large enough for the back row.
    static qreal dotRadius(qreal slideHeight) { return qMax<qreal>(6, slideHeight / 55.0); }
    static qreal spotlightRadius(qreal slideHeight) { return slideHeight / 6.0; }
    static QColor spotlightVeil() { return QColor(0, 0, 0, 170); } // over all but the circle
    // Where the pointer is drawn on a slide: at 1/64 of a pixel (what the rasterizer resolves),
    // so the same spot always gives the same pixels, also from an image of the spotlight.
    QPointF pointerCentre(const QRectF &slide) const;
    static qreal inkWidth(qreal slideHeight) { return qMax<qreal>(3, slideHeight / 200.0); }

    static QPointF toFraction(QPointF pos, const QRectF &slide);
    static QPointF fromFraction(QPointF fraction, const QRectF &slide);

Q_SIGNALS:
    void changed();

private:
    Pointer m_pointer = Pointer::Off;
    bool m_hasPosition = false;
    QPointF m_position;
    bool m_drawing = false;
    QList<QPolygonF> m_strokes;
};

// How the presenter keeps to time: green while on time, amber in the last fifth of the
// planned time, red when over it.
namespace Pacing {

enum class State { OnTime, NearlyUp, Over };

State of(qint64 elapsedSeconds, qint64 plannedSeconds);
QColor colour(State state);
QString clockText(qint64 seconds); // "04:05", "1:02:03"

} // namespace Pacing

// The overview's grid: as many columns as keep the thumbnails large, cells in reading order.
namespace OverviewGrid {

int columns(int count, const QSizeF &area, qreal aspect);
QList<QRectF> cells(int count, const QRectF &area, qreal aspect);
// The cell reached from `from` by an arrow key (Qt::Key_Left ... Key_Down), clamped.
int move(int from, int key, int count, int columns);

} // namespace OverviewGrid

} // namespace colossus
