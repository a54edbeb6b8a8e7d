#pragma once

#include "diagram/HierarchyGeometry.h"

#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace colossus {

// "Colossus > Group 12 > Rack 3 > Server 5 > GPU 7": where the diagram is, each part a button
// that goes there.
class BreadcrumbBar : public QWidget {
    Q_OBJECT
public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    void setPath(const ElementPath &path);
    const ElementPath &path() const { return m_path; }
    // The part buttons, root first (for tests and accessibility).
    QList<QToolButton *> buttons() const { return m_buttons; }

Q_SIGNALS:
    void pathClicked(const ElementPath &path);

private:
    QHBoxLayout *m_layout = nullptr;
    QList<QToolButton *> m_buttons;
    QList<QWidget *> m_parts;
    ElementPath m_path{-2}; // nothing yet
};

} // namespace colossus
