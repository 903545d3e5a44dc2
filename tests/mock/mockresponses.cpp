#include "mockresponses.h"

#include "mockanthropicresponses.h"
#include "mockopenairesponses.h"

#include <QRandomGenerator>

#include <array>

namespace {

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

quint32 crc32(const QByteArray &data)
{
    static constexpr std::array<quint32, 256> table = makeCrcTable();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLittleEndian(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out += char((value >> (8 * i)) & 0xFFu);
}

} // namespace

MockReply MockResponses::build(const MockCall &call)
{
    const MockCall::Scenario &scenario = call.scenario;
    MockReply reply;
    if (call.invalidStatus != 0) {
        reply = call.anthropic
            ? MockAnthropicResponses::error(call, call.invalidStatus, call.invalidMessage)
            : MockOpenAiResponses::error(call, call.invalidStatus, call.invalidMessage);
    } else if (call.route == MockCall::Route::NotFound) {
        reply = MockOpenAiResponses::notFound(call);
    } else if (scenario.errorStatus != 0) {
        reply = call.anthropic ? MockAnthropicResponses::error(call, scenario.errorStatus)
                               : MockOpenAiResponses::error(call, scenario.errorStatus);
    } else if (scenario.invalidJson) {
        reply = call.anthropic ? MockAnthropicResponses::invalidJson(call)
                               : MockOpenAiResponses::invalidJson(call);
    } else {
        switch (call.route) {
        case MockCall::Route::ChatCompletions:
            reply = MockOpenAiResponses::chatCompletion(call);
            break;
        case MockCall::Route::Completions:
            reply = MockOpenAiResponses::completion(call);
            break;
        case MockCall::Route::Embeddings:
            reply = MockOpenAiResponses::embeddings(call);
            break;
        case MockCall::Route::Responses:
            reply = MockOpenAiResponses::response(call);
            break;
        case MockCall::Route::OpenAiModels:
            reply = MockOpenAiResponses::models(call);
            break;
        case MockCall::Route::Messages:
            reply = MockAnthropicResponses::message(call);
            break;
        case MockCall::Route::CountTokens:
            reply = MockAnthropicResponses::countTokens(call);
            break;
        case MockCall::Route::AnthropicModels:
            reply = MockAnthropicResponses::models(call);
            break;
        case MockCall::Route::NotFound:
            break;
        }
    }

    reply.hang = scenario.hang;
    reply.firstByteDelayMs = scenario.slowFirstByteMs;
    reply.eventDelayMs = call.chunkDelayMs;
    if (scenario.bigBytes > 0)
        padTo(reply, scenario.bigBytes);
    if (scenario.disconnectMidStream)
        reply.abortAfter = int(reply.streamed ? reply.events.size() / 2 : reply.body.size() / 2);
    if (scenario.gzip && call.acceptsGzip && !reply.streamed) {
        reply.body = gzip(reply.body);
        reply.addHeader("content-encoding", "gzip");
    }
    return reply;
}

// Non-streamed JSON grows by whitespace before its closing brace (still the same JSON);
// a stream grows by one SSE comment before its last event (ignored by SSE parsers).
void MockResponses::padTo(MockReply &reply, qint64 bytes)
{
    if (reply.streamed) {
        const qint64 missing = bytes - reply.eventBytes();
        if (missing <= 0 || reply.events.isEmpty())
            return;
        QByteArray comment(qMax<qint64>(missing, 4), 'x');
        comment[0] = ':';
        comment[1] = ' ';
        comment[comment.size() - 2] = '\n';
        comment[comment.size() - 1] = '\n';
        reply.events.insert(reply.events.size() - 1, comment);
        return;
    }
    const qint64 missing = bytes - reply.body.size();
    if (missing <= 0 || !reply.body.endsWith('}'))
        return;
    reply.body.insert(reply.body.size() - 1, QByteArray(missing, ' '));
}

QByteArray MockResponses::jsonString(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (quint8(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(quint8(c) >> 4) & 0xF];
                out += hex[quint8(c) & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray MockResponses::sseData(const QByteArray &json)
{
    return "data: " + json + "\n\n";
}

QByteArray MockResponses::sseEvent(QByteArrayView type, const QByteArray &json)
{
    QByteArray out;
    out.reserve(type.size() + json.size() + 16);
    out += "event: ";
    out += type;
    out += "\ndata: ";
    out += json;
    out += "\n\n";
    return out;
}

QByteArray MockResponses::idSuffix(quint64 serial)
{
    static const QByteArray process
        = QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0');
    return process + QByteArray::number(serial, 16).rightJustified(16, '0');
}

QByteArray MockResponses::gzip(const QByteArray &data)
{
    // qCompress gives a 4-byte length, a 2-byte zlib header, raw deflate and a 4-byte
    // Adler-32; gzip wants the same deflate between its own header and trailer.
    const QByteArray zlib = qCompress(data, 6);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += QByteArrayView(zlib).sliced(6, zlib.size() - 10);
    appendLittleEndian(out, crc32(data));
    appendLittleEndian(out, quint32(data.size()));
    return out;
}

QByteArray MockResponses::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    case 529:
        return "Site Overloaded";
    default:
        return "Unknown";
    }
}
