#include "sseeventsplitter.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using Event = SseEventSplitter::Event;
using EventList = QList<Event>;

namespace {

Event sseEvent(const QByteArray &raw, const QByteArray &name, const QByteArray &data)
{
    return Event{raw, name, data};
}

QByteArray escaped(const QByteArray &bytes)
{
    QByteArray out = bytes;
    out.replace('\\', "\\\\").replace('\r', "\\r").replace('\n', "\\n");
    return out;
}

// One line per event, so a failed QCOMPARE shows exactly which field differs.
QByteArray describe(const EventList &events)
{
    QByteArray out;
    for (const Event &e : events)
        out += "raw=" + escaped(e.raw) + " name=" + escaped(e.name) + " data=" + escaped(e.data)
            + '\n';
    return out;
}

QByteArray concatenatedRaw(const EventList &events)
{
    QByteArray out;
    for (const Event &e : events)
        out += e.raw;
    return out;
}

struct SplitResult
{
    EventList events;
    QByteArray remainder;
};

// Feeds input cut at the given ascending positions.
SplitResult splitAt(const QByteArray &input, const QList<qsizetype> &cuts)
{
    SseEventSplitter splitter;
    SplitResult result;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        result.events += splitter.feed(input.mid(from, cut - from));
        from = cut;
    }
    result.events += splitter.feed(input.mid(from));
    result.remainder = splitter.takeRemainder();
    return result;
}

} // namespace

class TestSseEventSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsWholeStream_data() { streams(); }
    void splitsWholeStream();
    void splitsOneByteAtATime_data() { streams(); }
    void splitsOneByteAtATime();
    void splitsAtEveryPosition_data() { streams(); }
    void splitsAtEveryPosition();
    void splitsRandomPieces_data() { streams(); }
    void splitsRandomPieces();

    void crlfTerminatorCutBeforeItsLastByte();
    void noEventBeforeBlankLine();
    void takeRemainderReturnsAndClearsCutEvent();
    void emptyFeedDoesNothing();
    void parseReadsFields_data();
    void parseReadsFields();

private:
    void streams();
    void check(const SplitResult &result);
};

void TestSseEventSplitter::streams()
{
    QTest::addColumn<EventList>("expected");
    QTest::addColumn<QByteArray>("remainder");

    QTest::newRow("openai lf") << EventList{
        sseEvent("data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\n", {},
                 "{\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}"),
        sseEvent(": ping\n\n", {}, {}),
        sseEvent("data: {\"choices\":[],\"usage\":{\"prompt_tokens\":3}}\n\n", {},
                 "{\"choices\":[],\"usage\":{\"prompt_tokens\":3}}"),
        sseEvent("data: [DONE]\n\n", {}, "[DONE]"),
    } << QByteArray();

    QTest::newRow("anthropic lf with names") << EventList{
        sseEvent("event: message_start\ndata: {\"type\":\"message_start\"}\n\n", "message_start",
                 "{\"type\":\"message_start\"}"),
        sseEvent("event: ping\ndata: {\"type\": \"ping\"}\n\n", "ping", "{\"type\": \"ping\"}"),
        // An escaped "\n\n" inside the JSON is text, not a terminator.
        sseEvent("event: content_block_delta\ndata: {\"delta\":{\"text\":\"a\\n\\nb\"}}\n\n",
                 "content_block_delta", "{\"delta\":{\"text\":\"a\\n\\nb\"}}"),
        sseEvent("event:message_stop\ndata:{\"type\":\"message_stop\"}\n\n", "message_stop",
                 "{\"type\":\"message_stop\"}"),
    } << QByteArray();

    QTest::newRow("multi-line data and comments") << EventList{
        sseEvent(": comment first\ndata: x\n: between\ndata:y\ndata:  z\n\n", {}, "x\ny\n z"),
        sseEvent("id: 7\nretry: 1000\ndata: {}\n\n", {}, "{}"),
        sseEvent("data:\n\n", {}, {}),
        sseEvent("event: done\n\n", "done", {}),
    } << QByteArray();

    QTest::newRow("crlf") << EventList{
        sseEvent("event: message_start\r\ndata: {\"a\":1}\r\n\r\n", "message_start", "{\"a\":1}"),
        sseEvent("data: line1\r\ndata: line2\r\n\r\n", {}, "line1\nline2"),
        sseEvent(": keep-alive\r\n\r\n", {}, {}),
        sseEvent("data: [DONE]\r\n\r\n", {}, "[DONE]"),
    } << QByteArray();

    QTest::newRow("cut stream") << EventList{
        sseEvent("event: content_block_delta\ndata: {\"delta\":\"a\"}\n\n", "content_block_delta",
                 "{\"delta\":\"a\"}"),
        sseEvent("data: {\"b\":2}\n\n", {}, "{\"b\":2}"),
    } << QByteArray("event: content_block_delta\ndata: {\"delta\":");
}

void TestSseEventSplitter::check(const SplitResult &result)
{
    QFETCH(EventList, expected);
    QFETCH(QByteArray, remainder);
    // Nothing is lost or duplicated, whatever the events' boundaries.
    QCOMPARE(escaped(concatenatedRaw(result.events) + result.remainder),
             escaped(concatenatedRaw(expected) + remainder));
    QCOMPARE(describe(result.events), describe(expected));
    QCOMPARE(escaped(result.remainder), escaped(remainder));
}

void TestSseEventSplitter::splitsWholeStream()
{
    QFETCH(EventList, expected);
    QFETCH(QByteArray, remainder);
    check(splitAt(concatenatedRaw(expected) + remainder, {}));
}

