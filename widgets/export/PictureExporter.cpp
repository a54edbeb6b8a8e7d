#include "export/PictureExporter.h"

#include "export/FramedPicture.h"
#include "export/LargeImage.h"
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

// Encodes into memory, then writes the bytes through QSaveFile, so a failing disk never
// replaces the old file. Writers such as QPdfWriter ignore short writes (a full disk cuts a
// write short before it fails), so every byte is written here and counted: the write after a
// short one fails with the system's reason ("No space left on device").
QString writeAtomically(const QString &fileName, const std::function<bool(QIODevice &)> &write) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!write(buffer))
        return QStringLiteral("%1: could not encode the picture").arg(fileName);
    const QByteArray &bytes = buffer.data();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written < bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QStringLiteral("%1: cannot write: %2").arg(fileName, reason);
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
    if (qRound(w) < 16 || qRound(h) < 16)
        return QStringLiteral("size %1x%2 at scale %3 gives %4x%5 pixels; at least 16 pixels on "
                              "a side")
            .arg(s.width())
            .arg(s.height())
            .arg(request.scale)
            .arg(qRound(w))
            .arg(qRound(h));
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
    QImage image = largeImage(QSize(qRound(size.width() * scale), qRound(size.height() * scale)),
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
        return writeAtomically(request.fileName, [&](QIODevice &device) {
            QSvgGenerator svg;
            svg.setOutputDevice(&device);
            svg.setSize(request.size);
            svg.setViewBox(page);
            svg.setResolution(96);
            svg.setTitle(picture.title());
            svg.setDescription(FramedPicture::citationLine(picture, catalogue));
            QPainter painter(&svg);
            FramedPicture::paint(painter, page, picture, catalogue, request.options);
            return painter.end();
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
