-- Schema 1 of the LLM Ledger database.
-- Portable SQL only (SQLite now, PostgreSQL later): no SQLite-only functions, upserts with ON CONFLICT.
-- Times: started_at, first_seen, last_seen are unix milliseconds UTC; usage_hourly.hour is unix
-- seconds floored to the hour. Durations are microseconds. Empty texts are stored as NULL.

-- One row per call through the proxy.
CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    request_id TEXT NOT NULL UNIQUE,
    started_at INTEGER NOT NULL,
    endpoint TEXT NOT NULL,
    api_format TEXT NOT NULL,
    provider TEXT,
    requested_model TEXT,
    served_model TEXT,
    streamed INTEGER NOT NULL,
    status INTEGER NOT NULL,
    error_type TEXT,
    error_message TEXT,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    cached_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_1h_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    reasoning_tokens INTEGER NOT NULL DEFAULT 0,
    usage_source TEXT NOT NULL,
    cost_usd REAL, -- NULL: the model had no known price
    price_model TEXT,
    price_json TEXT,
    latency_us INTEGER,
    ttft_us INTEGER, -- NULL unless streamed
    upstream_latency_us INTEGER,
    proxy_overhead_us INTEGER,
    client_key_id TEXT,
    user_agent TEXT,
    client_tool TEXT,
    upstream_request_id TEXT,
    cache_hit INTEGER NOT NULL DEFAULT 0
);

-- The log view pages by (started_at DESC, id DESC); filtered views add one equality column.
CREATE INDEX calls_started_at ON calls (started_at);
CREATE INDEX calls_key_started_at ON calls (client_key_id, started_at);
CREATE INDEX calls_served_model_started_at ON calls (served_model, started_at);
CREATE INDEX calls_provider_started_at ON calls (provider, started_at);
CREATE INDEX calls_status_started_at ON calls (status, started_at);

-- Bodies are optional and large: kept apart so that scans of calls stay small.
CREATE TABLE call_bodies (
    call_id INTEGER PRIMARY KEY REFERENCES calls (id) ON DELETE CASCADE,
    request_body BLOB,
    response_body BLOB
);

-- Client keys seen by the proxy (only their derived ids), with a user-given label.
CREATE TABLE client_keys (
    key_id TEXT PRIMARY KEY,
    label TEXT,
    hint TEXT,
    first_seen INTEGER,
    last_seen INTEGER
);

-- Per hour x provider x model x key rollup, written by the writer in the same transaction as the
-- calls it sums, so that dashboards never scan calls. model is served_model, else requested_model.
CREATE TABLE usage_hourly (
    hour INTEGER NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    client_key_id TEXT NOT NULL DEFAULT '',
    requests INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0, -- status >= 400 or 0 (no answer)
    streamed INTEGER NOT NULL DEFAULT 0,
    cache_hits INTEGER NOT NULL DEFAULT 0,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    cached_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_1h_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    reasoning_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd REAL NOT NULL DEFAULT 0,
    unpriced INTEGER NOT NULL DEFAULT 0, -- calls with an unknown cost
    latency_us_sum INTEGER NOT NULL DEFAULT 0,
    ttft_us_sum INTEGER NOT NULL DEFAULT 0,
    ttft_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, provider, model, client_key_id)
);
