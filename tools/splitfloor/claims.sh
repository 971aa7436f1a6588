#!/usr/bin/env bash
# claims.sh moves the claims floor of loader/ (claim*.go, the files docs/layout/loader-map.md's
# file rules put on floor 9 beside the relations: quotations, reported speech, turn and block
# claims, the CLAIMS relations) into the package claims/ (docs/layout/plan.md step 8;
# tools/splitfloor) on whatever the checked-out tree is, checks the result, and leaves the move
# uncommitted for review; made after surface.sh (branch layout26). Run from the module root on a
# clean tree that builds:
#
#	bash tools/splitfloor/claims.sh          # or RUN_ALL=1 bash tools/splitfloor/claims.sh
#
# The files are named by pattern (every non-test claim*.go of loader/, whatever a merge added),
# never by a list. The stage's entry point findClaims becomes claims.Find(d.Doc) (-rename); the
# other names a file that stays calls are upper-cased (at layout26 the relations' clauseAfter,
# positionNouns and quantityObject became claims.ClauseAfter(d.Lx, …), claims.PositionNouns,
# claims.QuantityObject). Branch layout26
# cut what blocked the move before it, in move-only commits: the Extractor's frames lexicon and
# tagger come through doc.Frames (d.Frames.InClass, d.Frames.Tag), the relations stage's parse
# through doc.Parses (d.Parse.XPOS: newDoc sets it over the parse memo); and the findClaims
# phase row of tools/layoutmap went ahead of the move.
#
# It stops, exit status 1 and the tree as it found it, when
#   - the tree is not clean or does not build;
#   - splitfloor -n finds what blocks a move: its list is printed ("Resolve these first"),
#     nothing was written. What a branch may have added that blocks it: a back-edge from a claim
#     file to a higher or peer floor (a call of a relations, codes or facade helper, e.g.
#     parseSentenceFor, or a word class declared in one of their files), a read of d.x or of the
#     Extractor (ex.frames, ex.syn: ask d.Frames instead), of a field of the loader's doc that
#     is not doc.Doc's (parses, cues), a method value, a collision, an unkeyed literal of the
#     document struct. Move a helper to the floor that calls it, declare a shared word class in
#     doc/ or lexicon/, or have the loader pass a reader in, as doc.Parses (plan.md step 8);
#   - after the move gofmt, go build, go vet, the tests (claims, surface, coref, speakers,
#     actors, doc, segment, loader — its goldens and floors —, tools/splitfloor,
#     tools/layoutmap) or the corpus export (CORPUS, default ../shared/corpus; skipped when
#     absent) differ or fail: the tree is restored (git checkout + git clean of loader/ and
#     claims/; claims/doc.go and claims/deps_test.go, committed ahead of the move, are kept).
# With RUN_ALL=1 it also runs ../shared/eval/run_all.sh before and after and compares them.
# On success it prints the commands that record the move. A second run moves what a merge left
# in loader/ (a claim_*.go a branch added). The machinery is move.sh.
name=claims.sh pkg=claims unit=claim
vet_pkgs="./loader ./claims ./surface ./coref ./speakers ./actors ./doc ./segment"
test_pkgs="./claims ./surface ./coref ./speakers ./actors ./doc ./segment ./loader ./tools/splitfloor ./tools/layoutmap"
extra=(-struct doc -rename findClaims=Find)
files_to_move() {
	(cd loader && ls claim*.go 2>/dev/null | grep -v _test.go | paste -sd,)
}
# shellcheck source=tools/splitfloor/move.sh
source "$(dirname "${BASH_SOURCE[0]}")/move.sh"
