#pragma once

#include "ledgerformat.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <cmath>
#include <optional>

// The texts only the request log and the call details need, beside LedgerFormat's money,
// counts and durations: a call's time to the second, exact amounts for a cost breakdown whose
// lines must visibly add up, and per-million prices. Locale-aware; "—" stands for unknown.
class CallFormat
{
public:
    static QString unknown() { return QStringLiteral("—"); }

    // Local date and time to the second, in the locale's short forms: "11/23/26 10:15:00 AM".
    static QString localTime(qint64 msSinceEpoch, const QLocale &locale = QLocale())
    {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
        QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
        if (!timeFormat.contains(u's'))
            timeFormat.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
        return locale.toString(time.date(), QLocale::ShortFormat) + u' '
            + locale.toString(time.time(), timeFormat);
    }

    // LedgerFormat::duration() of the whole microseconds a call records.
    static QString duration(std::optional<qint64> us, const QLocale &locale = QLocale())
    {
        return LedgerFormat::duration(us ? std::optional<double>(double(*us)) : std::nullopt,
                                      locale);
    }

    // "2026-11-23T10:15:00.250Z", as logs and other tools print it.
    static QString utcTime(qint64 msSinceEpoch)
    {
        return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
    }

    // Every significant place down to 1e-8 dollars: "$0.006125", "$0.00125", "$1.50".
    static QString usdExact(double usd, const QLocale &locale = QLocale())
    {
        return dollars(usd, trimmed(std::abs(usd), 8, 2, locale));
    }

    // A price per million tokens: "$2.50", "$0.075".
    static QString pricePerMillion(double usd, const QLocale &locale = QLocale())
    {
        return dollars(usd, trimmed(std::abs(usd), 6, 2, locale));
    }

private:
    static QString dollars(double usd, const QString &magnitude)
    {
        return (usd < 0 ? QStringLiteral("−$") : QStringLiteral("$")) + magnitude;
    }

    // value with maxPlaces decimals, trailing zeros dropped down to minPlaces.
    static QString trimmed(double value, int maxPlaces, int minPlaces, const QLocale &locale)
    {
        QString text = locale.toString(value, 'f', maxPlaces);
        const QString point = locale.decimalPoint();
        const qsizetype pointAt = text.lastIndexOf(point);
        if (pointAt < 0)
            return text;
        const qsizetype minLength = pointAt + point.size() + minPlaces;
        const QString zero = locale.zeroDigit();
        while (text.size() > minLength && text.endsWith(zero))
            text.chop(zero.size());
        return text;
    }
};
