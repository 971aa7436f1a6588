package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// subNationalUnits are the nouns of first-level administrative divisions written after a
// demonym and before "of" ("the Indian state of West Bengal", "the Canadian province of Quebec"):
// the division types of ISO 3166-2 in their English forms.
var subNationalUnits = lexicon.WordClass("subnationalunits") // data/wordclasses/subnationalunits.txt

// subNationalHeads are the titles of a division's head of government written after the division's
// name ("West Bengal Chief Minister", "California Governor", "Ontario Premier"): the Phoenix
// agents coded ~GOV for a division (CHIEF_MINISTER, GOVERNOR) and the style of the Canadian and
// Australian first ministers of provinces and states (Premier).
var subNationalHeads = lexicon.PhraseClass("subnationalheads") // data/wordclasses/phrases/subnationalheads.txt

// subNationalPlace is the country of a place name that the Phoenix country records list as a
// place of that country (phoenixPlace) and that is no country, capital or other name of a
// country in countries.txt; nil otherwise.
func subNationalPlace(d *doc.Doc, st *doc.Sent, ts, te int) *lexicon.Country {
	if ents, end := d.MatchNames(st, ts); end == te && len(ents) > 0 {
		return nil // a country, capital, demonym or known actor
	}
	return PhoenixPlace(d, d.SpanText(st, ts, te))
}

// subNationalEntity is the government of the division named place, in country c.
func subNationalEntity(d *doc.Doc, place string, c *lexicon.Country) *doc.Entity {
	e := Entity(d, "gov:sub-national:"+graph.NormalizeName(place)+":"+c.Code, graph.Government, "Government of "+place, "gov:sub-national")
	if e.Country == nil {
		e.Country, e.Code = c, c.Code+"GOV"
	}
	return e
}

// placeRunBefore reads one to three capitalized words ending at te that name a sub-national
// place (subNationalPlace), longest first, free of any actor's mention; it returns the start
// and the country, or te and nil.
func placeRunBefore(d *doc.Doc, st *doc.Sent, te int) (int, *lexicon.Country) {
	for n := 3; n >= 1; n-- {
		ts := te - n
		if ts < 0 {
			continue
		}
		ok := true
		for k := ts; k < te && ok; k++ {
			ok = st.Toks[k].Kind == text.Word && st.Toks[k].Cap && st.Toks[k].Lower != "the" && unnamedAt(d, st, k)
		}
		if !ok {
			continue
		}
		if c := subNationalPlace(d, st, ts, te); c != nil {
			return ts, c
		}
	}
	return te, nil
}

// clearPending drops the pending single-name mentions over [ts, te) (a division's name read as a
// possible person's name) and reports whether every token is then free.
func clearPending(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	for k := ts; k < te; k++ {
		if st.Ment[k] < 0 {
			continue
		}
		m := d.Mentions[st.Ment[k]]
		e := m.Ent.Final()
		if e.Kind != "" {
			return false
		}
		e.Dropped, e.Pending = true, false
		Unmention(st, m)
	}
	return true
}

// subNationals finds the governments of sub-national divisions in st (rule gov:sub-national):
//   - "the government of the Indian state of West Bengal": after "government of", a demonym, a
//     division noun (subNationalUnits) and "of" give the country, the capitalized words after
//     them the division;
//   - "the government of Punjab", "the Punjab (state) government": a sub-national place of the
//     Phoenix country records (subNationalPlace) before or after "government";
//   - "West Bengal Chief Minister Ana Roy": a division's head (subNationalHeads) after the
//     division's name is MEMBER_OF its government (rule title:sub-national).
func subNationals(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i := 0; i < len(toks); i++ {
		if toks[i].Lower != "government" || st.Ment[i] >= 0 {
			continue
		}
		if i+2 < len(toks) && toks[i+1].Lower == "of" {
			j := i + 2
			if toks[j].Lower == "the" {
				j++
			}
			var c *lexicon.Country
			if ents, end := d.MatchNames(st, j); len(ents) > 0 && ents[0].Kind == lexicon.EntryDemonym && end+1 < len(toks) && subNationalUnits.Has(toks[end].Lower) && toks[end+1].Lower == "of" {
				c, j = ents[0].Country, end+2
			}
			pe := j
			for pe < len(toks) && pe-j < 3 && toks[pe].Kind == text.Word && toks[pe].Cap && unnamedAt(d, st, pe) {
				pe++
			}
			if pe == j || pe < len(toks) && toks[pe].Kind == text.Word && toks[pe].Cap {
				continue
			}
			if pc := subNationalPlace(d, st, j, pe); c == nil || pc != nil && pc != c {
				c = pc
			}
			if c == nil || !clearPending(d, st, i, pe) {
				continue
			}
			AddMention(d, st, i, pe, subNationalEntity(d, d.SpanText(st, j, pe), c), "gov:sub-national")
			i = pe - 1
			continue
		}
		k := i
		if k > 0 && (toks[k-1].Lower == "state" || toks[k-1].Lower == "provincial" || toks[k-1].Lower == "regional") && !toks[k-1].Cap {
			k--
		}
		if ps, c := placeRunBefore(d, st, k); c != nil && clearPending(d, st, ps, i+1) {
			AddMention(d, st, ps, i+1, subNationalEntity(d, d.SpanText(st, ps, k), c), "gov:sub-national")
		}
	}
	for _, mi := range append([]int(nil), d.BySent[st.Idx]...) {
		m := d.Mentions[mi]
		p := m.Ent.Final()
		if p.Kind != graph.Person && p.Kind != "" || m.Ts == 0 {
			continue
		}
		te := m.Ts
		for te < m.Te {
			ents, end := d.MatchNames(st, te)
			if end <= te || end > m.Te || len(ents) == 0 || ents[0].Kind != lexicon.EntryTitle {
				break
			}
			te = end // "Chief" + "Minister"
		}
		if !subNationalHeads.Has(strings.ToLower(d.SpanText(st, m.Ts, te))) {
			continue
		}
		ps, c := placeRunBefore(d, st, m.Ts)
		if c == nil || !clearPending(d, st, ps, m.Ts) {
			continue
		}
		g := subNationalEntity(d, d.SpanText(st, ps, m.Ts), c)
		AddMention(d, st, ps, m.Ts, g, "gov:sub-national")
		role := d.SpanText(st, m.Ts, te)
		p.AddRole(role, g)
		MemberOf(d, st, m.Ts, te, p, g, role, "title:sub-national")
	}
}
