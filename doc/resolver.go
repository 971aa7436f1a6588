package doc

// Resolver is what the speakers ask of the two floors above them, coreference and the surface
// subject, while they resolve a speaker (issue 12; docs/layout/plan.md step 5). Speakers are
// resolved on first use, in whichever phase asks (coreference, claims, relations, codes), and a
// "He said:" lead-in's pronoun or a sentence's subject is read at that moment over the mentions
// made so far; the loader passes the two readers in (newDoc sets Doc.Resolve) instead of the
// speakers calling up. The calls and their moment are those of the code before the cut, so the
// extraction is unchanged; the later floors still run inside the speakers' calls (the data flow
// is inverted, not new): a speakers phase after coreference is step 6's.
type Resolver interface {
	// ResolvePronoun is coreference's antecedent of the pronoun w at token i of sentence s by
	// salience, nil when nothing fits (loader's resolvePronoun, coref.go); it records the
	// genders of the pronouns it resolves (Doc.PronGender).
	ResolvePronoun(s, i int, w string) *Entity
	// SubjectOf is the subject of the verb at token i of st read from the surface: the entity,
	// the token where the subject starts, and how it was found ("subject", "coref:pronoun", …;
	// surface.SubjectOf, surface/subject.go). It may add the coreference mentions it resolves.
	SubjectOf(st *Sent, i int) (*Entity, int, string)
}
