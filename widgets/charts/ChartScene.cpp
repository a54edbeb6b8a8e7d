#include "charts/ChartScene.h"

#include <QSet>

#include "catalogue/DerivedMark.h"
#include "catalogue/FigureFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QScatterSeries>
#include <QSet>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimeZone>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace colossus {

using Panel = ChartSpec::Panel;
using Row = ChartSpec::Row;
using Segment = ChartSpec::Segment;

// Type sizes for one layout, all from one base size that follows the picture's size, so a
// 3840x2160 export looks like a 1920x1080 one, only sharper.
struct ChartScene::Metrics {
    qreal base = 16;
    qreal pad = 8;
    QFont title, label, labelBold, value, tick, axisTitle, note, big;

    Metrics(const QSizeF &size, qreal fixedBase) {
        base = fixedBase > 0
                   ? fixedBase
                   : std::max<qreal>(12, 17 * std::min(size.width() / 1600, size.height() / 900));
        pad = base * 0.5;
        title = Theme::font(base * 1.12, true);
        label = Theme::font(base);
        labelBold = Theme::font(base, true);
        value = Theme::font(base, true);
        tick = Theme::font(base * 0.85);
        axisTitle = Theme::font(base * 0.9);
        note = Theme::font(base * 0.82);
        big = Theme::font(base * 2.1, true);
    }
};

namespace {

qreal textWidth(const QFont &font, const QString &text) {
    return QFontMetricsF(font).horizontalAdvance(text);
}

qreal lineHeight(const QFont &font) {
    return QFontMetricsF(font).height();
}

// Tick step giving about `target` intervals: 1, 2 or 5 times a power of ten.
double tickStep(double max, int target) {
    const double raw = max / std::max(1, target);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= raw)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QGraphicsSimpleTextItem *putText(QGraphicsScene *scene, const QString &text, const QFont &font,
                                 const QColor &colour, const QPointF &topLeft, int z = 5) {
    auto *item = scene->addSimpleText(text, font);
    item->setBrush(colour);
    item->setPos(topLeft);
    item->setZValue(z);
    return item;
}

// text in at most maxLines lines of width, broken where Unicode allows (at spaces in Latin
// text, between most characters in Japanese and Chinese), the last line elided only if the rest
// is still too long. Lines are joined by '\n'.
QString wrapLines(const QString &text, const QFont &font, qreal width, int maxLines) {
    const QFontMetricsF fm(font);
    if (fm.horizontalAdvance(text) <= width)
        return text;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() + 1 == maxLines) {
            lines << fm.elidedText(text.mid(line.textStart()).trimmed(), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines.join(u'\n');
}

// How many lines wrapLines() gives text at width, at most maxLines.
int linesNeeded(const QString &text, const QFont &font, qreal width, int maxLines) {
    return int(wrapLines(text, font, width, maxLines).count(u'\n')) + 1;
}

// A row label takes up to four lines on a narrow chart dock (German on a 1280 px laptop)
// rather than being cut; values and event labels two.
constexpr int labelLines = 4;

// Lines of text centred on yMid, each starting at x (or ending at x when alignRight). Returns
// the rectangle they cover.
QRectF putLines(QGraphicsScene *scene, const QString &text, const QFont &font, const QColor &colour,
                qreal x, qreal yMid, bool alignRight) {
    const QStringList lines = text.split(u'\n');
    const qreal h = lineHeight(font);
    qreal y = yMid - h * lines.size() / 2;
    QRectF covered;
    for (const QString &line : lines) {
        const qreal w = textWidth(font, line);
        QGraphicsSimpleTextItem *item =
            putText(scene, line, font, colour, QPointF(alignRight ? x - w : x, y));
        covered = covered.isNull() ? item->sceneBoundingRect()
                                   : covered.united(item->sceneBoundingRect());
        // The item's box can be a fraction taller than the font's line height: lines never touch.
        y += std::max(h, item->boundingRect().height());
    }
    return covered;
}

// A range drawn as a band: bold diagonal stripes of the colour over a tint of it, so it
// reads as "somewhere in here" on light, dark and high-contrast grounds alike.
QBrush hatching(const QColor &colour, qreal base) {
    const int tile = std::max(8, int(std::lround(base * 0.7)));
    QImage image(tile, tile, QImage::Format_ARGB32_Premultiplied);
    QColor tint = colour;
    tint.setAlphaF(0.22);
    image.fill(tint);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, std::max(2.0, base * 0.16), Qt::SolidLine, Qt::FlatCap));
    for (int offset : {-tile, 0, tile}) // three lines, so the stripes join across tiles
        painter.drawLine(QPointF(offset, tile), QPointF(offset + tile, 0));
    painter.end();
    return QBrush(image);
}

QChart::ChartTheme qtTheme(const Theme &theme) {
    switch (theme.id) {
    case Theme::Id::Dark:
        return QChart::ChartThemeDark;
    case Theme::Id::HighContrast:
        return QChart::ChartThemeHighContrast;
    case Theme::Id::Light:
        break;
    }
    return QChart::ChartThemeLight;
}

// A value axis with labels we write ourselves ("200,000", not "200000").
QCategoryAxis *valueAxis(double max, int targetTicks, const Theme &theme, const QFont &tick) {
    auto *axis = new QCategoryAxis;
    const double step = tickStep(max, targetTicks);
    axis->setStartValue(-max * 1e-9);
    // Counted, not accumulated: near the largest doubles `v += step` never passes the end.
    const int ticks = std::isfinite(step) && step > 0 ? int(std::min(max / step, 100.0)) : 0;
    for (int i = 0; i <= ticks; ++i)
        axis->append(FigureFormat::number(i * step, 2), i * step);
    axis->setRange(0, max);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setLabelsFont(tick);
    axis->setLabelsColor(theme.mutedText);
    axis->setGridLineColor(theme.id == Theme::Id::HighContrast ? QColor(0x70, 0x70, 0x70)
                                                               : theme.surface.darker(112));
    axis->setLinePenColor(theme.line);
    axis->setTruncateLabels(false);
    return axis;
}

} // namespace

