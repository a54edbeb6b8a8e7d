#include <QApplication>
#include <gtest/gtest.h>

// Tests run with real widgets and real painting, so they need a QApplication; CI sets
// QT_QPA_PLATFORM=offscreen (ctest does so for every test, see tests/CMakeLists.txt).
int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
