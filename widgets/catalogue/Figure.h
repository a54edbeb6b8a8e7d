#pragma once

#include "catalogue/LocalizedText.h"

#include <QString>
#include <QStringList>

namespace colossus {

// A number the reports state (reported) or that we compute from reported ones (derived).
// Reported figures carry the verbatim passage that states them; derived ones carry the
// formula and the ids of their inputs, and their value is computed by the loader.
struct Figure {
    enum class Kind { Reported, Derived };

    QString id;
    LocalizedText labels; // our words, in every language the catalogue gives
    double value = 0.0;   // for unit "date": days since 1970-01-01 of asOf
    QString unit;
    Kind kind = Kind::Reported;
    QString topic;     // hierarchy, compute, network, power, money, timeline, peers
    QString asOf;      // ISO date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm), may be empty
    QString qualifier; // how the source hedges the amount: "about", "more than", "up to",
                       // "by", "before", "range" (from low to value), ... may be empty
    double low = 0.0;  // qualifier "range" only: the lower end ("七八个": 7, value 8)
    QString status;    // what kind of statement: "" (a reported fact), "estimate", "plan",
                       // "claim" (what a person says, claimedBy)
    QString claimedBy; // status "claim" only: who says so, as the report names them

    QString source;             // file name of the document, reported figures only
    QString quote;              // verbatim passage that states the figure
    QString written;            // the figure exactly as written in the quote
    LocalizedText translations; // our rendering of the quote (Catalogue::translationOf shows it)

    QString formula;    // derived only: readable arithmetic over input ids
    QStringList inputs; // derived only: figure ids the formula uses

    QString label() const { return labels.text(); } // in the reader's language
    bool isDerived() const { return kind == Kind::Derived; }
    bool isDate() const { return unit == QLatin1String("date"); }
    bool isRange() const { return qualifier == QLatin1String("range"); }
};

// A statement the reports make that is not a number (for example that the network is
// Ethernet rather than InfiniBand). Drawn facts link to these.
struct Fact {
    QString id;
    LocalizedText labels;
    QString topic;
    QString source;
    QString quote;
    LocalizedText translations; // Catalogue::translationOf shows it

    QString label() const { return labels.text(); } // in the reader's language
};

// What a careful reader should know about a report's copy itself: that it repeats whole
// paragraphs, or misnames a company. Our words; the passage that shows it, where there is one.
struct SourceNote {
    LocalizedText texts;
    QString quote;   // verbatim in the document, may be empty
    QString checkId; // the consistency check that says more, may be empty

    QString text() const { return texts.text(); } // in the reader's language
};

// One of the reports, shipped byte-identical in resources/sources/.
struct SourceDocument {
    QString id;                      // the file name
    QStringList languages;           // ISO 639-1 codes, for example {"de", "es"}
    QString title;                   // the headline as written; empty where it gives none
    LocalizedText titleTranslations; // the headline in our words (English required)
    QString publisher;       // the outlet the text names as its own; empty where it names none
    QString date;            // ISO date where the document states one
    LocalizedText dateIs;    // what that date is: "published", "republished", "posted", ...
    QString writtenAsOf;     // when the text was written, where that differs (ISO, reduced)
    LocalizedText summaries; // one line, our words
    QList<SourceNote> notes; // on the quality of this copy
    QString text;            // the whole document

    QString summary() const { return summaries.text(); } // in the reader's language
    QString titleTranslation() const { return titleTranslations.text(); } // likewise
};

} // namespace colossus
