#pragma once

#include "export/Picture.h"
#include "tour/Tour.h"

#include <QList>
#include <memory>
#include <optional>

namespace colossus {

class Catalogue;

// A tour step as one picture: the step's diagram or chart with a caption band below it that
// carries the caption and, for every cited figure, its value and the start of the passage
// that states it. The presentation window and the handouts paint the band with the same code.
class TourStepPicture : public Picture {
public:
    // One cited figure as the band shows it.
    struct Citation {
        QString figureId; // or fact id
        QString label;    // "GPUs built"
        QString value;    // "≈ 200 groups"; empty for a fact
        QString document; // "report 004 (German, Spanish)" or "derived: a / b"
        QString passage;  // the verbatim passage (original language), empty when derived
        QStringList passageLanguages; // the report's languages: the passage's font follows them
        QString written; // the figure as the passage writes it: the excerpt centres on it
        QString translation;
        QString translationAnchor; // where in the translation the number is, if found
    };
    // The caption band laid out once for painting, clicks and tests: the caption and, per
    // citation, a line (label, then document and an excerpt of the passage around the
    // figure) and, where there is one, a shorter line with our translation.
    struct CaptionLayout {
        struct Line {
            Citation citation;
            QRectF rect;              // the citation line
            QString label;            // "GPUs built: 100,000 GPUs", elided to fit
            QString rest;             // "  — report (004): “…excerpt…”", as drawn
            qsizetype passageAt = -1; // where in rest the excerpt starts (its own font), or -1
            QRectF translationRect;   // empty when there is no translation
            QString translation;      // "“…our translation…”", as drawn
        };
        QString caption;
        QRectF captionRect;
        QList<Line> lines;
        qreal height = 0;
    };

    TourStepPicture(const Catalogue &catalogue, const Tour &tour, int index,
                    std::unique_ptr<Picture> view);

    // nullptr and a message naming the step when its view cannot be created.
    static std::unique_ptr<TourStepPicture> create(const Catalogue &catalogue, const Tour &tour,
                                                   int index, QString *error);

    QString title() const override;
    QString subtitle() const override;
    QStringList sourceIds() const override;
    void paintContent(QPainter &painter, const QRectF &area,
                      const PaintOptions &options) const override;

    const Picture &view() const { return *m_view; }
    bool isSlide() const override { return true; }

    // Where the view and the caption band go in an area: the band under the view, at most
    // bandLimit high (translations give way first, then it is cut at bandMaximum); or, for a
    // tall view (a rack), in a column beside it, so the rack fills the slide's height and no
    // wide empty margins flank it.
    struct Placement {
        QRectF view;
        QRectF caption;
    };
    Placement place(const QRectF &area, qreal bodyPixelSize, qreal bandLimit,
                    qreal bandMaximum) const;
    // paintContent's placement in its area (the room's size from options.pageHeight, set by
    // FramedPicture; else from the area).
    Placement placement(const QRectF &area, const PaintOptions &options = {}) const;
    QRectF viewArea(const QRectF &area, const PaintOptions &options = {}) const {
        return placement(area, options).view;
    }
    // The most of a page or screen the caption band may take: less on a chart, whose text
    // needs the height (translations give way first).
    qreal captionShare() const { return showsChart() ? 0.3 : 0.45; }
    bool showsChart() const;
    bool showsTallView() const; // a rack: the caption goes beside it
    const TourStep &step() const { return m_step; }

    // The room's type (RoomType) for a page or screen of this height: body text (citations)
    // 1/36 of it, 30 px at 1080; the caption 1.2 times that (1/30) and translations 0.9 times
    // (1/40), so nothing in the band is below the room's minimum.
    static qreal bodyPixelSize(qreal height);
    // The same for a content area without its page's height (about 880 of 1080 px).
    static qreal handoutBodyPixelSize(qreal contentHeight) {
        return bodyPixelSize(contentHeight * 1.3);
    }
    // The room's height paintContent sizes its type from.
    static qreal roomHeight(const QRectF &area, const PaintOptions &options) {
        return options.pageHeight > 0 ? options.pageHeight : area.height() * 1.3;
    }

