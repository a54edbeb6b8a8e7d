#pragma once

#include "catalogue/Catalogue.h"
#include "charts/ChartSpec.h"
#include "export/Picture.h"

#include <QSizeF>
#include <QStringList>
#include <memory>

namespace colossus {

class ChartScene;

// A chart as a Picture: the export path (PNG/SVG/PDF, clipboard) for charts. paintContent
// draws the chart with its units, value labels, notes and a footer citing each source; the
// FramedPicture around it adds the overall title and the documents line.
class ChartPicture : public Picture {
public:
    // nullptr and a message in *error when the chart id is unknown.
    static std::unique_ptr<ChartPicture> create(const Catalogue &catalogue, const QString &chartId,
                                                QString *error);
    // The chart ids, in menu order; view paths are "chart/<id>".
    static QStringList chartIds();

    QString title() const override { return m_spec.title; }
    QStringList sourceIds() const override { return m_spec.sourceIds; }
    void paintContent(QPainter &painter, const QRectF &area,
                      const PaintOptions &options) const override;
    // For a room (the tour): type of this base size in the area's units, whatever the area's
    // shape; blocks that do not fit are dropped (see ChartScene::rebuild).
    void paintContent(QPainter &painter, const QRectF &area, const PaintOptions &options,
                      qreal basePixelSize) const;

    const ChartSpec &spec() const { return m_spec; }
    // Lays scene out for an area of this size as paintContent does; returns the size the
    // scene was laid out at (taller than size when even the smallest layout did not fit: it
    // is then shrunk evenly into the area).
    QSizeF layout(ChartScene &scene, const QSizeF &size, const PaintOptions &options,
                  qreal basePixelSize) const;
    // The scene paintContent renders: laid out as layout() does, and for a room's chart
    // (showOnly, a base size) with fewer marks until it fits; *size as layout() returns it.
    std::unique_ptr<ChartScene> laidOutScene(const QSizeF &size, const PaintOptions &options,
                                             qreal basePixelSize, QSizeF *laidOut) const;
    // Highlight one figure's marks (screen use; ignored when options.printing).
    void setHighlighted(const QString &figureId) { m_highlighted = figureId; }
    // A tour step: only these figures' marks, fewer and larger (ChartSpec::showingOnly).
    // A room's chart that does not fit at its type leaves out marks, last first, rather
    // than shrink.
    void showOnly(const QStringList &figureIds);

private:
    ChartPicture(const Catalogue &catalogue, ChartSpec spec);

    Catalogue m_catalogue;
    ChartSpec m_spec;
    QString m_highlighted;
    ChartSpec m_fullSpec;      // before showOnly
    QStringList m_roomFigures; // showOnly's figures

    // The scene paintContent rendered last, reused while what it was laid out for is the same:
    // a slide repaints for every pointer move, and laying out a room's chart builds several
    // scenes.
    struct LaidOut {
        QSizeF area;
        qreal basePixelSize = 0;
        Theme::Id theme = Theme::Id::Light;
        bool printing = false;
        bool transparent = false;
        QString highlighted;
        QSizeF size; // what laidOutScene returned in *laidOut
        std::shared_ptr<ChartScene> scene;

        bool sameInputs(const LaidOut &o) const {
            return area == o.area && basePixelSize == o.basePixelSize && theme == o.theme &&
                   printing == o.printing && transparent == o.transparent &&
                   highlighted == o.highlighted;
        }
    };
    mutable LaidOut m_laidOut;
};

} // namespace colossus
