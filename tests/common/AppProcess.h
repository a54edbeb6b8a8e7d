#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real colossus-explorer binary, as a user or a script would, without a display.
struct AppRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline AppRun runAppIn(const QProcessEnvironment &givenEnv, const QStringList &arguments,
                       int timeoutMs = 120000) {
    // English messages whatever the tester's locale; --lang in arguments still overrides.
    QProcessEnvironment env = givenEnv;
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(COLOSSUS_APP_BINARY), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline AppRun runApp(const QStringList &arguments, int timeoutMs = 120000) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return runAppIn(env, arguments, timeoutMs);
}

// As on a server or in CI: no display and no platform chosen.
inline AppRun runAppWithoutDisplay(const QStringList &arguments, int timeoutMs = 120000) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(name));
    return runAppIn(env, arguments, timeoutMs);
}
