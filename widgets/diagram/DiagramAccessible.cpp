#include "diagram/DiagramAccessible.h"

#include "diagram/DiagramCanvas.h"

#include <QWindow>

namespace colossus {

namespace {

quint64 keyOf(const ElementPath &p) {
    // Indices fit: groups < 2^20, racks and servers < 2^16, GPUs < 2^11.
    return (quint64(p.group + 1) << 44) | (quint64(p.rack + 1) << 28) |
           (quint64(p.server + 1) << 12) | (quint64(p.gpu + 1) << 1) | quint64(p.rear);
}

// The children of an element that are in view, in index order.
QList<ElementPath> childrenInView(const DiagramCanvas *canvas, const ElementPath &p) {
    QList<ElementPath> children;
    if (!canvas || !canvas->model())
        return children;
    const HierarchyGeometry &g = canvas->model()->geometry;
    const QRectF world = canvas->visibleWorld();
    const int n = g.childCount(p);
    for (int i = 0; i < n; ++i) {
        ElementPath c = p.child(i);
        c.rear = false;
        if (g.rect(c).intersects(world))
            children.append(c);
    }
    return children;
}

// The distinct linked parts in view, as indices into the canvas's zones (the order Tab visits).
QList<int> linkZones(const DiagramCanvas *canvas) {
    return canvas ? firstZonePerLink(canvas->linkZones()) : QList<int>();
}

DiagramAccessible *rootOf(DiagramCanvas *canvas) {
    return static_cast<DiagramAccessible *>(QAccessible::queryAccessibleInterface(canvas));
}

// A base for the computed children: no QObject of their own, the canvas's window.
class ComputedChild : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    explicit ComputedChild(DiagramCanvas *canvas)
        : m_canvas(canvas) {}

    QObject *object() const override { return nullptr; }
    QWindow *window() const override {
        return m_canvas ? m_canvas->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}
    void *interface_cast(QAccessible::InterfaceType type) override {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

protected:
    QRect toGlobal(const QRectF &canvasRect) const {
        const QRect r = canvasRect.toAlignedRect().intersected(m_canvas->rect());
        return QRect(m_canvas->mapToGlobal(r.topLeft()), r.size());
    }

    QPointer<DiagramCanvas> m_canvas;
};

class ElementAccessible : public ComputedChild {
public:
    ElementAccessible(DiagramCanvas *canvas, const ElementPath &path)
        : ComputedChild(canvas)
        , m_path(path) {}

    bool isValid() const override {
        return m_canvas && m_canvas->model() && m_canvas->model()->geometry.exists(m_path);
    }
    QAccessibleInterface *childAt(int x, int y) const override {
        for (int i = 0; i < childCount(); ++i) {
            QAccessibleInterface *c = child(i);
            if (c && c->rect().contains(x, y))
                return c;
        }
        return nullptr;
    }
    QAccessibleInterface *parent() const override {
        if (!isValid())
            return nullptr;
        DiagramAccessible *root = rootOf(m_canvas);
        const ElementPath shown = m_canvas->path();
        if (m_path.level() <= shown.level())
            return root;
        ElementPath up = m_path.parent();
        up.rear = shown.rear;
        // The element in view may be a rack seen from the rear: its children are the same.
        return root->elementInterface(up == shown ? shown : m_path.parent());
    }
    QAccessibleInterface *child(int index) const override {
        const QList<ElementPath> children = childrenInView(m_canvas, m_path);
        if (index < 0 || index >= children.size())
            return nullptr;
        return rootOf(m_canvas)->elementInterface(children.at(index));
    }
    int childCount() const override {
        return isValid() ? int(childrenInView(m_canvas, m_path).size()) : 0;
    }
    int indexOfChild(const QAccessibleInterface *child) const override {
        const auto *element = dynamic_cast<const ElementAccessible *>(child);
        return element ? int(childrenInView(m_canvas, m_path).indexOf(element->m_path)) : -1;
    }
    QString text(QAccessible::Text t) const override {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_canvas->accessibleName(m_path);
        if (t == QAccessible::Description)
            return m_path.level() == ElementPath::Level::Gpu && m_canvas->path() == m_path
                       ? QString()
                       : QStringLiteral("Press to show it in the diagram");
        return {};
    }
    QRect rect() const override {
        if (!isValid())
            return {};
        return toGlobal(m_canvas->camera().toScreen(m_canvas->model()->geometry.rect(m_path),
                                                    m_canvas->diagramArea()));
    }
    QAccessible::Role role() const override { return QAccessible::TreeItem; }
    QAccessible::State state() const override {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        const bool selected = m_canvas->hasSelection() && m_canvas->selection() == m_path;
        s.selected = selected;
        s.focused = m_canvas->hasFocus() && selected && !m_canvas->focusedZone();
        s.expandable = m_path.level() != ElementPath::Level::Gpu;
        s.expanded = s.expandable && childCount() > 0;
        return s;
    }
    void doAction(const QString &name) override {
        if (name == pressAction() && isValid())
            m_canvas->setPath(m_path, true);
    }

    ElementPath path() const { return m_path; }

private:
    ElementPath m_path;
};

class LinkAccessible : public ComputedChild {
public:
    LinkAccessible(DiagramCanvas *canvas, const QString &key)
        : ComputedChild(canvas)
        , m_key(key) {}

