#include "charts/ChartPicture.h"

#include "charts/ChartScene.h"

#include <QPainter>
#include <stdexcept>

namespace colossus {

ChartPicture::ChartPicture(const Catalogue &catalogue, ChartSpec spec)
    : m_catalogue(catalogue)
    , m_spec(std::move(spec)) {
}

QStringList ChartPicture::chartIds() {
    return ChartSpec::chartIds();
}

std::unique_ptr<ChartPicture> ChartPicture::create(const Catalogue &catalogue,
                                                   const QString &chartId, QString *error) {
    if (!chartIds().contains(chartId)) {
        if (error) {
            *error = QStringLiteral("unknown chart \"%1\"; the charts are: %2")
                         .arg(chartId, chartIds().join(QStringLiteral(", ")));
        }
        return nullptr;
    }
    try {
        return std::unique_ptr<ChartPicture>(
            new ChartPicture(catalogue, ChartSpec::build(catalogue, chartId)));
    } catch (const std::out_of_range &e) {
        if (error)
            *error = QStringLiteral("chart \"%1\": %2").arg(chartId, QString::fromUtf8(e.what()));
        return nullptr;
    }
}

void ChartPicture::paintContent(QPainter &painter, const QRectF &area,
                                const PaintOptions &options) const {
    if (area.width() < 1 || area.height() < 1)
        return;
    // The scene is laid out at the area's logical size; the painter's transform supplies any
    // extra resolution (a 2x PNG), so text and lines stay sharp.
    ChartScene scene(m_catalogue, m_spec);
    scene.rebuild(area.size(), options.theme, options.printing, options.transparent);
    if (!options.printing)
        scene.setHighlighted(m_highlighted);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, area, QRectF(QPointF(0, 0), area.size()), Qt::IgnoreAspectRatio);
    painter.restore();
}

} // namespace colossus
