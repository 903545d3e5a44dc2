#pragma once

#include "calllogwriter.h"
#include "callrecord.h"
#include "ledgerpaths.h"
#include "mockupstream.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTime>

#include <sys/stat.h>

// Shared helpers of the app-layer tests: temporary ledger paths, a database seeded
// through the real writer, a strict RFC 4180 reader and a config that points the
// proxy at an in-process MockUpstream.
namespace AppTest {

// Data dir = the temporary dir, config in its "config" subfolder (as on a real install,
// where the two live apart).
inline LedgerPaths pathsIn(const QTemporaryDir &dir)
{
    LedgerPaths paths;
    paths.dataDir = dir.path() + QLatin1String("/data");
    paths.configFile = dir.path() + QLatin1String("/config/config.json");
    return paths;
}

// 2026-11-23T00:00:00Z plus an offset, for readable time arithmetic.
inline qint64 at(int day, int hour, int minute = 0)
{
    const qint64 zero = QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    return zero + ((qint64(day) * 24 + hour) * 60 + minute) * 60 * 1000;
}

inline CallRecord record(const QByteArray &requestId, qint64 startedAtMs, const QString &model,
                         double cost)
{
    CallRecord r;
    r.requestId = requestId;
    r.startedAtMs = startedAtMs;
    r.endpoint = QStringLiteral("/v1/chat/completions");
    r.apiFormat = QStringLiteral("openai");
    r.provider = QStringLiteral("openai");
    r.requestedModel = model;
    r.servedModel = model;
    r.httpStatus = 200;
    r.usage.inputTokens = 100;
    r.usage.outputTokens = 20;
    r.usageSource = UsageSource::Provider;
    r.costUsd = cost;
    r.latencyUs = 1500;
    r.upstreamLatencyUs = 1400;
    r.proxyOverheadUs = 100;
    r.userAgent = QStringLiteral("openai-python/1.0");
    return r;
}

// Writes the records through CallLogWriter, the ledger's only writer.
inline bool seed(const QString &databaseFile, const QList<CallRecord> &records, QString *error)
{
    CallLogWriter writer;
    if (!writer.start(databaseFile, error))
        return false;
    for (const CallRecord &r : records)
        writer.enqueue(r);
    return writer.stop(error) && writer.writtenCount() == records.size();
}

// A strict RFC 4180 reader: CRLF line ends only, quoted fields with "" escapes. Returns
// nullopt-like empty list plus *error on any deviation.
inline QList<QStringList> parseCsv(const QByteArray &csv, QString *error)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == '"') {
            *error = QStringLiteral("quote inside an unquoted field at byte %1").arg(i);
            return {};
        } else if (c == ',') {
            row << QString::fromUtf8(field);
            field.clear();
            fieldStarted = false;
        } else if (c == '\r') {
            if (i + 1 >= csv.size() || csv.at(i + 1) != '\n') {
                *error = QStringLiteral("CR without LF at byte %1").arg(i);
                return {};
            }
            ++i;
            row << QString::fromUtf8(field);
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == '\n') {
            *error = QStringLiteral("bare LF at byte %1").arg(i);
            return {};
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || fieldStarted || !row.isEmpty()) {
        *error = QStringLiteral("the last line does not end with CRLF");
        return {};
    }
    return rows;
}

// config.json with an OpenAI-style and an Anthropic-style provider served by the mock;
// extra top-level keys (e.g. "prices") are merged in.
inline QByteArray mockConfig(const MockUpstream &mock, const QJsonObject &extra = {})
{
    QJsonObject config = extra;
    config.insert(
        QLatin1String("providers"),
        QJsonArray{QJsonObject{{QLatin1String("id"), QLatin1String("openai")},
                               {QLatin1String("kind"), QLatin1String("openai")},
                               {QLatin1String("base_url"), mock.openAiBaseUrl().toString()}},
                   QJsonObject{{QLatin1String("id"), QLatin1String("anthropic")},
                               {QLatin1String("kind"), QLatin1String("anthropic")},
                               {QLatin1String("base_url"), mock.anthropicBaseUrl().toString()}}});
    return QJsonDocument(config).toJson();
}

// A config with one provider; used with invalid values (moc cannot read raw strings holding "//").
inline QByteArray oneProviderConfig(const QString &kind, const QString &baseUrl)
{
    const QJsonObject provider{{QLatin1String("id"), QLatin1String("x")},
                               {QLatin1String("kind"), kind},
                               {QLatin1String("base_url"), baseUrl}};
    return QJsonDocument(QJsonObject{{QLatin1String("providers"), QJsonArray{provider}}}).toJson();
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The permission bits as the OS has them (QFile::permissions() also reports "User" bits).
inline int modeBits(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// A chat completion through the proxy; the event loop spins while waiting, so a mock and
// a proxy on this thread keep serving.
inline QNetworkReply *postChat(QNetworkAccessManager &nam, const QUrl &proxyRoot,
                               const QByteArray &model, const QByteArray &apiKey,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QUrl url = proxyRoot;
    url.setPath(QStringLiteral("/v1/chat/completions"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + apiKey);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    const QByteArray body
        = R"({"model":")" + model + R"(","messages":[{"role":"user","content":"Hello there"}]})";
    return nam.post(request, body);
}

inline bool waitFinished(QNetworkReply *reply, int timeoutMs = 20000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(timeoutMs) || reply->isFinished();
}

} // namespace AppTest
