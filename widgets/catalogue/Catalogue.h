#pragma once

#include "catalogue/CheckDefinition.h"
#include "catalogue/Figure.h"

#include <QList>

namespace colossus {

// Everything the app knows: the source documents, the figures and the facts, validated.
// Built by CatalogueLoader; immutable afterwards and cheap to copy (implicitly shared lists).
class Catalogue {
public:
    Catalogue() = default;
    Catalogue(QList<SourceDocument> sources, QList<Figure> figures, QList<Fact> facts,
              QList<CheckDefinition> checks = {}, QString digest = {});

    const QList<SourceDocument> &sources() const { return m_sources; }
    const QList<Figure> &figures() const { return m_figures; }
    const QList<Fact> &facts() const { return m_facts; }
    const QList<CheckDefinition> &checks() const { return m_checks; }
    // SHA-256 (hex) of the data file it was loaded from, so a citation names the exact data;
    // empty for a catalogue put together in code.
    const QString &digest() const { return m_digest; }

    // nullptr when there is no such id.
    const SourceDocument *source(QStringView id) const;
    const Figure *figure(QStringView id) const;
    const Fact *fact(QStringView id) const;
    const CheckDefinition *check(QStringView id) const;

    // The value of a figure that must exist (the code's own ids); throws std::out_of_range
    // naming the id otherwise, so a renamed id fails loudly in tests.
    double value(QStringView figureId) const;
    const Figure &require(QStringView figureId) const;

    // Our translation of a passage of sourceId as the reader sees it beside the original: in
    // the reader's language, empty where the passage is already in it (LocalizedText).
    QString translationOf(const QString &sourceId, const LocalizedText &translations) const;

    // Where a passage starts in its document (first occurrence), -1 if not found.
    qsizetype passageOffset(const QString &sourceId, const QString &quote) const;

    // The embedded catalogue (resources/data/colossus.json). It is validated by the tests;
    // a broken embedded file is a programming error and aborts with the problems listed.
    static const Catalogue &embedded();

private:
    QList<SourceDocument> m_sources;
    QList<Figure> m_figures;
    QList<Fact> m_facts;
    QList<CheckDefinition> m_checks;
    QString m_digest;
};

} // namespace colossus
