#include "callretention.h"

#include "database.h"
#include "databaselocation.h"
#include "storagelog.h"
#include "transaction.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

std::optional<qint64> CallRetention::cutoffFor(qint64 nowMs, int days)
{
    if (days <= 0)
        return std::nullopt;
    return nowMs - qint64(days) * DayMs;
}

std::optional<CallRetention::Result> CallRetention::deleteBefore(const QString &location,
                                                                 qint64 cutoffMs,
                                                                 const Options &options,
                                                                 QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    const auto parsed = DatabaseLocation::parse(location, err);
    if (!parsed)
        return std::nullopt;
    Result result;
    if (parsed->kind() == DatabaseLocation::Kind::Sqlite
        && !QFileInfo::exists(parsed->sqlitePath()))
        return result;

    Database::Options dbOptions;
    dbOptions.purpose = QStringLiteral("retention");
    auto db = Database::open(*parsed, dbOptions, err);
    if (!db)
        return std::nullopt;

    const int batchSize = qMax(1, options.batchSize);
    for (;;) {
        if (options.cancel && options.cancel->load()) {
            result.cancelled = true;
            break;
        }
        Transaction transaction(db->connection());
        if (!transaction.isActive()) {
            *err = QStringLiteral("cannot begin a transaction: %1").arg(transaction.errorString());
            return std::nullopt;
        }
        qint64 deleted = 0;
        {
            QSqlQuery query(db->connection());
            query.prepare(QStringLiteral(
                "DELETE FROM calls WHERE id IN "
                "(SELECT id FROM calls WHERE started_at < ? ORDER BY started_at LIMIT ?)"));
            query.addBindValue(cutoffMs);
            query.addBindValue(batchSize);
            if (!query.exec()) {
                *err = QStringLiteral("cannot delete old calls: %1").arg(query.lastError().text());
                return std::nullopt;
            }
            deleted = query.numRowsAffected();
        }
        if (!transaction.commit()) {
            *err = QStringLiteral("cannot delete old calls: %1").arg(transaction.errorString());
            return std::nullopt;
        }
        if (deleted > 0) {
            result.deletedCalls += deleted;
            ++result.batches;
        }
        if (deleted < batchSize)
            break;
        if (options.pauseMs > 0)
            QThread::msleep(ulong(options.pauseMs));
    }
    qCDebug(lcStorage) << "Retention deleted" << result.deletedCalls << "calls in" << result.batches
                       << "batches";
    return result;
}
