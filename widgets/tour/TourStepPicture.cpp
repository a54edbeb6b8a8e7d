#include "tour/TourStepPicture.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DerivedMark.h"
#include "catalogue/FigureFormat.h"
#include "charts/ChartPicture.h"
#include "diagram/DiagramPicture.h"
#include "style/RoomType.h"
#include "views/ViewRegistry.h"

#include <QCache>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QMutex>
#include <QPainter>
#include <atomic>
#include <cmath>

namespace colossus {

namespace {

// The caption a little larger than the citations, our translations a little smaller; with
// the body at 1/36 of the room, they are 1/30 and 1/40 (RoomType).
constexpr qreal captionScale = 1.2;
constexpr qreal translationScale = 0.9;

QString oneLine(QString text) {
    return text.replace(u'\n', u' ').simplified();
}

qreal lineHeight(qreal bodyPixelSize) {
    return QFontMetricsF(Theme::font(bodyPixelSize)).height() * 1.15;
}

qreal padding(qreal bodyPixelSize) {
    return bodyPixelSize * 0.6;
}

// Our translation: a shorter line under the passage, smaller and in italics.
QFont translationFont(qreal bodyPixelSize) {
    QFont font = Theme::font(RoomType::up(bodyPixelSize * translationScale));
    font.setItalic(true);
    return font;
}

QFont captionFont(qreal bodyPixelSize) {
    return Theme::font(RoomType::up(bodyPixelSize * captionScale));
}

qreal markerSize(qreal bodyPixelSize) {
    return bodyPixelSize * 0.35;
}

// As much of text as fits in width, centred on anchor so the cited number is always shown;
// "…" where it is cut. From the start when there is no anchor.
QString excerptAround(const QString &text, const QString &anchor, const QFontMetricsF &metrics,
                      qreal width) {
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const qsizetype at = anchor.isEmpty() ? -1 : text.indexOf(anchor);
    if (at < 0)
        return metrics.elidedText(text, Qt::ElideRight, width);
    const QString ellipsis(QChar(0x2026));
    qsizetype from = at, to = at + anchor.size();
    auto shown = [&](qsizetype a, qsizetype b) {
        return (a > 0 ? ellipsis : QString()) + text.mid(a, b - a) +
               (b < text.size() ? ellipsis : QString());
    };
    bool grew = true;
    while (grew) {
        grew = false;
        if (from > 0 && metrics.horizontalAdvance(shown(from - 1, to)) <= width) {
            --from;
            grew = true;
        }
        if (to < text.size() && metrics.horizontalAdvance(shown(from, to + 1)) <= width) {
            ++to;
            grew = true;
        }
    }
    return shown(from, to);
}

QRectF captionTextRect(const QString &caption, qreal width, qreal bodyPixelSize) {
    const QFontMetricsF metrics(captionFont(bodyPixelSize));
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft,
                                caption);
}

} // namespace

TourStepPicture::TourStepPicture(const Catalogue &catalogue, const Tour &tour, int index,
                                 std::unique_ptr<Picture> view)
    : m_catalogue(catalogue)
    , m_step(tour.steps.value(index))
    , m_tourTitle(tour.title.text())
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
    // A chart step shows only its figures' marks: fewer and larger, and two steps on one chart
    // differ. No outline marks them: in a handout it would read as a selection.
    if (auto *chart = dynamic_cast<ChartPicture *>(view.get()))
        chart->showOnly(step.figures);
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

qreal TourStepPicture::bodyPixelSize(qreal height) {
    return RoomType(qMax<qreal>(height, 1)).body;
}

void TourStepPicture::paintContent(QPainter &painter, const QRectF &area,
                                   const PaintOptions &options) const {
    // Handouts are read on paper and on a projector: size the type from the page height.
    const qreal room = roomHeight(area, options);
    const qreal body = bodyPixelSize(room);
    const Placement placed = placement(area, options);
    if (m_view) {
        painter.save();
        painter.setClipRect(placed.view);
        const qreal magnified = viewMagnification(room, placed.view.height());
        painter.translate(placed.view.topLeft());
        painter.scale(magnified, magnified);
        paintView(painter, QRectF(QPointF(0, 0), placed.view.size() / magnified),
                  viewOptions(options, room, magnified));
        painter.restore();
    }
    paintCaption(painter, placed.caption, m_step, m_catalogue, options, body);
}

TourStepPicture::Placement TourStepPicture::placement(const QRectF &area,
                                                      const PaintOptions &options) const {
    // The citations themselves stay (up to 60 % of the page); translations give way first.
    return place(area, bodyPixelSize(roomHeight(area, options)), area.height() * captionShare(),
                 area.height() * 0.6);
}

