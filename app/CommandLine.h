#pragma once

#include "catalogue/Catalogue.h"
#include "export/PictureExporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QTextStream>
#include <optional>

namespace colossus {

// What the window should open with, after the command line was read.
struct GuiOptions {
    QString dataFile;                   // empty: the embedded catalogue
    std::optional<Catalogue> catalogue; // the data file's, when it loaded without problems
    QStringList dataProblems;           // "FILE: figures[3].quote: ..." when it did not
    QString viewPath;                   // empty: the cluster
    QString scenarioId;                 // empty: the default scenario
    QString theme;                      // empty: the saved one
};

// The command line: options for the window, and the commands that run without one
// (--check-data, --list-*, --export*). Every headless command prints to stdout, reports
// problems on stderr naming the file and the place, and returns an exit code.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Builds the options' help in the language installed at the time (see Language).
    CommandLine();

    // The value of --lang CODE (or --lang=CODE), read before the application object exists so
    // that the translations are installed before any text is made; empty when not given.
    static QString languageArgument(int argc, char **argv);

    // True when the arguments ask for a command that needs no window, so that main() can
    // choose the offscreen platform before the application object exists.
    static bool isHeadless(int argc, char **argv);

    // Parses the arguments; on a usage error prints it and returns the exit code (2).
    std::optional<int> parse(const QStringList &arguments);

    // Runs the headless command if one was given and returns its exit code; std::nullopt when
    // the window should open.
    std::optional<int> runHeadless();

    GuiOptions guiOptions() const;

private:
    int checkData(const QString &fileName);
    int listFigures(const Catalogue &catalogue, bool json);
    int listChecks(const Catalogue &catalogue, bool json);
    int listViews(const Catalogue &catalogue);
    int exportView(const Catalogue &catalogue);
    int exportTourOrAll(const Catalogue &catalogue);
    std::optional<int> prepareWindow();
    // Size, scale, theme and background shared by every export command.
    std::optional<ExportRequest> pictureRequest();
    std::optional<QSize> exportSize();
    std::optional<qreal> exportScale();
    // The catalogue to use: the embedded one, or --data FILE (nullopt after printing problems).
    std::optional<Catalogue> loadCatalogue();

    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    GuiOptions m_window;
};

} // namespace colossus
