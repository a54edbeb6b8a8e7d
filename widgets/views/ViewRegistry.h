#pragma once

#include "export/Picture.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace colossus {

class Catalogue;

// Turns a view path into something to paint: "cluster", "group/12/rack/3/rear", ... for the
// diagram (with a scenario id) and "chart/gpu-counts" for a chart. Shared by the command line,
// the GUI and the tour, so all of them accept exactly the same paths.
namespace ViewRegistry {

// nullptr and a message in *error (naming the path and what is wrong) when the path or the
// scenario is unknown.
std::unique_ptr<Picture> create(const Catalogue &catalogue, const QString &viewPath,
                                const QString &scenarioId, QString *error);

// Every exportable view: the diagram levels of the default scenario, then every chart.
QStringList viewPaths(const Catalogue &catalogue);

QString defaultScenarioId(); // "built"

} // namespace ViewRegistry
} // namespace colossus
