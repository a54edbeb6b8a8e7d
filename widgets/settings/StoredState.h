#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace colossus {

// The opaque state blobs Qt saves for windows, splitters and headers, kept in the settings file
// with a checksum. Qt's restoreState() and restoreGeometry() trust their input: a corrupt blob
// can make them allocate gigabytes or build thousands of sections. So a blob is handed back
// only when it is small and its checksum matches; otherwise it is ignored with a warning on
// stderr, and the next save rewrites it.
namespace StoredState {

constexpr qsizetype maximumSize = 16 * 1024;

void save(QSettings &settings, const QString &key, const QByteArray &state);

// Empty when the key is missing, too large or does not match its checksum.
QByteArray load(QSettings &settings, const QString &key);

} // namespace StoredState
} // namespace colossus
