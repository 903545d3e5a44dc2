#pragma once

#include "logpage.h"

#include <QString>

#include <optional>

// One call as the request log shows it: the few fields of a CallRecord its columns need
// (a loaded page of a million-call ledger stays small), their texts, and where the call sorts.
struct CallLogRow
{
    qint64 id = 0;
    qint64 startedAtMs = 0;
    QString requestId;
    QString provider;
    QString model; // served, else requested
    QString clientKeyId;
    QString keyHint;
    QString errorText; // "type: message"
    int httpStatus = 0;
    bool streamed = false;
    bool cacheHit = false;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    std::optional<double> costUsd;
    qint64 latencyUs = 0;
    std::optional<qint64> ttftUs;

    static CallLogRow from(const CallRow &call);

    // What CallFilter::errorsOnly counts as an error: an error status, or no answer at all.
    bool isError() const { return httpStatus >= 400 || httpStatus == 0; }
    // The text of a CallLogModel::Column; keyName is how the key is to be named.
    QString text(int column, const QString &keyName) const;
    QString toolTip(int column, const QString &keyName) const;
    static Qt::Alignment alignment(int column);

    // The order of CallQueries::logPage(): by the sort value (an unknown cost as -1), ties by
    // id, both in the order's direction.
    static bool sortsBefore(const CallLogRow &a, const CallLogRow &b, const LogOrder &order);
};
