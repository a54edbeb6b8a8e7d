#include "tour/TourStepPicture.h"

#include "catalogue/Catalogue.h"
#include "catalogue/FigureFormat.h"
#include "charts/ChartPicture.h"
#include "export/ViewRegistry.h"

#include <QFontMetricsF>
#include <QPainter>

namespace colossus {

namespace {

constexpr qreal captionScale = 1.1; // the caption a little larger than the citations

QString oneLine(QString text) {
    return text.replace(u'\n', u' ').simplified();
}

qreal lineHeight(qreal bodyPixelSize) {
    return QFontMetricsF(Theme::font(bodyPixelSize)).height() * 1.15;
}

qreal padding(qreal bodyPixelSize) {
    return bodyPixelSize * 0.6;
}

QRectF captionTextRect(const QString &caption, qreal width, qreal bodyPixelSize) {
    const QFontMetricsF metrics(Theme::font(bodyPixelSize * captionScale));
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft,
                                caption);
}

} // namespace

TourStepPicture::TourStepPicture(const Catalogue &catalogue, const Tour &tour, int index,
                                 std::unique_ptr<Picture> view)
    : m_catalogue(catalogue)
    , m_step(tour.steps.value(index))
    , m_tourTitle(tour.title)
    , m_index(index)
    , m_count(tour.stepCount())
    , m_view(std::move(view)) {
}

std::unique_ptr<TourStepPicture>
TourStepPicture::create(const Catalogue &catalogue, const Tour &tour, int index, QString *error) {
    if (index < 0 || index >= tour.stepCount()) {
        if (error)
            *error = QStringLiteral("the tour has no step %1").arg(index + 1);
        return nullptr;
    }
    const TourStep &step = tour.steps.at(index);
    QString viewError;
    const QString scenario =
        step.scenario.isEmpty() ? ViewRegistry::defaultScenarioId() : step.scenario;
    std::unique_ptr<Picture> view =
        ViewRegistry::create(catalogue, step.view, scenario, &viewError);
    if (!view) {
        if (error)
            *error = QStringLiteral("steps[%1].view: %2").arg(index).arg(viewError);
        return nullptr;
    }
    // A chart step points at its figures: outline them, so two steps on one chart differ.
    if (auto *chart = dynamic_cast<ChartPicture *>(view.get()))
        chart->setEmphasised(step.figures);
    return std::make_unique<TourStepPicture>(catalogue, tour, index, std::move(view));
}

QString TourStepPicture::title() const {
    return QStringLiteral("%1. %2")
        .arg(m_index + 1)
        .arg(TourText::resolve(m_step.title, m_catalogue));
}

QString TourStepPicture::subtitle() const {
    return QStringLiteral("%1, step %2 of %3").arg(m_tourTitle).arg(m_index + 1).arg(m_count);
}

