package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// sharedCountryStart is the first token of the country written right before the agent head at
// token hs, as a name or demonym premodifier ("United States companies", "American farmers") or
// a possessor ("China's workers"); -1 when an adjective or nothing of a country stands there.
func sharedCountryStart(d *doc.Doc, st *doc.Sent, hs int) int {
	if hs < 1 {
		return -1
	}
	p := hs - 1
	if l := st.Toks[p].Lower; (l == "'s" || l == "\u2019s") && p > 0 {
		p--
	}
	if m := MentionAt(d, st, p); m != nil && m.Te == p+1 && m.Ent.Final().Kind == graph.Country {
		return m.Ts
	}
	if em, ok := MatchNamesEndingAt(d, st, p); ok && p == hs-1 && (st.Ment[p] < 0 || st.Ment[p] == st.Ment[hs]) {
		// (a demonym inside the group's own mention: "American companies")
		return em.Start
	}
	return -1
}

// sharedModifierConjuncts gives the later conjuncts of the plural descriptive GROUP whose agent
// head spans tokens [hs, end), of country c and labelled label (ending in head), a GROUP actor of
// their own labelled alike (see above). A conjunct is a bare plural agent noun of the Phoenix
// dictionary or a plural group head of grouphwords (the heads the unnamed groups are read from:
// "investors", "officials"). It returns the end of the last conjunct so read, or end when the
// phrase is no such coordination.
func sharedModifierConjuncts(d *doc.Doc, st *doc.Sent, hs, end int, c *lexicon.Country, label, head string) int {
	ps := sharedCountryStart(d, st, hs)
	if ps < 0 || c == nil {
		return end
	}
	toks := st.Toks
	type conjunct struct {
		s, e int
		code string
	}
	var conj []conjunct
	closed := false
	k := end
	for !closed {
		sep := false
		if k < len(toks) && toks[k].Text == "," {
			k, sep = k+1, true
		}
		if k < len(toks) && (toks[k].Lower == "and" || toks[k].Lower == "or") {
			k, sep, closed = k+1, true, true
		}
		if !sep {
			break
		}
		found := false
		for j := min(k+2, len(toks)-1); j >= k; j-- {
			s, code, plural := agentPhraseEndingAt(d, st, j)
			if s < 0 && j == k && st.Ment[j] < 0 && d.Lx.GroupHeads[toks[j].Lower] == toks[j].Lower {
				s, plural = k, true // a plural group head: "officials", "investors"
			}
			if s != k || !plural || toks[j].Cap || d.Lx.Titles[toks[j].Lower] != nil || metonymHeads.Has(strings.TrimSuffix(toks[j].Lower, "s")) {
				continue
			}
			if j+1 < len(toks) && toks[j+1].Kind == text.Word && !toks[j+1].Cap && nounModifier(d.Frames, d.Lx, st, j+1) {
				continue // the agent noun modifies the noun after it: "and farm workers' unions"
			}
			conj = append(conj, conjunct{k, j + 1, code})
			k, found = j+1, true
			break
		}
		if !found {
			return end // a conjunct of another kind: the modifier's reach is not the list's
		}
	}
	if !closed || len(conj) == 0 {
		return end
	}
	prefix := strings.TrimSuffix(label, head)
	if prefix == label {
		return end
	}
	for _, cj := range conj {
		label := prefix + d.SpanText(st, cj.s, cj.e)
		e := Entity(d, "agent:"+graph.NormalizeName(label)+":"+c.Code, graph.Group, label, "agent:shared-modifier")
		e.Weak = true
		if e.Country == nil {
			e.Country, e.Code = c, c.Code
		}
		if e.Cameo == "" && e.Country == c {
			e.Cameo = c.Code + lexicon.SectorOf(cj.code)
		}
		m := AddMention(d, st, cj.s, cj.e, e, "agent:shared-modifier")
		if m == nil {
			continue
		}
		// the shared modifier is no word of the mention: the alias is the whole description,
		// never the bare head ("workers"), which would name every country's workers
		bare := d.SpanText(st, cj.s, cj.e)
		kept := e.Aliases[:0]
		for _, a := range e.Aliases {
			if !strings.EqualFold(a, bare) {
				kept = append(kept, a)
			}
		}
		e.Aliases = kept
		e.AddAlias(label)
		MemberOf(d, st, cj.s, cj.e, e, CountryRef(d, c), "", "group:nationality")
	}
	return k
}
