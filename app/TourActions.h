#pragma once

#include "export/Picture.h"
#include "tour/Tour.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QWidget;

namespace colossus {

class Catalogue;
class PresentationWindow;

// The main window's tour commands in one place: View > Present (F5) opens the presentation,
// File > Export tour... writes the handouts. The tour is loaded (and validated against the
// window's catalogue) on first use; a tour that does not load is reported in a dialog.
class TourActions : public QObject {
    Q_OBJECT
public:
    // The catalogue must outlive this object (the main window's does).
    TourActions(const Catalogue &catalogue, QWidget *window);
    ~TourActions() override;

    QAction *presentAction() const { return m_present; }             // "&Present", F5
    QAction *exportAction() const { return m_export; }               // "Export &tour…"
    QAction *exportHandoutAction() const { return m_exportHandout; } // "Export &handout…"
    void setTheme(const Theme &theme);
    void setQuiet(bool quiet) { m_quiet = quiet; } // no dialogs (tests)

    // The tour, loading it on first use; nullptr (and a dialog) when it does not load.
    const Tour *tour();
    QString problems() const { return m_problems; }
    PresentationWindow *presentation() const;

public Q_SLOTS:
    void present(int step = 0); // leaves instead when the presentation is showing
    void exportTour();
    void exportHandout();
    // Writes the PDF handout to fileName; the error (also shown unless quiet), empty when done.
    QString exportHandoutTo(const QString &fileName);

private:
    const Catalogue &m_catalogue;
    QWidget *m_window = nullptr;
    QAction *m_present = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportHandout = nullptr;
    Theme m_theme = Theme::light();
    std::optional<Tour> m_tour;
    QString m_problems;
    QPointer<PresentationWindow> m_presentation;
    bool m_quiet = false;
};

} // namespace colossus
