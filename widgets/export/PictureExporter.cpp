#include "export/PictureExporter.h"

#include "export/FramedPicture.h"
#include "export/PngEncoder.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>
#include <functional>

namespace colossus {
namespace {

QString formatOf(const QString &fileName) {
    return QFileInfo(fileName).suffix().toLower();
}

QString writeAtomically(const QString &fileName, const std::function<bool(QIODevice &)> &write) {
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
    if (!write(file)) {
        file.cancelWriting();
        return QStringLiteral("%1: could not encode the picture").arg(fileName);
    }
    if (!file.commit())
        return QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
    return {};
}

} // namespace

QString PictureExporter::validate(const ExportRequest &request) {
    const QString format = formatOf(request.fileName);
    if (format != u"png" && format != u"svg" && format != u"pdf")
        return QStringLiteral("%1: unknown format \"%2\"; use a file name ending in .png, .svg "
                              "or .pdf")
            .arg(request.fileName, format);
    if (!std::isfinite(request.scale) || request.scale <= 0 || request.scale > 16)
        return QStringLiteral("scale %1 is out of range (more than 0, at most 16)")
            .arg(request.scale);
    const QSize &s = request.size;
    if (s.width() < 16 || s.height() < 16)
        return QStringLiteral("size %1x%2 is too small (at least 16x16)")
            .arg(s.width())
            .arg(s.height());
    const double w = s.width() * request.scale, h = s.height() * request.scale;
    if (w > maximumSide || h > maximumSide)
        return QStringLiteral("size %1x%2 at scale %3 gives %4x%5 pixels; at most %6 pixels on a "
                              "side")
            .arg(s.width())
            .arg(s.height())
            .arg(request.scale)
            .arg(qRound(w))
            .arg(qRound(h))
            .arg(maximumSide);
    return {};
}

QImage PictureExporter::renderImage(const Picture &picture, const Catalogue &catalogue, QSize size,
                                    qreal scale, const PaintOptions &options) {
    QImage image(qRound(size.width() * scale), qRound(size.height() * scale),
                 QImage::Format_ARGB32_Premultiplied);
    // FramedPicture paints the background of an opaque page itself.
    if (options.transparent)
        image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(scale, scale);
    FramedPicture::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), picture, catalogue, options);
    painter.end();
    return image;
}

QString PictureExporter::write(const Picture &picture, const Catalogue &catalogue,
                               const ExportRequest &request) {
    if (const QString problem = validate(request); !problem.isEmpty())
        return problem;
    const QString format = formatOf(request.fileName);
    const QRectF page(QPointF(0, 0), QSizeF(request.size));

    if (format == u"png") {
        const QImage image =
            renderImage(picture, catalogue, request.size, request.scale, request.options);
        return writeAtomically(request.fileName, [&](QIODevice &device) {
            return PngEncoder::write(image, device, request.options.transparent);
        });
    }
    if (format == u"svg") {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(request.size);
        svg.setViewBox(page);
        svg.setResolution(96);
        svg.setTitle(picture.title());
        svg.setDescription(FramedPicture::citationLine(picture, catalogue));
        QPainter painter(&svg);
        FramedPicture::paint(painter, page, picture, catalogue, request.options);
        painter.end();
        return writeAtomically(request.fileName, [&](QIODevice &device) {
            return device.write(buffer.data()) == buffer.data().size();
        });
    }
    // PDF: one page of the requested size, 96 dots per inch so that one logical pixel is one
    // device unit, as on screen.
    return writeAtomically(request.fileName, [&](QIODevice &device) {
        QPdfWriter pdf(&device);
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(request.size) * 72.0 / 96.0, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(picture.title());
        pdf.setCreator(QStringLiteral("Colossus Explorer"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return false;
        FramedPicture::paint(painter, page, picture, catalogue, request.options);
        return painter.end();
    });
}

} // namespace colossus
