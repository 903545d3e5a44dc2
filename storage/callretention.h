#pragma once

#include <QString>

#include <atomic>
#include <optional>

// Deletes recorded calls older than a cutoff: the retention setting (`retention_days`,
// docs/config.md). Their bodies go with them (ON DELETE CASCADE); the hourly and daily rollups
// behind the dashboards and the client keys are kept, so past totals still add up. Rows are
// deleted oldest first in short transactions of batchSize rows, found through the started_at
// index, with a pause between them, so that the proxy's writer waits at most one batch for the
// lock. Blocking: run it on a worker thread, which gets its own connection. A missing database
// has nothing to delete.
class CallRetention
{
public:
    struct Options
    {
        // Measured on a 500k-call ledger (time-ordered, 10 % with bodies) on the 2-core dev
        // machine at load 8: 5,000 rows held the write lock ~0.5 s per batch, 2,000 ~0.28 s
        // (the random-order request_id, cost and latency indexes dominate).
        int batchSize = 2000;
        // Between batches the lock is free this long, so that the writer, whose SQLite busy
        // handler retries at most 100 ms apart, always gets in between two batches.
        int pauseMs = 150;
        // Checked between batches: set it to stop early (at shutdown); what was deleted stays so.
        const std::atomic_bool *cancel = nullptr;
    };
    struct Result
    {
        qint64 deletedCalls = 0;
        int batches = 0; // transactions that deleted at least one call
        bool cancelled = false;
    };

    static constexpr qint64 DayMs = 24 * 3600 * 1000;

    // Deletes the calls with started_at < cutoffMs (unix milliseconds UTC).
    static std::optional<Result> deleteBefore(const QString &location, qint64 cutoffMs,
                                              const Options &options, QString *error);
    // The cutoff for keeping `days` days at nowMs; days <= 0 keeps everything (returns nullopt).
    static std::optional<qint64> cutoffFor(qint64 nowMs, int days);
};
