// Frame times of the diagram, side by side in one run with two baselines of the same image
// size: the floor (one QPainter::fillRect of the whole image, the least a frame can cost) and
// a naive QGraphicsScene (one item per group, rack, server and GPU). Cases: every level, every
// frame of the zoom animation from the cluster to a GPU and back, the tour's presentation
// frames with their captions, hover and selection repaints of the canvas, at 1920x1080 and
// 3840x2160, for 100,000, 1,000,000 and 10,000,000 GPUs (the last from a data file made here
// from the embedded one); the memory a scenario costs; and the whole-cluster 7680x4320 PNG
// export as a process, beside lstopo drawing a machine of the same size. tests/benchmarks/run
// turns the JSON into one summary table (see README.md).
#include "PresentationWindow.h"
#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueLoader.h"
#include "diagram/DiagramCanvas.h"
#include "diagram/DiagramPicture.h"
#include "diagram/ViewPath.h"
#include "style/GlyphCache.h"
#include "tour/Tour.h"
#include "tour/TourStepPicture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <ctime>
#include <malloc.h>
#include <sys/resource.h>

using namespace colossus;

namespace {

// CPU time of the process, in milliseconds: the machine is shared, so wall time would include
// waiting for a core; and Qt runs some raster work (smooth scaling, image fills, format
// conversions) on its thread pool, which the time of this thread alone would leave out.
double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The plans measured: the built cluster, the planned million, and ten million GPUs through a
// data file (the embedded catalogue with the planned figure multiplied by ten), as a person
// would load it with --data.
struct Plan {
    const char *name;
    const char *scenario;
};
const Plan plans[] = {{"100k", "built"}, {"1M", "planned"}, {"10M", "planned"}};

const Catalogue &tenMillionCatalogue() {
    static const Catalogue catalogue = [] {
        QFile embedded(u":/data/colossus.json"_qs);
        if (!embedded.open(QIODevice::ReadOnly))
            qFatal("cannot read the embedded catalogue");
        QJsonObject root = QJsonDocument::fromJson(embedded.readAll()).object();
        QJsonArray figures = root.value(u"figures"_qs).toArray();
        for (qsizetype i = 0; i < figures.size(); ++i) {
            QJsonObject f = figures.at(i).toObject();
            if (f.value(u"id"_qs).toString() == u"planned_gpus") {
                f.insert(u"value"_qs, 10'000'000);
                figures.replace(i, f);
            }
        }
        root.insert(u"figures"_qs, figures);
        static QTemporaryDir dir;
        const QString path = dir.filePath(u"ten-million.json"_qs);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        out.close();
        LoadResult result = CatalogueLoader::loadFile(path);
        if (!result.ok())
            qFatal("the 10M catalogue does not load: %s",
                   qPrintable(result.problems.value(0).toString()));
        return std::move(*result.catalogue);
    }();
    return catalogue;
}

const Catalogue &catalogueOf(const Plan &plan) {
    return qstrcmp(plan.name, "10M") == 0 ? tenMillionCatalogue() : Catalogue::embedded();
}

// The plan's model, as the canvas shows it.
std::shared_ptr<const DiagramModel> modelOf(const Plan &plan) {
    QString error;
    auto model =
        DiagramModel::create(catalogueOf(plan), QString::fromLatin1(plan.scenario), &error);
    if (!model)
        qFatal("%s", qPrintable(error));
    return model;
}

std::unique_ptr<DiagramPicture> picture(const Plan &plan, const QString &path) {
    QString error;
    auto p =
        DiagramPicture::create(catalogueOf(plan), QString::fromLatin1(plan.scenario), path, &error);
    if (!p)
        qFatal("%s", qPrintable(error));
    return p;
}

void setCounters(benchmark::State &state, double gpus, QSize size) {
    state.counters["gpus"] = gpus;
    state.counters["width"] = size.width();
    state.counters["height"] = size.height();
}

// The floor: one fill of the whole image.
void floorFrame(benchmark::State &state, QSize size) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black); // fault its pages in before timing
    const QRect all(QPoint(0, 0), size);
    for (auto _ : state) {
        QPainter painter(&image);
        painter.fillRect(all, Qt::white);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    setCounters(state, 0, size);
}

