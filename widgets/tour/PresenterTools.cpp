#include "tour/PresenterTools.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace colossus {

PresenterTools::PresenterTools(QObject *parent)
    : QObject(parent) {
}

void PresenterTools::togglePointer(Pointer pointer) {
    m_pointer = m_pointer == pointer ? Pointer::Off : pointer;
    Q_EMIT changed();
}

void PresenterTools::setPosition(QPointF fraction) {
    if (m_hasPosition && m_position == fraction)
        return;
    m_hasPosition = true;
    m_position = fraction;
    if (m_pointer != Pointer::Off) // nothing to repaint while no pointer is shown
        Q_EMIT changed();
}

void PresenterTools::clearPosition() {
    if (!m_hasPosition)
        return;
    m_hasPosition = false;
    Q_EMIT changed();
}

void PresenterTools::setDrawing(bool drawing) {
    if (m_drawing == drawing)
        return;
    m_drawing = drawing;
    Q_EMIT changed();
}

void PresenterTools::beginStroke(QPointF fraction) {
    m_strokes.append(QPolygonF{fraction});
    Q_EMIT changed();
}

void PresenterTools::extendStroke(QPointF fraction) {
    if (m_strokes.isEmpty())
        m_strokes.append(QPolygonF());
    m_strokes.last().append(fraction);
    Q_EMIT changed();
}

void PresenterTools::clearInk() {
    if (m_strokes.isEmpty())
        return;
    m_strokes.clear();
    Q_EMIT changed();
}

bool PresenterTools::handleKey(int key, Qt::KeyboardModifiers modifiers, bool autoRepeat) {
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (key) {
    case Qt::Key_L:
    case Qt::Key_S:
    case Qt::Key_D:
    case Qt::Key_C:
        break;
    default:
        return false;
    }
    if (autoRepeat)
        return true;
    switch (key) {
    case Qt::Key_L:
        togglePointer(Pointer::Dot);
        break;
    case Qt::Key_S:
        togglePointer(Pointer::Spotlight);
        break;
    case Qt::Key_D:
        setDrawing(!m_drawing);
        break;
    case Qt::Key_C:
        clearInk();
        break;
    default:
        break;
    }
    return true;
}

QPointF PresenterTools::toFraction(QPointF pos, const QRectF &slide) {
    if (slide.isEmpty())
        return {};
    return {(pos.x() - slide.left()) / slide.width(), (pos.y() - slide.top()) / slide.height()};
}

QPointF PresenterTools::pointerCentre(const QRectF &slide) const {
    const QPointF at = fromFraction(m_position, slide);
    return {std::round(at.x() * 64) / 64, std::round(at.y() * 64) / 64};
}

QPointF PresenterTools::fromFraction(QPointF fraction, const QRectF &slide) {
    return {slide.left() + fraction.x() * slide.width(),
            slide.top() + fraction.y() * slide.height()};
}

