#include "language/Language.h"

#include "catalogue/FigureFormat.h"
#include "catalogue/LocalizedText.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace colossus {
namespace {

const QString settingsKey = QStringLiteral("language");

QString &currentCode() {
    static QString code = QStringLiteral("en");
    return code;
}

} // namespace

QStringList Language::supported() {
    return {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("zh_CN"),
            QStringLiteral("de"), QStringLiteral("es")};
}

QString Language::normalize(const QString &code) {
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QLocale locale(QString(trimmed).replace(u'-', u'_'));
    switch (locale.language()) {
    case QLocale::English:
        return QStringLiteral("en");
    case QLocale::Japanese:
        return QStringLiteral("ja");
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::Spanish:
        return QStringLiteral("es");
    case QLocale::Chinese:
        // Traditional Chinese readers are not served by a Simplified translation.
        return locale.script() == QLocale::TraditionalHanScript ? QString()
                                                                : QStringLiteral("zh_CN");
    default:
        return {};
    }
}

QString Language::choose(const QString &explicitCode) {
    if (const QString code = normalize(explicitCode); !code.isEmpty())
        return code;
    if (const QString code = saved(); !code.isEmpty())
        return code;
    for (const QString &name : QLocale::system().uiLanguages()) {
        if (const QString code = normalize(name); !code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString Language::saved() {
    return normalize(QSettings().value(settingsKey).toString());
}

void Language::save(const QString &code) {
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, code);
}

QString Language::languageName(const QString &code) {
    static const char *const names[][2] = {
        {"en", QT_TRANSLATE_NOOP("Language", "English")},
        {"ja", QT_TRANSLATE_NOOP("Language", "Japanese")},
        {"zh", QT_TRANSLATE_NOOP("Language", "Chinese")},
        {"de", QT_TRANSLATE_NOOP("Language", "German")},
        {"es", QT_TRANSLATE_NOOP("Language", "Spanish")},
    };
    const QString base = code.section(u'_', 0, 0).section(u'-', 0, 0);
    for (const auto &[key, name] : names) {
        if (base == QLatin1String(key))
            return QCoreApplication::translate("Language", name);
    }
    return code;
}

QString Language::nativeName(const QString &code) {
    if (code == u"zh_CN")
        return QStringLiteral("简体中文");
    if (code == u"en")
        return QStringLiteral("English");
    QString name = locale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "español" -> "Español" in a menu
    return name;
}

QLocale Language::locale(const QString &code) {
    if (code == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (code == u"zh_CN")
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale(code);
}

QString Language::cjkFamily(const QString &code) {
    if (code == u"ja")
        return QStringLiteral("Noto Sans CJK JP");
    if (code == u"zh_CN")
        return QStringLiteral("Noto Sans CJK SC");
    return {};
}

QFont Language::withCjkFallback(const QFont &font, const QString &code) {
    const QString cjk = cjkFamily(code);
    if (cjk.isEmpty())
        return font;
    QFont result = font;
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    families.removeAll(cjk);
    families.insert(1, cjk);
    result.setFamilies(families);
    return result;
}

QString Language::passageCjkFamily(const QStringList &documentLanguages) {
    if (documentLanguages.contains(QStringLiteral("zh")))
        return cjkFamily(QStringLiteral("zh_CN"));
    if (documentLanguages.contains(QStringLiteral("ja")))
        return cjkFamily(QStringLiteral("ja"));
    return {};
}

QString Language::passageCssFamily(const QStringList &documentLanguages) {
    QString first = passageCjkFamily(documentLanguages);
    if (first.isEmpty())
        first = cjkFamily(current());
    if (first.isEmpty())
        first = cjkFamily(QStringLiteral("ja"));
    const QString other = first == cjkFamily(QStringLiteral("ja"))
                              ? cjkFamily(QStringLiteral("zh_CN"))
                              : cjkFamily(QStringLiteral("ja"));
    return QStringLiteral("'%1', '%2', 'Noto Sans', sans-serif").arg(first, other);
}

void Language::install(QCoreApplication *app, const QString &code) {
    currentCode() = code;
    QLocale::setDefault(locale(code));
    FigureFormat::setLocale(locale(code));
    LocalizedText::setReaderLanguage(code);
    // A second install (tests switch languages in one process) replaces the first's translators.
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &translator : std::as_const(installed)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed.clear();
    if (code != u"en") {
        // Ours, compiled in; Qt's own (buttons of standard dialogs) from Qt's installation.
        auto *ours = new QTranslator(app);
        if (ours->load(QStringLiteral(":/i18n/colossus_%1.qm").arg(code)))
            QCoreApplication::installTranslator(ours);
        auto *qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        installed << ours << qt;
    }
    if (qobject_cast<QApplication *>(app))
        QApplication::setFont(withCjkFallback(QApplication::font(), code));
}

QString Language::current() {
    return currentCode();
}

} // namespace colossus
