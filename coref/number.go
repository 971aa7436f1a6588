package coref

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// pluralAgreement filters the candidates (order, in salience order) of a plural pronoun at token i
// of sentence s. plural marks a candidate named by a plural noun phrase (a group named by a plural
// noun), subj one named in subject position. It returns the candidates that agree, or nil when
// none does: also when the subject of the sentence before, or of the pronoun's own sentence
// before it, is a plural common noun phrase that names no actor ("Other advisers and officials
// said …. They expressed hope …"): "they" are those people, whom no entity stands for, unless
// a plural actor is named as late (the subject of the sentence before is preferred, Lappin &
// Leass's recency).
func pluralAgreement(d *doc.Doc, s, i int, order []*doc.Entity, plural, subj map[*doc.Entity]bool, near map[*doc.Entity]int) []*doc.Entity {
	common := -1 // the sentence whose subject is a plural common noun phrase naming no actor
	switch {
	case pluralCommonSubject(d, d.Sents[s], i):
		common = s
	case s > 0 && pluralCommonSubject(d, d.Sents[s-1], len(d.Sents[s-1].Toks)):
		common = s - 1
	}
	var pl []*doc.Entity
	for _, e := range order {
		if plural[e] && near[e] >= common {
			pl = append(pl, e) // a plural actor named no earlier than that noun phrase
		}
	}
	if len(pl) > 0 || common >= 0 {
		return pl
	}
	var out []*doc.Entity
	for _, e := range order {
		if subj[e] && e.Kind != graph.Person {
			out = append(out, e)
		}
	}
	return out
}

// collectiveMention reports a mention whose last word is a collective noun (collectiveHeads, the
// government nouns): "the Danish government", "the Fishers' Association".
func collectiveMention(st *doc.Sent, m *doc.Mention) bool {
	if m.Te < 1 || m.Te > len(st.Toks) {
		return false
	}
	w := st.Toks[m.Te-1].Lower
	return actors.CollectiveHeads.Has(w) || doc.GovernmentNoun.Has(w)
}

// pluralCommonSubject reports a plural common noun before token end of st that is the subject of
// a reporting, attitude or cue verb (verbAfter) and part of no mention: "Several bankers and
// economists said", "Officials fear". The noun is a lower-case word in -s whose singular is a
// common English word (commonwords.txt) and which is no auxiliary ("does") nor speech verb
// ("claims"), or an irregular plural of persons (personPlural).
func pluralCommonSubject(d *doc.Doc, st *doc.Sent, end int) bool {
	for j := 0; j < end && j < len(st.Toks); j++ {
		t := st.Toks[j]
		if t.Kind != text.Word || st.Ment[j] >= 0 || st.InQuote[j] {
			continue
		}
		if v := doc.VerbAfter(d.Lx, st, j+1); v < 0 || v >= end {
			continue
		}
		w := t.Lower
		if actors.PersonPlural(d.Lx, w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 && d.Lx.Common[strings.TrimSuffix(w, "s")] && !doc.AuxWords.Has(w) && d.Lx.Speech[w].Kind == 0 {
			return !t.Cap || j == 0
		}
	}
	return false
}
