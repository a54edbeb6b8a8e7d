#pragma once

#include "export/Picture.h"
#include "style/Theme.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace colossus {

class BreadcrumbBar;
class Catalogue;
class DiagramCanvas;
class Minimap;
struct ElementPath;

// The main window's central view: the zoomable diagram with its breadcrumb bar, scenario
// choice, front/rear toggle, "Copy path" button, minimap and status line.
class DiagramView : public QWidget {
    Q_OBJECT
public:
    // The catalogue must outlive the view (the main window's one does).
    explicit DiagramView(const Catalogue &catalogue, QWidget *parent = nullptr);
    ~DiagramView() override;

    QString scenarioId() const { return m_scenarioId; }
    QString scenarioTitle() const;
    QString viewPath() const;
    QString statusText() const;
    // What is on screen, as a picture for File > Export and Copy image.
    std::unique_ptr<Picture> currentPicture() const;

    DiagramCanvas *canvas() const { return m_canvas; }
    BreadcrumbBar *breadcrumbBar() const { return m_breadcrumb; }
    Minimap *minimap() const { return m_minimap; }
    QComboBox *scenarioBox() const { return m_scenarios; }
    QToolButton *rearButton() const { return m_rear; }

    // Appended to the diagram's context menu (the window's Copy image and Export…).
    void addContextActions(const QList<QAction *> &actions);
    // The context menu at a canvas position (for tests; the canvas shows it on a right click
    // or the Menu key).
    QMenu *contextMenuAt(const QPoint &canvasPos, QWidget *parent);

public Q_SLOTS:
    // False (and nothing changes) for an unknown scenario.
    bool setScenario(const QString &id);
    // False (and nothing changes) for a bad or out-of-range path; see ViewPath.
    bool setViewPath(const QString &path, bool animated = true);
    void setTheme(const Theme &theme);
    // A chart or table selected a figure (or fact): go to where the diagram shows it and
    // outline it. False when the diagram does not draw that id.
    bool showFigure(const QString &figureId);
    void copyViewPath() const;

Q_SIGNALS:
    void figureActivated(const QString &figureId);
    void factActivated(const QString &factId);
    // A consistency check the scenario's note links (the built scenario: "racks-and-groups").
    void checkActivated(const QString &checkId);
    // Context menu > Copy citation on a drawn part that shows a figure.
    void citationRequested(const QString &figureId);
    void viewPathChanged(const QString &path);
    void scenarioChanged(const QString &id);
    void statusTextChanged(const QString &text); // also shown in the view's own status line

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPathChanged(const ElementPath &path);
    void placeMinimap();

    const Catalogue &m_catalogue;
    QString m_scenarioId;
    DiagramCanvas *m_canvas = nullptr;
    BreadcrumbBar *m_breadcrumb = nullptr;
    Minimap *m_minimap = nullptr;
    QComboBox *m_scenarios = nullptr;
    QToolButton *m_rear = nullptr;
    QToolButton *m_copy = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_note = nullptr; // how the scenario's counts were chosen
    QList<QAction *> m_contextActions;
};

} // namespace colossus
