-- wrk script: sends one request with an API key (PRISM_BENCH_KEY) and prints a one-line summary that the bench
-- scripts collect. With PRISM_BENCH_BODY set it POSTs that JSON body (a GraphQL request or a REST body);
-- without it, it GETs the URL wrk was given.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("PRISM_BENCH_KEY")
local body = os.getenv("PRISM_BENCH_BODY")
if body ~= nil and body ~= "" then
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = body
else
  wrk.method = "GET"
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  io.write(string.format("RESULT requests=%d req_per_s=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f errors=%d\n",
      summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, errors))
end
