#include "mockcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <array>
#include <utility>

namespace {

qsizetype textLength(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().size();
    case QJsonValue::Array: {
        qsizetype total = 0;
        for (const QJsonValue &item : value.toArray())
            total += textLength(item);
        return total;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        qsizetype total = 0;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("role") && it.key() != QLatin1String("type"))
                total += textLength(it.value());
        }
        return total;
    }
    default:
        return 0;
    }
}

qint64 headerNumber(const MockHttpRequest &request, QByteArrayView name, qint64 fallback)
{
    bool found = false;
    const QByteArray value = mockHeaderValue(request.headers, name, &found);
    if (!found)
        return fallback;
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    return ok && number >= 0 ? number : fallback;
}

// Returns an empty string when every item is known, else the first unknown item.
QByteArray parseScenario(const QByteArray &header, MockCall::Scenario &scenario)
{
    for (const QByteArray &raw : header.split(',')) {
        const QByteArray item = raw.trimmed().toLower();
        const qsizetype colon = item.indexOf(':');
        const QByteArray name = colon < 0 ? item : item.left(colon);
        bool ok = colon >= 0;
        const qint64 argument = ok ? item.mid(colon + 1).toLongLong(&ok) : 0;
        if (item.isEmpty())
            continue;
        if (name == "error-429")
            scenario.errorStatus = 429;
        else if (name == "error-500")
            scenario.errorStatus = 500;
        else if (name == "error-529-overloaded" || name == "error-529")
            scenario.errorStatus = 529;
        else if (name == "error-400")
            scenario.errorStatus = 400;
        else if (name == "stream-error")
            scenario.streamError = true;
        else if (name == "disconnect-mid-stream")
            scenario.disconnectMidStream = true;
        else if (name == "hang")
            scenario.hang = true;
        else if (name == "invalid-json-200")
            scenario.invalidJson = true;
        else if (name == "no-usage")
            scenario.noUsage = true;
        else if (name == "gzip")
            scenario.gzip = true;
        else if (name == "slow-first-byte" && ok && argument >= 0)
            scenario.slowFirstByteMs = int(qMin<qint64>(argument, 3600 * 1000));
        else if (name == "big" && ok && argument >= 0)
            scenario.bigBytes = qMin<qint64>(argument, 512LL * 1024 * 1024);
        else
            return item;
    }
    return {};
}

} // namespace

MockCall MockCall::fromRequest(const MockHttpRequest &request, quint64 serial, int defaultChunks,
                               int defaultChunkDelayMs)
{
    MockCall call;
    call.serial = serial;
    call.method = request.method;
    call.path = request.pathWithoutQuery();
    const bool anthropicVersion = request.hasHeader("anthropic-version");
    call.route = routeFor(call.method, call.path, anthropicVersion);
    call.anthropic = call.route == Route::Messages || call.route == Route::CountTokens
        || call.route == Route::AnthropicModels;
    call.acceptsGzip = request.header("accept-encoding").contains("gzip");
    call.chunks = int(
        qBound(qint64(0), headerNumber(request, "x-mock-chunks", defaultChunks), qint64(1000000)));
    call.chunkDelayMs
        = int(qBound(qint64(0), headerNumber(request, "x-mock-chunk-delay-ms", defaultChunkDelayMs),
                     qint64(3600000)));

    const QByteArray unknown = parseScenario(request.header("x-mock-scenario"), call.scenario);
    if (!unknown.isEmpty()) {
        call.invalidStatus = 400;
        call.invalidMessage = "Unknown x-mock-scenario '" + unknown + '\'';
        return call;
    }

    if (call.method == "POST" && call.route != Route::NotFound) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            call.invalidStatus = 400;
            call.invalidMessage = call.anthropic
                ? QByteArrayLiteral("There was an issue with your request body: invalid JSON")
                : QByteArrayLiteral(
                    "We could not parse the JSON body of your request. (HINT: This "
                    "likely means you aren't using your HTTP library correctly. The "
                    "OpenAI API expects a JSON payload, but what was sent was not "
                    "valid JSON.)");
            return call;
        }
        call.body = document.object();
        call.requestedModel = call.body.value(QLatin1String("model")).toString().toUtf8();
        if (call.requestedModel.isEmpty()) {
            call.invalidStatus = 400;
            call.invalidMessage = call.anthropic
                ? QByteArrayLiteral("model: Field required")
                : QByteArrayLiteral("you must provide a model parameter");
            return call;
        }
        call.servedModel = servedModelFor(call.requestedModel);
        call.stream = call.body.value(QLatin1String("stream")).toBool();
        call.includeUsage = call.body.value(QLatin1String("stream_options"))
                                .toObject()
                                .value(QLatin1String("include_usage"))
                                .toBool();
    }

    call.promptTokens
        = headerNumber(request, "x-mock-prompt-tokens", estimatePromptTokens(call.body));
    call.cachedTokens = headerNumber(request, "x-mock-cached-tokens", 0);
    call.cacheWrite1hTokens = headerNumber(request, "x-mock-cache-write-1h-tokens", 0);
    call.cacheWriteTokens
        = qMax(call.cacheWrite1hTokens, headerNumber(request, "x-mock-cache-write-tokens", 0));
    call.reasoningTokens = headerNumber(request, "x-mock-reasoning-tokens", 0);
    call.completionTokens
        = headerNumber(request, "x-mock-completion-tokens", call.chunks + call.reasoningTokens);
    return call;
}

