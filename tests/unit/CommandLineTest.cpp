#include "AppProcess.h"

#include "catalogue/Catalogue.h"
#include "catalogue/ConsistencyChecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace colossus;

namespace {

QString embeddedDataFile() {
    return QStringLiteral(COLOSSUS_SOURCE_DIR "/resources/data/colossus.json");
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content) {
    QFile file(dir.filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return file.fileName();
}

TEST(CommandLine, PrintsVersionAndHelp) {
    const AppRun version = runApp({u"--version"_qs});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.contains(QStringLiteral(COLOSSUS_VERSION)));
    const AppRun help = runApp({u"--help"_qs});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *option :
         {"--check-data", "--list-figures", "--export", "--view", "--scenario"})
        EXPECT_TRUE(help.out.contains(QLatin1String(option))) << option;
}

TEST(CommandLine, CheckDataAcceptsTheShippedCatalogue) {
    const AppRun run = runApp({u"--check-data"_qs, embeddedDataFile()});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.out + run.err);
    EXPECT_TRUE(run.out.contains(u"OK, %1 figures"_qs.arg(Catalogue::embedded().figures().size())))
        << qPrintable(run.out);
}

TEST(CommandLine, CheckDataListsEveryProblemWithFileAndPathAndExitsOne) {
    QTemporaryDir dir;
    QFile original(embeddedDataFile());
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(original.readAll()).object();
    QJsonArray figures = root.value(u"figures"_qs).toArray();
    QJsonObject first = figures[0].toObject();
    first.insert(u"quote"_qs, first.value(u"quote"_qs).toString() + u" (edited)"_qs);
    figures[0] = first;
    QJsonObject third = figures[2].toObject();
    third.insert(u"value"_qs, u"many"_qs);
    figures[2] = third;
    root.insert(u"figures"_qs, figures);
    const QString file = writeFile(dir, u"broken.json"_qs, QJsonDocument(root).toJson());

    const AppRun run = runApp({u"--check-data"_qs, file});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(file + u": figures[0].quote: not found in "_qs +
                                 first.value(u"source"_qs).toString()))
        << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains(file + u": figures[2].value: must be a number"_qs))
        << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains(u"2 problems"_qs)) << qPrintable(run.out);
}

TEST(CommandLine, CheckDataNamesSyntaxErrorsByLineAndColumn) {
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"syntax.json"_qs, "{\n  \"figures\": [\n    {,\n  ]\n}\n");
    const AppRun run = runApp({u"--check-data"_qs, file});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(file + u": line 3, column"_qs)) << qPrintable(run.out);
}

