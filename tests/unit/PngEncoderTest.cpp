#include "export/PngEncoder.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

struct PngCase {
    int width;
    int height;
    bool alpha;
};

std::ostream &operator<<(std::ostream &os, const PngCase &c) {
    return os << c.width << 'x' << c.height << (c.alpha ? " RGBA" : " RGB");
}

// Flat areas, repeated rows, noise and (for alpha) translucent pixels: every filter path.
QImage sample(const PngCase &c) {
    QImage image(c.width, c.height, QImage::Format_ARGB32_Premultiplied);
    image.fill(c.alpha ? QColor(0, 0, 0, 0) : QColor(Qt::white));
    QPainter p(&image);
    p.fillRect(QRectF(0, 0, c.width / 2.0, c.height / 3.0), QColor(0x2f9e44));
    p.fillRect(QRectF(c.width / 3.0, c.height / 2.0, c.width, c.height), QColor(20, 120, 220, 140));
    p.end();
    QRandomGenerator random(7);
    for (int y = c.height * 2 / 3; y < c.height; y += 3) {
        for (int x = 0; x < c.width; x += 2) {
            const int a = c.alpha ? int(random.bounded(256)) : 255;
            image.setPixelColor(x, y,
                                QColor(int(random.bounded(256)), int(random.bounded(256)),
                                       int(random.bounded(256)), a));
        }
    }
    return image;
}

} // namespace

class PngRoundTrip : public ::testing::TestWithParam<PngCase> {};

TEST_P(PngRoundTrip, DecodesToTheSamePixels) {
    const PngCase c = GetParam();
    const QImage image = sample(c);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(PngEncoder::write(image, buffer, c.alpha));
    QImage back;
    ASSERT_TRUE(back.loadFromData(buffer.data(), "PNG"));
    ASSERT_EQ(back.size(), image.size());
    EXPECT_EQ(back.hasAlphaChannel(), c.alpha);
    const QImage want = image.convertToFormat(QImage::Format_ARGB32);
    const QImage got = back.convertToFormat(QImage::Format_ARGB32);
    int differing = 0;
    for (int y = 0; y < want.height(); ++y) {
        for (int x = 0; x < want.width(); ++x) {
            const QRgb a = want.pixel(x, y), b = got.pixel(x, y);
            // Premultiplied storage loses a little precision at low alpha; opaque is exact.
            const int tolerance =
                c.alpha ? (qAlpha(a) < 255 ? 255 / std::max(1, qAlpha(a)) + 1 : 0) : 0;
            if (std::abs(qRed(a) - qRed(b)) > tolerance ||
                std::abs(qGreen(a) - qGreen(b)) > tolerance ||
                std::abs(qBlue(a) - qBlue(b)) > tolerance || qAlpha(a) != qAlpha(b))
                ++differing;
        }
    }
    EXPECT_EQ(differing, 0);
}

INSTANTIATE_TEST_SUITE_P(PngEncoder, PngRoundTrip,
                         ::testing::Values(PngCase{1, 1, false}, PngCase{1, 1, true},
                                           PngCase{7, 3, false}, PngCase{333, 517, false},
                                           PngCase{333, 517, true}, PngCase{1920, 1080, false},
                                           PngCase{64, 2000, true}));

TEST(PngEncoder, NullImageFails) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_FALSE(PngEncoder::write(QImage(), buffer, false));
}

TEST(PngEncoder, UnwritableDeviceFails) {
    QBuffer buffer; // not open
    EXPECT_FALSE(PngEncoder::write(sample({40, 40, false}), buffer, false));
}
