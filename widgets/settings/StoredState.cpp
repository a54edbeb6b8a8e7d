#include "settings/StoredState.h"

#include <QCryptographicHash>
#include <QSettings>
#include <cstdio>

namespace colossus::StoredState {
namespace {

QString checksumKey(const QString &key) {
    return key + QStringLiteral("Checksum");
}

QString checksum(const QByteArray &state) {
    return QString::fromLatin1(
        QCryptographicHash::hash(state, QCryptographicHash::Sha256).toHex().left(32));
}

void warn(const QSettings &settings, const QString &key, const char *why) {
    std::fprintf(stderr,
                 "colossus-explorer: %s: ignoring the saved %s (%s); it is rewritten on "
                 "exit\n",
                 qPrintable(settings.fileName()), qPrintable(key), why);
}

} // namespace

void save(QSettings &settings, const QString &key, const QByteArray &state) {
    settings.setValue(key, state);
    settings.setValue(checksumKey(key), checksum(state));
}

QByteArray load(QSettings &settings, const QString &key) {
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return {};
    if (value.typeId() != QMetaType::QByteArray) {
        warn(settings, key, "not binary data");
        return {};
    }
    const QByteArray state = value.toByteArray();
    if (state.size() > maximumSize) {
        warn(settings, key, "too large");
        return {};
    }
    if (settings.value(checksumKey(key)).toString() != checksum(state)) {
        warn(settings, key, "damaged: its checksum does not match");
        return {};
    }
    return state;
}

} // namespace colossus::StoredState
