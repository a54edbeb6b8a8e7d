// Installs the build into a temporary DESTDIR exactly as `cmake --install` does for a user or
// a package, and checks what a desktop needs: the binary, a valid menu entry, valid AppStream
// metadata, the icon in every size and the man page.
#include "AppProcess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QString appId = QStringLiteral("org.colossusexplorer.ColossusExplorer");

struct ToolRun {
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString &program, const QStringList &arguments,
                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {-1, QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAll())};
}

class InstallTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_destDir = new QTemporaryDir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DESTDIR"), s_destDir->path());
        s_install =
            new ToolRun(runTool(QStringLiteral(COLOSSUS_CMAKE_COMMAND),
                                {QStringLiteral("--install"), QStringLiteral(COLOSSUS_BINARY_DIR),
                                 QStringLiteral("--prefix"), QStringLiteral("/usr")},
                                env));
    }
    static void TearDownTestSuite() {
        delete s_install;
        delete s_destDir;
    }
    void SetUp() override { ASSERT_EQ(s_install->exitCode, 0) << s_install->output.toStdString(); }
    static QString installed(const QString &path) {
        return s_destDir->path() + QStringLiteral("/usr/") + path;
    }
    // Runs a validator on an installed file, or skips with the package that provides it.
    static void validate(const QString &tool, const QString &package, const QStringList &args) {
        const QString program = QStandardPaths::findExecutable(tool);
        if (program.isEmpty())
            GTEST_SKIP() << tool.toStdString() << " is not installed (Debian package "
                         << package.toStdString() << "; .ci/setup installs it)";
        const ToolRun run = runTool(program, args);
        EXPECT_EQ(run.exitCode, 0)
            << tool.toStdString() << ' ' << args.join(u' ').toStdString() << ":\n"
            << run.output.toStdString();
    }

    static inline QTemporaryDir *s_destDir = nullptr;
    static inline ToolRun *s_install = nullptr;
};

TEST_F(InstallTest, InstalledBinaryRunsAndPrintsItsVersion) {
    const QString binary = installed(QStringLiteral("bin/colossus-explorer"));
    ASSERT_TRUE(QFileInfo(binary).isExecutable()) << binary.toStdString();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const ToolRun run = runTool(binary, {QStringLiteral("--version")}, env);
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.output.startsWith(QStringLiteral("colossus-explorer ")))
        << run.output.toStdString();
}

TEST_F(InstallTest, DesktopFilePassesDesktopFileValidate) {
    const QString file = installed(QStringLiteral("share/applications/%1.desktop").arg(appId));
    ASSERT_TRUE(QFile::exists(file)) << file.toStdString();
    validate(QStringLiteral("desktop-file-validate"), QStringLiteral("desktop-file-utils"), {file});
}

TEST_F(InstallTest, MetainfoPassesAppstreamValidate) {
    const QString file = installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId));
    ASSERT_TRUE(QFile::exists(file)) << file.toStdString();
    validate(QStringLiteral("appstreamcli"), QStringLiteral("appstream"),
             {QStringLiteral("validate"), QStringLiteral("--no-net"), file});
}

TEST_F(InstallTest, MenuEntryStartsTheInstalledBinaryWithTheInstalledIcon) {
    QFile desktop(installed(QStringLiteral("share/applications/%1.desktop").arg(appId)));
    ASSERT_TRUE(desktop.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(desktop.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("\nExec=colossus-explorer")));
    EXPECT_TRUE(text.contains(QStringLiteral("\nIcon=") + appId + u'\n'));
    EXPECT_TRUE(QFile::exists(installed(QStringLiteral("bin/colossus-explorer"))));
}

TEST_F(InstallTest, IconIsScalableAndRenderedAtEveryHicolorSize) {
    EXPECT_TRUE(QFile::exists(
        installed(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId))));
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString png =
            installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
        const QImage image(png);
        ASSERT_FALSE(image.isNull()) << png.toStdString();
        EXPECT_EQ(image.size(), QSize(size, size)) << png.toStdString();
        // Not an empty canvas: the centre is drawn, the corner (outside the rounded square)
        // is transparent.
        EXPECT_GT(qAlpha(image.pixel(size / 2, size / 2)), 200) << size;
        EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0) << size;
    }
}

TEST_F(InstallTest, ManPageListsTheOptionsOfHelp) {
    QFile man(installed(QStringLiteral("share/man/man1/colossus-explorer.1")));
    ASSERT_TRUE(man.open(QIODevice::ReadOnly)) << man.fileName().toStdString();
    const QString text = QString::fromUtf8(man.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral(".TH COLOSSUS-EXPLORER 1")));
    for (const char *section : {".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS"})
        EXPECT_TRUE(text.contains(QLatin1String(section))) << section;
    // Every option of --help is in the page (troff escapes the dashes).
    const AppRun help = runApp({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    for (const QString &option : {u"--export-tour"_qs, u"--list-checks"_qs, u"--theme"_qs}) {
        ASSERT_TRUE(help.out.contains(option));
        EXPECT_TRUE(text.contains(QString(option).replace(u"-"_qs, u"\\-"_qs)))
            << option.toStdString();
    }
}

} // namespace
