#!/usr/bin/env bash
# surface.sh moves the surface-grammar floor of loader/ (surface_*.go, the files
# docs/layout/loader-map.md's file rules put on floor 8: subjects, attributions, phrase ends and
# targets read from the surface order) into the package surface/ (docs/layout/plan.md step 8;
# tools/splitfloor) on whatever the checked-out tree is, checks the result, and leaves the move
# uncommitted for review; made after coref.sh (branch layout25). Run from the module root on a
# clean tree that builds:
#
#	bash tools/splitfloor/surface.sh          # or RUN_ALL=1 bash tools/splitfloor/surface.sh
#
# Why surface/ and not frames/ or text/ (the two homes the map's stage table offered): every
# function of the floor reads the actors' mentions and entities, coreference or the speakers
# (SubjectOf, SpeakerAround, PolicyTarget, …) or a word class of the lexicon (targetStop,
# leadingDrop, modalOperators), so none is a token predicate text/ (floor 0, importing nothing)
# could hold; and frames/ is the parse-based argument finding that replaces this floor (issue 13),
# importing only syntax, lexicon and data: putting the surface finders there would tie it to the
# actors, coreference and speakers and mix the two extractors in one package. surface/ stands on
# frames/' floor (above coreference, below claims and relations: docs/extraction-layout.md), so
# the floors allow it, and the replacement deletes it whole.
#
# The resolver the loader sets as Doc.Resolve (surfaceResolver, surface_resolver.go) becomes
# surface.Resolver (-rename); its field of the loader's *doc becomes *doc.Doc, and splitfloor
# hands the literal the embedded document (newDoc's `surfaceResolver{d}` → `surface.Resolver{D:
# d.Doc}`, TestDocValue). The other names a file that stays calls are upper-cased
# (subjectOf → surface.SubjectOf(d.Doc, …), policyTarget → surface.PolicyTarget, …).
#
# It stops, exit status 1 and the tree as it found it, when
#   - the tree is not clean or does not build;
#   - splitfloor -n finds what blocks a move (a back-edge from a surface file to a higher floor
#     that a branch added — a call of a claims, relations, codes or facade helper, a word class
#     declared in one of their files —, a read of d.x or of a field of the loader's doc, a method
#     value, a collision, an unkeyed literal of the document struct): its list is printed,
#     nothing was written. Move a helper to the floor that calls it, declare a shared word class
#     in doc/ (as layout25 did with anaphoricDeterminers, now docpkg.AnaphoricDeterminers: a
#     branch that reads it writes `sed -i 's/\banaphoricDeterminers\b/docpkg.AnaphoricDeterminers/g'
#     loader/*.go`), or have the caller pass a reader in (plan.md step 8);
#   - after the move gofmt, go build, go vet, the tests (surface, coref, speakers, actors, doc,
#     segment, loader — its goldens and floors —, tools/splitfloor, tools/layoutmap) or the corpus
#     export (CORPUS, default ../shared/corpus; skipped when absent) differ or fail: the tree is
#     restored (git checkout + git clean of loader/ and surface/; surface/doc.go and
#     surface/deps_test.go, committed ahead of the move, are kept).
# With RUN_ALL=1 it also runs ../shared/eval/run_all.sh before and after and compares them.
# On success it prints the commands that record the move. A second run moves what a merge left
# in loader/ (a surface_*.go a branch added). The machinery is move.sh.
name=surface.sh pkg=surface unit=surface
vet_pkgs="./loader ./surface ./coref ./speakers ./actors ./doc ./segment"
test_pkgs="./surface ./coref ./speakers ./actors ./doc ./segment ./loader ./tools/splitfloor ./tools/layoutmap"
extra=(-struct doc -rename surfaceResolver=Resolver)
files_to_move() {
	(cd loader && ls surface_*.go 2>/dev/null | grep -v _test.go | paste -sd,)
}
# shellcheck source=tools/splitfloor/move.sh
source "$(dirname "${BASH_SOURCE[0]}")/move.sh"
