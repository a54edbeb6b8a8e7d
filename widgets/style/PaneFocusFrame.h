#pragma once

#include <QColor>
#include <QPointer>
#include <QWidget>

namespace colossus {

// A visible frame around the pane that holds the keyboard focus (the diagram, the charts or
// the sources), so that F6 shows where it went. A transparent overlay on top of the pane: it
// paints only its border and lets the mouse through.
class PaneFocusFrame : public QWidget {
    Q_OBJECT
public:
    static constexpr int borderWidth = 3;

    explicit PaneFocusFrame(QWidget *window);

    void setPanes(const QList<QWidget *> &panes);
    void setColor(const QColor &color);
    // The pane the frame is on; nullptr when the focus is elsewhere (a menu, a dialog).
    QWidget *currentPane() const { return m_pane; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *focus);

    QList<QPointer<QWidget>> m_panes;
    QPointer<QWidget> m_pane;
    QColor m_color = Qt::blue;
};

} // namespace colossus
