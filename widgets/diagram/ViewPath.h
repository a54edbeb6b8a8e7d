#pragma once

#include "diagram/HierarchyGeometry.h"

#include <QString>
#include <optional>

namespace colossus {

// The text form of a place in the diagram: "cluster", "group/12", "group/12/rack/3",
// "group/12/rack/3/rear", "group/12/rack/3/server/5", "group/12/rack/3/server/5/gpu/7"
// (indices from 0). Used by --view, the GUI's "Copy path" and the tour.
namespace ViewPath {

QString format(const ElementPath &path);

// Syntax only; nullopt and a message naming the path when it is not one of the forms above.
std::optional<ElementPath> parse(const QString &text, QString *error = nullptr);

// Empty when every index exists in the geometry; otherwise a message naming the first bad
// part, for example "group/250: the built scenario has 196 groups (0-195)".
QString validate(const ElementPath &path, const HierarchyGeometry &geometry,
                 const QString &scenarioId);

// The element's own name: "Colossus", "Group 12", "Rack 3 (rear)", "Server 5", "GPU 7".
QString elementName(const ElementPath &path);

// "Group 12 > Rack 3 (rear)", empty for the cluster.
QString displayName(const ElementPath &path);

} // namespace ViewPath
} // namespace colossus