TEST(CommandLine, ListFiguresAsJsonHasExactlyTheCatalogueFields) {
    const AppRun run = runApp({u"--list-figures"_qs, u"--json"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    const QJsonArray array = doc.array();
    const Catalogue &catalogue = Catalogue::embedded();
    ASSERT_EQ(array.size(), catalogue.figures().size());
    const QStringList common = {u"id"_qs,     u"label"_qs,   u"value"_qs,       u"unit"_qs,
                                u"kind"_qs,   u"topic"_qs,   u"asOf"_qs,        u"source"_qs,
                                u"quote"_qs,  u"written"_qs, u"translation"_qs, u"qualifier"_qs,
                                u"status"_qs, u"shown"_qs,   u"language"_qs,    u"localized"_qs};
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array[i].toObject();
        const Figure &f = catalogue.figures()[i];
        QStringList expected = common;
        if (f.isDerived())
            expected << u"formula"_qs << u"inputs"_qs;
        QStringList keys = o.keys();
        keys.sort();
        expected.sort();
        EXPECT_EQ(keys, expected) << qPrintable(f.id);
        EXPECT_EQ(o.value(u"id"_qs).toString(), f.id);
        EXPECT_TRUE(o.value(u"value"_qs).isDouble()) << qPrintable(f.id);
        EXPECT_DOUBLE_EQ(o.value(u"value"_qs).toDouble(), f.value) << qPrintable(f.id);
        if (!f.isDerived()) {
            EXPECT_EQ(o.value(u"quote"_qs).toString(), f.quote);
        }
    }
}

// --json keeps its English keys and texts for scripts; "localized" has the texts of --lang.
TEST(CommandLine, ListFiguresAsJsonAddsTheLanguagesTexts) {
    const AppRun run = runApp({u"--lang"_qs, u"de"_qs, u"--list-figures"_qs, u"--json"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    const Catalogue &catalogue = Catalogue::embedded();
    ASSERT_EQ(array.size(), catalogue.figures().size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array[i].toObject();
        const Figure &f = catalogue.figures()[i];
        EXPECT_EQ(o.value(u"label"_qs).toString(), f.labels.english());
        EXPECT_EQ(o.value(u"language"_qs).toString(), u"de"_qs);
        const QJsonObject localized = o.value(u"localized"_qs).toObject();
        EXPECT_EQ(localized.value(u"label"_qs).toString(), f.labels.text(u"de"_qs))
            << qPrintable(f.id);
        if (!f.isDerived()) {
            EXPECT_EQ(o.value(u"translation"_qs).toString(), f.translations.english());
        }
    }
    const QJsonObject first = array[0].toObject();
    EXPECT_NE(first.value(u"localized"_qs).toObject().value(u"label"_qs).toString(),
              first.value(u"label"_qs).toString())
        << "no German label";
}

TEST(CommandLine, ListChecksFollowsLang) {
    const AppRun run = runApp({u"--lang"_qs, u"ja"_qs, u"--list-checks"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QList<ConsistencyCheck> checks = runConsistencyChecks(Catalogue::embedded());
    ASSERT_FALSE(checks.isEmpty());
    const QString japaneseTitle = checks.constFirst().titles.text(u"ja"_qs);
    ASSERT_NE(japaneseTitle, checks.constFirst().titles.english());
    EXPECT_TRUE(run.out.contains(u"] "_qs + checks.constFirst().id + u": "_qs))
        << qPrintable(run.out);
    EXPECT_FALSE(run.out.contains(checks.constFirst().titles.english())) << qPrintable(run.out);

    const AppRun json = runApp({u"--lang"_qs, u"ja"_qs, u"--list-checks"_qs, u"--json"_qs});
    ASSERT_EQ(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).array()[0].toObject();
    EXPECT_EQ(o.value(u"title"_qs).toString(), checks.constFirst().titles.english());
    EXPECT_EQ(o.value(u"verdict"_qs).toString(),
              ConsistencyCheck::verdictName(checks.constFirst().verdict));
    EXPECT_FALSE(o.value(u"localized"_qs).toObject().value(u"title"_qs).toString().isEmpty());
}

TEST(CommandLine, ListFiguresShowsHedgesInWordsAsTheWindowDoes) {
    const AppRun run = runApp({u"--list-figures"_qs});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(u"tens of billions"_qs)) << qPrintable(run.out);
    EXPECT_FALSE(run.out.contains(u"tens of 10,000,000,000"_qs));
    EXPECT_TRUE(run.out.contains(u"7–8 cities"_qs));
}

TEST(CommandLine, ListFiguresTableHasAHeaderAndOneLinePerFigure) {
    const AppRun run = runApp({u"--list-figures"_qs});
    ASSERT_EQ(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), Catalogue::embedded().figures().size() + 2); // header and total
    EXPECT_TRUE(lines[0].startsWith(u"ID"_qs));
    // Columns are aligned: every row's label starts where the header's does.
    const qsizetype labelColumn = lines[0].indexOf(u"LABEL"_qs);
    EXPECT_EQ(lines[1].indexOf(Catalogue::embedded().figures()[0].label()), labelColumn);
}

TEST(CommandLine, ListChecksPrintsEveryVerdict) {
    const AppRun run = runApp({u"--list-checks"_qs});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(u"[agrees] racks-and-groups"_qs)) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains(u"[disagrees] gpt4-fraction"_qs));
    EXPECT_TRUE(run.out.contains(u"[unclear unit] power-unit"_qs));
}

TEST(CommandLine, ListChecksJsonGivesEveryCheckWithItsPassages) {
    const AppRun run = runApp({u"--list-checks"_qs, u"--json"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonArray checks = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(checks.size(), Catalogue::embedded().checks().size());
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        const QString id = check.value(u"id"_qs).toString();
        for (const char *key : {"verdict", "title", "explanation", "arithmetic"})
            EXPECT_FALSE(check.value(QLatin1String(key)).toString().isEmpty()) << qPrintable(id);
        EXPECT_FALSE(check.value(u"figures"_qs).toArray().isEmpty()) << qPrintable(id);
        const QJsonArray passages = check.value(u"passages"_qs).toArray();
        ASSERT_FALSE(passages.isEmpty()) << qPrintable(id);
        for (const QJsonValue &p : passages) {
            // Every passage is verbatim in the document it names.
            const SourceDocument *doc =
                Catalogue::embedded().source(p.toObject().value(u"source"_qs).toString());
            ASSERT_NE(doc, nullptr) << qPrintable(id);
            EXPECT_TRUE(doc->text.contains(p.toObject().value(u"quote"_qs).toString()))
                << qPrintable(id);
        }
    }
}

TEST(CommandLine, CiteInEachFormatAndAnUnknownIdExitsTwo) {
    const AppRun text = runApp({u"--cite"_qs, u"gpus_built"_qs});
    ASSERT_EQ(text.exitCode, 0) << qPrintable(text.err);
    EXPECT_TRUE(text.out.contains(Catalogue::embedded().require(u"gpus_built").quote));
    const AppRun bib = runApp({u"--cite"_qs, u"gpus_built"_qs, u"--format"_qs, u"bibtex"_qs});
    ASSERT_EQ(bib.exitCode, 0) << qPrintable(bib.err);
    EXPECT_TRUE(bib.out.startsWith(u"@misc{"_qs)) << qPrintable(bib.out);
    const AppRun csl = runApp({u"--cite"_qs, u"gpt4-fraction"_qs, u"--format"_qs, u"csl-json"_qs});
    ASSERT_EQ(csl.exitCode, 0) << qPrintable(csl.err);
    EXPECT_TRUE(QJsonDocument::fromJson(csl.out.toUtf8()).isArray());
    const AppRun unknown = runApp({u"--cite"_qs, u"nope"_qs});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"--cite nope: no figure, fact or check"_qs))
        << qPrintable(unknown.err);
    const AppRun badFormat = runApp({u"--cite"_qs, u"gpus_built"_qs, u"--format"_qs, u"png"_qs});
    EXPECT_EQ(badFormat.exitCode, 2);
}

