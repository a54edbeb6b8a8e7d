// The interface languages: every .ts file is complete and current (lupdate finds nothing new,
// unfinished or vanished), and every text the main window shows went through tr() (a
// translator that marks what it translates finds no unmarked text).
#include "MainWindow.h"

#include "AppProcess.h"

#include "catalogue/Catalogue.h"
#include "language/Language.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

// --- The .ts files are complete and match the sources ---------------------------------------

class TsFileTest : public ::testing::TestWithParam<const char *> {};

TEST_P(TsFileTest, HasNoUnfinishedVanishedOrObsoleteEntries) {
    const QString name = QStringLiteral("colossus_%1.ts").arg(QLatin1String(GetParam()));
    const QString original = QStringLiteral(COLOSSUS_SOURCE_DIR "/resources/translations/") + name;
    ASSERT_TRUE(QFile::exists(original)) << original.toStdString();
    // lupdate on a copy, as `cmake --build build --target update_translations` would run it,
    // but keeping what vanished from the sources so that it shows.
    QTemporaryDir dir;
    const QString copy = dir.filePath(name);
    ASSERT_TRUE(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(COLOSSUS_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-source-language"), QStringLiteral("en"),
                   QStringLiteral(COLOSSUS_SOURCE_DIR "/app"),
                   QStringLiteral(COLOSSUS_SOURCE_DIR "/widgets"), QStringLiteral("-ts"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAll().toStdString();
    QFile file(copy);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(file.readAll());
    // Each entry that needs a translator, with its source text, so the failure says which.
    static const QRegularExpression entry(
        QStringLiteral(R"re(<source>([^<]*)</source>\s*(?:<[^>]*>[^<]*</[^>]*>\s*)*)re"
                       R"re(<translation type="(unfinished|vanished|obsolete)")re"));
    QStringList problems;
    for (const QRegularExpressionMatch &m : entry.globalMatch(ts))
        problems << m.captured(2) + u": "_qs + m.captured(1);
    EXPECT_TRUE(problems.isEmpty())
        << name.toStdString() << " is not up to date; run `cmake --build build --target "
        << "update_translations` and translate:\n"
        << problems.join(u'\n').toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, TsFileTest, ::testing::Values("ja", "zh_CN", "de", "es"));

// The app carries its translations and Qt's: --lang switches the help, ours and Qt's own
// lines ("Displays help on commandline options."), without a file beside the binary.
struct HelpCase {
    const char *code;
    const char *ours;  // our description of --transparent (short: --help wraps long lines)
    const char *qtOwn; // Qt's "Displays version information."
};

class HelpLanguageTest : public ::testing::TestWithParam<HelpCase> {};

TEST_P(HelpLanguageTest, HelpIsInTheChosenLanguage) {
    const HelpCase &c = GetParam();
    const AppRun run =
        runApp({QStringLiteral("--lang"), QLatin1String(c.code), QStringLiteral("--help")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QString::fromUtf8(c.ours))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QString::fromUtf8(c.qtOwn))) << run.out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Languages, HelpLanguageTest,
    ::testing::Values(
        HelpCase{"en", "Export without a background.", "Displays version information."},
        HelpCase{"ja", "背景なしで書き出します。", "バージョン情報を表示する。"},
        HelpCase{"zh_CN", "导出时不带背景。", "显示版本信息。"},
        HelpCase{"de", "Ohne Hintergrund exportieren.", "Zeigt Versionsinformation an."},
        HelpCase{"es", "Exportar sin fondo.", "Muestra la información de versión."}));

TEST(Translations, UnknownLanguageIsAnError) {
    const AppRun run =
        runApp({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--list-views")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--lang xx"))) << run.err.toStdString();
}

// --- Every text the window shows is translatable ---------------------------------------------

// Marks every text that went through tr() or translate(), so an unmarked text was not.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int n) const override {
        QString text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        return u'\x2045' + text + u'\x2046'; // ⁅text⁆
    }
};

bool marked(const QString &text) {
    return text.contains(u'\x2045');
}

// Text a reader sees: something with letters in it (not "×", "12", a path or an id).
bool isWords(const QString &text) {
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{2,}"));
    return words.match(text).hasMatch();
}

class MainWindowTranslationTest : public ::testing::Test {
protected:
    void SetUp() override { QCoreApplication::installTranslator(&m_translator); }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }
    MarkingTranslator m_translator;
};

TEST_F(MainWindowTranslationTest, MenusDocksButtonsAndFieldsAreTranslatable) {
    MainWindow window(Catalogue::embedded(), GuiOptions{});
    QStringList untranslated;
    const auto check = [&](const QString &where, const QString &text) {
        if (!text.isEmpty() && isWords(text) && !marked(text))
            untranslated << where + u": "_qs + text;
    };
    check(u"window title"_qs, window.windowTitle());
    // Menus: every action, except the languages, which are listed by their own names.
    const std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        check(u"menu"_qs, menu->title());
        for (QAction *action : menu->actions()) {
            if (action->menu())
                walk(action->menu());
            else if (!action->isSeparator() &&
                     !Language::supported().contains(action->data().toString()))
                check(u"menu item"_qs, action->text());
        }
    };
    for (QAction *action : window.menuBar()->actions())
        walk(action->menu());
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        check(u"dock"_qs, dock->windowTitle());
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        // Breadcrumb buttons name places; they are checked by their own text below.
        check(u"button "_qs + button->objectName(), button->text());
        check(u"tool tip of "_qs + button->objectName(), button->toolTip());
    }
    for (QLineEdit *field : window.findChildren<QLineEdit *>()) {
        check(u"placeholder of "_qs + field->objectName(), field->placeholderText());
        check(u"tool tip of "_qs + field->objectName(), field->toolTip());
    }
    for (QWidget *widget : window.findChildren<QWidget *>())
        check(u"accessible name of "_qs + widget->objectName(), widget->accessibleName());
    EXPECT_TRUE(untranslated.isEmpty()) << "Not through tr():\n"
                                        << untranslated.join(u'\n').toStdString();
}

} // namespace
