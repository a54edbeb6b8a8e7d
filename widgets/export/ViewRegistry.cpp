#include "export/ViewRegistry.h"

#include "catalogue/Catalogue.h"

namespace colossus::ViewRegistry {

QString defaultScenarioId() {
    return QStringLiteral("built");
}

std::unique_ptr<Picture> create(const Catalogue &catalogue, const QString &viewPath,
                                const QString &scenarioId, QString *error) {
    Q_UNUSED(catalogue);
    Q_UNUSED(scenarioId);
    if (error)
        *error = QStringLiteral("unknown view path \"%1\"").arg(viewPath);
    return nullptr;
}

QStringList viewPaths(const Catalogue &catalogue) {
    Q_UNUSED(catalogue);
    return {};
}

} // namespace colossus::ViewRegistry
