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

    // "512 GPUs · 8 racks of 8 servers", for tooltips and the status line. Only reported
    // counts, or derived ones with their arithmetic ("100,000 ÷ 8 = 12,500 servers"); no
    // computed totals of bandwidth, and network cards only for the GPUs the report describes.
    QString countsText(const ElementPath &path) const;
    // Rich text for the status line of the whole cluster: what its "ƒ" counts are divided out
    // of, each figure with its passage; empty at the other levels (their counts are reported).
    QString countsToolTip(const ElementPath &path) const;
};

} // namespace colossus