ChartScene::ChartScene(const Catalogue &catalogue, ChartSpec spec, QObject *parent)
    : QGraphicsScene(parent)
    , m_catalogue(catalogue)
    , m_spec(std::move(spec)) {
}

QChart *ChartScene::newChart(const QRectF &rect) {
    auto *chart = new QChart;
    // Qt Charts: the theme first, since it overwrites fonts and colours set before it.
    chart->setTheme(qtTheme(m_theme));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->hide();
    addItem(chart);
    chart->setGeometry(rect);
    m_charts << chart;
    return chart;
}

// The axis title under the tick labels, drawn by us: Qt Charts elides it to "..." in a
// short panel.
void ChartScene::putAxisTitle(const QString &title, const QRectF &plot, const Metrics &m) {
    if (title.isEmpty())
        return;
    const qreal width = textWidth(m.axisTitle, title);
    putText(this, title, m.axisTitle, m_theme.mutedText,
            QPointF(plot.center().x() - width / 2, plot.bottom() + lineHeight(m.tick) + m.pad));
}

QString ChartScene::citationTag(const QString &figureId) const {
    const Figure *figure = m_catalogue.figure(figureId);
    if (!figure)
        return {};
    if (figure->isDerived() || m_dropped >= 2)
        return {}; // without the footer a tag would point nowhere
    const int n = m_spec.citation(figure->source);
    return n > 0 ? QStringLiteral("[%1]").arg(n) : QString();
}

QRectF ChartScene::panelHeader(const Panel &panel, const QRectF &rect, const Metrics &m,
                               bool draw) {
    qreal y = rect.top();
    if (!panel.title.isEmpty()) {
        // A long title wraps within its panel rather than running over the next one.
        auto *title = new QGraphicsTextItem;
        title->setFont(m.title);
        title->setDefaultTextColor(m_theme.text);
        title->document()->setDocumentMargin(0);
        title->setTextWidth(rect.width());
        title->setPlainText(panel.title);
        title->setPos(rect.left(), y);
        title->setZValue(5);
        y += title->boundingRect().height() + m.pad * 0.4;
        if (draw)
            addItem(title);
        else
            delete title;
    }
    if (!panel.legend.isEmpty()) {
        qreal x = rect.left();
        const qreal h = lineHeight(m.tick);
        for (const auto &[colour, text] : panel.legend) {
            const qreal w = h * 0.9 + m.pad * 0.5 + textWidth(m.tick, text) + m.pad * 2;
            if (x + w > rect.right() && x > rect.left()) {
                x = rect.left();
                y += h + m.pad * 0.3;
            }
            if (draw) {
                auto *swatch = addRect(QRectF(x, y + h * 0.1, h * 0.8, h * 0.8), Qt::NoPen,
                                       ChartSpec::colour(colour, m_theme));
                swatch->setZValue(5);
                putText(this, text, m.tick, m_theme.mutedText,
                        QPointF(x + h * 0.9 + m.pad * 0.5, y));
            }
            x += w;
        }
        y += h + m.pad * 0.5;
    }
    return QRectF(rect.left(), y, rect.width(), rect.bottom() - y);
}

// The least height a panel needs at this width: every row a line of text apart, tiles and
// facts whole.
qreal ChartScene::panelNeed(const Panel &panel, qreal width, const Metrics &m) {
    const qreal header = panelHeader(panel, QRectF(0, 0, width, 1e6), m, false).top();
    const qreal axisRoom = lineHeight(m.tick) + lineHeight(m.axisTitle) + m.pad * 1.5;
    switch (panel.kind) {
    case Panel::Kind::Bars:
        return header +
               panel.rows.size() * lineHeight(m.label) * 1.05 * barsRowLines(panel, width, m) +
               axisRoom;
    case Panel::Kind::Timeline: {
        int lines = 1;
        for (const ChartSpec::Event &e : panel.events)
            lines = std::max(lines,
                             linesNeeded(e.label, m.label, width * 0.36 - m.pad * 1.5, labelLines));
        return header + panel.events.size() * lineHeight(m.value) * 1.04 * lines + axisRoom;
    }
    case Panel::Kind::Tiles: {
        const int columns = width > m.base * 30 ? 2 : 1;
        const qsizetype rows = (panel.tiles.size() + columns - 1) / columns;
        const qreal cellWidth = (width - m.pad * (columns - 1)) / columns;
        qreal tallest = 0;
        for (const ChartSpec::Tile &tile : panel.tiles) {
            qreal h = m.pad + lineHeight(m.big) + tileUnitHeight(tile, cellWidth, m) + m.pad;
            if (m_spec.disagreements.contains(tile.figureId))
                h += lineHeight(m.label) + m.pad * 0.5;
            tallest = std::max(tallest, h);
        }
        return header + rows * tallest + (rows - 1) * m.pad;
    }
    case Panel::Kind::Facts: {
        qreal h = header;
        for (const ChartSpec::FactNote &note : panel.facts) {
            const Fact *fact = m_catalogue.fact(note.factId);
            if (!fact)
                continue;
            QTextDocument doc;
            doc.setDefaultFont(m.label);
            doc.setDocumentMargin(0);
            doc.setTextWidth(width - m.pad * 2);
            doc.setHtml(factHtml(note, *fact));
            h += doc.size().height() + m.pad * 1.5;
        }
        return h;
    }
    }
    return header;
}

qreal ChartScene::tileUnitHeight(const ChartSpec::Tile &tile, qreal cellWidth,
                                 const Metrics &m) const {
    QTextDocument doc;
    doc.setDefaultFont(m.label);
    doc.setDocumentMargin(0);
    doc.setTextWidth(cellWidth - m.pad * 2.6);
    doc.setPlainText(tile.unit);
    return doc.size().height();
}

