#include "export/FramedPicture.h"

#include "catalogue/Catalogue.h"
#include "language/Language.h"
#include "style/RoomType.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace colossus::FramedPicture {
namespace {

// Type sizes follow the page height, so a 1920x1080 page has a 40 px title and a 20 px footer
// and a 3840x2160 page at scale 1 keeps the same proportions.
struct Layout {
    qreal margin;
    QFont title;
    QFont subtitle;
    QFont footer;
};

Layout layoutFor(const QRectF &page, const Picture &picture) {
    const qreal unit = qMin(page.height(), page.width() * 9 / 16);
    if (picture.isSlide()) {
        // Read from the back of a room: nothing below 1/40 of the slide.
        const RoomType room(page.height());
        return {unit * 0.028, Theme::font(room.title, true), Theme::font(room.minimum),
                Theme::font(room.minimum)};
    }
    return {unit * 0.028, Theme::font(unit / 27, true), Theme::font(unit / 45),
            Theme::font(unit / 54)};
}

QString languageNames(const QStringList &codes) {
    QStringList names;
    for (const QString &code : codes)
        names.append(Language::languageName(code));
    return names.join(u'/');
}

qreal textHeight(const QFont &font, const QString &text, qreal width) {
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

// A title a little too long for one line is set smaller (down to 80%) rather than broken
// before its last word: "… > Server 5 > GPU" on one line and "7" on the next reads badly.
QFont fittedTitle(const QFont &font, const QString &text, qreal width) {
    const qreal natural = QFontMetricsF(font).horizontalAdvance(text);
    if (natural <= width || natural * 0.8 > width * 0.98)
        return font;
    QFont smaller = font;
    smaller.setPixelSize(int(font.pixelSize() * width * 0.98 / natural));
    return QFontMetricsF(smaller).horizontalAdvance(text) <= width ? smaller : font;
}

} // namespace

QString citationLine(const Picture &picture, const Catalogue &catalogue) {
    QStringList parts;
    // Each report as people cite it: its headline as written (ours where it has none), the
    // outlet it names, its language and date, and the file it ships as.
    for (const QString &id : picture.sourceIds()) {
        const SourceDocument *doc = catalogue.source(id);
        if (!doc) {
            parts.append(id);
            continue;
        }
        QString part = doc->title.isEmpty() ? doc->titleTranslation()
                                            : QStringLiteral("\u201c%1\u201d").arg(doc->title);
        QStringList details;
        if (!doc->publisher.isEmpty())
            details.append(doc->publisher);
        if (!doc->languages.isEmpty())
            details.append(languageNames(doc->languages));
        if (!doc->date.isEmpty())
            details.append(doc->date);
        details.append(id);
        part += u" ("_qs + details.join(QStringLiteral(", ")) + u')';
        parts.append(part.trimmed());
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("FramedPicture",
                                           "Schematic: no reported figure is drawn.");
    return QCoreApplication::translate("FramedPicture",
                                       "Sources: %1 — reports shipped with Colossus Explorer; "
                                       "every figure links to its verbatim passage.")
        .arg(parts.join(QStringLiteral(" · ")));
}

QRectF contentArea(const QRectF &page, const Picture &picture, const Catalogue &catalogue) {
    Layout l = layoutFor(page, picture);
    const qreal width = page.width() - 2 * l.margin;
    l.title = fittedTitle(l.title, picture.title(), width);
    qreal top = page.top() + l.margin + textHeight(l.title, picture.title(), width);
    if (!picture.subtitle().isEmpty())
        top += textHeight(l.subtitle, picture.subtitle(), width);
    top += l.margin * 0.6;
    const qreal bottom = page.bottom() - l.margin -
                         textHeight(l.footer, citationLine(picture, catalogue), width) -
                         l.margin * 0.6;
    return QRectF(page.left() + l.margin, top, width, qMax<qreal>(1, bottom - top));
}

void paint(QPainter &painter, const QRectF &page, const Picture &picture,
           const Catalogue &catalogue, const PaintOptions &options) {
    Layout l = layoutFor(page, picture);
    const Theme &theme = options.theme;
    const qreal width = page.width() - 2 * l.margin;
    l.title = fittedTitle(l.title, picture.title(), width);

    painter.save();
    if (!options.transparent)
        painter.fillRect(page, theme.background);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    painter.setPen(theme.text);
    painter.setFont(l.title);
    QRectF titleRect(page.left() + l.margin, page.top() + l.margin, width,
                     textHeight(l.title, picture.title(), width));
    painter.drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, picture.title());
    if (!picture.subtitle().isEmpty()) {
        painter.setPen(theme.mutedText);
        painter.setFont(l.subtitle);
        const QRectF subtitleRect(titleRect.left(), titleRect.bottom(), width,
                                  textHeight(l.subtitle, picture.subtitle(), width));
        painter.drawText(subtitleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                         picture.subtitle());
    }

    const QString citation = citationLine(picture, catalogue);
    const qreal footerHeight = textHeight(l.footer, citation, width);
    const QRectF footerRect(page.left() + l.margin, page.bottom() - l.margin - footerHeight, width,
                            footerHeight);
    painter.setPen(QPen(theme.line, qMax<qreal>(1, l.margin / 20)));
    painter.drawLine(footerRect.topLeft() - QPointF(0, l.margin * 0.3),
                     footerRect.topRight() - QPointF(0, l.margin * 0.3));
    painter.setPen(theme.mutedText);
    painter.setFont(l.footer);
    painter.drawText(footerRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, citation);

    const QRectF content = contentArea(page, picture, catalogue);
    painter.save();
    painter.setClipRect(content);
    PaintOptions contentOptions = options;
    contentOptions.pageHeight = page.height();
    picture.paintContent(painter, content, contentOptions);
    painter.restore();
    painter.restore();
}

} // namespace colossus::FramedPicture
