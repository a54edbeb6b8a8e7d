#pragma once

#include <QFont>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace colossus {

// The interface language: which one (the system locale's, the saved choice from View ›
// Language, or --lang for one run), its translations (ours and Qt's own for the standard
// dialogs), its locale for numbers and dates, and the CJK font its Han characters need.
class Language {
public:
    // "en", "ja", "zh_CN", "de", "es": the languages the interface is translated into.
    static QStringList supported();

    // The supported code a user's code stands for ("ja_JP", "zh", "de-AT" -> "ja", "zh_CN",
    // "de"); empty when it is not one of them.
    static QString normalize(const QString &code);

    // The language to use: an explicit choice (--lang) if given, else the one saved from
    // View › Language, else the system locale's, else English.
    static QString choose(const QString &explicitCode);

    // The language saved from View › Language, empty when the system's is followed.
    static QString saved();
    static void save(const QString &code); // empty: follow the system again

    // The name of a document's language in the interface language: "Japanese", "Japanisch",
    // "日语"; the code itself when it is not one of the reports' or the interface's languages.
    static QString languageName(const QString &code);

    // The language's own name, as a menu lists it: "日本語", "Deutsch".
    static QString nativeName(const QString &code);

    // Loads the translations for code into the application, sets the default locale and the
    // application font's CJK fallback. Call once, before any window or parser text is made.
    static void install(QCoreApplication *app, const QString &code);

    // The language installed last ("en" before install()).
    static QString current();

    // The locale numbers and dates are written in for code.
    static QLocale locale(const QString &code);

    // The CJK family that draws Han characters the way readers of code expect ("Noto Sans CJK
    // JP" for Japanese, "Noto Sans CJK SC" for Chinese...); empty for languages without Han.
    static QString cjkFamily(const QString &code);

    // font with the CJK family for code placed right after its own family, so Latin text
    // keeps its font and Han characters take the language's forms.
    static QFont withCjkFallback(const QFont &font, const QString &code);

    // The CJK family for a passage written in documentLanguages (ISO 639-1, as the catalogue
    // lists a report's languages): a Chinese report's Han characters take Chinese forms and a
    // Japanese report's Japanese forms, whatever the interface language. Empty when the
    // report has neither, so the interface's family applies.
    static QString passageCjkFamily(const QStringList &documentLanguages);

    // The same as a CSS font-family list, for passages shown in rich text (tooltips, panels).
    static QString passageCssFamily(const QStringList &documentLanguages);
};

} // namespace colossus
