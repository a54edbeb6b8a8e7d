#include "export/PngEncoder.h"

#include <QIODevice>
#include <QThread>
#include <algorithm>
#include <cstring>
#include <thread>
#include <vector>
#include <zlib.h>

namespace colossus::PngEncoder {

namespace {

void putBigEndian(std::vector<uchar> &out, quint32 v) {
    out.push_back(uchar(v >> 24));
    out.push_back(uchar(v >> 16));
    out.push_back(uchar(v >> 8));
    out.push_back(uchar(v));
}

bool writeChunk(QIODevice &device, const char type[4], const uchar *data, size_t size) {
    std::vector<uchar> head;
    putBigEndian(head, quint32(size));
    head.insert(head.end(), type, type + 4);
    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(type), 4);
    // crc32 takes uInt lengths: feed big chunks in parts.
    for (size_t done = 0; done < size;) {
        const uInt part = uInt(std::min<size_t>(size - done, 1u << 30));
        crc = crc32(crc, data + done, part);
        done += part;
    }
    std::vector<uchar> tail;
    putBigEndian(tail, quint32(crc));
    return device.write(reinterpret_cast<const char *>(head.data()), qint64(head.size())) ==
               qint64(head.size()) &&
           device.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size) &&
           device.write(reinterpret_cast<const char *>(tail.data()), 4) == 4;
}

// One band of rows as raw deflate data; the last band ends the stream, the others end on a
// byte boundary (sync flush) so that the bands can be joined.
struct Band {
    int first = 0;
    int last = 0; // exclusive
    bool final = false;
    std::vector<uchar> out;
    uLong adler = 1;
    uLong length = 0;
    bool ok = false;
};

void compressBand(const QImage &image, bool alpha, Band &band) {
    const int channels = alpha ? 4 : 3;
    const int width = image.width();
    std::vector<uchar> row(size_t(1) + size_t(width) * channels);
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK)
        return;
    std::vector<uchar> buffer(1 << 18);
    const auto drain = [&](int flush) {
        do {
            z.next_out = buffer.data();
            z.avail_out = uInt(buffer.size());
            const int rc = deflate(&z, flush);
            if (rc == Z_STREAM_ERROR)
                return false;
            band.out.insert(band.out.end(), buffer.data(),
                            buffer.data() + (buffer.size() - z.avail_out));
        } while (z.avail_out == 0);
        return true;
    };
    const size_t lineBytes = size_t(width) * sizeof(QRgb);
    for (int y = band.first; y < band.last; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        if (y > band.first && std::memcmp(line, image.constScanLine(y - 1), lineBytes) == 0) {
            // Up: a row like the one above (most rows of a diagram) is all zeros.
            row[0] = 2;
            std::fill(row.begin() + 1, row.end(), uchar(0));
        } else {
            row[0] = 1; // Sub: each byte minus the same channel of the pixel to its left
            uchar previous[4] = {0, 0, 0, 0};
            uchar *o = row.data() + 1;
            for (int x = 0; x < width; ++x) {
                const QRgb p = alpha ? qUnpremultiply(line[x]) : line[x];
                const uchar c[4] = {uchar(qRed(p)), uchar(qGreen(p)), uchar(qBlue(p)),
                                    uchar(qAlpha(p))};
                for (int k = 0; k < channels; ++k) {
                    *o++ = uchar(c[k] - previous[k]);
                    previous[k] = c[k];
                }
            }
        }
        band.adler = adler32(band.adler, row.data(), uInt(row.size()));
        band.length += uLong(row.size());
        z.next_in = row.data();
        z.avail_in = uInt(row.size());
        if (!drain(Z_NO_FLUSH)) {
            deflateEnd(&z);
            return;
        }
    }
    band.ok = drain(band.final ? Z_FINISH : Z_SYNC_FLUSH);
    deflateEnd(&z);
}

} // namespace

bool write(const QImage &source, QIODevice &device, bool alpha) {
    if (source.isNull())
        return false;
    QImage image = source;
    if (image.format() != QImage::Format_ARGB32_Premultiplied &&
        image.format() != QImage::Format_RGB32)
        image = image.convertToFormat(alpha ? QImage::Format_ARGB32_Premultiplied
                                            : QImage::Format_RGB32);
    if (image.format() == QImage::Format_RGB32)
        alpha = false;
    const int height = image.height();
    const int bands = std::clamp(QThread::idealThreadCount(), 1, std::max(1, height / 64));
    std::vector<Band> parts(static_cast<size_t>(bands));
    for (int i = 0; i < bands; ++i) {
        parts[i].first = int(qint64(height) * i / bands);
        parts[i].last = int(qint64(height) * (i + 1) / bands);
        parts[i].final = i + 1 == bands;
    }
    std::vector<std::thread> workers;
    for (int i = 1; i < bands; ++i)
        workers.emplace_back(compressBand, std::cref(image), alpha, std::ref(parts[i]));
    compressBand(image, alpha, parts[0]);
    for (std::thread &t : workers)
        t.join();

    std::vector<uchar> header;
    header.insert(header.end(), {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    if (device.write(reinterpret_cast<const char *>(header.data()), 8) != 8)
        return false;
    std::vector<uchar> ihdr;
    putBigEndian(ihdr, quint32(image.width()));
    putBigEndian(ihdr, quint32(height));
    ihdr.insert(ihdr.end(), {8, uchar(alpha ? 6 : 2), 0, 0, 0});
    if (!writeChunk(device, "IHDR", ihdr.data(), ihdr.size()))
        return false;
    // One zlib stream: header, the bands' raw deflate data, the Adler-32 of all rows.
    std::vector<uchar> idat{0x78, 0x01};
    uLong adler = 1;
    for (const Band &b : parts) {
        if (!b.ok)
            return false;
        idat.insert(idat.end(), b.out.begin(), b.out.end());
        adler = adler32_combine(adler, b.adler, z_off_t(b.length));
    }
    putBigEndian(idat, quint32(adler));
    return writeChunk(device, "IDAT", idat.data(), idat.size()) &&
           writeChunk(device, "IEND", nullptr, 0);
}

} // namespace colossus::PngEncoder
