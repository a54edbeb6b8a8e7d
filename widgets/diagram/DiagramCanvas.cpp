#include "diagram/DiagramCanvas.h"

#include "diagram/DiagramPicture.h"
#include "diagram/ViewPath.h"

#include "catalogue/FigureFormat.h"
#include "diagram/DiagramAccessible.h"

#include <QAccessible>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QSet>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace colossus {

namespace {

ElementPath noRear() {
    return ElementPath{-1, -1, -1, -1, false};
}

QString elementName(const ElementPath &p) {
    const QString name = ViewPath::displayName(p);
    return name.isEmpty() ? QStringLiteral("Colossus") : name;
}

} // namespace

DiagramCanvas::DiagramCanvas(QWidget *parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);
    setMinimumSize(200, 150);
    // Before the first accessible text: setting one may create (and cache) the interface.
    DiagramAccessible::install();
    setAccessibleName(tr("Colossus hierarchy diagram"));
    setAccessibleDescription(QStringLiteral(
        "Zoom with the wheel, + and -, drag to pan; arrow keys select, Enter zooms in, "
        "Backspace goes up, R shows the rear of a rack; Tab visits the linked parts"));
    m_animation.setDuration(animationMs);
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    m_animation.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_camera = DiagramCamera::between(m_from, m_to, v.toDouble());
        update();
        Q_EMIT cameraChanged();
    });
    connect(&m_animation, &QVariantAnimation::finished, this, [this] {
        m_camera = m_to;
        if (m_settled)
            m_state = restingState();
        else
            updatePathFromCamera();
        update();
        Q_EMIT cameraChanged();
        refreshStatus();
    });
}

void DiagramCanvas::setModel(std::shared_ptr<const DiagramModel> model) {
    m_animation.stop();
    m_model = std::move(model);
    if (!m_model)
        return;
    ElementPath path = m_path;
    if (!m_model->geometry.exists(path))
        path = ElementPath::cluster();
    m_state.hasSelection = false;
    m_state.hasHover = false;
    m_path = ElementPath{-2}; // force the change signal
    setPath(path, false);
}

void DiagramCanvas::setTheme(const Theme &theme) {
    m_theme = theme;
    update();
}

QRectF DiagramCanvas::diagramArea() const {
    return DiagramRenderer::diagramArea(QRectF(rect()));
}

QRectF DiagramCanvas::visibleWorld() const {
    return m_camera.visibleWorld(diagramArea());
}

bool DiagramCanvas::isAnimating() const {
    return m_animation.state() == QAbstractAnimation::Running;
}

void DiagramCanvas::finishAnimation() {
    if (isAnimating()) {
        m_animation.setCurrentTime(m_animation.duration()); // emits finished
    }
}

void DiagramCanvas::showAnimationAt(int ms) {
    if (isAnimating())
        m_animation.setCurrentTime(ms); // at the end, emits finished
}

DiagramState DiagramCanvas::restingState() const {
    DiagramState state = m_state;
    if (m_settled) {
        state.hasFocus = true;
        state.focus = m_path;
    }
    return state;
}

bool DiagramCanvas::setPath(const ElementPath &path, bool animated) {
    if (!m_model || !m_model->geometry.exists(path))
        return false;
    setPathInternal(path);
    m_settled = true;
    m_state.hasFocus = false;
    m_needsFit = width() <= 0 || height() <= 0 || !isVisible();
    const DiagramCamera target = DiagramPicture::fitCamera(*m_model, path, diagramArea());
    if (animated && !m_needsFit) {
        animateTo(target);
    } else {
        m_animation.stop();
        m_camera = target;
        m_state.hasFocus = true;
        m_state.focus = m_path;
        update();
        Q_EMIT cameraChanged();
        refreshStatus();
    }
    return true;
}

void DiagramCanvas::setCamera(const DiagramCamera &camera) {
    m_animation.stop();
    applyCamera(camera, true);
}

void DiagramCanvas::animateTo(const DiagramCamera &target) {
    m_animation.stop();
    m_from = m_camera;
    m_to = target;
    if (m_from == m_to) {
        Q_EMIT m_animation.finished();
        return;
    }
    m_animation.start();
}

DiagramCamera DiagramCanvas::clamped(DiagramCamera c) const {
    if (!m_model)
        return c;
    const QRectF area = diagramArea();
    const HierarchyGeometry &g = m_model->geometry;
    const double minScale = DiagramCamera::fit(g.clusterRect(), area.size()).scale * 0.5;
    const double maxScale =
        DiagramCamera::fit(g.rect(ElementPath::ofGpu(0, 0, 0, 0)), area.size()).scale * 3;
    c.scale = std::clamp(c.scale, minScale, std::max(minScale, maxScale));
    // Keep some of the cluster on screen.
    const QRectF world = g.clusterRect();
    c.center.setX(std::clamp(c.center.x(), world.left(), world.right()));
    c.center.setY(std::clamp(c.center.y(), world.top(), world.bottom()));
    return c;
}