TEST(CommandLine, BadDataFileForAListingExitsOneNamingTheFile) {
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"bad.json"_qs, "{\"figures\": 3}");
    const AppRun run = runApp({u"--data"_qs, file, u"--list-figures"_qs});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(file + u": figures: must be an array"_qs)) << qPrintable(run.err);
}

struct BadExport {
    const char *name;
    QStringList arguments; // OUT is replaced by a path in a fresh folder
    const char *message;
};

std::ostream &operator<<(std::ostream &os, const BadExport &b) {
    return os << b.name;
}

class BadExportRequest : public testing::TestWithParam<BadExport> {};

TEST_P(BadExportRequest, ExitsTwoWithAMessageAndLeavesNoFile) {
    QTemporaryDir dir;
    QStringList arguments = GetParam().arguments;
    for (QString &a : arguments)
        a.replace(u"OUT"_qs, dir.path());
    const AppRun run = runApp(arguments);
    EXPECT_EQ(run.exitCode, 2) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(GetParam().message))) << qPrintable(run.err);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadExportRequest,
    testing::Values(
        BadExport{"unknown_view",
                  {u"--export"_qs, u"OUT/a.png"_qs, u"--view"_qs, u"galaxy/3"_qs},
                  "galaxy/3"},
        BadExport{"unknown_format", {u"--export"_qs, u"OUT/a.bmp"_qs}, "unknown format"},
        BadExport{"too_large",
                  {u"--export"_qs, u"OUT/a.png"_qs, u"--size"_qs, u"20000x1000"_qs},
                  "at most 16384"},
        BadExport{"too_large_after_scaling",
                  {u"--export"_qs, u"OUT/a.png"_qs, u"--size"_qs, u"8000x4000"_qs, u"--scale"_qs,
                   u"4"_qs},
                  "at most 16384"},
        BadExport{"malformed_size",
                  {u"--export"_qs, u"OUT/a.png"_qs, u"--size"_qs, u"big"_qs},
                  "expected WIDTHxHEIGHT"},
        BadExport{
            "zero_size", {u"--export"_qs, u"OUT/a.png"_qs, u"--size"_qs, u"0x0"_qs}, "too small"},
        BadExport{
            "negative_scale", {u"--export"_qs, u"OUT/a.png"_qs, u"--scale"_qs, u"-1"_qs}, "scale"},
        BadExport{"unwritable_folder",
                  {u"--export"_qs, u"OUT/missing/folder/a.png"_qs},
                  "missing/folder/a.png"}),
    [](const testing::TestParamInfo<BadExport> &info) { return std::string(info.param.name); });

} // namespace

