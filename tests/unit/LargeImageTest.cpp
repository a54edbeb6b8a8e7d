// largeImage: a big export's image behaves as any QImage (same size, format, pixels drawn and
// freed), whether its pixels lie in huge pages or not.
#include "export/LargeImage.h"

#include <QPainter>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

// Draws in place (no copy: the image keeps its own pixels).
void drawOn(QImage &image) {
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::darkGreen);
    painter.drawEllipse(QRectF(image.rect()).adjusted(10.5, 20.25, -30, -5));
    painter.setFont(QFont(u"Noto Sans"_qs, 40));
    painter.drawText(image.rect(), Qt::AlignCenter, u"100,000 GPUs"_qs);
    painter.end();
}

TEST(LargeImage, BigExportImagesDrawAsAnyImage) {
    const QSize size(7680, 4320);
    QImage large = largeImage(size, QImage::Format_ARGB32_Premultiplied);
    ASSERT_EQ(large.size(), size);
    EXPECT_EQ(large.format(), QImage::Format_ARGB32_Premultiplied);
    EXPECT_EQ(large.bytesPerLine(), size.width() * 4);
#ifdef Q_OS_LINUX
    // Its pixels start on a huge page, where the kernel can map them as such.
    EXPECT_EQ(reinterpret_cast<quintptr>(large.constBits()) % (2 * 1024 * 1024), 0u);
#endif
    const uchar *pixels = large.constBits();
    drawOn(large);
    EXPECT_EQ(large.constBits(), pixels) << "drawn into a copy";
    QImage plain(size, QImage::Format_ARGB32_Premultiplied);
    drawOn(plain);
    EXPECT_TRUE(large == plain);
    const QImage &drawn = large;
    // A copy that is changed does not change the original (QImage's implicit sharing).
    QImage copy = drawn;
    copy.setPixel(0, 0, qRgb(255, 0, 0));
    EXPECT_EQ(drawn.constBits(), pixels);
    EXPECT_NE(copy.pixel(0, 0), drawn.pixel(0, 0));
}

TEST(LargeImage, SmallImagesAndOtherFormatsArePlainImages) {
    for (const QImage::Format format :
         {QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB888, QImage::Format_Grayscale8}) {
        const QImage image = largeImage(QSize(640, 480), format);
        EXPECT_EQ(image.size(), QSize(640, 480));
        EXPECT_EQ(image.format(), format);
    }
    const QImage big = largeImage(QSize(7680, 4320), QImage::Format_RGB888);
    EXPECT_EQ(big.format(), QImage::Format_RGB888);
    EXPECT_FALSE(big.isNull());
}

} // namespace
