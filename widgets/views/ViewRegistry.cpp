#include "views/ViewRegistry.h"

#include "catalogue/Catalogue.h"
#include "charts/ChartPicture.h"
#include "diagram/DiagramPicture.h"
#include "diagram/Scenario.h"

namespace colossus::ViewRegistry {
namespace {
const QString chartPrefix = QStringLiteral("chart/");
}

QString defaultScenarioId() {
    return Scenario::defaultId();
}

std::unique_ptr<Picture> create(const Catalogue &catalogue, const QString &viewPath,
                                const QString &scenarioId, QString *error) {
    if (viewPath.startsWith(chartPrefix))
        return ChartPicture::create(catalogue, viewPath.mid(chartPrefix.size()), error);
    return DiagramPicture::create(
        catalogue, scenarioId.isEmpty() ? defaultScenarioId() : scenarioId, viewPath, error);
}

QStringList viewPaths(const Catalogue &catalogue) {
    Q_UNUSED(catalogue);
    QStringList paths = DiagramPicture::levelPaths();
    for (const QString &id : ChartPicture::chartIds())
        paths.append(chartPrefix + id);
    return paths;
}

} // namespace colossus::ViewRegistry