namespace {

TEST(CommandLine, ExportTourWritesOnePngPerStepAtTheRequestedSizeAndTourMd) {
    QTemporaryDir dir;
    const AppRun run = runApp(
        {u"--export-tour"_qs, dir.path(), u"--size"_qs, u"1280x720"_qs, u"--scale"_qs, u"1.5"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QStringList pngs =
        QDir(dir.path()).entryList({u"step-*.png"_qs}, QDir::Files, QDir::Name);
    EXPECT_GE(pngs.size(), 10);
    EXPECT_LE(pngs.size(), 15);
    EXPECT_TRUE(run.out.contains(u"[%1/%1] %2"_qs.arg(pngs.size()).arg(pngs.last())))
        << qPrintable(run.out);
    for (const QString &name : pngs) {
        const QImage image(dir.filePath(name));
        EXPECT_EQ(image.size(), QSize(1920, 1080)) << qPrintable(name);
    }
    QFile markdown(dir.filePath(u"tour.md"_qs));
    ASSERT_TRUE(markdown.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(markdown.readAll()).count(u"Picture: step-"_qs), pngs.size());
}

TEST(CommandLine, ExportAllWritesEveryListedView) {
    QTemporaryDir dir;
    const AppRun views = runApp({u"--list-views"_qs});
    const QStringList paths = views.out.split(u'\n', Qt::SkipEmptyParts);
    const AppRun run = runApp(
        {u"--export-all"_qs, dir.path(), u"--format"_qs, u"pdf"_qs, u"--size"_qs, u"800x450"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(QDir(dir.path()).entryList({u"*.pdf"_qs}, QDir::Files).size(), paths.size());
}

TEST(CommandLine, ExportTourIntoAnUnwritablePlaceExitsTwoNamingIt) {
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_qs));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString target = dir.filePath(u"file/handouts"_qs); // a folder inside a file
    const AppRun run = runApp({u"--export-tour"_qs, target});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(target)) << qPrintable(run.err);
}

} // namespace

namespace {

struct BadWindowOption {
    const char *name;
    QStringList arguments;
    const char *message;
};

std::ostream &operator<<(std::ostream &os, const BadWindowOption &b) {
    return os << b.name;
}

class BadWindowOptions : public testing::TestWithParam<BadWindowOption> {};

// Typos in the options that choose what the window opens on are reported before any window
// opens (the process would otherwise block in the event loop and time out here).
TEST_P(BadWindowOptions, ExitTwoBeforeOpeningTheWindow) {
    const AppRun run = runApp(GetParam().arguments, 20000);
    EXPECT_EQ(run.exitCode, 2) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(GetParam().message))) << qPrintable(run.err);
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadWindowOptions,
    testing::Values(BadWindowOption{"unknown_view", {u"--view"_qs, u"group/999"_qs}, "group/999"},
                    BadWindowOption{"unknown_scenario", {u"--scenario"_qs, u"moon"_qs}, "moon"},
                    BadWindowOption{"unknown_chart", {u"--view"_qs, u"chart/pie"_qs}, "pie"},
                    BadWindowOption{"unknown_theme", {u"--theme"_qs, u"neon"_qs}, "neon"}),
    [](const testing::TestParamInfo<BadWindowOption> &info) {
        return std::string(info.param.name);
    });

} // namespace

