// The formula parser and evaluator on any text; ids have values derived from their names,
// so every path of the arithmetic (and division by zero) is reached.
#include "FuzzSupport.h"

#include "catalogue/Formula.h"

#include <QHash>

using namespace colossus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = fuzz::text(data, size);
    Formula::identifiers(text);
    Formula::evaluate(text, [](const QString &id) -> std::optional<double> {
        const size_t hash = qHash(id);
        if (hash % 7 == 0)
            return std::nullopt;
        return double(hash % 1000) - 100.0;
    });
    return 0;
}
