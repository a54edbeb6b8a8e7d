#pragma once

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace colossus {

// A text in our own words in one or more languages: a label, a translation of a passage, a
// check's title. In the catalogue it is either a plain string (English) or an object keyed by
// language code, {"en": ..., "de": ...}, with "en" required. text(lang) falls back to English,
// so a view asks for the reader's language and never shows an empty string.
class LocalizedText {
public:
    LocalizedText() = default;
    explicit LocalizedText(QString english) { m_texts.insert(QStringLiteral("en"), english); }

    // The languages the catalogue may use: English first, then the reports' languages.
    static const QStringList &supportedLanguages();

    QString text(const QString &language) const;
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
