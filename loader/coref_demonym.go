package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// Definite descriptions restricted by a nationality (rule coref:definite): "the Kenyan leader",
// "the Japanese bank", "the Ukrainian ministry", "the country's central bank". A nationality
// adjective or a possessive among the premodifiers restricts the head's reference (Quirk et al.
// 1985, 17.101 and 5.28: the anaphoric "the" with a restrictive premodifier), so the description
// refers back only to an actor of that country: "the Kenyan leader" never takes the Tanzanian
// president named beside the Kenyan one, "the Japanese bank" never Kenya's central bank. An
// antecedent whose country is unknown does not show the agreement and is not taken.

// leaderTitles are the titles of a head of state or government, the offices "the <Demonym>
// leader" describes (data/wordclasses/phrases/leadertitles.txt: Collins COBUILD, Phoenix agents).
var leaderTitles = lexicon.PhraseClass("leadertitles")

// nationalPremods reads the premodifiers of the description whose head is token i of sentence s
// when one of them is a one-word demonym ("the Kenyan leader") or the determiner is the
// possessive "the country's" (which is resolved as "the country" is: the country last named or
// implied, definiteFits). It returns that country and the other, lower-case, premodifiers (at most
// maxPremods); nil when the phrase is no such description of class cls (org, named, igo, title).
func (d *doc) nationalPremods(s, i int, cls string) (*lexicon.Country, []string) {
	if cls != "org" && cls != "named" && cls != "igo" && cls != "title" {
		return nil, nil
	}
	st := d.sents[s]
	var c *lexicon.Country
	var premods []string
	for k := i - 1; k >= 0; k-- {
		t := st.Toks[k]
		switch {
		case t.Lower == "the":
			if c == nil {
				return nil, nil
			}
			return c, premods
		case c == nil && t.Lower == "'s" && k > 1 && st.Toks[k-1].Lower == "country" && st.Toks[k-2].Lower == "the":
			var ce *entity
			d.eachMentionBack(s, k-1, 8, func(m *mention) bool {
				ce = d.definiteFits(m.Ent.Final(), "country", "country", false)
				return ce == nil
			})
			if ce == nil || ce.Country == nil {
				return nil, nil
			}
			return ce.Country, premods
		case c == nil && t.Cap && !t.AllCaps && t.Kind == text.Word && d.lx.DemonymWord(t.Lower):
			c = demonymOf(d.lx, t.Lower)
			if c == nil {
				return nil, nil
			}
		case len(premods) == maxPremods || t.Kind != text.Word || t.Cap || determiners.Has(t.Lower) || auxWords.Has(t.Lower) || text.IsPrep(t.Lower):
			return nil, nil
		default:
			premods = append(premods, t.Lower)
		}
	}
	return nil, nil
}

// demonymOf is the one country whose demonym w is, or nil.
func demonymOf(lx *lexicon.Lexicons, w string) *lexicon.Country {
	var c *lexicon.Country
	for _, e := range lx.Names.Lookup([]string{w}) {
		if e.Kind == lexicon.EntryDemonym && e.Country != nil {
			if c != nil && c != e.Country {
				return nil
			}
			c = e.Country
		}
	}
	return c
}

// countryAgrees reports whether actor e is of country c: its own country, or for a person the
// country of an office held ("Kenyan President William Ruto": MEMBER_OF Kenya).
func (d *doc) countryAgrees(e *entity, c *lexicon.Country) bool {
	if e.Country != nil {
		return e.Country == c
	}
	for _, r := range e.Roles {
		if r.Org == nil {
			continue
		}
		if o := r.Org.Final(); o.Country == c {
			return true
		}
	}
	return false
}

// leaderOf reports a person holding the office of a head of state or government (leaderTitles),
// whom "the leader" describes.
func leaderOf(e *entity) bool {
	if e.Kind != graph.Person {
		return false
	}
	for _, r := range e.Roles {
		if leaderTitles.Has(strings.ToLower(r.Title)) {
			return true
		}
	}
	return false
}
