#include "catalogue/Catalogue.h"

#include "catalogue/CatalogueLoader.h"

#include <QDebug>
#include <stdexcept>

namespace colossus {
namespace {

template <typename T> const T *findById(const QList<T> &items, QStringView id) {
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

Catalogue::Catalogue(QList<SourceDocument> sources, QList<Figure> figures, QList<Fact> facts,
                     QList<CheckDefinition> checks, QString digest)
    : m_sources(std::move(sources))
    , m_figures(std::move(figures))
    , m_facts(std::move(facts))
    , m_checks(std::move(checks))
    , m_digest(std::move(digest)) {
}

const SourceDocument *Catalogue::source(QStringView id) const {
    return findById(m_sources, id);
}
const Figure *Catalogue::figure(QStringView id) const {
    return findById(m_figures, id);
}
const Fact *Catalogue::fact(QStringView id) const {
    return findById(m_facts, id);
}
const CheckDefinition *Catalogue::check(QStringView id) const {
    return findById(m_checks, id);
}

const Figure &Catalogue::require(QStringView figureId) const {
    if (const Figure *f = figure(figureId))
        return *f;
    throw std::out_of_range("no figure with id " + figureId.toString().toStdString());
}

double Catalogue::value(QStringView figureId) const {
    return require(figureId).value;
}

qsizetype Catalogue::passageOffset(const QString &sourceId, const QString &quote) const {
    const SourceDocument *doc = source(sourceId);
    if (!doc || quote.isEmpty())
        return -1;
    return doc->text.indexOf(quote);
}

QString Catalogue::translationOf(const QString &sourceId, const LocalizedText &translations) const {
    const SourceDocument *doc = source(sourceId);
    return translations.translationFor(doc ? doc->languages : QStringList());
}

const Catalogue &Catalogue::embedded() {
    static const Catalogue catalogue = [] {
        LoadResult result = CatalogueLoader::loadEmbedded();
        if (!result.ok()) {
            for (const LoadProblem &problem : std::as_const(result.problems))
                qCritical().noquote() << "colossus.json:" << problem.toString();
            qFatal("The embedded catalogue (resources/data/colossus.json) is invalid");
        }
        return *std::move(result.catalogue);
    }();
    return catalogue;
}

} // namespace colossus
