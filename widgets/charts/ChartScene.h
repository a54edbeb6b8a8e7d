#pragma once

#include "catalogue/Catalogue.h"
#include "charts/ChartSpec.h"
#include "style/Theme.h"

#include <QGraphicsScene>
#include <QList>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsRectItem;
QT_END_NAMESPACE

namespace colossus {

// A chart laid out for one size: Qt Charts panels (one QChart each, small multiples where
// the quantities are not comparable), value labels, tiles, notes and the source footer.
// The same scene is shown by ChartsPanel and rendered by ChartPicture, so screen and export
// cannot disagree. Rebuilt on every size change (a handful of items; cheap).
class ChartScene : public QGraphicsScene {
    Q_OBJECT
public:
    // Something on the chart that leads somewhere: a figure, a fact or a consistency check.
    struct Mark {
        enum class Kind { Bar, Point, Label, Value, Tile, Fact, Marker };
        Kind kind = Kind::Label;
        QString figureId;
        QString factId;
        QStringList checkIds; // a disagreement marker: leads to these checks
        QRectF rect;          // scene coordinates
        QColor fill;          // bars and points: the colour they are filled with
    };

    ChartScene(const Catalogue &catalogue, ChartSpec spec, QObject *parent = nullptr);

    const ChartSpec &spec() const { return m_spec; }
    const Catalogue &catalogue() const { return m_catalogue; }

    // Lays everything out for a scene of this size (logical pixels). The type follows the
    // size unless basePixelSize is given (a room's projector: the tour). Blocks that do not
    // fit are dropped in this order: the footer's notes, the footer with the citation tags
    // it explains, the facts' original quotes, their translations.
    void rebuild(const QSizeF &size, const Theme &theme, bool printing, bool transparent = false,
                 qreal basePixelSize = 0);
    // What the last rebuild dropped to fit (0: nothing; see rebuild for the order).
    int droppedBlocks() const { return m_dropped; }
    // How much taller the scene would have to be to fit with everything dropped (0: fits).
    qreal shortfall() const { return m_shortfall; }

    // The topmost mark under a scene position; nullptr where there is none.
    const Mark *markAt(const QPointF &scenePos) const;
    // Where a figure is drawn (the union of its marks, markers excluded); empty if not shown.
    QRectF figureRect(const QString &figureId) const;
    const QList<Mark> &marks() const { return m_marks; }
    // The marks the keyboard visits, as indices into marks(): one per figure, fact or check
    // (a bar, not also its value label), in reading order.
    const QList<int> &focusOrder() const { return m_focusOrder; }

    // Outlines the marks of a figure (empty: none). Not drawn when printing.
    void setHighlighted(const QString &figureId);
    QString highlighted() const { return m_highlighted; }

    QList<QChart *> charts() const { return m_charts; }

private:
    struct Metrics;
    void buildBars(const ChartSpec::Panel &panel, const QRectF &rect, const Metrics &m,
                   qreal labelWidth, qreal reserve);
    qreal barsReserve(const ChartSpec::Panel &panel, qreal plotWidth, const Metrics &m) const;
    qreal barsLabelWidth(const ChartSpec::Panel &panel, const Metrics &m) const;
    int barsRowLines(const ChartSpec::Panel &panel, qreal width, const Metrics &m) const;
    void buildTimeline(const ChartSpec::Panel &panel, const QRectF &rect, const Metrics &m);
    void buildTiles(const ChartSpec::Panel &panel, const QRectF &rect, const Metrics &m);
    void buildFacts(const ChartSpec::Panel &panel, const QRectF &rect, const Metrics &m);
    QRectF panelHeader(const ChartSpec::Panel &panel, const QRectF &rect, const Metrics &m,
                       bool draw = true);
    qreal panelNeed(const ChartSpec::Panel &panel, qreal width, const Metrics &m);
    QString factHtml(const ChartSpec::FactNote &note, const Fact &fact) const;
    qreal tileUnitHeight(const ChartSpec::Tile &tile, qreal cellWidth, const Metrics &m) const;
    QChart *newChart(const QRectF &rect);
    void putAxisTitle(const QString &title, const QRectF &plot, const Metrics &m);
    QString citationTag(const QString &figureId) const;
    QString footerHtml() const;
    void updateHighlight();
    void updateFocusOrder();

    Catalogue m_catalogue;
    ChartSpec m_spec;
    Theme m_theme;
    bool m_printing = false;
    QList<QChart *> m_charts;
    QList<Mark> m_marks;
    QList<int> m_focusOrder;
    QString m_highlighted;
    QList<QGraphicsRectItem *> m_highlightItems;
    qreal m_fixedBase = 0;
    qreal m_shortfall = 0;
    int m_dropped = 0; // 1 footer notes, 2 footer and tags, 3 fact quotes, 4 fact translations
};

} // namespace colossus