void PresenterTools::paint(QPainter &painter, const QRectF &slide) const {
    painter.save();
    painter.setClipRect(slide);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal h = slide.height();
    if (!m_strokes.isEmpty()) {
        // A strong red that reads on the light, dark and high-contrast slides alike.
        QPen pen(QColor(0xe0, 0x10, 0x40), inkWidth(h), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        for (const QPolygonF &stroke : m_strokes) {
            QPolygonF points;
            for (const QPointF &p : stroke)
                points.append(fromFraction(p, slide));
            if (points.size() == 1)
                painter.drawPoint(points.first());
            else
                painter.drawPolyline(points);
        }
    }
    if (m_pointer == Pointer::Off || !m_hasPosition) {
        painter.restore();
        return;
    }
    const QPointF centre = pointerCentre(slide);
    if (m_pointer == Pointer::Spotlight) {
        QPainterPath veil;
        veil.addRect(slide);
        veil.addEllipse(centre, spotlightRadius(h), spotlightRadius(h));
        veil.setFillRule(Qt::OddEvenFill);
        painter.fillPath(veil, spotlightVeil());
    } else {
        // A red dot with a white ring: visible on white, black and every chart colour.
        const qreal r = dotRadius(h);
        painter.setPen(QPen(Qt::white, qMax<qreal>(2, r / 4)));
        painter.setBrush(QColor(0xff, 0x20, 0x20));
        painter.drawEllipse(centre, r, r);
    }
    painter.restore();
}

namespace Pacing {

State of(qint64 elapsedSeconds, qint64 plannedSeconds) {
    if (plannedSeconds <= 0)
        return State::OnTime;
    if (elapsedSeconds > plannedSeconds)
        return State::Over;
    // The last fifth of the planned time: time to wrap up.
    if (elapsedSeconds * 5 > plannedSeconds * 4)
        return State::NearlyUp;
    return State::OnTime;
}

QColor colour(State state) {
    switch (state) {
    case State::OnTime:
        return QColor(0x1a, 0x8f, 0x3c);
    case State::NearlyUp:
        return QColor(0xd9, 0x8c, 0x00);
    case State::Over:
        return QColor(0xd0, 0x20, 0x20);
    }
    return {};
}

QString clockText(qint64 seconds) {
    const QChar zero(u'0');
    const bool negative = seconds < 0;
    seconds = std::abs(seconds);
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (seconds >= 3600)
        return sign + QStringLiteral("%1:%2:%3")
                          .arg(seconds / 3600)
                          .arg(seconds / 60 % 60, 2, 10, zero)
                          .arg(seconds % 60, 2, 10, zero);
    return sign +
           QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, zero).arg(seconds % 60, 2, 10, zero);
}

} // namespace Pacing

namespace OverviewGrid {

int columns(int count, const QSizeF &area, qreal aspect) {
    if (count <= 0 || area.isEmpty())
        return 1;
    // The column count whose cells come out largest.
    int best = 1;
    qreal bestWidth = 0;
    for (int c = 1; c <= count; ++c) {
        const int rows = (count + c - 1) / c;
        const qreal w = qMin(area.width() / c, area.height() / rows * aspect);
        if (w > bestWidth) {
            bestWidth = w;
            best = c;
        }
    }
    return best;
}

QList<QRectF> cells(int count, const QRectF &area, qreal aspect) {
    QList<QRectF> result;
    if (count <= 0 || area.isEmpty())
        return result;
    const int c = columns(count, area.size(), aspect);
    const int rows = (count + c - 1) / c;
    const qreal cellW = area.width() / c;
    const qreal cellH = area.height() / rows;
    const qreal gap = qMin(cellW, cellH) * 0.06;
    qreal w = cellW - gap;
    qreal h = w / aspect;
    if (h > cellH - gap) {
        h = cellH - gap;
        w = h * aspect;
    }
    const qreal left = area.left() + (area.width() - c * cellW) / 2;
    const qreal top = area.top() + (area.height() - rows * cellH) / 2;
    for (int i = 0; i < count; ++i) {
        const QPointF centre(left + (i % c + 0.5) * cellW, top + (i / c + 0.5) * cellH);
        result.append(QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h));
    }
    return result;
}

int move(int from, int key, int count, int columns) {
    if (count <= 0)
        return 0;
    int to = from;
    switch (key) {
    case Qt::Key_Left:
        to = from - 1;
        break;
    case Qt::Key_Right:
        to = from + 1;
        break;
    case Qt::Key_Up:
        to = from - columns >= 0 ? from - columns : from;
        break;
    case Qt::Key_Down:
        to = from + columns < count ? from + columns : from;
        break;
    case Qt::Key_Home:
        to = 0;
        break;
    case Qt::Key_End:
        to = count - 1;
        break;
    default:
        break;
    }
    return qBound(0, to, count - 1);
}

} // namespace OverviewGrid

} // namespace colossus