// What a frame composed from a kept image costs at least: one image of the same size drawn
// scaled (nearest pixel, as the canvas composes zoom frames) over the whole image. A reference
// beside the floor, not a target.
void scaledBlit(benchmark::State &state, QSize size) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QImage kept(size, QImage::Format_ARGB32_Premultiplied);
    kept.fill(Qt::darkGreen);
    const QRectF all(QPointF(0, 0), QSizeF(size));
    // A third of the way into a zoom of 1.5 per step: the kept image's middle, magnified.
    const QRectF source(all.center() - QPointF(all.width(), all.height()) / 3, all.size() / 1.5);
    for (auto _ : state) {
        QPainter painter(&image);
        painter.drawImage(all, kept, source);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    setCounters(state, 0, size);
}

// One frame of a level into a QImage, as PNG export draws it.
void levelFrame(benchmark::State &state, Plan plan, QString path, QSize size) {
    auto p = picture(plan, path);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black); // fault its pages in before timing
    PaintOptions options;
    options.printing = true;
    for (auto _ : state) {
        QPainter painter(&image);
        p->paintContent(painter, QRectF(QPointF(0, 0), QSizeF(size)), options);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    setCounters(state, double(p->model().geometry.gpuCount()), size);
}

// Every frame of zooming from the cluster down to one GPU, level by level as a person clicks
// through (cluster, group, rack, server, GPU), and back up, as the window paints it: the real
// canvas, its animation stepped at 60 frames a second through its 250 ms (its own easing and
// camera), each frame rendered as the window system would, and the frame at rest after each
// zoom. One iteration paints them all; the time reported is per frame, the worst frame is a
// counter.
void zoomFrames(benchmark::State &state, Plan plan, QSize size) {
    const auto model = modelOf(plan);
    DiagramCanvas canvas;
    canvas.resize(size);
    canvas.show(); // offscreen: animations run only in a visible canvas
    canvas.setModel(model);
    QList<ElementPath> stops;
    for (const char *level : {"cluster", "group/0", "group/0/rack/0", "group/0/rack/0/server/0",
                              "group/0/rack/0/server/0/gpu/0"})
        stops.append(*ViewPath::parse(QString::fromLatin1(level)));
    QList<ElementPath> route = stops;
    for (qsizetype i = stops.size() - 2; i >= 0; --i)
        route.append(stops[i]);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    canvas.setPath(route.first(), false);
    canvas.render(&image); // the first frame at rest
    // One trip down and back up; per frame the CPU time, the worst and the count.
    const auto trip = [&](double &total, double &worst, qint64 &frames) {
        const int frameMs = 1000 / 60;
        for (qsizetype i = 1; i < route.size(); ++i) {
            canvas.setPath(route[i], true);
            for (int ms = frameMs; ms < DiagramCanvas::animationMs + frameMs; ms += frameMs) {
                const double start = cpuMs();
                canvas.showAnimationAt(std::min(ms, DiagramCanvas::animationMs));
                canvas.render(&image);
                const double spent = cpuMs() - start;
                total += spent;
                worst = std::max(worst, spent);
                ++frames;
            }
            if (canvas.isAnimating())
                qFatal("the zoom animation did not finish");
        }
    };
    // The first trip fills the caches (group tiles, glyphs, the legend's band): measured
    // apart, as cold_mean_ms and cold_worst_ms.
    double coldTotal = 0, coldWorst = 0;
    qint64 coldFrames = 0;
    trip(coldTotal, coldWorst, coldFrames);
    double total = 0, worst = 0;
    qint64 frames = 0;
    for (auto _ : state) {
        trip(total, worst, frames);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["cold_mean_ms"] = coldTotal / double(coldFrames);
    state.counters["cold_worst_ms"] = coldWorst;
    state.counters["frames"] = double(frames) / double(state.iterations());
    state.counters["worst_ms"] = worst;
    setCounters(state, double(model->geometry.gpuCount()), size);
}

// Every step of the embedded tour as TourStepPicture paints it (the handouts' and the tour
// export's path): the view and its caption band with the cited passages. Per frame, worst as
// a counter.
void tourPictureFrames(benchmark::State &state, QSize size) {
    const Catalogue &catalogue = Catalogue::embedded();
    const TourLoadResult loaded = TourLoader::loadEmbedded(catalogue);
    if (!loaded.ok())
        qFatal("the embedded tour does not load");
    const Tour &tour = *loaded.tour;
    std::vector<std::unique_ptr<TourStepPicture>> steps;
    for (int i = 0; i < tour.stepCount(); ++i) {
        QString error;
        steps.push_back(TourStepPicture::create(catalogue, tour, i, &error));
        if (!steps.back())
            qFatal("%s", qPrintable(error));
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black); // fault its pages in before timing
    const QRectF area(QPointF(0, 0), QSizeF(size));
    PaintOptions options;
    // The first paint of each step (its chart laid out, its caption band drawn and kept) is
    // measured apart, as cold_mean_ms and cold_worst_ms: the frames after it, which the
    // projector repaints while the step is shown, are the case's time and worst frame.
    double cold = 0, coldWorst = 0;
    for (const auto &step : steps) {
        const double start = cpuMs();
        QPainter painter(&image);
        painter.fillRect(area, options.theme.background);
        step->paintContent(painter, area, options);
        painter.end();
        cold += cpuMs() - start;
        coldWorst = std::max(coldWorst, cpuMs() - start);
    }
    double worst = 0;
    for (auto _ : state) {
        for (const auto &step : steps) {
            const double start = cpuMs();
            QPainter painter(&image);
            painter.fillRect(area, options.theme.background);
            step->paintContent(painter, area, options);
            painter.end();
            worst = std::max(worst, cpuMs() - start);
        }
        benchmark::DoNotOptimize(image.constBits());
    }
    state.SetItemsProcessed(state.iterations() * qint64(steps.size()));
    state.counters["frames"] = double(steps.size());
    state.counters["worst_ms"] = worst;
    state.counters["cold_mean_ms"] = cold / double(steps.size());
    state.counters["cold_worst_ms"] = coldWorst;
    setCounters(state, 0, size);
}

// The projector itself: the real PresentationWindow (offscreen, not shown) rendered into an
// image of the size, as its paint event draws the screen.
struct Projector {
    Tour tour;
    std::unique_ptr<PresentationWindow> window;
    QImage image;

    explicit Projector(QSize size) {
        const TourLoadResult loaded = TourLoader::loadEmbedded(Catalogue::embedded());
        if (!loaded.ok())
            qFatal("the embedded tour does not load");
        tour = *loaded.tour;
        window = std::make_unique<PresentationWindow>(Catalogue::embedded(), tour);
        window->resize(size);
        image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black); // fault its pages in before timing
    }
    // One frame, its process CPU time in milliseconds.
    double frame() {
        const double start = cpuMs();
        window->render(&image);
        benchmark::DoNotOptimize(image.constBits());
        return cpuMs() - start;
    }
    // What the window does once a frame is out and the event loop is idle (it draws the
    // neighbouring steps' slides), its process CPU time.
    double idle() {
        const double start = cpuMs();
        QCoreApplication::processEvents();
        return cpuMs() - start;
    }
};

