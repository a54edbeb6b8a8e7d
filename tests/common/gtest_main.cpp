#include <QApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace {

// COLOSSUS_TEST_SCREEN=1280x720 gives the offscreen platform one screen of that size (its
// default is 800x800), so a test can open the main window as on that laptop. The platform
// reads the screens from a JSON file named in QT_QPA_PLATFORM.
void useTestScreen() {
    const QString size = qEnvironmentVariable("COLOSSUS_TEST_SCREEN");
    const auto match = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(size);
    if (!match.hasMatch())
        return;
    const QString path =
        QDir::temp().filePath(QStringLiteral("colossus-test-screen-%1.json").arg(size));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    file.write(QStringLiteral("{\"screens\": [{\"name\": \"laptop\", \"x\": 0, \"y\": 0, "
                              "\"width\": %1, \"height\": %2, \"logicalDpi\": 96, "
                              "\"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                   .arg(match.captured(1), match.captured(2))
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
}

} // namespace

// Tests run with real widgets and real painting, so they need a QApplication; CI sets
// QT_QPA_PLATFORM=offscreen (ctest does so for every test, see tests/CMakeLists.txt).
int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    useTestScreen();
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
