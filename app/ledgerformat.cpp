#include "ledgerformat.h"

#include <QCoreApplication>

#include <cmath>

namespace {

const QString unknown = QStringLiteral("—");

} // namespace

QString LedgerFormat::usd(std::optional<double> usd, const QLocale &locale)
{
    if (!usd)
        return unknown;
    const double magnitude = std::abs(*usd);
    const int decimals = magnitude == 0 ? 2 : magnitude < 0.01 ? 4 : magnitude < 1 ? 3 : 2;
    const QString number = locale.toString(magnitude, 'f', decimals);
    return (*usd < 0 ? QStringLiteral("−$") : QStringLiteral("$")) + number;
}

QString LedgerFormat::count(qint64 n, const QLocale &locale)
{
    const double value = double(n);
    if (std::abs(value) < 10000)
        return locale.toString(n);
    struct Unit
    {
        double size;
        const char *suffix;
    };
    for (const Unit unit : {Unit{1e9, "B"}, Unit{1e6, "M"}, Unit{1e3, "K"}}) {
        if (std::abs(value) >= unit.size)
            return locale.toString(value / unit.size, 'f',
                                   std::abs(value) >= 100 * unit.size ? 0 : 1)
                + QLatin1String(unit.suffix);
    }
    return locale.toString(n);
}

QString LedgerFormat::duration(std::optional<double> us, const QLocale &locale)
{
    if (!us)
        return unknown;
    const double v = *us;
    if (v < 1000)
        return locale.toString(v, 'f', 0) + QStringLiteral(" µs");
    if (v < 1e6)
        return locale.toString(v / 1000, 'f', v < 10000 ? 1 : 0) + QStringLiteral(" ms");
    if (v < 60e6)
        return locale.toString(v / 1e6, 'f', 2) + QStringLiteral(" s");
    const qint64 seconds = qint64(v / 1e6);
    return QCoreApplication::translate("LedgerFormat", "%1 min %2 s")
        .arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
}

QString LedgerFormat::percent(double fraction, const QLocale &locale)
{
    return locale.toString(fraction * 100, 'f', 1) + QStringLiteral(" %");
}

QString LedgerFormat::change(double current, double previous, const QLocale &locale)
{
    if (previous == 0)
        return current == 0 ? QString() : QCoreApplication::translate("LedgerFormat", "new");
    const double relative = (current - previous) / std::abs(previous);
    const QString magnitude
        = locale.toString(std::abs(relative) * 100, 'f', 1) + QStringLiteral(" %");
    return (relative >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}
