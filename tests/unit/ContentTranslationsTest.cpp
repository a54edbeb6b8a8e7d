// The shipped catalogue and tour have every text of ours in every interface language: a
// missing translation fails here, not in front of a class (the app falls back to English).

#include "EmbeddedTour.h"
#include "catalogue/Catalogue.h"
#include "tour/Tour.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace colossus;

namespace {

// The languages whose translations of the data are complete and merged into colossus.json and
// tour.json. A language joins this list when its translation is merged.
const QStringList translatedLanguages = {u"ja"_qs, u"zh_CN"_qs, u"de"_qs, u"es"_qs};

// Every placeholder of a text, sorted: {id}, {id:value}, {tolerance}... A computed one,
// {=expr|N}, stands as the figures it uses, {=a,b}: a language may write the amount in its own
// units ("50億ドル" is expr / 10^8 where English has "5 billion", expr / 10^9) but not drop a
// figure.
QStringList placeholders(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("\\{[^{}]*\\}"));
    static const QRegularExpression identifier(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    QStringList found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text)) {
        QString placeholder = m.captured();
        if (placeholder.startsWith(u"{=")) {
            QStringList ids;
            for (const QRegularExpressionMatch &id :
                 identifier.globalMatch(placeholder.section(u'|', 0, 0)))
                ids << id.captured();
            ids.sort();
            ids.removeDuplicates();
            placeholder = u"{="_qs + ids.join(u',') + u'}';
        }
        found << placeholder;
    }
    found.sort();
    return found;
}

struct Missing {
    QStringList problems;

    // `where` must have a text in every translated language, except a passage's translation
    // into the passage's own language (passageLanguages: the document's ISO 639-1 codes).
    void check(const QString &where, const LocalizedText &text,
               const QStringList &passageLanguages = {}) {
        if (text.isEmpty())
            return;
        for (const QString &language : translatedLanguages) {
            if (passageLanguages.contains(language.section(u'_', 0, 0)))
                continue;
            if (!text.has(language)) {
                problems << where + u": no "_qs + language;
                continue;
            }
            if (placeholders(text.text(language)) != placeholders(text.english()))
                problems << where + u": "_qs + language + u" has placeholders "_qs +
                                placeholders(text.text(language)).join(u' ') + u", English "_qs +
                                placeholders(text.english()).join(u' ');
        }
    }
};

std::string report(const QStringList &problems) {
    return (u"%1 texts without a complete translation:\n"_qs.arg(problems.size()) +
            problems.mid(0, 40).join(u'\n'))
        .toStdString();
}

TEST(ContentTranslations, LanguagesAreInterfaceLanguages) {
    for (const QString &language : translatedLanguages)
        EXPECT_TRUE(LocalizedText::supportedLanguages().contains(language))
            << language.toStdString();
}

TEST(ContentTranslations, CatalogueHasEveryTextInEveryLanguage) {
    const Catalogue &catalogue = Catalogue::embedded();
    Missing missing;
    for (const SourceDocument &doc : catalogue.sources()) {
        const QString where = u"sources/"_qs + doc.id;
        missing.check(where + u"/titleTranslation"_qs, doc.titleTranslations, doc.languages);
        missing.check(where + u"/summary"_qs, doc.summaries);
        missing.check(where + u"/dateIs"_qs, doc.dateIs);
    }
    const auto languagesOf = [&](const QString &sourceId) {
        const SourceDocument *doc = catalogue.source(sourceId);
        return doc ? doc->languages : QStringList();
    };
    for (const Figure &f : catalogue.figures()) {
        missing.check(u"figures/%1/label"_qs.arg(f.id), f.labels);
        missing.check(u"figures/%1/translation"_qs.arg(f.id), f.translations,
                      languagesOf(f.source));
    }
    for (const Fact &f : catalogue.facts()) {
        missing.check(u"facts/%1/label"_qs.arg(f.id), f.labels);
        missing.check(u"facts/%1/translation"_qs.arg(f.id), f.translations, languagesOf(f.source));
    }
    for (const CheckDefinition &c : catalogue.checks()) {
        missing.check(u"checks/%1/title"_qs.arg(c.id), c.titles);
        missing.check(u"checks/%1/ifHolds/explanation"_qs.arg(c.id), c.ifHolds.explanations);
        missing.check(u"checks/%1/otherwise/explanation"_qs.arg(c.id), c.otherwise.explanations);
        for (qsizetype i = 0; i < c.passages.size(); ++i)
            missing.check(u"checks/%1/passages/%2/translation"_qs.arg(c.id).arg(i),
                          c.passages.at(i).translations, languagesOf(c.passages.at(i).source));
    }
    EXPECT_TRUE(missing.problems.isEmpty()) << report(missing.problems);
}

