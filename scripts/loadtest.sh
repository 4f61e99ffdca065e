#!/usr/bin/env bash
# A short, time-bounded load test of POST /api/v1/check on loopback with wrk (Debian package
# 'wrk', installed when missing). Writes throughput and latency percentiles to target/loadtest.json.
# Not part of the test suite and not a pass/fail check. Usage: scripts/loadtest.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-10}"
connections="${2:-16}"
port="${CHIPEX_LOADTEST_PORT:-18181}"
out="$here/target/loadtest.json"

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else echo "loadtest: install wrk first (apt-get install wrk)" >&2; exit 1; fi
fi

work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

key="$("$here/chipex" users add --role analyst --name loadtest --db "$work/chipex.db" 2>/dev/null \
  | sed -n 's/^  \([A-Za-z0-9_-]\{43\}\)$/\1/p')"
"$here/chipex" serve --port "$port" --db "$work/chipex.db" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/openapi.json" && break; sleep 0.5; done

cat >"$work/check.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $key"
wrk.body = '{"regime":"ai-diffusion-2025","date":"2025-06-01","item":"NVIDIA H100 SXM","quantity":5000,"destination":"IN","consignee":"Acme Cloud","consigneeHq":"IN"}'
done = function(summary, latency, requests)
  local f = io.open("$work/result.json", "w")
  f:write(string.format('{"endpoint":"POST /api/v1/check","seconds":%.1f,"connections":$connections,"threads":2,'
    .. '"requests":%d,"errors":%d,"requestsPerSecond":%.1f,"latencyMs":{"p50":%.3f,"p90":%.3f,"p99":%.3f,"max":%.3f}}\n',
    summary.duration / 1e6, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  f:close()
end
LUA

curl -sf -o /dev/null -X POST -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d '{"regime":"ai-diffusion-2025","item":"NVIDIA H100 SXM","quantity":1,"destination":"IN","consignee":"warm-up","consigneeHq":"IN"}' \
  "http://127.0.0.1:$port/api/v1/check"
wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/check.lua" "http://127.0.0.1:$port/api/v1/check"
mkdir -p "$(dirname "$out")"
cp "$work/result.json" "$out"
echo "loadtest: wrote $out"
cat "$out"
