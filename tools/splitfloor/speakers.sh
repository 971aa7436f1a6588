#!/usr/bin/env bash
# speakers.sh moves the speakers floor of loader/ (speaker.go, speaker_*.go) into the package
# speakers/ (docs/layout/plan.md steps 4, 5 and 8; tools/splitfloor) on whatever the checked-out
# tree is, checks the result, and leaves the move uncommitted for review; made after actors.sh
# (branch restructs23). Run from the module root on a clean tree that builds:
#
#	bash tools/splitfloor/speakers.sh
#
# It stops, exit status 1 and the tree as it found it, when
#   - the tree is not clean or does not build;
#   - splitfloor -n finds what blocks a move (a back-edge from a speaker file to a higher floor
#     that a branch added — a call of coreference, the surface grammar, claims or relations, a
#     word class declared in one of their files —, a read of d.x or of a field of the loader's
#     doc, a method value, a collision, an unkeyed literal of the document struct): its list is
#     printed, nothing was written. Ask coreference or the surface subject through d.Resolve
#     (doc.Resolver), read the Phoenix dictionaries as d.Phx, declare a shared word class in
#     doc/wordclasses.go, as branch restructs23 did (plan.md step 5, session 23);
#   - after the move gofmt, go build, go vet, the tests (speakers, actors, doc, segment, loader,
#     tools/splitfloor) or the corpus export (CORPUS, default ../shared/corpus; skipped when
#     absent) differ or fail: the tree is restored (git checkout + git clean of loader/ and
#     speakers/).
# With RUN_ALL=1 it also runs ../shared/eval/run_all.sh before and after and compares them.
# On success it prints the commands that record the move.
set -u
fail() { echo "speakers.sh: $*" >&2; exit 1; }
[ -f go.mod ] && [ -d loader ] || fail "run from the module root"
[ -z "$(git status --porcelain)" ] || fail "the tree is not clean (commit or check out first)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
restore() {
	git checkout -q -- loader speakers 2>/dev/null
	git clean -fdq -- loader speakers
	fail "$* — the tree is restored, nothing moved"
}
go build ./... || fail "the tree does not build"
corpus=${CORPUS:-../shared/corpus}
export_of() { # export_of BIN OUT: the corpus loaded and exported as JSON lines
	local d
	d=$(mktemp -d -p "$tmp")
	"$1" load --db "$d/db" "$corpus" >/dev/null 2>&1 && "$1" export --db "$d/db" --format jsonl -o "$2" >/dev/null 2>&1
}
if [ -d "$corpus" ]; then
	go build -o "$tmp/before" ./cmd/claimgraph || fail "cmd/claimgraph does not build"
	export_of "$tmp/before" "$tmp/before.jsonl" || fail "export before the move failed"
fi
if [ "${RUN_ALL:-0}" = 1 ]; then
	bash ../shared/eval/run_all.sh >"$tmp/runall.before" 2>&1 || fail "run_all.sh failed before the move"
fi

FILES=$(cd loader && ls speaker.go speaker_*.go 2>/dev/null | grep -v _test.go | paste -sd,)
[ -n "$FILES" ] || fail "no speaker file in loader/ (already moved?)"
ARGS=(-dir loader -to speakers -as speakers -files "$FILES" -struct doc)
if ! go run ./tools/splitfloor -n "${ARGS[@]}" >"$tmp/dry" 2>&1; then
	cat "$tmp/dry" >&2
	fail "splitfloor -n: the move is blocked (above); nothing written"
fi
go run ./tools/splitfloor "${ARGS[@]}" >"$tmp/run" 2>&1 || { cat "$tmp/run" >&2; restore "splitfloor failed"; }
grep -c '^splitfloor: delete' "$tmp/run" | sed 's/^/speakers.sh: files moved: /'

[ -z "$(gofmt -l loader speakers)" ] || restore "gofmt: $(gofmt -l loader speakers | paste -sd' ')"
go build ./... || restore "go build"
go vet ./loader ./speakers ./actors ./doc ./segment || restore "go vet"
go test -count=1 ./speakers ./actors ./doc ./segment ./loader ./tools/splitfloor || restore "go test"
out=$(go run ./tools/splitfloor -n "${ARGS[@]}" 2>&1)
case "$out" in *"nothing to move"*) ;; *) echo "$out" >&2; restore "a second run still finds something to move" ;; esac
if [ -d "$corpus" ]; then
	go build -o "$tmp/after" ./cmd/claimgraph || restore "cmd/claimgraph does not build"
	export_of "$tmp/after" "$tmp/after.jsonl" || restore "export after the move failed"
	cmp -s "$tmp/before.jsonl" "$tmp/after.jsonl" || restore "the corpus export differs ($(diff "$tmp/before.jsonl" "$tmp/after.jsonl" | grep -c '^[<>]') lines)"
	echo "speakers.sh: corpus export identical ($(wc -l <"$tmp/after.jsonl") lines)"
fi
if [ "${RUN_ALL:-0}" = 1 ]; then
	bash ../shared/eval/run_all.sh >"$tmp/runall.after" 2>&1
	cmp -s "$tmp/runall.before" "$tmp/runall.after" || restore "run_all.sh differs"
	echo "speakers.sh: run_all identical"
fi
cat <<'EOF'
speakers.sh: moved and checked. To record it:
	go run ./tools/layoutmap -dir loader -plan docs/layout/plan.md -o docs/layout/loader-map.md
	git add -A loader speakers docs/layout && git commit -m "layout step 8: the speakers floor is package speakers/ (tools/splitfloor/speakers.sh)"
EOF
