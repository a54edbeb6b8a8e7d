#pragma once

#include "catalogue/Catalogue.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace colossus {

// A check of the catalogue (CheckDefinition) judged on the catalogue's figures: where the
// reports agree or disagree.
struct ConsistencyCheck {
    enum class Verdict { Agrees, Disagrees, UnclearUnit };

    QString id;
    Verdict verdict = Verdict::Agrees;
    LocalizedText titles;         // the title in every language the catalogue gives, filled in
    LocalizedText explanations;   // naming the figures and showing the arithmetic, filled in
    QString arithmetic;           // each relation with the numbers put in, "; "-separated
    QStringList figureIds;        // every figure the check involves
    QStringList factIds;          // every fact the check involves
    QStringList disputedIds;      // the figures the reports disagree about (empty when they agree)
    QList<CheckPassage> passages; // every passage involved, derived figures' inputs included

    QString title() const { return titles.text(); }             // in the reader's language
    QString explanation() const { return explanations.text(); } // likewise

    static QString verdictName(Verdict verdict); // "agrees", "disagrees", "unclear unit"
    static QString verdictText(Verdict verdict); // the same in the interface language
    static std::optional<Verdict> verdictFromName(const QString &name);
};

QList<ConsistencyCheck> runConsistencyChecks(const Catalogue &catalogue);

// One check; a definition naming a figure or fact the catalogue lacks (a catalogue put
// together in code, not loaded) gives std::nullopt.
std::optional<ConsistencyCheck> runConsistencyCheck(const Catalogue &catalogue,
                                                    const CheckDefinition &definition);

// The checks that involve a figure, for the markers on charts and in the table.
QList<ConsistencyCheck> checksInvolving(const QList<ConsistencyCheck> &checks,
                                        const QString &figureId);

namespace CheckText {
// The figure ids a check's text names in {id}, {id:value}, {id:written}, {id:term} and
// {=expression}, in order; and those of {id:term} alone.
QStringList figureIds(const QString &text);
QStringList termIds(const QString &text);
// The expressions of {=expression|N} placeholders.
QStringList expressions(const QString &text);
} // namespace CheckText

} // namespace colossus
