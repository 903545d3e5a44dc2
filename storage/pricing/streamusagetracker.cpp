#include "streamusagetracker.h"
#include "usageextractor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cstring>
#include <initializer_list>

namespace {

QJsonObject parseObject(const QByteArray &data)
{
    // Garbage in a stream (a proxy's keep-alive comment, a truncated line) is ignored.
    return QJsonDocument::fromJson(data).object();
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Whether `"key"` occurs followed by a colon and an object, tolerating the whitespace of
// pretty-printing servers. An unescaped `"key"` cannot occur inside a JSON string, so a
// hit is a real key (at some depth); a miss proves there is no such object.
bool hasObjectMember(const QByteArray &data, QByteArrayView quotedKey)
{
    for (qsizetype from = data.indexOf(quotedKey); from >= 0;
         from = data.indexOf(quotedKey, from + 1)) {
        qsizetype i = from + quotedKey.size();
        while (i < data.size() && isWhitespace(data[i]))
            ++i;
        if (i >= data.size() || data[i] != ':')
            continue;
        ++i;
        while (i < data.size() && isWhitespace(data[i]))
            ++i;
        if (i < data.size() && data[i] == '{')
            return true;
    }
    return false;
}

const char *skipWhitespace(const char *p, const char *end)
{
    while (p < end && isWhitespace(*p))
        ++p;
    return p;
}

// Reads a JSON string from just after its opening quote. Returns the position after its
// closing quote (nullptr if the string is cut short) and its length as QString::size()
// would give it: an escape is one code unit (\uXXXX too, so a surrogate pair is two), a
// four-byte UTF-8 sequence two, UTF-8 continuation bytes none.
const char *readString(const char *p, const char *end, qint64 *utf16Units)
{
    qint64 units = 0;
    while (p < end && *p != '"') {
        if (*p == '\\') {
            const qsizetype escapeLength = (p + 1 < end && p[1] == 'u') ? 6 : 2;
            p += qMin<qsizetype>(escapeLength, end - p);
            ++units;
            continue;
        }
        const uchar c = uchar(*p);
        if (c < 0x80 || c >= 0xc0)
            units += c >= 0xf0 ? 2 : 1;
        ++p;
    }
    if (p >= end)
        return nullptr;
    *utf16Units = units;
    return p + 1;
}

struct TextScan
{
    qint64 utf16Units = 0; // total length of the string values of the wanted keys
    bool needsParse = false; // an "error", "x_groq" or "usage":{...} member: parse properly
};

// One pass over an event's JSON without building a document: most events of a stream are
// small text deltas, and a QJsonDocument per delta cost more than the rest of the proxy's
// per-event work. Strings are skipped whole, so a key is recognised only where it really
// is a key, never inside text.
TextScan scanText(const QByteArray &data, std::initializer_list<QByteArrayView> textKeys)
{
    const auto isTextKey = [&textKeys](QByteArrayView key) {
        for (QByteArrayView wanted : textKeys) {
            if (key.size() == wanted.size()
                && std::memcmp(key.data(), wanted.data(), size_t(key.size())) == 0)
                return true;
        }
        return false;
    };
    const auto is = [](QByteArrayView key, QByteArrayView name) {
        return key.size() == name.size()
            && std::memcmp(key.data(), name.data(), size_t(key.size())) == 0;
    };

    TextScan scan;
    const char *p = data.constData();
    const char *const end = p + data.size();
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!p)
            break;
        qint64 units = 0;
        const char *const keyStart = p + 1;
        p = readString(keyStart, end, &units);
        if (!p)
            return {}; // cut short: the full parse would reject it too
        const QByteArrayView key(keyStart, p - 1 - keyStart);
        p = skipWhitespace(p, end);
        if (p >= end || *p != ':')
            continue; // a string in an array, not a key
        p = skipWhitespace(p + 1, end);
        if (is(key, "error") || is(key, "x_groq") || (is(key, "usage") && p < end && *p == '{')) {
            scan.needsParse = true;
            return scan;
        }
        if (p < end && *p == '"') {
            p = readString(p + 1, end, &units);
            if (!p)
                return {};
            if (isTextKey(key))
                scan.utf16Units += units;
        }
    }
    return scan;
}

bool isDone(const QByteArray &data)
{
    return data.trimmed() == "[DONE]";
}

} // namespace

StreamUsageTracker::StreamUsageTracker(WireFormat format) : m_format(format) { }

void StreamUsageTracker::addEvent(const QByteArray &eventName, const QByteArray &data)
{
    switch (m_format) {
    case WireFormat::OpenAi:
        addOpenAiEvent(eventName, data);
        break;
    case WireFormat::Anthropic:
        addAnthropicEvent(eventName, data);
        break;
    }
}

