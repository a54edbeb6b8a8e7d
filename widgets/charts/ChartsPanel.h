#pragma once

#include "catalogue/Catalogue.h"
#include "export/Picture.h"
#include "style/Theme.h"

#include <QWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QGraphicsScene;
class QGraphicsView;
QT_END_NAMESPACE

namespace colossus {

class ChartScene;
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

Q_SIGNALS:
    void figureActivated(const QString &figureId);
    void factActivated(const QString &factId);
    void checkActivated(const QString &checkId);
    void chartChanged(const QString &chartId);

private:
    friend class ChartView;
    void relayout();
    void activateAt(const QPoint &viewPos);

    Catalogue m_catalogue;
    Theme m_theme = Theme::light();
    QString m_chartId;
    QString m_selected;
    QComboBox *m_picker = nullptr;
    ChartView *m_view = nullptr;
    std::unique_ptr<ChartScene> m_scene;
    std::unique_ptr<QGraphicsScene> m_message; // shown when the chart cannot be built
};

} // namespace colossus
