#include "tour/TourHandout.h"

#include "catalogue/Catalogue.h"
#include "catalogue/FigureFormat.h"
#include "language/Language.h"
#include "tour/TourStepPicture.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace colossus::TourHandout {

namespace {

constexpr qreal margin = 48;           // half an inch
constexpr QSizeF slideSize(1280, 720); // the slide as a 720p projector shows it

// Latin text and digits from DejaVu Sans, CJK from Noto Sans CJK. Shaped in a Latin run, Noto
// CJK's digits come out as glyphs that PDF readers cannot map back to text (pdftotext drops
// them), and a handout must stay searchable.
// Han characters take the forms of cjkFamily: the passage's report language for a passage,
// the interface language for everything else.
QFont handoutFont(qreal pixelSize, bool bold, const QString &cjkFamily) {
    QFont f = Theme::font(pixelSize, bold);
    QString cjk = cjkFamily;
    if (cjk.isEmpty())
        cjk = Language::cjkFamily(Language::current());
    if (cjk.isEmpty())
        cjk = Language::cjkFamily(QStringLiteral("ja"));
    f.setFamilies({QStringLiteral("DejaVu Sans"), cjk});
    return f;
}

struct Block {
    QString text;
    qreal size; // pixel size at scale 1
    bool bold = false;
    bool muted = false;
    qreal spaceBefore = 0; // in multiples of the size
    QString cjkFamily;     // empty: the interface language's
};

QString languageNames(const QStringList &codes) {
    QStringList names;
    for (const QString &code : codes)
        names.append(Language::languageName(code));
    return names.join(QStringLiteral(", "));
}

QList<Block> textBlocks(const Catalogue &catalogue, const TourStep &step) {
    QList<Block> blocks;
    blocks.append({TourText::resolve(step.caption, catalogue), 15, false, false, 0, {}});
    blocks.append({QObject::tr("What the reports say"), 13, true, false, 0.8, {}});
    for (const TourStepPicture::Citation &c : TourStepPicture::citations(step, catalogue)) {
        const QString heading =
            c.value.isEmpty() ? c.label : QStringLiteral("%1: %2").arg(c.label, c.value);
        blocks.append(
            {QStringLiteral("%1 \u2014 %2").arg(heading, c.document), 11, true, false, 0.6, {}});
        if (!c.passage.isEmpty())
            blocks.append({QStringLiteral("\u201c%1\u201d").arg(c.passage), 11, false, false, 0,
                           Language::passageCjkFamily(c.passageLanguages)});
        if (!c.translation.isEmpty())
            blocks.append({QObject::tr("Our translation: \u201c%1\u201d").arg(c.translation),
                           11,
                           false,
                           true,
                           0,
                           {}});
    }
    blocks.append({QObject::tr("Reports"), 13, true, false, 0.8, {}});
    for (const QString &id : TourStepPicture::sourceIdsOf(step, catalogue)) {
        const SourceDocument *doc = catalogue.source(id);
        if (!doc)
            continue;
        QStringList details{languageNames(doc->languages)};
        if (!doc->date.isEmpty())
            details.append(doc->date);
        details.append(id);
        const QString headline = doc->title.isEmpty() ? doc->summary() : doc->title;
        QString line = QStringLiteral("%1 (%2)").arg(headline, details.join(QStringLiteral(", ")));
        if (!doc->title.isEmpty() && !doc->summary().isEmpty())
            line += QStringLiteral(": ") + doc->summary();
        blocks.append({line, 10, false, false, 0.3, {}});
    }
    return blocks;
}

// Height of the blocks at a font scale, wrapped to width.
qreal blocksHeight(const QList<Block> &blocks, qreal width, qreal scale) {
    qreal h = 0;
    for (const Block &b : blocks) {
        const QFontMetricsF fm(handoutFont(b.size * scale, b.bold, b.cjkFamily));
        h += b.spaceBefore * b.size * scale +
             fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, b.text).height() +
             b.size * scale * 0.25;
    }
    return h;
}

} // namespace

