package claims

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// adjectivePostmodifiedSubject finds the speaker of the verb of saying at token k when an
// adjective phrase postmodifies the subject's head between it and the verb ("European diplomats
// familiar with the talks said …", "Kenyan officials close to the negotiations say …"): an
// adjective with its prepositional complement follows the noun it modifies (Quirk et al. 1985,
// 17.56, postmodification by adjective phrases; 16.69 on adjectives complemented by a
// prepositional phrase), so the surface reading, which looks for the subject right before the
// verb, finds none. Read through the parse: the verb's nominal subject lies in an actor's
// mention, the word after the mention is an adjective modifying that subject with a preposition
// after it, and the subject's phrase ends right before the verb. It returns the
// actor and the token its mention opens at, or nil.
func adjectivePostmodifiedSubject(d *doc.Doc, st *doc.Sent, k int) (*doc.Entity, int) {
	toks := st.Toks
	if k < 3 || !adjectivePostmodifierPossible(d, st, k) {
		return nil, 0 // no parse can give a speaker: the sentence is not parsed for this rule
	}
	fs := claimParse(d, st)
	if fs == nil {
		return nil, 0
	}
	p := tokenAt(fs, k)
	if p < 0 {
		return nil, 0
	}
	for _, n := range fs.Kids[p] {
		if fs.Toks[n].DepRel != "nsubj" || n >= p || fs.At[n] < 0 {
			continue
		}
		m := actors.MentionAt(d, st, fs.At[n])
		if m == nil || !doc.ActorKind(m.Ent) || m.Te+2 >= k {
			return nil, 0
		}
		a := tokenAt(fs, m.Te)
		if a < 0 || fs.Toks[a].UPOS != "ADJ" || fs.Toks[a].Head != n || toks[m.Te].Cap || !text.IsPrep(toks[m.Te+1].Lower) {
			return nil, 0
		}
		if r := rightmost(fs, n); r < 0 || fs.At[r] != k-1 {
			// the subject's phrase, the adjective's complement in it (the parser may hang the
			// prepositional phrase on the noun), ends right before the verb
			return nil, 0
		}
		for j := m.Te; j < k; j++ {
			if toks[j].Kind == text.Quote || toks[j].Kind == text.Punct {
				return nil, 0 // a comma or a quotation: no postmodifier in close position
			}
		}
		return m.Ent.Final(), m.Ts
	}
	return nil, 0
}

// adjectivePostmodifierPossible reports whether st has what adjectivePostmodifiedSubject needs
// before its parse can matter: an actor's mention ending at least two words before the verb at
// k, followed by a lower-case word and a preposition, with no punctuation or quotation mark from
// the mention's end to the verb. These are the rule's own surface conditions, read from every
// mention instead of the parse's subject only, so when none holds the rule finds no speaker
// whatever the parse, and the sentence is left to the stages that need its parse (issue 13,
// speed: this rule had been the first to ask for ~1,000 parses per 1,000 articles that no
// other stage asked for).
func adjectivePostmodifierPossible(d *doc.Doc, st *doc.Sent, k int) bool {
	toks := st.Toks
	for j := 0; j < k && j < len(toks); j++ {
		m := actors.MentionAt(d, st, j)
		if m == nil || m.Te+2 >= k || toks[m.Te].Cap || !text.IsPrep(toks[m.Te+1].Lower) {
			continue
		}
		closed := true
		for t := m.Te; t < k; t++ {
			if toks[t].Kind == text.Quote || toks[t].Kind == text.Punct {
				closed = false
				break
			}
		}
		if closed && m.Ent != nil && doc.ActorKind(m.Ent) {
			return true
		}
	}
	return false
}
