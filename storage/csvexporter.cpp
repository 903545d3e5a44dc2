#include "csvexporter.h"

#include "callqueries.h"
#include "callsql.h"
#include "database.h"
#include "transaction.h"

#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QByteArray lineEnd = QByteArrayLiteral("\r\n");

// Collects output and hands it to the device in large pieces; remembers the first write error.
class CsvSink
{
public:
    explicit CsvSink(QIODevice *device) : m_device(device) { m_buffer.reserve(capacity + 4096); }

    void addField(const QByteArray &value)
    {
        if (!m_atLineStart)
            m_buffer += ',';
        m_buffer += value;
        m_atLineStart = false;
    }
    bool endLine()
    {
        m_buffer += lineEnd;
        m_atLineStart = true;
        return m_buffer.size() < capacity || flush();
    }
    bool flush()
    {
        if (!m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size()) {
            m_error = QStringLiteral("Cannot write the CSV: %1").arg(m_device->errorString());
            return false;
        }
        m_buffer.clear();
        return true;
    }
    QString error() const { return m_error; }

private:
    static constexpr qsizetype capacity = 64 * 1024;
    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_atLineStart = true;
    QString m_error;
};

bool checkDevice(QIODevice *out, QString *error)
{
    if (out && out->isWritable())
        return true;
    *error = QStringLiteral("The CSV output is not open for writing");
    return false;
}

} // namespace

QByteArray CsvExporter::field(const QByteArray &utf8)
{
    bool needsQuotes = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', QByteArrayLiteral("\"\""));
    return '"' + quoted + '"';
}

