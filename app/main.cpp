#include "CommandLine.h"
#include "MainWindow.h"

#include "catalogue/Catalogue.h"
#include "language/Language.h"
#include "style/GlyphCache.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <cstdio>
#include <exception>

using namespace colossus;

namespace {

int run(int argc, char **argv);

} // namespace

// No exception may end the program unexplained: the last resort reports it and exits 3.
int main(int argc, char **argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "colossus-explorer: internal error: %s\n", e.what());
    } catch (...) {
        std::fputs("colossus-explorer: internal error: unknown exception\n", stderr);
    }
    return 3;
}

namespace {

int run(int argc, char **argv) {
    // Commands such as --export must work without a display.
    const bool headless = CommandLine::isHeadless(argc, argv);
    if (headless) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (CI, ssh) Qt falls back to /tmp/runtime-$USER and warns on every
        // run; choose that folder ourselves so a script's stderr holds only our messages.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray dir =
                QDir::tempPath().toLocal8Bit() + "/runtime-" + qgetenv("USER").replace('/', '_');
            if (QDir().mkpath(QString::fromLocal8Bit(dir)))
                QFile::setPermissions(QString::fromLocal8Bit(dir),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", dir);
        }
    }
#ifdef Q_OS_LINUX
    // Without a display Qt would abort; say what works instead.
    if (!headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fputs("colossus-explorer: no display to open the window on (DISPLAY is not set).\n"
                   "Commands such as --export, --list-figures and --export-tour work without "
                   "one; see colossus-explorer --help.\n",
                   stderr);
        return 2;
    }
#endif

    cacheLargeGlyphs();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("colossus-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Colossus Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(COLOSSUS_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Colossus Explorer"));
    // The installed menu entry and icon share this id; the compiled-in SVG serves a build
    // that was never installed.
    const QString appId = QStringLiteral("org.colossusexplorer.ColossusExplorer");
    QApplication::setDesktopFileName(appId);
    QApplication::setWindowIcon(
        QIcon::fromTheme(appId, QIcon(QStringLiteral(":/icons/%1.svg").arg(appId))));

    // The language first: the parser's help and every window text are made in it.
    Language::install(&app, Language::choose(CommandLine::languageArgument(argc, argv)));

    CommandLine commandLine;
    if (const auto exitCode = commandLine.parse(QApplication::arguments()))
        return *exitCode;
    if (const auto exitCode = commandLine.runHeadless())
        return *exitCode;

    const GuiOptions options = commandLine.guiOptions();
    if (!options.dataProblems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, QStringLiteral("Colossus Explorer"),
                        QCoreApplication::translate("main",
                                                    "The data file %1 has problems; Colossus "
                                                    "Explorer opens the embedded Colossus data "
                                                    "instead.")
                            .arg(options.dataFile));
        const QStringList &lines = options.dataProblems;
        box.setInformativeText(lines.mid(0, 5).join(u'\n') +
                               (lines.size() > 5 ? QStringLiteral("\n…") : QString()));
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
    }

    MainWindow window(options.catalogue ? *options.catalogue : Catalogue::embedded(), options);
    window.show();
    return QApplication::exec();
}

} // namespace
