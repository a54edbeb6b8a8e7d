#pragma once

#include <QImage>

class QIODevice;

namespace colossus {

// A PNG writer for big, flat-coloured pictures such as the whole cluster at 7680x4320: rows
// are Sub-filtered (flat runs become zeros), compressed with zlib's run-length strategy, and
// horizontal bands are compressed on all cores at once and joined into one zlib stream. Qt's
// own writer spends most of a second on such an image with its adaptive filters on one core.
namespace PngEncoder {

// Writes RGB (alpha = false: the image is opaque) or RGBA (straight, not premultiplied).
bool write(const QImage &image, QIODevice &device, bool alpha);

} // namespace PngEncoder
} // namespace colossus
