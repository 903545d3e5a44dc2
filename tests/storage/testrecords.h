#pragma once

#include "callrecord.h"
#include "database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QTime>

// Shared helpers of the storage tests.
namespace TestRecords {

// 2026-11-23T00:00:00Z: a UTC midnight, so that day and hour arithmetic in tests stays readable.
inline qint64 dayZeroMs()
{
    return QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

inline qint64 at(int day, int hour, int minute = 0, int second = 0, int ms = 0)
{
    return dayZeroMs() + (((qint64(day) * 24 + hour) * 60 + minute) * 60 + second) * 1000 + ms;
}

inline CallRecord record(const QByteArray &requestId, qint64 startedAtMs)
{
    CallRecord r;
    r.requestId = requestId;
    r.startedAtMs = startedAtMs;
    r.endpoint = QStringLiteral("/v1/chat/completions");
    r.apiFormat = QStringLiteral("openai");
    r.provider = QStringLiteral("openai");
    r.requestedModel = QStringLiteral("gpt-4o");
    r.servedModel = QStringLiteral("gpt-4o-2024-08-06");
    r.httpStatus = 200;
    r.usage.inputTokens = 100;
    r.usage.outputTokens = 20;
    r.usageSource = UsageSource::Provider;
    r.costUsd = 0.001;
    r.latencyUs = 1500;
    r.upstreamLatencyUs = 1400;
    r.proxyOverheadUs = 100;
    r.userAgent = QStringLiteral("openai-python/1.0");
    return r;
}

inline qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

inline Database openForTest(const QString &path,
                            Database::MigrationPolicy policy = Database::MigrationPolicy::Migrate)
{
    Database::Options options;
    options.migrations = policy;
    options.purpose = QStringLiteral("test");
    QString error;
    auto db = Database::open(path, options, &error);
    if (!db)
        qFatal("Cannot open the test database %s: %s", qPrintable(path), qPrintable(error));
    return std::move(*db);
}

} // namespace TestRecords
