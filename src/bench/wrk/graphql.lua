-- wrk script: POSTs one GraphQL request body (PRISM_BENCH_BODY) with an API key (PRISM_BENCH_KEY) and prints a
-- one-line summary that load.sh collects.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("PRISM_BENCH_KEY")
wrk.body = os.getenv("PRISM_BENCH_BODY")

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  io.write(string.format("RESULT requests=%d req_per_s=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f errors=%d\n",
      summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, errors))
end
