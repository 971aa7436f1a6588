package surface

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// RoleApposedSpeaker is the person named after an inverted verb of saying k behind a zero-article
// role noun phrase in close apposition ("…, said Democratic strategist Ana Ruiz.", "“…,” said
// county health inspector Ana Ruiz"), or nil. Subject–verb inversion after the reported clause
// (Quirk et al. 1985, §14.30) puts the subject after the verb; a role noun phrase with no article
// before a personal name is a close (restrictive) apposition whose second part, the name, is the
// referent (§17.65; AP Stylebook, "titles": a descriptive title before a name is lower case). The
// shape: one to five word tokens after k, none a determiner, preposition or conjunction and none
// a person's mention, the last a noun of persons (actors.PersonNoun: WordNet 3.0 noun.person) or
// a word of the titles lexicon, then the mention of a PERSON that closes the clause (a comma,
// period, quotation mark or the sentence's end after it). The role phrase may open with the
// definite article ("…, said the Norwegian envoy Ana Ruiz"): a descriptive noun phrase with
// "the" before a name is close apposition too, the name its referent (Quirk et al. 1985, 17.91:
// "the poet Burns"). Offsets are token indices of st.
func RoleApposedSpeaker(d *doc.Doc, st *doc.Sent, k int) *doc.Entity {
	toks := st.Toks
	a := k // the definite article opening the description, when there is one
	if k+1 < len(toks) && toks[k+1].Lower == "the" {
		a = k + 1
	}
	for x := a + 2; x <= a+6 && x < len(toks); x++ {
		t := toks[x-1]
		if t.Kind != text.Word || actors.Determiners.Has(t.Lower) || text.IsPrep(t.Lower) || t.Lower == "and" || t.Lower == "or" || t.Lower == "but" {
			return nil
		}
		if pm := actors.MentionAt(d, st, x-1); pm != nil && pm.Ent.Final().Kind == graph.Person {
			return nil // "said Sen. Ana Ruiz aide Tom Bell": a person inside is no role word
		}
		m := actors.MentionAt(d, st, x)
		if m == nil || m.Ts != x || !doc.ActorKind(m.Ent) || m.Ent.Final().Kind != graph.Person {
			continue
		}
		if !actors.PersonNoun(t.Lower) && d.Lx.Titles[t.Lower] == nil {
			return nil
		}
		if m.Te < len(toks) && toks[m.Te].Kind == text.Word {
			return nil // "said resident Ana Ruiz wanted …": the name opens a clause of its own
		}
		return m.Ent.Final()
	}
	return nil
}
