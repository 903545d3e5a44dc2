// llmledger-bench-client: the parts of the benchmark that wrk cannot do.
//
//   stream  --target NAME=URL [--target NAME=URL ...] --streams N [--concurrency K]
//           [--chunks C] [--chunk-delay-ms D] [--wait-threshold-ms W] [--timeout-ms T]
//     Opens SSE chat-completion streams (OpenAI format, "stream": true) on a fresh
//     connection each and timestamps, on the client side, the moment each SSE event
//     completes. With --concurrency 1 (default) the N streams run one after another,
//     alternating between the targets so that drift affects every target alike; with
//     --concurrency K the K streams of a target are all sent at once, target after target.
//   startup --runs N [--timeout-ms T] -- PROGRAM ARGS...
//     Starts PROGRAM N times and times each start up to the line
//     "LLM Ledger proxy listening on", then sends SIGTERM and waits for it to exit.
//
// Results are printed as "key=value" lines (times in microseconds unless the key says
// otherwise) for bench/run.sh to read; diagnostics go to stderr.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <numeric>
#include <vector>

namespace {

QElapsedTimer g_clock;

qint64 nowNs()
{
    return g_clock.nsecsElapsed();
}

// Nearest-rank percentile of an unsorted sample (p in 0..100).
double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const double rank = std::ceil(p / 100.0 * double(values.size()));
    const std::size_t index = std::size_t(std::clamp(rank, 1.0, double(values.size()))) - 1;
    return values[index];
}

double mean(const std::vector<double> &values)
{
    if (values.empty())
        return std::nan("");
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

void printValue(const QByteArray &key, double value)
{
    std::printf("%s=%.1f\n", key.constData(), value);
}

void printCount(const QByteArray &key, qint64 value)
{
    std::printf("%s=%lld\n", key.constData(), static_cast<long long>(value));
}

struct StreamOptions
{
    int chunks = 20;
    int chunkDelayMs = 20;
    QByteArray apiKey = "sk-bench-0123456789abcdefBENCH";
};

// One SSE request on its own connection, parsed byte by byte as it arrives: status
// line, headers, chunked framing, SSE events. Only timestamps are kept.
class Stream : public QObject
{
public:
    Stream(const QUrl &url, const StreamOptions &options, std::function<void(Stream *)> done)
        : m_url(url), m_options(options), m_done(std::move(done))
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { sendRequest(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_socket.error() == QAbstractSocket::RemoteHostClosedError && m_state == State::Body
                && !m_chunked)
                finish(true); // a body delimited by the end of the connection
            else
                fail(m_socket.errorString().toUtf8());
        });
    }

    void start()
    {
        m_startNs = nowNs();
        m_socket.connectToHost(m_url.host(), quint16(m_url.port(80)));
    }

    bool ok() const { return m_ok; }
    QByteArray error() const { return m_error; }
    bool finished() const { return m_finished; }
    qint64 startNs() const { return m_startNs; } // connectToHost()
    qint64 sentNs() const { return m_sentNs; } // request written, once connected
    // Arrival times of the events that carry data other than "[DONE]".
    const std::vector<qint64> &eventNs() const { return m_eventNs; }

