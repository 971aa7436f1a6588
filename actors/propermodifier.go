package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// Proper adjectives before a description's head (issue 14, session 32): "Muslim advocates
// hailed …", "Hispanic voters backed …", "Democratic mayors endorsed …" inside a sentence. The
// name layer leaves such a capitalized word waiting for a kind (a pending mention), which kept
// unnamedAgents from reading the phrase as a description ("a name premodifies it"); it is a proper
// adjective that classifies the head (CMOS 17th ed. 8.1 on capitalizing proper adjectives; Quirk
// et al. 1985, 7.26 and 17.113 on premodifiers), as groups reads "Yoruba leaders".

// properPremodifier reports token k, right before a description's head, as a proper adjective
// that classifies it: one capitalized word inside the sentence that the name layer left waiting
// for a kind (a pending mention of one token, no country, person or body), after a word that is
// no capitalized name part, and no word of the name of a person the article names (personNameWord:
// "Obama enthusiasts", "Trump supporters" keep the person's mention for coreference).
func properPremodifier(d *doc.Doc, st *doc.Sent, k int) bool {
	if k < 0 {
		return false
	}
	t := st.Toks[k]
	if t.Kind != text.Word || !t.Cap || t.AllCaps || clauseInitial(d, st, k) {
		return false
	}
	if k > 0 && st.Toks[k-1].Kind == text.Word && st.Toks[k-1].Cap {
		return false // "New York Democratic mayors": a longer name ends here
	}
	m := MentionAt(d, st, k)
	if m == nil || m.Ts != k || m.Te != k+1 {
		return false
	}
	e := m.Ent.Final()
	return e.Kind == "" && e.Pending && !personNameWord(d, t.Lower)
}

// personNameWord reports w as a word of the name of a person the article names ("obama" of
// Barack Obama).
func personNameWord(d *doc.Doc, w string) bool {
	for _, e := range d.Ents {
		if e = e.Final(); e.Dropped || e.Kind != graph.Person {
			continue
		}
		for _, n := range strings.Fields(strings.ToLower(e.Name)) {
			if n == w {
				return true
			}
		}
	}
	return false
}

// soleMention reports m as the only mention of its entity in the article: the caller may drop
// the entity with it; a word mentioned elsewhere keeps its entity for those mentions.
func soleMention(d *doc.Doc, m *doc.Mention) bool {
	e := m.Ent.Final()
	for _, o := range d.Mentions {
		if o != m && o.Ent != nil && o.Ent.Final() == e {
			return false
		}
	}
	return true
}

// capitalizedInside reports the word w (lower case) written with a capital inside a sentence
// anywhere in the article (not at its start, nor after a dateline), where a capital marks a
// proper name or adjective.
func capitalizedInside(d *doc.Doc, w string) bool {
	for _, s := range d.Sents {
		for k, t := range s.Toks {
			if t.Cap && t.Lower == w && !clauseInitial(d, s, k) {
				return true
			}
		}
	}
	return false
}
