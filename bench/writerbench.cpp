// llmledger-writerbench: how many calls per second the proxy's log writer stores.
//
//   llmledger-writerbench [--calls N] [--seed S] [--keys K] [--batch B] [--cache-mib C]
//                         [--mmap-mib M] DBFILE
//
// --batch, --cache-mib and --mmap-mib override the writer's CallLogWriterOptions (records per
// transaction, SQLite page cache, memory map) to compare settings; by default the proxy's apply.
// Generates N realistic calls (default 200,000; CallGenerator, spread over the last day) in
// memory first, then starts a CallLogWriter with the proxy's options on DBFILE (created if
// needed; an existing ledger gets the calls added) and has another thread enqueue() them as fast
// as the writer takes them: it only pauses while the queue is close to maxPending, where the
// writer would start dropping calls. The clock runs from the first enqueue() to the end of stop(),
// which writes everything still queued. Prints key=value lines to stdout:
//   rows=N seconds=S rows_per_s=R enqueue_seconds=E peak_pending=P dropped=D cpu_seconds=C
//   rows_per_cpu_s=RC
// (C: the process's user + system CPU time while writing, the producer's included: on a shared
// machine a steadier figure than the wall clock) and exits 1 if a call was dropped or not written.
#include "callgenerator.h"
#include "calllogwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the rows/s the LLM Ledger log writer sustains (bench/README.md)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("calls"), QStringLiteral("Calls to write."),
                      QStringLiteral("N"), QStringLiteral("200000")});
    // Not the fill's default seed: the calls can be added to a filled ledger without colliding.
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the generator."),
                      QStringLiteral("S"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("keys"), QStringLiteral("Number of client keys."),
                      QStringLiteral("K"), QStringLiteral("6")});
    parser.addOption(
        {QStringLiteral("batch"), QStringLiteral("Records per transaction."), QStringLiteral("B")});
    parser.addOption({QStringLiteral("cache-mib"),
                      QStringLiteral("SQLite page cache of the writer, MiB."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("mmap-mib"),
                      QStringLiteral("SQLite memory map of the writer, MiB."),
                      QStringLiteral("M")});
    parser.addPositionalArgument(QStringLiteral("DBFILE"), QStringLiteral("The SQLite ledger."));
    parser.process(app);

    CallGenerator::Options options;
    bool callsOk = false, seedOk = false, keysOk = false;
    options.calls = parser.value(QStringLiteral("calls")).toLongLong(&callsOk);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    options.keys = parser.value(QStringLiteral("keys")).toInt(&keysOk);
    options.days = 1;
    options.endMs = QDateTime::currentMSecsSinceEpoch();
    if (!callsOk || !seedOk || !keysOk || options.calls < 1 || options.keys < 1
        || parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return 2;
    }

    std::fprintf(stderr, "llmledger-writerbench: generating %lld calls\n", options.calls);
    std::vector<CallRecord> calls;
    calls.reserve(size_t(options.calls));
    CallGenerator generator(options, PriceTable::builtIn());
    while (generator.generate(calls, 10000) > 0) { }

    CallLogWriter writer;
    CallLogWriterOptions writerOptions;
    bool optionsOk = true;
    auto override = [&parser, &optionsOk](const char *name, int *value) {
        if (!parser.isSet(QLatin1String(name)))
            return;
        bool ok = false;
        *value = parser.value(QLatin1String(name)).toInt(&ok);
        optionsOk = optionsOk && ok && *value >= 0;
    };
    override("batch", &writerOptions.maxBatch);
    override("cache-mib", &writerOptions.cacheSizeMiB);
    override("mmap-mib", &writerOptions.mmapSizeMiB);
    if (!optionsOk || writerOptions.maxBatch < 1) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return 2;
    }
    writer.setOptions(writerOptions);
    QString error;
    if (!writer.start(parser.positionalArguments().first(), &error)) {
        std::fprintf(stderr, "llmledger-writerbench: %s\n", qPrintable(error));
        return 1;
    }
    const int maxPending = writer.options().maxPending;
    const int batch = writer.options().maxBatch;
    int peakPending = 0; // written by the producer, read after it ended
    qint64 enqueueNs = 0;

    std::fprintf(stderr, "llmledger-writerbench: writing\n");
    auto cpuSeconds = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    };
    const double cpuBefore = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    // Checking the queue's length every few calls keeps the producer off the writer's mutex.
    std::unique_ptr<QThread> producer(
        QThread::create([&writer, &calls, maxPending, batch, &peakPending, &enqueueNs, &clock] {
            for (size_t i = 0; i < calls.size(); ++i) {
                if (i % 500 == 0) {
                    int pending = writer.pendingCount();
                    peakPending = qMax(peakPending, pending);
                    while (pending > maxPending - 2 * batch) {
                        QThread::usleep(500);
                        pending = writer.pendingCount();
                    }
                }
                writer.enqueue(std::move(calls[i]));
            }
            enqueueNs = clock.nsecsElapsed();
        }));
    producer->start();
    producer->wait();
    const bool stopped = writer.stop(&error);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;

    const qint64 written = writer.writtenCount();
    const qint64 dropped = writer.droppedCount();
    std::printf("rows=%lld seconds=%.2f rows_per_s=%.0f enqueue_seconds=%.2f peak_pending=%d "
                "dropped=%lld cpu_seconds=%.2f rows_per_cpu_s=%.0f\n",
                written, seconds, double(written) / seconds, double(enqueueNs) / 1e9, peakPending,
                dropped, cpu, double(written) / cpu);
    if (!stopped)
        std::fprintf(stderr, "llmledger-writerbench: %s\n", qPrintable(error));
    if (!stopped || dropped != 0 || written != options.calls) {
        std::fprintf(stderr, "llmledger-writerbench: %lld of %lld calls written, %lld dropped\n",
                     written, options.calls, dropped);
        return 1;
    }
    return 0;
}