private:
    enum class State { Head, Body, Done };

    void sendRequest()
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const QByteArray body = "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":"
                                "\"user\",\"content\":\"Count slowly from one to twenty.\"}]}";
        QByteArray path = m_url.path(QUrl::FullyEncoded).toUtf8();
        if (path.isEmpty())
            path = "/";
        QByteArray request;
        request += "POST " + path + " HTTP/1.1\r\n";
        request += "Host: " + m_url.host().toUtf8() + ':' + QByteArray::number(m_url.port(80))
                + "\r\n";
        request += "Content-Type: application/json\r\n";
        request += "Accept: text/event-stream\r\n";
        request += "Authorization: Bearer " + m_options.apiKey + "\r\n";
        request += "User-Agent: llmledger-bench-client\r\n";
        request += "x-mock-chunks: " + QByteArray::number(m_options.chunks) + "\r\n";
        request += "x-mock-chunk-delay-ms: " + QByteArray::number(m_options.chunkDelayMs) + "\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        request += body;
        m_sentNs = nowNs();
        m_socket.write(request);
    }

    void onReadyRead()
    {
        const qint64 at = nowNs();
        m_raw += m_socket.readAll();
        if (m_state == State::Head) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_raw.left(end);
            m_raw.remove(0, end + 4);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
            if (status.value(1) != "200") {
                fail("HTTP status " + status.value(1));
                return;
            }
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed().toLower();
                if (line.startsWith("transfer-encoding:") && line.contains("chunked"))
                    m_chunked = true;
            }
            m_state = State::Body;
        }
        if (m_state != State::Body)
            return;
        if (m_chunked) {
            while (true) {
                if (m_chunkLeft == 0) {
                    const qsizetype eol = m_raw.indexOf("\r\n");
                    if (eol < 0)
                        break;
                    bool okSize = false;
                    const qint64 size = m_raw.left(eol).split(';').value(0).trimmed().toLongLong(
                            &okSize, 16);
                    if (!okSize) {
                        fail("bad chunk size");
                        return;
                    }
                    if (size == 0) {
                        finish(true);
                        return;
                    }
                    m_raw.remove(0, eol + 2);
                    m_chunkLeft = size + 2; // data and its CRLF
                }
                const qint64 take = std::min<qint64>(m_chunkLeft, m_raw.size());
                if (take == 0)
                    break;
                const qint64 data = std::max<qint64>(0, std::min<qint64>(take, m_chunkLeft - 2));
                m_sse += m_raw.left(data);
                m_raw.remove(0, take);
                m_chunkLeft -= take;
            }
        } else {
            m_sse += m_raw;
            m_raw.clear();
        }
        takeEvents(at);
    }

    void takeEvents(qint64 at)
    {
        m_sse.replace("\r\n", "\n");
        while (true) {
            const qsizetype end = m_sse.indexOf("\n\n");
            if (end < 0)
                return;
            const QByteArray event = m_sse.left(end);
            m_sse.remove(0, end + 2);
            bool hasData = false;
            bool isDone = false;
            for (const QByteArray &line : event.split('\n')) {
                if (line.startsWith("data:")) {
                    hasData = true;
                    isDone = isDone || line.mid(5).trimmed() == "[DONE]";
                }
            }
            if (hasData && !isDone)
                m_eventNs.push_back(at);
        }
    }

    void finish(bool ok)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_ok = ok && !m_eventNs.empty();
        if (ok && m_eventNs.empty())
            m_error = "no SSE event";
        m_state = State::Done;
        m_socket.abort();
        m_done(this);
    }

    void fail(const QByteArray &error)
    {
        if (m_finished)
            return;
        m_error = error;
        finish(false);
    }

    QUrl m_url;
    StreamOptions m_options;
    std::function<void(Stream *)> m_done;
    QTcpSocket m_socket;
    State m_state = State::Head;
    bool m_chunked = false;
    qint64 m_chunkLeft = 0;
    QByteArray m_raw;
    QByteArray m_sse;
    qint64 m_startNs = 0;
    qint64 m_sentNs = 0;
    std::vector<qint64> m_eventNs;
    bool m_finished = false;
    bool m_ok = false;
    QByteArray m_error;
};

struct Target
{
    QByteArray name;
    QUrl url;
    std::vector<std::unique_ptr<Stream>> streams;
};

// Runs `count` streams at once against one target and returns when all have ended or
// the timeout passed (unfinished ones count as failed).
void runBatch(Target &target, int count, const StreamOptions &options, int timeoutMs)
{
    QEventLoop loop;
    int open = count;
    std::vector<Stream *> batch;
    for (int i = 0; i < count; ++i) {
        target.streams.push_back(std::make_unique<Stream>(target.url, options, [&](Stream *s) {
            if (!s->ok())
                std::fprintf(stderr, "llmledger-bench-client: %s: stream failed: %s\n",
                             target.name.constData(), s->error().constData());
            if (--open == 0)
                loop.quit();
        }));
        batch.push_back(target.streams.back().get());
    }
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    for (Stream *s : batch)
        s->start();
    if (open > 0)
        loop.exec();
    if (open > 0)
        std::fprintf(stderr, "llmledger-bench-client: %s: %d stream(s) timed out\n",
                     target.name.constData(), open);
}