TourStepPicture::Placement TourStepPicture::place(const QRectF &area, qreal body, qreal bandLimit,
                                                  qreal bandMaximum) const {
    if (showsTallView()) {
        // A rack is about a third as wide as it is tall: the view is wide enough for it, its
        // U numbers and a neighbour, and the caption takes the rest of the width.
        const qreal width =
            std::clamp(area.height() * 0.75, area.width() * 0.3, area.width() * 0.45);
        const QRectF view(area.left(), area.top(), width, area.height());
        return {view, QRectF(view.right() + body * 0.5, area.top(),
                             area.right() - view.right() - body * 0.5, area.height())};
    }
    const qreal band =
        qMin(bandMaximum, captionHeight(m_step, m_catalogue, area.width(), body, bandLimit));
    return {QRectF(area.left(), area.top(), area.width(), area.height() - band),
            QRectF(area.left(), area.bottom() - band, area.width(), band)};
}

bool TourStepPicture::showsChart() const {
    return dynamic_cast<const ChartPicture *>(m_view.get()) != nullptr;
}

bool TourStepPicture::showsTallView() const {
    const auto *diagram = dynamic_cast<const DiagramPicture *>(m_view.get());
    return diagram && diagram->path().level() == ElementPath::Level::Rack;
}

qreal TourStepPicture::viewMagnification(qreal roomHeight, qreal viewHeight) const {
    if (dynamic_cast<const ChartPicture *>(m_view.get()))
        return 1.0;
    return magnification(roomHeight, viewHeight);
}

PaintOptions TourStepPicture::viewOptions(const PaintOptions &options, qreal roomHeight,
                                          qreal magnified) {
    PaintOptions view = options;
    view.minimumTextPx = RoomType(roomHeight).minimumAt(magnified);
    view.pageHeight = 0; // the view has no page of its own
    return view;
}

void TourStepPicture::paintView(QPainter &painter, const QRectF &logicalArea,
                                const PaintOptions &options) const {
    if (const auto *chart = dynamic_cast<const ChartPicture *>(m_view.get()))
        chart->paintContent(painter, logicalArea, options,
                            options.minimumTextPx > 0 ? chartBasePixelSize(options.minimumTextPx)
                                                      : 0);
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
        c.label = fact->label();
        c.document = QStringLiteral("%1 (%2)").arg(
            FigureFormat::documentName(catalogue, fact->source), fact->source.section(u'_', 0, 0));
        c.passage = oneLine(fact->quote);
        if (const SourceDocument *document = catalogue.source(fact->source))
            c.passageLanguages = document->languages;
        c.translation = oneLine(catalogue.translationOf(fact->source, fact->translations));
        return c;
    }
    const Figure *figure = catalogue.figure(id);
    if (!figure)
        return std::nullopt;
    c.label = figure->label();
    c.value = FigureFormat::value(*figure);
    if (figure->isDerived()) {
        c.document = DerivedMark::accessibleText(catalogue, *figure); // "derived: 100 ÷ 8 = …"
    } else {
        c.document =
            QStringLiteral("%1 (%2)").arg(FigureFormat::documentName(catalogue, figure->source),
                                          figure->source.section(u'_', 0, 0));
        c.passage = oneLine(figure->quote);
        if (const SourceDocument *document = catalogue.source(figure->source))
            c.passageLanguages = document->languages;
        c.written = figure->written;
        c.translation = oneLine(catalogue.translationOf(figure->source, figure->translations));
        // The number in our translation: as written, or as we print it.
        for (const QString &form : {figure->written, FigureFormat::number(figure->value)}) {
            if (!form.isEmpty() && c.translation.contains(form)) {
                c.translationAnchor = form;
                break;
            }
        }
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
    for (const QString &id : step.facts) {
        if (const std::optional<Citation> c = citation(catalogue, id, true))
            result.append(*c);
    }
    return result;
}

QString TourStepPicture::citationText(const Citation &citation) {
    QString text =
        QStringLiteral("%1: %2, %3").arg(citation.label, citation.value, citation.document);
    if (!citation.passage.isEmpty())
        text += QStringLiteral(": \u201c%1\u201d").arg(citation.passage);
    if (!citation.passage.isEmpty() && !citation.translation.isEmpty())
        text += QCoreApplication::translate("TourStepPicture", " (our translation: “%1”)")
                    .arg(citation.translation);
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
    for (const QString &id : step.facts) {
        const Fact *fact = catalogue.fact(id);
        if (fact && !fact->source.isEmpty() && !ids.contains(fact->source))
            ids.append(fact->source);
    }
    return ids;
}

