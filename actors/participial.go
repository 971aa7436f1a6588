package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// participialModifierEnd reads a reduced relative clause after an agent noun opening its clause:
// an -ing participle clause postmodifying the noun ("Workers occupying the plant rejected …",
// "Students protesting in Dhaka demanded …"; Quirk et al. 1985, 17.27-17.29: the -ing
// postmodifier is a non-finite relative clause, "the man writing the letter" = "the man who is
// writing the letter"). The clause runs from the participle at token k to the clause's finite
// verb, a verb of saying or a cue verb (verbAfter), past form or after an auxiliary, within eight
// words and no punctuation; the noun phrase it ends is that verb's subject. It returns the verb's
// token, or k when there is no such clause: no -ing word at k, a marginal preposition
// ("including", "following": Quirk et al. 1985, 9.10), or no finite verb found.
//
// A candidate verb right after a determiner, a preposition or "to" is a noun or an infinitive of
// the participle clause ("Workers seeking a raise rejected …": "raise" after "a"), not the
// clause's verb.
func participialModifierEnd(lx *lexicon.Lexicons, st *doc.Sent, k int) int {
	toks := st.Toks
	if k >= len(toks) || toks[k].Kind != text.Word || toks[k].Cap || !strings.HasSuffix(toks[k].Lower, "ing") || len(toks[k].Lower) < 6 ||
		MarginalPrepositions.Has(toks[k].Lower) || doc.AuxWords.Has(toks[k].Lower) || lx.Stop[toks[k].Lower] {
		return k
	}
	for c := k + 1; c < len(toks) && c <= k+8; c++ {
		t := toks[c]
		if t.Kind != text.Word {
			return k // the clause ends at punctuation: a supplement, not a postmodifier
		}
		if t.Cap {
			continue
		}
		p := toks[c-1].Lower
		if Determiners.Has(p) || text.IsPrep(p) || p == "to" {
			continue
		}
		finite := doc.AuxWords.Has(t.Lower) || lx.Speech[t.Lower].Kind != 0 || strings.HasSuffix(t.Lower, "ed") || lx.PastForms[t.Lower]
		if finite && doc.VerbAfter(lx, st, c) >= 0 {
			return c
		}
	}
	return k
}

// participleClausePlace is the country of a locative "in X" inside the participle clause [a, b)
// ("Students protesting in Dhaka", "workers striking in Bangladesh"): a country's mention, which
// becomes a word of the description (it is dropped, as the country after "in" is in
// descriptiveAgents' "opposition groups in Zimbabwe"), or a city or region of one country
// (cityPlace); nil when there is none. The locative adjunct of the clause places its understood
// subject, the noun the clause postmodifies (Quirk et al. 1985, 17.27 and 8.49 on place adjuncts).
func participleClausePlace(d *doc.Doc, st *doc.Sent, a, b int) *lexicon.Country {
	toks := st.Toks
	for k := a; k+1 < b; k++ {
		if toks[k].Lower != "in" {
			continue
		}
		if m := MentionAt(d, st, k+1); m != nil && m.Ts == k+1 && m.Te <= b && m.Ent.Final().Kind == graph.Country && m.Ent.Final().Country != nil {
			c := m.Ent.Final().Country
			Unmention(st, m)
			m.Ent = DroppedMention()
			return c
		}
		if c, e := CityPlace(d, st, k+1); c != nil && e <= b {
			return c
		}
	}
	return nil
}
