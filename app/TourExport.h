#pragma once

#include "export/Picture.h"
#include "tour/Tour.h"

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>
#include <functional>

class QProgressDialog;
class QTextStream;
class QWidget;

namespace colossus {

class Catalogue;

// Handouts: one PNG per tour step (the view, its caption and citations in the picture) and
// tour.md listing each step's caption and sources; and every exportable view at once.
// Every file goes through QSaveFile, so a failure or a cancel never leaves a partial file.
namespace TourExport {

// Called before each file is written (index from 0); returning false cancels the export.
using Progress = std::function<bool(int index, int total, const QString &fileName)>;

struct Result {
    QStringList files; // complete files written, in order (names relative to the directory)
    QString error;     // names the file and what went wrong
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

inline constexpr QSize defaultSize{1920, 1080};

QString stepFileName(int index, const QString &format = QStringLiteral("png")); // "step-01.png"
QString markdownFileName();                                                     // "tour.md"
// "group/12/rack/3" and "svg" -> "group-12-rack-3.svg"
QString viewFileName(const QString &viewPath, const QString &format);
QString tourMarkdown(const Catalogue &catalogue, const Tour &tour,
                     const QString &format = QStringLiteral("png"));
// The files an export of the tour in this format would replace in directory.
QStringList existingFiles(const QString &directory, int stepCount, const QString &format);

Result writeTour(const Catalogue &catalogue, const Tour &tour, const QString &directory, QSize size,
                 qreal scale, const PaintOptions &options, const Progress &progress = {},
                 const QString &format = QStringLiteral("png"));
Result writeAll(const Catalogue &catalogue, const QString &directory, const QString &format,
                QSize size, qreal scale, const PaintOptions &options,
                const Progress &progress = {});

// The command line: progress lines ("[3/14] step-03.png") on out, problems on err, and the
// process exit code (0 written, 2 bad input or a file that could not be written).
int exportTour(const Catalogue &catalogue, const Tour &tour, const QString &directory, QSize size,
               qreal scale, QTextStream &out, QTextStream &err, const PaintOptions &options = {},
               const QString &format = QStringLiteral("png"));
// One PDF handout (TourHandout): exit 0, or 2 with the file named on err.
int exportHandout(const Catalogue &catalogue, const Tour &tour, const QString &fileName,
                  QTextStream &out, QTextStream &err, const PaintOptions &options = {});
int exportAll(const Catalogue &catalogue, const QString &directory, const QString &format,
              QSize size, qreal scale, QTextStream &out, QTextStream &err,
              const PaintOptions &options = {});

} // namespace TourExport

// File > Export tour...: writes the handouts with a cancellable progress dialog and reports
// the outcome in a message box (unless quiet, for tests).
class TourExportDialog : public QObject {
    Q_OBJECT
public:
    TourExportDialog(const Catalogue &catalogue, const Tour &tour, QWidget *parent = nullptr);
    ~TourExportDialog() override;

    // Asks for the folder, size, scale, theme and format, then exports. For the menu action.
    static void run(const Catalogue &catalogue, const Tour &tour, QWidget *parent,
                    const PaintOptions &options = {});

    void setQuiet(bool quiet) { m_quiet = quiet; }
    QProgressDialog *progressDialog() const { return m_progress; }
    TourExport::Result exportTo(const QString &directory, QSize size = TourExport::defaultSize,
                                const PaintOptions &options = {}, qreal scale = 1.0,
                                const QString &format = QStringLiteral("png"));

Q_SIGNALS:
    void fileStarted(int index, int total);

private:
    const Catalogue &m_catalogue;
    const Tour &m_tour;
    QWidget *m_parent = nullptr;
    QProgressDialog *m_progress = nullptr;
    bool m_quiet = false;
};

} // namespace colossus