qint64 MockCall::estimatePromptTokens(const QJsonObject &body)
{
    static const std::array<QLatin1String, 5> fields{
        QLatin1String("messages"), QLatin1String("system"), QLatin1String("prompt"),
        QLatin1String("input"), QLatin1String("instructions")};
    qsizetype length = 0;
    for (const QLatin1String &field : fields)
        length += textLength(body.value(field));
    return (length + 3) / 4 + 3;
}

QByteArray MockCall::servedModelFor(const QByteArray &requested)
{
    static const std::array<std::pair<const char *, const char *>, 16> table{{
        {"gpt-4o-mini", "gpt-4o-mini-2024-07-18"},
        {"gpt-4o", "gpt-4o-2024-08-06"},
        {"gpt-4.1", "gpt-4.1-2025-04-14"},
        {"gpt-4.1-mini", "gpt-4.1-mini-2025-04-14"},
        {"gpt-4.1-nano", "gpt-4.1-nano-2025-04-14"},
        {"gpt-5", "gpt-5-2025-08-07"},
        {"gpt-5-mini", "gpt-5-mini-2025-08-07"},
        {"o3-mini", "o3-mini-2025-01-31"},
        {"o4-mini", "o4-mini-2025-04-16"},
        {"gpt-3.5-turbo", "gpt-3.5-turbo-0125"},
        {"claude-3-5-haiku-latest", "claude-3-5-haiku-20241022"},
        {"claude-3-7-sonnet-latest", "claude-3-7-sonnet-20250219"},
        {"claude-sonnet-4-0", "claude-sonnet-4-20250514"},
        {"claude-opus-4-0", "claude-opus-4-20250514"},
        {"claude-opus-4-1", "claude-opus-4-1-20250805"},
        {"claude-sonnet-4-5", "claude-sonnet-4-5-20250929"},
    }};
    for (const auto &[alias, dated] : table) {
        if (requested == alias)
            return QByteArray(dated);
    }
    return requested;
}

MockCall::Route MockCall::routeFor(const QByteArray &method, const QByteArray &path,
                                   bool anthropicVersion)
{
    if (method == "GET") {
        if (path == "/v1/models")
            return anthropicVersion ? Route::AnthropicModels : Route::OpenAiModels;
        return Route::NotFound;
    }
    if (method != "POST")
        return Route::NotFound;
    if (path == "/v1/chat/completions")
        return Route::ChatCompletions;
    if (path == "/v1/completions")
        return Route::Completions;
    if (path == "/v1/embeddings")
        return Route::Embeddings;
    if (path == "/v1/responses")
        return Route::Responses;
    if (path == "/v1/messages")
        return Route::Messages;
    if (path == "/v1/messages/count_tokens")
        return Route::CountTokens;
    return Route::NotFound;
}

QByteArray MockCall::chunkText(int index)
{
    static const std::array<const char *, 8> words{"Hello",     " from", " the",   " mock",
                                                   " upstream", ",",     " token", "."};
    return QByteArray(words[std::size_t(index) % words.size()]);
}

QByteArray MockCall::completionText(int chunks)
{
    QByteArray text;
    text.reserve(chunks * 6);
    for (int i = 0; i < chunks; ++i)
        text += chunkText(i);
    return text;
}
