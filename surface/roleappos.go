package surface

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// RoleApposedSpeaker is the person named after an inverted verb of saying k behind a zero-article
// role noun phrase in close apposition ("…, said Democratic strategist Ana Ruiz.", "“…,” said
// county health inspector Ana Ruiz"), or nil. Subject–verb inversion after the reported clause
// (Quirk et al. 1985, §14.30) puts the subject after the verb; a role noun phrase with no article
// before a personal name is a close (restrictive) apposition whose second part, the name, is the
// referent (§17.65; AP Stylebook, "titles": a descriptive title before a name is lower case). A
// possessive determiner opens the description as the article does ("…,” added his campaign
// manager Ana Ruiz": central determiners, §5.13-5.15), and when the person's mention carries its
// own title ("former senator Ana Ruiz", "former Clinton adviser Ana Ruiz") the words before it
// premodify that title ("former", "longtime": §7.36, §17.101), none a verb form. The
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
	if k+1 < len(toks) && (toks[k+1].Lower == "the" || possessiveDeterminers.Has(toks[k+1].Lower)) {
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
		if !actors.PersonNoun(t.Lower) && d.Lx.Titles[t.Lower] == nil && !(m.Rule == "person:title" && titlePremodifiers(d, st, a+1, x)) {
			// (a premodified title: "said former senator Ana Ruiz", "said former Lisbon mayor Ana Ruiz")
			return nil
		}
		if m.Te < len(toks) && toks[m.Te].Kind == text.Word {
			return nil // "said resident Ana Ruiz wanted …": the name opens a clause of its own
		}
		return m.Ent.Final()
	}
	return nil
}

// possessiveDeterminers open a noun phrase as the articles do (data/wordclasses/possessivedeterminers.txt).
var possessiveDeterminers = lexicon.WordClass("possessivedeterminers")

// relativeWords open a relative clause (data/wordclasses/relatives.txt).
var relativeWords = lexicon.WordClass("relatives")

// titlePremodifiers reports that tokens [s, e) of st are adjectives or nouns that can premodify a
// title ("former", "longtime", "veteran", a place's name: "former Lisbon mayor"): words, none a
// verb form (a finite verb, an -ing or -ed participle) or a relative word ("said aides briefing
// Senator Ana Ruiz": the name is the participle's object, not the speaker).
func titlePremodifiers(d *doc.Doc, st *doc.Sent, s, e int) bool {
	if s >= e {
		return false
	}
	for j := s; j < e; j++ {
		t := st.Toks[j]
		if t.Kind != text.Word || relativeWords.Has(t.Lower) || actors.FiniteVerbAt(d, st, j) ||
			strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "ed") {
			return false
		}
	}
	return true
}
