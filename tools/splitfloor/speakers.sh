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
# On success it prints the commands that record the move. The machinery is move.sh (shared with
# the other floor's script).
name=speakers.sh pkg=speakers unit=speaker
vet_pkgs="./loader ./speakers ./actors ./doc ./segment"
test_pkgs="./speakers ./actors ./doc ./segment ./loader ./tools/splitfloor"
extra=(-struct doc)
files_to_move() {
	(cd loader && ls speaker.go speaker_*.go 2>/dev/null | grep -v _test.go | paste -sd,)
}
# shellcheck source=tools/splitfloor/move.sh
source "$(dirname "${BASH_SOURCE[0]}")/move.sh"