void report(const Target &target, int concurrency, double waitThresholdMs)
{
    std::vector<double> ttft, fromOpen, connectUs, gaps;
    qint64 okCount = 0, failed = 0, events = 0;
    qint64 firstStart = std::numeric_limits<qint64>::max(), lastFirstEvent = 0;
    std::vector<std::pair<qint64, int>> edges; // (time, +1 start / -1 end) of streaming
    for (const auto &s : target.streams) {
        if (!s->ok()) {
            ++failed;
            continue;
        }
        ++okCount;
        const auto &ev = s->eventNs();
        events += qint64(ev.size());
        ttft.push_back(double(ev.front() - s->sentNs()) / 1000.0);
        fromOpen.push_back(double(ev.front() - s->startNs()) / 1000.0);
        connectUs.push_back(double(s->sentNs() - s->startNs()) / 1000.0);
        for (std::size_t i = 1; i < ev.size(); ++i)
            gaps.push_back(double(ev[i] - ev[i - 1]) / 1000.0);
        firstStart = std::min(firstStart, s->startNs());
        lastFirstEvent = std::max(lastFirstEvent, ev.front());
        edges.emplace_back(ev.front(), +1);
        edges.emplace_back(ev.back(), -1);
    }
    const QByteArray p = target.name + '.';
    printCount(p + "ok", okCount);
    printCount(p + "failed", failed);
    printValue(p + "events_per_stream", okCount ? double(events) / double(okCount) : 0.0);
    printValue(p + "ttft_mean_us", mean(ttft));
    printValue(p + "ttft_p50_us", percentile(ttft, 50));
    printValue(p + "ttft_p99_us", percentile(ttft, 99));
    printValue(p + "ttft_max_us", percentile(ttft, 100));
    printValue(p + "gap_mean_us", mean(gaps));
    printValue(p + "gap_p50_us", percentile(gaps, 50));
    printValue(p + "gap_p99_us", percentile(gaps, 99));
    printValue(p + "connect_mean_us", mean(connectUs));
    printValue(p + "connect_max_us", percentile(connectUs, 100));
    if (concurrency > 1) {
        // How many streams were between their first and last event at the same moment, and
        // how many got their first event later than the threshold after the client began to
        // connect (a connection left in the listen backlog waits too).
        std::sort(edges.begin(), edges.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second > b.second;
        });
        int current = 0, peak = 0;
        for (const auto &[t, delta] : edges) {
            current += delta;
            peak = std::max(peak, current);
        }
        const auto waiting = std::count_if(fromOpen.begin(), fromOpen.end(),
                                           [&](double us) { return us > waitThresholdMs * 1000.0; });
        printCount(p + "peak_streaming", peak);
        printCount(p + "waiting", qint64(waiting) + failed);
        printValue(p + "open_to_first_p50_us", percentile(fromOpen, 50));
        printValue(p + "open_to_first_max_us", percentile(fromOpen, 100));
        printValue(p + "first_event_span_us",
                   okCount ? double(lastFirstEvent - firstStart) / 1000.0 : std::nan(""));
    }
}

