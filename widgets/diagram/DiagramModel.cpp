#include "diagram/DiagramModel.h"

#include "catalogue/FigureFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace colossus {

QStringList DiagramModel::fanoutFigureIds() {
    return {QStringLiteral("gpus_per_server"),   QStringLiteral("servers_per_rack"),
            QStringLiteral("racks_per_group"),   QStringLiteral("server_height_u"),
            QStringLiteral("manifold_height_u"), QStringLiteral("pump_unit_height_u")};
}

std::shared_ptr<const DiagramModel>
DiagramModel::create(const Catalogue &catalogue, const QString &scenarioId, QString *error) {
    std::optional<Scenario> scenario = Scenario::fromCatalogue(catalogue, scenarioId, error);
    if (!scenario)
        return nullptr;
    const QStringList needed =
        fanoutFigureIds() +
        QStringList{QStringLiteral("nic_per_gpu_gb"), QStringLiteral("extra_nic_gb"),
                    QStringLiteral("server_bandwidth_tb"), QStringLiteral("psus_per_server")};
    for (const QString &id : needed) {
        if (!catalogue.figure(id)) {
            if (error)
                *error = QStringLiteral("the catalogue has no figure \"%1\"").arg(id);
            return nullptr;
        }
    }
    const auto v = [&](const char *id) {
        return catalogue.figure(QString::fromLatin1(id))->value;
    };
    Fanout f;
    f.gpusPerServer = int(v("gpus_per_server"));
    f.serversPerRack = int(v("servers_per_rack"));
    f.racksPerGroup = int(v("racks_per_group"));
    f.serverHeightU = v("server_height_u");
    f.manifoldHeightU = v("manifold_height_u");
    f.pumpUnitHeightU = v("pump_unit_height_u");
    if (!f.isValid()) {
        if (error)
            *error = QStringLiteral("the catalogue's fan-out figures are not positive");
        return nullptr;
    }
    auto model = std::make_shared<DiagramModel>();
    model->catalogue = catalogue;
    model->scenario = *scenario;
    model->geometry = HierarchyGeometry(f, scenario->gpuCount);
    model->nicPerGpuGb = v("nic_per_gpu_gb");
    model->extraNicGb = v("extra_nic_gb");
    model->serverBandwidthTb = v("server_bandwidth_tb");
    model->psusPerServer = int(v("psus_per_server"));
    return model;
}

double DiagramModel::bandwidthTb(const ElementPath &path) const {
    if (path.level() == ElementPath::Level::Gpu)
        return nicPerGpuGb / 1000.0;
    return geometry.serversIn(path) * serverBandwidthTb;
}

QString DiagramModel::countsText(const ElementPath &path) const {
    const qint64 gpus = geometry.gpusIn(path);
    if (path.level() == ElementPath::Level::Gpu) {
        const GpuSegment &s = scenario.segmentAt(geometry.firstGpu(path));
        QString type = gpuTypeName(s.type);
        if (s.alternative != GpuType::None)
            type += QStringLiteral(" or ") + gpuTypeName(s.alternative);
        return QCoreApplication::translate("DiagramModel", "1 GPU (%1) · its own %2 GbE NIC")
            .arg(type, formatCount(nicPerGpuGb));
    }
    QStringList parts;
    parts << QCoreApplication::translate("DiagramModel", "%1 GPUs").arg(formatCount(double(gpus)));
    if (path.level() != ElementPath::Level::Server)
        parts << QCoreApplication::translate("DiagramModel", "%1 servers")
                     .arg(formatCount(double(geometry.serversIn(path))));
    if (path.level() <= ElementPath::Level::Group)
        parts << QCoreApplication::translate("DiagramModel", "%1 racks")
                     .arg(formatCount(double(geometry.racksIn(path))));
    const double tb = bandwidthTb(path);
    parts << QCoreApplication::translate("DiagramModel", "%1 Tb/s Ethernet")
                 .arg(FigureFormat::number(tb, tb < 100 ? 1 : 0));
    return parts.join(QStringLiteral(" · "));
}

} // namespace colossus