TEST(ContentTranslations, TourHasEveryTextInEveryLanguage) {
    const Tour &tour = embeddedTour();
    ASSERT_GT(tour.stepCount(), 0);
    Missing missing;
    missing.check(u"tour/title"_qs, tour.title);
    for (int i = 0; i < tour.stepCount(); ++i) {
        const TourStep &step = tour.steps.at(i);
        missing.check(u"tour/steps/%1/title"_qs.arg(i), step.title);
        missing.check(u"tour/steps/%1/caption"_qs.arg(i), step.caption);
        missing.check(u"tour/steps/%1/notes"_qs.arg(i), step.notes);
    }
    EXPECT_TRUE(missing.problems.isEmpty()) << report(missing.problems);
}

// The test itself: a language left out of one text is found, and so is a placeholder lost in
// translation.
TEST(ContentTranslations, FindsAMissingLanguageAndALostPlaceholder) {
    LocalizedText text(u"About {gpus_built} GPUs"_qs);
    for (const QString &language : translatedLanguages)
        text.set(language, u"{gpus_built} GPUs ("_qs + language + u')');
    Missing complete;
    complete.check(u"t"_qs, text);
    EXPECT_TRUE(complete.problems.isEmpty()) << report(complete.problems);

    LocalizedText lost = text;
    lost.set(translatedLanguages.constFirst(), u"GPUs"_qs);
    Missing placeholderLost;
    placeholderLost.check(u"t"_qs, lost);
    EXPECT_EQ(placeholderLost.problems.size(), 1);

    LocalizedText partial(u"About {gpus_built} GPUs"_qs);
    partial.set(translatedLanguages.constLast(), u"{gpus_built}"_qs);
    Missing languageMissing;
    languageMissing.check(u"t"_qs, partial);
    EXPECT_EQ(languageMissing.problems.size(), translatedLanguages.size() - 1);
    // A passage is not translated into its own language.
    Missing passage;
    passage.check(u"t"_qs, partial, {translatedLanguages.constFirst().section(u'_', 0, 0)});
    EXPECT_EQ(passage.problems.size(), translatedLanguages.size() - 2);
}

// Beside a passage: our translation in the reader's language; the original alone where the
// document is in the reader's language; for a document in two languages (the passage may be in
// either, and the data translates it into the other one) the reader's translation where there
// is one, else the original alone.
TEST(ContentTranslations, TranslationBesideAPassage) {
    LocalizedText translation(u"the cluster"_qs);
    translation.set(u"ja"_qs, u"クラスター"_qs);
    LocalizedText::setReaderLanguage(u"de"_qs);
    EXPECT_EQ(translation.translationFor({u"de"_qs}), QString());
    EXPECT_EQ(translation.translationFor({u"zh"_qs}), u"the cluster"_qs);
    EXPECT_EQ(translation.translationFor({u"de"_qs, u"es"_qs}), QString());
    translation.set(u"de"_qs, u"der Cluster"_qs);
    EXPECT_EQ(translation.translationFor({u"zh"_qs}), u"der Cluster"_qs);
    EXPECT_EQ(translation.translationFor({u"de"_qs, u"es"_qs}), u"der Cluster"_qs);
    LocalizedText::setReaderLanguage(u"ja"_qs);
    EXPECT_EQ(translation.translationFor({u"de"_qs}), u"クラスター"_qs);
    EXPECT_EQ(translation.translationFor({u"de"_qs, u"es"_qs}), u"クラスター"_qs);
    LocalizedText::setReaderLanguage(u"zh_CN"_qs);
    EXPECT_EQ(translation.translationFor({u"zh"_qs}), QString());
    LocalizedText::setReaderLanguage(u"en"_qs);
    EXPECT_EQ(translation.translationFor({u"ja"_qs}), u"the cluster"_qs);
}

} // namespace
