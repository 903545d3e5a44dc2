#pragma once

#include "tokenusage.h"
#include "wireformat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Follows one streamed (SSE) response event by event and ends up knowing what the same
// call would have reported non-streamed: its usage, the model that answered, an in-stream
// error, and how many characters were generated (for estimating tokens when a stream
// brings no usage, e.g. a client that did not ask for it or a stream cut short).
//  - OpenAI chat/completions: usage arrives in the last chunk (choices [], usage {...})
//    when stream_options.include_usage is set; other chunks carry "usage":null.
//  - OpenAI Responses: usage is in response.completed / response.incomplete / response.failed.
//  - Anthropic: message_start brings the input side, message_delta CUMULATIVE totals; each
//    field message_delta carries replaces the earlier value, nothing is ever added.
// This runs per event on the proxy's hot path, so events that cannot carry anything of
// interest (ping, content_block_start/stop, most Responses events) are not parsed at all,
// and plain text deltas (the bulk of every stream) only have their string values measured.
// Only the first chunk, chunks with usage or error, and named events that matter get a
// full JSON parse.
class StreamUsageTracker
{
public:
    explicit StreamUsageTracker(WireFormat format);

    // One SSE event: its "event:" name (empty when the stream has none, as OpenAI chat
    // streams) and the joined payload of its "data:" lines.
    void addEvent(const QByteArray &eventName, const QByteArray &data);

    std::optional<TokenUsage> usage() const { return m_usage; }
    QString servedModel() const { return m_servedModel; }
    QString errorType() const { return m_errorType; } // e.g. "overloaded_error"
    QString errorMessage() const { return m_errorMessage; }
    qint64 outputCharacters() const { return m_outputCharacters; } // UTF-16 code units
    // True once the stream's own end marker arrived ([DONE], message_stop, or a final
    // Responses event); false means it was cut short.
    bool finished() const { return m_finished; }

    // True for an OpenAI chat/completions chunk with an empty "choices" array and a usage
    // object: the chunk include_usage adds, which the proxy hides from a client that did
    // not ask for usage itself. Cheap for every other chunk (no JSON parse).
    static bool isUsageOnlyChunk(const QByteArray &data);

private:
    void addOpenAiEvent(const QByteArray &eventName, const QByteArray &data);
    void addAnthropicEvent(const QByteArray &eventName, const QByteArray &data);
    void readChatChunk(const QJsonObject &chunk);
    void readResponsesEvent(const QByteArray &type, const QJsonObject &event);
    void readAnthropicEvent(const QByteArray &type, const QJsonObject &event);
    void setError(const QJsonObject &error);
    void countText(const QJsonValue &value);

    // What an OpenAI stream turned out to be, from its first parsed event.
    enum class OpenAiStream { Unknown, ChatCompletions, TextCompletions, Responses };

    WireFormat m_format;
    OpenAiStream m_openAiStream = OpenAiStream::Unknown;
    std::optional<TokenUsage> m_usage;
    QJsonObject m_anthropicUsage; // message_start's usage with message_delta's fields laid over it
    QString m_servedModel;
    QString m_errorType;
    QString m_errorMessage;
    qint64 m_outputCharacters = 0;
    bool m_finished = false;
};