namespace {

TourStepPicture::CaptionLayout layoutWithTranslations(const TourStep &step,
                                                      const Catalogue &catalogue,
                                                      const QRectF &rect, qreal bodyPixelSize,
                                                      qsizetype translations);

} // namespace

namespace {

// What a caption layout depends on: the caption and citations as they read with this
// catalogue (the layout's only inputs from the step), the band's rectangle and the type.
QString captionLayoutKey(const TourStep &step, const Catalogue &catalogue, const QRectF &rect,
                         qreal bodyPixelSize) {
    QStringList key{
        TourText::resolve(step.caption, catalogue), QString::number(rect.x(), 'g', 17),
        QString::number(rect.y(), 'g', 17),         QString::number(rect.width(), 'g', 17),
        QString::number(rect.height(), 'g', 17),    QString::number(bodyPixelSize, 'g', 17),
        Theme::font(bodyPixelSize).family()};
    for (const TourStepPicture::Citation &c : TourStepPicture::citations(step, catalogue)) {
        key << c.figureId << c.label << c.value << c.document << c.passage << c.written
            << c.translation << c.translationAnchor;
    }
    return key.join(QChar(0x1f));
}

} // namespace

TourStepPicture::CaptionLayout TourStepPicture::captionLayout(const TourStep &step,
                                                              const Catalogue &catalogue,
                                                              const QRectF &rect,
                                                              qreal bodyPixelSize) {
    // Laying out measures and elides every citation, and a frame asks several times (the
    // band's height, painting it, its click targets): layouts are kept per step, rectangle
    // and font.
    static QMutex mutex;
    static QCache<QString, CaptionLayout> cache(64);
    const QString key = captionLayoutKey(step, catalogue, rect, bodyPixelSize);
    {
        const QMutexLocker lock(&mutex);
        if (const CaptionLayout *kept = cache.object(key))
            return *kept;
    }
    const CaptionLayout layout = layOutCaption(step, catalogue, rect, bodyPixelSize);
    const QMutexLocker lock(&mutex);
    cache.insert(key, new CaptionLayout(layout));
    return layout;
}

TourStepPicture::CaptionLayout TourStepPicture::layOutCaption(const TourStep &step,
                                                              const Catalogue &catalogue,
                                                              const QRectF &rect,
                                                              qreal bodyPixelSize) {
    const qsizetype n = step.figures.size();
    for (qsizetype k = n; k > 0; --k) {
        CaptionLayout layout = layoutWithTranslations(step, catalogue, rect, bodyPixelSize, k);
        if (rect.height() <= 0 || layout.height <= rect.height() + 0.01)
            return layout;
    }
    return layoutWithTranslations(step, catalogue, rect, bodyPixelSize, 0);
}

namespace {

TourStepPicture::CaptionLayout layoutWithTranslations(const TourStep &step,
                                                      const Catalogue &catalogue,
                                                      const QRectF &rect, qreal bodyPixelSize,
                                                      qsizetype translations) {
    using Citation = TourStepPicture::Citation;
    using CaptionLayout = TourStepPicture::CaptionLayout;
    CaptionLayout layout;
    const qreal pad = padding(bodyPixelSize);
    const qreal width = rect.width() - 2 * pad;
    layout.caption = TourText::resolve(step.caption, catalogue);
    layout.captionRect = captionTextRect(layout.caption, width, bodyPixelSize)
                             .translated(rect.left() + pad, rect.top() + pad);
    const QFontMetricsF labelMetrics(Theme::font(bodyPixelSize, true));
    const QFontMetricsF restMetrics(Theme::font(bodyPixelSize));
    const QFontMetricsF translationMetrics(translationFont(bodyPixelSize));
    const qreal line = lineHeight(bodyPixelSize);
    const qreal translationLine = translationMetrics.height() * 1.1;
    const qreal indent = markerSize(bodyPixelSize) * 2.2;
    qreal y = layout.captionRect.bottom() + pad * 0.6;
    for (const Citation &c : TourStepPicture::citations(step, catalogue)) {
        CaptionLayout::Line l;
        l.citation = c;
        l.rect = QRectF(rect.left() + pad, y, width, line);
        l.label = labelMetrics.elidedText(QStringLiteral("%1: %2").arg(c.label, c.value),
                                          Qt::ElideRight, width - indent);
        const qreal room = width - indent - labelMetrics.horizontalAdvance(l.label);
        QString document = QStringLiteral("  \u2014 %1").arg(c.document);
        if (room > bodyPixelSize * 2) {
            if (c.passage.isEmpty()) {
                l.rest = restMetrics.elidedText(document, Qt::ElideRight, room);
            } else {
                // The excerpt keeps at least the cited number; the report's name gives way.
                const QString quotes = QStringLiteral(": \u201c\u201d");
                const qreal least =
                    restMetrics.horizontalAdvance(QStringLiteral("\u2026%1\u2026").arg(c.written)) +
                    bodyPixelSize * 2;
                if (room - restMetrics.horizontalAdvance(document + quotes) < least)
                    document = restMetrics.elidedText(document, Qt::ElideRight,
                                                      room - least -
                                                          restMetrics.horizontalAdvance(quotes));
                l.passageAt = document.size() + 2;
                l.rest = document + QStringLiteral(": \u201c") +
                         excerptAround(c.passage, c.written, restMetrics,
                                       room - restMetrics.horizontalAdvance(document + quotes)) +
                         QStringLiteral("\u201d");
            }
        }
        y += line;
        if (!c.translation.isEmpty() && layout.lines.size() < translations) {
            l.translationRect =
                QRectF(rect.left() + pad + indent, y, width - indent, translationLine);
            l.translation =
                QCoreApplication::translate("TourStepPicture", "our translation: “%1”")
                    .arg(excerptAround(c.translation, c.translationAnchor, translationMetrics,
                                       l.translationRect.width() -
                                           translationMetrics.horizontalAdvance(
                                               QCoreApplication::translate("TourStepPicture",
                                                                           "our translation: “%1”")
                                                   .arg(QString()))));
            y += translationLine;
        }
        layout.lines.append(l);
    }
    layout.height = y + pad - rect.top();
    return layout;
}

} // namespace

