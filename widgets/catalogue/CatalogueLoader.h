#pragma once

#include "catalogue/Catalogue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace colossus {

// One thing wrong with a data file: where (a JSON path such as "figures[12].quote", or
// "line 3, column 7" for syntax errors) and what.
struct LoadProblem {
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + u": "_qs + message; }
    bool operator==(const LoadProblem &) const = default;
};

struct LoadResult {
    std::optional<Catalogue> catalogue; // set only when there are no problems
    QList<LoadProblem> problems;

    bool ok() const { return catalogue.has_value(); }
};

// Reads and validates a figures file against the embedded source documents. Every problem
// is collected, not just the first, so a person fixing a file sees them all at once.
class CatalogueLoader {
public:
    // Limits for hostile files: every one is reported with the place it was exceeded.
    static constexpr qint64 maximumFileSize = 16 * 1024 * 1024;
    static constexpr int maximumJsonDepth = 16;           // objects and arrays inside each other
    static constexpr qsizetype maximumEntries = 10000;    // sources, figures or facts
    static constexpr qsizetype maximumTextLength = 10000; // characters in one string
    static constexpr int maximumDerivedChain = 64;        // derived figures each using the next one
    static constexpr double maximumMagnitude = 1e15;      // integers stay exact, formatting safe

    static LoadResult loadFile(const QString &fileName);
    static LoadResult loadJson(const QByteArray &json);
    static LoadResult loadEmbedded();

    // The source documents compiled into the binary, with their metadata still empty.
    static QList<SourceDocument> embeddedDocuments();
};

} // namespace colossus
