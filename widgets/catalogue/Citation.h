#pragma once

#include "catalogue/Catalogue.h"

#include <QString>
#include <optional>

namespace colossus {

// A figure, fact or check cited the way people cite: the report(s) it comes from, named by
// headline and outlet, with the passage, our translation, the app version and the SHA-256 of
// the catalogue, so a reader can find the exact words and the exact data again.
namespace Citation {

enum class Format { Text, BibTeX, CslJson };

// "text", "bibtex", "csl-json".
std::optional<Format> formatFromName(const QString &name);
QStringList formatNames();

// std::nullopt when no figure, fact or check has the id.
std::optional<QString> cite(const Catalogue &catalogue, const QString &id, Format format,
                            const QString &appVersion);

// BibTeX's special characters escaped for a braced field value.
QString bibtexEscaped(const QString &text);

} // namespace Citation
} // namespace colossus
