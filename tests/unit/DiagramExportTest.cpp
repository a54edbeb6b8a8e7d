// The diagram through the command line, as teachers use it for handouts: every level exports,
// at the size and scale asked, in each format; bad paths and scenarios exit 2, say why and
// leave no file.
#include "diagram/DiagramPicture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "AppProcess.h"

class DiagramExportLevels : public ::testing::TestWithParam<QString> {};

TEST_P(DiagramExportLevels, WritesAPngOfTheDefaultSize) {
    QTemporaryDir dir;
    const QString out = dir.filePath(u"view.png"_qs);
    const AppRun r = runApp({u"--export"_qs, out, u"--view"_qs, GetParam()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(out);
    EXPECT_EQ(image.size(), QSize(1920, 1080));
    EXPECT_FALSE(image.hasAlphaChannel());
}

INSTANTIATE_TEST_SUITE_P(Diagram, DiagramExportLevels,
                         ::testing::ValuesIn(colossus::DiagramPicture::levelPaths()));

TEST(DiagramExport, EveryScenarioAtClusterLevel) {
    QTemporaryDir dir;
    for (const QString &scenario : {u"built"_qs, u"upgrade"_qs, u"promise"_qs, u"planned"_qs}) {
        const QString out = dir.filePath(scenario + u".png"_qs);
        const AppRun r = runApp({u"--export"_qs, out, u"--view"_qs, u"cluster"_qs, u"--scenario"_qs,
                                 scenario, u"--size"_qs, u"800x450"_qs});
        ASSERT_EQ(r.exitCode, 0) << scenario.toStdString() << r.err.toStdString();
        EXPECT_EQ(QImage(out).size(), QSize(800, 450));
    }
}

TEST(DiagramExport, SizeScaleAndTransparency) {
    QTemporaryDir dir;
    const QString out = dir.filePath(u"rack.png"_qs);
    const AppRun r =
        runApp({u"--export"_qs, out, u"--view"_qs, u"group/195/rack/2"_qs, u"--size"_qs,
                u"1000x700"_qs, u"--scale"_qs, u"2"_qs, u"--transparent"_qs});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(out);
    EXPECT_EQ(image.size(), QSize(2000, 1400));
    ASSERT_TRUE(image.hasAlphaChannel());
    EXPECT_EQ(qAlpha(image.pixel(2, image.height() / 2)), 0); // margin left unpainted
}

TEST(DiagramExport, SvgAndPdf) {
    QTemporaryDir dir;
    const QString svg = dir.filePath(u"server.svg"_qs);
    AppRun r = runApp({u"--export"_qs, svg, u"--view"_qs, u"group/12/rack/3/server/5"_qs});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile s(svg);
    ASSERT_TRUE(s.open(QIODevice::ReadOnly));
    const QByteArray text = s.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("Group 12 &gt; Rack 3 &gt; Server 5") ||
                text.contains("Group 12 > Rack 3 > Server 5"));
    const QString pdf = dir.filePath(u"rear.pdf"_qs);
    r = runApp({u"--export"_qs, pdf, u"--view"_qs, u"group/12/rack/3/rear"_qs});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile p(pdf);
    ASSERT_TRUE(p.open(QIODevice::ReadOnly));
    EXPECT_TRUE(p.read(5) == "%PDF-");
}

struct BadView {
    const char *name;
    QStringList arguments;
    const char *message;
};

std::ostream &operator<<(std::ostream &os, const BadView &c) {
    return os << c.name;
}

class DiagramExportFailures : public ::testing::TestWithParam<BadView> {};

TEST_P(DiagramExportFailures, ExitTwoSayWhyAndLeaveNoFile) {
    QTemporaryDir dir;
    const QString out = dir.filePath(u"x.png"_qs);
    const AppRun r = runApp(QStringList{u"--export"_qs, out} + GetParam().arguments);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QString::fromUtf8(GetParam().message))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Diagram, DiagramExportFailures,
    ::testing::Values(
        BadView{"group_out_of_range",
                {u"--view"_qs, u"group/250"_qs},
                "group/250: the built scenario has 196 groups (0-195)"},
        BadView{"rack_of_partial_group",
                {u"--view"_qs, u"group/195/rack/4"_qs},
                "group/195/rack/4: group 195 of the built scenario has 3 racks (0-2)"},
        BadView{"gpu_out_of_range",
                {u"--view"_qs, u"group/0/rack/0/server/0/gpu/8"_qs},
                "server 0 has 8 GPUs (0-7)"},
        BadView{"bad_syntax", {u"--view"_qs, u"group/x"_qs}, "\"x\" is not an index"},
        BadView{"unknown_scenario",
                {u"--view"_qs, u"cluster"_qs, u"--scenario"_qs, u"someday"_qs},
                "someday: unknown scenario; choose one of built, upgrade, promise, planned"},
        BadView{"planned_group_in_built",
                {u"--view"_qs, u"group/1953"_qs},
                "the built scenario has 196 groups"}));
