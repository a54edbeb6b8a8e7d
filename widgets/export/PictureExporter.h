#pragma once

#include "export/Picture.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace colossus {

class Catalogue;

struct ExportRequest {
    QString fileName;       // format from the extension: .png, .svg or .pdf
    QSize size{1920, 1080}; // logical size of the page
    qreal scale = 1.0;      // PNG pixels per logical pixel (size 1920x1080 at 2 = 3840x2160)
    PaintOptions options;
};

// Writes pictures through FramedPicture::paint into PNG, SVG or PDF. Files are written with
// QSaveFile, so a failure never leaves a half-written file behind.
class PictureExporter {
public:
    static constexpr int maximumSide = 16384; // pixels, after scaling

    // Empty when the request is acceptable; otherwise a message naming the problem.
    static QString validate(const ExportRequest &request);

    static QImage renderImage(const Picture &picture, const Catalogue &catalogue, QSize size,
                              qreal scale, const PaintOptions &options);

    // Empty on success; otherwise a message naming the file and what went wrong.
    static QString write(const Picture &picture, const Catalogue &catalogue,
                         const ExportRequest &request);
};

} // namespace colossus
