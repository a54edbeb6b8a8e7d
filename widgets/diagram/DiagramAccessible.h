#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace colossus {

class DiagramCanvas;
struct ElementPath;

// The diagram for screen readers. The canvas paints its content, so without this it would be
// one opaque box. Its accessible children are computed, as the drawing is, from the geometry
// of what is in view: child 0 is the element the view shows (the cluster, a group, a rack...),
// whose children are the parts of it in view, down to the GPUs; then one link per linked part
// ("Press" opens its passage). Nothing is stored per element but the ids Qt needs, cached
// here and released with the canvas.
class DiagramAccessible : public QAccessibleWidget {
public:
    explicit DiagramAccessible(DiagramCanvas *canvas);
    ~DiagramAccessible() override;

    // Registers the factory once (DiagramCanvas's constructor calls it).
    static void install();
    // The interface with the keyboard focus inside the canvas: the focused link, else the
    // selected element, else the element in view.
    static QAccessibleInterface *focusChildOf(DiagramCanvas *canvas);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    DiagramCanvas *canvas() const;
    // The (cached) interface of an element, and of the linked part at a zone index.
    QAccessibleInterface *elementInterface(const ElementPath &path) const;
    QAccessibleInterface *linkInterface(int zoneIndex) const;

private:
    mutable QHash<quint64, QAccessible::Id> m_elements;
    mutable QHash<QString, QAccessible::Id> m_links;
};

} // namespace colossus
