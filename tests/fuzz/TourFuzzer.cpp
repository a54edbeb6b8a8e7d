// The tour loader on any tour.json, against the embedded catalogue, then the placeholders.
#include "FuzzSupport.h"

#include "catalogue/Catalogue.h"
#include "tour/Tour.h"

using namespace colossus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::ensureApplication();
    const Catalogue &catalogue = Catalogue::embedded();
    const TourLoadResult result = TourLoader::loadJson(fuzz::bytes(data, size), catalogue);
    result.problemText();
    if (result.ok()) {
        for (const TourStep &step : result.tour->steps)
            TourText::resolve(step.caption, catalogue);
    }
    return 0;
}
