package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/syntax/retag"
)

// titleAppositiveLeaveOut marks, in out (wireLeaveOut's mask of a tagged sentence), a
// non-restrictive appositive of titles set off by commas between a sentence-initial name and its
// finite verb: "Musalia Mudavadi, the Minister of Foreign and Diaspora Affairs, welcomed …",
// "Ines Moreau, Minister for Trade, Industry and Tourism, condemned …", "Lars Holm, Kenya's
// Cabinet Secretary for Trade, rejected …". A non-restrictive appositive is omissible without
// changing the grammar or the reference of the clause (Quirk et al. 1985, 17.65, 17.70–17.72;
// Huddleston & Pullum 2002, 15.5: supplements), and the title's own words are read by the actor
// stage, not by the parser; the EWT parser, which has few long title appositives, takes the name
// for the root and loses the verb's subject when the appositive holds a coordinated portfolio.
// Marked only when: the sentence opens with a name (a run of proper nouns, after determiners,
// adjectives or nouns: "Foreign Minister Musalia Mudavadi"), a comma follows it, the words up to
// the comma right before the finite verb (an adverb may stand between: ", on Tuesday" is no
// adverb, it breaks the shape) hold no verb and no punctuation but commas, a title word of the
// lexicon (titles.txt) is among them, and the first word after the opening comma is a
// determiner, a possessive name ("Kenya's"), an adjective or a title: "Ana Ruiz, Lars Holm and
// Mia Berg said" is a coordination of names, not an appositive.
func titleAppositiveLeaveOut(lx *lexicon.Lexicons, forms, upos, xpos []string, out []bool) []bool {
	s0 := 0
	for s0 < len(forms) && (upos[s0] == "DET" || upos[s0] == "ADJ" || upos[s0] == "NOUN" || upos[s0] == "PROPN" || upos[s0] == "PART") {
		s0++
	}
	if s0 < 2 || s0+3 >= len(forms) || forms[s0] != "," || upos[s0-1] != "PROPN" || upos[s0-2] != "PROPN" {
		return out // a name of two words at least: a person's or a body's, not "Kenya, the …"
	}
	first := strings.ToLower(forms[s0+1])
	if !(upos[s0+1] == "DET" || upos[s0+1] == "ADJ" || lx.Titles[first] != nil ||
		upos[s0+1] == "PROPN" && s0+2 < len(forms) && (forms[s0+2] == "'s" || forms[s0+2] == "’s")) {
		return out
	}
	title := false
	for c := s0 + 1; c+1 < len(forms); c++ {
		w, u := forms[c], upos[c]
		if u == "VERB" || u == "AUX" || u == "PUNCT" && w != "," {
			return out
		}
		title = title || lx.Titles[strings.ToLower(w)] != nil
		if w != "," || c == s0+1 {
			continue
		}
		v := c + 1
		if upos[v] == "ADV" && v+1 < len(forms) {
			v++
		}
		if !retag.FiniteVerb(upos[v], xpos[v]) {
			continue // a comma inside the appositive: "Minister for Trade, Industry and Tourism"
		}
		if !title {
			return out
		}
		if out == nil {
			out = make([]bool, len(forms))
		}
		for x := s0; x <= c; x++ {
			out[x] = true
		}
		return out
	}
	return out
}
