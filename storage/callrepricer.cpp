#include "callrepricer.h"

#include "callsql.h"
#include "costcalculator.h"
#include "database.h"
#include "pricetable.h"
#include "transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Change
{
    qint64 id;
    CostResult cost;
};

// The usage_hourly row a call is counted in (hour: a day for usage_daily), and what re-pricing
// moves there.
struct RollupKey
{
    qint64 hour;
    QString provider;
    QString model;
    QString keyId;
    friend bool operator==(const RollupKey &a, const RollupKey &b)
    {
        return a.hour == b.hour && a.provider == b.provider && a.model == b.model
            && a.keyId == b.keyId;
    }
    friend size_t qHash(const RollupKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.hour, k.provider, k.model, k.keyId);
    }
};
struct RollupDelta
{
    double cost = 0;
    double cacheSavings = 0;
    qint64 unpriced = 0;
};

bool fail(QString *error, const QString &what, const QSqlError &sqlError)
{
    *error = what + QLatin1String(": ") + sqlError.text();
    return false;
}

} // namespace

std::optional<CallRepricer::Result> CallRepricer::reprice(const QString &location,
                                                          const PriceTable &prices,
                                                          const TimeRange &range, QString *error)
{
    Database::Options options;
    options.purpose = QStringLiteral("reprice");
    auto db = Database::open(location, options, error);
    if (!db)
        return std::nullopt;

    Result result;
    QList<Change> changes;
    QHash<RollupKey, RollupDelta> rollups;
    {
        QSqlQuery query(db->connection());
        query.setForwardOnly(true);
        query.prepare(QLatin1String("SELECT ") + CallSql::selectList(QString())
                      + QLatin1String(" FROM calls WHERE started_at >= ? AND started_at < ? "
                                      "AND usage_source <> 'none' "
                                      "AND (price_model IS NULL OR price_model <> 'local')"));
        query.addBindValue(range.fromMs);
        query.addBindValue(range.toMs);
        if (!query.exec()) {
            fail(error, QStringLiteral("cannot read the calls"), query.lastError());
            return std::nullopt;
        }
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const CallRecord record = CallSql::readRecord(query, 1);
            const CostResult cost = CostCalculator::costOfCall(prices, record.servedModel,
                                                               record.requestedModel, record.usage);
            ++result.examined;
            result.costBefore += record.costUsd.value_or(0);
            result.costAfter += cost.usd.value_or(0);
            result.unpricedBefore += record.costUsd ? 0 : 1;
            result.unpricedAfter += cost.usd ? 0 : 1;
            if (cost.usd == record.costUsd && cost.priceModel == record.priceModel
                && cost.priceJson == record.priceJson
                && cost.cacheSavingsUsd == record.cacheSavingsUsd)
                continue;
            changes.append({id, cost});
            RollupDelta &delta = rollups[{record.startedAtMs / 3600000 * 3600, record.provider,
                                          CallSql::modelKey(record), record.clientKeyId}];
            delta.cost += cost.usd.value_or(0) - record.costUsd.value_or(0);
            delta.unpriced += (cost.usd ? 0 : 1) - (record.costUsd ? 0 : 1);
            delta.cacheSavings
                += cost.cacheSavingsUsd.value_or(0) - record.cacheSavingsUsd.value_or(0);
        }
    }
    result.changed = changes.size();
    if (changes.isEmpty())
        return result;

    Transaction transaction(db->connection());
    QSqlQuery update(db->connection());
    update.prepare(QStringLiteral(
        "UPDATE calls SET cost_usd = ?, price_model = ?, price_json = ?, cache_savings_usd = ? "
        "WHERE id = ?"));
    auto optionalDouble = [](const std::optional<double> &value) {
        return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
    };
    for (const Change &change : std::as_const(changes)) {
        update.addBindValue(optionalDouble(change.cost.usd));
        update.addBindValue(CallSql::textOrNull(change.cost.priceModel));
        update.addBindValue(CallSql::textOrNull(QString::fromUtf8(change.cost.priceJson)));
        update.addBindValue(optionalDouble(change.cost.cacheSavingsUsd));
        update.addBindValue(change.id);
        if (!update.exec()) {
            fail(error, QStringLiteral("cannot update call %1").arg(change.id), update.lastError());
            return std::nullopt;
        }
    }
    // The hourly deltas, and the same summed per UTC day and per hour x key for the other
    // usage rollups (schema 3).
    QHash<RollupKey, RollupDelta> days, keyHours;
    for (auto it = rollups.cbegin(); it != rollups.cend(); ++it) {
        const RollupKey &key = it.key();
        for (auto [map, target] :
             {std::pair{&days,
                        RollupKey{key.hour / 86400 * 86400, key.provider, key.model, key.keyId}},
              std::pair{&keyHours, RollupKey{key.hour, QString(), QString(), key.keyId}}}) {
            RollupDelta &sum = (*map)[target];
            sum.cost += it->cost;
            sum.unpriced += it->unpriced;
            sum.cacheSavings += it->cacheSavings;
        }
    }
    const QString set = QStringLiteral(" SET cost_usd = cost_usd + ?, unpriced = unpriced + ?, "
                                       "cache_savings_usd = cache_savings_usd + ? WHERE ");
    const QString byGroup
        = QStringLiteral(" = ? AND provider = ? AND model = ? AND client_key_id = ?");
    struct Target
    {
        const QHash<RollupKey, RollupDelta> *deltas;
        QString sql;
        bool perGroup;
    };
    const Target targets[] = {
        {&rollups, QLatin1String("UPDATE usage_hourly") + set + QLatin1String("hour") + byGroup,
         true},
        {&days, QLatin1String("UPDATE usage_daily") + set + QLatin1String("day") + byGroup, true},
        {&keyHours,
         QLatin1String("UPDATE usage_key_hourly") + set
             + QLatin1String("hour = ? AND client_key_id = ?"),
         false},
    };
    for (const Target &target : targets) {
        QSqlQuery rollup(db->connection());
        rollup.prepare(target.sql);
        for (auto it = target.deltas->cbegin(); it != target.deltas->cend(); ++it) {
            const RollupKey &key = it.key();
            rollup.addBindValue(it->cost);
            rollup.addBindValue(it->unpriced);
            rollup.addBindValue(it->cacheSavings);
            rollup.addBindValue(key.hour);
            // The rollups' key columns hold '' for "none", never NULL (a null QString binds as
            // NULL).
            const QStringList texts = target.perGroup
                ? QStringList{key.provider, key.model, key.keyId}
                : QStringList{key.keyId};
            for (const QString &text : texts)
                rollup.addBindValue(text.isNull() ? QString(QLatin1String("")) : text);
            if (!rollup.exec()) {
                fail(error, QStringLiteral("cannot update the usage totals"), rollup.lastError());
                return std::nullopt;
            }
        }
    }
    if (!transaction.commit()) {
        *error = QStringLiteral("cannot commit: %1").arg(transaction.errorString());
        return std::nullopt;
    }
    return result;
}