namespace {

struct Misuse {
    const char *name;
    QStringList arguments;
    int exitCode;
    const char *message; // on stdout for help, on stderr otherwise
};

std::ostream &operator<<(std::ostream &os, const Misuse &m) {
    return os << m.name;
}

class WithoutADisplay : public testing::TestWithParam<Misuse> {};

// Every answer comes as a message and an exit code, never as Qt aborting for want of a display.
TEST_P(WithoutADisplay, AnswersWithAMessageAndAnExitCode) {
    const Misuse &m = GetParam();
    const AppRun run = runAppWithoutDisplay(m.arguments, 30000);
    EXPECT_EQ(run.exitCode, m.exitCode) << qPrintable(run.out + run.err);
    EXPECT_TRUE((run.out + run.err).contains(QString::fromUtf8(m.message)))
        << qPrintable(run.out + run.err);
}

INSTANTIATE_TEST_SUITE_P(
    Table, WithoutADisplay,
    testing::Values(
        Misuse{"help_all", {u"--help-all"_qs}, 0, "--export"},
        Misuse{"compact_help", {u"-hv"_qs}, 0, "--export"},
        Misuse{"two_commands", {u"--list-checks"_qs, u"--list-views"_qs}, 2, "give one at a time"},
        Misuse{"export_and_listing",
               {u"--list-figures"_qs, u"--export"_qs, u"x.png"_qs},
               2,
               "separate commands"},
        Misuse{"format_with_handout",
               {u"--export-handout"_qs, u"/tmp/x.pdf"_qs, u"--format"_qs, u"svg"_qs},
               2,
               "--format does not go with --export-handout"},
        Misuse{"scenario_with_export_all",
               {u"--export-all"_qs, u"/tmp/x"_qs, u"--scenario"_qs, u"upgrade"_qs},
               2,
               "--scenario does not go with --export-all"},
        Misuse{
            "size_without_command", {u"--size"_qs, u"100x100"_qs}, 2, "--size goes with a command"},
        Misuse{"stray_argument", {u"cluster"_qs}, 2, "unexpected argument: cluster"},
        Misuse{"window_without_display", {u"--view"_qs, u"cluster"_qs}, 2, "no display"}),
    [](const testing::TestParamInfo<Misuse> &info) { return std::string(info.param.name); });

} // namespace