void DiagramCanvas::applyCamera(const DiagramCamera &camera, bool userMove) {
    m_camera = clamped(camera);
    if (userMove) {
        m_settled = false;
        m_state.hasFocus = false;
        updatePathFromCamera();
    }
    update();
    Q_EMIT cameraChanged();
    refreshStatus();
}

void DiagramCanvas::updatePathFromCamera() {
    if (!m_model)
        return;
    const QRectF area = diagramArea();
    const HierarchyGeometry &g = m_model->geometry;
    // The deepest element at the centre that the view shows about as large as its own
    // picture does (zoomed in to at least 3/4 of the scale that fits it).
    ElementPath e = g.elementAt(m_camera.center);
    while (e.level() != ElementPath::Level::Cluster) {
        if (m_camera.scale >= 0.75 * DiagramPicture::fitCamera(*m_model, e, area).scale)
            break;
        e = e.parent();
    }
    if (e.level() == ElementPath::Level::Rack && m_path.rear && m_path.group == e.group &&
        m_path.rack == e.rack)
        e.rear = true;
    setPathInternal(e);
}

void DiagramCanvas::setPathInternal(const ElementPath &path) {
    if (path == m_path)
        return;
    m_path = path;
    m_focusedZone = -1; // the linked parts are those of the new view
    m_state.rearRack = path.rear ? path : noRear();
    if (m_state.hasSelection &&
        !(m_path.contains(m_state.selection) &&
          m_state.selection.level() == ElementPath::Level(int(m_path.level()) + 1)))
        m_state.hasSelection = false;
    update();
    Q_EMIT pathChanged(m_path);
}

void DiagramCanvas::setSelection(const ElementPath &path) {
    const DiagramState before = m_state;
    m_state.hasSelection = m_model && m_model->geometry.exists(path);
    m_state.selection = path;
    updatePointerOverlays(before);
    refreshStatus();
}

void DiagramCanvas::updatePointerOverlays(const DiagramState &before) {
    if (!m_model) {
        update();
        return;
    }
    // Only the outlines' rings change: the rest of the window keeps its pixels.
    m_pointerDamage =
        DiagramRenderer::pointerOverlayDamage(*m_model, QRectF(rect()), m_camera, before, m_state);
    update(m_pointerDamage);
}

void DiagramCanvas::setKeepFree(const QRectF &rect) {
    if (rect == m_state.keepFree)
        return;
    m_state.keepFree = rect;
    update();
}

void DiagramCanvas::setHighlight(const QString &id) {
    m_state.highlightId = id;
    update();
}

void DiagramCanvas::zoomBy(double factor, const QPointF &anchor, bool animated) {
    if (!m_model || !(factor > 0))
        return;
    finishAnimation();
    const QRectF area = diagramArea();
    const QPointF world = m_camera.toWorld(anchor, area);
    DiagramCamera c = m_camera;
    c.scale = clamped(DiagramCamera{c.center, c.scale * factor}).scale;
    c.center = world - (anchor - area.center()) / c.scale;
    if (animated) {
        m_settled = false;
        m_state.hasFocus = false;
        animateTo(clamped(c));
    } else {
        applyCamera(c, true);
    }
}

void DiagramCanvas::toggleRear() {
    if (m_path.level() != ElementPath::Level::Rack)
        return;
    ElementPath p = m_path;
    p.rear = !p.rear;
    const bool settled = m_settled;
    setPathInternal(p);
    m_settled = settled;
    if (m_state.hasFocus)
        m_state.focus = m_path;
    update();
}

ElementPath DiagramCanvas::childAt(const QPointF &pos) const {
    if (!m_model)
        return {};
    const QRectF area = diagramArea();
    const double panel = DiagramRenderer::panelWidth(*m_model, area, m_camera.scale);
    if (!area.contains(pos) || pos.x() >= area.right() - panel)
        return {};
    const auto level =
        ElementPath::Level(std::min(int(ElementPath::Level::Gpu), int(m_path.level()) + 1));
    return m_model->geometry.elementAt(m_camera.toWorld(pos, area), level);
}

const LinkZone *DiagramCanvas::zoneAt(const QPointF &pos) const {
    // Last drawn is on top (the parts panel and the legend come last).
    for (auto it = m_zones.crbegin(); it != m_zones.crend(); ++it) {
        if (it->rect.contains(pos))
            return &*it;
    }
    return nullptr;
}

