#pragma once

#include "callfilter.h"

#include <QString>

#include <optional>

class PriceTable;

// Re-prices recorded calls with a corrected price table: the explicit action behind
// `llmledger prices reprice`. Every call keeps its token counts, so its cost can be
// computed again; calls whose cost changes get the new cost, price model and prices
// used, and the hourly rollups are adjusted by the difference in the same
// transaction. Calls that consumed nothing (usage "none") and calls to local
// providers keep their cost of 0.
class CallRepricer
{
public:
    struct Result
    {
        qint64 examined = 0;
        qint64 changed = 0;
        double costBefore = 0; // of the priced calls examined
        double costAfter = 0;
        qint64 unpricedBefore = 0; // calls without a known price
        qint64 unpricedAfter = 0;
    };

    static std::optional<Result> reprice(const QString &location, const PriceTable &prices,
                                         const TimeRange &range, QString *error);
};
