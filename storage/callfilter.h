#pragma once

#include <QMetaType>
#include <QString>

#include <limits>
#include <optional>

// Half-open time range [fromMs, toMs) in unix milliseconds UTC; the default covers all time.
struct TimeRange
{
    qint64 fromMs = 0;
    qint64 toMs = std::numeric_limits<qint64>::max();

    bool isEmpty() const { return toMs <= fromMs; }
    bool contains(qint64 ms) const { return ms >= fromMs && ms < toMs; }
};

// Which calls the log view, the CSV export and the CLI want. Empty strings and unset optionals
// mean "any"; all set criteria must match.
struct CallFilter
{
    TimeRange range;
    QString provider;
    QString model; // served model, or the requested one when the provider named none
    QString clientKeyId;
    std::optional<int> statusClass; // 2, 4 or 5: 2xx, 4xx, 5xx
    std::optional<bool> streamed;
    std::optional<bool> cacheHit;
    std::optional<bool> errorsOnly; // true: status >= 400 or 0 (no answer); false: the others
    QString text; // case-insensitive substring of request id, models, error message, user agent
};

Q_DECLARE_METATYPE(TimeRange)
Q_DECLARE_METATYPE(CallFilter)
