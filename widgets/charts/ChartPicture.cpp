#include "charts/ChartPicture.h"

#include "charts/ChartScene.h"

#include <QPainter>
#include <memory>
#include <stdexcept>

namespace colossus {

ChartPicture::ChartPicture(const Catalogue &catalogue, ChartSpec spec)
    : m_catalogue(catalogue)
    , m_spec(std::move(spec))
    , m_fullSpec(m_spec) {
}

void ChartPicture::showOnly(const QStringList &figureIds) {
    m_roomFigures = figureIds;
    m_spec = m_fullSpec.showingOnly(figureIds);
    m_laidOut = {};
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
    paintContent(painter, area, options, 0);
}

QSizeF ChartPicture::layout(ChartScene &scene, const QSizeF &areaSize, const PaintOptions &options,
                            qreal basePixelSize) const {
    QSizeF size = areaSize;
    scene.rebuild(size, options.theme, options.printing, options.transparent, basePixelSize);
    if (scene.shortfall() > 0) {
        // Even without its optional blocks the chart does not fit: lay it out taller and
        // shrink it evenly, so it is smaller but nothing overlaps.
        size.rheight() += scene.shortfall(); // the same width: the same blocks dropped
        scene.rebuild(size, options.theme, options.printing, options.transparent, basePixelSize);
    }
    if (!options.printing)
        scene.setHighlighted(m_highlighted);
    return size;
}

std::unique_ptr<ChartScene> ChartPicture::laidOutScene(const QSizeF &areaSize,
                                                       const PaintOptions &options,
                                                       qreal basePixelSize, QSizeF *laidOut) const {
    auto scene = std::make_unique<ChartScene>(m_catalogue, m_spec);
    QSizeF size = layout(*scene, areaSize, options, basePixelSize);
    // A room's chart keeps its type: fewer marks until it fits (one more left out each time).
    for (int drop = 1;
         basePixelSize > 0 && !m_roomFigures.isEmpty() && size != areaSize && drop <= 32; ++drop) {
        scene =
            std::make_unique<ChartScene>(m_catalogue, m_fullSpec.showingOnly(m_roomFigures, drop));
        size = layout(*scene, areaSize, options, basePixelSize);
    }
    if (laidOut)
        *laidOut = size;
    return scene;
}

void ChartPicture::paintContent(QPainter &painter, const QRectF &area, const PaintOptions &options,
                                qreal basePixelSize) const {
    if (area.width() < 1 || area.height() < 1)
        return;
    // The scene is laid out at the area's logical size; the painter's transform supplies any
    // extra resolution (a 2x PNG), so text and lines stay sharp.
    LaidOut wanted;
    wanted.area = area.size();
    wanted.basePixelSize = basePixelSize;
    wanted.theme = options.theme.id;
    wanted.printing = options.printing;
    wanted.transparent = options.transparent;
    wanted.highlighted = m_highlighted;
    if (!m_laidOut.scene || !m_laidOut.sameInputs(wanted)) {
        m_laidOut = wanted;
        m_laidOut.scene = laidOutScene(area.size(), options, basePixelSize, &m_laidOut.size);
    }
    const QSizeF size = m_laidOut.size;
    ChartScene *scene = m_laidOut.scene.get();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene->render(&painter, area, QRectF(QPointF(0, 0), size), Qt::KeepAspectRatio);
    painter.restore();
}

} // namespace colossus