qreal TourStepPicture::captionHeight(const TourStep &step, const Catalogue &catalogue, qreal width,
                                     qreal bodyPixelSize, qreal maxHeight) {
    return captionLayout(step, catalogue, QRectF(0, 0, width, maxHeight), bodyPixelSize).height;
}

QList<QRectF> TourStepPicture::citationRects(const TourStep &step, const Catalogue &catalogue,
                                             const QRectF &rect, qreal bodyPixelSize) {
    QList<QRectF> rects;
    for (const CaptionLayout::Line &line :
         captionLayout(step, catalogue, rect, bodyPixelSize).lines)
        rects.append(line.translationRect.isEmpty() ? line.rect
                                                    : line.rect.united(line.translationRect));
    return rects;
}

namespace {

std::atomic<bool> captionImages{true};
constexpr qint64 maximumBandPixels = 1920 * 1080 / 2;

// Where blitting an image gives the pixels drawing would: an image of 32-bit pixels, moved
// by whole pixels only, painted over opaquely.
bool blitsExactly(const QPainter &painter, const PaintOptions &options) {
    const QPaintDevice *device = painter.device();
    if (!captionImages || options.transparent || !device || device->devType() != QInternal::Image ||
        painter.opacity() != 1 || painter.compositionMode() != QPainter::CompositionMode_SourceOver)
        return false;
    const auto *image = static_cast<const QImage *>(device);
    const QTransform t = painter.deviceTransform();
    return (image->format() == QImage::Format_RGB32 ||
            image->format() == QImage::Format_ARGB32_Premultiplied) &&
           t.type() <= QTransform::TxTranslate && t.dx() == std::round(t.dx()) &&
           t.dy() == std::round(t.dy());
}

// Every pixel either left alone or covered (then blending the image over anything gives the
// pixels of drawing over it); `opaque` tells whether all are covered.
bool opaqueOrEmpty(const QImage &image, bool &opaque) {
    opaque = true;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int a = qAlpha(line[x]);
            if (a != 0 && a != 255)
                return false;
            opaque = opaque && a == 255;
        }
    }
    return true;
}

// The band's image at its device pixels, within the band as drawing would be clipped.
void blit(QPainter &painter, const QRectF &rect, const QRect &pixels, const QImage &band) {
    painter.save();
    painter.setClipRect(rect);
    const QTransform device = painter.deviceTransform();
    painter.drawImage(QPointF(pixels.topLeft()) - QPointF(device.dx(), device.dy()), band);
    painter.restore();
}

} // namespace

void TourStepPicture::setCaptionImagesEnabled(bool enabled) {
    captionImages = enabled;
}