// Per frame of a presentation case: the mean of the timed frames, and the worst.
struct FrameTimes {
    double total = 0, worst = 0;
    qint64 count = 0;
    qint64 drawn = 0; // frames that drew their slide instead of blitting a kept one
    void add(double ms, bool reused = true) {
        total += ms;
        worst = std::max(worst, ms);
        ++count;
        drawn += !reused;
    }
    void report(benchmark::State &state, QSize size) const {
        state.SetItemsProcessed(count);
        state.counters["frames"] = double(count) / double(state.iterations());
        state.counters["mean_ms"] = count ? total / double(count) : 0;
        state.counters["worst_ms"] = worst;
        state.counters["slides_drawn"] = double(drawn) / double(state.iterations());
        setCounters(state, 0, size);
    }
};

// Every step of the tour as the projector shows it, with the presenter's pointer (the dot or
// the spotlight) moving across it: 12 frames a step. The first frame of a step is measured
// apart as cold_mean_ms and cold_worst_ms (a blit where the slide was prepared, a drawing
// after a jump), and the idle time after it, when the window draws the neighbouring steps'
// slides, as prepare_mean_ms; the transition that leads to a step is the Fades and Flights
// cases'.
void projectorSteps(benchmark::State &state, QSize size, PresenterTools::Pointer pointer) {
    Projector p(size);
    p.window->setAnimated(false);
    p.window->tools().togglePointer(pointer);
    constexpr int framesPerStep = 12;
    FrameTimes shown, cold, prepare;
    for (auto _ : state) {
        for (int i = 0; i < p.tour.stepCount(); ++i) {
            state.PauseTiming();
            p.window->controller().goTo(i);
            p.window->tools().setPosition({0.1, 0.5});
            cold.add(p.frame());
            prepare.add(p.idle());
            state.ResumeTiming();
            for (int f = 1; f <= framesPerStep; ++f) {
                // At whole pixels, as a mouse reports them.
                const QPointF at(std::round(size.width() * (0.1 + 0.8 * f / framesPerStep)),
                                 std::round(size.height() * (0.3 + 0.03 * f)));
                p.window->tools().setPosition(
                    PresenterTools::toFraction(at, QRectF(QPointF(0, 0), QSizeF(size))));
                const double ms = p.frame();
                shown.add(ms, p.window->lastFrameReusedSlide());
            }
        }
    }
    shown.report(state, size);
    state.counters["cold_mean_ms"] = cold.count ? cold.total / double(cold.count) : 0;
    state.counters["cold_worst_ms"] = cold.worst;
    state.counters["prepare_mean_ms"] = prepare.count ? prepare.total / double(prepare.count) : 0;
}