void paintPage(QPainter &painter, const QRectF &page, const Catalogue &catalogue, const Tour &tour,
               int index, const PaintOptions &options) {
    const Theme &theme = options.theme;
    const TourStep &step = tour.steps.at(index);
    painter.fillRect(page, theme.background);
    const QRectF inner = page.adjusted(margin, margin * 0.8, -margin, -margin * 0.8);

    // The tour, the step and its title.
    qreal y = inner.top();
    painter.setFont(handoutFont(11, false, {}));
    painter.setPen(theme.mutedText);
    const QString where = QObject::tr("%1 \u00b7 step %2 of %3")
                              .arg(tour.title.text())
                              .arg(index + 1)
                              .arg(tour.stepCount());
    painter.drawText(QRectF(inner.left(), y, inner.width(), 16), Qt::AlignLeft | Qt::AlignTop,
                     where);
    y += 20;
    painter.setFont(handoutFont(22, true, {}));
    painter.setPen(theme.text);
    const QString title = TourText::resolve(step.title, catalogue);
    const QRectF titleRect =
        QFontMetricsF(painter.font())
            .boundingRect(QRectF(inner.left(), y, inner.width(), 1e6), Qt::TextWordWrap, title);
    painter.drawText(QRectF(inner.left(), y, inner.width(), titleRect.height()), Qt::TextWordWrap,
                     title);
    y += titleRect.height() + 10;

    // The slide as the room saw it, vector graphics through the presentation's painter.
    const qreal slideScale = inner.width() / slideSize.width();
    const QRectF slide(inner.left(), y, inner.width(), slideSize.height() * slideScale);
    if (const auto picture = TourStepPicture::create(catalogue, tour, index, nullptr)) {
        painter.save();
        painter.setClipRect(slide);
        painter.translate(slide.topLeft());
        painter.scale(slideScale, slideScale);
        PaintOptions slideOptions = options;
        slideOptions.printing = true;
        slideOptions.pageHeight = slideSize.height(); // type as the room saw it
        painter.fillRect(QRectF(QPointF(0, 0), slideSize), theme.background);
        picture->paintContent(painter, QRectF(QPointF(0, 0), slideSize), slideOptions);
        painter.restore();
    }
    painter.setPen(QPen(theme.line, 0.75));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(slide);
    y = slide.bottom() + 14;

    // The caption, the passages and the reports, shrunk only if a step has very many.
    const QList<Block> blocks = textBlocks(catalogue, step);
    const qreal room = inner.bottom() - y;
    qreal scale = 1.0;
    while (scale > 0.6 && blocksHeight(blocks, inner.width(), scale) > room)
        scale *= 0.95;
    for (const Block &b : blocks) {
        const QFont font = handoutFont(b.size * scale, b.bold, b.cjkFamily);
        y += b.spaceBefore * b.size * scale;
        const QRectF r = QFontMetricsF(font).boundingRect(
            QRectF(inner.left(), y, inner.width(), 1e6), Qt::TextWordWrap, b.text);
        if (y + r.height() > inner.bottom())
            break; // never print over the margin
        painter.setFont(font);
        painter.setPen(b.muted ? theme.mutedText : theme.text);
        painter.drawText(QRectF(inner.left(), y, inner.width(), r.height() + 1),
                         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, b.text);
        y += r.height() + b.size * scale * 0.25;
    }
}

QString write(const Catalogue &catalogue, const Tour &tour, const QString &fileName,
              const PaintOptions &options) {
    if (fileName.isEmpty())
        return QStringLiteral("no handout file given");
    if (!fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return QStringLiteral("%1: a handout is a PDF file (.pdf)").arg(fileName);
    if (tour.stepCount() == 0)
        return QStringLiteral("%1: the tour has no steps").arg(fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(fileName, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(96); // one logical pixel is one device unit, as on screen
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(tour.title.text());
        pdf.setCreator(QStringLiteral("Colossus Explorer"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return QStringLiteral("%1: cannot start the PDF").arg(fileName);
        }
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        for (int i = 0; i < tour.stepCount(); ++i) {
            if (i > 0 && !pdf.newPage()) {
                painter.end();
                file.cancelWriting();
                return QStringLiteral("%1: cannot add page %2").arg(fileName).arg(i + 1);
            }
            paintPage(painter, page, catalogue, tour, i, options);
        }
        if (!painter.end()) {
            file.cancelWriting();
            return QStringLiteral("%1: cannot finish the PDF").arg(fileName);
        }
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return QStringLiteral("%1: %2").arg(fileName, file.errorString());
    return {};
}

} // namespace colossus::TourHandout
