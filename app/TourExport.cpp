#include "TourExport.h"

#include "TourExportSettingsDialog.h"
#include "catalogue/Catalogue.h"
#include "catalogue/FigureFormat.h"
#include "export/PictureExporter.h"
#include "tour/TourHandout.h"
#include "tour/TourStepPicture.h"
#include "views/ViewRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>
#include <functional>

namespace colossus {
namespace TourExport {

namespace {

// The output folder, made with its missing parents. A failed export takes back the folders it
// made (when they are still empty), so a mistake leaves nothing behind.
class OutputFolder {
public:
    // Empty, or why the folder cannot be used.
    QString prepare(const QString &directory) {
        if (directory.isEmpty())
            return QCoreApplication::translate("TourExport", "no output directory given");
        for (QFileInfo info(QDir::cleanPath(QDir(directory).absolutePath()));
             !info.exists() && !info.isRoot(); info = QFileInfo(info.absolutePath()))
            m_created.append(info.absoluteFilePath());
        if (!QDir(directory).exists() && !QDir().mkpath(directory))
            return QCoreApplication::translate("TourExport", "%1: cannot create the directory")
                .arg(directory);
        if (!QFileInfo(directory).isDir())
            return QCoreApplication::translate("TourExport", "%1: not a directory").arg(directory);
        return {};
    }
    // Removes the folders prepare() made, deepest first, if nothing was written into them.
    void takeBack() {
        for (const QString &path : std::as_const(m_created))
            QDir().rmdir(path);
        m_created.clear();
    }

private:
    QStringList m_created; // deepest first
};

QString checkRequest(const QString &directory, const QString &extension, QSize size, qreal scale,
                     const PaintOptions &options) {
    ExportRequest request;
    request.fileName = QDir(directory).filePath(QStringLiteral("check.") + extension);
    request.size = size;
    request.scale = scale;
    request.options = options;
    return PictureExporter::validate(request);
}

QString writeText(const QString &fileName, const QString &text) {
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return QStringLiteral("%1: %2").arg(fileName, file.errorString());
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("%1: %2").arg(fileName, file.errorString());
    return {};
}

// Writes one picture for print; an error names the file.
QString writePicture(const Picture &picture, const Catalogue &catalogue, const QDir &dir,
                     const QString &name, QSize size, qreal scale, const PaintOptions &options) {
    ExportRequest request;
    request.fileName = dir.filePath(name);
    request.size = size;
    request.scale = scale;
    request.options = options;
    request.options.printing = true;
    const QString error = PictureExporter::write(picture, catalogue, request);
    if (error.isEmpty() || error.contains(name))
        return error;
    return request.fileName + QStringLiteral(": ") + error;
}

// Writes one picture per file name, in order, asking makePicture for each; stops at the
// first failure or when progress says cancel. True when every picture was written.
bool writeEach(const Catalogue &catalogue, const QDir &dir, const QStringList &names,
               const std::function<std::unique_ptr<Picture>(int, QString *)> &makePicture,
               QSize size, qreal scale, const PaintOptions &options, const Progress &progress,
               Result &result) {
    const int total = int(names.size());
    for (int i = 0; i < total; ++i) {
        const QString &name = names.at(i);
        if (progress && !progress(i, total, name)) {
            result.cancelled = true;
            return false;
        }
        QString error;
        const std::unique_ptr<Picture> picture = makePicture(i, &error);
        if (!picture) {
            result.error = QStringLiteral("%1: %2").arg(dir.filePath(name), error);
            return false;
        }
        result.error = writePicture(*picture, catalogue, dir, name, size, scale, options);
        if (!result.error.isEmpty())
            return false;
        result.files.append(name);
    }
    return true;
}

int report(const Result &result, int total, const QString &directory, const QString &what,
           QTextStream &out, QTextStream &err) {
    if (!result.error.isEmpty()) {
        err << QCoreApplication::translate("TourExport", "error: %1").arg(result.error) << Qt::endl;
        if (!result.files.isEmpty()) {
            err << QCoreApplication::translate("TourExport",
                                               "wrote %1 of %2 %3 before the failure; no partial "
                                               "file was left behind")
                       .arg(result.files.size())
                       .arg(total)
                       .arg(what)
                << Qt::endl;
        }
        return 2;
    }
    out << QCoreApplication::translate("TourExport", "Wrote %1 %2 to %3")
               .arg(result.files.size())
               .arg(what, QDir::toNativeSeparators(directory))
        << Qt::endl;
    return 0;
}

} // namespace

QString stepFileName(int index, const QString &format) {
    return QStringLiteral("step-%1.%2").arg(index + 1, 2, 10, QLatin1Char('0')).arg(format);
}

QStringList existingFiles(const QString &directory, int stepCount, const QString &format) {
    QStringList names;
    const QDir dir(directory);
    if (directory.isEmpty() || !dir.exists())
        return names;
    for (int i = 0; i < stepCount; ++i) {
        if (QFileInfo::exists(dir.filePath(stepFileName(i, format))))
            names.append(stepFileName(i, format));
    }
    if (QFileInfo::exists(dir.filePath(markdownFileName())))
        names.append(markdownFileName());
    return names;
}

QString markdownFileName() {
    return QStringLiteral("tour.md");
}

QString viewFileName(const QString &viewPath, const QString &format) {
    QString name = viewPath;
    name.replace(u'/', u'-');
    return name + u'.' + format;
}

QString tourMarkdown(const Catalogue &catalogue, const Tour &tour, const QString &format) {
    QString md;
    QTextStream s(&md);
    s << "# " << tour.title.text() << "\n\n";
    s << "One picture per step (" << stepFileName(0, format) << " to "
      << stepFileName(tour.stepCount() - 1, format)
      << "). Every number comes from the reports in resources/sources/; each step lists "
         "the passages it rests on.\n";
    for (int i = 0; i < tour.stepCount(); ++i) {
        const TourStep &step = tour.steps.at(i);
        s << "\n## " << (i + 1) << ". " << TourText::resolve(step.title, catalogue) << "\n\n";
        s << TourText::resolve(step.caption, catalogue) << "\n\n";
        s << "Picture: " << stepFileName(i, format) << " (view `" << step.view << '`';
        if (!step.scenario.isEmpty())
            s << ", scenario `" << step.scenario << '`';
        s << ")\n\nSources:\n\n";
        for (const TourStepPicture::Citation &c : TourStepPicture::citations(step, catalogue))
            s << "- " << TourStepPicture::citationText(c) << '\n';
        const QStringList documents = TourStepPicture::sourceIdsOf(step, catalogue);
        if (!documents.isEmpty()) {
            s << "\nDocuments:\n\n";
            for (const QString &id : documents)
                s << "- " << FigureFormat::documentTitle(catalogue, id) << '\n';
        }
    }
    return md;
}

Result writeTour(const Catalogue &catalogue, const Tour &tour, const QString &directory, QSize size,
                 qreal scale, const PaintOptions &options, const Progress &progress,
                 const QString &givenFormat) {
    Result result;
    const QString format = givenFormat.toLower();
    if (format != u"png" && format != u"svg" && format != u"pdf") {
        result.error =
            QStringLiteral("unknown format \"%1\" (expected png, svg or pdf)").arg(format);
        return result;
    }
    result.error = checkRequest(directory, format, size, scale, options);
    OutputFolder folder;
    if (result.error.isEmpty())
        result.error = folder.prepare(directory);
    if (!result.error.isEmpty())
        return result;
    const auto failed = [&] {
        if (!result.ok() && result.files.isEmpty())
            folder.takeBack();
        return result;
    };

    const QDir dir(directory);
    const int total = tour.stepCount();
    QStringList names;
    for (int i = 0; i < total; ++i)
        names.append(stepFileName(i, format));
    const auto stepPicture = [&](int i, QString *error) -> std::unique_ptr<Picture> {
        return TourStepPicture::create(catalogue, tour, i, error);
    };
    if (!writeEach(catalogue, dir, names, stepPicture, size, scale, options, progress, result))
        return failed();
    if (progress && !progress(total, total, markdownFileName())) {
        result.cancelled = true;
        return result;
    }
    const QString error =
        writeText(dir.filePath(markdownFileName()), tourMarkdown(catalogue, tour, format));
    if (!error.isEmpty()) {
        result.error = error;
        return failed();
    }
    result.files.append(markdownFileName());
    return result;
}

Result writeAll(const Catalogue &catalogue, const QString &directory, const QString &givenFormat,
                QSize size, qreal scale, const PaintOptions &options, const Progress &progress) {
    Result result;
    const QString format = givenFormat.toLower();
    static const QStringList formats = {QStringLiteral("png"), QStringLiteral("svg"),
                                        QStringLiteral("pdf")};
    if (!formats.contains(format)) {
        result.error = QCoreApplication::translate(
                           "TourExport", "unknown format \"%1\" (expected png, svg or pdf)")
                           .arg(format);
        return result;
    }
    result.error = checkRequest(directory, format, size, scale, options);
    OutputFolder folder;
    if (result.error.isEmpty())
        result.error = folder.prepare(directory);
    if (!result.error.isEmpty())
        return result;

    const QDir dir(directory);
    const QStringList views = ViewRegistry::viewPaths(catalogue);
    QStringList names;
    for (const QString &view : views)
        names.append(viewFileName(view, format));
    const auto viewPicture = [&](int i, QString *error) {
        return ViewRegistry::create(catalogue, views.at(i), ViewRegistry::defaultScenarioId(),
                                    error);
    };
    if (!writeEach(catalogue, dir, names, viewPicture, size, scale, options, progress, result) &&
        !result.ok() && result.files.isEmpty())
        folder.takeBack();
    return result;
}

int exportTour(const Catalogue &catalogue, const Tour &tour, const QString &directory, QSize size,
               qreal scale, QTextStream &out, QTextStream &err, const PaintOptions &options,
               const QString &format) {
    const int total = tour.stepCount();
    const Progress progress = [&](int index, int, const QString &) {
        // Announce the file that was just finished, so the count matches the files on disk.
        if (index > 0)
            out << '[' << index << '/' << total << "] " << stepFileName(index - 1, format)
                << Qt::endl;
        return true;
    };
    Result result =
        writeTour(catalogue, tour, directory, size, scale, options, progress, format.toLower());
    // The summary counts pictures; tour.md is named in it.
    result.files.removeAll(markdownFileName());
    return report(
        result, total, directory,
        QCoreApplication::translate("TourExport", "step pictures and %1").arg(markdownFileName()),
        out, err);
}

int exportHandout(const Catalogue &catalogue, const Tour &tour, const QString &fileName,
                  QTextStream &out, QTextStream &err, const PaintOptions &options) {
    const QString error = TourHandout::write(catalogue, tour, fileName, options);
    if (!error.isEmpty()) {
        err << "error: " << error << Qt::endl;
        return 2;
    }
    out << "Wrote " << QDir::toNativeSeparators(fileName) << ": " << tour.stepCount()
        << " pages, one per step" << Qt::endl;
    return 0;
}

int exportAll(const Catalogue &catalogue, const QString &directory, const QString &givenFormat,
              QSize size, qreal scale, QTextStream &out, QTextStream &err,
              const PaintOptions &options) {
    const QString format = givenFormat.toLower();
    const QStringList views = ViewRegistry::viewPaths(catalogue);
    const int total = int(views.size());
    int announced = 0;
    const Progress progress = [&](int index, int, const QString &) {
        for (; announced < index; ++announced)
            out << '[' << (announced + 1) << '/' << total << "] "
                << viewFileName(views.at(announced), format) << Qt::endl;
        return true;
    };
    const Result result = writeAll(catalogue, directory, format, size, scale, options, progress);
    if (result.ok())
        progress(total, total, {});
    return report(result, total, directory, QCoreApplication::translate("TourExport", "views"), out,
                  err);
}

} // namespace TourExport

TourExportDialog::TourExportDialog(const Catalogue &catalogue, const Tour &tour, QWidget *parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_tour(tour)
    , m_parent(parent) {
}

TourExportDialog::~TourExportDialog() {
    delete m_progress;
}

void TourExportDialog::run(const Catalogue &catalogue, const Tour &tour, QWidget *parent,
                           const PaintOptions &options) {
    TourExportSettingsDialog settingsDialog(tour.stepCount(), options.theme, parent);
    if (settingsDialog.exec() != QDialog::Accepted)
        return;
    const TourExportSettingsDialog::Settings s = settingsDialog.settings();
    PaintOptions chosen = options;
    chosen.theme = s.theme;
    TourExportDialog dialog(catalogue, tour, parent);
    dialog.exportTo(s.directory, s.size, chosen, s.scale, s.format);
}

TourExport::Result TourExportDialog::exportTo(const QString &directory, QSize size,
                                              const PaintOptions &options, qreal scale,
                                              const QString &format) {
    const int total = m_tour.stepCount() + 1; // the pictures and tour.md
    delete m_progress;
    m_progress = new QProgressDialog(tr("Exporting the tour..."), tr("Cancel"), 0, total, m_parent);
    m_progress->setWindowTitle(tr("Export tour"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);

    const TourExport::Progress progress = [this, total](int index, int, const QString &file) {
        m_progress->setLabelText(tr("Writing %1 (%2 of %3)").arg(file).arg(index + 1).arg(total));
        m_progress->setValue(index); // a modal dialog processes events here, so Cancel works
        Q_EMIT fileStarted(index, total);
        return !m_progress->wasCanceled();
    };
    const TourExport::Result result = TourExport::writeTour(m_catalogue, m_tour, directory, size,
                                                            scale, options, progress, format);
    m_progress->setValue(total);
    m_progress->hide();

    if (!m_quiet) {
        if (!result.error.isEmpty()) {
            QMessageBox::warning(m_parent, tr("Export tour"),
                                 tr("The tour could not be exported.\n\n%1").arg(result.error));
        } else if (result.cancelled) {
            QMessageBox::information(m_parent, tr("Export tour"),
                                     tr("Export cancelled after %n complete file(s).", nullptr,
                                        int(result.files.size())));
        } else {
            QMessageBox::information(
                m_parent, tr("Export tour"),
                tr("Wrote %1 step pictures and %2 to %3.")
                    .arg(m_tour.stepCount())
                    .arg(TourExport::markdownFileName(), QDir::toNativeSeparators(directory)));
        }
    }
    return result;
}

} // namespace colossus
