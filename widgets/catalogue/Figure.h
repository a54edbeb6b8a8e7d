#pragma once

#include <QString>
#include <QStringList>

namespace colossus {

// A number the reports state (reported) or that we compute from reported ones (derived).
// Reported figures carry the verbatim passage that states them; derived ones carry the
// formula and the ids of their inputs, and their value is computed by the loader.
struct Figure {
    enum class Kind { Reported, Derived };

    QString id;
    QString label;      // English, our words
    double value = 0.0; // for unit "date": days since 1970-01-01 of asOf
    QString unit;
    Kind kind = Kind::Reported;
    QString topic;     // hierarchy, compute, network, power, money, timeline, peers
    QString asOf;      // ISO date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm), may be empty
    QString qualifier; // how the source hedges: "about", "more than", "up to", ... may be empty

    QString source;      // file name of the document, reported figures only
    QString quote;       // verbatim passage that states the figure
    QString written;     // the figure exactly as written in the quote
    QString translation; // our English rendering of the quote

    QString formula;    // derived only: readable arithmetic over input ids
    QStringList inputs; // derived only: figure ids the formula uses

    bool isDerived() const { return kind == Kind::Derived; }
    bool isDate() const { return unit == QLatin1String("date"); }
};

// A statement the reports make that is not a number (for example that the network is
// Ethernet rather than InfiniBand). Drawn facts link to these.
struct Fact {
    QString id;
    QString label;
    QString topic;
    QString source;
    QString quote;
    QString translation;
};

// One of the reports, shipped byte-identical in resources/sources/.
struct SourceDocument {
    QString id;            // the file name
    QStringList languages; // ISO 639-1 codes, for example {"de", "es"}
    QString title;         // as the document gives it; empty where it gives none
    QString date;          // ISO date where the document states one
    QString summary;       // one line of English, our words
    QString text;          // the whole document
};

} // namespace colossus
