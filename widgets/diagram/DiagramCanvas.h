#pragma once

#include "diagram/DiagramFrameCache.h"
#include "diagram/DiagramRenderer.h"

#include <QPoint>
#include <QVariantAnimation>
#include <QWidget>
#include <memory>

namespace colossus {

// The zoomable drawing: wheel zoom anchored at the cursor, drag to pan, pinch, keys, clicks on
// linked parts. It paints through DiagramRenderer, as every export does. DiagramView puts it
// together with the breadcrumb bar, the minimap and the status line.
class DiagramCanvas : public QWidget {
    Q_OBJECT
public:
    static constexpr int animationMs = 250;

    explicit DiagramCanvas(QWidget *parent = nullptr);

    void setModel(std::shared_ptr<const DiagramModel> model);
    const std::shared_ptr<const DiagramModel> &model() const { return m_model; }
    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

    // Goes to an element (fitted as in its exported picture); false if it does not exist.
    bool setPath(const ElementPath &path, bool animated);
    const ElementPath &path() const { return m_path; }

    const DiagramCamera &camera() const { return m_camera; }
    void setCamera(const DiagramCamera &camera); // a free view (the path follows)
    QRectF diagramArea() const;
    QRectF visibleWorld() const;
    bool isAnimating() const;
    void finishAnimation();
    // Shows the running zoom animation at `ms` of its animationMs, as its clock would (tests
    // and benchmarks step through its frames; at the end it finishes).
    void showAnimationAt(int ms);

    // The child of the view path that the keyboard moves between (Enter zooms into it).
    bool hasSelection() const { return m_state.hasSelection; }
    const ElementPath &selection() const { return m_state.selection; }
    void setSelection(const ElementPath &path);
    void setHighlight(const QString &id);
    // What covers part of the canvas (the minimap): a framed rack's neighbours keep clear.
    void setKeepFree(const QRectF &rect);
    const QList<LinkZone> &linkZones() const { return m_zones; }
    // The topmost linked part under a widget point; nullptr where there is none.
    const LinkZone *zoneAt(const QPointF &pos) const;
    // Tab and Shift+Tab visit the linked parts (the drawing's and the "What the reports say
    // is here" panel's) before leaving the canvas; Return opens the focused one.
    const LinkZone *focusedZone() const;
    // What the last hover or selection change repainted (the rings of the outlines that
    // changed): for tests and benchmarks, which repaint it as the window system would.
    const QRegion &lastPointerDamage() const { return m_pointerDamage; }
    int focusedZoneIndex() const { return m_focusedZone; }
    void setFocusedZone(int index);
    void activateZone(const LinkZone &zone);
    // What a screen reader says for an element: "Rack 3 of group 12: 64 GPUs in 8 servers;
    // 2 linked facts".
    QString accessibleName(const ElementPath &path) const;
    // The element, or linked part, under a widget point, as shown in the tooltip.
    QString toolTipAt(const QPointF &pos) const;
    QString statusText() const;

    void zoomBy(double factor, const QPointF &anchor, bool animated = false);
    void toggleRear();

Q_SIGNALS:
    void pathChanged(const ElementPath &path);
    void cameraChanged();
    void figureActivated(const QString &figureId);
    void factActivated(const QString &factId);
    void statusTextChanged(const QString &text);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void animateTo(const DiagramCamera &target);
    // The state the view will have when the camera comes to rest (its element in focus).
    DiagramState restingState() const;
    void applyCamera(const DiagramCamera &camera, bool userMove);
    DiagramCamera clamped(DiagramCamera camera) const;
    void updatePathFromCamera();
    void setPathInternal(const ElementPath &path);
    ElementPath childAt(const QPointF &pos) const;
    void moveSelection(int dx, int dy);
    void ensureVisible(const ElementPath &path);
    void refreshStatus();
    void announceFocus();
    // Repaints the outlines of hover and selection that changed from `before`.
    void updatePointerOverlays(const DiagramState &before);

    std::shared_ptr<const DiagramModel> m_model;
    Theme m_theme = Theme::light();
    DiagramCamera m_camera;
    DiagramState m_state;
    ElementPath m_path;
    bool m_settled = false; // the camera shows the path as its picture does
    bool m_needsFit = true; // fit once the widget has a size
    QVariantAnimation m_animation;
    DiagramCamera m_from;
    DiagramCamera m_to;
    QList<LinkZone> m_zones;
    DiagramFrameCache m_frameCache;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_dragging = false;
    int m_focusedZone = -1; // index into m_zones; -1: the drawing itself
    QString m_status;
    QRegion m_pointerDamage;
};

} // namespace colossus