QString DiagramCanvas::toolTipAt(const QPointF &pos) const {
    if (!m_model)
        return {};
    if (const LinkZone *z = zoneAt(pos)) {
        return tr("%1\nClick to see the passage in the sources").arg(z->label);
    }
    const ElementPath e = childAt(pos);
    if (e.level() == ElementPath::Level::Cluster && !diagramArea().contains(pos))
        return {};
    return elementName(e) + u'\n' + m_model->countsText(e);
}

void DiagramCanvas::moveSelection(int dx, int dy) {
    if (!m_model)
        return;
    const HierarchyGeometry &g = m_model->geometry;
    if (m_path.level() == ElementPath::Level::Gpu) {
        // A GPU has no children: move the view to the neighbouring GPU instead.
        const int n = g.gpusInServer(m_path.group, m_path.rack, m_path.server);
        const int i = std::clamp(m_path.gpu + dx + dy, 0, n - 1);
        if (i != m_path.gpu)
            setPath(m_path.parent().child(i), true);
        return;
    }
    const int n = g.childCount(m_path);
    if (n <= 0)
        return;
    int index = 0;
    if (m_state.hasSelection) {
        index = m_state.selection.indexInParent();
        int step = dx;
        if (m_path.level() == ElementPath::Level::Cluster)
            step += dy * g.columns(); // groups are in rows
        else
            step += dy; // racks, servers and GPUs are in one line
        const int next = index + step;
        if (next >= 0 && next < n)
            index = next;
    }
    setSelection(m_path.child(index));
    ensureVisible(m_state.selection);
}

void DiagramCanvas::ensureVisible(const ElementPath &path) {
    const QRectF area = diagramArea();
    const double panel = DiagramRenderer::panelWidth(*m_model, area, m_camera.scale);
    const QRectF free = area.adjusted(0, 0, -panel, 0);
    const QRectF r = m_camera.toScreen(m_model->geometry.rect(path), area);
    if (free.contains(r))
        return;
    DiagramCamera c = m_camera;
    c.center += (r.center() - free.center()) / c.scale;
    m_settled = false;
    m_state.hasFocus = false;
    animateTo(clamped(c));
}

QString DiagramCanvas::statusText() const {
    return m_status;
}

void DiagramCanvas::refreshStatus() {
    if (!m_model)
        return;
    const HierarchyGeometry &g = m_model->geometry;
    const QRectF world = visibleWorld();
    const IndexRange rows = g.visibleRows(world), cols = g.visibleColumns(world);
    qint64 groups = 0;
    qint64 racks = 0;
    qint64 servers = 0;
    for (qint64 row = rows.first; row <= rows.last; ++row) {
        for (qint64 col = cols.first; col <= cols.last; ++col) {
            const qint64 gi = row * g.columns() + col;
            if (gi >= g.groupCount())
                continue;
            ++groups;
            if (groups > 4)
                continue; // counting racks is only worth it when few groups show
            const IndexRange vr = g.visibleRacks(int(gi), world);
            racks += vr.count();
            for (qint64 r = vr.first; r <= vr.last && racks <= 3; ++r)
                servers += g.visibleServers(int(gi), int(r), world).count();
        }
    }
    const auto counted = [](qint64 n, const QString &unit) {
        const QString name = FigureFormat::unitName(unit, n == 1);
        const QString count = FigureFormat::number(double(n));
        return name.at(0).unicode() >= 0x3000 ? count + name : count + u' ' + name;
    };
    QString inView;
    if (groups > 1 || racks == 0)
        inView = counted(groups, u"groups"_qs); // the total is derived: see the cluster
    else if (racks > 1 || servers == 0)
        inView = counted(racks, u"racks"_qs);
    else
        inView = counted(servers, u"servers"_qs);
    QString text = QStringLiteral("%1: %2").arg(elementName(m_path), m_model->countsText(m_path));
    // A framed element is drawn without the neighbours that are cut: counting them would
    // mislead.
    if (!m_state.hasFocus || m_path.level() == ElementPath::Level::Cluster)
        text += tr(" · in view: %1").arg(inView);
    if (m_state.hasSelection)
        text += tr(" · selected: %1").arg(elementName(m_state.selection));
    if (text != m_status) {
        m_status = text;
        Q_EMIT statusTextChanged(m_status);
    }
}

