#include "diagram/DiagramModel.h"

#include "catalogue/DerivedMark.h"
#include "catalogue/FigureFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

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
    // What the geometry and the painters can draw in bounded time; a figure outside its range
    // is refused by name before any conversion to an integer.
    struct Range {
        const char *id;
        double min, max;
    };
    static constexpr Range ranges[] = {
        {"gpus_per_server", 1, 64},     {"servers_per_rack", 1, 64},  {"racks_per_group", 1, 64},
        {"server_height_u", 0.25, 16},  {"manifold_height_u", 0, 16}, {"pump_unit_height_u", 0, 16},
        {"psus_per_server", 0, 64},     {"nic_per_gpu_gb", 0, 1e6},   {"extra_nic_gb", 0, 1e6},
        {"server_bandwidth_tb", 0, 1e6}};
    for (const Range &range : ranges) {
        const double value = catalogue.figure(QString::fromLatin1(range.id))->value;
        if (!(value >= range.min && value <= range.max)) {
            if (error)
                *error = QStringLiteral("figure \"%1\" = %2: the diagram draws %3 to %4")
                             .arg(QString::fromLatin1(range.id), FigureFormat::number(value),
                                  FigureFormat::number(range.min), FigureFormat::number(range.max));
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
    // The cluster level draws every group: keep their number what a frame can afford.
    const qint64 perGroup = qint64(f.gpusPerServer) * f.serversPerRack * f.racksPerGroup;
    if (const qint64 groups = (scenario->gpuCount + perGroup - 1) / perGroup;
        groups > maximumGroupCount) {
        if (error)
            *error = QStringLiteral("scenario %1: %2 GPUs at %3 per group make %4 groups; the "
                                    "diagram draws at most %5")
                         .arg(scenarioId, formatCount(double(scenario->gpuCount)),
                              formatCount(double(perGroup)), formatCount(double(groups)),
                              formatCount(double(maximumGroupCount)));
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

QString DiagramModel::countsText(const ElementPath &path) const {
    const Fanout &f = geometry.fanout();
    const qint64 gpus = geometry.gpusIn(path);
    const GpuSegment &first = scenario.segmentAt(geometry.firstGpu(path));
    switch (path.level()) {
    case ElementPath::Level::Gpu: {
        QString type = gpuTypeName(first.type);
        if (first.alternative != GpuType::None)
            type += QCoreApplication::translate("DiagramModel", " or ") +
                    gpuTypeName(first.alternative);
        // The tour report describes the network cards of the built H100 servers only.
        if (first.isAsBuilt())
            return QCoreApplication::translate("DiagramModel",
                                               "one GPU (%1) · its own %2 GbE NIC (reported)")
                .arg(type, formatCount(nicPerGpuGb));
        return QCoreApplication::translate("DiagramModel",
                                           "one GPU (%1) · network card not reported for these "
                                           "GPUs (drawn as built)")
            .arg(type);
    }
    case ElementPath::Level::Server: {
        QString text =
            QCoreApplication::translate("DiagramModel", "%1 GPUs").arg(formatCount(double(gpus)));
        if (first.isAsBuilt())
            text += QCoreApplication::translate("DiagramModel",
                                                " · %1 Tb/s Ethernet (reported per server)")
                        .arg(FigureFormat::number(serverBandwidthTb, 2));
        return text;
    }
    case ElementPath::Level::Rack: {
        const qint64 servers = geometry.serversIn(path);
        if (gpus == qint64(f.serversPerRack) * f.gpusPerServer)
            return QCoreApplication::translate("DiagramModel", "%1 GPUs · %2 servers")
                .arg(formatCount(double(gpus)), formatCount(double(servers)));
        // The reported total ends inside this rack: a count of ours, not of the reports.
        return QCoreApplication::translate(
                   "DiagramModel", "%1 GPUs in %2 of %3 servers (partial: the total ends here)")
            .arg(formatCount(double(gpus)), formatCount(double(servers)))
            .arg(f.serversPerRack);
    }
    case ElementPath::Level::Group: {
        const qint64 racks = geometry.racksIn(path);
        if (gpus == qint64(f.racksPerGroup) * f.serversPerRack * f.gpusPerServer)
            return QCoreApplication::translate("DiagramModel", "%1 GPUs · %2 racks of %3 servers")
                .arg(formatCount(double(gpus)), formatCount(double(racks)))
                .arg(f.serversPerRack);
        return QCoreApplication::translate(
                   "DiagramModel", "%1 GPUs in %2 of %3 racks (partial: the total ends here)")
            .arg(formatCount(double(gpus)), formatCount(double(racks)))
            .arg(f.racksPerGroup);
    }
    case ElementPath::Level::Cluster:
        break;
    }
    // No report counts the servers, racks or groups of the whole: they are derived, and the
    // arithmetic is shown (rounded up where the last one is only partly filled).
    const auto division = [](double total, double per, const QString &what) {
        const double exact = total / per;
        QString text =
            QStringLiteral("%1 ÷ %2 = %3")
                .arg(formatCount(total), formatCount(per), FigureFormat::number(exact, 1));
        if (std::ceil(exact) != exact)
            text += QStringLiteral(" → ") + formatCount(std::ceil(exact));
        text = DerivedMark::append(text); // "12,500 ƒ servers": ours, not a report's
        return what.at(0).unicode() >= 0x3000 ? text + what : text + u' ' + what;
    };
    const double servers = double(geometry.serverCount());
    return QCoreApplication::translate("DiagramModel", "%1 GPUs · %2 · %3 · %4")
        .arg(formatCount(double(gpus)),
             division(double(gpus), f.gpusPerServer, FigureFormat::unitName(u"servers"_qs)),
             division(servers, f.serversPerRack, FigureFormat::unitName(u"racks"_qs)),
             division(double(gpus), double(f.gpusPerServer) * f.serversPerRack * f.racksPerGroup,
                      FigureFormat::unitName(u"groups"_qs)));
}

QString DiagramModel::countsToolTip(const ElementPath &path) const {
    if (path.level() != ElementPath::Level::Cluster)
        return {};
    // The GPU count the divisions start from (the scenario's figure of that value), then the
    // fan-out they divide by.
    QStringList ids;
    for (const QString &id : scenario.figureIds) {
        const Figure *f = catalogue.figure(id);
        if (f && qint64(std::llround(f->value)) == geometry.gpusIn(path)) {
            ids << id;
            break;
        }
    }
    ids << QStringLiteral("gpus_per_server") << QStringLiteral("servers_per_rack")
        << QStringLiteral("racks_per_group");
    return QStringLiteral("%1<br>%2%3")
        .arg(DerivedMark::legend().toHtmlEscaped(),
             QCoreApplication::translate("DiagramModel",
                                         "No report counts the servers, racks and groups of the "
                                         "whole; they are divided out of:")
                 .toHtmlEscaped(),
             DerivedMark::inputsHtml(catalogue, ids));
}

} // namespace colossus