// Every frame (60 a second, the animation's real duration and easing, driven by its current
// time) of the step changes from each step of the tour to the next: the camera flights
// between diagram steps of one scenario (`flights`), or the cross-fades of the others. The
// frames of the other kind are drawn untimed, and so is the idle time at rest before a change
// (when the window prepares the next step's slide).
void projectorTransitions(benchmark::State &state, QSize size, bool flights) {
    Projector p(size);
    p.window->setAnimated(true);
    FrameTimes times;
    qint64 transitions = 0;
    for (auto _ : state) {
        state.PauseTiming();
        p.window->controller().goTo(0);
        p.window->seekTransition(p.window->transitionMs());
        p.frame(); // the first step at rest
        p.idle();
        state.ResumeTiming();
        for (int i = 1; i < p.tour.stepCount(); ++i) {
            state.PauseTiming();
            p.window->controller().goTo(i);
            const bool timed = p.window->isFlying() == flights;
            transitions += timed;
            const int duration = p.window->transitionMs();
            for (int f = 0; f * 1000 < duration * 60; ++f) {
                p.window->seekTransition(f * 1000 / 60);
                if (timed) {
                    state.ResumeTiming();
                    const double ms = p.frame();
                    times.add(ms, p.window->lastFrameReusedSlide());
                    state.PauseTiming();
                } else {
                    p.frame();
                }
            }
            p.window->seekTransition(duration); // at rest
            p.frame();
            p.idle();
            state.ResumeTiming();
        }
    }
    times.report(state, size);
    state.counters["transitions"] = double(transitions) / double(state.iterations());
}

