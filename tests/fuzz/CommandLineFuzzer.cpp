// The command-line parser on argument vectors (the input split at NUL bytes), then the command
// itself. Outputs go into a scratch folder: a value of --export, --export-tour or --export-all
// is replaced by a name inside it, so the fuzzer never writes elsewhere. Export sizes are
// capped so one input stays fast; the size validation itself is still reached.
#include "FuzzSupport.h"

#include "CommandLine.h"

#include <QDir>
#include <QTemporaryDir>

using namespace colossus;

namespace {

QStringList argumentsOf(const QByteArray &input) {
    QStringList arguments{u"colossus-explorer"_qs};
    for (const QByteArray &part : input.split('\0'))
        arguments.append(QString::fromLocal8Bit(part));
    return arguments;
}

// Keeps outputs inside `scratch` and exports small.
QStringList confined(QStringList arguments, const QString &scratch) {
    static const QStringList outputs = {u"--export"_qs, u"--export-tour"_qs, u"--export-all"_qs};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString &arg = arguments[i];
        const QString name = arg.section(u'=', 0, 0);
        const bool inlineValue = arg.contains(u'=');
        if (outputs.contains(name) || name == u"--size") {
            const QString value = name == u"--size" ? u"64x48"_qs
                                                    : scratch + u"/out"_qs +
                                                          (arg.endsWith(u".svg")   ? u".svg"_qs
                                                           : arg.endsWith(u".pdf") ? u".pdf"_qs
                                                                                   : u".png"_qs);
            if (inlineValue)
                arg = name + u'=' + value;
            else if (i + 1 < arguments.size())
                arguments[++i] = value;
        }
    }
    return arguments;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::ensureApplication();
    static QTemporaryDir scratch;
    const QStringList arguments = argumentsOf(fuzz::bytes(data, size));
    QList<QByteArray> local;
    for (const QString &arg : arguments)
        local.append(arg.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &arg : local)
        argv.append(arg.data());
    CommandLine::isHeadless(int(argv.size()), argv.data());

    // The batch exports write a dozen pictures per input, too slow to fuzz; their size,
    // scale, format and folder checks are the single export's, which runs.
    for (const QString &arg : arguments) {
        if (arg.startsWith(u"--export-all"_qs) || arg.startsWith(u"--export-tour"_qs))
            return 0;
    }
    CommandLine commandLine;
    if (commandLine.parse(confined(arguments, scratch.path())))
        return 0;
    commandLine.runHeadless();
    QDir(scratch.path()).removeRecursively();
    QDir().mkpath(scratch.path());
    return 0;
}
