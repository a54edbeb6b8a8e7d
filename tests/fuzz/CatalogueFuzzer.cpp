// The catalogue loader on a whole data file, then everything a loaded file reaches without a
// window: the views' requirements, the consistency checks and the figure formatting.
#include "FuzzSupport.h"

#include "catalogue/CatalogueLoader.h"
#include "catalogue/ConsistencyChecks.h"
#include "catalogue/FigureFormat.h"
#include "views/ViewRegistry.h"

using namespace colossus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::ensureApplication();
    const LoadResult result = CatalogueLoader::loadJson(fuzz::bytes(data, size));
    if (!result.ok())
        return 0;
    const Catalogue &catalogue = *result.catalogue;
    ViewRegistry::problems(catalogue);
    runConsistencyChecks(catalogue);
    for (const Figure &figure : catalogue.figures()) {
        FigureFormat::number(figure.value, 4);
        FigureFormat::value(figure);
        FigureFormat::arithmetic(catalogue, figure);
        FigureFormat::toolTip(catalogue, figure);
    }
    return 0;
}
