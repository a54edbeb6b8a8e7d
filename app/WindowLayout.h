#pragma once

#include <QRect>
#include <QSize>
#include <QString>

namespace colossus {

struct ElementPath;

// Where the main window and its docks go: small pure functions of the screen's available
// geometry, so that a first start on a 1024x768 laptop and a layout saved on a 4K monitor
// both open on screen.
namespace WindowLayout {

// The first start: most of the available area (never more), centred.
QRect firstStartGeometry(const QRect &available);

// A saved frame moved and shrunk so that all of it is on the available area.
QRect clampedToScreen(const QRect &frame, const QRect &available);

// Dock sizes that leave the diagram at least half of the window: the charts' width and the
// sources' height.
QSize dockSizes(const QSize &window);

// The default export file name: "colossus-built-group-12-rack-3" (no extension); a chart:
// "colossus-chart-power".
QString exportBaseName(const QString &scenarioId, const QString &viewPath);

} // namespace WindowLayout
} // namespace colossus
