#include "tour/TourController.h"

#include <QKeyEvent>

namespace colossus {

TourController::TourController(int stepCount, QObject *parent)
    : QObject(parent)
    , m_stepCount(qMax(0, stepCount)) {
}

QString TourController::counterText() const {
    return counterText(m_current, m_stepCount);
}

QString TourController::counterText(int index, int stepCount) {
    if (stepCount == 0)
        return {};
    return QStringLiteral("%1 / %2").arg(index + 1).arg(stepCount);
}

double TourController::progress() const {
    return m_stepCount > 1 ? double(m_current) / double(m_stepCount - 1) : 1.0;
}

bool TourController::isTourKey(int key) {
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_B:
    case Qt::Key_Period:
    case Qt::Key_W:
    case Qt::Key_R:
    case Qt::Key_Escape:
    case Qt::Key_F5:
        return true;
    default:
        return key >= Qt::Key_0 && key <= Qt::Key_9;
    }
}

TourController::KeyResult TourController::handleKey(const QKeyEvent &event) {
    return handleKey(event.key(), event.modifiers(), event.isAutoRepeat(), event.text());
}

TourController::KeyResult TourController::handleKey(int key, Qt::KeyboardModifiers modifiers,
                                                    bool autoRepeat, const QString &text) {
    // Shift and the keypad flag are harmless ("." may need Shift; clickers send keypad keys).
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return KeyResult::Ignored;
    if (text == QLatin1String(".") && key != Qt::Key_Period)
        key = Qt::Key_Period;
    if (!isTourKey(key))
        return KeyResult::Ignored;
    // A held clicker button must not race through the tour.
    if (autoRepeat)
        return KeyResult::Handled;

    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        if (m_typed.size() < maximumTypedDigits)
            setTyped(m_typed + QChar(u'0' + (key - Qt::Key_0)));
        return KeyResult::Handled;
    }

    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_typed.isEmpty()) {
            const int number = m_typed.toInt();
            setTyped({});
            if (number >= 1 && number <= m_stepCount) {
                unblank();
                goTo(number - 1);
            }
            return KeyResult::Handled;
        }
        next();
        return KeyResult::Handled;
    case Qt::Key_Backspace:
        if (!m_typed.isEmpty()) {
            setTyped(m_typed.chopped(1));
            return KeyResult::Handled;
        }
        previous();
        return KeyResult::Handled;
    case Qt::Key_Escape:
        if (!m_typed.isEmpty()) {
            setTyped({});
            return KeyResult::Handled;
        }
        if (m_exploring) {
            returnToStep();
            return KeyResult::Handled;
        }
        return KeyResult::Leave;
    case Qt::Key_F5:
        return KeyResult::Leave; // clickers alternate F5 and Esc on one button
    default:
        break;
    }

    setTyped({});
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        previous();
        break;
    case Qt::Key_Home:
        if (!unblank())
            first();
        break;
    case Qt::Key_End:
        if (!unblank())
            last();
        break;
    case Qt::Key_B:
    case Qt::Key_Period:
        toggleBlank(Blank::Black);
        break;
    case Qt::Key_W:
        toggleBlank(Blank::White);
        break;
    case Qt::Key_R:
        returnToStep();
        break;
    default:
        break;
    }
    return KeyResult::Handled;
}

void TourController::next() {
    // On a blanked screen the first key brings the picture back without moving on.
    if (unblank())
        return;
    goTo(m_current + 1);
}

void TourController::previous() {
    if (unblank())
        return;
    goTo(m_current - 1);
}

void TourController::first() {
    goTo(0);
}

void TourController::last() {
    goTo(m_stepCount - 1);
}

void TourController::goTo(int index) {
    if (m_stepCount == 0)
        return;
    index = qBound(0, index, m_stepCount - 1);
    const bool wasExploring = m_exploring;
    setExploring(false);
    if (index != m_current) {
        const int previousIndex = m_current;
        m_current = index;
        Q_EMIT stepChanged(m_current, previousIndex);
    } else if (wasExploring) {
        Q_EMIT returnRequested(m_current);
    }
}

void TourController::setBlank(Blank blank) {
    if (m_blank == blank)
        return;
    m_blank = blank;
    Q_EMIT blankChanged(m_blank);
}

void TourController::toggleBlank(Blank blank) {
    setBlank(m_blank == blank ? Blank::None : blank);
}

void TourController::beginExploring() {
    setExploring(true);
}

void TourController::returnToStep() {
    if (!m_exploring)
        return;
    setExploring(false);
    Q_EMIT returnRequested(m_current);
}

void TourController::click() {
    if (unblank() || m_exploring)
        return;
    next();
}

void TourController::setTyped(const QString &typed) {
    if (m_typed == typed)
        return;
    m_typed = typed;
    Q_EMIT typedNumberChanged(m_typed);
}

void TourController::setExploring(bool exploring) {
    if (m_exploring == exploring)
        return;
    m_exploring = exploring;
    Q_EMIT exploringChanged(m_exploring);
}

bool TourController::unblank() {
    if (m_blank == Blank::None)
        return false;
    setBlank(Blank::None);
    return true;
}

} // namespace colossus
