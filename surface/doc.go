// Package surface is the surface-grammar floor of the extraction (issue 13; docs/layout/plan.md
// step 8): arguments read from the order of the loader's tokens and the actors' mentions rather
// than from the dependency parse — the subject of a speech or cue verb (SubjectOf: an actor
// mention before it with auxiliaries, adverbs and asides skipped, a long subject with its
// post-modifier, a coordinated or participle clause's subject, a pronoun or definite description
// resolved by coreference, "his country", a document's issuer), the speaker of an attribution
// around a speech verb (SpeakerAround, AttributionEnds), where a phrase ends and the
// POLICY or actor a target phrase names (PolicyTarget, EvalTarget). The claims and relations
// stages call it; the speakers ask it for a sentence's subject through Doc.Resolve (Resolver,
// which the loader sets; doc.Resolver). It stands above coreference, whose resolutions its
// subjects use, and beside frames/, the parse-based argument finding issue 13 replaces it with:
// a separate package, so that the replacement deletes it whole rather than parts of frames/. It
// imports only the floors below it (TestFloor). Moved out of loader/ by tools/splitfloor
// (tools/splitfloor/surface.sh, branch layout25).
package surface