// The canvas repainting after the pointer moved to another rack (hover) or the keyboard
// selected another group (selection), at the cluster level, as the window paints it: the
// region the canvas invalidated (the outlines that changed), over the frame shown before.
void canvasRepaint(benchmark::State &state, Plan plan, QSize size, bool hover) {
    const auto model = modelOf(plan);
    DiagramCanvas canvas;
    canvas.resize(size);
    canvas.setModel(model);
    canvas.setPath(ElementPath(), false);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    canvas.render(&image); // the first full frame
    const HierarchyGeometry &g = model->geometry;
    const DiagramCamera camera = canvas.camera();
    const QRectF diagram = canvas.diagramArea();
    int k = 0;
    for (auto _ : state) {
        ++k;
        if (hover) {
            const QPointF at = camera.toScreen(g.rackRect(k % 2, 3).center(), diagram);
            QMouseEvent move(QEvent::MouseMove, at, canvas.mapToGlobal(at), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&canvas, &move);
        } else {
            canvas.setSelection(ElementPath::ofGroup(k % 2));
        }
        const QRegion damage = canvas.lastPointerDamage();
        canvas.render(&image, damage.boundingRect().topLeft(), damage);
        benchmark::DoNotOptimize(image.constBits());
    }
    setCounters(state, double(g.gpuCount()), size);
}

// Hit testing: HierarchyGeometry::elementAt for random points over the cluster.
void hitTest(benchmark::State &state, Plan plan) {
    auto p = picture(plan, u"cluster"_qs);
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
    state.counters["gpus"] = double(g.gpuCount());
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

// What a plan costs in memory: the heap its model keeps, and the peak while drawing every
// level.
void memory(benchmark::State &state, Plan plan) {
    const QSize size(1920, 1080);
    catalogueOf(plan); // the catalogue is not the plan's cost
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
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
            auto cluster = picture(plan, u"cluster"_qs);
            for (const QString &path : DiagramPicture::levelPaths()) {
                auto p = picture(plan, path);
                QPainter painter(&image);
                p->paintContent(painter, QRectF(QPointF(0, 0), QSizeF(size)), options);
            }
            heapRetained = double(mallinfo2().uordblks) - double(heapBefore);
        }
        peakRss = double(rssKb("VmHWM:") - rssBefore) * 1024.0;
    }
    state.counters["heap_retained_bytes"] = heapRetained;
    state.counters["peak_rss_delta_bytes"] = peakRss;
    state.counters["gpus"] = double(picture(plan, u"cluster"_qs)->model().geometry.gpuCount());
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

// The naive scene drawing the whole cluster into the same image (built once, outside the
// timing; its build time is a counter).
void naiveFrame(benchmark::State &state, QSize size) {
    auto p = picture(plans[0], u"cluster"_qs);
    QElapsedTimer build;
    build.start();
    NaiveScene naive(p->model().geometry);
    naive.scene.setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    naive.scene.itemsBoundingRect(); // build the index before timing
    const double buildMs = double(build.nsecsElapsed()) / 1e6;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter painter(&image);
        naive.scene.render(&painter, target, p->model().geometry.clusterRect(),
                           Qt::KeepAspectRatio);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["items"] = double(naive.items);
    state.counters["build_ms"] = buildMs;
    setCounters(state, double(p->model().geometry.gpuCount()), size);
}

double childrenCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// A command as a person runs it: a separate process, start to exit, on the wall clock; its CPU
// time (all its threads) is the counter cpu_ms, which a loaded machine does not inflate.
void process(benchmark::State &state, QString program, QStringList arguments, QString output) {
    double cpu = 0;
    for (auto _ : state) {
        QFile::remove(output);
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const double cpuBefore = childrenCpuMs();
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        process.waitForFinished(-1);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        cpu += childrenCpuMs() - cpuBefore;
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
            !QFile::exists(output)) {
            state.SkipWithError("the command failed");
            return;
        }
    }
    const QImage image(output);
    state.counters["cpu_ms"] = cpu / double(state.iterations());
    state.counters["width"] = image.width();
    state.counters["height"] = image.height();
    state.counters["bytes"] = double(QFile(output).size());
}

