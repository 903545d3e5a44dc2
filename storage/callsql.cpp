#include "callsql.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant nullOf(QMetaType type)
{
    return QVariant(type);
}

QString escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace

const QStringList &CallSql::columns()
{
    static const QStringList names = {
        QStringLiteral("request_id"),
        QStringLiteral("started_at"),
        QStringLiteral("endpoint"),
        QStringLiteral("api_format"),
        QStringLiteral("provider"),
        QStringLiteral("requested_model"),
        QStringLiteral("served_model"),
        QStringLiteral("streamed"),
        QStringLiteral("status"),
        QStringLiteral("error_type"),
        QStringLiteral("error_message"),
        QStringLiteral("input_tokens"),
        QStringLiteral("cached_tokens"),
        QStringLiteral("cache_write_tokens"),
        QStringLiteral("cache_write_1h_tokens"),
        QStringLiteral("output_tokens"),
        QStringLiteral("reasoning_tokens"),
        QStringLiteral("usage_source"),
        QStringLiteral("cost_usd"),
        QStringLiteral("price_model"),
        QStringLiteral("price_json"),
        QStringLiteral("latency_us"),
        QStringLiteral("ttft_us"),
        QStringLiteral("upstream_latency_us"),
        QStringLiteral("proxy_overhead_us"),
        QStringLiteral("client_key_id"),
        QStringLiteral("user_agent"),
        QStringLiteral("client_tool"),
        QStringLiteral("upstream_request_id"),
        QStringLiteral("cache_hit"),
        QStringLiteral("cache_savings_usd"),
    };
    Q_ASSERT(names.size() == ColumnCount);
    return names;
}

QString CallSql::selectList(const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QString list = prefix + QLatin1String("id");
    for (const QString &column : columns())
        list += QLatin1String(", ") + prefix + column;
    return list;
}

QString CallSql::insertStatement()
{
    QString placeholders;
    for (int i = 0; i < ColumnCount; ++i)
        placeholders += i ? QLatin1String(", ?") : QLatin1String("?");
    // Not RETURNING id: in SQLite 3.40 it costs a statement journal per row (5x slower writes).
    return QLatin1String("INSERT INTO calls (") + columns().join(QLatin1String(", "))
        + QLatin1String(") VALUES (") + placeholders
        + QLatin1String(") ON CONFLICT (request_id) DO NOTHING");
}

QVariant CallSql::textOrNull(const QString &text)
{
    return text.isEmpty() ? nullOf(QMetaType::fromType<QString>()) : QVariant(text);
}

void CallSql::bindRecord(QSqlQuery &query, const CallRecord &r)
{
    // NOT NULL text columns get "" rather than a null QString, which QtSql would bind as NULL.
    auto text = [](const QString &s) {
        return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
    };
    const TokenUsage &u = r.usage;
    query.bindValue(RequestId, QString::fromUtf8(r.requestId)); // TEXT, not a BLOB, so it compares
    query.bindValue(StartedAt, r.startedAtMs);
    query.bindValue(Endpoint, text(r.endpoint));
    query.bindValue(ApiFormat, text(r.apiFormat));
    query.bindValue(Provider, textOrNull(r.provider));
    query.bindValue(RequestedModel, textOrNull(r.requestedModel));
    query.bindValue(ServedModel, textOrNull(r.servedModel));
    query.bindValue(Streamed, int(r.streamed));
    query.bindValue(Status, r.httpStatus);
    query.bindValue(ErrorType, textOrNull(r.errorType));
    query.bindValue(ErrorMessage, textOrNull(r.errorMessage));
    query.bindValue(InputTokens, u.inputTokens);
    query.bindValue(CachedTokens, u.cachedInputTokens);
    query.bindValue(CacheWriteTokens, u.cacheWriteTokens);
    query.bindValue(CacheWrite1hTokens, u.cacheWrite1hTokens);
    query.bindValue(OutputTokens, u.outputTokens);
    query.bindValue(ReasoningTokens, u.reasoningTokens);
    query.bindValue(UsageSourceColumn, usageSourceName(r.usageSource));
    query.bindValue(CostUsd,
                    r.costUsd ? QVariant(*r.costUsd) : nullOf(QMetaType::fromType<double>()));
    query.bindValue(PriceModel, textOrNull(r.priceModel));
    query.bindValue(PriceJson, textOrNull(QString::fromUtf8(r.priceJson)));
    query.bindValue(LatencyUs, r.latencyUs);
    query.bindValue(TtftUs, r.ttftUs ? QVariant(*r.ttftUs) : nullOf(QMetaType::fromType<qint64>()));
    query.bindValue(UpstreamLatencyUs, r.upstreamLatencyUs);
    query.bindValue(ProxyOverheadUs, r.proxyOverheadUs);
    query.bindValue(ClientKeyId, textOrNull(r.clientKeyId));
    query.bindValue(UserAgent, textOrNull(r.userAgent));
    query.bindValue(ClientTool, textOrNull(r.clientTool));
    query.bindValue(UpstreamRequestId, textOrNull(r.upstreamRequestId));
    query.bindValue(CacheHit, int(r.cacheHit));
    query.bindValue(CacheSavingsUsd,
                    r.cacheSavingsUsd ? QVariant(*r.cacheSavingsUsd)
                                      : nullOf(QMetaType::fromType<double>()));
}

