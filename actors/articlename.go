package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// indefinitePronouns: something, nothing, anything, everything (data/wordclasses/indefinites.txt).
var indefinitePronouns = lexicon.WordClass("indefinites")

// indefiniteOpener reports a capitalized run [ts, te) of two or more words whose first word is a
// compound indefinite pronoun capitalized as the sentence's first word: "Everything Trump says",
// "Nothing Clinton said". The pronoun is a noun phrase of its own, postmodified by the clause
// after it (Quirk et al. 1985, §6.45-6.47, compound pronouns; §17.12, the relative clause with a
// zero relative: "everything [that] Trump says"), so it is no word of the name that follows.
func indefiniteOpener(st *doc.Sent, ts, te int) bool {
	return te-ts >= 2 && indefinitePronouns.Has(st.Toks[ts].Lower)
}

// definiteRun reports a capitalized run [ts, te) of two or more words after "the" that ends its
// noun phrase: "the Kelly File.", "the Carolina Panthers,", "the Sanders Camp said", "the Rust
// Belt states" is left alone (a noun follows). A personal name takes no article (Quirk et al.
// 1985, §5.60-5.66: proper nouns of persons have zero article, the definite article belonging to
// names of newspapers, teams, buildings, regions and institutions, §5.66), so such a run is a
// publication's, a team's, a place's or an event's name, and names no person; a title between
// the article and the name ("the Rev. Al Sharpton", "the late Sen. Ted Kennedy") stands outside
// the run. The run must end the noun phrase — followed by punctuation, a preposition, a
// conjunction, a verb or nothing — so that an attributive name before its head ("the Obama
// administration", "the Clinton campaign") is read as before.
func definiteRun(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	if te-ts < 2 || ts < 1 || toks[ts-1].Lower != "the" {
		return false
	}
	if te >= len(toks) {
		return true
	}
	nx := toks[te]
	switch {
	case nx.Text == "(":
		return false // "the Asia-Pacific Economic Cooperation (APEC)": a defined acronym types the name (acrdefs.go)
	case nx.Kind == text.Punct || nx.Kind == text.Quote:
		return nx.Text != "'s" && nx.Text != "\u2019s"
	case nx.Lower == "'s" || nx.Lower == "\u2019s":
		return false
	case text.IsPrep(nx.Lower) || nx.Lower == "and" || nx.Lower == "or" || nx.Lower == "but":
		return true
	case doc.AuxWords.Has(nx.Lower) || FiniteVerbAt(d, st, te):
		return true
	}
	_, speech := doc.SpeechAt(d.Lx, st, te)
	return speech
}