QString sizeName(QSize s) {
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    cacheLargeGlyphs(); // as the application does
    QApplication app(argc, argv);
    const QSize sizes[] = {QSize(1920, 1080), QSize(3840, 2160)};
    const QString levels[][2] = {{u"cluster"_qs, u"cluster"_qs},
                                 {u"group"_qs, u"group/0"_qs},
                                 {u"rack"_qs, u"group/0/rack/0"_qs},
                                 {u"rack-rear"_qs, u"group/0/rack/0/rear"_qs},
                                 {u"server"_qs, u"group/0/rack/0/server/0"_qs},
                                 {u"gpu"_qs, u"group/0/rack/0/server/0/gpu/0"_qs}};
    const auto reg = [](const QString &name, auto &&fn, auto &&...args) {
        const std::string n = name.toStdString();
        return benchmark::RegisterBenchmark(n.c_str(), fn, args...)->Unit(benchmark::kMillisecond);
    };
    for (const QSize size : sizes) {
        const QString s = sizeName(size);
        reg(u"Floor/"_qs + s, floorFrame, size);
        reg(u"ScaledBlit/"_qs + s, scaledBlit, size);
        reg(u"NaiveScene/cluster/100k/"_qs + s, naiveFrame, size);
        for (const Plan &plan : plans) {
            const QString n = QString::fromLatin1(plan.name);
            for (const auto &level : levels)
                reg(QStringLiteral("Frame/%1/%2/%3").arg(level[0], n, s), levelFrame, plan,
                    level[1], size);
            reg(QStringLiteral("Zoom/%1/%2").arg(n, s), zoomFrames, plan, size);
            reg(QStringLiteral("Hover/%1/%2").arg(n, s), canvasRepaint, plan, size, true);
            reg(QStringLiteral("Selection/%1/%2").arg(n, s), canvasRepaint, plan, size, false);
        }
        reg(u"TourPicture/"_qs + s, tourPictureFrames, size);
        reg(u"Presentation/steps-dot/"_qs + s, projectorSteps, size, PresenterTools::Pointer::Dot);
        reg(u"Presentation/steps-spotlight/"_qs + s, projectorSteps, size,
            PresenterTools::Pointer::Spotlight);
        reg(u"Presentation/fades/"_qs + s, projectorTransitions, size, false);
        reg(u"Presentation/flights/"_qs + s, projectorTransitions, size, true);
    }
    const QSize big(7680, 4320);
    reg(u"Floor/"_qs + sizeName(big), floorFrame, big);
    reg(u"Frame/cluster/100k/"_qs + sizeName(big), levelFrame, plans[0], u"cluster"_qs, big);
    for (const Plan &plan : plans) {
        const std::string hit =
            QStringLiteral("HitTest/%1").arg(QString::fromLatin1(plan.name)).toStdString();
        benchmark::RegisterBenchmark(hit.c_str(), hitTest, plan);
    }
    for (const Plan &plan : plans)
        reg(QStringLiteral("Memory/%1").arg(QString::fromLatin1(plan.name)), memory, plan)
            ->Iterations(1);
    static QTemporaryDir dir;
    const QString ours = dir.filePath(u"cluster.png"_qs);
    reg(u"ExportProcess/cluster/100k/7680x4320"_qs, process, QStringLiteral(COLOSSUS_APP_BINARY),
        QStringList{u"--export"_qs, ours, u"--view"_qs, u"cluster"_qs, u"--scenario"_qs,
                    u"built"_qs, u"--size"_qs, u"7680x4320"_qs},
        ours)
        ->UseManualTime()
        ->Iterations(3);
    // hwloc's lstopo drawing a machine of 196 x 8 x 8 x 8 = 100,352 processing units into a
    // PNG (Debian package hwloc); left out when it is not installed.
    const QString lstopo = QStandardPaths::findExecutable(u"lstopo"_qs);
    if (!lstopo.isEmpty()) {
        const QString theirs = dir.filePath(u"lstopo.png"_qs);
        reg(u"LstopoProcess/100k"_qs, process, lstopo,
            QStringList{u"-i"_qs, u"group:196 pack:8 core:8 pu:8"_qs, u"--of"_qs, u"png"_qs,
                        theirs},
            theirs)
            ->UseManualTime()
            ->Iterations(1);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