bool DiagramCanvas::event(QEvent *event) {
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    case QEvent::Gesture: {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
            gesture->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + native->value(), native->position());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void DiagramCanvas::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    if (!m_model) {
        painter.fillRect(rect(), m_theme.background);
        return;
    }
    PaintOptions options;
    options.theme = m_theme;
    if (isAnimating()) {
        // Composed from the frames of the two ends, each drawn once.
        m_frameCache.paintTowards(painter, *m_model, QRectF(rect()), m_camera, m_state, m_to,
                                  restingState(), options, &m_zones);
    } else {
        // Hover and selection changes blit the kept frame and draw only their outlines.
        m_frameCache.paint(painter, *m_model, QRectF(rect()), m_camera, m_state, options, &m_zones);
    }
    if (hasFocus()) {
        if (const LinkZone *zone = focusedZone()) {
            // The focus ring of the linked part Tab reached, on a halo that keeps it visible
            // on any fill.
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(Qt::NoBrush);
            const QRectF ring = zone->rect.adjusted(-3, -3, 3, 3);
            painter.setPen(QPen(m_theme.background, 5));
            painter.drawRoundedRect(ring, 3, 3);
            painter.setPen(QPen(m_theme.accent, 2.5));
            painter.drawRoundedRect(ring, 3, 3);
        }
    }
}

void DiagramCanvas::resizeEvent(QResizeEvent *) {
    if (!m_model)
        return;
    if (m_needsFit || m_settled) {
        m_needsFit = false;
        m_animation.stop();
        m_camera = DiagramPicture::fitCamera(*m_model, m_path, diagramArea());
        m_settled = true;
        m_state.hasFocus = true;
        m_state.focus = m_path;
        Q_EMIT cameraChanged();
    } else {
        m_camera = clamped(m_camera);
    }
    refreshStatus();
}

void DiagramCanvas::wheelEvent(QWheelEvent *event) {
    double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 && !event->pixelDelta().isNull())
        steps = event->pixelDelta().y() / 50.0;
    if (steps != 0)
        zoomBy(std::pow(2.0, steps / 4.0), event->position());
    event->accept();
}

void DiagramCanvas::mousePressEvent(QMouseEvent *event) {
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return;
    if (isAnimating()) {
        m_animation.stop();
        m_settled = false;
        updatePathFromCamera();
    }
    m_pressPos = m_lastPos = event->position();
    m_dragging = false;
}

void DiagramCanvas::mouseMoveEvent(QMouseEvent *event) {
    const QPointF pos = event->position();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 4) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            DiagramCamera c = m_camera;
            c.center -= (pos - m_lastPos) / c.scale;
            m_lastPos = pos;
            applyCamera(c, true);
        }
        return;
    }
    const ElementPath hover = childAt(pos);
    const bool has = hover.level() != ElementPath::Level::Cluster;
    if (has != m_state.hasHover || (has && !(hover == m_state.hover))) {
        const DiagramState before = m_state;
        m_state.hasHover = has;
        m_state.hover = hover;
        updatePointerOverlays(before);
    }
    setCursor(zoneAt(pos) ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void DiagramCanvas::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton)
        return;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::ArrowCursor);
        return;
    }
    const QPointF pos = event->position();
    if (const LinkZone *z = zoneAt(pos)) {
        const LinkZone copy = *z;
        activateZone(copy);
    }
    const ElementPath e = childAt(pos);
    if (e.level() != ElementPath::Level::Cluster &&
        e.level() == ElementPath::Level(std::min(4, int(m_path.level()) + 1)) &&
        m_path.contains(e) && !(e == m_path))
        setSelection(e);
}

void DiagramCanvas::mouseDoubleClickEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton)
        return;
    const ElementPath e = childAt(event->position());
    if (e.level() != ElementPath::Level::Cluster && !(e == m_path))
        setPath(e, true);
}