CallRecord CallSql::readRecord(const QSqlQuery &query, int first)
{
    auto value = [&query, first](Column column) {
        return query.value(first + column);
    };
    CallRecord r;
    r.requestId = value(RequestId).toString().toUtf8();
    r.startedAtMs = value(StartedAt).toLongLong();
    r.endpoint = value(Endpoint).toString();
    r.apiFormat = value(ApiFormat).toString();
    r.provider = value(Provider).toString();
    r.requestedModel = value(RequestedModel).toString();
    r.servedModel = value(ServedModel).toString();
    r.streamed = value(Streamed).toInt() != 0;
    r.httpStatus = value(Status).toInt();
    r.errorType = value(ErrorType).toString();
    r.errorMessage = value(ErrorMessage).toString();
    r.usage.inputTokens = value(InputTokens).toLongLong();
    r.usage.cachedInputTokens = value(CachedTokens).toLongLong();
    r.usage.cacheWriteTokens = value(CacheWriteTokens).toLongLong();
    r.usage.cacheWrite1hTokens = value(CacheWrite1hTokens).toLongLong();
    r.usage.outputTokens = value(OutputTokens).toLongLong();
    r.usage.reasoningTokens = value(ReasoningTokens).toLongLong();
    r.usageSource = usageSourceFromName(value(UsageSourceColumn).toString());
    const QVariant cost = value(CostUsd);
    if (!cost.isNull())
        r.costUsd = cost.toDouble();
    r.priceModel = value(PriceModel).toString();
    r.priceJson = value(PriceJson).toString().toUtf8();
    r.latencyUs = value(LatencyUs).toLongLong();
    const QVariant ttft = value(TtftUs);
    if (!ttft.isNull())
        r.ttftUs = ttft.toLongLong();
    r.upstreamLatencyUs = value(UpstreamLatencyUs).toLongLong();
    r.proxyOverheadUs = value(ProxyOverheadUs).toLongLong();
    r.clientKeyId = value(ClientKeyId).toString();
    r.userAgent = value(UserAgent).toString();
    r.clientTool = value(ClientTool).toString();
    r.upstreamRequestId = value(UpstreamRequestId).toString();
    r.cacheHit = value(CacheHit).toInt() != 0;
    const QVariant savings = value(CacheSavingsUsd);
    if (!savings.isNull())
        r.cacheSavingsUsd = savings.toDouble();
    return r;
}

SqlFragment CallSql::where(const CallFilter &filter, const QString &alias)
{
    const QString a = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList conditions;
    SqlFragment result;
    auto add = [&](const QString &condition, std::initializer_list<QVariant> binds) {
        conditions.append(condition);
        for (const QVariant &bind : binds)
            result.binds.append(bind);
    };

    if (filter.range.fromMs > std::numeric_limits<qint64>::min())
        add(a + QLatin1String("started_at >= ?"), {filter.range.fromMs});
    if (filter.range.toMs < std::numeric_limits<qint64>::max())
        add(a + QLatin1String("started_at < ?"), {filter.range.toMs});
    if (!filter.provider.isEmpty())
        add(a + QLatin1String("provider = ?"), {filter.provider});
    if (!filter.model.isEmpty()) {
        // Exactly the expression of the calls_model_started_at index (schema 3), so that the
        // index answers it.
        add(QLatin1String("COALESCE(") + a + QLatin1String("served_model, ") + a
                + QLatin1String("requested_model) = ?"),
            {filter.model});
    }
    if (!filter.clientKeyId.isEmpty())
        add(a + QLatin1String("client_key_id = ?"), {filter.clientKeyId});
    if (filter.statusClass) {
        add(a + QLatin1String("status >= ? AND ") + a + QLatin1String("status < ?"),
            {*filter.statusClass * 100, (*filter.statusClass + 1) * 100});
    }
    if (filter.streamed)
        add(a + QLatin1String("streamed = ?"), {int(*filter.streamed)});
    if (filter.cacheHit)
        add(a + QLatin1String("cache_hit = ?"), {int(*filter.cacheHit)});
    if (filter.errorsOnly) {
        const QString isError = QLatin1String("(") + a + QLatin1String("status >= 400 OR ") + a
            + QLatin1String("status = 0)");
        add(*filter.errorsOnly ? isError : QLatin1String("NOT ") + isError, {});
    }
    if (!filter.text.isEmpty()) {
        // LOWER() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
        const QVariant pattern
            = QString(QLatin1Char('%') + escapeLike(filter.text.toLower()) + QLatin1Char('%'));
        QStringList alternatives;
        for (const char *column :
             {"request_id", "requested_model", "served_model", "error_message", "user_agent"})
            alternatives.append(QLatin1String("LOWER(") + a + QLatin1String(column)
                                + QLatin1String(") LIKE ? ESCAPE '\\'"));
        add(QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')'),
            {pattern, pattern, pattern, pattern, pattern});
    }
    if (!conditions.isEmpty())
        result.sql = QLatin1String("WHERE ") + conditions.join(QLatin1String(" AND "));
    return result;
}
