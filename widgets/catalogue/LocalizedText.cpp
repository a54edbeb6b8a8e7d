#include "catalogue/LocalizedText.h"

#include <QJsonObject>

namespace colossus {

const QStringList &LocalizedText::supportedLanguages() {
    static const QStringList languages = {u"en"_qs, u"ja"_qs, u"zh_CN"_qs, u"de"_qs, u"es"_qs};
    return languages;
}

namespace {
QString &readerLanguageCode() {
    static QString code = QStringLiteral("en");
    return code;
}
} // namespace

void LocalizedText::setReaderLanguage(const QString &language) {
    readerLanguageCode() = language;
}

QString LocalizedText::readerLanguage() {
    return readerLanguageCode();
}

QString LocalizedText::translationFor(const QStringList &passageLanguages) const {
    const QString reader = readerLanguage();
    // Written in the reader's language (or in a document of two languages, one of them the
    // reader's, with no translation into it): the original alone.
    if (passageLanguages.contains(reader.section(u'_', 0, 0)))
        return m_texts.value(reader);
    // Another language: our translation in the reader's language, else the English one.
    return text(reader);
}

QString LocalizedText::text(const QString &language) const {
    const QString found = m_texts.value(language);
    return found.isEmpty() ? english() : found;
}

QJsonValue LocalizedText::toJson() const {
    if (m_texts.size() <= 1)
        return english();
    QJsonObject object;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

LocalizedText LocalizedText::fromJson(const QJsonValue &value, QStringList &problems) {
    if (value.isString())
        return LocalizedText(value.toString());
    if (!value.isObject()) {
        problems << QStringLiteral("must be a string or an object keyed by language code "
                                   "({\"en\": ..., \"de\": ...})");
        return {};
    }
    LocalizedText text;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!supportedLanguages().contains(it.key())) {
            problems << QStringLiteral("%1: unknown language code (use %2)")
                            .arg(it.key(), supportedLanguages().join(QStringLiteral(", ")));
            continue;
        }
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            problems << it.key() + QStringLiteral(": must be a non-empty string");
            continue;
        }
        text.set(it.key(), it.value().toString());
    }
    if (!object.contains(u"en"_qs))
        problems << QStringLiteral("en: missing (English is required)");
    return text;
}

} // namespace colossus