void DiagramCanvas::keyPressEvent(QKeyEvent *event) {
    const QPointF center = diagramArea().center();
    const int key = event->key();
    if (event->matches(QKeySequence::ZoomIn) || key == Qt::Key_Plus || key == Qt::Key_Equal) {
        zoomBy(1.5, center, true);
    } else if (event->matches(QKeySequence::ZoomOut) || key == Qt::Key_Minus) {
        zoomBy(1 / 1.5, center, true);
    } else if (key == Qt::Key_0 || key == Qt::Key_Home) {
        setPath(ElementPath::cluster(), true);
    } else if (key == Qt::Key_Left) {
        moveSelection(-1, 0);
    } else if (key == Qt::Key_Right) {
        moveSelection(1, 0);
    } else if (key == Qt::Key_Up) {
        moveSelection(0, -1);
    } else if (key == Qt::Key_Down) {
        moveSelection(0, 1);
    } else if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (const LinkZone *zone = focusedZone()) {
            const LinkZone copy = *zone;
            activateZone(copy);
        } else if (m_state.hasSelection) {
            setPath(m_state.selection, true);
        }
    } else if (key == Qt::Key_Backspace) {
        if (m_path.level() != ElementPath::Level::Cluster)
            setPath(m_path.parent(), true);
    } else if (key == Qt::Key_R && event->modifiers() == Qt::NoModifier) {
        toggleRear();
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

const LinkZone *DiagramCanvas::focusedZone() const {
    return m_focusedZone >= 0 && m_focusedZone < m_zones.size() ? &m_zones.at(m_focusedZone)
                                                                : nullptr;
}

void DiagramCanvas::setFocusedZone(int index) {
    m_focusedZone = index >= 0 && index < m_zones.size() ? index : -1;
    update();
    announceFocus();
}

void DiagramCanvas::activateZone(const LinkZone &zone) {
    if (zone.isFact)
        Q_EMIT factActivated(zone.id);
    else
        Q_EMIT figureActivated(zone.id);
}

bool DiagramCanvas::focusNextPrevChild(bool next) {
    const QList<int> order = firstZonePerLink(m_zones);
    const qsizetype at = order.indexOf(m_focusedZone);
    qsizetype to = -2; // -2: leave the canvas
    if (next)
        to = at < 0 ? 0 : at + 1;
    else if (at > 0)
        to = at - 1;
    else if (at == 0)
        to = -1; // back to the drawing itself
    if (to == -1 || (to >= 0 && to < order.size())) {
        setFocusedZone(to < 0 ? -1 : order.at(to));
        return true;
    }
    m_focusedZone = -1;
    update();
    return QWidget::focusNextPrevChild(next);
}

void DiagramCanvas::focusInEvent(QFocusEvent *event) {
    QWidget::focusInEvent(event);
    // Shift+Tab into the canvas lands on its last linked part, as in a form.
    const QList<int> order = firstZonePerLink(m_zones);
    if (event->reason() == Qt::BacktabFocusReason && !order.isEmpty())
        m_focusedZone = order.last();
    update();
    announceFocus();
}

void DiagramCanvas::focusOutEvent(QFocusEvent *event) {
    QWidget::focusOutEvent(event);
    update();
}

void DiagramCanvas::announceFocus() {
    if (!hasFocus() || !QAccessible::isActive())
        return;
    if (QAccessibleInterface *focus = DiagramAccessible::focusChildOf(this)) {
        QAccessibleEvent event(focus, QAccessible::Focus);
        QAccessible::updateAccessibility(&event);
    }
}

QString DiagramCanvas::accessibleName(const ElementPath &p) const {
    if (!m_model)
        return {};
    const HierarchyGeometry &g = m_model->geometry;
    QString name;
    switch (p.level()) {
    case ElementPath::Level::Cluster:
        name = tr("Colossus, %1").arg(m_model->scenario.title);
        break;
    case ElementPath::Level::Group:
        name = tr("Group %1 of %2").arg(p.group).arg(g.groupCount());
        break;
    case ElementPath::Level::Rack:
        name = tr("Rack %1 of group %2%3")
                   .arg(p.rack)
                   .arg(p.group)
                   .arg(p.rear ? tr(", rear view") : QString());
        break;
    case ElementPath::Level::Server:
        name = tr("Server %1 of rack %2 in group %3").arg(p.server).arg(p.rack).arg(p.group);
        break;
    case ElementPath::Level::Gpu:
        name = tr("GPU %1 of server %2 in rack %3 of group %4")
                   .arg(p.gpu)
                   .arg(p.server)
                   .arg(p.rack)
                   .arg(p.group);
        break;
    }
    QString counts = m_model->countsText(p);
    counts.replace(QStringLiteral(" · "), QStringLiteral(", "));
    // The linked parts drawn on this element: what a reader can open from here.
    int links = 0;
    const QRectF onScreen = m_camera.toScreen(g.rect(p), diagramArea());
    QSet<QString> seen;
    for (const LinkZone &z : m_zones) {
        if (onScreen.intersects(z.rect) && !seen.contains(z.id)) {
            seen.insert(z.id);
            ++links;
        }
    }
    QString text = QStringLiteral("%1: %2").arg(name, counts);
    if (links > 0)
        text += links == 1 ? tr("; 1 linked fact") : tr("; %1 linked facts").arg(links);
    return text;
}

void DiagramCanvas::leaveEvent(QEvent *) {
    if (m_state.hasHover) {
        const DiagramState before = m_state;
        m_state.hasHover = false;
        updatePointerOverlays(before);
    }
}

} // namespace colossus
