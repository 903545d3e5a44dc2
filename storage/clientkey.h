#pragma once

#include <QString>
#include <QtNumeric>

// A client key the proxy has seen (by its derived id only) and what the user set for it: a
// label, whether the proxy refuses its calls, and a monthly budget.
struct ClientKey
{
    QString keyId;
    QString label;
    QString hint; // e.g. "sk-…a1b2"
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    bool disabled = false;
    double budgetUsdMonth = qQNaN(); // NaN: no budget

    bool hasBudget() const { return !qIsNaN(budgetUsdMonth); }

    QString displayName() const
    {
        return !label.isEmpty() ? label : !hint.isEmpty() ? hint : keyId;
    }
};
