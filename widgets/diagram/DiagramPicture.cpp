#include "diagram/DiagramPicture.h"

#include "diagram/ViewPath.h"

#include <QCoreApplication>
#include <QPainter>

namespace colossus {

std::unique_ptr<DiagramPicture> DiagramPicture::create(const Catalogue &catalogue,
                                                       const QString &scenarioId,
                                                       const QString &viewPath, QString *error) {
    QString message;
    auto model = DiagramModel::create(catalogue, scenarioId, &message);
    if (!model) {
        if (error)
            *error = message;
        return nullptr;
    }
    const std::optional<ElementPath> path = ViewPath::parse(viewPath, &message);
    if (!path) {
        if (error)
            *error = message;
        return nullptr;
    }
    message = ViewPath::validate(*path, model->geometry, scenarioId);
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return nullptr;
    }
    return std::make_unique<DiagramPicture>(std::move(model), *path);
}

QStringList DiagramPicture::levelPaths() {
    return {QStringLiteral("cluster"),
            QStringLiteral("group/0"),
            QStringLiteral("group/0/rack/0"),
            QStringLiteral("group/0/rack/0/rear"),
            QStringLiteral("group/0/rack/0/server/0"),
            QStringLiteral("group/0/rack/0/server/0/gpu/0")};
}

DiagramPicture::DiagramPicture(std::shared_ptr<const DiagramModel> model, const ElementPath &path)
    : m_model(std::move(model))
    , m_path(path) {
    if (m_path.rear)
        m_state.rearRack = m_path;
    m_state.hasFocus = true;
    m_state.focus = m_path;
}

DiagramCamera DiagramPicture::camera(const QRectF &area) const {
    const QRectF diagram = DiagramRenderer::diagramArea(area);
    if (m_window)
        return DiagramCamera::fit(*m_window, diagram.size(), 0);
    return fitCamera(*m_model, m_path, diagram);
}

DiagramCamera DiagramPicture::fitCamera(const DiagramModel &model, const ElementPath &path,
                                        const QRectF &diagram) {
    QRectF world = model.geometry.rect(path);
    if (path.level() == ElementPath::Level::Rack) {
        // Room for the U numbers on the left.
        world.adjust(-HierarchyGeometry::rackGap, -HierarchyGeometry::rackGap * 0.5, 0, 0);
    }
    DiagramCamera camera = DiagramCamera::fit(world, diagram.size(), 0.03);
    if (path.level() >= ElementPath::Level::Rack) {
        // Leave the parts panel free: fit into what is left of it and centre there.
        const double panel = DiagramRenderer::panelWidth(model, diagram, camera.scale);
        if (panel > 0) {
            const QSizeF left(diagram.width() - panel, diagram.height());
            camera = DiagramCamera::fit(world, left, 0.03);
            if (DiagramRenderer::panelWidth(model, diagram, camera.scale) > 0)
                camera.center.rx() += panel / 2 / camera.scale;
            else
                camera = DiagramCamera::fit(world, diagram.size(), 0.03);
        }
    }
    return camera;
}

QString DiagramPicture::title() const {
    const QString where = ViewPath::displayName(m_path);
    if (where.isEmpty())
        return m_model->scenario.title;
    return m_model->scenario.title + QStringLiteral(" — ") + where;
}

QString DiagramPicture::subtitle() const {
    switch (m_path.level()) {
    case ElementPath::Level::Cluster:
        return m_model->scenario.description;
    case ElementPath::Level::Rack:
        if (m_path.rear)
            return QCoreApplication::translate(
                       "DiagramPicture",
                       "Rear of the rack: three-phase power supplies, Ethernet switches and the "
                       "rack-sized manifold (positions schematic). ") +
                   m_model->countsText(m_path);
        return QCoreApplication::translate("DiagramPicture", "Front elevation with U positions. ") +
               m_model->countsText(m_path);
    default:
        break;
    }
    return m_model->countsText(m_path);
}

QStringList DiagramPicture::figureIds() const {
    QStringList ids = m_model->scenario.figureIds + DiagramModel::fanoutFigureIds();
    switch (m_path.level()) {
    case ElementPath::Level::Cluster:
    case ElementPath::Level::Group:
        ids << QStringLiteral("gpus_per_group");
        break;
    case ElementPath::Level::Rack:
        ids << QStringLiteral("gpus_per_rack") << QStringLiteral("psus_per_server");
        break;
    case ElementPath::Level::Server:
        ids << QStringLiteral("nic_per_gpu_gb") << QStringLiteral("extra_nic_gb")
            << QStringLiteral("server_bandwidth_tb") << QStringLiteral("psus_per_server");
        break;
    case ElementPath::Level::Gpu:
        ids << QStringLiteral("nic_per_gpu_gb");
        break;
    }
    ids.removeDuplicates();
    return ids;
}

QStringList DiagramPicture::factIds() const {
    switch (m_path.level()) {
    case ElementPath::Level::Cluster:
    case ElementPath::Level::Group:
        return {};
    case ElementPath::Level::Rack:
        if (m_path.rear) {
            return {QStringLiteral("rack_rear"), QStringLiteral("ethernet_not_infiniband"),
                    QStringLiteral("redundant_psus")};
        }
        return {QStringLiteral("liquid_cooled_4u"), QStringLiteral("manifolds_between_servers"),
                QStringLiteral("pump_unit")};
    case ElementPath::Level::Server:
        return {QStringLiteral("liquid_cooled_4u"), QStringLiteral("hgx_h100"),
                QStringLiteral("dedicated_nic"), QStringLiteral("redundant_psus")};
    case ElementPath::Level::Gpu:
        return {QStringLiteral("hgx_h100"), QStringLiteral("liquid_cooled_4u"),
                QStringLiteral("dedicated_nic")};
    }
    return {};
}

QStringList DiagramPicture::sourceIds() const {
    return sourcesOf(m_model->catalogue, figureIds(), factIds());
}

void DiagramPicture::paintContent(QPainter &painter, const QRectF &area,
                                  const PaintOptions &options) const {
    paint(painter, area, options, nullptr);
}

void DiagramPicture::paint(QPainter &painter, const QRectF &area, const PaintOptions &options,
                           QList<LinkZone> *zones, QList<PlacedLabel> *labels) const {
    DiagramState state = m_state;
    if (options.printing) {
        state.hasHover = false;
        state.hasSelection = false;
        state.highlightId.clear();
    }
    if (m_window)
        state.hasFocus = false;
    DiagramRenderer::paint(painter, *m_model, area, camera(area), state, options, zones, labels);
}

} // namespace colossus
