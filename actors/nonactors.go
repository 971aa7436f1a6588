package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// religionNames are the names of religions (data/wordclasses/religionnames.txt: the religion
// codes of the CAMEO actor codebook); tripHeads the heads of a scheduled trip's name
// (data/wordclasses/tripheads.txt: WordNet 3.0 flight.n.02, ACE 2005 VEH).
var (
	religionNames = lexicon.WordClass("religionnames")
	tripHeads     = lexicon.WordClass("tripheads")
)

// DropNonActorNames drops the actors whose name names a thing no actor is, whatever the clause
// makes of it (subject, object, passive agent):
//   - a religion ("Islam forbids ...", "Hinduism was declared the state religion"): CAMEO codes a
//     religion as an attribute of an actor (its religion codes; Phoenix.agents.txt ~BUD, ~CHR),
//     never as an actor;
//   - a scheduled flight ("Malaysia Airlines Flight 17 was shot down"): a name ends in its head
//     (Quirk et al. 1985, 17.2), and "flight" heads the name of a trip, not of the carrier
//     (WordNet flight.n.02; ACE 2005 VEH);
//   - an acronym that some mention in the document writes as the modifier of a lower-case
//     instrument head ("the USMCA agreement", "the AUKUS pact"; productModifier, OntoNotes 5.0
//     LAW): the acronym names the instrument, and a name keeps one sense throughout a document
//     ("one sense per discourse", Gale, Church & Yarowsky 1992), so its bare mentions ("the USMCA
//     was signed", "Washington left the USMCA") name the instrument too; so does an acronym the
//     article introduces after a law's or programme's name ("the Iran Sanctions Act, or ISA":
//     instrumentDefinition, actors/instrumentacronym.go).
//
// An entry of the known actors or the Phoenix dictionaries keeps its kind, and so does a person
// with a role.
func DropNonActorNames(d *doc.Doc) {
	modified := map[string]bool{} // the acronyms written as an instrument's modifier
	for _, st := range d.Sents {
		for i, t := range st.Toks {
			if acronymName(t.Text) && (productModifier(st, i) || instrumentDefinition(d, st, i)) {
				modified[t.Text] = true
			}
		}
	}
	for _, e := range FinalActors(d) {
		if e.Kind != graph.Person && e.Kind != graph.Organization && e.Kind != graph.Government {
			continue
		}
		if e.Kind == graph.Person && len(e.Roles) > 0 || strings.HasPrefix(e.Rule, "lexicon:") || KnownByName(d, e.Name) != nil {
			continue
		}
		if !religionNames.Has(strings.ToLower(e.Name)) && !headedBy(e.Name, tripHeads) && !modified[e.Name] {
			continue
		}
		if d.Phx != nil && len(d.Phx.Lookup(e.Name)) > 0 {
			continue
		}
		e.Dropped = true
	}
}

// headedBy reports a name of two words or more whose head, its last capitalized word before any
// lower-case postmodifier, is of class c.
func headedBy(name string, c lexicon.WordSet) bool {
	w := strings.Fields(name)
	head := -1
	for i, x := range w {
		if x != strings.ToLower(x) || x == "-" {
			head = i
			continue
		}
		break
	}
	return head >= 1 && c.Has(strings.ToLower(w[head]))
}

// acronymName reports a name of one word written in capitals ("USMCA", "AUKUS").
func acronymName(name string) bool {
	return len(name) >= 2 && !strings.ContainsAny(name, " ") && name == strings.ToUpper(name) && name != strings.ToLower(name)
}
