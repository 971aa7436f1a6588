// Package coref is the coreference stage (issue 13; docs/layout/plan.md steps 5 and 8): over the
// actors' entities and mentions and the speakers it resolves what a later mention refers back
// to — pronouns by salience and agreement (ResolvePronoun: Lappin & Leass 1994, Quirk et al.
// 1985, 6.14), definite descriptions ("the ministry", "the bloc", "the court": Quirk 5.28, the
// Phoenix agents dictionary's sectors), short forms and surnames of a person named before,
// demonyms, titles and offices ("the minister", "the host country's president"), coordinated
// and possessive subjects, and the merges of a body named in several ways. ResolveEntities is
// the loader's phase (resolveEntities); ResolvePronoun and the other exported helpers are asked
// again by the later floors. It writes the mentions' entities and the fields of doc.Doc listed
// "written by coref" (ByEnt, Voice, PronGender), and reads the relations' pronoun exclusions
// (PronExclude, PronExcludeAll). It reads the text, the segmentation, the lexicons, the Phoenix
// dictionaries (Doc.Phx), the actors and the speakers, and imports only the floors below it
// (TestFloor); the speakers ask it for a pronoun's antecedent through Doc.Resolve
// (doc.Resolver), which the loader sets. Moved out of loader/ by tools/splitfloor
// (tools/splitfloor/coref.sh, branch coref24).
package coref
