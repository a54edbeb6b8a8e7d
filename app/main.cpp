#include "CommandLine.h"
#include "MainWindow.h"

#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueLoader.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>

using namespace colossus;

int main(int argc, char **argv) {
    // Commands such as --export must work without a display.
    if (CommandLine::isHeadless(argc, argv)) {
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

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("colossus-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Colossus Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(COLOSSUS_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Colossus Explorer"));

    CommandLine commandLine;
    if (const auto exitCode = commandLine.parse(QApplication::arguments()))
        return *exitCode;
    if (const auto exitCode = commandLine.runHeadless())
        return *exitCode;

    const GuiOptions options = commandLine.guiOptions();
    std::optional<Catalogue> fromFile;
    if (!options.dataFile.isEmpty()) {
        LoadResult result = CatalogueLoader::loadFile(options.dataFile);
        if (result.ok()) {
            fromFile = std::move(result.catalogue);
        } else {
            QStringList lines;
            for (const LoadProblem &problem : std::as_const(result.problems))
                lines.append(options.dataFile + u": "_qs + problem.toString());
            QMessageBox box(QMessageBox::Warning, QStringLiteral("Colossus Explorer"),
                            QStringLiteral("The data file %1 has problems; Colossus Explorer "
                                           "opens the embedded Colossus data instead.")
                                .arg(options.dataFile));
            box.setDetailedText(lines.join(u'\n'));
            box.setInformativeText(lines.mid(0, 5).join(u'\n') +
                                   (lines.size() > 5 ? QStringLiteral("\n…") : QString()));
            box.exec();
        }
    }

    MainWindow window(fromFile ? *fromFile : Catalogue::embedded(), options);
    window.show();
    return QApplication::exec();
}