void TestSseEventSplitter::splitsOneByteAtATime()
{
    QFETCH(EventList, expected);
    QFETCH(QByteArray, remainder);
    const QByteArray input = concatenatedRaw(expected) + remainder;
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < input.size(); ++i)
        cuts << i;
    check(splitAt(input, cuts));
}

void TestSseEventSplitter::splitsAtEveryPosition()
{
    QFETCH(EventList, expected);
    QFETCH(QByteArray, remainder);
    const QByteArray input = concatenatedRaw(expected) + remainder;
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        const SplitResult result = splitAt(input, {cut});
        check(result);
        if (QTest::currentTestFailed()) {
            qWarning("first failing cut: %lld", qlonglong(cut));
            return;
        }
    }
}

void TestSseEventSplitter::splitsRandomPieces()
{
    QFETCH(EventList, expected);
    QFETCH(QByteArray, remainder);
    const QByteArray input = concatenatedRaw(expected) + remainder;
    int checked = 0;
    for (quint32 seed = 1; seed <= 50; ++seed) {
        QRandomGenerator random(seed);
        QList<qsizetype> cuts;
        for (qsizetype at = random.bounded(1, 17); at < input.size(); at += random.bounded(1, 17))
            cuts << at;
        check(splitAt(input, cuts));
        if (QTest::currentTestFailed()) {
            qWarning("failing seed: %u", seed);
            return;
        }
        ++checked;
    }
    QCOMPARE(checked, 50);
}

void TestSseEventSplitter::crlfTerminatorCutBeforeItsLastByte()
{
    SseEventSplitter splitter;
    EventList events = splitter.feed("data: a\r\n\r");
    events += splitter.feed("\ndata: b\r\n\r\n");
    // Per-event raw bytes must not depend on where TCP cut the stream.
    QCOMPARE(
        describe(events),
        describe({sseEvent("data: a\r\n\r\n", {}, "a"), sseEvent("data: b\r\n\r\n", {}, "b")}));
    QVERIFY(!splitter.hasRemainder());

    // A stream that ends right after such a cut must not look cut mid-event.
    SseEventSplitter last;
    EventList lastEvents = last.feed("data: [DONE]\r\n\r");
    lastEvents += last.feed("\n");
    QCOMPARE(escaped(concatenatedRaw(lastEvents)), escaped("data: [DONE]\r\n\r\n"));
    QVERIFY(!last.hasRemainder());
}

void TestSseEventSplitter::noEventBeforeBlankLine()
{
    SseEventSplitter splitter;
    QVERIFY(!splitter.hasRemainder());
    QVERIFY(splitter.feed("data: a\n").isEmpty());
    QVERIFY(splitter.hasRemainder());
    QVERIFY(splitter.feed("event: x\ndata: b").isEmpty());
    const EventList events = splitter.feed("\n\n");
    QCOMPARE(describe(events), describe({sseEvent("data: a\nevent: x\ndata: b\n\n", "x", "a\nb")}));
    QVERIFY(!splitter.hasRemainder());
}

void TestSseEventSplitter::takeRemainderReturnsAndClearsCutEvent()
{
    SseEventSplitter splitter;
    const EventList events = splitter.feed("data: a\n\ndata: {\"par");
    QCOMPARE(describe(events), describe({sseEvent("data: a\n\n", {}, "a")}));
    QVERIFY(splitter.hasRemainder());
    QCOMPARE(splitter.takeRemainder(), QByteArray("data: {\"par"));
    QVERIFY(!splitter.hasRemainder());
    QCOMPARE(splitter.takeRemainder(), QByteArray());

    // The taken bytes do not come back in front of later events.
    QCOMPARE(describe(splitter.feed("data: b\n\n")), describe({sseEvent("data: b\n\n", {}, "b")}));
}

void TestSseEventSplitter::emptyFeedDoesNothing()
{
    SseEventSplitter splitter;
    QVERIFY(splitter.feed({}).isEmpty());
    QVERIFY(!splitter.hasRemainder());
    QVERIFY(splitter.takeRemainder().isEmpty());
}

void TestSseEventSplitter::parseReadsFields_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("named") << QByteArray("event: message_delta\ndata: {\"x\":1}\n\n")
                           << QByteArray("message_delta") << QByteArray("{\"x\":1}");
    QTest::newRow("name trimmed") << QByteArray("event:  ping \ndata: p\n\n") << QByteArray("ping")
                                  << QByteArray("p");
    QTest::newRow("one space removed")
        << QByteArray("data:   three\n\n") << QByteArray() << QByteArray("  three");
    QTest::newRow("no space") << QByteArray("data:x\n\n") << QByteArray() << QByteArray("x");
    QTest::newRow("joined lines crlf") << QByteArray("data: 1\r\ndata: 2\r\ndata: 3\r\n\r\n")
                                       << QByteArray() << QByteArray("1\n2\n3");
    QTest::newRow("comment only") << QByteArray(": ping\n\n") << QByteArray() << QByteArray();
    QTest::newRow("colon in data")
        << QByteArray("data: a: b\n\n") << QByteArray() << QByteArray("a: b");
}

void TestSseEventSplitter::parseReadsFields()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, data);
    const Event e = SseEventSplitter::parse(raw);
    QCOMPARE(e.raw, raw);
    QCOMPARE(e.name, name);
    QCOMPARE(e.data, data);
}

QTEST_GUILESS_MAIN(TestSseEventSplitter)
#include "tst_sseeventsplitter.moc"
