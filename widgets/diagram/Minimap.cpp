#include "diagram/Minimap.h"

#include "diagram/DiagramRenderer.h"

#include <QMouseEvent>
#include <QPainter>

namespace colossus {

Minimap::Minimap(QWidget *parent)
    : QWidget(parent) {
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole cluster: click or drag to move the view"));
    setAccessibleName(tr("Minimap"));
}

void Minimap::setModel(std::shared_ptr<const DiagramModel> model) {
    m_model = std::move(model);
    m_cache = QImage();
    update();
}

void Minimap::setTheme(const Theme &theme) {
    m_theme = theme;
    m_cache = QImage();
    update();
}

void Minimap::setVisibleWorld(const QRectF &world) {
    if (world == m_visible)
        return;
    m_visible = world;
    update();
}

QSize Minimap::sizeHint() const {
    return QSize(220, 150);
}

QRectF Minimap::mapArea() const {
    return QRectF(rect()).adjusted(3, 3, -3, -3);
}

QPointF Minimap::toWidget(const QPointF &world) const {
    if (!m_model)
        return {};
    const DiagramCamera c =
        DiagramCamera::fit(m_model->geometry.clusterRect(), mapArea().size(), 0.02);
    return c.toScreen(world, mapArea());
}

QPointF Minimap::toWorld(const QPointF &widget) const {
    if (!m_model)
        return {};
    const DiagramCamera c =
        DiagramCamera::fit(m_model->geometry.clusterRect(), mapArea().size(), 0.02);
    return c.toWorld(widget, mapArea());
}

void Minimap::paintEvent(QPaintEvent *) {
    QPainter p(this);
    QColor frame = m_theme.line;
    p.fillRect(rect(), m_theme.background);
    if (!m_model)
        return;
    // The overview changes only with the scenario, theme or size: draw it once.
    if (m_cache.size() != size()) {
        m_cache = QImage(size(), QImage::Format_ARGB32_Premultiplied);
        m_cache.fill(m_theme.background);
        QPainter cp(&m_cache);
        DiagramRenderer::paintOverview(cp, *m_model, mapArea(), m_theme);
    }
    p.drawImage(0, 0, m_cache);
    p.setPen(QPen(frame, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    if (!m_visible.isEmpty()) {
        QRectF r(toWidget(m_visible.topLeft()), toWidget(m_visible.bottomRight()));
        // Keep the frame findable when the view is far smaller than a pixel here.
        if (r.width() < 6)
            r.adjust(-(6 - r.width()) / 2, 0, (6 - r.width()) / 2, 0);
        if (r.height() < 6)
            r.adjust(0, -(6 - r.height()) / 2, 0, (6 - r.height()) / 2);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(m_theme.accent, 2));
        p.drawRect(r.intersected(QRectF(rect()).adjusted(1, 1, -1, -1)));
    }
}

void Minimap::resizeEvent(QResizeEvent *) {
    m_cache = QImage();
}

void Minimap::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton)
        Q_EMIT centerRequested(toWorld(event->position()));
}

void Minimap::mouseMoveEvent(QMouseEvent *event) {
    if (event->buttons() & Qt::LeftButton)
        Q_EMIT centerRequested(toWorld(event->position()));
}

} // namespace colossus
