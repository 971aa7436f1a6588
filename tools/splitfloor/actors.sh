#!/usr/bin/env bash
# actors.sh moves the actors floor of loader/ into the package actors/ (docs/layout/plan.md
# steps 5 and 8; tools/splitfloor) on whatever the checked-out tree is, checks the result, and
# leaves the move uncommitted for review. Run from the module root on a clean tree that builds:
#
#	bash tools/splitfloor/actors.sh
#
# It stops, exit status 1 and the tree as it found it, when
#   - the tree is not clean or does not build;
#   - splitfloor -n finds what blocks a move (a back-edge from an actor file to a higher floor
#     that a branch added, a moved method reading a field that stays, a collision, an unkeyed
#     literal of the document struct): its list is printed, nothing was written;
#   - after the move gofmt, go build, go vet, the tests (actors, doc, segment, loader,
#     tools/splitfloor) or the corpus export (CORPUS, default ../shared/corpus; skipped when
#     absent) differ or fail: the tree is restored (git checkout + git clean of loader/ and
#     actors/).
# With RUN_ALL=1 it also runs ../shared/eval/run_all.sh before and after and compares them.
# On success it prints the commands that record the move. The machinery is move.sh (shared with
# the other floor's script).
name=actors.sh pkg=actors unit=actor
vet_pkgs="./loader ./actors ./doc ./segment"
test_pkgs="./actors ./doc ./segment ./loader ./tools/splitfloor"
extra=(-struct doc -rename findActors=Find)
files_to_move() {
	(cd loader && ls actor.go actor_*.go title_coordination.go 2>/dev/null | grep -v _test.go | grep -vx actor_coref.go | paste -sd,)
}
# shellcheck source=tools/splitfloor/move.sh
source "$(dirname "${BASH_SOURCE[0]}")/move.sh"