    bool isValid() const override { return zone() != nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override {
        return m_canvas ? QAccessible::queryAccessibleInterface(m_canvas) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override {
        const LinkZone *z = zone();
        if (!z)
            return {};
        if (t == QAccessible::Name)
            return z->label.section(u'\n', 0, 0);
        if (t == QAccessible::Description)
            return QStringLiteral("Opens the passage in the sources that says so");
        return {};
    }
    QRect rect() const override {
        const LinkZone *z = zone();
        return z ? toGlobal(z->rect) : QRect();
    }
    QAccessible::Role role() const override { return QAccessible::Link; }
    QAccessible::State state() const override {
        QAccessible::State s;
        s.focusable = true;
        s.linked = true;
        const LinkZone *z = zone();
        s.invalid = !z;
        s.focused = z && m_canvas->hasFocus() && m_canvas->focusedZone() &&
                    m_canvas->focusedZone()->linkKey() == m_key;
        return s;
    }
    void doAction(const QString &name) override {
        if (const LinkZone *z = zone(); z && name == pressAction()) {
            const LinkZone copy = *z;
            m_canvas->activateZone(copy);
        }
    }

    const LinkZone *zone() const {
        if (!m_canvas)
            return nullptr;
        for (const LinkZone &z : m_canvas->linkZones()) {
            if (z.linkKey() == m_key)
                return &z;
        }
        return nullptr;
    }
    QString key() const { return m_key; }

private:
    QString m_key;
};

QAccessibleInterface *factory(const QString &className, QObject *object) {
    if (className == u"colossus::DiagramCanvas" && object && object->isWidgetType())
        return new DiagramAccessible(static_cast<DiagramCanvas *>(object));
    return nullptr;
}

} // namespace

DiagramAccessible::DiagramAccessible(DiagramCanvas *canvas)
    : QAccessibleWidget(canvas, QAccessible::Pane) {
}

DiagramAccessible::~DiagramAccessible() {
    for (QAccessible::Id id : std::as_const(m_elements))
        QAccessible::deleteAccessibleInterface(id);
    for (QAccessible::Id id : std::as_const(m_links))
        QAccessible::deleteAccessibleInterface(id);
}

void DiagramAccessible::install() {
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

DiagramCanvas *DiagramAccessible::canvas() const {
    return static_cast<DiagramCanvas *>(widget());
}

QAccessibleInterface *DiagramAccessible::elementInterface(const ElementPath &path) const {
    const quint64 key = keyOf(path);
    if (const auto it = m_elements.constFind(key); it != m_elements.constEnd())
        return QAccessible::accessibleInterface(*it);
    auto *iface = new ElementAccessible(canvas(), path);
    m_elements.insert(key, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

QAccessibleInterface *DiagramAccessible::linkInterface(int zoneIndex) const {
    const QList<LinkZone> &zones = canvas()->linkZones();
    if (zoneIndex < 0 || zoneIndex >= zones.size())
        return nullptr;
    const QString key = zones.at(zoneIndex).linkKey();
    if (const auto it = m_links.constFind(key); it != m_links.constEnd())
        return QAccessible::accessibleInterface(*it);
    auto *iface = new LinkAccessible(canvas(), key);
    m_links.insert(key, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

int DiagramAccessible::childCount() const {
    if (!canvas()->model())
        return 0;
    return 1 + int(linkZones(canvas()).size());
}

QAccessibleInterface *DiagramAccessible::child(int index) const {
    if (!canvas()->model() || index < 0)
        return nullptr;
    if (index == 0)
        return elementInterface(canvas()->path());
    const QList<int> links = linkZones(canvas());
    return index - 1 < links.size() ? linkInterface(links.at(index - 1)) : nullptr;
}

int DiagramAccessible::indexOfChild(const QAccessibleInterface *child) const {
    if (const auto *element = dynamic_cast<const ElementAccessible *>(child))
        return element->path() == canvas()->path() ? 0 : -1;
    if (const auto *link = dynamic_cast<const LinkAccessible *>(child)) {
        const QList<int> links = linkZones(canvas());
        for (int i = 0; i < links.size(); ++i) {
            if (canvas()->linkZones().at(links.at(i)).linkKey() == link->key())
                return i + 1;
        }
    }
    return -1;
}

QAccessibleInterface *DiagramAccessible::focusChild() const {
    return canvas()->hasFocus() ? focusChildOf(canvas()) : nullptr;
}

QAccessibleInterface *DiagramAccessible::childAt(int x, int y) const {
    for (int i = childCount() - 1; i >= 0; --i) {
        QAccessibleInterface *c = child(i);
        if (c && c->rect().contains(x, y))
            return c;
    }
    return nullptr;
}

QAccessibleInterface *DiagramAccessible::focusChildOf(DiagramCanvas *canvas) {
    DiagramAccessible *root = rootOf(canvas);
    if (!root || !canvas->model())
        return nullptr;
    if (canvas->focusedZoneIndex() >= 0)
        return root->linkInterface(canvas->focusedZoneIndex());
    if (canvas->hasSelection())
        return root->elementInterface(canvas->selection());
    return root->elementInterface(canvas->path());
}

} // namespace colossus
