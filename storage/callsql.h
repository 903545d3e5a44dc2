#pragma once

#include "callfilter.h"
#include "callrecord.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

// SQL text plus the values for its positional placeholders, in order.
struct SqlFragment
{
    QString sql;
    QVariantList binds;
};

// The single mapping between CallRecord and the calls table, shared by the writer, the queries and
// the exporter so that a new column is added in one place. Internal to ledger_storage.
class CallSql
{
public:
    // calls columns in insert/select order, without id.
    enum Column {
        RequestId,
        StartedAt,
        Endpoint,
        ApiFormat,
        Provider,
        RequestedModel,
        ServedModel,
        Streamed,
        Status,
        ErrorType,
        ErrorMessage,
        InputTokens,
        CachedTokens,
        CacheWriteTokens,
        CacheWrite1hTokens,
        OutputTokens,
        ReasoningTokens,
        UsageSourceColumn,
        CostUsd,
        PriceModel,
        PriceJson,
        LatencyUs,
        TtftUs,
        UpstreamLatencyUs,
        ProxyOverheadUs,
        ClientKeyId,
        UserAgent,
        ClientTool,
        UpstreamRequestId,
        CacheHit,
        CacheSavingsUsd,
        ColumnCount,
    };

    static const QStringList &columns();
    // "a.id, a.request_id, …": id first, then columns() in order.
    static QString selectList(const QString &alias);
    // Inserts one call; a duplicate request_id inserts nothing (numRowsAffected() == 0).
    static QString insertStatement();
    static void bindRecord(QSqlQuery &query, const CallRecord &record);
    // Reads columns() starting at firstColumn (as produced by selectList() after the id).
    static CallRecord readRecord(const QSqlQuery &query, int firstColumn);
    // "WHERE …" (or empty) over the calls table aliased as alias.
    static SqlFragment where(const CallFilter &filter, const QString &alias);

    static bool isError(int status) { return status >= 400 || status == 0; }
    // The rollup's model key: served model, else the requested one.
    static QString modelKey(const CallRecord &record)
    {
        return record.servedModel.isEmpty() ? record.requestedModel : record.servedModel;
    }
    // SQL NULL for empty text, so that "unknown" has one representation.
    static QVariant textOrNull(const QString &text);
};