// Hostile input found in issue 12: each case a command line that must end with a message and
// an exit code, promptly (the timeout catches a hang), leaving no file or folder behind.
namespace {

// The shipped catalogue with one figure changed (a value) or removed (an undefined value).
QByteArray catalogueWith(const QString &figureId, const QJsonValue &value) {
    QFile file(embeddedDataFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray figures = root.value(u"figures"_qs).toArray();
    for (qsizetype i = 0; i < figures.size(); ++i) {
        if (figures[i].toObject().value(u"id"_qs).toString() != figureId)
            continue;
        if (value.isUndefined()) {
            figures.removeAt(i);
        } else {
            QJsonObject figure = figures[i].toObject();
            figure.insert(u"value"_qs, value);
            figures[i] = figure;
        }
    }
    root.insert(u"figures"_qs, figures);
    return QJsonDocument(root).toJson();
}

struct HostileData {
    const char *name;
    std::function<QString(const QTemporaryDir &)> file; // makes the file, returns its path
    const char *message;
};

std::ostream &operator<<(std::ostream &os, const HostileData &h) {
    return os << h.name;
}

class HostileDataFile : public testing::TestWithParam<HostileData> {};

TEST_P(HostileDataFile, CheckDataExitsOneNamingTheProblem) {
    QTemporaryDir dir;
    const QString file = GetParam().file(dir);
    const AppRun run = runApp({u"--check-data"_qs, file}, 30000);
    EXPECT_EQ(run.exitCode, 1) << qPrintable(run.out + run.err);
    // Each line names the file; the message may come from the loader (a check that cites the
    // figure) or from the views' requirements.
    EXPECT_TRUE(run.out.startsWith(file + u": "_qs)) << qPrintable(run.out + run.err);
    EXPECT_TRUE(run.out.contains(QString::fromUtf8(GetParam().message)))
        << qPrintable(run.out + run.err);
}

TEST_P(HostileDataFile, DataForAListingExitsOneWithoutWaiting) {
    QTemporaryDir dir;
    const QString file = GetParam().file(dir);
    const AppRun run = runApp({u"--data"_qs, file, u"--list-checks"_qs}, 30000);
    EXPECT_NE(run.exitCode, -1) << "timed out";
    // Files that cannot be read are refused; the others only lack what some view needs,
    // which a listing does not.
    if (QString::fromUtf8(GetParam().message).contains(u"not a regular file"_qs)) {
        EXPECT_EQ(run.exitCode, 1) << qPrintable(run.err);
    }
}

QString fifo(const QTemporaryDir &dir) {
    const QString path = dir.filePath(u"fifo.json"_qs);
    ::mkfifo(QFile::encodeName(path).constData(), 0600);
    return path;
}

QString changed(const QTemporaryDir &dir, const QString &id, const QJsonValue &value) {
    return writeFile(dir, id + u".json"_qs, catalogueWith(id, value));
}

INSTANTIATE_TEST_SUITE_P(
    Table, HostileDataFile,
    testing::Values(
        HostileData{"fifo", fifo, "is not a regular file"},
        HostileData{"dev_zero", [](const QTemporaryDir &) { return u"/dev/zero"_qs; },
                    "is not a regular file"},
        HostileData{"directory", [](const QTemporaryDir &d) { return d.path(); },
                    "is a folder, not a file"},
        HostileData{"without_promise_b200",
                    [](const QTemporaryDir &d) {
                        return changed(d, u"promise_b200"_qs, QJsonValue::Undefined);
                    },
                    "\"promise_b200\""},
        HostileData{"without_upgrade_total",
                    [](const QTemporaryDir &d) {
                        return changed(d, u"upgrade_total"_qs, QJsonValue::Undefined);
                    },
                    "\"upgrade_total\""},
        HostileData{"chart_value_1_79e308",
                    [](const QTemporaryDir &d) { return changed(d, u"promise_b200"_qs, 1.79e308); },
                    "figures["},
        HostileData{"gpus_built_1e12",
                    [](const QTemporaryDir &d) { return changed(d, u"planned_gpus"_qs, 1e12); },
                    "scenario planned: figure \"planned_gpus\" = 1,000,000,000,000 GPUs is more "
                    "than the diagram can draw (at most 10,000,000 GPUs)"},
        HostileData{
            "pump_unit_1e18",
            [](const QTemporaryDir &d) { return changed(d, u"pump_unit_height_u"_qs, 1e18); },
            "figures["},
        HostileData{
            "pump_unit_1000",
            [](const QTemporaryDir &d) { return changed(d, u"pump_unit_height_u"_qs, 1000); },
            "figure \"pump_unit_height_u\" = 1,000: the diagram draws 0 to 16"},
        HostileData{"fan_out_1e9",
                    [](const QTemporaryDir &d) { return changed(d, u"servers_per_rack"_qs, 1e9); },
                    "figure \"servers_per_rack\" = 1,000,000,000: the diagram draws 1 to 64"}),
    [](const testing::TestParamInfo<HostileData> &info) { return std::string(info.param.name); });

struct FailedBatch {
    const char *name;
    QStringList arguments; // OUT is a folder that does not exist yet
    const char *message;
};

std::ostream &operator<<(std::ostream &os, const FailedBatch &f) {
    return os << f.name;
}

class FailedBatchExport : public testing::TestWithParam<FailedBatch> {};

TEST_P(FailedBatchExport, LeavesNoFolderBehind) {
    QTemporaryDir dir;
    QStringList arguments = GetParam().arguments;
    for (QString &a : arguments)
        a.replace(u"OUT"_qs, dir.filePath(u"new/handouts"_qs));
    const AppRun run = runApp(arguments, 60000);
    EXPECT_EQ(run.exitCode, 2) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(GetParam().message))) << qPrintable(run.err);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty())
        << qPrintable(
               QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u", "_qs));
}

