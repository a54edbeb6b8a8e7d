// A settings file is hostile input (issue 12): damaged or crafted window state must be ignored
// with a warning on stderr, the window must open at a usable size, and closing it rewrites
// the settings so the next start is clean.
#include "MainWindow.h"

#include "catalogue/Catalogue.h"
#include "settings/StoredState.h"

#include <QApplication>
#include <QDataStream>
#include <QFile>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <cstdio>
#include <functional>
#include <gtest/gtest.h>
#include <unistd.h>

#include "FreshSettings.h"

using namespace colossus;

namespace {

// Captures what the code under test writes to stderr (fd 2) while it lives.
class StderrCapture {
public:
    StderrCapture() {
        std::fflush(stderr);
        m_saved = ::dup(2);
        m_file.open();
        ::dup2(m_file.handle(), 2);
    }
    ~StderrCapture() { release(); }
    QString text() {
        release();
        m_file.seek(0);
        return QString::fromLocal8Bit(m_file.readAll());
    }

private:
    void release() {
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        ::dup2(m_saved, 2);
        ::close(m_saved);
        m_saved = -1;
    }
    QTemporaryFile m_file;
    int m_saved = -1;
};

// A settings folder of the test's own.
class Settings : public testing::Test {
protected:
    void SetUp() override { m_dir = std::make_unique<FreshSettings>(); }
    std::unique_ptr<FreshSettings> m_dir;
};

// A QMainWindow state whose dock list claims 2^31 entries: Qt would try to allocate for them.
QByteArray craftedState() {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(0xff) << qint32(0) << uchar(0xfd) << qint32(0x7fffffff);
    return bytes;
}

// A geometry blob of a window 100,000 pixels on a side, at a position far off every screen.
QByteArray hugeGeometry() {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_4_0);
    out << quint32(0x1D9D0CB) << quint16(3) << quint16(0) << QRect(90000, 90000, 100000, 100000)
        << QRect(90000, 90000, 100000, 100000) << qint32(0) << quint8(0) << quint8(0)
        << qint32(100000) << QRect(90000, 90000, 100000, 100000);
    return bytes;
}

struct HostileSetting {
    const char *name;
    const char *key;
    std::function<void(QSettings &)> write;
    const char *warning; // on stderr, empty when none is expected
};

std::ostream &operator<<(std::ostream &os, const HostileSetting &h) {
    return os << h.name;
}

class HostileSettings : public Settings, public testing::WithParamInterface<HostileSetting> {};

TEST_P(HostileSettings, AreIgnoredWithAWarningAndRewrittenOnExit) {
    {
        QSettings settings;
        GetParam().write(settings);
    }
    StderrCapture capture;
    {
        MainWindow window(Catalogue::embedded(), GuiOptions());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const QRect desktop = window.screen()->virtualGeometry();
        EXPECT_LE(window.width(), 2 * desktop.width());
        EXPECT_LE(window.height(), 2 * desktop.height());
        EXPECT_TRUE(window.frameGeometry().intersects(desktop));
        QApplication::setActiveWindow(&window); // offscreen: no window manager activates it
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier); // the window still answers Ctrl+Q
        EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isVisible(); }, 5000));
    }
    const QString err = capture.text();
    EXPECT_TRUE(err.contains(QString::fromUtf8(GetParam().warning))) << qPrintable(err);
    // Rewritten: the next start restores without a warning.
    QSettings settings;
    EXPECT_FALSE(StoredState::load(settings, QString::fromLatin1(GetParam().key)).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, HostileSettings,
    testing::Values(
        HostileSetting{"crafted_state_without_checksum", "window/state",
                       [](QSettings &s) { s.setValue(u"window/state"_qs, craftedState()); },
                       "window/state (damaged: its checksum does not match)"},
        HostileSetting{
            "random_geometry", "window/geometry",
            [](QSettings &s) { s.setValue(u"window/geometry"_qs, QByteArray(66, '\xa5')); },
            "window/geometry (damaged"},
        HostileSetting{
            "huge_geometry_with_checksum", "window/geometry",
            [](QSettings &s) { StoredState::save(s, u"window/geometry"_qs, hugeGeometry()); },
            ""}, // Qt clamps this one itself; either way the window must fit the screen
        HostileSetting{"state_as_text", "window/state",
                       [](QSettings &s) { s.setValue(u"window/state"_qs, u"hello"_qs); },
                       "window/state (not binary data)"},
        HostileSetting{"state_of_a_megabyte", "window/state",
                       [](QSettings &s) {
                           StoredState::save(s, u"window/state"_qs, QByteArray(1 << 20, '\0'));
                       },
                       "window/state (too large)"},
        HostileSetting{"header_with_a_million_sections", "SourcesBrowser/tableHeader",
                       [](QSettings &s) {
                           QByteArray bytes;
                           QDataStream out(&bytes, QIODevice::WriteOnly);
                           out << qint32(0xff) << qint32(0) << qint32(0) << qint32(1000000);
                           s.setValue(u"SourcesBrowser/tableHeader"_qs, bytes);
                       },
                       "tableHeader (damaged"}),
    [](const testing::TestParamInfo<HostileSetting> &info) {
        return std::string(info.param.name);
    });

TEST_F(Settings, StoredStateRoundTripsAndRefusesTampering) {
    QSettings settings;
    const QByteArray state("some state bytes");
    StoredState::save(settings, u"x/state"_qs, state);
    EXPECT_EQ(StoredState::load(settings, u"x/state"_qs), state);
    EXPECT_TRUE(StoredState::load(settings, u"x/missing"_qs).isEmpty());
    settings.setValue(u"x/state"_qs, QByteArray("some state bytez"));
    StderrCapture capture;
    EXPECT_TRUE(StoredState::load(settings, u"x/state"_qs).isEmpty());
    EXPECT_TRUE(capture.text().contains(u"x/state"_qs));
}

} // namespace
