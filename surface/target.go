package surface

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// PolicyTarget makes a POLICY node for tokens [b, e) of st, with an optional gerund prefix; a phrase
// that is exactly a known policy name returns that policy, and one that is exactly an actor's
// mention or name (actorNamed), with no prefix, returns that actor.
func PolicyTarget(d *doc.Doc, st *doc.Sent, b, e int, prefix string) *doc.Entity {
	toks := st.Toks
	definite := prefix == "" && b < e && doc.AnaphoricDeterminers.Has(toks[b].Lower)
	indefinite := false
	for b < e && LeadingDrop.Has(toks[b].Lower) && prefix == "" {
		indefinite = indefinite || IndefiniteArticles.Has(toks[b].Lower)
		b++
		if b+1 < e && toks[b].Lower == "of" {
			// "all of the countermeasures": the of-construction of a quantifier is the
			// quantifier's, as "all the countermeasures" (Quirk et al. 1985, 5.17 on all, both
			// and half with an optional of); dropped with it, never left opening the name
			b++
		}
	}
	for e > b && (toks[e-1].Kind == text.Punct || toks[e-1].Lower == "and" || toks[e-1].Lower == "or") {
		if doc.QuoteMark(toks[e-1].Text, "") && quotesIn(toks[b:e-1])%2 == 1 {
			break // the closing mark of a quotation the phrase opened: "the "Taipei Office""
		}
		e--
	}
	if e > b && quotesIn(toks[b:e])%2 == 1 {
		switch {
		case e < len(toks) && doc.QuoteMark(toks[e].Text, ""):
			e++ // the phrase's parse left out the closing mark (punctuation hangs elsewhere)
		case doc.QuoteMark(toks[b].Text, ""):
			b++ // an opening mark whose quotation runs past the phrase
		}
	}
	if e <= b {
		return nil
	}
	if prefix == "" && e-b > 1 && !toks[b].Cap && actors.FiniteWords.Has(toks[b].Lower) {
		// a phrase opened by an operator, a finite auxiliary or modal ("will be producing a
		// report on …", "has raised the duties"), is a predicate, not a noun phrase: a noun phrase
		// never begins with one (Quirk et al. 1985, 3.21-3.23 on the operator; 2.35 and 5.1 on
		// the noun phrase), so it names no thing a stance is taken on
		return nil
	}
	if mm := actors.MentionAt(d, st, b); mm != nil && mm.Ts == b && mm.Te == e {
		// (with a gerund prefix the phrase names the act on the policy, never the policy: "lowering
		// the tariffs", relation_reversalact.go)
		if ent := mm.Ent.Final(); prefix == "" && (ent.Kind == graph.Policy || doc.ActorKind(ent)) {
			return ent
		}
	}
	if prefix == "" {
		if a := actorNamed(d, st, b, e); a != nil {
			return a
		}
	}
	name := d.SpanText(st, b, e)
	if prefix != "" {
		name = prefix + " " + name
	}
	if len([]rune(name)) < 3 {
		return nil
	}
	if text.PronounClass(strings.ToLower(name)) != "" || name == "so" || name == "it" {
		return nil
	}
	p := actors.PolicyEntity(d, name, "target:noun-phrase")
	if prefix != "" {
		p.Rule = "target:verb-phrase"
	}
	if definite {
		p.DefiniteUses++
	} else {
		p.BareUses++
	}
	if indefinite {
		p.IndefiniteUses++
	}
	p.Weak = true
	return p
}

// actorNamed is the actor that tokens [b, e) name exactly, or nil: an actor of the article whose
// name or alias is the phrase as written, else a country of the lexicon (countries.txt) that the
// phrase names in full. A known actor or country is never a POLICY: "commended China for its
// composure" supports the country, and a second node named "China" of kind POLICY would split
// its relations (issue 14, new-user finding 8). The phrase must start with a capital, as a
// proper name does (Quirk et al. 1985, 5.60-5.62): "turkey" is food.
func actorNamed(d *doc.Doc, st *doc.Sent, b, e int) *doc.Entity {
	if b >= e || !st.Toks[b].Cap {
		return nil
	}
	name := d.SpanText(st, b, e)
	for _, x := range d.Ents {
		if x.Merged != nil || !doc.ActorKind(x) {
			continue
		}
		for _, a := range actors.AliasList(x) {
			if a == name {
				return x
			}
		}
	}
	ents, end := d.MatchNames(st, b)
	if end != e {
		return nil
	}
	for _, le := range ents {
		if le.Kind == lexicon.EntryCountry && le.Country != nil && (!le.Caps || st.Toks[b].AllCaps) {
			return actors.CountryEntity(d, le.Country)
		}
	}
	return nil
}

// EvalTarget is the actor or act that tokens [s, e) name, or nil: an actor mention covering the
// phrase, or a noun phrase whose head is a policy word, a cue noun or an evaluable head.
func EvalTarget(d *doc.Doc, st *doc.Sent, s, e int) *doc.Entity {
	toks := st.Toks
	b := s
	for b < e && LeadingDrop.Has(toks[b].Lower) {
		b++
	}
	if b >= e {
		return nil
	}
	if m := actors.MentionAt(d, st, b); m != nil && m.Ts == b && m.Te == e && doc.ActorKind(m.Ent) {
		return m.Ent.Final()
	}
	if e-b == 1 && text.PronounClass(toks[b].Lower) != "" {
		return nil
	}
	head := e - 1
	for k := b; k < e; k++ {
		if toks[k].Lower == "of" || toks[k].Lower == "for" || toks[k].Lower == "on" || toks[k].Lower == "to" {
			head = k - 1 // "the threat of sanctions": the head is before the preposition
			break
		}
	}
	if head < b {
		return nil
	}
	hw := toks[head].Lower
	if !(d.Lx.PolicyHead[hw] || d.Lx.Evaluable[hw] || d.Lx.Cues.Opens(hw) && d.Lx.NounCue(hw)) {
		return nil
	}
	if m := actors.MentionAt(d, st, b); m != nil && m.Ts == b && m.Te == e && m.Ent.Final().Kind == graph.Policy {
		return m.Ent.Final()
	}
	return PolicyTarget(d, st, b, e, "")
}

// quotesIn counts the double quotation marks among toks (quoteMark). A name is shown with its quotation
// marks paired: a span that opens a quotation ends with its closing mark, and an unpaired mark
// is left out (the evidence keeps the sentence as written).
func quotesIn(toks []text.Token) int {
	n := 0
	for _, t := range toks {
		if doc.QuoteMark(t.Text, "") {
			n++
		}
	}
	return n
}
