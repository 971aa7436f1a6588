package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// fieldOfficeHeads are the heads of a field office's name (data/wordclasses/fieldofficeheads.txt).
var fieldOfficeHeads = lexicon.WordClass("fieldofficeheads")

// fieldOfficeLocative is the end of a body's name [ts, te) that runs on through "in" and a
// country or capital when the name's last word heads a field office ("Mission", "Office",
// "Delegation", "Presence", capitalized as a word of a proper name): "the OSCE Mission in Kosovo",
// "the United Nations Mission in South Sudan". Such bodies are named with the place where they
// work (Phoenix UN_MISSION_IN_SUDAN_; UN and OSCE field-presence names), so the locative is a
// word of the name, not an adjunct, and cutting it leaves a fragment that names no body (issue
// 14, analysis26 3f/J2). It returns te when the name is no such head, the body is a state's
// (GOVERNMENT: "the Foreign Office in London" is the ministry in its capital, inCountryAfter),
// or "in" is not followed by one country or capital name that ends the noun phrase. A mention of
// the place the tokens already carry is taken back: the place is a word of the name now.
func fieldOfficeLocative(d *doc.Doc, st *doc.Sent, ts, te int, kind graph.Kind) int {
	toks := st.Toks
	if kind != graph.Organization || te-ts < 2 || te+1 >= len(toks) || !toks[te-1].Cap || !fieldOfficeHeads.Has(toks[te-1].Lower) || toks[te].Lower != "in" {
		return te
	}
	if inCountryAfter(d, st, te) == nil {
		return te
	}
	_, end := d.MatchNames(st, te+1)
	for k := te + 1; k < end; k++ {
		if m := MentionAt(d, st, k); m != nil {
			Unmention(st, m)
			m.Ent = DroppedMention()
		}
	}
	return end
}

// FieldOfficeHead reports a head noun of a field office's name (fieldofficeheads.txt: "mission",
// "office", "delegation", "presence"), lower case: the place after its "in" is where the office
// works, not whose body it is (loader's inCountryBodies).
func FieldOfficeHead(w string) bool { return fieldOfficeHeads.Has(w) }
