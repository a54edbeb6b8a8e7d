// Frame times of the diagram at each level for 100,000 and 1,000,000 GPUs, hit testing, the
// memory a scenario costs, a naive QGraphicsScene baseline (one item per group, rack, server
// and GPU) and the end-to-end export of the whole cluster to a 7680x4320 PNG, all in one run so
// the numbers can be compared side by side. Run with --benchmark_format=json (see
// tests/benchmarks/README.md).
#include "catalogue/Catalogue.h"
#include "diagram/DiagramPicture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <malloc.h>

using namespace colossus;

namespace {

const QSize frameSize(1920, 1080);

std::unique_ptr<DiagramPicture> picture(const QString &scenario, const QString &path) {
    QString error;
    auto p = DiagramPicture::create(Catalogue::embedded(), scenario, path, &error);
    if (!p)
        qFatal("%s", qPrintable(error));
    return p;
}

// One 1920x1080 frame of a level into a QImage, as the screen and PNG export draw it.
void frame(benchmark::State &state, const QString &scenario, const QString &path, QSize frameSize) {
    auto p = picture(scenario, path);
    QImage image(frameSize, QImage::Format_ARGB32_Premultiplied);
    PaintOptions options;
    options.printing = true;
    for (auto _ : state) {
        QPainter painter(&image);
        p->paintContent(painter, QRectF(QPointF(0, 0), QSizeF(frameSize)), options);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["gpus"] = double(p->model().geometry.gpuCount());
}

void hitTest(benchmark::State &state, const QString &scenario) {
    auto p = picture(scenario, u"cluster"_qs);
    const HierarchyGeometry &g = p->model().geometry;
    const QRectF world = g.clusterRect();
    QRandomGenerator random(42);
    std::vector<QPointF> points(4096);
    for (QPointF &pt : points) {
        pt = QPointF(world.left() + random.generateDouble() * world.width(),
                     world.top() + random.generateDouble() * world.height());
    }
    size_t i = 0;
    qint64 found = 0;
    for (auto _ : state) {
        const ElementPath e = g.elementAt(points[i++ & 4095]);
        found += e.gpu >= 0;
        benchmark::DoNotOptimize(e);
    }
    state.counters["gpu_hits"] = double(found);
    state.SetItemsProcessed(state.iterations());
}

long rssKb(const char *field) {
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// What a scenario costs in memory: the model, and the peak while drawing every level.
void memory(benchmark::State &state, const QString &scenario) {
    QImage image(frameSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white); // touch the pages before measuring
    PaintOptions options;
    options.printing = true;
    double heapRetained = 0, peakRss = 0;
    for (auto _ : state) {
        malloc_trim(0);
        QFile clear(u"/proc/self/clear_refs"_qs);
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5"); // reset the peak resident size
        clear.close();
        const long rssBefore = rssKb("VmRSS:");
        const size_t heapBefore = mallinfo2().uordblks;
        {
            auto cluster = picture(scenario, u"cluster"_qs);
            for (const QString &path : DiagramPicture::levelPaths()) {
                auto p = picture(scenario, path);
                QPainter painter(&image);
                p->paintContent(painter, QRectF(QPointF(0, 0), QSizeF(frameSize)), options);
            }
            heapRetained = double(mallinfo2().uordblks) - double(heapBefore);
        }
        peakRss = double(rssKb("VmHWM:") - rssBefore) * 1024.0;
    }
    state.counters["heap_retained_bytes"] = heapRetained;
    state.counters["peak_rss_delta_bytes"] = peakRss;
}

// The naive way: a QGraphicsScene with one item per group, rack, server and GPU.
struct NaiveScene {
    QGraphicsScene scene;
    qint64 items = 0;

    explicit NaiveScene(const HierarchyGeometry &g) {
        const QBrush h100(QColor(0x2f9e44));
        const QBrush frame(QColor(0x555555));
        const QBrush chassis(QColor(0xdddddd));
        const QPen none(Qt::NoPen);
        for (int gi = 0; gi < g.groupCount(); ++gi) {
            scene.addRect(g.groupRect(gi), none, QBrush(QColor(0xf1f3f5)));
            ++items;
            for (int r = 0; r < g.racksInGroup(gi); ++r) {
                scene.addRect(g.rackRect(gi, r), none, frame);
                ++items;
                for (int s = 0; s < g.serversInRack(gi, r); ++s) {
                    scene.addRect(g.serverRect(gi, r, s), none, chassis);
                    ++items;
                    for (int i = 0; i < g.gpusInServer(gi, r, s); ++i) {
                        scene.addRect(g.gpuRect(gi, r, s, i), none, h100);
                        ++items;
                    }
                }
            }
        }
    }
};

void naiveBuild(benchmark::State &state) {
    auto p = picture(u"built"_qs, u"cluster"_qs);
    qint64 items = 0;
    for (auto _ : state) {
        NaiveScene naive(p->model().geometry);
        items = naive.items;
        benchmark::DoNotOptimize(naive.scene.itemsBoundingRect());
    }
    state.counters["items"] = double(items);
}

void naiveFrame(benchmark::State &state) {
    auto p = picture(u"built"_qs, u"cluster"_qs);
    NaiveScene naive(p->model().geometry);
    naive.scene.setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    naive.scene.itemsBoundingRect(); // build the index before timing
    QImage image(frameSize, QImage::Format_ARGB32_Premultiplied);
    const QRectF target(QPointF(0, 0), QSizeF(frameSize));
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter painter(&image);
        naive.scene.render(&painter, target, p->model().geometry.clusterRect(),
                           Qt::KeepAspectRatio);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["items"] = double(naive.items);
}

// The whole 100,000-GPU cluster to a 7680x4320 PNG, as a person runs it: a separate process,
// from start to exit, timed on the wall clock.
void exportProcess(benchmark::State &state) {
    QTemporaryDir dir;
    const QString out = dir.filePath(u"cluster.png"_qs);
    for (auto _ : state) {
        QFile::remove(out);
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(COLOSSUS_APP_BINARY),
                      {u"--export"_qs, out, u"--view"_qs, u"cluster"_qs, u"--scenario"_qs,
                       u"built"_qs, u"--size"_qs, u"7680x4320"_qs});
        process.waitForFinished(60000);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
            !QFile::exists(out)) {
            state.SkipWithError("the export command failed");
            return;
        }
    }
    const QImage image(out);
    state.counters["width"] = image.width();
    state.counters["height"] = image.height();
    state.counters["bytes"] = double(QFile(out).size());
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString levels[][2] = {{u"cluster"_qs, u"cluster"_qs},
                                 {u"group"_qs, u"group/0"_qs},
                                 {u"rack"_qs, u"group/0/rack/0"_qs},
                                 {u"server"_qs, u"group/0/rack/0/server/0"_qs}};
    const QString scenarios[][2] = {{u"100k"_qs, u"built"_qs}, {u"1M"_qs, u"planned"_qs}};
    for (const auto &level : levels) {
        for (const auto &scenario : scenarios) {
            const std::string name =
                QStringLiteral("Frame1920x1080/%1/%2").arg(level[0], scenario[0]).toStdString();
            benchmark::RegisterBenchmark(name.c_str(), frame, scenario[1], level[1], frameSize)
                ->Unit(benchmark::kMillisecond);
        }
    }
    // The frame the big export draws, without encoding (compare with ExportProcess).
    benchmark::RegisterBenchmark("Frame7680x4320/cluster/100k", frame, u"built"_qs, u"cluster"_qs,
                                 QSize(7680, 4320))
        ->Unit(benchmark::kMillisecond);
    for (const auto &scenario : scenarios) {
        const std::string hit = QStringLiteral("HitTest/%1").arg(scenario[0]).toStdString();
        benchmark::RegisterBenchmark(hit.c_str(), hitTest, scenario[1]);
        const std::string mem = QStringLiteral("Memory/%1").arg(scenario[0]).toStdString();
        benchmark::RegisterBenchmark(mem.c_str(), memory, scenario[1])->Iterations(1);
    }
    benchmark::RegisterBenchmark("NaiveScene/build/100k", naiveBuild)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(3);
    benchmark::RegisterBenchmark("NaiveScene/Frame1920x1080/cluster/100k", naiveFrame)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("ExportProcess/cluster/100k/7680x4320", exportProcess)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(3);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