QByteArray CsvExporter::timestamp(qint64 unixMs)
{
    return QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray CsvExporter::decimal(double value)
{
    return QByteArray::number(value, 'f', QLocale::FloatingPointShortest);
}

QString CsvExporter::cancelledError()
{
    return QStringLiteral("The export was cancelled");
}

bool CsvExporter::exportCalls(const QString &location, const CallFilter &filter, QIODevice *out,
                              QString *error, const Progress &progress)
{
    QString localError;
    QString *err = error ? error : &localError;
    if (!checkDevice(out, err))
        return false;
    Database::Options options;
    options.purpose = QStringLiteral("export");
    options.access = Database::Access::ReadOnly;
    const auto db = Database::open(location, options, err);
    if (!db)
        return false;

    const SqlFragment where = CallSql::where(filter, QString());
    auto prepare = [&where, err](QSqlQuery &query, const QString &sql) {
        query.setForwardOnly(true); // rows are streamed, never cached by QtSql
        if (!query.prepare(sql)) {
            *err = query.lastError().text();
            return false;
        }
        for (int i = 0; i < where.binds.size(); ++i)
            query.bindValue(i, where.binds.at(i));
        if (!query.exec()) {
            *err = query.lastError().text();
            return false;
        }
        return true;
    };

    // One read transaction: the count and the rows see the same snapshot while the proxy
    // goes on writing. Nothing is written, so it ends in a rollback.
    Transaction snapshot(db->connection());
    qint64 total = -1;
    if (progress) { // the count costs a pass over the matching rows: only when someone asks
        QSqlQuery count(db->connection());
        if (!prepare(count, QLatin1String("SELECT COUNT(*) FROM calls ") + where.sql))
            return false;
        total = count.next() ? count.value(0).toLongLong() : 0;
    }

    qint64 rows = 0;
    {
        QSqlQuery query(db->connection());
        if (!prepare(query,
                     QLatin1String("SELECT ") + CallSql::selectList(QString())
                         + QLatin1String(" FROM calls ") + where.sql
                         + QLatin1String(" ORDER BY started_at, id")))
            return false;

        CsvSink sink(out);
        sink.addField(QByteArrayLiteral("id"));
        for (const QString &column : CallSql::columns())
            sink.addField(column.toLatin1());
        if (!sink.endLine()) {
            *err = sink.error();
            return false;
        }
        if (progress && !progress(0, total)) {
            *err = cancelledError();
            return false;
        }
        const int columnCount = 1 + CallSql::ColumnCount;
        while (query.next()) {
            for (int i = 0; i < columnCount; ++i) {
                const QVariant value = query.value(i);
                if (value.isNull())
                    sink.addField(QByteArray());
                else if (i == 1 + CallSql::StartedAt)
                    sink.addField(timestamp(value.toLongLong()));
                else if (i == 1 + CallSql::CostUsd)
                    sink.addField(decimal(value.toDouble()));
                else
                    sink.addField(field(value.toString().toUtf8()));
            }
            if (!sink.endLine()) {
                *err = sink.error();
                return false;
            }
            // A row past the count (a snapshot cannot grow, but be safe) raises the total.
            if (++rows % 1000 == 0 && progress && !progress(rows, qMax(total, rows))) {
                *err = cancelledError();
                return false;
            }
        }
        if (query.lastError().isValid()) {
            *err = query.lastError().text();
            return false;
        }
        if (!sink.flush()) {
            *err = sink.error();
            return false;
        }
    }
    if (progress && !progress(rows, rows)) {
        *err = cancelledError();
        return false;
    }
    return true;
}

bool CsvExporter::exportGroups(const QString &location, const TimeRange &range, GroupBy by,
                               QIODevice *out, QString *error, const QString &clientKeyId,
                               int utcOffsetSeconds, const Progress &progress)
{
    QString localError;
    QString *err = error ? error : &localError;
    if (!checkDevice(out, err))
        return false;
    const auto queries = CallQueries::open(location, err);
    if (!queries)
        return false;
    const QList<UsageGroup> groups = queries->groupBy(range, by, clientKeyId, utcOffsetSeconds);
    if (!queries->lastError().isEmpty()) {
        *err = queries->lastError();
        return false;
    }

    CsvSink sink(out);
    const QByteArray keyColumn = by == GroupBy::Day ? QByteArrayLiteral("day")
        : by == GroupBy::Model                      ? QByteArrayLiteral("model")
        : by == GroupBy::Provider                   ? QByteArrayLiteral("provider")
                                                    : QByteArrayLiteral("client_key_id");
    sink.addField(keyColumn);
    if (by == GroupBy::Key)
        sink.addField(QByteArrayLiteral("client_key_label"));
    for (const char *name :
         {"requests", "errors", "streamed", "cache_hits", "input_tokens", "cached_tokens",
          "cache_write_tokens", "cache_write_1h_tokens", "output_tokens", "reasoning_tokens",
          "cost_usd", "unpriced", "avg_latency_us", "avg_ttft_us"})
        sink.addField(QByteArray(name));
    sink.endLine();
    const qint64 total = groups.size();
    if (progress && !progress(0, total)) {
        *err = cancelledError();
        return false;
    }

    qint64 rows = 0;
    for (const UsageGroup &group : groups) {
        const UsageTotals &t = group.totals;
        sink.addField(field(group.key.toUtf8()));
        if (by == GroupBy::Key)
            sink.addField(field(group.label.toUtf8()));
        for (const qint64 value :
             {t.requests, t.errors, t.streamed, t.cacheHits, t.tokens.inputTokens,
              t.tokens.cachedInputTokens, t.tokens.cacheWriteTokens, t.tokens.cacheWrite1hTokens,
              t.tokens.outputTokens, t.tokens.reasoningTokens})
            sink.addField(QByteArray::number(value));
        sink.addField(decimal(t.costUsd));
        sink.addField(QByteArray::number(t.unpriced));
        sink.addField(QByteArray::number(qRound64(t.avgLatencyUs())));
        sink.addField(t.ttftCount ? QByteArray::number(qRound64(t.avgTtftUs())) : QByteArray());
        if (!sink.endLine()) {
            *err = sink.error();
            return false;
        }
        if (++rows % 1000 == 0 && progress && !progress(rows, total)) {
            *err = cancelledError();
            return false;
        }
    }
    if (!sink.flush()) {
        *err = sink.error();
        return false;
    }
    if (progress && !progress(rows, total)) {
        *err = cancelledError();
        return false;
    }
    return true;
}
