#!/usr/bin/env bash
# bench/soak.sh — holds `claimgraph serve` under a mixed hostile/heavy/cheap load (issue 16) and
# prints outcomes, latency and RSS over time (bench/soak). Loopback only; bounded in time.
#
# Run from anywhere: bench/soak.sh
# Environment:
#   SOAK_N=5000          articles in the generated corpus (bench/corpus/gen, shared texts only)
#   SOAK_DURATION=3m     how long the load runs (soak caps it at 30m)
#   SOAK_HEAVY=50        clients sending depth-3 neighborhoods back to back
#   SOAK_CHEAP_RATE=20   node(id) queries per second
#   SOAK_HOSTILE=3       clients cycling through hostile requests
#   SOAK_INTERVAL=30s    reporting interval
#   SOAK_BIN=PATH        claimgraph binary to soak (default: built from this tree), e.g. an older build
#   SOAK_OUT=DIR         work directory (default: a new temporary directory, removed afterwards)
#   BENCH_SHARED=DIR     real texts (default: ../shared/corpus next to the repository)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${SOAK_N:-5000}
SHARED=${BENCH_SHARED:-$ROOT/../shared/corpus}
OUT=${SOAK_OUT:-$(mktemp -d /tmp/claimgraph-soak.XXXXXX)}
mkdir -p "$OUT/bin"
SERVER_PID=""
cleanup() {
	if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
	if [[ -z "${SOAK_OUT:-}" ]]; then rm -rf "$OUT"; fi
}
trap cleanup EXIT
log() { echo "soak: $*" >&2; }

log "building into $OUT/bin"
(cd "$ROOT" && go build -o "$OUT/bin/claimgraph" ./cmd/claimgraph \
	&& go build -o "$OUT/bin/gen" ./bench/corpus/gen \
	&& go build -o "$OUT/bin/soak" ./bench/soak \
	&& go build -o "$OUT/bin/latency" ./bench/latency)
BIN=${SOAK_BIN:-$OUT/bin/claimgraph}

if [[ ! -d "$OUT/db" ]]; then
	log "writing and loading $N articles"
	"$OUT/bin/gen" -shared "$SHARED" -n "$N" -o "$OUT/corpus.jsonl"
	"$OUT/bin/claimgraph" load --db "$OUT/db" --no-progress "$OUT/corpus.jsonl" >&2
fi

PORT=$("$OUT/bin/latency" -free-port)
"$BIN" serve --db "$OUT/db" --addr "127.0.0.1:$PORT" --no-sample > "$OUT/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
	curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
	sleep 0.1
done
log "one depth-3 neighborhood alone:"
ID=$(curl -s "http://127.0.0.1:$PORT/graphql" -H 'Content-Type: application/json' \
	-d '{"query":"{ relations(first: 1) { nodes { source { id } } } }"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
curl -s -o /dev/null -w 'soak: %{time_total} s, %{size_download} bytes\n' "http://127.0.0.1:$PORT/graphql" -H 'Content-Type: application/json' \
	-d "{\"query\":\"{ neighborhood(id: \\\"$ID\\\", depth: 3, limit: 1000) { nodes { id label } relations { id type source { id } target { id } } } }\"}" >&2
"$OUT/bin/soak" -url "http://127.0.0.1:$PORT" -pid "$SERVER_PID" -duration "${SOAK_DURATION:-3m}" \
	-heavy "${SOAK_HEAVY:-50}" -cheap-rate "${SOAK_CHEAP_RATE:-20}" -hostile "${SOAK_HOSTILE:-3}" -interval "${SOAK_INTERVAL:-30s}"
kill -TERM "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null && log "serve drained and exited 0" || log "serve exited $?"
SERVER_PID=""
