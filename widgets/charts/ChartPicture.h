#pragma once

#include "catalogue/Catalogue.h"
#include "charts/ChartSpec.h"
#include "export/Picture.h"

#include <QStringList>
#include <memory>

namespace colossus {

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

    const ChartSpec &spec() const { return m_spec; }
    // Highlight one figure's marks (screen use; ignored when options.printing).
    void setHighlighted(const QString &figureId) { m_highlighted = figureId; }

private:
    ChartPicture(const Catalogue &catalogue, ChartSpec spec);

    Catalogue m_catalogue;
    ChartSpec m_spec;
    QString m_highlighted;
};

} // namespace colossus
