#!/usr/bin/env bash
# bench/pair.sh — compares two builds of claimgraph on the same corpus, for speed work that must
# not change the output (issue 13): the JSONL export of each build's load must be byte-identical,
# and the CPU seconds (user + system) of the two loads are measured in pairs started at the same
# moment, so that both see the same contention on a shared machine (rows run minutes apart do not
# compare there; see bench/README.md).
#
# Run from anywhere: bench/pair.sh OLD NEW
#   OLD, NEW             a git revision of this repository (built into the work directory) or the
#                        path of a claimgraph binary
# Environment:
#   PAIR_N=1000          articles in the corpus (bench/corpus/gen, the seed of bench/run.sh)
#   PAIR_ROUNDS=3        paired loads; odd rounds start OLD first, even rounds NEW first
#   PAIR_OUT=DIR         work directory (default: a new temporary directory, removed afterwards)
#   BENCH_SHARED=DIR     real texts (default: ../shared/corpus next to the repository)
# Exit status 1 when the exports differ.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${PAIR_N:-1000}
ROUNDS=${PAIR_ROUNDS:-3}
SHARED=${BENCH_SHARED:-$ROOT/../shared/corpus}
OUT=${PAIR_OUT:-$(mktemp -d /tmp/claimgraph-pair.XXXXXX)}
mkdir -p "$OUT/bin"
# the work directory is kept when the exports differ, for the diff
cleanup() { if [[ -z "${PAIR_OUT:-}" && "${identical:-1}" == 1 ]]; then rm -rf "$OUT"; fi; }
trap cleanup EXIT
log() { echo "pair: $*" >&2; }
[[ $# -eq 2 ]] || { echo "usage: bench/pair.sh OLD NEW (git revisions or binaries)" >&2; exit 2; }

# build REV NAME: a binary as it is, or the revision built from a temporary worktree (go build
# reads cmd/claimgraph/default.pgo there, as it does in a checkout)
build() {
	if [[ -x "$1" && -f "$1" ]]; then cp "$1" "$OUT/bin/$2"; return; fi
	local wt="$OUT/src-$2"
	git -C "$ROOT" worktree add --detach -q "$wt" "$1"
	(cd "$wt" && go build -o "$OUT/bin/$2" ./cmd/claimgraph)
	git -C "$ROOT" worktree remove --force "$wt"
}
log "building $1 and $2"
build "$1" old
build "$2" new

if [[ ! -f "$OUT/corpus.jsonl" ]]; then
	(cd "$ROOT" && go build -o "$OUT/bin/gen" ./bench/corpus/gen)
	NLP=""
	if command -v npm >/dev/null 2>&1; then
		if [[ ! -d "$OUT/npm/node_modules/nlp-corpus/builds" ]]; then
			mkdir -p "$OUT/npm" && (cd "$OUT/npm" && npm install --silent --no-audit --no-fund nlp-corpus@4 >/dev/null)
		fi
		NLP="$OUT/npm/node_modules/nlp-corpus/builds"
	fi
	"$OUT/bin/gen" -shared "$SHARED" ${NLP:+-nlp "$NLP"} -n "$N" -words 700 -o "$OUT/corpus.jsonl" -stats "$OUT/corpus.stats"
fi

# load NAME ROUND: one load of the corpus; its CPU seconds into $OUT/time-NAME
load() {
	rm -rf "$OUT/db-$1"
	/usr/bin/time -f "%U %S" -o "$OUT/time-$1" "$OUT/bin/$1" load --db "$OUT/db-$1" --no-progress "$OUT/corpus.jsonl" > "$OUT/load-$1.log" 2>&1
}

identical=1
for r in $(seq 1 "$ROUNDS"); do
	before=$(cut -d' ' -f1 /proc/loadavg)
	if (( r % 2 )); then load old & sleep 0; load new & else load new & sleep 0; load old & fi
	wait
	after=$(cut -d' ' -f1 /proc/loadavg)
	a=$(awk '{ print $1 + $2 }' "$OUT/time-old"); b=$(awk '{ print $1 + $2 }' "$OUT/time-new")
	awk -v r="$r" -v a="$a" -v b="$b" -v lb="$before" -v la="$after" \
		'BEGIN { printf "round %d, load %s-%s: old %.2f CPU s, new %.2f CPU s, %+.1f%%\n", r, lb, la, a, b, (b - a) / a * 100 }'
	if (( r == 1 )); then
		rm -f "$OUT/export-old.jsonl" "$OUT/export-new.jsonl" # export refuses to overwrite
		for x in old new; do "$OUT/bin/$x" export --db "$OUT/db-$x" --format jsonl -o "$OUT/export-$x.jsonl" > "$OUT/export-$x.log" 2>&1 \
			|| { echo "pair: export of $x failed: $OUT/export-$x.log" >&2; exit 1; }; done
		if cmp -s "$OUT/export-old.jsonl" "$OUT/export-new.jsonl"; then
			echo "export: identical ($(wc -l < "$OUT/export-new.jsonl") lines, md5 $(md5sum < "$OUT/export-new.jsonl" | cut -c1-12))"
		else
			echo "export: DIFFERENT (diff $OUT/export-old.jsonl $OUT/export-new.jsonl)"; identical=0
		fi
	fi
done
rm -rf "$OUT/db-old" "$OUT/db-new"
(( identical ))
