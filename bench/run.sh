#!/usr/bin/env bash
# bench/run.sh — claimgraph's corpus benchmark. Builds the binaries, writes a corpus of real
# sentences (bench/corpus/gen), then reports side by side: tokenize-only and extraction-only
# throughput (bench/throughput), the full `claimgraph load` (articles/s, words/s, peak RSS, store
# size) and GraphQL latency on the loaded store (bench/latency). Prints a Markdown table.
#
# Run from anywhere: bench/run.sh
# Environment:
#   BENCH_N=10000        articles in the corpus
#   BENCH_WORDS=700      mean words per article
#   BENCH_OUT=DIR        work directory (default: a new temporary directory; never the repo)
#   BENCH_REQUESTS=500   timed GraphQL requests per query
#   BENCH_SHARED=DIR     real texts (default: ../shared/corpus next to the repository)
#   BENCH_KEEP=1         keep the work directory (corpus and store) afterwards
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${BENCH_N:-10000}
WORDS=${BENCH_WORDS:-700}
REQUESTS=${BENCH_REQUESTS:-500}
SHARED=${BENCH_SHARED:-$ROOT/../shared/corpus}
OUT=${BENCH_OUT:-$(mktemp -d /tmp/claimgraph-bench.XXXXXX)}
mkdir -p "$OUT/bin"
SERVER_PID=""
cleanup() {
	if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
	if [[ -z "${BENCH_KEEP:-}" && -z "${BENCH_OUT:-}" ]]; then rm -rf "$OUT"; fi
}
trap cleanup EXIT
log() { echo "bench: $*" >&2; }

# GNU time reports peak RSS ("Maximum resident set size").
if ! /usr/bin/time -v true >/dev/null 2>&1; then
	log "installing GNU time (Debian package 'time')"
	SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
	$SUDO apt-get install -y time >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y time >/dev/null; }
fi

log "building into $OUT/bin"
(cd "$ROOT" && go build -o "$OUT/bin/claimgraph" ./cmd/claimgraph \
	&& go build -o "$OUT/bin/gen" ./bench/corpus/gen \
	&& go build -o "$OUT/bin/throughput" ./bench/throughput \
	&& go build -o "$OUT/bin/latency" ./bench/latency)

# nlp-corpus (MIT, npm) for variety; the benchmark still runs on the shared texts alone without npm.
NLP=""
if command -v npm >/dev/null 2>&1; then
	if [[ ! -d "$OUT/npm/node_modules/nlp-corpus/builds" ]]; then
		log "npm install nlp-corpus"
		mkdir -p "$OUT/npm" && (cd "$OUT/npm" && npm install --silent --no-audit --no-fund nlp-corpus@4 >/dev/null)
	fi
	NLP="$OUT/npm/node_modules/nlp-corpus/builds"
else
	log "npm not found: corpus from $SHARED only"
fi

log "writing $N articles of ~$WORDS words"
"$OUT/bin/gen" -shared "$SHARED" ${NLP:+-nlp "$NLP"} -n "$N" -words "$WORDS" -o "$OUT/corpus.jsonl" -stats "$OUT/corpus.stats"
read -r ARTICLES TOTAL_WORDS TEXT_BYTES < "$OUT/corpus.stats"

log "tokenize-only and extraction-only"
"$OUT/bin/throughput" -mode tokenize,extract "$OUT/corpus.jsonl" > "$OUT/throughput.txt"
read -r _ _ _ TOK_S TOK_WPS _ TOK_CPU < <(grep '^tokenize ' "$OUT/throughput.txt")
read -r _ _ _ EXT_S EXT_WPS EXT_APS EXT_CPU < <(grep '^extract ' "$OUT/throughput.txt")

log "full load"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
rm -rf "$OUT/db"
/usr/bin/time -v "$OUT/bin/claimgraph" load --db "$OUT/db" --no-progress "$OUT/corpus.jsonl" \
	> "$OUT/load.out" 2> "$OUT/load.err" &
TIME_PID=$!
# Split the resident set while it runs: anonymous memory (the process's own: Go heap, Badger's
# memtables and caches) and the store's table files that Badger maps (clean page-cache pages the
# kernel can drop at any time). /usr/bin/time only gives their sum at its peak.
ANON_MAX=0; FILE_MAX=0
while kill -0 "$TIME_PID" 2>/dev/null; do
	CG_PID=$(pgrep -P "$TIME_PID" | head -1 || true)
	if [[ -n "$CG_PID" && -r "/proc/$CG_PID/smaps_rollup" ]]; then
		read -r ANON FILE < <(awk '/^Anonymous:/ { a = $2 } /^Rss:/ { r = $2 } END { print a + 0, r - a }' "/proc/$CG_PID/smaps_rollup" 2>/dev/null || echo "0 0")
		(( ANON > ANON_MAX )) && ANON_MAX=$ANON
		(( FILE > FILE_MAX )) && FILE_MAX=$FILE
	fi
	sleep 0.5