qreal ChartScene::barsLabelWidth(const Panel &panel, const Metrics &m) const {
    qreal width = 0;
    for (const Row &row : panel.rows) {
        const bool marked = m_spec.disagreements.contains(row.figureId);
        width = std::max(width, textWidth(row.heading ? m.labelBold : m.label,
                                          (marked ? QStringLiteral("⚠ ") : QString()) + row.label));
    }
    return width + m.pad * 1.5;
}

// The most lines a row's label (up to four) or a value printed over a band (up to two)
// needs at this width: every row of the panel is then that many lines tall.
int ChartScene::barsRowLines(const Panel &panel, qreal width, const Metrics &m) const {
    const qreal labelWidth = std::min(barsLabelWidth(panel, m), width * 0.42);
    int lines = 1;
    for (const Row &row : panel.rows) {
        if (row.heading)
            continue;
        const bool marked = m_spec.disagreements.contains(row.figureId);
        const qreal warn = marked ? textWidth(m.label, QStringLiteral("⚠ ")) : 0;
        lines = std::max(
            lines, linesNeeded(row.label, m.label, labelWidth - m.pad * 1.5 - warn, labelLines));
        const bool band =
            std::any_of(row.segments.begin(), row.segments.end(),
                        [](const Segment &s) { return s.style == Segment::Style::Band; });
        if (band)
            lines =
                std::max(lines, linesNeeded(row.valueText, m.value, (width - labelWidth) * 0.6, 2));
    }
    return lines;
}

// Room on the right for the printed values of the longest bars.
qreal ChartScene::barsReserve(const Panel &panel, qreal plotWidth, const Metrics &m) const {
    qreal reserve = m.pad;
    for (const Row &row : panel.rows) {
        bool band = false;
        double end = 0;
        for (const Segment &s : row.segments) {
            band = band || s.style == Segment::Style::Band;
            if (s.style != Segment::Style::Band)
                end += s.length;
        }
        if (band || row.heading)
            continue;
        QString text = row.valueText + u' ' + citationTag(row.figureId);
        if (m_spec.disagreements.contains(row.figureId))
            text += tr("  ⚠ sources disagree");
        const qreal need = textWidth(m.value, text) + m.pad * 1.5;
        const qreal free = plotWidth * (1 - end / panel.axisMax);
        reserve = std::max(reserve, need - free);
    }
    return reserve;
}

