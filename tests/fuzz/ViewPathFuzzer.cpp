// The view-path parser: anything it accepts must format back to a path that parses to the
// same place, and validation against every scenario's geometry must answer.
#include "FuzzSupport.h"

#include "catalogue/Catalogue.h"
#include "diagram/DiagramModel.h"
#include "diagram/ViewPath.h"
#include "views/ViewRegistry.h"

#include <cstdlib>

using namespace colossus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::ensureApplication();
    const QString text = fuzz::text(data, size);
    QString error;
    const std::optional<ElementPath> path = ViewPath::parse(text, &error);
    if (!path) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    if (ViewPath::parse(ViewPath::format(*path)) != path)
        std::abort(); // format and parse must agree
    ViewPath::displayName(*path);
    static const auto built = DiagramModel::create(Catalogue::embedded(), u"built"_qs);
    static const auto planned = DiagramModel::create(Catalogue::embedded(), u"planned"_qs);
    ViewPath::validate(*path, built->geometry, u"built"_qs);
    ViewPath::validate(*path, planned->geometry, u"planned"_qs);
    return 0;
}
