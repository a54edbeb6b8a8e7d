#pragma once

#include <QApplication>
#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

// What every fuzz target needs: an offscreen application (fonts, resources) created once,
// and the input as bytes or as UTF-8 text.
namespace colossus::fuzz {

inline void ensureApplication() {
    static QApplication *app = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "colossus-fuzz";
        static char *argv[] = {name, nullptr};
        return new QApplication(argc, argv);
    }();
    Q_UNUSED(app);
}

inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size) {
    return QString::fromUtf8(bytes(data, size));
}

} // namespace colossus::fuzz
