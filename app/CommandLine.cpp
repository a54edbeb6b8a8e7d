#include "CommandLine.h"

#include "TourExport.h"
#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueLoader.h"
#include "catalogue/Citation.h"
#include "catalogue/ConsistencyChecks.h"
#include "catalogue/FigureFormat.h"
#include "export/PictureExporter.h"
#include "language/Language.h"
#include "sources/FigureTableModel.h"
#include "tour/Tour.h"
#include "views/ViewRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <cstdio>

namespace colossus {
namespace {

QString padded(const QString &text, qsizetype width) {
    return text.leftJustified(width, u' ');
}

// What a loaded data file still lacks for the window: a scenario, a chart or the guided tour
// that cannot be built from it, each naming the view and the figure.
QStringList viewProblems(const Catalogue &catalogue) {
    QStringList problems = ViewRegistry::problems(catalogue);
    const TourLoadResult tour = TourLoader::loadEmbedded(catalogue);
    for (const LoadProblem &problem : tour.problems)
        problems.append(u"guided tour: "_qs + problem.toString());
    return problems;
}

// The verdict in the interface language ("agrees" in English, as --json and scripts see it).
QString verdictText(ConsistencyCheck::Verdict verdict) {
    return ConsistencyCheck::verdictText(verdict);
}

} // namespace

CommandLine::CommandLine()
    : m_out(stdout)
    , m_err(stderr) {
    m_parser.setApplicationDescription(
        tr("Colossus Explorer: the layout of xAI's Colossus supercomputer, every figure linked "
           "to the passage it came from.\nWithout a command it opens the window."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_options = {
        {u"data"_qs, tr("Use the figures in FILE instead of the embedded catalogue."), tr("FILE")},
        {u"check-data"_qs,
         tr("Validate FILE; print its problems and exit 1, or a summary and exit 0."), tr("FILE")},
        {u"list-figures"_qs, tr("Print every figure as an aligned table.")},
        {u"json"_qs, tr("With --list-figures or --list-checks: print a JSON array instead.")},
        {u"list-checks"_qs, tr("Print the consistency checks with their verdicts.")},
        {u"list-views"_qs, tr("Print every exportable view path.")},
        {u"view"_qs,
         tr("Open (or export) the view PATH, e.g. cluster, group/12/rack/3, chart/power."),
         tr("PATH")},
        {u"scenario"_qs, tr("Scenario ID: built, upgrade, promise or planned."), tr("ID")},
        {u"theme"_qs, tr("Theme: light, dark or high-contrast."), tr("NAME")},
        {u"lang"_qs,
         tr("Interface language for this run: en, ja, zh_CN, de or es (default: the language "
            "chosen in View > Language, else the system's)."),
         tr("CODE")},
        {u"export"_qs, tr("Write the view to OUT (.png, .svg or .pdf) and exit."), tr("OUT")},
        {u"size"_qs, tr("Export size in pixels (default 1920x1080)."), tr("WxH")},
        {u"scale"_qs, tr("Export scale factor for PNG pixels (default 1)."), tr("F")},
        {u"transparent"_qs, tr("Export without a background.")},
        {u"export-tour"_qs, tr("Write the guided tour as PNG handouts and tour.md into DIR."),
         tr("DIR")},
        {u"export-handout"_qs,
         tr("Write the guided tour as one PDF handout FILE.pdf: a page per step with its "
            "caption and every cited passage."),
         tr("FILE")},
        {u"export-all"_qs, tr("Write every view of --list-views into DIR."), tr("DIR")},
        {u"format"_qs,
         tr("With --export-all or --export-tour: png, svg or pdf (default png); with --cite: text, "
            "bibtex or "
            "csl-json (default text)."),
         tr("FORMAT")},
        {u"cite"_qs,
         tr("Print a citation of the figure, fact or check ID: its report(s) by headline and "
            "outlet, the passage, our translation, the app version and the catalogue's SHA-256."),
         tr("ID")},
    };
    m_parser.addOptions(m_options);
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

bool CommandLine::isHeadless(int argc, char **argv) {
    // Only the window's own options (each with a value) open a window; anything else is a
    // command, a request for help, or a mistake to report, none of which needs a display.
    static const QStringList windowOptionsWithValue = {u"--data"_qs, u"--view"_qs, u"--scenario"_qs,
                                                       u"--theme"_qs, u"--lang"_qs};
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (windowOptionsWithValue.contains(arg)) {
            ++i; // its value
            continue;
        }
        if (!windowOptionsWithValue.contains(arg.section(u'=', 0, 0)))
            return true;
    }
    return false;
}

QString CommandLine::languageArgument(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(u"--lang="))
            return arg.mid(7);
    }
    return {};
}

std::optional<int> CommandLine::parse(const QStringList &arguments) {
    const QString seeHelp = u'\n' + tr("See colossus-explorer --help.") + u'\n';
    if (!m_parser.parse(arguments)) {
        m_err << m_parser.errorText() << seeHelp;
        return 2;
    }
    if (m_parser.isSet(u"lang"_qs) && Language::normalize(m_parser.value(u"lang"_qs)).isEmpty()) {
        m_err << tr("--lang %1: use en, ja, zh_CN, de or es").arg(m_parser.value(u"lang"_qs))
              << '\n';
        return 2;
    }
    if (m_parser.isSet(u"help"_qs) || m_parser.isSet(u"help-all"_qs)) {
        m_out << m_parser.helpText();
        return 0;
    }
    if (m_parser.isSet(u"version"_qs)) {
        m_out << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    // An empty value (--scenario '') is a mistake, not a request for the default.
    for (const QCommandLineOption &option : m_options) {
        if (!option.valueName().isEmpty() && m_parser.isSet(option) &&
            m_parser.value(option).trimmed().isEmpty()) {
            m_err << "--" << option.names().constFirst() << tr(": the value is empty") << seeHelp;
            return 2;
        }
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        m_err << tr("unexpected argument: %1").arg(m_parser.positionalArguments().first())
              << seeHelp;
        return 2;
    }
    return std::nullopt;
}

std::optional<Catalogue> CommandLine::loadCatalogue() {
    if (!m_parser.isSet(u"data"_qs))
        return Catalogue::embedded();
    const QString fileName = m_parser.value(u"data"_qs);
    LoadResult result = CatalogueLoader::loadFile(fileName);
    if (result.ok())
        return std::move(result.catalogue);
    for (const LoadProblem &problem : std::as_const(result.problems))
        m_err << fileName << ": " << problem.toString() << '\n';
    m_err.flush();
    return std::nullopt;
}

namespace {

// The commands that run without a window, and the options each one takes; an option given
// with a command that would ignore it is an error, not a silent no-op.
struct Command {
    QString name;
    QStringList options;
};

const QList<Command> &commands() {
    static const QStringList pictureOptions = {u"data"_qs, u"theme"_qs, u"size"_qs, u"scale"_qs,
                                               u"transparent"_qs};
    static const QList<Command> list = {
        {u"check-data"_qs, {}},
        {u"list-figures"_qs, {u"data"_qs, u"json"_qs}},
        {u"list-checks"_qs, {u"data"_qs, u"json"_qs}},
        {u"list-views"_qs, {u"data"_qs}},
        {u"cite"_qs, {u"data"_qs, u"format"_qs}},
        {u"export"_qs, pictureOptions + QStringList{u"view"_qs, u"scenario"_qs}},
        {u"export-tour"_qs, pictureOptions + QStringList{u"format"_qs}},
        {u"export-handout"_qs, {u"data"_qs, u"theme"_qs}},
        {u"export-all"_qs, pictureOptions + QStringList{u"format"_qs}},
    };
    return list;
}

// What the window takes when no command is given.
const QStringList windowOptions = {u"data"_qs, u"view"_qs, u"scenario"_qs, u"theme"_qs};

} // namespace

std::optional<int> CommandLine::runHeadless() {
    const auto finish = [this](int code) {
        m_out.flush();
        m_err.flush();
        return std::optional<int>(code);
    };
    QList<const Command *> given;
    for (const Command &command : commands()) {
        if (m_parser.isSet(command.name))
            given.append(&command);
    }
    if (given.size() > 1) {
        m_err << tr("--%1 and --%2 are separate commands: give one at a time")
                     .arg(given[0]->name, given[1]->name)
              << '\n';
        return finish(2);
    }
    const QString commandName = given.isEmpty() ? QString() : given[0]->name;
    const QStringList allowed = given.isEmpty() ? windowOptions : given[0]->options;
    for (const QString &option : m_parser.optionNames()) {
        // --lang goes with everything: the window and every command speak the language.
        if (option != commandName && option != u"lang" && !allowed.contains(option)) {
            m_err << (commandName.isEmpty()
                          ? tr("--%1 goes with a command such as --export").arg(option)
                          : tr("--%1 does not go with --%2").arg(option, commandName))
                  << '\n'
                  << tr("See colossus-explorer --help.") << '\n';
            return finish(2);
        }
    }
    if (const QString theme = m_parser.value(u"theme"_qs);
        !theme.isEmpty() && Theme::fromName(theme).key() != theme) {
        m_err << tr("--theme %1: use light, dark or high-contrast").arg(theme) << '\n';
        return finish(2);
    }
    if (commandName == u"check-data")
        return finish(checkData(m_parser.value(u"check-data"_qs)));
    if (commandName.isEmpty())
        return prepareWindow();

    const std::optional<Catalogue> catalogue = loadCatalogue();
    if (!catalogue)
        return finish(1);
    if (commandName == u"list-figures")
        return finish(listFigures(*catalogue, m_parser.isSet(u"json"_qs)));
    if (commandName == u"list-checks")
        return finish(listChecks(*catalogue, m_parser.isSet(u"json"_qs)));
    if (commandName == u"list-views")
        return finish(listViews(*catalogue));
    if (commandName == u"cite")
        return finish(cite(*catalogue));
    if (commandName == u"export")
        return finish(exportView(*catalogue));
    if (commandName == u"export-handout") {
        const TourLoadResult tour = TourLoader::loadEmbedded(*catalogue);
        if (!tour.ok()) {
            m_err << tour.problemText() << '\n';
            return finish(2);
        }
        PaintOptions options;
        options.theme = Theme::fromName(m_parser.value(u"theme"_qs));
        options.printing = true;
        return finish(TourExport::exportHandout(
            *catalogue, *tour.tour, m_parser.value(u"export-handout"_qs), m_out, m_err, options));
    }
    return finish(exportTourOrAll(*catalogue));
}

std::optional<int> CommandLine::prepareWindow() {
    // A bad data file does not stop the window: it opens on the embedded catalogue and shows
    // the problems in a dialog.
    if (m_parser.isSet(u"data"_qs)) {
        const QString fileName = m_parser.value(u"data"_qs);
        LoadResult result = CatalogueLoader::loadFile(fileName);
        const QStringList missing = result.ok() ? viewProblems(*result.catalogue) : QStringList();
        for (const QString &problem : missing)
            m_window.dataProblems.append(fileName + u": "_qs + problem);
        if (result.ok() && missing.isEmpty()) {
            m_window.catalogue = std::move(result.catalogue);
        } else {
            for (const LoadProblem &problem : std::as_const(result.problems))
                m_window.dataProblems.append(fileName + u": "_qs + problem.toString());
        }
    }
    // The window opens only on a view that exists, so a typo is reported, not ignored.
    if (m_parser.isSet(u"view"_qs) || m_parser.isSet(u"scenario"_qs)) {
        const QString view =
            m_parser.isSet(u"view"_qs) ? m_parser.value(u"view"_qs) : QStringLiteral("cluster");
        QString error;
        const Catalogue &catalogue =
            m_window.catalogue ? *m_window.catalogue : Catalogue::embedded();
        if (!ViewRegistry::create(catalogue, view, m_parser.value(u"scenario"_qs), &error)) {
            m_err << error << '\n';
            m_err.flush();
            return 2;
        }
    }
    m_window.dataFile = m_parser.value(u"data"_qs);
    m_window.viewPath = m_parser.value(u"view"_qs);
    m_window.scenarioId = m_parser.value(u"scenario"_qs);
    m_window.theme = m_parser.value(u"theme"_qs);
    return std::nullopt;
}

GuiOptions CommandLine::guiOptions() const {
    return m_window;
}

int CommandLine::checkData(const QString &fileName) {
    const LoadResult result = CatalogueLoader::loadFile(fileName);
    QStringList problems;
    for (const LoadProblem &problem : result.problems)
        problems.append(problem.toString());
    if (result.ok())
        problems = viewProblems(*result.catalogue);
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            m_out << fileName << ": " << problem << '\n';
        m_out << fileName << ": "
              << (problems.size() == 1 ? tr("1 problem") : tr("%1 problems").arg(problems.size()))
              << '\n';
        return 1;
    }
    const Catalogue &c = *result.catalogue;
    const auto derived = std::count_if(c.figures().cbegin(), c.figures().cend(),
                                       [](const Figure &f) { return f.isDerived(); });
    const QList<ConsistencyCheck> checks = runConsistencyChecks(c);
    const auto disagreeing =
        std::count_if(checks.cbegin(), checks.cend(), [](const ConsistencyCheck &check) {
            return check.verdict != ConsistencyCheck::Verdict::Agrees;
        });
    m_out << fileName << ": "
          << tr("OK, %1 figures (%2 reported, %3 derived), %4 facts, %5 source documents, %6 "
                "consistency checks (%7 disagree or have an unclear unit)")
                 .arg(c.figures().size())
                 .arg(c.figures().size() - derived)
                 .arg(derived)
                 .arg(c.facts().size())
                 .arg(c.sources().size())
                 .arg(checks.size())
                 .arg(disagreeing)
          << '\n';
    return 0;
}

int CommandLine::listFigures(const Catalogue &catalogue, bool json) {
    if (json) {
        QJsonArray array;
        for (const Figure &f : catalogue.figures()) {
            const auto orNull = [](const QString &s) {
                return s.isEmpty() ? QJsonValue() : QJsonValue(s);
            };
            // The keys and the English texts stay as scripts know them; "localized" has the
            // same texts in the language of --lang (the English ones again without it).
            const QString translation =
                f.isDerived() ? QString() : catalogue.translationOf(f.source, f.translations);
            QJsonObject o{{u"id"_qs, f.id},
                          {u"label"_qs, f.labels.english()},
                          {u"value"_qs, f.value},
                          {u"unit"_qs, f.unit},
                          {u"kind"_qs, f.isDerived() ? u"derived"_qs : u"reported"_qs},
                          {u"topic"_qs, f.topic},
                          {u"asOf"_qs, orNull(f.asOf)},
                          {u"qualifier"_qs, orNull(f.qualifier)},
                          {u"status"_qs, orNull(f.status)},
                          {u"shown"_qs, FigureFormat::value(f)},
                          {u"source"_qs, orNull(f.source)},
                          {u"quote"_qs, orNull(f.quote)},
                          {u"written"_qs, orNull(f.written)},
                          {u"translation"_qs, orNull(f.translations.english())},
                          {u"language"_qs, LocalizedText::readerLanguage()},
                          {u"localized"_qs, QJsonObject{{u"label"_qs, f.label()},
                                                        {u"translation"_qs, orNull(translation)}}}};
            if (f.isDerived()) {
                o.insert(u"formula"_qs, f.formula);
                o.insert(u"inputs"_qs, QJsonArray::fromStringList(f.inputs));
            }
            array.append(o);
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }

    struct Row {
        QString id, value, unit, kind, topic, source, label;
    };
    QList<Row> rows{
        {tr("ID"), tr("VALUE"), tr("UNIT"), tr("KIND"), tr("TOPIC"), tr("SOURCE"), tr("LABEL")}};
    for (const Figure &f : catalogue.figures()) {
        // The same words as the window ("tens of billions", "7–8 cities", "(estimated)").
        const QString value = FigureFormat::value(f);
        rows.append({f.id, value, FigureFormat::unitName(f.unit),
                     f.isDerived() ? tr("derived") : tr("reported"),
                     FigureTableModel::topicName(f.topic),
                     f.isDerived() ? u"= "_qs + f.formula : f.source.left(3), f.label()});
    }
    qsizetype w[6] = {};
    for (const Row &r : rows) {
        const QString *cells[] = {&r.id, &r.value, &r.unit, &r.kind, &r.topic};
        for (int i = 0; i < 5; ++i)
            w[i] = std::max(w[i], cells[i]->size());
    }
    for (const Row &r : rows) {
        // The source column is short (000..004) except for formulas, so it goes last but one.
        m_out << padded(r.id, w[0]) << "  " << r.value.rightJustified(w[1]) << "  "
              << padded(r.unit, w[2]) << "  " << padded(r.kind, w[3]) << "  "
              << padded(r.topic, w[4]) << "  " << r.label
              << (r.source.startsWith(u'=') ? u"  ("_qs + r.source + u')'
                                            : u"  ["_qs + r.source + u']')
              << '\n';
    }
    m_out << tr("%1 figures").arg(catalogue.figures().size()) << '\n';
    return 0;
}

int CommandLine::listChecks(const Catalogue &catalogue, bool json) {
    const QList<ConsistencyCheck> checks = runConsistencyChecks(catalogue);
    if (json) {
        QJsonArray array;
        for (const ConsistencyCheck &check : checks) {
            QJsonArray passages;
            for (const CheckPassage &p : check.passages) {
                QJsonObject passage{{u"source"_qs, p.source}, {u"quote"_qs, p.quote}};
                if (!p.translations.isEmpty()) {
                    passage.insert(u"translation"_qs, p.translations.english());
                    const QString shown = catalogue.translationOf(p.source, p.translations);
                    passage.insert(u"localizedTranslation"_qs,
                                   shown.isEmpty() ? QJsonValue() : QJsonValue(shown));
                }
                passages.append(passage);
            }
            array.append(QJsonObject{
                {u"id"_qs, check.id},
                {u"verdict"_qs, ConsistencyCheck::verdictName(check.verdict)},
                {u"title"_qs, check.titles.english()},
                {u"explanation"_qs, check.explanations.english()},
                {u"language"_qs, LocalizedText::readerLanguage()},
                {u"localized"_qs, QJsonObject{{u"verdict"_qs, verdictText(check.verdict)},
                                              {u"title"_qs, check.title()},
                                              {u"explanation"_qs, check.explanation()}}},
                {u"arithmetic"_qs, check.arithmetic},
                {u"figures"_qs, QJsonArray::fromStringList(check.figureIds)},
                {u"facts"_qs, QJsonArray::fromStringList(check.factIds)},
                {u"disputed"_qs, QJsonArray::fromStringList(check.disputedIds)},
                {u"passages"_qs, passages}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const ConsistencyCheck &check : checks) {
        m_out << '[' << verdictText(check.verdict) << "] " << check.id << ": " << check.title()
              << '\n'
              << "    " << check.explanation() << '\n'
              << "    " << tr("arithmetic: %1").arg(check.arithmetic) << '\n'
              << "    " << tr("figures: %1").arg(check.figureIds.join(u", ")) << '\n';
        if (!check.factIds.isEmpty())
            m_out << "    " << tr("facts: %1").arg(check.factIds.join(u", ")) << '\n';
        for (const CheckPassage &p : check.passages)
            m_out << "    [" << FigureFormat::documentShort(catalogue, p.source) << "] " << p.quote
                  << '\n';
        m_out << '\n';
    }
    m_out << tr("%1 consistency checks").arg(checks.size()) << '\n';
    return 0;
}

int CommandLine::cite(const Catalogue &catalogue) {
    const QString formatName =
        m_parser.isSet(u"format"_qs) ? m_parser.value(u"format"_qs) : QStringLiteral("text");
    const std::optional<Citation::Format> format = Citation::formatFromName(formatName);
    if (!format) {
        m_err << "--format " << formatName << ": use "
              << Citation::formatNames().join(QStringLiteral(", ")) << " with --cite\n";
        return 2;
    }
    const QString id = m_parser.value(u"cite"_qs);
    const std::optional<QString> text =
        Citation::cite(catalogue, id, *format, QCoreApplication::applicationVersion());
    if (!text) {
        m_err << "--cite " << id
              << ": no figure, fact or check has this id (see --list-figures and --list-checks)\n";
        return 2;
    }
    m_out << *text;
    return 0;
}

int CommandLine::listViews(const Catalogue &catalogue) {
    for (const QString &path : ViewRegistry::viewPaths(catalogue))
        m_out << path << '\n';
    return 0;
}

std::optional<ExportRequest> CommandLine::pictureRequest() {
    const std::optional<QSize> size = exportSize();
    const std::optional<qreal> scale = exportScale();
    if (!size || !scale)
        return std::nullopt;
    ExportRequest request;
    request.size = *size;
    request.scale = *scale;
    request.options.theme = Theme::fromName(m_parser.value(u"theme"_qs));
    request.options.transparent = m_parser.isSet(u"transparent"_qs);
    request.options.printing = true;
    return request;
}

int CommandLine::exportTourOrAll(const Catalogue &catalogue) {
    const std::optional<ExportRequest> request = pictureRequest();
    if (!request)
        return 2;
    const QSize size = request->size;
    const qreal scale = request->scale;
    const PaintOptions &options = request->options;
    if (m_parser.isSet(u"export-tour"_qs)) {
        const TourLoadResult tour = TourLoader::loadEmbedded(catalogue);
        if (!tour.ok()) {
            m_err << tour.problemText() << '\n';
            return 2;
        }
        return TourExport::exportTour(catalogue, *tour.tour, m_parser.value(u"export-tour"_qs),
                                      size, scale, m_out, m_err, options,
                                      m_parser.isSet(u"format"_qs) ? m_parser.value(u"format"_qs)
                                                                   : QStringLiteral("png"));
    }
    const QString format =
        m_parser.isSet(u"format"_qs) ? m_parser.value(u"format"_qs) : QStringLiteral("png");
    return TourExport::exportAll(catalogue, m_parser.value(u"export-all"_qs), format, size, scale,
                                 m_out, m_err, options);
}

std::optional<QSize> CommandLine::exportSize() {
    if (!m_parser.isSet(u"size"_qs))
        return QSize(1920, 1080);
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,9})[xX](\d{1,9})$)"));
    const QString text = m_parser.value(u"size"_qs);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        m_err << tr("--size %1: expected WIDTHxHEIGHT in pixels, e.g. 1920x1080").arg(text) << '\n';
        return std::nullopt;
    }
    const qint64 w = m.captured(1).toLongLong(), h = m.captured(2).toLongLong();
    if (w > PictureExporter::maximumSide || h > PictureExporter::maximumSide) {
        m_err << tr("--size %1: at most %2 pixels on a side")
                     .arg(text)
                     .arg(PictureExporter::maximumSide)
              << '\n';
        return std::nullopt;
    }
    return QSize(int(w), int(h));
}

std::optional<qreal> CommandLine::exportScale() {
    if (!m_parser.isSet(u"scale"_qs))
        return 1.0;
    bool ok = false;
    const qreal scale = m_parser.value(u"scale"_qs).toDouble(&ok);
    if (!ok) {
        m_err << tr("--scale %1: not a number").arg(m_parser.value(u"scale"_qs)) << '\n';
        return std::nullopt;
    }
    return scale;
}

int CommandLine::exportView(const Catalogue &catalogue) {
    std::optional<ExportRequest> parsed = pictureRequest();
    if (!parsed)
        return 2;
    ExportRequest &request = *parsed;
    request.fileName = m_parser.value(u"export"_qs);
    if (const QString problem = PictureExporter::validate(request); !problem.isEmpty()) {
        m_err << problem << '\n';
        return 2;
    }
    const QString viewPath =
        m_parser.isSet(u"view"_qs) ? m_parser.value(u"view"_qs) : QStringLiteral("cluster");
    const QString scenario = m_parser.isSet(u"scenario"_qs) ? m_parser.value(u"scenario"_qs)
                                                            : ViewRegistry::defaultScenarioId();
    QString error;
    const std::unique_ptr<Picture> picture =
        ViewRegistry::create(catalogue, viewPath, scenario, &error);
    if (!picture) {
        m_err << error << '\n';
        return 2;
    }
    if (const QString problem = PictureExporter::write(*picture, catalogue, request);
        !problem.isEmpty()) {
        m_err << problem << '\n';
        return 2;
    }
    m_out << tr("wrote %1").arg(request.fileName) << '\n';
    return 0;
}

} // namespace colossus
