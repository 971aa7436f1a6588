package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
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
func oneSource(d *doc.Doc, e *doc.Entity, head string) {
	e.LocalScope = "article:" + d.C.Article.ID
	if e.Country != nil || EnvoyNouns.Has(head) {
		return
	}
	if c := StoryCountry(d); c != nil {
		e.Country, e.Code = c, c.Code
	}
}

// trailingSource is the story's country (storyCountry) for a bare plural source head at token i
// of st that follows a comma and precedes a verb of saying at the end of its sentence (",
// officials said.", ", officials say."): a wire story's trailing attribution to anonymous
// officials, who are the officials of the state the story is filed from and about (AP
// Stylebook, "datelines" and "anonymous sources"; Phoenix agents OFFICIAL → ~GOV), nil elsewhere
// or without a dateline: "officials said" mid-sentence names no state. The same attribution
// opening its sentence ("Officials said talks would resume.", openingSource) is the same
// anonymous source with subject and verb in their canonical order (Quirk et al. 1985, 18.50 on
// the optional inversion of a reporting clause), and takes the same country. Diplomats and envoys
// (envoyNouns: ", diplomats said.") are the agents of their sending states, of any state the
// story concerns, never the dateline's (Vienna Convention on Diplomatic Relations 1961, arts. 1
// and 3; as oneSource): such a source is the same attribution (ok) but takes no country (nil).
func trailingSource(d *doc.Doc, st *doc.Sent, i int) (c *lexicon.Country, ok bool) {
	toks := st.Toks
	if !openingSource(d.Lx, st, i) {
		if i == 0 || toks[i-1].Text != "," || i+1 >= len(toks) || d.Lx.Speech[toks[i+1].Lower].Kind == 0 {
			return nil, false
		}
		if k := i + 2; k < len(toks) && !(k == len(toks)-1 && toks[k].Kind != text.Word) {
			return nil, false
		}
	}
	if EnvoyNouns.Has(strings.TrimSuffix(toks[i].Lower, "s")) || EnvoyNouns.Has(toks[i].Lower) {
		return nil, true
	}
	c = StoryCountry(d)
	return c, c != nil
}

// executiveModifier reports the noun "government" or "administration" at token k premodifying
// the singular head of a noun phrase opened by the indefinite article at s ("a government
// spokesman said") that names no country or owner: the modifier is then the only word saying
// whose agent the one source is, the executive's (Phoenix.agents.txt GOVERNMENT and SPOKESMAN
// code such a source ~GOV; a noun premodifier classifies its head, Quirk et al. 1985, 17.108),
// so the group keeps it in its name ("government spokesmen", not "spokesmen") and is a source
// of its own (oneSource gives it the story's country). With a country named ("Chinese
// government officials") the country says whose, and the word is dropped as before.
func executiveModifier(toks []text.Token, k, s int, c *lexicon.Country, owner *doc.Entity, singular bool) bool {
	if !singular || c != nil || owner != nil || !indefiniteAt(toks, s) {
		return false
	}
	return toks[k].Lower == "government" || toks[k].Lower == "administration"
}

// openingSource reports a bare plural group head opening sentence st at token i (after a
// dateline or a turn's label: sentInitial), directly
// followed by a verb of saying in the past or present ("Officials said …", "Officials say …"):
// the reporting clause of a wire story's anonymous source in canonical order (trailingSource).
// A modifier ("Some officials", "Local officials") or another verb ("Officials met …") is not one.
func openingSource(lx *lexicon.Lexicons, st *doc.Sent, i int) bool {
	toks := st.Toks
	if !SentInitial(st, i) || i+1 >= len(toks) {
		return false
	}
	sp := lx.Speech[toks[i+1].Lower]
	return sp.Kind != 0 && sp.Speech == "speech" && (sp.Form == "ed" || sp.Form == "s" || sp.Form == "base")
}
