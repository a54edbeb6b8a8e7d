#pragma once

#include "diagram/DiagramModel.h"
#include "style/Theme.h"

#include <QImage>
#include <QWidget>
#include <memory>

namespace colossus {

// The whole cluster small, with a frame around what the main view shows; click or drag to
// move the view there.
class Minimap : public QWidget {
    Q_OBJECT
public:
    explicit Minimap(QWidget *parent = nullptr);

    void setModel(std::shared_ptr<const DiagramModel> model);
    void setTheme(const Theme &theme);
    void setVisibleWorld(const QRectF &world);
    QSize sizeHint() const override;

    // Where a world point lands in the widget, and back (for tests and the frame).
    QPointF toWidget(const QPointF &world) const;
    QPointF toWorld(const QPointF &widget) const;

Q_SIGNALS:
    void centerRequested(const QPointF &world);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF mapArea() const;

    std::shared_ptr<const DiagramModel> m_model;
    Theme m_theme = Theme::light();
    QRectF m_visible;
    QImage m_cache;
};

} // namespace colossus
