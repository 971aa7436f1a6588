package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// TestPartyDesignationEnd: "(R-Ohio)", "(D-N.Y.)", "(I-Vt.)" close where ")" is; an acronym, a
// year, a lower-case word or another initial do not make a designation. Invented strings.
func TestPartyDesignationEnd(t *testing.T) {
	for s, want := range map[string]bool{
		"Sen. Ann Roe (R-Ohio) said":     true,
		"Rep. Ben Cole (D-N.Y.) said":    true,
		"Rep. Ben Cole (D-N.Y) said":     true,
		"Sen. Bo Sand (I-Vt.), who ran,": true,
		"The World Food Programme (WFP)": false,
		"Ann Roe (2016) said":            false,
		"Ann Roe (X-Ohio) said":          false,
		"Ann Roe (r-ohio) said":          false,
		"Ann Roe (R-Ohio and more) said": false,
	} {
		toks := text.Tokenize([]rune(s), 0)
		got := false
		for i := range toks {
			if c := surface.PartyDesignationEnd(toks, i); c > i {
				got = toks[c].Text == ")"
			}
		}
		if got != want {
			t.Errorf("%q: designation %v, want %v", s, got, want)
		}
	}
}

// TestSubject25: the subject readings of surface_subject25.go fire on their constructions and not
// on near misses (a parenthetical that is no designation, a predicative adjunct, a person
// postmodified by "of" + an organization that is itself an actor). Invented sentences.
func TestSubject25(t *testing.T) {
	runCases(t, []exCase{
		{"party designation", "Sen. Lydia Marsh (D-Ore.) said the pipeline would never be built.",
			[]string{"rule CLAIMS Lydia Marsh -> pipeline would never be built = speech:reported+party-designation"}},
		{"party designation mid-sentence", "On Friday, Rep. Omar Tull (R-Texas) said the border bill was dead.",
			[]string{"CLAIMS Omar Tull -> border bill was dead"}},
		{"near miss: a year in parentheses", "Lydia Marsh (2015) said the pipeline would never be built.",
			[]string{"!rule CLAIMS Lydia Marsh -> pipeline = speech:reported+party-designation"}},
		{"zero-article appositive of role", "Hugo Lenz, professor of law at a state university, said the ruling would be overturned.",
			[]string{"rule CLAIMS Hugo Lenz -> ruling would be overturned = speech:reported+appositive-role"}},
		{"zero-article appositive, second in the sentence", "After the vote, Hugo Lenz, chairman of the county party, said the count was fair.",
			[]string{"CLAIMS Hugo Lenz -> count was fair"}},
		{"near miss: a finite clause between the commas", "Hugo Lenz, voters said, had lost the debate.",
			[]string{"!rule CLAIMS Hugo Lenz -> lost the debate = speech:reported+appositive-role"}},
		{"person of a place", "Senator Maya Ortiz of Nevada said the water compact was unfair.",
			[]string{"rule CLAIMS Maya Ortiz -> water compact was unfair = speech:reported+of-postmodifier", "!CLAIMS Nevada -> water compact"}},
	})
}