void ChartScene::buildBars(const Panel &panel, const QRectF &panelRect, const Metrics &m,
                           qreal labelWidth, qreal reserve) {
    const QRectF rect = panelHeader(panel, panelRect, m);
    const int n = int(panel.rows.size());
    if (n == 0)
        return;
    labelWidth = std::min(labelWidth, rect.width() * 0.42);

    const qreal plotLeft = rect.left() + labelWidth;
    reserve = std::min(reserve, rect.width() * 0.4);

    const qreal bottomRoom = lineHeight(m.tick) + lineHeight(m.axisTitle) + m.pad * 1.5;
    QRectF plot(plotLeft, rect.top(), rect.right() - reserve - plotLeft,
                rect.height() - bottomRoom);
    if (plot.width() < 10 || plot.height() < 10)
        return;

    QChart *chart = newChart(panelRect);
    auto *series = new QHorizontalStackedBarSeries;
    // Bars as thick as two lines of text at most: a panel with two rows gets no slabs.
    const qreal barWidth = std::min<qreal>(0.68, m.base * 2.0 / (plot.height() / n));
    series->setBarWidth(barWidth);
    QStringList categories;
    for (int i = 0; i < n; ++i)
        categories << QString::number(i);

    struct Placed {
        int row;
        int segment;
        QBarSet *set;
    };
    QList<Placed> placed;
    for (int r = 0; r < n; ++r) {
        const Row &row = panel.rows[r];
        for (int s = 0; s < row.segments.size(); ++s) {
            const Segment &seg = row.segments[s];
            auto *set = new QBarSet(seg.figureId);
            for (int i = 0; i < n; ++i)
                *set << (i == n - 1 - r ? seg.length : 0.0); // first row at the top
            const QColor colour = ChartSpec::colour(seg.colour, m_theme);
            const bool disagrees = m_spec.disagreements.contains(seg.figureId);
            switch (seg.style) {
            case Segment::Style::Solid:
                set->setBrush(colour);
                set->setPen(disagrees
                                ? QPen(m_theme.warning, m.base * 0.22, Qt::DashLine)
                                : QPen(m_theme.background, std::max<qreal>(1, m.base * 0.08)));
                break;
            case Segment::Style::Spacer:
                set->setBrush(Qt::NoBrush);
                set->setPen(Qt::NoPen);
                break;
            case Segment::Style::Band:
                set->setBrush(hatching(colour, m.base));
                set->setPen(QPen(colour, std::max<qreal>(1.5, m.base * 0.12)));
                break;
            }
            series->append(set);
            placed << Placed{r, int(s), set};
        }
    }
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsVisible(false);
    axisY->setGridLineVisible(false);
    axisY->setLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    // As many ticks as their labels have room for, side by side.
    const qreal tickLabel = textWidth(m.tick, FigureFormat::number(panel.axisMax, 2)) * 1.5;
    const int ticks = std::max(
        1, std::min(std::max(3, int(plot.width() / (m.base * 7))), int(plot.width() / tickLabel)));
    auto *axisX = valueAxis(panel.axisMax, ticks, m_theme, m.tick);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->setPlotArea(plot.translated(-panelRect.topLeft()));
    putAxisTitle(panel.axisTitle, plot, m);
    chart->layout()->activate();

    auto toScene = [&](double value, double category) {
        return chart->mapToScene(chart->mapToPosition(QPointF(value, category), series));
    };
    const qreal barHalf = barWidth / 2;

    for (int r = 0; r < n; ++r) {
        const Row &row = panel.rows[r];
        const double cat = n - 1 - r;
        const qreal yMid = toScene(0, cat).y();
        const bool marked = m_spec.disagreements.contains(row.figureId);
        // Row label, right-aligned against the axis; headings left-aligned and bold.
        const QFont &font = row.heading ? m.labelBold : m.label;
        QString text = row.label;
        const qreal th = lineHeight(font);
        if (row.heading) {
            putText(this, text, font, m_theme.text, QPointF(rect.left(), yMid - th / 2));
            continue;
        }
        // A label too long for its column takes two lines (the rows were laid out for it).
        text = wrapLines(text, font,
                         labelWidth - m.pad * 1.5 -
                             (marked ? textWidth(font, QStringLiteral("⚠ ")) : 0),
                         labelLines);
        const QRectF labelRect =
            putLines(this, text, font, m_theme.text, plotLeft - m.pad, yMid, true);
        const qreal x = labelRect.left();
        m_marks << Mark{Mark::Kind::Label, row.figureId, {}, {}, labelRect, {}};
        if (marked) {
            auto *warn = putText(this, QStringLiteral("⚠ "), font, m_theme.warning,
                                 QPointF(x - textWidth(font, QStringLiteral("⚠ ")), yMid - th / 2));
            m_marks << Mark{
                Mark::Kind::Marker,        {}, {}, m_spec.disagreements.value(row.figureId),
                warn->sceneBoundingRect(), {}};
        }

        // Segment marks and the text inside segments.
        double start = 0;
        double pointEnd = 0;
        double bandStart = -1;
        qreal arrowLeft = panelRect.right(); // text over a band stops before its arrowhead
        QGraphicsPolygonItem *arrowHead = nullptr;
        for (const Placed &p : placed) {
            if (p.row != r)
                continue;
            const Segment &seg = row.segments[p.segment];
            const QPointF a = toScene(start, cat - barHalf);
            const QPointF b = toScene(start + seg.length, cat + barHalf);
            const QRectF segRect = QRectF(a, b).normalized();
            if (seg.style == Segment::Style::Band)
                bandStart = start;
            if (seg.cut) {
                // The band goes on past the axis: it ends at the axis in an arrowhead.
                const qreal h = segRect.height() * 1.5;
                const qreal tip = segRect.right();
                QPolygonF arrow;
                arrow << QPointF(tip, segRect.center().y())
                      << QPointF(tip - h * 0.7, segRect.center().y() - h / 2)
                      << QPointF(tip - h * 0.7, segRect.center().y() + h / 2);
                auto *head = addPolygon(arrow, Qt::NoPen, ChartSpec::colour(seg.colour, m_theme));
                head->setZValue(6);
                arrowHead = head;
                arrowLeft = std::min(arrowLeft, tip - h * 0.7 - m.pad * 0.5);
            } else
                pointEnd = start + seg.length;
            if (seg.style != Segment::Style::Spacer && !seg.figureId.isEmpty()) {
                m_marks << Mark{Mark::Kind::Bar,
                                seg.figureId,
                                {},
                                {},
                                segRect,
                                seg.style == Segment::Style::Solid
                                    ? ChartSpec::colour(seg.colour, m_theme)
                                    : QColor()};
            }
            if (!seg.inside.isEmpty()) {
                const QFont &f = m.tick;
                if (textWidth(f, seg.inside) + m.pad * 0.5 < segRect.width()) {
                    auto *t = putText(this, seg.inside, f, m_theme.background, {});
                    if (m_theme.id == Theme::Id::Dark || m_theme.id == Theme::Id::HighContrast)
                        t->setBrush(QColor(Qt::black));
                    else
                        t->setBrush(QColor(Qt::white));
                    const QRectF br = t->boundingRect();
                    t->setPos(segRect.center() - br.center());
                }
            }
            start += seg.length;
        }

        // The printed value: after the bar's end, or inside a band.
        QString valueText = row.valueText;
        const QString tag = citationTag(row.figureId);
        qreal vx = toScene(pointEnd, cat).x() + m.pad * 0.6;
        bool overBand = false;
        if (bandStart >= 0) {
            // After the band when it ends inside the panel, else on it (it runs off the axis).
            const qreal bandEnd = toScene(row.total(), cat).x();
            overBand = bandEnd + m.pad + textWidth(m.value, valueText) > panelRect.right();
            vx = overBand ? toScene(bandStart, cat).x() + m.pad * 0.6 : bandEnd + m.pad * 0.6;
        }
        // A value too long for the room left (over a band: before its arrowhead) takes two lines.
        const qreal tagWidth = tag.isEmpty() ? 0 : textWidth(m.tick, u' ' + tag);
        qreal valueRoom = (overBand ? arrowLeft : panelRect.right()) - vx - tagWidth;
        if (overBand && arrowHead &&
            textWidth(m.value, valueText) > 1.8 * std::max<qreal>(valueRoom, 0)) {
            // Too little room before the arrowhead even in two lines: the text runs on over it,
            // on its quiet ground, and the arrowhead goes under the ground.
            valueRoom = panelRect.right() - vx - tagWidth;
            arrowHead->setZValue(3);
        }
        valueText = wrapLines(valueText, m.value, std::max<qreal>(valueRoom, m.base * 4), 2);
        const QRectF valueRect = putLines(this, valueText, m.value, m_theme.text, vx, yMid, false);
        if (overBand) {
            // Text over hatching needs a quiet ground to be read.
            auto *ground = addRect(valueRect.adjusted(-m.pad * 0.3, 0, m.pad * 0.3, 0), Qt::NoPen,
                                   m_theme.background);
            ground->setZValue(4);
        }
        m_marks << Mark{Mark::Kind::Value, row.figureId, {}, {}, valueRect, {}};
        qreal after = valueRect.right();
        if (!tag.isEmpty()) {
            auto *tagItem = putText(this, u' ' + tag, m.tick, m_theme.mutedText, {});
            tagItem->setPos(after, yMid - tagItem->boundingRect().height() / 2);
            after = tagItem->sceneBoundingRect().right();
        }
        if (marked) {
            // The words where they fit, else the sign alone (the footer explains it).
            const QString words = tr("  ⚠ sources disagree");
            const bool fits = after + textWidth(m.value, words) <= panelRect.right();
            auto *marker =
                putText(this, fits ? words : QStringLiteral(" ⚠"), m.value, m_theme.warning, {});
            marker->setPos(after, yMid - marker->boundingRect().height() / 2);
            m_marks << Mark{
                Mark::Kind::Marker,          {}, {}, m_spec.disagreements.value(row.figureId),
                marker->sceneBoundingRect(), {}};
        }
    }
}

