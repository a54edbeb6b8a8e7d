#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

// Settings in a folder of the test's own, empty at the start: a test neither reads nor changes
// the user's settings nor another test's. Keep it alive as long as the test uses QSettings.
class FreshSettings {
public:
    explicit FreshSettings(const QString &applicationName = {}) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        if (!applicationName.isEmpty()) {
            QCoreApplication::setOrganizationName(QStringLiteral("colossus-tests"));
            QCoreApplication::setApplicationName(applicationName);
        }
        QSettings().clear();
    }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};
