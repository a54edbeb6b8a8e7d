#pragma once

#include "catalogue/Catalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace colossus {

// Where the reports agree or disagree, computed from the figures.
struct ConsistencyCheck {
    enum class Verdict { Agrees, Disagrees, UnclearUnit };

    QString id;
    QString title;
    Verdict verdict = Verdict::Agrees;
    QString explanation;     // plain English, naming the figures and showing the arithmetic
    QStringList figureIds;   // every figure the arithmetic uses
    QStringList disputedIds; // the figures the reports disagree about (empty when they agree)

    static QString verdictName(Verdict verdict); // "agrees", "disagrees", "unclear unit"
};

QList<ConsistencyCheck> runConsistencyChecks(const Catalogue &catalogue);

// The checks that involve a figure, for the markers on charts and in the table.
QList<ConsistencyCheck> checksInvolving(const QList<ConsistencyCheck> &checks,
                                        const QString &figureId);

} // namespace colossus