int runStreams(const QStringList &args)
{
    std::vector<Target> targets;
    StreamOptions options;
    int streams = 20, concurrency = 1, timeoutMs = 120000;
    double waitThresholdMs = 1000;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString value = args.value(i + 1);
        bool used = true;
        if (a == QLatin1String("--target")) {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            Target t;
            t.name = value.left(eq).toUtf8();
            t.url = QUrl(value.mid(eq + 1));
            if (eq <= 0 || !t.url.isValid() || t.url.scheme() != QLatin1String("http")) {
                std::fprintf(stderr, "llmledger-bench-client: --target takes NAME=http://...\n");
                return 2;
            }
            targets.push_back(std::move(t));
        } else if (a == QLatin1String("--streams")) {
            streams = value.toInt();
        } else if (a == QLatin1String("--concurrency")) {
            concurrency = value.toInt();
        } else if (a == QLatin1String("--chunks")) {
            options.chunks = value.toInt();
        } else if (a == QLatin1String("--chunk-delay-ms")) {
            options.chunkDelayMs = value.toInt();
        } else if (a == QLatin1String("--wait-threshold-ms")) {
            waitThresholdMs = value.toDouble();
        } else if (a == QLatin1String("--timeout-ms")) {
            timeoutMs = value.toInt();
        } else {
            used = false;
        }
        if (!used) {
            std::fprintf(stderr, "llmledger-bench-client: unknown option %s\n", qPrintable(a));
            return 2;
        }
        ++i;
    }
    if (targets.empty() || streams < 1 || concurrency < 1) {
        std::fprintf(stderr, "llmledger-bench-client: stream needs --target and positive counts\n");
        return 2;
    }
    if (concurrency == 1) {
        for (int i = 0; i < streams; ++i) {
            for (Target &t : targets)
                runBatch(t, 1, options, timeoutMs);
        }
    } else {
        for (Target &t : targets)
            runBatch(t, concurrency, options, timeoutMs);
    }
    bool allOk = true;
    for (const Target &t : targets) {
        report(t, concurrency, waitThresholdMs);
        allOk = allOk && std::all_of(t.streams.begin(), t.streams.end(),
                                     [](const auto &s) { return s->ok(); });
    }
    std::fflush(stdout);
    return allOk ? 0 : 1;
}

int runStartup(const QStringList &args)
{
    int runs = 5, timeoutMs = 10000;
    QStringList command;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--")) {
            command = args.mid(i + 1);
            break;
        }
        if (a == QLatin1String("--runs"))
            runs = args.value(++i).toInt();
        else if (a == QLatin1String("--timeout-ms"))
            timeoutMs = args.value(++i).toInt();
        else {
            std::fprintf(stderr, "llmledger-bench-client: unknown option %s\n", qPrintable(a));
            return 2;
        }
    }
    if (command.isEmpty() || runs < 1) {
        std::fprintf(stderr, "llmledger-bench-client: startup --runs N -- PROGRAM ARGS...\n");
        return 2;
    }
    std::vector<double> startMs, stopMs;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.setStandardErrorFile(QProcess::nullDevice());
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        process.start(command.first(), command.mid(1));
        bool listening = false;
        while (clock.elapsed() < timeoutMs) {
            if (!process.waitForReadyRead(50)) {
                if (process.state() == QProcess::NotRunning)
                    break;
                continue;
            }
            out += process.readAllStandardOutput();
            if (out.contains("LLM Ledger proxy listening on")) {
                listening = true;
                break;
            }
        }
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (!listening) {
            std::fprintf(stderr, "llmledger-bench-client: run %d: no listening line within %d ms\n",
                         run + 1, timeoutMs);
            process.kill();
            process.waitForFinished(5000);
            return 1;
        }
        startMs.push_back(ms);
        QElapsedTimer stopClock;
        stopClock.start();
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(5000);
            std::fprintf(stderr, "llmledger-bench-client: run %d: did not exit on SIGTERM\n", run + 1);
            return 1;
        }
        stopMs.push_back(double(stopClock.nsecsElapsed()) / 1e6);
        std::fprintf(stderr, "llmledger-bench-client: start %d: %.1f ms to listening\n", run + 1, ms);
    }
    printValue("startup_median_ms", percentile(startMs, 50));
    printValue("startup_min_ms", percentile(startMs, 0));
    printValue("startup_max_ms", percentile(startMs, 100));
    printValue("startup_first_ms", startMs.front());
    printValue("shutdown_median_ms", percentile(stopMs, 50));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    g_clock.start();
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == QLatin1String("stream"))
        return runStreams(args.mid(1));
    if (mode == QLatin1String("startup"))
        return runStartup(args.mid(1));
    std::fprintf(stderr,
                 "usage: llmledger-bench-client stream --target NAME=URL ... --streams N "
                 "[--concurrency K] [--chunks C] [--chunk-delay-ms D]\n"
                 "       llmledger-bench-client startup --runs N -- PROGRAM ARGS...\n");
    return 2;
}