INSTANTIATE_TEST_SUITE_P(
    Table, FailedBatchExport,
    testing::Values(FailedBatch{"tour_scaled_to_nothing",
                                {u"--export-tour"_qs, u"OUT"_qs, u"--size"_qs, u"16x16"_qs,
                                 u"--scale"_qs, u"0.01"_qs},
                                "at least 16 pixels on a side"},
                    FailedBatch{"tour_too_large",
                                {u"--export-tour"_qs, u"OUT"_qs, u"--size"_qs, u"9000x9000"_qs,
                                 u"--scale"_qs, u"2"_qs},
                                "at most 16384"},
                    FailedBatch{"all_bad_scale",
                                {u"--export-all"_qs, u"OUT"_qs, u"--scale"_qs, u"0"_qs},
                                "scale 0 is out of range"},
                    FailedBatch{"all_bad_format",
                                {u"--export-all"_qs, u"OUT"_qs, u"--format"_qs, u"bmp"_qs},
                                "unknown format"}),
    [](const testing::TestParamInfo<FailedBatch> &info) { return std::string(info.param.name); });

struct EmptyValue {
    const char *name;
    QStringList arguments;
};

std::ostream &operator<<(std::ostream &os, const EmptyValue &e) {
    return os << e.name;
}

class EmptyOptionValue : public testing::TestWithParam<EmptyValue> {};

TEST_P(EmptyOptionValue, IsRefusedNotTakenAsTheDefault) {
    const AppRun run = runApp(GetParam().arguments, 20000);
    EXPECT_EQ(run.exitCode, 2) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(u"the value is empty"_qs)) << qPrintable(run.err);
}

INSTANTIATE_TEST_SUITE_P(
    Table, EmptyOptionValue,
    testing::Values(EmptyValue{"scenario", {u"--scenario"_qs, u""_qs}},
                    EmptyValue{"scenario_with_export",
                               {u"--export"_qs, u"/tmp/x.png"_qs, u"--scenario="_qs}},
                    EmptyValue{"theme", {u"--theme"_qs, u" "_qs}},
                    EmptyValue{"view", {u"--view"_qs, u""_qs}},
                    EmptyValue{"data", {u"--data"_qs, u""_qs, u"--list-views"_qs}}),
    [](const testing::TestParamInfo<EmptyValue> &info) { return std::string(info.param.name); });

TEST(CommandLine, ExportScaledBelowSixteenPixelsIsRefused) {
    QTemporaryDir dir;
    const QString out = dir.filePath(u"a.png"_qs);
    const AppRun run =
        runApp({u"--export"_qs, out, u"--size"_qs, u"16x16"_qs, u"--scale"_qs, u"0.01"_qs});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"gives 0x0 pixels; at least 16 pixels on a side"_qs))
        << qPrintable(run.err);
    EXPECT_FALSE(run.err.contains(u"QPainter"_qs)) << qPrintable(run.err);
    EXPECT_FALSE(QFile::exists(out));
}

} // namespace

// Nothing lost (issue 12): an export over an existing file that fails half-way (the process
// may write at most a few KiB: a full disk as far as the app can tell) reports the system's
// reason and leaves the old file byte-identical, with no temporary file beside it.
namespace {

class FailingWrite : public testing::TestWithParam<const char *> {};

TEST_P(FailingWrite, LeavesTheOldFileByteIdenticalAndSaysWhy) {
    QTemporaryDir dir;
    const QString out = dir.filePath(u"picture."_qs + QString::fromLatin1(GetParam()));
    const QByteArray old = "the picture exported last week";
    writeFile(dir, QFileInfo(out).fileName(), old);

    // RLIMIT_FSIZE makes every write past 8 KiB fail with EFBIG (SIGXFSZ ignored), as a full
    // disk would; no root or special file system is needed.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    process.setProcessEnvironment(env);
    process.start(u"/bin/sh"_qs, {u"-c"_qs, u"trap '' XFSZ; ulimit -f 8; exec \"$0\" \"$@\""_qs,
                                  QStringLiteral(COLOSSUS_APP_BINARY), u"--export"_qs, out,
                                  u"--size"_qs, u"1920x1080"_qs});
    ASSERT_TRUE(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_EQ(process.exitCode(), 2) << qPrintable(err);
    EXPECT_TRUE(err.contains(out + u": cannot write: "_qs)) << qPrintable(err);
    EXPECT_FALSE(err.contains(u"could not encode"_qs)) << qPrintable(err);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), old);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1)
        << qPrintable(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(u", "_qs));
}

INSTANTIATE_TEST_SUITE_P(EveryFormat, FailingWrite, testing::Values("png", "svg", "pdf"));

} // namespace
