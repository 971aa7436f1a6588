package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// DropUnevidencedPersons drops the persons found by word shape alone that nothing else in the
// article shows to be a person (issue 14, round 5: "a PERSON needs positive evidence").
//
// Two to four capitalized words are a personal name's shape, but also a company's ("Atlas Mara",
// "Kansai Paint"), a place's or a heading's. A name is a person's when the article, or the
// dictionary, says so:
//   - a title, an honorific or a role in apposition (its mentions' rules person:title,
//     person:honorific, person:appositive, person:speaker-label; a role; MEMBER_OF);
//   - a personal pronoun resolved to it (coref:pronoun), or a speech act of which it is the
//     source (CLAIMS, a quotation or reported speech, a claim it speaks) — not other acts, which
//     companies do as often ("Tata Steel signed", "Nampak Bevcan will supply");
//   - the dictionary: a PERSON entry of that name (Phoenix), or a first word that opens some
//     Phoenix PERSON name (a given name, or a family name written first).
//
// A name the dictionary knows only as an organization or government is that kind. A name with
// none of these is no actor of this article: it stays out of the graph rather than
// stand as a person nobody said it is. Names that an organization word or a place word marks are
// decided earlier (nameChunk, actor_places.go).
func DropUnevidencedPersons(d *doc.Doc) {
	if d.Phx == nil {
		return // without the dictionary there is no given-name evidence: keep the shape rule
	}
	var cand []*doc.Entity
	for _, e := range FinalActors(d) {
		if e.Kind == graph.Person && !e.Hon && len(e.Roles) == 0 {
			cand = append(cand, e)
		}
	}
	if len(cand) == 0 {
		return
	}
	evidence := map[*doc.Entity]bool{}
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		switch {
		case m.Rule == "person:title", m.Rule == "person:honorific", m.Rule == "person:appositive",
			m.Rule == "person:speaker-label", m.Rule == "person:administration-head",
			m.Rule == "coref:pronoun", strings.HasPrefix(m.Rule, "lexicon:"), strings.HasPrefix(m.Rule, "dict:"):
			evidence[e] = true
		}
	}
	for _, r := range d.AllRels() {
		// a speech act by it (CLAIMS, a quotation or reported speech), or MEMBER_OF; other acts
		// ("signed", "will supply") are done by companies as often as by persons
		if r.Src != nil && (r.Typ == graph.Claims || r.Typ == graph.MemberOf || strings.HasPrefix(r.Rule, "speech:") || strings.HasPrefix(r.Rule, "quote:")) {
			evidence[r.Src.Final()] = true
		}
	}
	for _, e := range d.Ents {
		if e.Speaker != nil {
			evidence[e.Speaker.Final()] = true
		}
	}
	for _, e := range cand {
		if a := d.Phx.Unique(e.Name, ""); a != nil && a.Kind != graph.Person && (e.Rule == "person:name" || e.Rule == "name:single") {
			// "Tata Steel said …": the dictionary names an organization, which a speech act does
			// not make a person; the kind comes from the dictionary (codes in assignCodes)
			e.Kind, e.Rule = a.Kind, "dict:kind"
			continue
		}
		if evidence[e] || e.Rule != "person:name" && e.Rule != "name:single" {
			// a rule other than word shape made it a person: the dictionary (dict:, lexicon:),
			// an appositive, a speaker label, the head an administration is named after
			continue
		}
		f := strings.Fields(graph.NormalizeName(e.Name))
		if len(f) == 0 || d.Phx.PersonFirstWord(f[0]) || len(d.Phx.Lookup(e.Name)) > 0 || surnamePair(d.Phx, f) {
			continue
		}
		if acronymDefinedFor(d, e) {
			// "the Asia-Pacific Economic Cooperation (APEC) forum": a name-shaped run the
			// article gives an acronym in parentheses names an organization (AP Stylebook,
			// "abbreviations and acronyms": an organization's or agency's name, then its
			// acronym); with no evidence of a person, not even a given name of the dictionary, it is no personal name
			e.Kind, e.Rule = graph.Organization, "org:acronym-defined"
			continue
		}
		e.Dropped = true
	}
}

// surnamePair reports a name of two words (normalized) that are the two surnames of some Phoenix
// person's name of four words or more ("lopez obrador" of Andres Manuel Lopez Obrador): a
// Spanish or Portuguese double surname, by which the press names a person (compoundSurname's
// class; CMOS 8.11), and so a person's name whoever bears it.
func surnamePair(phx *lexicon.Actors, f []string) bool {
	if len(f) != 2 {
		return false
	}
	for _, a := range phx.ByFamilyName(f[1], "") {
		n := strings.Fields(graph.NormalizeName(a.Name))
		if a.Kind == graph.Person && len(n) >= 4 && n[len(n)-2] == f[0] && n[len(n)-1] == f[1] {
			return true
		}
	}
	return false
}

// acronymDefinedFor reports a mention of e followed by an acronym in parentheses that spells its
// name ("Asia-Pacific Economic Cooperation (APEC)": acronymSpells).
func acronymDefinedFor(d *doc.Doc, e *doc.Entity) bool {
	for _, m := range d.Mentions {
		if m.Ent.Final() != e || m.Sent >= len(d.Sents) {
			continue
		}
		toks := d.Sents[m.Sent].Toks
		if i := m.Te; i+2 < len(toks) && toks[i].Text == "(" && toks[i+1].AllCaps && toks[i+2].Text == ")" && acronymSpells(toks[i+1].Text, e.Name) {
			return true
		}
	}
	return false
}
