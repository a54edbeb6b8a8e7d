#pragma once

#include <QImage>
#include <QSize>

namespace colossus {

// An image for a big export. On Linux its pixels lie in transparent huge pages where the
// system offers them on request (madvise mode, Debian's default): a 7680x4320 picture is
// 132 MB, and faulting it in 4 KB pages (38,000 page faults) took a third of the export's CPU
// time. Smaller images, other formats and other systems get a plain QImage.
QImage largeImage(QSize size, QImage::Format format);

} // namespace colossus
