#pragma once

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace colossus {

// A text in our own words in one or more languages: a label, a translation of a passage, a
// check's title. In the catalogue it is either a plain string (English) or an object keyed by
// language code, {"en": ..., "de": ...}, with "en" required. Views call text(), the one place
// that picks the reader's language (Language::install sets it); it falls back to English, so a
// view never shows an empty string.
class LocalizedText {
public:
    LocalizedText() = default;
    explicit LocalizedText(QString english) { m_texts.insert(QStringLiteral("en"), english); }

    // The languages the catalogue may use: the interface languages ("en" first, "zh_CN").
    static const QStringList &supportedLanguages();

    // The reader's language, set once by Language::install ("en" until then; tests set it).
    static void setReaderLanguage(const QString &language);
    static QString readerLanguage();

    // The text in the reader's language, or in `language`; English where that one is missing.
    QString text() const { return text(readerLanguage()); }
    QString text(const QString &language) const;

    // Our translation of a passage written in `passageLanguages` (a document's ISO 639-1 codes,
    // "de", "zh"), as the reader sees it beside the original: in the reader's language, or
    // empty when the document is in the reader's language alone (the original alone). A
    // passage of a document in two languages (German and Spanish) may be in either: the data
    // translates it into the other one, so a reader of one of them with no translation in
    // their language is reading the original's language and sees it alone.
    QString translationFor(const QStringList &passageLanguages) const;
    QString english() const { return m_texts.value(QStringLiteral("en")); }
    bool has(const QString &language) const { return m_texts.contains(language); }
    QStringList languages() const { return m_texts.keys(); }
    bool isEmpty() const { return english().isEmpty(); }
    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }

    // A plain string when only English is given, an object otherwise.
    QJsonValue toJson() const;

    // Reads a plain string or a language object. Problems (not a string or object, an unknown
    // language code, "en" missing, a value that is not a string) go to `problems` as messages
    // relative to the value ("de: must be a string").
    static LocalizedText fromJson(const QJsonValue &value, QStringList &problems);

    bool operator==(const LocalizedText &) const = default;

private:
    QMap<QString, QString> m_texts;
};

} // namespace colossus
