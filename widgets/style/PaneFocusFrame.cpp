#include "style/PaneFocusFrame.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace colossus {

PaneFocusFrame::PaneFocusFrame(QWidget *window)
    : QWidget(window) {
    setObjectName(QStringLiteral("paneFocusFrame"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { follow(now); });
}

void PaneFocusFrame::setPanes(const QList<QWidget *> &panes) {
    m_panes.clear();
    for (QWidget *pane : panes)
        m_panes.append(pane);
    follow(QApplication::focusWidget());
}

void PaneFocusFrame::setColor(const QColor &color) {
    m_color = color;
    update();
}

void PaneFocusFrame::follow(QWidget *focus) {
    QWidget *pane = nullptr;
    for (const QPointer<QWidget> &candidate : std::as_const(m_panes)) {
        if (candidate && focus && (focus == candidate || candidate->isAncestorOf(focus)))
            pane = candidate;
    }
    if (pane == m_pane) {
        return;
    }
    if (m_pane)
        m_pane->removeEventFilter(this);
    m_pane = pane;
    if (!pane) {
        hide();
        return;
    }
    // A child of the pane, on top of its children: it moves and resizes with it.
    setParent(pane);
    setGeometry(pane->rect());
    pane->installEventFilter(this);
    show();
    raise();
}

bool PaneFocusFrame::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_pane &&
        (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded)) {
        setGeometry(m_pane->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void PaneFocusFrame::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setPen(QPen(m_color, borderWidth));
    painter.setBrush(Qt::NoBrush);
    const qreal inset = borderWidth / 2.0;
    painter.drawRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset));
}

} // namespace colossus
