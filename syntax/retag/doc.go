// Package retag repairs the tagger's part-of-speech tags where English grammar leaves one reading
// only, before the parse: a noun tag on the only word that can be the clause's finite verb ("It
// demands that …", "The ministry condemns …", "We in this committee demand …"), a participle tag
// where only the past tense can stand ("India, citing security concerns, banned …").
//
// Each repair works on one sentence given as three parallel slices of the same length — the
// word forms, the UD UPOS tags and the Penn XPOS tags the tagger wrote — and rewrites upos and
// xpos in place; forms are never changed. Every repair names its grammar source (Quirk et al.
// 1985, Huddleston & Pullum 2002) in its comment. The loader runs Pronouns, its own name-word
// repair (it needs the actor mentions), then GenitiveHead and Finiteless, before it hands the
// tags to the parser.
package retag

// Pronouns runs the two repairs of a noun read after a nominative pronoun: the adjacent one
// ("it demands", pronounVerbs) and the one after a restrictive prepositional phrase ("We in this
// committee demand", restrictedPronounVerb). forms, upos and xpos have one entry per word.
func Pronouns(forms, upos, xpos []string) {
	pronounVerbs(forms, upos, xpos)
	restrictedPronounVerb(forms, upos, xpos)
}