QStringList TourStepPicture::sourceIds() const {
    QStringList ids = m_view ? m_view->sourceIds() : QStringList();
    for (const QString &id : sourceIdsOf(m_step, m_catalogue)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void TourStepPicture::paintContent(QPainter &painter, const QRectF &area,
                                   const PaintOptions &options) const {
    // Handouts are read on paper and on a projector: size the type from the page height.
    const qreal body = handoutBodyPixelSize(area.height());
    const QRectF viewArea = this->viewArea(area);
    const qreal band = area.bottom() - viewArea.bottom();
    if (m_view) {
        painter.save();
        painter.setClipRect(viewArea);
        const qreal magnified = viewMagnification(area.height() * 1.3, viewArea.height());
        painter.translate(viewArea.topLeft());
        painter.scale(magnified, magnified);
        paintView(painter, QRectF(QPointF(0, 0), viewArea.size() / magnified), body / magnified,
                  options);
        painter.restore();
    }
    paintCaption(painter, QRectF(area.left(), viewArea.bottom(), area.width(), band), m_step,
                 m_catalogue, options, body);
}

QRectF TourStepPicture::viewArea(const QRectF &area) const {
    const qreal body = handoutBodyPixelSize(area.height());
    const qreal band =
        qMin(area.height() * 0.55, captionHeight(m_step, m_catalogue, area.width(), body));
    return QRectF(area.left(), area.top(), area.width(), area.height() - band);
}

qreal TourStepPicture::viewMagnification(qreal roomHeight, qreal viewHeight) const {
    if (dynamic_cast<const ChartPicture *>(m_view.get()))
        return 1.0;
    return magnification(roomHeight, viewHeight);
}

void TourStepPicture::paintView(QPainter &painter, const QRectF &logicalArea, qreal bodyPixelSize,
                                const PaintOptions &options) const {
    if (const auto *chart = dynamic_cast<const ChartPicture *>(m_view.get()))
        chart->paintContent(painter, logicalArea, options, chartBasePixelSize(bodyPixelSize));
    else if (m_view)
        m_view->paintContent(painter, logicalArea, options);
}

std::optional<TourStepPicture::Citation> TourStepPicture::citation(const Catalogue &catalogue,
                                                                   const QString &id, bool isFact) {
    Citation c;
    c.figureId = id;
    if (isFact) {
        const Fact *fact = catalogue.fact(id);
        if (!fact)
            return std::nullopt;
        c.label = fact->label;
        c.document = QStringLiteral("%1 (%2)").arg(
            FigureFormat::documentName(catalogue, fact->source), fact->source.section(u'_', 0, 0));
        c.passage = oneLine(fact->quote);
        c.translation = oneLine(fact->translation);
        return c;
    }
    const Figure *figure = catalogue.figure(id);
    if (!figure)
        return std::nullopt;
    c.label = figure->label;
    c.value = FigureFormat::value(*figure);
    if (figure->isDerived()) {
        c.document =
            QStringLiteral("derived: %1").arg(FigureFormat::arithmetic(catalogue, *figure));
    } else {
        c.document =
            QStringLiteral("%1 (%2)").arg(FigureFormat::documentName(catalogue, figure->source),
                                          figure->source.section(u'_', 0, 0));
        c.passage = oneLine(figure->quote);
        c.translation = oneLine(figure->translation);
    }
    return c;
}

QList<TourStepPicture::Citation> TourStepPicture::citations(const TourStep &step,
                                                            const Catalogue &catalogue) {
    QList<Citation> result;
    for (const QString &id : step.figures) {
        if (const std::optional<Citation> c = citation(catalogue, id, false))
            result.append(*c);
    }
    return result;
}

QString TourStepPicture::citationText(const Citation &citation) {
    QString text =
        QStringLiteral("%1: %2, %3").arg(citation.label, citation.value, citation.document);
    if (!citation.passage.isEmpty())
        text += QStringLiteral(": \u201c%1\u201d").arg(citation.passage);
    return text;
}

QStringList TourStepPicture::sourceIdsOf(const TourStep &step, const Catalogue &catalogue) {
    QStringList ids;
    QStringList pending = step.figures;
    QStringList seen;
    // Derived figures cite the documents of their inputs.
    while (!pending.isEmpty()) {
        const QString id = pending.takeFirst();
        if (seen.contains(id))
            continue;
        seen.append(id);
        const Figure *figure = catalogue.figure(id);
        if (!figure)
            continue;
        if (figure->isDerived())
            pending.append(figure->inputs);
        else if (!figure->source.isEmpty() && !ids.contains(figure->source))
            ids.append(figure->source);
    }
    return ids;
}

qreal TourStepPicture::captionHeight(const TourStep &step, const Catalogue &catalogue, qreal width,
                                     qreal bodyPixelSize) {
    const qreal pad = padding(bodyPixelSize);
    const QString caption = TourText::resolve(step.caption, catalogue);
    const qreal text = captionTextRect(caption, width - 2 * pad, bodyPixelSize).height();
    const qsizetype lines = citations(step, catalogue).size();
    return pad + text + pad * 0.6 + lines * lineHeight(bodyPixelSize) + pad;
}

QList<QRectF> TourStepPicture::citationRects(const TourStep &step, const Catalogue &catalogue,
                                             const QRectF &rect, qreal bodyPixelSize) {
    const qreal pad = padding(bodyPixelSize);
    const QString caption = TourText::resolve(step.caption, catalogue);
    const qreal text = captionTextRect(caption, rect.width() - 2 * pad, bodyPixelSize).height();
    const qreal line = lineHeight(bodyPixelSize);
    qreal y = rect.top() + pad + text + pad * 0.6;
    QList<QRectF> rects;
    for (qsizetype i = 0, n = citations(step, catalogue).size(); i < n; ++i, y += line)
        rects.append(QRectF(rect.left() + pad, y, rect.width() - 2 * pad, line));
    return rects;
}

void TourStepPicture::paintCaption(QPainter &painter, const QRectF &rect, const TourStep &step,
                                   const Catalogue &catalogue, const PaintOptions &options,
                                   qreal bodyPixelSize) {
    const Theme &theme = options.theme;
    const qreal pad = padding(bodyPixelSize);
    painter.save();
    painter.setClipRect(rect);
    if (!options.transparent)
        painter.fillRect(rect, theme.background);
    painter.setPen(QPen(theme.line, qMax<qreal>(1, bodyPixelSize / 16)));
    painter.drawLine(QPointF(rect.left() + pad, rect.top()),
                     QPointF(rect.right() - pad, rect.top()));

    const qreal width = rect.width() - 2 * pad;
    const QString caption = TourText::resolve(step.caption, catalogue);
    const QRectF captionRect = captionTextRect(caption, width, bodyPixelSize)
                                   .translated(rect.left() + pad, rect.top() + pad);
    painter.setFont(Theme::font(bodyPixelSize * captionScale));
    painter.setPen(theme.text);
    painter.drawText(captionRect.adjusted(0, 0, 1, 0), Qt::TextWordWrap | Qt::AlignLeft, caption);

    const QFont labelFont = Theme::font(bodyPixelSize, true);
    const QFont restFont = Theme::font(bodyPixelSize);
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF restMetrics(restFont);
    const qreal line = lineHeight(bodyPixelSize);
    qreal y = captionRect.bottom() + pad * 0.6;
    for (const Citation &c : citations(step, catalogue)) {
        const QRectF lineRect(rect.left() + pad, y, width, line);
        const qreal marker = bodyPixelSize * 0.35;
        painter.fillRect(
            QRectF(lineRect.left(), lineRect.center().y() - marker / 2, marker, marker),
            theme.accent);
        const qreal indent = marker * 2.2;
        const QString label = QStringLiteral("%1: %2").arg(c.label, c.value);
        const QString shownLabel = labelMetrics.elidedText(label, Qt::ElideRight, width - indent);
        painter.setFont(labelFont);
        painter.setPen(theme.text);
        painter.drawText(lineRect.adjusted(indent, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         shownLabel);
        const qreal used = indent + labelMetrics.horizontalAdvance(shownLabel);
        QString rest = QStringLiteral("  \u2014 %1").arg(c.document);
        if (!c.passage.isEmpty())
            rest += QStringLiteral(": \u201c%1\u201d").arg(c.passage);
        const qreal room = width - used;
        if (room > bodyPixelSize * 2) {
            painter.setFont(restFont);
            painter.setPen(theme.mutedText);
            painter.drawText(QRectF(lineRect.left() + used, y, room, line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             restMetrics.elidedText(rest, Qt::ElideRight, room));
        }
        y += line;
    }
    painter.restore();
}

} // namespace colossus
