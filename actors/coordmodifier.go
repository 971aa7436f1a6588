package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// distributedGroups gives each nationality of the plural agent phrase [c1s, i] a GROUP of its
// own: the first (words [c1s, j), country c1) labelled with the shared head [hs, i], mentioned by
// its nationality words; the second (words [cs, i], country c) labelled as written. code is the
// agent code of the head (Phoenix agents). It reports whether it made them.
func distributedGroups(d *doc.Doc, st *doc.Sent, c1s, j, cs, hs, i int, c1, c *lexicon.Country, code string) bool {
	head := d.SpanText(st, hs, i+1)
	first := d.SpanText(st, c1s, j) + " " + head
	second := d.SpanText(st, cs, i+1)
	sector := lexicon.SectorOf(code)
	mk := func(label string, country *lexicon.Country) *doc.Entity {
		e := Entity(d, "agent:"+graph.NormalizeName(label)+":"+country.Code, graph.Group, withCountry(d.Lx, label, country), premodifierConjunctRule)
		e.Weak = true
		if e.Country == nil {
			e.Country, e.Code, e.Cameo = country, country.Code, country.Code+sector
		}
		e.AddAlias(label)
		return e
	}
	e1, e2 := mk(first, c1), mk(second, c)
	if AddMention(d, st, c1s, j, e1, premodifierConjunctRule) == nil {
		return false
	}
	// the mention's words are the nationality alone ("Kenyan"), no name of the group: as an
	// alias they would make every Kenyan group of a later article this one
	kept := e1.Aliases[:0]
	for _, a := range e1.Aliases {
		if !strings.EqualFold(a, d.SpanText(st, c1s, j)) {
			kept = append(kept, a)
		}
	}
	e1.Aliases = kept
	if AddMention(d, st, cs, i+1, e2, premodifierConjunctRule) == nil {
		return true // the first is made; the second phrase is someone else's already
	}
	MemberOf(d, st, c1s, j, e1, CountryRef(d, c1), "", "group:nationality")
	MemberOf(d, st, cs, i+1, e2, CountryRef(d, c), "", "group:nationality")
	return true
}

// premodifierConjunctRule is the mention rule of the groups distributedGroups makes.
const premodifierConjunctRule = "agent:coordinated-modifier"

// PremodifierConjuncts returns the actors of the earlier conjuncts of a coordinated nationality
// premodifier whose last conjunct's mention holds sentence token k: the first group of
// "Hungarian and Romanian officials" (distributedGroups), the first country of "the Hungarian and
// Romanian governments" (coordinatedNations). Those mentions are the conjunction's neighbours
// and have the same rule; only "and" distributes the act; nil when token k's mention is no such
// conjunct.
func PremodifierConjuncts(d *doc.Doc, st *doc.Sent, k int) []*doc.Entity {
	m2 := MentionAt(d, st, k)
	if m2 == nil || m2.Ts < 2 || (m2.Rule != premodifierConjunctRule && m2.Rule != "metonymy:government") {
		return nil
	}
	if st.Toks[m2.Ts-1].Lower != "and" {
		return nil // "the Chinese or US governments" says one of them (Quirk et al. 1985, 13.27: "or" is alternative, not additive)
	}
	m1 := MentionAt(d, st, m2.Ts-2)
	if m1 == nil || m1.Te != m2.Ts-1 || m1.Rule != m2.Rule || m1.Ent.Final() == m2.Ent.Final() {
		return nil
	}
	if m2.Rule == "metonymy:government" && (m1.Te-m1.Ts != 1 || m2.Te-m2.Ts < 2) {
		return nil // "Kenya and Uganda": two names, each the parse's own conjunct
	}
	return []*doc.Entity{m1.Ent.Final()}
}

// coordinatedGroups reads the plural group head at token i whose premodifiers, from token s, are
// two nationalities joined by "and" or "or" with no mention of their own ("Hungarian and
// Romanian officials", "the Kenyan and Ugandan delegations") as a group of each country
// (distributedGroups). It reports whether it did; a nationality coordinated with a modifier of
// no country ("American and European officials") or any other word between them is left as it
// was.
func coordinatedGroups(d *doc.Doc, st *doc.Sent, s, i int) bool {
	toks := st.Toks
	if i < 3 || st.Ment[i] >= 0 {
		return false
	}
	hs := i // the shared head: the noun and the noun modifiers after the second nationality
	for hs > s && i-hs < 2 && toks[hs-1].Kind == text.Word && !toks[hs-1].Cap && st.Ment[hs-1] < 0 && sharedNounModifier(d.Lx, toks[hs-1].Lower) {
		hs-- // "German and French bank officials": German bank officials and French bank officials
		if nounAfterNation(d, st, hs) {
			break
		}
	}
	if hs < i && !nounAfterNation(d, st, hs) {
		hs = i // the modifiers reach no nationality
	}
	second, ok := MatchNamesEndingAt(d, st, hs-1)
	if !ok || second.country == nil {
		return false
	}
	j := second.Start - 1
	if j < 1 || j <= s || toks[j].Lower != "and" && toks[j].Lower != "or" {
		return false
	}
	first, ok := MatchNamesEndingAt(d, st, j-1)
	if !ok || first.country == nil || first.country == second.country || first.Start < s {
		return false
	}
	for k := first.Start; k < i; k++ {
		if st.Ment[k] >= 0 {
			return false
		}
	}
	return distributedGroups(d, st, first.Start, j, second.Start, hs, i, first.country, second.country, "")
}

// sharedNounModifier reports a lower-case word that can premodify the shared head of coordinated
// nationalities ("bank", "defense", "trade" in "German and French bank officials"): no stop,
// be, cue or speech word, no -ly adverb. Coordinated premodifiers distribute over the whole rest
// of the noun phrase, noun modifiers and head (Quirk et al. 1985, 13.64-13.66 and 17.113 on the
// premodifier order nationality-then-noun).
func sharedNounModifier(lx *lexicon.Lexicons, w string) bool {
	return !lx.Stop[w] && !lx.BeForms[w] && !isCueWord(lx, w) && lx.Speech[w].Kind == 0 && !strings.HasSuffix(w, "ly")
}