void TourStepPicture::paintCaption(QPainter &painter, const QRectF &rect, const TourStep &step,
                                   const Catalogue &catalogue, const PaintOptions &options,
                                   qreal bodyPixelSize) {
    // A band larger than a 1080p one (a 4K slide's) would push the others out of the kept
    // images at every step of a tour: it is drawn.
    const QRect pixels = painter.deviceTransform().mapRect(rect).toAlignedRect();
    if (!blitsExactly(painter, options) || pixels.isEmpty() ||
        qint64(pixels.width()) * pixels.height() > maximumBandPixels) {
        drawCaption(painter, rect, captionLayout(step, catalogue, rect, bodyPixelSize), options,
                    bodyPixelSize);
        return;
    }
    // The band in device pixels, drawn at the same fraction of a pixel as it would be here.
    const QTransform device = painter.deviceTransform();
    const auto *target = static_cast<const QImage *>(painter.device());
    const Theme &t = options.theme;
    QStringList key{captionLayoutKey(step, catalogue, rect, bodyPixelSize),
                    QString::number(device.dx(), 'g', 17),
                    QString::number(device.dy(), 'g', 17),
                    QString::number(int(target->format())),
                    QString::number(int(painter.renderHints())),
                    QCoreApplication::translate("TourStepPicture", "our translation: “%1”")};
    for (const QColor &c : {t.background, t.line, t.text, t.mutedText, t.accent})
        key << c.name(QColor::HexArgb);
    const QString joined = key.join(QChar(0x1f));
    static QMutex mutex;
    // A 1080p band is about 3 MB: every step of a tour.
    static QCache<QString, QImage> bands(64 * 1024);
    {
        const QMutexLocker lock(&mutex);
        if (const QImage *band = bands.object(joined)) {
            blit(painter, rect, pixels, *band);
            return;
        }
    }
    const CaptionLayout layout = captionLayout(step, catalogue, rect, bodyPixelSize);
    QImage band(pixels.size(), QImage::Format_ARGB32_Premultiplied);
    band.fill(Qt::transparent);
    {
        QPainter p(&band);
        p.setRenderHints(painter.renderHints());
        p.setTransform(device * QTransform::fromTranslate(-pixels.x(), -pixels.y()));
        drawCaption(p, rect, layout, options, bodyPixelSize);
    }
    bool opaque = false;
    if (!opaqueOrEmpty(band, opaque)) {
        drawCaption(painter, rect, layout, options, bodyPixelSize);
        return;
    }
    if (opaque)
        band = band.convertToFormat(QImage::Format_RGB32); // copied, not blended
    blit(painter, rect, pixels, band);
    const QMutexLocker lock(&mutex);
    bands.insert(joined, new QImage(band), qsizetype(band.sizeInBytes() / 1024) + 1);
}

void TourStepPicture::drawCaption(QPainter &painter, const QRectF &rect,
                                  const CaptionLayout &layout, const PaintOptions &options,
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

    painter.setFont(captionFont(bodyPixelSize));
    painter.setPen(theme.text);
    painter.drawText(layout.captionRect.adjusted(0, 0, 1, 0), Qt::TextWordWrap | Qt::AlignLeft,
                     layout.caption);

    const QFont labelFont = Theme::font(bodyPixelSize, true);
    const QFont restFont = Theme::font(bodyPixelSize);
    const qreal marker = markerSize(bodyPixelSize);
    const qreal indent = marker * 2.2;
    for (const CaptionLayout::Line &line : layout.lines) {
        const QRectF &r = line.rect;
        painter.fillRect(QRectF(r.left(), r.center().y() - marker / 2, marker, marker),
                         theme.accent);
        painter.setFont(labelFont);
        painter.setPen(theme.text);
        const QRectF labelRect = r.adjusted(indent, 0, 0, 0);
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, line.label);
        const qreal used = QFontMetricsF(labelFont).horizontalAdvance(line.label);
        painter.setFont(restFont);
        painter.setPen(theme.mutedText);
        if (line.passageAt < 0) {
            painter.drawText(labelRect.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             line.rest);
        } else {
            // The excerpt in its report's font: Han characters of a Chinese passage take
            // Chinese forms on a Japanese interface, and the other way round.
            const QString before = line.rest.left(line.passageAt);
            painter.drawText(labelRect.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             before);
            const qreal beforeWidth = QFontMetricsF(restFont).horizontalAdvance(before);
            painter.setFont(Theme::passageFont(bodyPixelSize, line.citation.passageLanguages));
            painter.drawText(labelRect.adjusted(used + beforeWidth, 0, 0, 0),
                             Qt::AlignLeft | Qt::AlignVCenter, line.rest.mid(line.passageAt));
        }
        if (!line.translation.isEmpty()) {
            painter.setFont(translationFont(bodyPixelSize));
            painter.drawText(line.translationRect, Qt::AlignLeft | Qt::AlignVCenter,
                             line.translation);
        }
    }
    painter.restore();
}

} // namespace colossus
