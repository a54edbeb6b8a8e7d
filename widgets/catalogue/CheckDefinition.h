#pragma once

#include "catalogue/LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace colossus {

// A passage a check involves beyond those of its figures and facts (verbatim, verified by the
// loader like every other quote).
struct CheckPassage {
    QString source;
    QString quote;
    LocalizedText translations; // ours; may be empty (Catalogue::translationOf shows it)

    bool operator==(const CheckPassage &other) const {
        return source == other.source && quote == other.quote;
    }
};

// One declarative relation over figure and fact ids. Numeric relations compare two
// expressions (Formula text over figure ids); the others read dates or passages. See the
// "checks" section of README.md for the JSON form of each type.
struct CheckRelation {
    enum class Type {
        Equal,         // left and right agree within tolerance
        TwoValues,     // two reports' values for one quantity agree within tolerance
        Ratio,         // of[0] / of[1] equals `equals` within tolerance
        Sum,           // the sum of `of` equals `equals` within tolerance
        Product,       // the product of `of` equals `equals` within tolerance
        Greater,       // left is more than right
        DateOrder,     // before is not after after; with gap, the time between equals gap
        Contains,      // the passage of ids[0] contains one of terms (case-insensitive)
        SameTerm,      // the passages of ids name the same first one of terms
        Contradiction, // the passages contradict each other as text: always holds
    };

    Type type = Type::Equal;
    QString left;   // numeric relations: an expression; for Ratio/Sum/Product built from "of"
    QString right;  // numeric relations: an expression
    QStringList of; // Ratio/Sum/Product: the operands as written in the file
    double tolerance = 0.0;         // relative, of the larger magnitude
    double absoluteTolerance = 0.0; // in the compared unit (DateOrder: in gap's unit)
    QString before, after, gap;     // DateOrder: date figures; gap a duration figure
    QStringList ids;                // Contains, SameTerm, Contradiction: figure or fact ids
    QStringList terms;              // Contains, SameTerm

    bool isNumeric() const {
        return type == Type::Equal || type == Type::TwoValues || type == Type::Ratio ||
               type == Type::Sum || type == Type::Product || type == Type::Greater;
    }
    static QString typeName(Type type);
    static QList<Type> allTypes();
};

// How a check reads and what it concludes, for one outcome of its relations.
struct CheckOutcome {
    QString verdict; // "agrees", "disagrees" or "unclear unit"
    // templates: {id}, {id:value}, {id:written}, {id:term}, {=expr|N}, {tolerance}
    LocalizedText explanations;
};

// A consistency check as the catalogue states it. All relations holding gives ifHolds,
// otherwise `otherwise`. runConsistencyChecks() turns it into a ConsistencyCheck.
struct CheckDefinition {
    QString id;
    LocalizedText titles; // templates, like the explanations
    QList<CheckRelation> relations;
    CheckOutcome ifHolds;
    CheckOutcome otherwise;       // unused when every relation is a Contradiction
    QStringList figureIds;        // every figure involved: listed, in relations, in the texts
    QStringList factIds;          // every fact involved
    QStringList disputedIds;      // marked on charts and in the table unless the verdict agrees
    QList<CheckPassage> passages; // extra passages, beyond those of the figures and facts
};

} // namespace colossus
