#!/usr/bin/env bash
# coref.sh moves the coreference floor of loader/ (coref.go and coref_*.go, the files
# docs/layout/loader-map.md's file rules put on the coref floor; its two others, actor_coref.go
# and portfolio_keys.go, are coref_shortforms.go and coref_portfoliokeys.go since coref24, and
# are still taken under their old names should a branch bring one back) into the package coref/
# (docs/layout/plan.md steps 5 and 8; tools/splitfloor) on whatever the checked-out tree is,
# checks the result, and leaves the move uncommitted for review; made after actors.sh and
# speakers.sh (branch coref24). Run from the module root on a clean tree that builds:
#
#	bash tools/splitfloor/coref.sh
#
# It stops, exit status 1 and the tree as it found it, when
#   - the tree is not clean or does not build;
#   - splitfloor -n finds what blocks a move (a back-edge from a coreference file to a higher
#     floor that a branch added — a call of the surface grammar, claims, relations or codes, a
#     word class declared in one of their files —, a read of d.x or of a field of the loader's
#     doc, a method value, a collision, an unkeyed literal of the document struct): its list is
#     printed, nothing was written. Move a helper to the floor that calls it, declare a shared
#     word class in doc/, or have the caller pass a reader in, as branch coref24 did
#     (plan.md step 8, session 24);
#   - after the move gofmt, go build, go vet, the tests (coref, speakers, actors, doc, segment,
#     loader, tools/splitfloor, tools/layoutmap) or the corpus export (CORPUS, default
#     ../shared/corpus; skipped when absent) differ or fail: the tree is restored (git checkout +
#     git clean of loader/ and coref/).
# With RUN_ALL=1 it also runs ../shared/eval/run_all.sh before and after and compares them.
# On success it prints the commands that record the move. The machinery is move.sh (shared with
# the other floors' scripts).
name=coref.sh pkg=coref unit=coreference
vet_pkgs="./loader ./coref ./speakers ./actors ./doc ./segment"
test_pkgs="./coref ./speakers ./actors ./doc ./segment ./loader ./tools/splitfloor ./tools/layoutmap"
extra=(-struct doc)
files_to_move() {
	(cd loader && ls coref.go coref_*.go actor_coref.go portfolio_keys.go 2>/dev/null | grep -v _test.go | paste -sd,)
}
# shellcheck source=tools/splitfloor/move.sh
source "$(dirname "${BASH_SOURCE[0]}")/move.sh"
