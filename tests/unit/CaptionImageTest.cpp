// A tour step's caption band blitted from its kept image has exactly the pixels of the band
// drawn: for every step of the embedded tour, at 1080p (and at 4K, where bands are drawn), in
// every theme, into both 32-bit formats and at a fractional place; the kept image is reused,
// and a theme change draws a new one.
#include "catalogue/Catalogue.h"
#include "tour/Tour.h"
#include "tour/TourStepPicture.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

QImage slide(const TourStepPicture &step, QSize size, QImage::Format format,
             const PaintOptions &options, bool images) {
    TourStepPicture::setCaptionImagesEnabled(images);
    QImage image(size, format);
    image.fill(Qt::black);
    QPainter painter(&image);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    painter.fillRect(area, options.theme.background);
    step.paintContent(painter, area, options);
    painter.end();
    TourStepPicture::setCaptionImagesEnabled(true);
    return image;
}

// The band alone at a fractional place, as the presentation window places it.
QImage band(const TourStep &step, const Catalogue &catalogue, const QRectF &rect,
            const PaintOptions &options, bool images) {
    TourStepPicture::setCaptionImagesEnabled(images);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::darkGray);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    TourStepPicture::paintCaption(painter, rect, step, catalogue, options,
                                  TourStepPicture::bodyPixelSize(1080));
    painter.end();
    TourStepPicture::setCaptionImagesEnabled(true);
    return image;
}

TEST(CaptionImage, EveryStepBlitsTheBandItWouldDraw) {
    const Catalogue &catalogue = Catalogue::embedded();
    const TourLoadResult loaded = TourLoader::loadEmbedded(catalogue);
    ASSERT_TRUE(loaded.ok());
    const Tour &tour = *loaded.tour;
    ASSERT_GT(tour.stepCount(), 0);
    for (const Theme &theme : {Theme::light(), Theme::dark(), Theme::highContrast()}) {
        PaintOptions options;
        options.theme = theme;
        for (int i = 0; i < tour.stepCount(); ++i) {
            QString error;
            const auto step = TourStepPicture::create(catalogue, tour, i, &error);
            ASSERT_TRUE(step);
            for (const QSize size : {QSize(1920, 1080), QSize(3840, 2160)}) {
                for (const auto format :
                     {QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB32}) {
                    if (size.width() > 1920 && (format == QImage::Format_RGB32 || i % 4 != 0))
                        continue; // 4K: a few steps are enough
                    const std::string what =
                        "step " + std::to_string(i) + " " + theme.key().toStdString() + " " +
                        std::to_string(size.width()) + " format " + std::to_string(int(format));
                    const QImage drawn = slide(*step, size, format, options, false);
                    // The first paint keeps the band's image, the second blits it.
                    EXPECT_TRUE(slide(*step, size, format, options, true) == drawn)
                        << what << " first";
                    EXPECT_TRUE(slide(*step, size, format, options, true) == drawn)
                        << what << " again";
                }
            }
        }
        const QRectF rect(13.25, 700.5, 1890.5, 360.25);
        EXPECT_TRUE(band(tour.steps.at(0), catalogue, rect, options, true) ==
                    band(tour.steps.at(0), catalogue, rect, options, false))
            << theme.key().toStdString() << " at a fractional place";
        EXPECT_TRUE(band(tour.steps.at(0), catalogue, rect, options, true) ==
                    band(tour.steps.at(0), catalogue, rect, options, false))
            << theme.key().toStdString() << " at a fractional place, again";
    }
}

} // namespace
