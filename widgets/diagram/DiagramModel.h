#pragma once

#include "catalogue/Catalogue.h"
#include "diagram/HierarchyGeometry.h"
#include "diagram/Scenario.h"

#include <memory>

namespace colossus {

// What the diagram of one scenario needs, read once from the catalogue: the scenario, its
// geometry and the per-server figures the detailed levels print. Shared (immutable) between
// the view, its minimap and the pictures it hands out for export.
struct DiagramModel {
    Catalogue catalogue;
    Scenario scenario;
    HierarchyGeometry geometry;
    double nicPerGpuGb = 0;
    double extraNicGb = 0;
    double serverBandwidthTb = 0;
    int psusPerServer = 0;

    // Ten times the groups of the largest plan (1,000,000 GPUs at 512 per group).
    static constexpr qint64 maximumGroupCount = 20000;

    // nullptr and a message naming the scenario or the missing figure on failure.
    static std::shared_ptr<const DiagramModel>
    create(const Catalogue &catalogue, const QString &scenarioId, QString *error = nullptr);

    // The figure ids of the fan-out and rack heights (for citations).
    static QStringList fanoutFigureIds();

    // Bandwidth of an element's NICs in Tb/s (servers x reported per-server bandwidth).
    double bandwidthTb(const ElementPath &path) const;
    // "GPUs 512 · servers 64 · 230.4 Tb/s Ethernet", for tooltips and the status line.
    QString countsText(const ElementPath &path) const;
};

} // namespace colossus
