-- wrk script: non-streaming OpenAI chat completions with a ~1 KB answer.
-- x-mock-chunks: 100 makes the mock answer with 100 words of text (1,037 bytes of JSON).
-- done() prints one machine-readable line for bench/run.sh.
wrk.method = "POST"
wrk.body = '{"model":"gpt-4o-mini","messages":[{"role":"system","content":"You are terse."},'
    .. '{"role":"user","content":"Say hello to the benchmark in a hundred words."}]}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer sk-bench-0123456789abcdefBENCH"
wrk.headers["User-Agent"] = "wrk-llmledger-bench"
wrk.headers["x-mock-chunks"] = "100"

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        "BENCH requests=%d duration_us=%d bytes=%d rps=%.2f p50_us=%d p90_us=%d p99_us=%d "
            .. "max_us=%d mean_us=%.1f err_connect=%d err_read=%d err_write=%d err_status=%d "
            .. "err_timeout=%d\n",
        summary.requests, summary.duration, summary.bytes,
        summary.requests / (summary.duration / 1e6),
        latency:percentile(50), latency:percentile(90), latency:percentile(99),
        latency.max, latency.mean, e.connect, e.read, e.write, e.status, e.timeout))
end
