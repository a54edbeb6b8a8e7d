#include "TourActions.h"

#include "PresentationWindow.h"
#include "TourExport.h"

#include "tour/TourHandout.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QWidget>

namespace colossus {

TourActions::TourActions(const Catalogue &catalogue, QWidget *window)
    : QObject(window)
    , m_catalogue(catalogue)
    , m_window(window)
    , m_present(new QAction(tr("&Present"), this))
    , m_export(new QAction(tr("Export &tour…"), this))
    , m_exportHandout(new QAction(tr("Export &handout…"), this)) {
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_present->setStatusTip(tr("Walk through the cluster full screen (Esc leaves)"));
    m_export->setStatusTip(tr("Write one PNG per tour step and tour.md into a folder"));
    connect(m_present, &QAction::triggered, this, [this] { present(0); });
    m_exportHandout->setStatusTip(
        tr("Write the tour as one PDF: a page per step with its caption and passages"));
    connect(m_export, &QAction::triggered, this, &TourActions::exportTour);
    connect(m_exportHandout, &QAction::triggered, this, &TourActions::exportHandout);
}

TourActions::~TourActions() {
    delete m_presentation; // a separate top-level window
}

void TourActions::setTheme(const Theme &theme) {
    m_theme = theme;
    if (m_presentation)
        m_presentation->setTheme(theme);
}

const Tour *TourActions::tour() {
    if (m_tour)
        return &*m_tour;
    const TourLoadResult result = TourLoader::loadEmbedded(m_catalogue);
    if (result.ok()) {
        m_tour = result.tour;
        m_problems.clear();
        return &*m_tour;
    }
    m_problems = result.problemText();
    if (!m_quiet) {
        QMessageBox box(QMessageBox::Warning, tr("Guided tour"),
                        tr("The guided tour does not fit the loaded data, so it cannot be "
                           "shown."),
                        QMessageBox::Ok, m_window);
        box.setInformativeText(m_problems.section(u'\n', 0, 4));
        box.setDetailedText(m_problems);
        box.exec();
    }
    return nullptr;
}

PresentationWindow *TourActions::presentation() const {
    return m_presentation;
}

void TourActions::present(int step) {
    if (m_presentation && m_presentation->isVisible()) {
        m_presentation->leave(); // F5 toggles
        return;
    }
    const Tour *loaded = tour();
    if (!loaded)
        return;
    if (!m_presentation) {
        // A top-level window of its own (full screen, maybe on the projector).
        m_presentation = new PresentationWindow(m_catalogue, *loaded);
        connect(m_presentation, &PresentationWindow::finished, this, [this] {
            if (m_window) {
                m_window->raise();
                m_window->activateWindow();
            }
        });
    }
    m_presentation->setTheme(m_theme);
    m_presentation->present(step, m_window ? m_window->screen() : nullptr);
}

void TourActions::exportTour() {
    const Tour *loaded = tour();
    if (!loaded)
        return;
    PaintOptions options;
    options.theme = m_theme;
    TourExportDialog::run(m_catalogue, *loaded, m_window, options);
}

void TourActions::exportHandout() {
    if (!tour())
        return;
    const QString fileName = QFileDialog::getSaveFileName(
        m_window, tr("Export handout"), QDir::home().filePath(QStringLiteral("colossus-tour.pdf")),
        tr("PDF documents (*.pdf)"));
    if (!fileName.isEmpty())
        exportHandoutTo(fileName);
}

QString TourActions::exportHandoutTo(const QString &fileName) {
    const Tour *loaded = tour();
    if (!loaded)
        return m_problems;
    PaintOptions options;
    options.theme = m_theme;
    options.printing = true;
    const QString error = TourHandout::write(m_catalogue, *loaded, fileName, options);
    if (!m_quiet) {
        if (error.isEmpty())
            QMessageBox::information(m_window, tr("Export handout"),
                                     tr("Wrote %1 (%n page(s)).", nullptr, loaded->stepCount())
                                         .arg(QDir::toNativeSeparators(fileName)));
        else
            QMessageBox::warning(m_window, tr("Export handout"),
                                 tr("The handout could not be written.\n\n%1").arg(error));
    }
    return error;
}

} // namespace colossus