void ChartScene::buildTimeline(const Panel &panel, const QRectF &panelRect, const Metrics &m) {
    const QRectF rect = panelHeader(panel, panelRect, m);
    const int n = int(panel.events.size());
    if (n == 0)
        return;
    qreal labelWidth = 0;
    for (const ChartSpec::Event &e : panel.events)
        labelWidth = std::max(labelWidth, textWidth(m.label, e.label));
    labelWidth = std::min(labelWidth + m.pad * 1.5, rect.width() * 0.36);
    qreal reserve = 0;
    for (const ChartSpec::Event &e : panel.events)
        reserve = std::max(reserve, textWidth(m.value, e.dateText + QStringLiteral(" [0]")));
    reserve += m.pad;
    const qreal bottomRoom = lineHeight(m.tick) + lineHeight(m.axisTitle) + m.pad * 1.5;
    const QRectF plot(rect.left() + labelWidth, rect.top(), rect.width() - labelWidth - reserve,
                      rect.height() - bottomRoom);
    if (plot.width() < 10 || plot.height() < 10)
        return;

    QChart *chart = newChart(panelRect);
    const double t0 = double(panel.timeMin.toMSecsSinceEpoch());
    const double t1 = double(panel.timeMax.toMSecsSinceEpoch());

    // Axis labels on month starts: every month, quarter or half-year, as space allows.
    auto *axisX = new QCategoryAxis;
    axisX->setStartValue(t0 - 1);
    const int months = int((panel.timeMax.date().year() - panel.timeMin.date().year()) * 12 +
                           panel.timeMax.date().month() - panel.timeMin.date().month());
    const qreal labelRoom = textWidth(m.tick, FigureFormat::monthText(QDate(2024, 9, 1))) * 1.5;
    int every = 1;
    for (int candidate : {1, 2, 3, 6, 12}) {
        every = candidate;
        if (plot.width() / std::max(1, months) * candidate >= labelRoom)
            break;
    }
    for (QDate d = panel.timeMin.date(); d <= panel.timeMax.date(); d = d.addMonths(1)) {
        if ((d.month() - 1) % every != 0)
            continue;
        const double at = double(QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        axisX->append(FigureFormat::monthText(d), at);
    }
    axisX->setRange(t0, t1);
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setLabelsFont(m.tick);
    axisX->setLabelsColor(m_theme.mutedText);
    axisX->setGridLineColor(m_theme.id == Theme::Id::HighContrast ? QColor(0x70, 0x70, 0x70)
                                                                  : m_theme.surface.darker(112));
    axisX->setLinePenColor(m_theme.line);
    axisX->setTruncateLabels(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setRange(-0.5, n - 0.5);
    axisY->setReverse(true);
    axisY->setLabelsVisible(false);
    axisY->setGridLineVisible(false);
    axisY->setLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);

    const QColor colour = ChartSpec::colour(ChartSpec::Colour::Time, m_theme);
    const qreal rowHeight = plot.height() / n;
    auto *points = new QScatterSeries;
    points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    points->setMarkerSize(std::min(rowHeight * 0.6, m.base * 1.1));
    points->setColor(colour);
    points->setBorderColor(m_theme.background);
    QList<QLineSeries *> spans;
    for (int i = 0; i < n; ++i) {
        const ChartSpec::Event &e = panel.events[i];
        if (e.isPoint()) {
            points->append(double(e.start.toMSecsSinceEpoch()), i);
            continue;
        }
        auto *span = new QLineSeries;
        span->append(double(e.start.toMSecsSinceEpoch()), i);
        span->append(double(e.end.toMSecsSinceEpoch()), i);
        QPen pen(colour, std::min(rowHeight * 0.5, m.base * 0.9));
        pen.setCapStyle(Qt::FlatCap);
        span->setPen(pen);
        spans << span;
    }
    for (QLineSeries *span : spans) {
        chart->addSeries(span);
        span->attachAxis(axisX);
        span->attachAxis(axisY);
    }
    chart->addSeries(points);
    points->attachAxis(axisX);
    points->attachAxis(axisY);
    chart->setPlotArea(plot.translated(-panelRect.topLeft()));
    putAxisTitle(panel.axisTitle, plot, m);
    chart->layout()->activate();

    QAbstractSeries *ref = points;
    for (int i = 0; i < n; ++i) {
        const ChartSpec::Event &e = panel.events[i];
        const QPointF a = chart->mapToScene(
            chart->mapToPosition(QPointF(double(e.start.toMSecsSinceEpoch()), i), ref));
        const QPointF b = chart->mapToScene(
            chart->mapToPosition(QPointF(double(e.end.toMSecsSinceEpoch()), i), ref));
        const qreal half = std::min(rowHeight * 0.6, m.base * 1.1) / 2;
        const QRectF markRect(QPointF(a.x() - half, a.y() - half),
                              QPointF(b.x() + half, b.y() + half));
        m_marks << Mark{Mark::Kind::Point, e.figureId, {}, {}, markRect, colour};
        const QString label = wrapLines(e.label, m.label, labelWidth - m.pad * 1.5, labelLines);
        const QRectF labelRect =
            putLines(this, label, m.label, m_theme.text, plot.left() - m.pad, a.y(), true);
        m_marks << Mark{Mark::Kind::Label, e.figureId, {}, {}, labelRect, {}};
        // A faint guide from the label to the mark keeps long rows readable.
        auto *guide = addLine(QLineF(plot.left(), a.y(), a.x() - half, a.y()),
                              QPen(m_theme.line, 1, Qt::DotLine));
        guide->setZValue(1);
        auto *dateItem = putText(this, e.dateText, m.value, m_theme.text, {});
        dateItem->setPos(markRect.right() + m.pad * 0.5,
                         a.y() - dateItem->boundingRect().height() / 2);
        m_marks << Mark{Mark::Kind::Value, e.figureId, {}, {}, dateItem->sceneBoundingRect(), {}};
        const QString tag = citationTag(e.figureId);
        if (!tag.isEmpty()) {
            auto *tagItem = putText(this, u' ' + tag, m.tick, m_theme.mutedText, {});
            tagItem->setPos(dateItem->sceneBoundingRect().right(),
                            a.y() - tagItem->boundingRect().height() / 2);
        }
    }
}

void ChartScene::buildTiles(const Panel &panel, const QRectF &panelRect, const Metrics &m) {
    const QRectF rect = panelHeader(panel, panelRect, m);
    const int n = int(panel.tiles.size());
    if (n == 0)
        return;
    const int columns = rect.width() > m.base * 30 ? 2 : 1;
    const int rows = (n + columns - 1) / columns;
    const qreal gap = m.pad;
    const qreal w = (rect.width() - gap * (columns - 1)) / columns;
    qreal least = 0; // every tile tall enough for its number and its words
    for (const ChartSpec::Tile &tile : panel.tiles)
        least = std::max(least, m.pad * 2 + lineHeight(m.big) + tileUnitHeight(tile, w, m));
    const qreal h = std::max(
        least, std::min((rect.height() - gap * (rows - 1)) / rows, std::max(least, m.base * 7.5)));
    for (int i = 0; i < n; ++i) {
        const ChartSpec::Tile &tile = panel.tiles[i];
        const QRectF cell(rect.left() + (i % columns) * (w + gap),
                          rect.top() + (i / columns) * (h + gap), w, h);
        auto *box = addRect(cell, QPen(m_theme.line, 1), m_theme.surface);
        box->setZValue(2);
        auto *stripe = addRect(QRectF(cell.left(), cell.top(), m.pad * 0.6, cell.height()),
                               Qt::NoPen, ChartSpec::colour(tile.colour, m_theme));
        stripe->setZValue(3);
        const qreal inset = m.pad * 1.6;
        QString value = tile.value;
        const QString tag = citationTag(tile.figureId);
        // A number wider than a narrow tile is set smaller, never cut.
        QFont bigFont = m.big;
        const qreal room =
            cell.width() - inset - m.pad - (tag.isEmpty() ? 0 : textWidth(m.tick, u' ' + tag));
        if (const qreal w = textWidth(bigFont, value); w > room && room > 0)
            bigFont.setPixelSize(std::max(1, int(bigFont.pixelSize() * room / w)));
        auto *big = putText(this, value, bigFont, m_theme.text,
                            QPointF(cell.left() + inset, cell.top() + m.pad));
        if (!tag.isEmpty())
            putText(this, u' ' + tag, m.tick, m_theme.mutedText,
                    QPointF(big->sceneBoundingRect().right(), cell.top() + m.pad));
        auto *text = new QGraphicsTextItem;
        text->setFont(m.label);
        text->setDefaultTextColor(m_theme.text);
        text->setPlainText(tile.unit);
        text->setTextWidth(cell.width() - inset - m.pad);
        text->document()->setDocumentMargin(0);
        text->setPos(cell.left() + inset, big->sceneBoundingRect().bottom());
        text->setZValue(5);
        addItem(text);
        const bool marked = m_spec.disagreements.contains(tile.figureId);
        if (marked) {
            box->setPen(QPen(m_theme.warning, m.base * 0.22, Qt::DashLine));
            auto *marker = putText(
                this, tr("⚠ sources disagree"), m.label, m_theme.warning,
                QPointF(cell.left() + inset, cell.bottom() - lineHeight(m.label) - m.pad * 0.5));
            m_marks << Mark{
                Mark::Kind::Marker,          {}, {}, m_spec.disagreements.value(tile.figureId),
                marker->sceneBoundingRect(), {}};
        }
        m_marks << Mark{Mark::Kind::Tile, tile.figureId, {}, {}, cell, {}};
    }
}

void ChartScene::buildFacts(const Panel &panel, const QRectF &panelRect, const Metrics &m) {
    const QRectF rect = panelHeader(panel, panelRect, m);
    qreal y = rect.top();
    for (const ChartSpec::FactNote &note : panel.facts) {
        const Fact *fact = m_catalogue.fact(note.factId);
        if (!fact)
            continue;
        auto *text = new QGraphicsTextItem;
        text->setFont(m.label);
        text->setDefaultTextColor(m_theme.text);
        text->document()->setDocumentMargin(0);
        text->setTextWidth(rect.width() - m.pad * 2);
        text->setHtml(factHtml(note, *fact));
        if (y + text->boundingRect().height() > rect.bottom() + 0.5) {
            delete text; // a fact is shown whole or not at all
            break;
        }
        text->setPos(rect.left() + m.pad * 1.5, y);
        text->setZValue(5);
        addItem(text);
        const QRectF box = text->sceneBoundingRect();
        auto *bar = addRect(QRectF(rect.left(), box.top(), m.pad * 0.5, box.height()), Qt::NoPen,
                            ChartSpec::colour(ChartSpec::Colour::Network, m_theme));
        bar->setZValue(5);
        m_marks << Mark{
            Mark::Kind::Fact, {}, note.factId, {}, box.adjusted(-m.pad * 1.5, 0, 0, 0), {}};
        y = box.bottom() + m.pad * 1.5;
    }
}

QString ChartScene::factHtml(const ChartSpec::FactNote &note, const Fact &fact) const {
    QString html = QStringLiteral("<b>%1</b>").arg(note.text.toHtmlEscaped());
    const int n = m_dropped >= 2 ? 0 : m_spec.citation(fact.source);
    if (n > 0)
        html += QStringLiteral(" <span style='color:%1'>[%2]</span>")
                    .arg(m_theme.mutedText.name())
                    .arg(n);
    if (!fact.quote.isEmpty() && m_dropped < 3)
        html += u"<br>"_qs + FigureFormat::passageHtml(m_catalogue, fact.source, fact.quote, 160);
    const QString translation = m_catalogue.translationOf(fact.source, fact.translations);
    if (!translation.isEmpty() && m_dropped < 4)
        html += QStringLiteral("<br><span style='color:%1'><i>%2</i></span>")
                    .arg(m_theme.mutedText.name(),
                         FigureFormat::passageStart(translation, 200).toHtmlEscaped());
    return html;
}

QString ChartScene::footerHtml() const {
    if (m_dropped >= 2)
        return {};
    QStringList parts;
    for (const QString &note : m_spec.notes) {
        if (m_dropped < 1)
            parts << note.toHtmlEscaped();
    }
    if (!m_spec.disagreements.isEmpty())
        parts << tr("⚠ and a dashed outline: the reports disagree about this figure (see the "
                    "consistency checks).")
                     .toHtmlEscaped();
    QStringList sources;
    for (int i = 0; i < m_spec.sourceIds.size(); ++i) {
        sources << QStringLiteral("[%1] %2 (%3)")
                       .arg(i + 1)
                       .arg(m_spec.sourceIds[i].toHtmlEscaped(),
                            FigureFormat::documentName(m_catalogue, m_spec.sourceIds[i])
                                .toHtmlEscaped());
    }
    QString html = parts.join(QStringLiteral("<br>"));
    if (!sources.isEmpty())
        html += QStringLiteral("<br><b>%1</b> ").arg(tr("Sources:")) +
                sources.join(QStringLiteral(" · ")) + QStringLiteral(". ") +
                DerivedMark::legend().toHtmlEscaped() + u'.';
    return html;
}

void ChartScene::rebuild(const QSizeF &size, const Theme &theme, bool printing, bool transparent,
                         qreal basePixelSize) {
    clear();
    m_charts.clear();
    m_marks.clear();
    m_highlightItems.clear();
    m_theme = theme;
    m_printing = printing;
    m_fixedBase = basePixelSize;
    setSceneRect(QRectF(QPointF(0, 0), size));
    setBackgroundBrush(transparent ? QBrush(Qt::NoBrush) : QBrush(theme.background));
    const Metrics m(size, m_fixedBase);
    const qreal width = size.width() - m.pad * 4;

    // Panels in one column share its height: each gets at least what it needs, the rest goes
    // by the spec's proportions. What does not fit is dropped, least important first.
    auto columnKey = [](const Panel &panel) {
        return QStringLiteral("%1/%2").arg(panel.cell.left()).arg(panel.cell.width());
    };
    QList<QRectF> rects;
    qreal footerHeight = 0;
    m_shortfall = 0;
    for (m_dropped = 0; m_dropped <= 4; ++m_dropped) {
        QTextDocument footerDoc;
        footerDoc.setDefaultFont(m.note);
        footerDoc.setDocumentMargin(0);
        footerDoc.setTextWidth(width);
        footerDoc.setHtml(footerHtml());
        footerHeight = footerHtml().isEmpty() ? -m.pad * 1.5 : footerDoc.size().height();
        const QRectF area(m.pad * 2, m.pad * 1.5, width,
                          size.height() - footerHeight - m.pad * 4.5);
        rects.clear();
        bool fits = true;
        m_shortfall = 0; // of this level; the last level's stays when none fits
        QHash<QString, QList<int>> columns;
        for (int i = 0; i < int(m_spec.panels.size()); ++i)
            columns[columnKey(m_spec.panels.at(i))] << i;
        rects.resize(m_spec.panels.size());
        for (const QList<int> &column : std::as_const(columns)) {
            const Panel &first = m_spec.panels.at(column.first());
            const qreal gapX = first.cell.left() > 0 ? m.pad * 2 : 0;
            const qreal x = area.left() + first.cell.left() * area.width() + gapX;
            const qreal w = first.cell.width() * area.width() - gapX;
            qreal needs = 0, shares = 0;
            QList<qreal> need;
            for (int i : column) {
                need << panelNeed(m_spec.panels.at(i), w, m);
                needs += need.last();
                shares += m_spec.panels.at(i).cell.height();
            }
            const qreal gaps = (column.size() - 1) * m.pad * 1.6;
            const qreal spare = area.height() - needs - gaps;
            fits = fits && spare >= 0;
            m_shortfall = std::max(m_shortfall, -spare);
            qreal y = area.top();
            for (int k = 0; k < column.size(); ++k) {
                const Panel &panel = m_spec.panels.at(column[k]);
                const qreal h = need[k] + std::max<qreal>(0, spare) * panel.cell.height() /
                                              std::max(shares, 1e-9);
                rects[column[k]] = QRectF(x, y, w, h);
                y += h + m.pad * 1.6;
            }
        }
        if (fits) {
            m_shortfall = 0;
            break;
        }
    }
    m_dropped = std::min(m_dropped, 4);

    if (footerHeight > 0) {
        auto *footer = new QGraphicsTextItem;
        footer->setFont(m.note);
        footer->setDefaultTextColor(theme.mutedText);
        footer->document()->setDocumentMargin(0);
        footer->setTextWidth(width);
        footer->setHtml(footerHtml());
        footer->setPos(m.pad * 2, size.height() - m.pad - footerHeight);
        addItem(footer);
        auto *rule =
            addLine(QLineF(m.pad * 2, size.height() - m.pad * 1.6 - footerHeight,
                           size.width() - m.pad * 2, size.height() - m.pad * 1.6 - footerHeight),
                    QPen(theme.line, 1));
        rule->setZValue(1);
    }
    auto panelRect = [&](const Panel &panel) {
        return rects.value(&panel - std::as_const(m_spec.panels).constData());
    };
    // Bar panels stacked in one column share their label column and their room for values,
    // so their axes start and end at the same x.
    QHash<QString, qreal> labelWidths, reserves;
    for (const Panel &panel : std::as_const(m_spec.panels)) {
        if (panel.kind == Panel::Kind::Bars) {
            const QString key = columnKey(panel);
            labelWidths[key] = std::max(labelWidths.value(key), barsLabelWidth(panel, m));
        }
    }
    for (const Panel &panel : std::as_const(m_spec.panels)) {
        if (panel.kind == Panel::Kind::Bars) {
            const QString key = columnKey(panel);
            const qreal plotWidth = panelRect(panel).width() - labelWidths.value(key);
            reserves[key] = std::max(reserves.value(key), barsReserve(panel, plotWidth, m));
        }
    }
    for (const Panel &panel : std::as_const(m_spec.panels)) {
        const QRectF rect = panelRect(panel);
        switch (panel.kind) {
        case Panel::Kind::Bars:
            buildBars(panel, rect, m, labelWidths.value(columnKey(panel)),
                      reserves.value(columnKey(panel)));
            break;
        case Panel::Kind::Timeline:
            buildTimeline(panel, rect, m);
            break;
        case Panel::Kind::Tiles:
            buildTiles(panel, rect, m);
            break;
        case Panel::Kind::Facts:
            buildFacts(panel, rect, m);
            break;
        }
    }
    updateHighlight();
    updateFocusOrder();
}

void ChartScene::updateFocusOrder() {
    // One stop per thing a mark leads to: a bar and its value label lead to the same passage.
    // Labels and values count only where nothing else on the chart shows their figure.
    m_focusOrder.clear();
    QSet<QString> seen;
    const auto keyOf = [](const Mark &mark) {
        return mark.checkIds.isEmpty() ? mark.figureId + u'|' + mark.factId
                                       : u"check|"_qs + mark.checkIds.join(u',');
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_marks.size(); ++i) {
            const Mark &mark = m_marks.at(i);
            const bool secondary = mark.kind == Mark::Kind::Label || mark.kind == Mark::Kind::Value;
            if (secondary != (pass == 1) || keyOf(mark) == u"|")
                continue;
            if (seen.contains(keyOf(mark)))
                continue;
            seen.insert(keyOf(mark));
            m_focusOrder.append(i);
        }
    }
    // Reading order: top to bottom, then left to right.
    std::stable_sort(m_focusOrder.begin(), m_focusOrder.end(), [this](int a, int b) {
        const QRectF &ra = m_marks.at(a).rect;
        const QRectF &rb = m_marks.at(b).rect;
        if (std::abs(ra.center().y() - rb.center().y()) > std::max(ra.height(), rb.height()) / 2)
            return ra.center().y() < rb.center().y();
        return ra.center().x() < rb.center().x();
    });
}

