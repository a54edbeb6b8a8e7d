#include "export/LargeImage.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace colossus {

#ifdef Q_OS_LINUX
namespace {

constexpr qsizetype hugePage = qsizetype(2) * 1024 * 1024;

struct Mapping {
    void *start;
    size_t length;
};

void unmap(void *info) {
    auto *mapping = static_cast<Mapping *>(info);
    munmap(mapping->start, mapping->length);
    delete mapping;
}

} // namespace
#endif

QImage largeImage(QSize size, QImage::Format format) {
#ifdef Q_OS_LINUX
    const qsizetype bytesPerLine = qsizetype(size.width()) * 4;
    const qsizetype bytes = bytesPerLine * size.height();
    if (QImage::toPixelFormat(format).bitsPerPixel() == 32 && size.isValid() &&
        bytes >= 8 * hugePage) {
        // One huge page more than needed, so the pixels can start on a huge page's boundary.
        const size_t length = size_t(bytes + hugePage);
        void *start =
            mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (start != MAP_FAILED) {
            const auto address = reinterpret_cast<quintptr>(start);
            auto *pixels =
                reinterpret_cast<uchar *>((address + hugePage - 1) & ~quintptr(hugePage - 1));
            madvise(pixels, size_t(bytes), MADV_HUGEPAGE); // a hint: without it, 4 KB pages
            return QImage(pixels, size.width(), size.height(), bytesPerLine, format, unmap,
                          new Mapping{start, length});
        }
    }
#endif
    return QImage(size, format);
}

} // namespace colossus
