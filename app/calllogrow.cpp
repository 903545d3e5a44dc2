#include "calllogrow.h"

#include "callformat.h"
#include "calllogmodel.h"
#include "ledgerformat.h"

#include <QStringList>

namespace {

template<typename T>
int compare(const T &a, const T &b)
{
    return a < b ? -1 : b < a ? 1 : 0;
}

} // namespace

CallLogRow CallLogRow::from(const CallRow &call)
{
    const CallRecord &r = call.record;
    CallLogRow row;
    row.id = call.id;
    row.startedAtMs = r.startedAtMs;
    row.requestId = QString::fromUtf8(r.requestId);
    row.provider = r.provider;
    row.model = r.servedModel.isEmpty() ? r.requestedModel : r.servedModel;
    row.clientKeyId = r.clientKeyId;
    row.keyHint = r.clientKeyHint;
    QStringList error{r.errorType, r.errorMessage};
    error.removeAll(QString());
    row.errorText = error.join(QLatin1String(": "));
    row.httpStatus = r.httpStatus;
    row.streamed = r.streamed;
    row.cacheHit = r.cacheHit;
    row.inputTokens = r.usage.inputTokens;
    row.outputTokens = r.usage.outputTokens;
    row.costUsd = r.costUsd;
    row.latencyUs = r.latencyUs;
    row.ttftUs = r.ttftUs;
    return row;
}

QString CallLogRow::text(int column, const QString &keyName) const
{
    const QLocale locale;
    switch (column) {
    case CallLogModel::TimeColumn:
        return CallFormat::localTime(startedAtMs, locale);
    case CallLogModel::ProviderColumn:
        return provider;
    case CallLogModel::ModelColumn:
        return model;
    case CallLogModel::KeyColumn:
        return keyName;
    case CallLogModel::StatusColumn:
        return httpStatus == 0 ? CallLogModel::tr("no answer") : QString::number(httpStatus);
    case CallLogModel::StreamedColumn:
        return streamed ? QStringLiteral("✓") : QString();
    case CallLogModel::InputTokensColumn:
        return LedgerFormat::count(inputTokens, locale);
    case CallLogModel::OutputTokensColumn:
        return LedgerFormat::count(outputTokens, locale);
    case CallLogModel::CostColumn:
        return LedgerFormat::usd(costUsd, locale);
    case CallLogModel::LatencyColumn:
        return CallFormat::duration(latencyUs, locale);
    case CallLogModel::TtftColumn:
        return CallFormat::duration(ttftUs, locale);
    case CallLogModel::CacheHitColumn:
        return cacheHit ? QStringLiteral("✓") : QString();
    default:
        return {};
    }
}

QString CallLogRow::toolTip(int column, const QString &keyName) const
{
    switch (column) {
    case CallLogModel::TimeColumn:
        return CallFormat::utcTime(startedAtMs);
    case CallLogModel::KeyColumn:
        return clientKeyId;
    case CallLogModel::StatusColumn:
        return errorText;
    default:
        return text(column, keyName);
    }
}

Qt::Alignment CallLogRow::alignment(int column)
{
    switch (column) {
    case CallLogModel::StatusColumn:
    case CallLogModel::InputTokensColumn:
    case CallLogModel::OutputTokensColumn:
    case CallLogModel::CostColumn:
    case CallLogModel::LatencyColumn:
    case CallLogModel::TtftColumn:
        return Qt::AlignRight;
    default:
        return Qt::AlignLeft;
    }
}

bool CallLogRow::sortsBefore(const CallLogRow &a, const CallLogRow &b, const LogOrder &order)
{
    int result = 0;
    switch (order.by) {
    case LogSort::Time:
        result = compare(a.startedAtMs, b.startedAtMs);
        break;
    case LogSort::Cost:
        result = compare(a.costUsd.value_or(-1.0), b.costUsd.value_or(-1.0));
        break;
    case LogSort::Latency:
        result = compare(a.latencyUs, b.latencyUs);
        break;
    }
    if (result == 0)
        result = compare(a.id, b.id);
    return order.descending ? result > 0 : result < 0;
}