bool StreamUsageTracker::isUsageOnlyChunk(const QByteArray &data)
{
    // Every chunk of an include_usage stream carries "usage":null; only the last one has
    // an object there, so almost all chunks are rejected without parsing.
    if (!hasObjectMember(data, "\"usage\""))
        return false;
    const QJsonObject chunk = parseObject(data);
    const QJsonValue choices = chunk.value(QLatin1String("choices"));
    return choices.isArray() && choices.toArray().isEmpty()
        && chunk.value(QLatin1String("usage")).isObject();
}

void StreamUsageTracker::addOpenAiEvent(const QByteArray &eventName, const QByteArray &data)
{
    if (isDone(data)) {
        m_finished = true;
        return;
    }

    // Chat and completions streams have no event names; the Responses API names every
    // event after its "type". Without a name, the payload's "type" tells them apart.
    if (eventName.isEmpty() || eventName == "message") {
        // Once the first chunk told us the model and the kind of stream, a chunk without
        // usage, error or Groq's x_groq only adds text. The keys are those readChatChunk reads.
        if (!m_servedModel.isEmpty()
            && (m_openAiStream == OpenAiStream::ChatCompletions
                || m_openAiStream == OpenAiStream::TextCompletions)) {
            const TextScan scan = m_openAiStream == OpenAiStream::TextCompletions
                ? scanText(data, {"text"})
                : scanText(data,
                           {"content", "reasoning_content", "reasoning", "refusal", "arguments"});
            if (!scan.needsParse) {
                m_outputCharacters += scan.utf16Units;
                return;
            }
        }
        const QJsonObject event = parseObject(data);
        const QString type = event.value(QLatin1String("type")).toString();
        if (type.startsWith(QLatin1String("response.")) || type == QLatin1String("error")) {
            m_openAiStream = OpenAiStream::Responses;
            readResponsesEvent(type.toUtf8(), event);
        } else if (!event.isEmpty()) {
            if (m_openAiStream == OpenAiStream::Unknown) {
                const bool text
                    = event.value(QLatin1String("object")) == QLatin1String("text_completion");
                m_openAiStream
                    = text ? OpenAiStream::TextCompletions : OpenAiStream::ChatCompletions;
            }
            readChatChunk(event);
        }
        return;
    }

    if (eventName.startsWith("response.") || eventName == "error") {
        m_openAiStream = OpenAiStream::Responses;
        if (eventName.endsWith(".delta")) {
            if (eventName.contains("audio")) // base64 audio is not text
                return;
            const TextScan scan = scanText(data, {"delta"});
            if (!scan.needsParse) {
                m_outputCharacters += scan.utf16Units;
                return;
            }
        }
        // Skip the parse of the many events that only echo state (output_item.added,
        // content_part.done, output_text.done with the whole text again, ...).
        if (eventName == "error" || eventName == "response.created"
            || eventName == "response.in_progress" || eventName == "response.completed"
            || eventName == "response.incomplete" || eventName == "response.failed"
            || eventName.endsWith(".delta"))
            readResponsesEvent(eventName, parseObject(data));
        return;
    }
    readChatChunk(parseObject(data));
}

void StreamUsageTracker::readChatChunk(const QJsonObject &chunk)
{
    if (m_servedModel.isEmpty())
        m_servedModel = chunk.value(QLatin1String("model")).toString();

    const QJsonValue error = chunk.value(QLatin1String("error"));
    if (error.isObject())
        setError(error.toObject());

    // Usage may come once at the end or (some compatible servers) cumulatively in several
    // chunks: the last one wins. Groq reports it under x_groq.usage.
    QJsonValue usage = chunk.value(QLatin1String("usage"));
    if (!usage.isObject())
        usage = chunk.value(QLatin1String("x_groq")).toObject().value(QLatin1String("usage"));
    if (usage.isObject()) {
        if (std::optional<TokenUsage> tokens
            = UsageExtractor::fromUsageObject(WireFormat::OpenAi, usage.toObject()))
            m_usage = tokens;
    }

    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        countText(choice.value(QLatin1String("text"))); // legacy completions
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        if (delta.isEmpty())
            continue;
        countText(delta.value(QLatin1String("content")));
        countText(delta.value(QLatin1String("reasoning_content"))); // DeepSeek
        countText(delta.value(QLatin1String("reasoning"))); // OpenRouter, Groq
        countText(delta.value(QLatin1String("refusal")));
        const QJsonArray toolCalls = delta.value(QLatin1String("tool_calls")).toArray();
        for (const QJsonValue &call : toolCalls)
            countText(call.toObject()
                          .value(QLatin1String("function"))
                          .toObject()
                          .value(QLatin1String("arguments")));
        countText(delta.value(QLatin1String("function_call"))
                      .toObject()
                      .value(QLatin1String("arguments")));
    }
}

