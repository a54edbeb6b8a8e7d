#pragma once

#include "catalogue/Catalogue.h"
#include "charts/ChartScene.h"
#include "export/Picture.h"
#include "style/Theme.h"

#include <QWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QGraphicsScene;
class QMenu;
class QGraphicsView;
QT_END_NAMESPACE

namespace colossus {

class ChartView;

// The charts beside the diagram: a picker and the current chart. Hovering a mark shows its
// value, source and the start of its passage; clicking selects the figure (figureActivated),
// a fact (factActivated) or, on a ⚠ marker, the consistency check that disagrees.
class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartsPanel(const Catalogue &catalogue, QWidget *parent = nullptr);
    ~ChartsPanel() override;

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

    // Ignores unknown ids. Emits chartChanged when the chart changes.
    void setChart(const QString &chartId);
    QString chartId() const { return m_chartId; }
    QString chartTitle() const;
    QComboBox *picker() const { return m_picker; }

    // The current chart for export and Copy image (a ChartPicture).
    std::unique_ptr<Picture> currentPicture() const;

    // Highlights the figure's marks on the current chart (and on any chart shown later);
    // an empty id clears the highlight. Emits nothing.
    void showFigure(const QString &figureId);
    QString selectedFigure() const { return m_selected; }

    // For tests and the tour: the view, the laid-out scene, where a figure is drawn (view
    // coordinates of its first mark's centre; (-1, -1) when not on this chart) and the
    // tooltip text at a view position.
    QGraphicsView *view() const;
    ChartScene *scene() const { return m_scene.get(); }
    QPoint figurePosition(const QString &figureId) const;
    QString toolTipAt(const QPoint &viewPos) const;

    // Keyboard focus on the marks (arrows in the chart view): an index into
    // scene()->focusOrder(), -1 for none. Moving it announces the mark to screen readers.
    int focusedMark() const { return m_focusedMark; }
    void setFocusedMark(int index);
    const ChartScene::Mark *focusedMarkData() const;
    // Opens what a mark leads to, as a click does: the figure's passage, a fact, a check.
    void activateMark(const ChartScene::Mark &mark);
    // What a screen reader says for a mark: label, value, hedge and citation.
    QString accessibleText(const ChartScene::Mark &mark) const;

    // Appended to a mark's context menu (the window's Copy image and Export…).
    void addContextActions(const QList<QAction *> &actions);
    QMenu *contextMenuAt(const QPoint &viewPos, QWidget *parent);

Q_SIGNALS:
    void figureActivated(const QString &figureId);
    void factActivated(const QString &factId);
    void checkActivated(const QString &checkId);
    void chartChanged(const QString &chartId);
    // Context menu > Copy citation on a mark that shows a figure.
    void citationRequested(const QString &figureId);

private:
    friend class ChartView;
    void relayout();
    void activateAt(const QPoint &viewPos);

    Catalogue m_catalogue;
    Theme m_theme = Theme::light();
    QString m_chartId;
    QString m_selected;
    int m_focusedMark = -1;
    QList<QAction *> m_contextActions;
    QComboBox *m_picker = nullptr;
    ChartView *m_view = nullptr;
    std::unique_ptr<ChartScene> m_scene;
    std::unique_ptr<QGraphicsScene> m_message; // shown when the chart cannot be built
};

} // namespace colossus
