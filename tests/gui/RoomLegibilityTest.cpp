// Issue 9, point 1: legible from the back row. Every tour step is painted at 1280x720 and
// 1920x1080, in the presentation window and as a tour export, through a device that records
// each text with its size on the slide; the smallest must be at least 1/40 of the slide height
// and the caption's lines at least 1/30.

#include "PresentationWindow.h"

#include "catalogue/Catalogue.h"
#include "export/FramedPicture.h"
#include "tour/TourStepPicture.h"

#include <QPainter>
#include <QStringList>
#include <gtest/gtest.h>

#include "EmbeddedTour.h"
#include "TextRecordingDevice.h"

#include <cmath>
#include <memory>

using namespace colossus;

namespace {

struct Slide {
    QSize size;
    const char *name;
};

const Slide slides[] = {{{1280, 720}, "1280x720"}, {{1920, 1080}, "1920x1080"}};

void PrintTo(const Slide &slide, std::ostream *os) {
    *os << slide.name;
}

// Where the step was painted: the presentation window or a tour export (the same page a PNG,
// SVG or PDF of the step gets).
enum class Surface { Presentation, Export };

struct Smallest {
    qreal size = 1e9;
    QString text;
};

// Checks one step as recorded; failures name the surface, the size, the step, the text and
// its size. Returns the smallest text, for the log.
Smallest check(const QList<TextRecordingDevice::Text> &texts, const TourStep &step, int index,
               const Slide &slide, const char *surface) {
    const qreal minimum = slide.size.height() / 40.0;
    const qreal captionMinimum = slide.size.height() / 30.0;
    const QString caption = TourText::resolve(step.caption, Catalogue::embedded());
    const QString where = QStringLiteral("%1 at %2, step %3 (%4)")
                              .arg(QLatin1String(surface), QLatin1String(slide.name))
                              .arg(index + 1)
                              .arg(step.view);
    Smallest smallest;
    int captionRuns = 0;
    QStringList tooSmall; // "text" (size), each once
    for (const TextRecordingDevice::Text &t : texts) {
        const QString text = t.text.trimmed();
        if (text.isEmpty())
            continue;
        if (t.pixelSize < smallest.size)
            smallest = {t.pixelSize, text};
        // A line of the caption (it wraps; short words could be anything else).
        const bool inCaption = text.size() >= 12 && caption.contains(text);
        captionRuns += inCaption ? 1 : 0;
        const qreal needed = inCaption ? captionMinimum : minimum;
        if (t.pixelSize < needed - 0.01) {
            const QString entry =
                QStringLiteral("%1\"%2\" is %3 px (needs %4)")
                    .arg(inCaption ? QStringLiteral("caption ") : QString(), text.left(60))
                    .arg(t.pixelSize, 0, 'f', 1)
                    .arg(needed, 0, 'f', 1);
            if (!tooSmall.contains(entry))
                tooSmall.append(entry);
        }
    }
    EXPECT_TRUE(tooSmall.isEmpty())
        << where.toStdString() << ": " << tooSmall.size() << " texts below 1/40 of "
        << slide.size.height() << " px (captions 1/30):\n  "
        << tooSmall.mid(0, 12).join(QStringLiteral("\n  ")).toStdString()
        << (tooSmall.size() > 12 ? "\n  ..." : "");
    EXPECT_GT(captionRuns, 0) << where.toStdString() << ": the caption was not drawn";
    return smallest;
}

class RoomLegibility : public ::testing::TestWithParam<Slide> {};

TEST_P(RoomLegibility, PresentationWindowText) {
    const Slide slide = GetParam();
    const Tour &tour = embeddedTour();
    ASSERT_GT(tour.stepCount(), 0);
    PresentationWindow window(Catalogue::embedded(), tour);
    window.setAnimated(false);
    window.resize(slide.size);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    ASSERT_EQ(window.size(), slide.size);
    for (int i = 0; i < tour.stepCount(); ++i) {
        window.controller().goTo(i);
        TextRecordingDevice device(slide.size);
        window.render(&device);
        const Smallest s = check(device.texts(), tour.steps.at(i), i, slide, "presentation");
        std::cout << "presentation " << slide.name << " step " << (i + 1) << " smallest " << s.size
                  << " px: \"" << s.text.left(40).toStdString() << "\"\n";
    }
}

TEST_P(RoomLegibility, TourExportText) {
    const Slide slide = GetParam();
    const Tour &tour = embeddedTour();
    ASSERT_GT(tour.stepCount(), 0);
    for (int i = 0; i < tour.stepCount(); ++i) {
        QString error;
        const auto picture = TourStepPicture::create(Catalogue::embedded(), tour, i, &error);
        ASSERT_TRUE(picture) << error.toStdString();
        TextRecordingDevice device(slide.size);
        {
            QPainter painter(&device);
            PaintOptions options;
            options.printing = true; // as TourExport writes it
            FramedPicture::paint(painter, QRectF(QPointF(0, 0), QSizeF(slide.size)), *picture,
                                 Catalogue::embedded(), options);
        }
        const Smallest s = check(device.texts(), tour.steps.at(i), i, slide, "export");
        std::cout << "export " << slide.name << " step " << (i + 1) << " smallest " << s.size
                  << " px: \"" << s.text.left(40).toStdString() << "\"\n";
    }
}

INSTANTIATE_TEST_SUITE_P(Slides, RoomLegibility, ::testing::ValuesIn(slides), [](const auto &info) {
    return info.param.size.height() == 720 ? "720p" : "1080p";
});

// The device itself: a text drawn under a scale is recorded at its size on the device.
TEST(TextRecordingDevice, RecordsTheSizeAfterTheTransform) {
    TextRecordingDevice device(QSize(400, 300));
    {
        QPainter painter(&device);
        QFont font;
        font.setPixelSize(18);
        painter.setFont(font);
        painter.drawText(QPointF(10, 20), QStringLiteral("plain"));
        painter.scale(1.5, 1.5);
        painter.drawText(QPointF(10, 20), QStringLiteral("magnified"));
        painter.rotate(-90);
        painter.drawText(QPointF(10, 20), QStringLiteral("rotated"));
    }
    ASSERT_EQ(device.texts().size(), 3);
    EXPECT_EQ(device.texts().at(0).text, QStringLiteral("plain"));
    EXPECT_NEAR(device.texts().at(0).pixelSize, 18, 0.01);
    EXPECT_EQ(device.texts().at(1).text, QStringLiteral("magnified"));
    EXPECT_NEAR(device.texts().at(1).pixelSize, 27, 0.01);
    EXPECT_NEAR(device.texts().at(2).pixelSize, 27, 0.01);
}

} // namespace