void StreamUsageTracker::readResponsesEvent(const QByteArray &type, const QJsonObject &event)
{
    if (type == "error") {
        // {"type":"error","code":..,"message":..}; some versions nest an "error" object.
        const QJsonValue nested = event.value(QLatin1String("error"));
        setError(nested.isObject() ? nested.toObject() : event);
        if (m_errorType == QLatin1String("error") || m_errorType.isEmpty())
            m_errorType = event.value(QLatin1String("code")).toString(QStringLiteral("error"));
        return;
    }
    if (type.endsWith(".delta")) {
        if (!type.contains("audio"))
            countText(event.value(QLatin1String("delta")));
        return;
    }

    const QJsonObject response = event.value(QLatin1String("response")).toObject();
    const QString model = response.value(QLatin1String("model")).toString();
    if (!model.isEmpty())
        m_servedModel = model; // the final event's model is authoritative
    if (type == "response.created" || type == "response.in_progress")
        return;

    if (type == "response.completed" || type == "response.incomplete"
        || type == "response.failed") {
        if (std::optional<TokenUsage> tokens
            = UsageExtractor::fromResponseObject(WireFormat::OpenAi, response))
            m_usage = tokens;
        if (type == "response.failed") {
            const QJsonValue error = response.value(QLatin1String("error"));
            setError(error.isObject() ? error.toObject() : QJsonObject());
            if (m_errorType.isEmpty())
                m_errorType = QStringLiteral("response_failed");
        }
        m_finished = true;
    }
}

void StreamUsageTracker::addAnthropicEvent(const QByteArray &eventName, const QByteArray &data)
{
    if (eventName.isEmpty() || eventName == "message") {
        const QJsonObject event = parseObject(data);
        readAnthropicEvent(event.value(QLatin1String("type")).toString().toUtf8(), event);
        return;
    }
    // The bulk of a stream is content_block_delta: text_delta.text, thinking_delta.thinking,
    // input_json_delta.partial_json are measured in place (signature_delta and
    // citations_delta are not generated text). ping and block start/stop carry nothing.
    if (eventName == "content_block_delta") {
        const TextScan scan = scanText(data, {"text", "thinking", "partial_json"});
        if (!scan.needsParse) {
            m_outputCharacters += scan.utf16Units;
            return;
        }
    }
    if (eventName == "ping" || eventName == "content_block_start"
        || eventName == "content_block_stop")
        return;
    if (eventName == "message_stop") {
        m_finished = true;
        return;
    }
    readAnthropicEvent(eventName, parseObject(data));
}

void StreamUsageTracker::readAnthropicEvent(const QByteArray &type, const QJsonObject &event)
{
    if (type == "content_block_delta") {
        const QJsonObject delta = event.value(QLatin1String("delta")).toObject();
        countText(delta.value(QLatin1String("text")));
        countText(delta.value(QLatin1String("thinking")));
        countText(delta.value(QLatin1String("partial_json")));
    } else if (type == "message_start") {
        const QJsonObject message = event.value(QLatin1String("message")).toObject();
        m_servedModel = message.value(QLatin1String("model")).toString();
        m_anthropicUsage = message.value(QLatin1String("usage")).toObject();
        m_usage = UsageExtractor::fromUsageObject(WireFormat::Anthropic, m_anthropicUsage);
    } else if (type == "message_delta") {
        // Cumulative totals: replace, never add. A null means "not reported here".
        const QJsonObject usage = event.value(QLatin1String("usage")).toObject();
        for (auto it = usage.constBegin(); it != usage.constEnd(); ++it) {
            if (!it.value().isNull())
                m_anthropicUsage.insert(it.key(), it.value());
        }
        if (!usage.isEmpty())
            m_usage = UsageExtractor::fromUsageObject(WireFormat::Anthropic, m_anthropicUsage);
    } else if (type == "message_stop") {
        m_finished = true;
    } else if (type == "error") {
        setError(event.value(QLatin1String("error")).toObject());
    }
}

void StreamUsageTracker::setError(const QJsonObject &error)
{
    // OpenAI and Anthropic name the class in "type"; OpenAI sometimes only in "code".
    QString type = error.value(QLatin1String("type")).toString();
    if (type.isEmpty()) {
        const QJsonValue code = error.value(QLatin1String("code"));
        type = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
    }
    m_errorType = type;
    m_errorMessage = error.value(QLatin1String("message")).toString();
}

void StreamUsageTracker::countText(const QJsonValue &value)
{
    if (value.isString())
        m_outputCharacters += value.toString().size();
}
