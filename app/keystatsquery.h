#pragma once

#include "callqueries.h"
#include "keystatsmodel.h"

// What the Keys page reads, in one task on a reader's worker: usage and latency grouped by key
// over the range, the known keys with their settings, each key's spend in the calendar month
// (for its budget), and one daily series per key with calls (keys are few). Calls without a key
// have no series of their own: theirs is what the series of all calls has beyond the keys'.
namespace KeyStatsQuery {

KeyStatsModel::Snapshot read(CallQueries &queries, const TimeRange &range, const TimeRange &month,
                             int utcOffsetSeconds);

} // namespace KeyStatsQuery
