package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// cameoRoles are the CAMEO primary role codes that the Phoenix dictionaries write as a secondary
// role after GOV ("USAGOVLEG" for a senator, "DEUGOVLEG" for the Bundesrat). The CAMEO codebook
// (Schrodt 2012, ch. 3 "actor codes") lists LEG (legislature) and JUD (judiciary) as roles of
// their own, and the agent rule here already codes a legislature or court so ("Serbian
// parliament" SRBLEG, "Supreme Court" JUD): the dictionary's form is written the same way, so that
// a senator named in the dictionary and one named by title share a code.
var cameoRoles = []string{"LEG", "JUD"}

// CameoRole rewrites "<country>GOV<role>…" as "<country><role>…" for the roles of cameoRoles;
// any other code is returned unchanged ("CHNGOV", "IGOUNOHLHWHO", "USAGOVMED").
func CameoRole(code string) string {
	i := strings.Index(code, "GOV")
	if i < 0 || i%3 != 0 || strings.HasPrefix(code, "IGO") {
		return code
	}
	for _, r := range cameoRoles {
		if strings.HasPrefix(code[i+3:], r) {
			return code[:i] + code[i+3:]
		}
	}
	return code
}

// IgoMemberCodes gives a person who is MEMBER_OF an intergovernmental organization and has no
// code the organization's code: the CAMEO codebook codes an IGO's officials with the IGO's code
// (Schrodt 2012, 3.2: "Kofi Annan" IGOUNO; the Phoenix actors list does the same, e.g.
// BAN_KI-MOON IGOUNO), so "WHO Director-General Tedros" is IGOUNOHLHWHO, "NATO Secretary General
// Mark Rutte" IGOWSTNAT. A person with a country of his own keeps the code that country gives.
func IgoMemberCodes(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if e.Kind != graph.Person || e.Cameo != "" {
			continue
		}
		for _, r := range d.Structure {
			if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil || r.Src.Final() != e {
				continue
			}
			if t := r.Tgt.Final(); t.Kind == graph.Organization && strings.HasPrefix(t.Cameo, "IGO") {
				e.Cameo = t.Cameo
				break
			}
		}
	}
}

// HumanRightsCommission reports a named national human-rights commission ("Kenya National
// Commission on Human Rights", "Northern Ireland Human Rights Commission"): the Phoenix actors
// list codes the named ones as NGOs of their country in the human-rights field
// (NORTHERN_IRELAND_HUMAN_RIGHTS_COMMISSION NGOGBRHRI, ASIAN_HUMAN_RIGHTS_COMMISSION NGOASAHRI),
// not as the state body its agent entry HUMAN_RIGHTS_COMMISSION [GOVHRI] would give; a bare
// "human rights commission" is not named and is left to the agent rule.
func HumanRightsCommission(name string) bool {
	l := strings.ToLower(name)
	if i := strings.Index(l, " ("); i > 0 {
		l = l[:i]
	}
	return strings.Contains(l, "commission") && strings.Contains(l, "human rights") &&
		l != "human rights commission" && l != "the human rights commission"
}

// IgoOffices types as ORGANIZATION, with the IGO's code, a countryless state-like body named as
// the office of an intergovernmental organization's official: "Office of the UN High
// Commissioner for Human Rights", "Office of the United Nations Secretary-General". The office of
// an official serves the official's organization (the UN's own style: OHCHR is "part of the UN
// Secretariat"; Phoenix codes UNHCR IGOUNOREFHCR), and the organization is no state's, whatever
// the head word "Office" says (orgwords.txt makes it a state body). The IGO is a lexicon
// organization without a country named right after "Office of the".
func IgoOffices(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if e.Kind != graph.Government || e.Country != nil || strings.HasPrefix(e.Rule, "lexicon:") {
			continue
		}
		rest, ok := strings.CutPrefix(e.Name, "Office of the ")
		if !ok {
			continue
		}
		w := strings.Fields(rest)
		for n := min(3, len(w)-1); n >= 1; n-- {
			a := KnownByName(d, strings.Join(w[:n], " "))
			if a == nil || a.Kind != graph.Organization || a.Country != "" {
				continue
			}
			e.Kind = graph.Organization
			if d.Phx != nil {
				e.Cameo = IgoCode(d.Phx.Lookup(a.Name))
			}
			break
		}
		if e.Kind == graph.Government && d.Phx != nil {
			if code := IntlOfficeOf(d.Phx, w); code != "" {
				e.Kind, e.Cameo = graph.Organization, code
			}
		}
	}
}

