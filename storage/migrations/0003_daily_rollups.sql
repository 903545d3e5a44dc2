-- Schema 3: rollups sized for dashboards over months of millions of calls.
-- usage_hourly holds about 50 rows per hour and latency_hourly about 500: a 90-day range read
-- 100k and 1.1M rows. Queries now take whole days from daily rollups and only the hours at a
-- range's edges from the hourly ones (UsageSql::source, LatencySql::read). Days are UTC days,
-- in unix seconds (day = hour / 86400 * 86400). All three are kept by the writer in the same
-- transaction as the calls, and filled here from the hourly rollups.
CREATE TABLE usage_daily (
    day INTEGER NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    client_key_id TEXT NOT NULL DEFAULT '',
    requests INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    streamed INTEGER NOT NULL DEFAULT 0,
    cache_hits INTEGER NOT NULL DEFAULT 0,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    cached_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_1h_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    reasoning_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd REAL NOT NULL DEFAULT 0,
    unpriced INTEGER NOT NULL DEFAULT 0,
    latency_us_sum INTEGER NOT NULL DEFAULT 0,
    ttft_us_sum INTEGER NOT NULL DEFAULT 0,
    ttft_count INTEGER NOT NULL DEFAULT 0,
    cache_savings_usd REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (day, provider, model, client_key_id)
);

-- Time series need hours (days in the user's UTC offset are folded from them) but neither model
-- nor provider: per hour x key, a handful of rows per hour.
CREATE TABLE usage_key_hourly (
    hour INTEGER NOT NULL,
    client_key_id TEXT NOT NULL DEFAULT '',
    requests INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    streamed INTEGER NOT NULL DEFAULT 0,
    cache_hits INTEGER NOT NULL DEFAULT 0,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    cached_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_1h_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    reasoning_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd REAL NOT NULL DEFAULT 0,
    unpriced INTEGER NOT NULL DEFAULT 0,
    latency_us_sum INTEGER NOT NULL DEFAULT 0,
    ttft_us_sum INTEGER NOT NULL DEFAULT 0,
    ttft_count INTEGER NOT NULL DEFAULT 0,
    cache_savings_usd REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, client_key_id)
);

-- Latency histograms per UTC day x key x metric, packed: counts holds "bucket:count" pairs in
-- bucket order, separated by spaces (LatencySql::pack), one row where latency_hourly has a row per
-- bucket, so that 90 days are about a thousand rows. The writer merges a batch's counts into
-- it; the migration's code step fills it from latency_hourly.
CREATE TABLE latency_daily (
    day INTEGER NOT NULL,
    client_key_id TEXT NOT NULL DEFAULT '',
    metric INTEGER NOT NULL,
    counts TEXT NOT NULL,
    PRIMARY KEY (day, client_key_id, metric)
);

INSERT INTO usage_daily (day, provider, model, client_key_id, requests, errors, streamed,
    cache_hits, input_tokens, cached_tokens, cache_write_tokens, cache_write_1h_tokens,
    output_tokens, reasoning_tokens, cost_usd, unpriced, latency_us_sum, ttft_us_sum, ttft_count,
    cache_savings_usd)
SELECT (hour / 86400) * 86400, provider, model, client_key_id, SUM(requests), SUM(errors),
    SUM(streamed), SUM(cache_hits), SUM(input_tokens), SUM(cached_tokens),
    SUM(cache_write_tokens), SUM(cache_write_1h_tokens), SUM(output_tokens),
    SUM(reasoning_tokens), SUM(cost_usd), SUM(unpriced), SUM(latency_us_sum), SUM(ttft_us_sum),
    SUM(ttft_count), SUM(cache_savings_usd)
FROM usage_hourly GROUP BY (hour / 86400) * 86400, provider, model, client_key_id;

INSERT INTO usage_key_hourly (hour, client_key_id, requests, errors, streamed, cache_hits,
    input_tokens, cached_tokens, cache_write_tokens, cache_write_1h_tokens, output_tokens,
    reasoning_tokens, cost_usd, unpriced, latency_us_sum, ttft_us_sum, ttft_count,
    cache_savings_usd)
SELECT hour, client_key_id, SUM(requests), SUM(errors), SUM(streamed), SUM(cache_hits),
    SUM(input_tokens), SUM(cached_tokens), SUM(cache_write_tokens), SUM(cache_write_1h_tokens),
    SUM(output_tokens), SUM(reasoning_tokens), SUM(cost_usd), SUM(unpriced),
    SUM(latency_us_sum), SUM(ttft_us_sum), SUM(ttft_count), SUM(cache_savings_usd)
FROM usage_hourly GROUP BY hour, client_key_id;

-- The log filtered by model matches the rollups' model key (served model, else the requested
-- one): one expression index answers it newest first, where an OR over two columns scanned the
-- log. It replaces the served_model index, which nothing else used.
DROP INDEX calls_served_model_started_at;
CREATE INDEX calls_model_started_at ON calls ((COALESCE(served_model, requested_model)), started_at);

-- The log sorted by cost or latency (schema 2's calls_cost and calls_latency) now pages over
-- one index section per UTC day and merges the days' pages (LogOrderSql): the writer's new calls
-- all fall into today's section, where the global indexes took them at random places (a dirty
-- page each, written twice through the WAL: 16 KB of writes per call on a 1M-call ledger).
-- started_at bounds partial days at a range's edges in the index, and the plain value column makes
-- the index covering for SQLite 3.40 (which reads no expression's value from an index).
DROP INDEX calls_cost;
DROP INDEX calls_latency;
CREATE INDEX calls_day_cost
    ON calls ((started_at / 86400000), (COALESCE(cost_usd, -1)), id, started_at, cost_usd);
CREATE INDEX calls_day_latency
    ON calls ((started_at / 86400000), (COALESCE(latency_us, -1)), id, started_at, latency_us);
