#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// How the window writes money, token counts, durations and shares: one place, with the
// user's locale, so that every page agrees ("$1,234.56", "1.2M", "850 ms", "12.5 %").
class LedgerFormat
{
public:
    // Dollars with cents, more digits below a dollar so small calls do not show as $0.00;
    // "—" when unknown.
    static QString usd(std::optional<double> usd, const QLocale &locale = QLocale());
    // Counts above 10,000 abbreviated: 12.3K, 4.5M, 1.2B.
    static QString count(qint64 n, const QLocale &locale = QLocale());
    // "850 µs", "42 ms", "1.25 s", "2 min 5 s"; "—" when unknown.
    static QString duration(std::optional<double> us, const QLocale &locale = QLocale());
    // A fraction 0..1 as a percentage with one decimal.
    static QString percent(double fraction, const QLocale &locale = QLocale());
    // Relative change "+12.5 %" / "−3.0 %"; "new" when there was nothing before; empty when
    // neither period had anything.
    static QString change(double current, double previous, const QLocale &locale = QLocale());
};
