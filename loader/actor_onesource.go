package loader

import (
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// indefiniteAt reports the indefinite article at token s of toks or right before it: the noun
// phrase that token s opens ("a senior army official", "A government spokesman") introduces one
// new referent (Quirk et al. 1985, 5.26-5.27 on the indefinite article and specific reference).
func indefiniteAt(toks []text.Token, s int) bool {
	for _, k := range []int{s, s - 1} {
		if k >= 0 && k < len(toks) && (toks[k].Lower == "a" || toks[k].Lower == "an") {
			return true
		}
	}
	return false
}

// oneSource gives the group e of a singular head after the indefinite article whose phrase names
// no country or owner ("a senior army official said", "a government spokesman said": groups.txt
// heads with a plural) the story's country (storyCountry: the dateline's, when the article names
// no other country more often; AP Stylebook, "datelines"), as the unnamed agents of
// actor_unnamed.go take it, and keeps it local to the article (graph.Node.Local): the indefinite
// article introduces one new referent of this text (Quirk et al. 1985, 5.26-5.27), not known to
// be the source of another story, so the country does not make it one node of every story filed
// from there. Phoenix codes such a source by its agent with the country (Phoenix.agents.txt
// OFFICIAL, SPOKESMAN, ARMY). A diplomat or envoy is the sending state's, never the dateline's
// (envoyNouns). The group keeps its plural name, as every singular of a group head does here
// ("A senior Chilean official said" → "Chilean officials", actor_test.go).
func (d *doc) oneSource(e *entity, head string) {
	e.LocalScope = "article:" + d.C.Article.ID
	if e.Country != nil || envoyNouns.Has(head) {
		return
	}
	if c := d.storyCountry(); c != nil {
		e.Country, e.Code = c, c.Code
	}
}

// trailingSource is the story's country (storyCountry) for a bare plural source head at token i
// of st that follows a comma and precedes a verb of saying at the end of its sentence (",
// officials said.", ", officials say."): a wire story's trailing attribution to anonymous
// officials, who are the officials of the state the story is filed from and about (AP
// Stylebook, "datelines" and "anonymous sources"; Phoenix agents OFFICIAL → ~GOV), nil elsewhere
// or without a dateline: "officials said" mid-sentence or opening it names no state.
func (d *doc) trailingSource(st *sent, i int) *lexicon.Country {
	toks := st.Toks
	if i == 0 || toks[i-1].Text != "," || i+1 >= len(toks) || d.Lx.Speech[toks[i+1].Lower].Kind == 0 {
		return nil
	}
	if k := i + 2; k < len(toks) && !(k == len(toks)-1 && toks[k].Kind != text.Word) {
		return nil
	}
	return d.storyCountry()
}
