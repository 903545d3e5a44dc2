// llmledger-mock-upstream: the mock provider as a process, for the SDK end-to-end test
// and the benchmark's "direct" baseline. Prints "listening on <port>" once ready.
#include "mockupstream.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("llmledger-mock-upstream"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fake OpenAI/Anthropic upstream speaking the providers' wire formats."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption delayOption(QStringLiteral("chunk-delay-ms"),
                                         QStringLiteral("Pause between streamed SSE events."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption chunksOption(QStringLiteral("chunks"),
                                          QStringLiteral("Text deltas per streamed answer."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption recordOption(
        QStringLiteral("record"), QStringLiteral("Keep every request in memory (debugging)."));
    parser.addOptions({portOption, delayOption, chunksOption, recordOption});
    parser.process(app);

    bool portOk = false, delayOk = false, chunksOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const int delay = parser.value(delayOption).toInt(&delayOk);
    const int chunks = parser.value(chunksOption).toInt(&chunksOk);
    if (!portOk || port > 65535 || !delayOk || delay < 0 || !chunksOk || chunks < 0) {
        std::fprintf(stderr,
                     "llmledger-mock-upstream: invalid --port, --chunk-delay-ms or --chunks\n");
        return 2;
    }

    MockUpstream upstream;
    upstream.setRecording(parser.isSet(recordOption));
    upstream.setChunkDelay(delay);
    upstream.setChunkCount(chunks);
    if (!upstream.listen(quint16(port))) {
        std::fprintf(stderr, "llmledger-mock-upstream: cannot listen on port %u: %s\n", port,
                     qPrintable(upstream.errorString()));
        return 1;
    }
    std::printf("listening on %u\n", unsigned(upstream.port()));
    std::fflush(stdout);
    return app.exec();
}
