#include "charts/ChartAccessible.h"

#include "charts/ChartScene.h"
#include "charts/ChartsPanel.h"

#include <QGraphicsView>
#include <QPointer>
#include <QWindow>

namespace colossus {

namespace {

// One mark, by its place in the keyboard order (marks are rebuilt with the layout).
class MarkAccessible : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    MarkAccessible(QGraphicsView *view, int index)
        : m_view(view)
        , m_index(index) {}

    bool isValid() const override { return mark() != nullptr; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override {
        return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QString text(QAccessible::Text t) const override {
        const ChartScene::Mark *m = mark();
        if (!m)
            return {};
        if (t == QAccessible::Name)
            return panel()->accessibleText(*m);
        if (t == QAccessible::Description)
            return QStringLiteral("Press to open the passage it comes from");
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override {
        const ChartScene::Mark *m = mark();
        if (!m)
            return {};
        const QRect r = m_view->mapFromScene(m->rect).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override {
        const ChartScene::Mark *m = mark();
        return m && m->kind == ChartScene::Mark::Kind::Fact ? QAccessible::Link
                                                            : QAccessible::Graphic;
    }
    QAccessible::State state() const override {
        QAccessible::State s;
        s.focusable = true;
        s.linked = true;
        s.invalid = !mark();
        s.focused = mark() && m_view->hasFocus() && panel()->focusedMark() == m_index;
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType type) override {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }
    QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }
    void doAction(const QString &name) override {
        const ChartScene::Mark *m = mark();
        if (!m)
            return;
        if (name == setFocusAction()) {
            m_view->setFocus(Qt::OtherFocusReason);
            panel()->setFocusedMark(m_index);
        } else if (name == pressAction()) {
            const ChartScene::Mark copy = *m;
            panel()->activateMark(copy);
        }
    }

    int index() const { return m_index; }

private:
    ChartsPanel *panel() const {
        return m_view ? qobject_cast<ChartsPanel *>(m_view->parentWidget()) : nullptr;
    }
    const ChartScene::Mark *mark() const {
        ChartsPanel *p = panel();
        if (!p || !p->scene() || m_index >= p->scene()->focusOrder().size())
            return nullptr;
        return &p->scene()->marks().at(p->scene()->focusOrder().at(m_index));
    }

    QPointer<QGraphicsView> m_view;
    int m_index;
};

QAccessibleInterface *factory(const QString &className, QObject *object) {
    if (className == u"colossus::ChartView" && object && object->isWidgetType())
        return new ChartAccessible(static_cast<QGraphicsView *>(object));
    return nullptr;
}

} // namespace

ChartAccessible::ChartAccessible(QGraphicsView *view)
    : QAccessibleWidget(view, QAccessible::Chart) {
}

ChartAccessible::~ChartAccessible() {
    for (QAccessible::Id id : std::as_const(m_marks))
        QAccessible::deleteAccessibleInterface(id);
}

void ChartAccessible::install() {
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

QGraphicsView *ChartAccessible::view() const {
    return static_cast<QGraphicsView *>(widget());
}

ChartsPanel *ChartAccessible::panel() const {
    return qobject_cast<ChartsPanel *>(view()->parentWidget());
}

int ChartAccessible::childCount() const {
    const ChartsPanel *p = panel();
    return p && p->scene() ? int(p->scene()->focusOrder().size()) : 0;
}

QAccessibleInterface *ChartAccessible::child(int index) const {
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto it = m_marks.constFind(index); it != m_marks.constEnd())
        return QAccessible::accessibleInterface(*it);
    auto *iface = new MarkAccessible(view(), index);
    m_marks.insert(index, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

int ChartAccessible::indexOfChild(const QAccessibleInterface *child) const {
    const auto *mark = dynamic_cast<const MarkAccessible *>(child);
    return mark && mark->index() < childCount() ? mark->index() : -1;
}

QAccessibleInterface *ChartAccessible::focusChild() const {
    const ChartsPanel *p = panel();
    return p && view()->hasFocus() && p->focusedMark() >= 0 ? child(p->focusedMark()) : nullptr;
}

QString ChartAccessible::text(QAccessible::Text t) const {
    if (t == QAccessible::Name) {
        const ChartsPanel *p = panel();
        return p ? QStringLiteral("Chart: %1").arg(p->chartTitle()) : QAccessibleWidget::text(t);
    }
    return QAccessibleWidget::text(t);
}

} // namespace colossus