    // Views lay out their own labels for a desktop window; on a projector or a full-page
    // handout they are drawn on a smaller logical canvas and magnified, so their text grows
    // with the room: 1 up to 720 px high, 1.5 at 1080; but never so much that the view gets
    // less than minimumLogicalHeight to lay out in (dense charts would overlap). Whatever the
    // magnification, no text of the view is below the room's minimum (viewOptions).
    static constexpr qreal minimumLogicalHeight = 500;
    static qreal magnification(qreal screenHeight, qreal viewHeight) {
        return qMax<qreal>(1.0, qMin(screenHeight / 720.0, viewHeight / minimumLogicalHeight));
    }
    // The magnification for this step's view: 1 for a chart, which lays itself out at the
    // area's full size with type sized for the room instead.
    qreal viewMagnification(qreal roomHeight, qreal viewHeight) const;
    // The options a view is painted with in a room of this height under this magnification:
    // its smallest text is the room's minimum on the slide.
    static PaintOptions viewOptions(const PaintOptions &options, qreal roomHeight, qreal magnified);
    // Chart type whose smallest text (ChartScene's notes, 0.82 of its base) is minimumPixelSize.
    static qreal chartBasePixelSize(qreal minimumPixelSize) {
        return minimumPixelSize / 0.82 + 0.01;
    }
    // Paints the view into logicalArea (painter already scaled by viewMagnification), with
    // options from viewOptions.
    void paintView(QPainter &painter, const QRectF &logicalArea, const PaintOptions &options) const;

    // A figure's (or a fact's) citation; nullopt for an unknown id.
    static std::optional<Citation> citation(const Catalogue &catalogue, const QString &id,
                                            bool isFact = false);
    static QList<Citation> citations(const TourStep &step, const Catalogue &catalogue);
    // One line with the whole passage and our translation, for tour.md.
    static QString citationText(const Citation &citation);
    static QStringList sourceIdsOf(const TourStep &step, const Catalogue &catalogue);

    // The caption band laid out in rect: translations are left out, last first, where the
    // band would otherwise be taller than rect (a rect of height 0: no limit). Its height at
    // a width and a limit, and painting it into a rectangle of that size.
    static CaptionLayout captionLayout(const TourStep &step, const Catalogue &catalogue,
                                       const QRectF &rect, qreal bodyPixelSize);
    static qreal captionHeight(const TourStep &step, const Catalogue &catalogue, qreal width,
                               qreal bodyPixelSize, qreal maxHeight = 0);
    // Into an image, the band is drawn once per step, rectangle, type, theme and language and
    // then blitted (the same pixels: a projector repaints the slide for every frame of its
    // animation, and the band's text is most of a frame); elsewhere it is drawn.
    static void paintCaption(QPainter &painter, const QRectF &rect, const TourStep &step,
                             const Catalogue &catalogue, const PaintOptions &options,
                             qreal bodyPixelSize);
    // Whether paintCaption keeps bands as images (on by default; tests compare both ways).
    static void setCaptionImagesEnabled(bool enabled);
    // Where each citation line of the band lies (for clicks that open the passage).
    static QList<QRectF> citationRects(const TourStep &step, const Catalogue &catalogue,
                                       const QRectF &rect, qreal bodyPixelSize);

private:
    static void drawCaption(QPainter &painter, const QRectF &rect, const CaptionLayout &layout,
                            const PaintOptions &options, qreal bodyPixelSize);
    static CaptionLayout layOutCaption(const TourStep &step, const Catalogue &catalogue,
                                       const QRectF &rect, qreal bodyPixelSize);

    const Catalogue &m_catalogue;
    TourStep m_step;
    QString m_tourTitle;
    int m_index = 0;
    int m_count = 0;
    std::unique_ptr<Picture> m_view;
};

} // namespace colossus