const ChartScene::Mark *ChartScene::markAt(const QPointF &scenePos) const {
    // Markers first (they sit on top of labels), then the smallest mark containing the point.
    const Mark *best = nullptr;
    for (const Mark &mark : m_marks) {
        if (!mark.rect.contains(scenePos))
            continue;
        if (!mark.checkIds.isEmpty())
            return &mark;
        if (!best ||
            mark.rect.width() * mark.rect.height() < best->rect.width() * best->rect.height())
            best = &mark;
    }
    return best;
}

QRectF ChartScene::figureRect(const QString &figureId) const {
    QRectF united;
    for (const Mark &mark : m_marks) {
        if (mark.figureId == figureId && mark.checkIds.isEmpty())
            united = united.isNull() ? mark.rect : united.united(mark.rect);
    }
    return united;
}

void ChartScene::setHighlighted(const QString &figureId) {
    m_highlighted = figureId;
    updateHighlight();
}

void ChartScene::updateHighlight() {
    for (QGraphicsRectItem *item : std::as_const(m_highlightItems)) {
        removeItem(item);
        delete item;
    }
    m_highlightItems.clear();
    if (m_printing || m_highlighted.isEmpty())
        return;
    const QStringList ids{m_highlighted};
    const Metrics m(sceneRect().size(), m_fixedBase);
    // One outline per row: the label, bar and value of a figure drawn side by side are united.
    QList<QRectF> rows;
    for (const QString &id : std::as_const(ids)) {
        QList<QRectF> figureRows;
        for (const Mark &mark : std::as_const(m_marks)) {
            if (mark.figureId != id || !mark.checkIds.isEmpty())
                continue;
            bool merged = false;
            for (QRectF &row : figureRows) {
                if (std::abs(row.center().y() - mark.rect.center().y()) < m.base * 0.6) {
                    row = row.united(mark.rect);
                    merged = true;
                    break;
                }
            }
            if (!merged)
                figureRows << mark.rect;
        }
        rows << figureRows;
    }
    // Outlines hug their row: a little wider than it, never taller than half the gap.
    const qreal grow = std::max<qreal>(2, m.base * 0.12);
    for (const QRectF &row : std::as_const(rows)) {
        auto *item = addRect(row.adjusted(-grow * 1.5, -grow * 0.5, grow * 1.5, grow * 0.5),
                             QPen(m_theme.accent, std::max<qreal>(2, m.base * 0.16)), Qt::NoBrush);
        item->setZValue(20);
        m_highlightItems << item;
    }
}

} // namespace colossus