// IntlOfficeOf is the IGO code of an office whose name, after "Office of the", is an
// international body's office (lexicon.IntlOffice: "Office of the Secretary-General", "Office of
// the High Representative") or ends in an of-, for- or to-phrase naming one ("Office of the
// Spokesperson for the Secretary-General", "Office of the Special Envoy of the Secretary-General
// for Yemen"): the postmodifying prepositional phrase relates the office to the official it
// serves (Quirk et al. 1985, 17.37), and an office serving an international official is his
// organization's, as igoOffices reads an office named after the organization. The office's own
// words end the name or a for-phrase of its remit follows; an of-phrase after them names another
// body whose official he is ("Secretary-General of the Ministry"). "" when no such office is
// named, or the office is a state's ("Office of the President").
func IntlOfficeOf(phx *lexicon.Actors, w []string) string {
	for i := 0; i < len(w); i++ {
		if i > 0 && !(w[i-1] == "the" && i > 1 && (w[i-2] == "of" || w[i-2] == "for" || w[i-2] == "to")) {
			continue
		}
		for j := len(w); j > i; j-- {
			if j < len(w) && w[j] != "for" {
				continue // "Secretary-General of the Ministry", "of ASEAN": another body's office
			}
			if _, code, ok := phx.IntlOffice(strings.Join(w[i:j], " ")); ok {
				return code
			}
		}
	}
	return ""
}

// IgoCode is the one IGO code the dictionary records found give (all of them agree), or "".
func IgoCode(found []*lexicon.Actor) string {
	code := ""
	for _, a := range found {
		if !strings.HasPrefix(a.Code, "IGO") || code != "" && a.Code != code {
			return ""
		}
		code = a.Code
	}
	return code
}

// OppositionParties codes OPP an organization the article introduces as "the (main) opposition
// <Name>" ("the opposition Party of Socialists", "the main opposition Republican People's Party"):
// the Phoenix agents code OPPOSITION_PARTY [~OPP], and the premodifier says which role the party
// holds. A party named by common words with no country found takes the story's dateline country
// (storyCountry: filed from that country's capital, and naming no other country more often), as
// the opposition itself does (actor_structure.go); the code is then the country's and OPP.
func OppositionParties(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if e.Kind != graph.Organization || strings.HasPrefix(e.Cameo, "IGO") || !introducedAsOpposition(d, e) {
			continue
		}
		if e.Country == nil && e.LocalScope != "" {
			// a party named by common words (committeeOnly, local to its article) takes the
			// story's country and is named with it, as a generic body is, so it never joins
			// another country's party of that name; a proper name without a country is left
			// as it is (its node is shared across articles, and one story's dateline says
			// nothing of the others')
			if c := StoryCountry(d); c != nil {
				e.PlaceIn(c)
				e.LocalScope = ""
				e.Country, e.Code = c, c.Code
			}
		}
		if e.Country != nil {
			e.Cameo = e.Country.Code + "OPP"
		}
	}
}

// introducedAsOpposition reports a mention of e right after the lower-case premodifier
// "opposition" ("the opposition Party of Socialists").
func introducedAsOpposition(d *doc.Doc, e *doc.Entity) bool {
	for _, m := range d.Mentions {
		if m == nil || m.Ent == nil || m.Ent.Final() != e || m.Ts == 0 {
			continue
		}
		if p := d.Sents[m.Sent].Toks[m.Ts-1]; p.Lower == "opposition" && !p.Cap {
			return true
		}
	}
	return false
}
