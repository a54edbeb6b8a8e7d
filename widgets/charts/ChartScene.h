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

    // Lays everything out for a scene of this size (logical pixels).
    void rebuild(const QSizeF &size, const Theme &theme, bool printing, bool transparent = false);

    // The topmost mark under a scene position; nullptr where there is none.
    const Mark *markAt(const QPointF &scenePos) const;
    // Where a figure is drawn (the union of its marks, markers excluded); empty if not shown.
    QRectF figureRect(const QString &figureId) const;
    const QList<Mark> &marks() const { return m_marks; }

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
    void buildTimeline(const ChartSpec::Panel &panel, const QRectF &rect, const Metrics &m);
    void buildTiles(const ChartSpec::Panel &panel, const QRectF &rect, const Metrics &m);
    void buildFacts(const ChartSpec::Panel &panel, const QRectF &rect, const Metrics &m);
    QRectF panelHeader(const ChartSpec::Panel &panel, const QRectF &rect, const Metrics &m);
    QChart *newChart(const QRectF &rect);
    QString citationTag(const QString &figureId) const;
    QString footerHtml() const;
    void updateHighlight();

    Catalogue m_catalogue;
    ChartSpec m_spec;
    Theme m_theme;
    bool m_printing = false;
    QList<QChart *> m_charts;
    QList<Mark> m_marks;
    QString m_highlighted;
    QList<QGraphicsRectItem *> m_highlightItems;
};

} // namespace colossus
