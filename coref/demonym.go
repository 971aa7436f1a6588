package coref

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// leaderTitles are the titles of a head of state or government, the offices "the <Demonym>
// leader" describes (data/wordclasses/phrases/leadertitles.txt: Collins COBUILD, Phoenix agents).
var leaderTitles = lexicon.PhraseClass("leadertitles")

// nationalPremods reads the premodifiers of the description whose head is token i of sentence s
// when one of them is a one-word demonym ("the Kenyan leader") or the determiner is the
// possessive "the country's" (which is resolved as "the country" is: the country last named or
// implied, definiteFits). It returns that country and the other, lower-case, premodifiers (at most
// maxPremods); nil when the phrase is no such description of class cls (org, named, igo, title).
func nationalPremods(d *doc.Doc, s, i int, cls string) (*lexicon.Country, []string) {
	if cls != "org" && cls != "named" && cls != "igo" && cls != "title" {
		return nil, nil
	}
	st := d.Sents[s]
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
			var ce *doc.Entity
			actors.EachMentionBack(d, s, k-1, 8, func(m *doc.Mention) bool {
				ce = definiteFits(d, m.Ent.Final(), "country", "country", false)
				return ce == nil
			})
			if ce == nil || ce.Country == nil {
				return nil, nil
			}
			return ce.Country, premods
		case c == nil && t.Cap:
			// a demonym of one to four words ending here ("Kenyan", "South Korean", "U.S.")
			var start int
			if c, start = demonymSpanEndingAt(d, st, k); c == nil {
				return nil, nil
			}
			k = start
		case len(premods) == maxPremods || t.Kind != text.Word || t.Cap || actors.Determiners.Has(t.Lower) || doc.AuxWords.Has(t.Lower) || text.IsPrep(t.Lower):
			return nil, nil
		default:
			premods = append(premods, t.Lower)
		}
	}
	return nil, nil
}

// demonymSpanEndingAt is the country of the longest demonym of the countries lexicon ending at token
// i of st (up to four tokens, its first capitalized: "South Korean" before "Korean") and the
// demonym's first token; nil when there is none or it names more than one country (unlike
// demonymEndingAt, actor_nationalnoun.go, the longest match first: "South Korean", never "Korean").
func demonymSpanEndingAt(d *doc.Doc, st *doc.Sent, i int) (*lexicon.Country, int) {
	for s := max(0, i-3); s <= i; s++ {
		ents, end := d.MatchNames(st, s)
		if end != i+1 || !st.Toks[s].Cap {
			continue
		}
		var c *lexicon.Country
		for _, e := range ents {
			if e.Kind == lexicon.EntryDemonym && e.Country != nil {
				if c != nil && c != e.Country {
					return nil, 0
				}
				c = e.Country
			}
		}
		if c != nil {
			return c, s
		}
	}
	return nil, 0
}

// countryAgrees reports whether actor e is of country c: its own country, or for a person the
// country of an office held ("Kenyan President William Ruto": MEMBER_OF Kenya).
func countryAgrees(e *doc.Entity, c *lexicon.Country) bool {
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

// LeaderOf reports a person holding the office of a head of state or government (leaderTitles),
// whom "the leader" describes.
func LeaderOf(e *doc.Entity) bool {
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
