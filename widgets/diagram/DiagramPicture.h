#pragma once

#include "diagram/DiagramModel.h"
#include "diagram/DiagramRenderer.h"
#include "export/Picture.h"

#include <memory>
#include <optional>

namespace colossus {

// One view of the diagram as a Picture: an element (by view path) fitted into the area, or
// exactly the part of the world a DiagramView shows. The screen and every export paint
// through it, so they cannot disagree.
class DiagramPicture : public Picture {
public:
    // nullptr and a message naming the bad part on an unknown scenario or path, for example
    // "group/250: the built scenario has 196 groups (0-195)".
    static std::unique_ptr<DiagramPicture> create(const Catalogue &catalogue,
                                                  const QString &scenarioId,
                                                  const QString &viewPath, QString *error);

    // One path per level, for --list-views.
    static QStringList levelPaths();

    DiagramPicture(std::shared_ptr<const DiagramModel> model, const ElementPath &path);

    // Show this world rectangle (fitted, centred) instead of the element's own rectangle.
    void setWorldWindow(const QRectF &world) { m_window = world; }
    void setState(const DiagramState &state) { m_state = state; }
    const DiagramState &state() const { return m_state; }

    const DiagramModel &model() const { return *m_model; }
    const ElementPath &path() const { return m_path; }
    // Where the world lands in a paint area (the same camera paintContent uses).
    DiagramCamera camera(const QRectF &area) const;
    // The camera that shows an element whole in a diagram area (beside the parts panel when
    // the element is shown in detail). The view uses it too, so zooming to a path on screen
    // ends exactly where the exported picture of that path is.
    static DiagramCamera fitCamera(const DiagramModel &model, const ElementPath &path,
                                   const QRectF &diagramArea);

    QString title() const override;
    QString subtitle() const override;
    QStringList sourceIds() const override;
    void paintContent(QPainter &painter, const QRectF &area,
                      const PaintOptions &options) const override;
    // The same, also giving the drawn parts that link to figures and facts.
    void paint(QPainter &painter, const QRectF &area, const PaintOptions &options,
               QList<LinkZone> *zones, QList<PlacedLabel> *labels = nullptr) const;

    // The figures and facts drawn at this path's level (for citations and tests).
    QStringList figureIds() const;
    QStringList factIds() const;

private:
    std::shared_ptr<const DiagramModel> m_model;
    ElementPath m_path;
    std::optional<QRectF> m_window;
    DiagramState m_state;
};

} // namespace colossus
