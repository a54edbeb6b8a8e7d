#pragma once

#include <QAccessibleWidget>
#include <QHash>

class QGraphicsView;

namespace colossus {

class ChartsPanel;

// The chart for screen readers: its children are the marks the keyboard visits (bars, points,
// tiles, facts, disagreement markers), each named with its label, value, hedge and citation
// (ChartsPanel::accessibleText); "Press" opens the passage, as Return and a click do.
class ChartAccessible : public QAccessibleWidget {
public:
    explicit ChartAccessible(QGraphicsView *view);
    ~ChartAccessible() override;

    // Registers the factory once (ChartsPanel's constructor calls it).
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;

    ChartsPanel *panel() const;
    QGraphicsView *view() const;

private:
    mutable QHash<int, QAccessible::Id> m_marks;
};

} // namespace colossus