done
wait "$TIME_PID" || { cat "$OUT/load.err" >&2; exit 1; }
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
field() { grep "$1" "$OUT/load.err" | sed 's/.*: //'; }
WALL=$(field 'Elapsed (wall clock)')
USER_S=$(field 'User time (seconds)')
SYS_S=$(field 'System time (seconds)')
RSS_KB=$(field 'Maximum resident set size')
# m:ss.ss or h:mm:ss → seconds
LOAD_S=$(awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' <<< "$WALL")
STORE_BYTES=$(du -sb "$OUT/db" | cut -f1)

log "serving the store"
PORT=$("$OUT/bin/latency" -free-port)
"$OUT/bin/claimgraph" serve --db "$OUT/db" --addr "127.0.0.1:$PORT" > "$OUT/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
	curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
	sleep 0.1
done
"$OUT/bin/latency" -url "http://127.0.0.1:$PORT/graphql" -n "$REQUESTS" > "$OUT/latency.txt"
read -r _ _ NB_P50 NB_P99 _ < <(grep '^neighborhood ' "$OUT/latency.txt")
read -r _ _ RS_P50 RS_P99 _ < <(grep '^relations_source ' "$OUT/latency.txt")
read -r _ _ RE_P50 RE_P99 _ < <(grep '^relations_source_evidence ' "$OUT/latency.txt")
read -r _ _ R5_P50 R5_P99 _ < <(grep '^relations_source_evidence5 ' "$OUT/latency.txt")
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""

CPU=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
MEM=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
awk -v n="$ARTICLES" -v w="$TOTAL_WORDS" -v tb="$TEXT_BYTES" -v toks="$TOK_S" -v tokc="$TOK_CPU" -v exts="$EXT_S" -v extc="$EXT_CPU" \
	-v ls="$LOAD_S" -v us="$USER_S" -v ss="$SYS_S" -v rss="$RSS_KB" -v anon="$ANON_MAX" -v filek="$FILE_MAX" -v sb="$STORE_BYTES" \
	-v nb50="$NB_P50" -v nb99="$NB_P99" -v rs50="$RS_P50" -v rs99="$RS_P99" -v re50="$RE_P50" -v re99="$RE_P99" -v r550="$R5_P50" -v r599="$R5_P99" -v req="$REQUESTS" \
	-v nproc="$(nproc)" -v cpu="$CPU" -v mem="$MEM" -v gov="$(go version | cut -d' ' -f3-)" -v date="$(date -u +%F)" \
	-v lb="$LOAD_BEFORE" -v la="$LOAD_AFTER" 'BEGIN {
	printf "Machine: %s cores (nproc), %s, %s RAM, %s, %s; load average %s before the load, %s after.\n", nproc, cpu, mem, gov, date, lb, la
	printf "Corpus: %d articles, %d words (%.0f per article), %.1f MB of text.\n\n", n, w, w / n, tb / 1e6
	printf "Rates: wall clock as measured; \"CPU-bound\" = work ÷ (CPU seconds ÷ %d cores), what idle cores would give.\n\n", nproc
	printf "| measure | wall clock | CPU-bound | target |\n|---|---|---|---|\n"
	printf "| tokenize-only (floor) | %.1f M words/s | %.1f M words/s | |\n", w / toks / 1e6, w / (tokc / nproc) / 1e6
	printf "| extraction-only (loader pipeline, no store) | %.0f words/s, %.0f articles/s | %.0f words/s, %.0f articles/s | |\n", w / exts, n / exts, w / (extc / nproc), n / (extc / nproc)
	printf "| full load (`claimgraph load`) | %.0f words/s, %.0f articles/s (%.1f s) | %.0f words/s, %.0f articles/s (%.1f CPU s) | ≥ 100 articles/s |\n", w / ls, n / ls, ls, w / ((us + ss) / nproc), n / ((us + ss) / nproc), us + ss
	printf "| peak RSS of the load | %.0f MB | | ≤ 500 MB |\n", rss * 1024 / 1e6
	printf "| of which, at their peaks: anonymous / file-backed (mapped store tables, program) | %.0f MB / %.0f MB | | |\n", anon * 1024 / 1e6, filek * 1024 / 1e6
	printf "| store on disk (du) | %.1f MB = %.2f × the text | | ≤ 3 × |\n", sb / 1e6, sb / tb
	printf "| GraphQL neighborhood(depth: 1): nodes, relations | p50 %.1f ms, p99 %.1f ms | | |\n", nb50, nb99
	printf "| GraphQL relations(source:, first: 50): type, confidence, target | p50 %.1f ms, p99 %.1f ms | | |\n", rs50, rs99
	printf "| GraphQL relations(source:, first: 50) with every evidence sentence | p50 %.1f ms, p99 %.1f ms | | |\n", re50, re99
	printf "| GraphQL relations(source:, first: 50) with evidenceCount and evidence(first: 5) | p50 %.1f ms, p99 %.1f ms | | |\n", r550, r599
	printf "\nLatency: %d sequential requests per query after a warm-up, on actors drawn by out-degree.\n", req
}'
