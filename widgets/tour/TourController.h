#pragma once

#include <QObject>
#include <QString>

class QKeyEvent;

namespace colossus {

// The presentation's state machine, free of widgets so every key can be tested: the current
// step, a blacked- or whited-out screen, a step number being typed, and free exploration
// (the presenter zoomed, panned or opened a passage and has not come back to the step yet).
//
// Keys follow what presentation clickers send (reveal.js, Impress): Right/Down/PageDown/Space/
// Return forward, Left/Up/PageUp/Backspace back, Home/End, B or "." black, W white, digits
// then Return to jump, Esc to leave (or, while exploring, to come back to the step), R to
// come back to the step. Auto-repeated keys and keys held with Ctrl, Alt or Meta do nothing.
class TourController : public QObject {
    Q_OBJECT
public:
    enum class Blank { None, Black, White };
    enum class KeyResult {
        Ignored, // not a tour key: let the focused view have it
        Handled, // consumed (including tour keys that were auto-repeated and do nothing)
        Leave    // the presenter asked to leave the presentation
    };

    static constexpr int maximumTypedDigits = 3;

    explicit TourController(int stepCount, QObject *parent = nullptr);

    int stepCount() const { return m_stepCount; }
    int currentStep() const { return m_current; } // 0-based
    Blank blank() const { return m_blank; }
    bool isExploring() const { return m_exploring; }
    QString typedNumber() const { return m_typed; }
    // "3 / 14" as the counter shows it.
    QString counterText() const;
    static QString counterText(int index, int stepCount); // of any step
    double progress() const;                              // 0 at the first step, 1 at the last

    KeyResult handleKey(int key, Qt::KeyboardModifiers modifiers, bool autoRepeat,
                        const QString &text = {});
    KeyResult handleKey(const QKeyEvent &event);
    // True for keys the presentation takes before any child view (PageUp scrolls views).
    static bool isTourKey(int key);

public Q_SLOTS:
    void next();
    void previous();
    void first();
    void last();
    void goTo(int index); // clamped to the steps
    void setBlank(Blank blank);
    void toggleBlank(Blank blank);
    // Called by the views when the presenter zooms, pans or opens a passage.
    void beginExploring();
    void returnToStep();
    // A mouse click on the slide: forward, unless exploring (the click belongs to the view)
    // or blanked (the click brings the picture back).
    void click();

Q_SIGNALS:
    void stepChanged(int index, int previous);
    void blankChanged(Blank blank);
    void exploringChanged(bool exploring);
    // The view should go back to the current step's framing (after free exploration).
    void returnRequested(int index);
    void typedNumberChanged(const QString &typed);

private:
    void setTyped(const QString &typed);
    void setExploring(bool exploring);
    bool unblank();

    int m_stepCount = 0;
    int m_current = 0;
    Blank m_blank = Blank::None;
    bool m_exploring = false;
    QString m_typed;
};

} // namespace colossus
