-- Schema 2: what the dashboards need beyond sums.
-- Prompt-cache savings per call and in the hourly rollup (CostResult::cacheSavingsUsd); calls
-- recorded before this version have none (NULL: unknown, summed as 0).
ALTER TABLE calls ADD COLUMN cache_savings_usd REAL;
ALTER TABLE usage_hourly ADD COLUMN cache_savings_usd REAL NOT NULL DEFAULT 0;

-- Latency distributions per hour x client key: counts per logarithmic bucket (LatencyHistogram:
-- 8 buckets per doubling, about 4.5 % wide), so p50/p95 over any range merge a few thousand rows
-- instead of sorting calls. metric 0: latency, 1: time to first token. Filled from calls by the
-- migration's code step (latencysql.cpp) and kept by the writer.
CREATE TABLE latency_hourly (
    hour INTEGER NOT NULL,
    client_key_id TEXT NOT NULL DEFAULT '',
    metric INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, client_key_id, metric, bucket)
);

-- The log sorted by cost or latency pages by keyset over these (NULL sorts as -1).
CREATE INDEX calls_cost ON calls ((COALESCE(cost_usd, -1)), id);
CREATE INDEX calls_latency ON calls ((COALESCE(latency_us, -1)), id);
