# move.sh is the machinery shared by actors.sh, speakers.sh, coref.sh, surface.sh and claims.sh
# (tools/splitfloor): it moves one floor of loader/ into its package with tools/splitfloor,
# checks the result (gofmt, build, vet, tests, a second dry run, the corpus export and, with
# RUN_ALL=1, run_all.sh before and after) and restores the tree when a check fails. When the
# tests fail it runs them again on the restored tree and says whether the move broke them or
# they fail without it too (a merge of other branches can leave main's tests red before any
# move; layout25). It is sourced, never run: the caller sets
#   name       the caller's file name, for messages (actors.sh)
#   pkg        the package the floor moves to (actors), restored with loader/ on failure
#   unit       what a moved file is called in messages (actor)
#   vet_pkgs   the packages go vet checks after the move
#   test_pkgs  the packages go test runs after the move
#   extra      an array: tools/splitfloor's arguments after -dir, -to, -as and -files
# and defines files_to_move, which prints the comma-separated file names under loader/.
set -u
fail() { echo "$name: $*" >&2; exit 1; }
[ -f go.mod ] && [ -d loader ] || fail "run from the module root"
[ -z "$(git status --porcelain)" ] || fail "the tree is not clean (commit or check out first)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
untouch() { # the tree as it was before the move
	git checkout -q -- loader "$pkg" 2>/dev/null
	git clean -fdq -- loader "$pkg"
}
restore() {
	untouch
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

FILES=$(files_to_move)
[ -n "$FILES" ] || fail "no $unit file in loader/ (already moved?)"
ARGS=(-dir loader -to "$pkg" -as "$pkg" -files "$FILES" "${extra[@]}")
if ! go run ./tools/splitfloor -n "${ARGS[@]}" >"$tmp/dry" 2>&1; then
	cat "$tmp/dry" >&2
	fail "splitfloor -n: the move is blocked (above); nothing written"
fi
go run ./tools/splitfloor "${ARGS[@]}" >"$tmp/run" 2>&1 || { cat "$tmp/run" >&2; restore "splitfloor failed"; }
grep -c '^splitfloor: delete' "$tmp/run" | sed "s/^/$name: files moved: /"

[ -z "$(gofmt -l loader "$pkg")" ] || restore "gofmt: $(gofmt -l loader "$pkg" | paste -sd' ')"
go build ./... || restore "go build"
# shellcheck disable=SC2086 # the package lists are words
go vet $vet_pkgs || restore "go vet"
# shellcheck disable=SC2086
go test -count=1 $test_pkgs 2>&1 | tee "$tmp/test.moved"
if [ "${PIPESTATUS[0]}" != 0 ]; then
	# was it the move? the same tests on the tree without it (a merge of other branches may
	# have broken them before any move: then the move is not to blame, but it is not checked)
	untouch
	# shellcheck disable=SC2086
	go test -count=1 $test_pkgs >"$tmp/test.unmoved" 2>&1
	broke=$(comm -23 <(grep -o '^--- FAIL: [^ ]*' "$tmp/test.moved" | sort -u) <(grep -o '^--- FAIL: [^ ]*' "$tmp/test.unmoved" | sort -u) | sed 's/--- FAIL: //' | paste -sd' ')
	if [ -z "$broke" ] && ! grep -q '^FAIL.*\[build failed\]' "$tmp/test.moved"; then
		fail "go test: what fails with the move fails without it too ($(grep -o '^--- FAIL: [^ ]*' "$tmp/test.unmoved" | sed 's/--- FAIL: //' | sort -u | paste -sd' ')): fix the tree first — the tree is restored, nothing moved"
	fi
	fail "go test: the move broke ${broke:-the build of a test package} (passing without it) — the tree is restored, nothing moved"
fi
out=$(go run ./tools/splitfloor -n "${ARGS[@]}" 2>&1)
case "$out" in *"nothing to move"*) ;; *) echo "$out" >&2; restore "a second run still finds something to move" ;; esac
if [ -d "$corpus" ]; then
	go build -o "$tmp/after" ./cmd/claimgraph || restore "cmd/claimgraph does not build"
	export_of "$tmp/after" "$tmp/after.jsonl" || restore "export after the move failed"
	cmp -s "$tmp/before.jsonl" "$tmp/after.jsonl" || restore "the corpus export differs ($(diff "$tmp/before.jsonl" "$tmp/after.jsonl" | grep -c '^[<>]') lines)"
	echo "$name: corpus export identical ($(wc -l <"$tmp/after.jsonl") lines)"
fi
if [ "${RUN_ALL:-0}" = 1 ]; then
	bash ../shared/eval/run_all.sh >"$tmp/runall.after" 2>&1
	cmp -s "$tmp/runall.before" "$tmp/runall.after" || restore "run_all.sh differs"
	echo "$name: run_all identical"
fi
cat <<EOF
$name: moved and checked. To record it (the move alone, then the map):
	git add -A loader $pkg && git commit -m "layout step 8: the $pkg floor is package $pkg/ (produced by bash tools/splitfloor/$name)"
	go run ./tools/layoutmap -dir loader -plan docs/layout/plan.md -o docs/layout/loader-map.md
	git add docs/layout && git commit -m "docs/layout: regenerate loader-map after the $pkg move"
EOF
