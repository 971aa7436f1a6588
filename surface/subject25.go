package surface

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// PartyDesignationEnd returns the index of the ")" closing a party–state designation that opens
// at toks[i], or -1 (actors.PartyDesignationEnd, the one definition).
func PartyDesignationEnd(toks []text.Token, i int) int { return actors.PartyDesignationEnd(toks, i) }

// partyDesignationOpen returns the index of the "(" of a party–state designation closed by the
// ")" at toks[j] that follows a person's name (a mention ending at the "("), or -1.
func partyDesignationOpen(d *doc.Doc, st *doc.Sent, j int) int {
	toks := st.Toks
	for o := j - 1; o >= 1 && o >= j-5; o-- {
		if toks[o].Text != "(" {
			continue
		}
		if PartyDesignationEnd(toks, o) != j {
			return -1
		}
		if m := actors.MentionAt(d, st, o-1); m != nil && m.Te == o && m.Ent.Final().Kind == graph.Person {
			return o
		}
		return -1
	}
	return -1
}

// zeroArticleRole reports whether the comma-delimited words toks[a:e] are an appositive noun
// phrase whose head noun of role has no article: a lower-case noun (no preposition, determiner,
// auxiliary, adverb in -ly, participle, speech verb or finite verb) that is a title of the
// lexicon ("chairman, …"), or is followed within three words by a preposition that postmodifies
// it ("dean of the law school", "vice chairwoman for the campaign", "star of the series").
func zeroArticleRole(d *doc.Doc, st *doc.Sent, a, e int) bool {
	toks := st.Toks
	if a >= e || e > len(toks) {
		return false
	}
	w := toks[a]
	if w.Kind != text.Word || w.Cap || text.IsPrep(w.Lower) || actors.Determiners.Has(w.Lower) || doc.AuxWords.Has(w.Lower) ||
		strings.HasSuffix(w.Lower, "ly") || strings.HasSuffix(w.Lower, "ing") || strings.HasSuffix(w.Lower, "ed") ||
		d.Lx.Speech[w.Lower].Kind != 0 || actors.FiniteVerbAt(d, st, a) {
		return false
	}
	for k := a; k < e; k++ {
		if toks[k].Kind == text.Quote || toks[k].Lower == "that" || toks[k].Lower == "and" && k == a+1 {
			return false
		}
		if _, ok := doc.SpeechAt(d.Lx, st, k); ok && st.Ment[k] < 0 {
			return false
		}
	}
	if d.Lx.Titles[w.Lower] != nil {
		return true
	}
	for k := a + 1; k < e && k <= a+3; k++ {
		t := toks[k]
		if text.IsPrep(t.Lower) {
			return t.Lower == "of" || t.Lower == "for" || t.Lower == "at" || t.Lower == "to"
		}
		if t.Kind != text.Word || t.Cap || actors.FiniteVerbAt(d, st, k) {
			return false
		}
	}
	return false
}

// viaSet records in *via the name of the reading that let subjectOf go on, and reports true.
func viaSet(via *string, name string) bool {
	*via = name
	return true
}

// viaOr is how subjectOf names a subject found directly: "subject", or the session-25 reading
// that let it be found ("party-designation", "appositive-role"), so that Evidence.rule says so.
func viaOr(via string) string {
	if via == "" {
		return "subject"
	}
	return via
}
