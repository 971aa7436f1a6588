package surface

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// SpeakerAround returns the speaker of the speech verb at k in an attribution after a quotation or
// clause: the actor right after the verb ("said Ruan Zongze") or right before it ("Trump said",
// "he added", "the senior Chinese official said"); from is the first token of the attribution.
func SpeakerAround(d *doc.Doc, st *doc.Sent, k, from int) *doc.Entity {
	// "…,” Sarandon, 69, told MSNBC": a name with its age in commas before the verb (AP style)
	if k-4 >= from && st.Toks[k-1].Text == "," && st.Toks[k-2].Kind == text.Num && st.Toks[k-3].Text == "," {
		if m := actors.MentionAt(d, st, k-4); m != nil && doc.ActorKind(m.Ent) && m.Te == k-3 {
			return m.Ent.Final()
		}
	}
	if le, _ := doc.SpeechAt(d.Lx, st, k); le.Lemma == "tell" && k-1 >= from {
		// "…,” Foreign Minister X told VOA": the name after "told" is the addressee
		if src, _, _ := SubjectOf(d, st, k); src != nil {
			return src
		}
	}
	if e := RoleApposedSpeaker(d, st, k); e != nil {
		return e // "…,” said Democratic strategist Ana Ruiz": a role in close apposition (roleappos.go)
	}
	if e := DescribedSpeaker(d, st, k); e != nil {
		return e // "…,” said another appellate lawyer, Ana Ruiz": the name in apposition (describedspeaker.go)
	}
	if m := actors.MentionAt(d, st, k+1); m != nil && doc.ActorKind(m.Ent) {
		if p := possessedSpeaker(d, st, m); p != nil {
			return p
		}
		if p := premodifiedSpeaker(d, st, m); p != nil {
			return p
		}
		return m.Ent.Final()
	}
	if k+2 < len(st.Toks) && d.Lx.DemonymWord(st.Toks[k+1].Lower) {
		// "…,” said German Economy Minister Markus Feldmann": a demonym premodifies the titled
		// name (Quirk et al. 1985, 17.101, proper adjectives before titles); the speaker is the
		// person it modifies, not the demonym's country
		if m := actors.MentionAt(d, st, k+2); m != nil && m.Ts == k+2 && doc.ActorKind(m.Ent) && m.Ent.Final().Kind == graph.Person {
			return m.Ent.Final()
		}
	}
	if e := invertedSpokesperson(d, st, k); e != nil {
		return e // "…,” said a spokesman for the ministry."
	}
	if k+2 < len(st.Toks) && st.Toks[k+1].Lower == "the" {
		if e := coref.ResolveDefinite(d, st.Idx, k+2); e != nil {
			return e
		}
		if m := actors.MentionAt(d, st, k+2); m != nil && doc.ActorKind(m.Ent) {
			return m.Ent.Final()
		}
	}
	if k-1 >= from {
		if src, _, _ := SubjectOf(d, st, k); src != nil {
			return src
		}
	}
	if src, _ := speakers.DocumentAuthor(d, st, k); src != nil {
		return src // "“…,” the statement said": its author
	}
	return nil
}

// AttributionEnds reports whether the attribution at verb k closes the sentence: only adverbials
// ("in a statement", "on Tuesday") follow it.
func AttributionEnds(d *doc.Doc, st *doc.Sent, k int) bool {
	if k+1 < len(st.Toks) && st.Toks[k+1].Lower == "that" {
		return false // "…, Ana Soto, said that …": the verb governs a clause of its own
	}
	for j := k + 1; j < len(st.Toks); j++ {
		t := st.Toks[j]
		if t.Text == "." || t.Text == "!" || t.Text == "?" {
			return true
		}
		if t.Text == "," && j+1 < len(st.Toks) {
			if _, ok := doc.SpeechAt(d.Lx, st, j+1); ok {
				return true // ", adding that …"
			}
			if supplementiveAt(d, st, j+1) {
				return true // "…, the minister said on Monday, rejecting Egypt's call to …"
			}
			// "…, said Pia Lund, an economist at X.": an appositive of the speaker ends the sentence
			return appositiveToEnd(d, st, j+1)
		}
		if t.Kind == text.Quote {
			return false
		}
		// "Chile's envoy, Ana Soto, said her country was ready …": a finite verb after the
		// speech verb makes what follows its clause, and the words before the speaker an appositive
		if doc.FiniteAux.Has(t.Lower) && j > k+1 {
			return false
		}
		if j-k > 12 {
			return false
		}
	}
	return true
}

// possessedSpeaker: after a speech verb, "said Peru's defence minister, Luis Ortega" or "said
// Peru's Defence Minister Luis Ortega" names the person, not the possessor m: the person mention
// after the possessor's role words (up to six lowercase or title words, and maybe a comma).
func possessedSpeaker(d *doc.Doc, st *doc.Sent, m *doc.Mention) *doc.Entity {
	toks := st.Toks
	if m.Te >= len(toks) || toks[m.Te].Lower != "'s" {
		return nil
	}
	for j := m.Te + 1; j < len(toks) && j <= m.Te+7; j++ {
		if pm := actors.MentionAt(d, st, j); pm != nil && pm != m {
			if doc.ActorKind(pm.Ent) && pm.Ent.Final().Kind == graph.Person {
				return pm.Ent.Final()
			}
			if pm.Ent.Final().Kind != "" && pm.Ent.Final().Kind != graph.Government && pm.Ent.Final().Kind != graph.Organization {
				return nil
			}
			j = pm.Te - 1
			continue
		}
		t := toks[j]
		if t.Text == "," || t.Kind == text.Word && (d.Lx.Titles[t.Lower] != nil || !t.Cap && !doc.AuxWords.Has(t.Lower) && d.Lx.Speech[t.Lower].Kind == 0) || t.Cap {
			continue
		}
		return nil
	}
	return nil
}

// premodifiedSpeaker is the person a body's name premodifies with his title after an inverted
// verb of saying ("…,” said WFP Executive Director Cindy McCain", "said NATO Secretary General
// X"): the body's name is a noun premodifier of the titled name, whose head is the name at its
// right (English noun phrases are right-headed: Quirk et al. 1985, ch. 17 on premodification by
// nouns), as a demonym premodifies it ("said German Economy Minister X", speakerAround). m is the
// body's mention; one to four title words follow it, then the person's mention. Nil otherwise
// ("said WFP, which …", "said the WFP's country office").
func premodifiedSpeaker(d *doc.Doc, st *doc.Sent, m *doc.Mention) *doc.Entity {
	e := m.Ent.Final()
	if e.Kind != graph.Organization && e.Kind != graph.Government {
		return nil
	}
	toks := st.Toks
	j, titled := m.Te, false
	for j < len(toks) && j < m.Te+4 && toks[j].Kind == text.Word && toks[j].Cap && actors.MentionAt(d, st, j) == nil {
		// the title's words in capitals ("Managing Director", "Director-General"): one of them
		// a title word of the lexicon, or a part of one joined by a hyphen
		titled = titled || isTitleWord(d.Lx, toks[j].Lower)
		j++
	}
	if j > m.Te && !titled {
		return nil
	}
	if j == m.Te {
		if pm := actors.MentionAt(d, st, j); pm != nil && pm != m && pm.Ts == j && doc.ActorKind(pm.Ent) && pm.Ent.Final().Kind == graph.Person && titledMention(d.Lx, st, pm) {
			return pm.Ent.Final() // the person's mention holds his title ("Executive Director Cindy McCain")
		}
		return nil
	}
	if pm := actors.MentionAt(d, st, j); pm != nil && pm != m && doc.ActorKind(pm.Ent) && pm.Ent.Final().Kind == graph.Person {
		return pm.Ent.Final()
	}
	return nil
}

// titledMention reports a person's mention that holds a title word before the name ("Managing
// Director Ana Ruiz" read as one mention).
func titledMention(lx *lexicon.Lexicons, st *doc.Sent, pm *doc.Mention) bool {
	for k := pm.Ts; k < pm.Te; k++ {
		if t := st.Toks[k]; t.Kind == text.Word && isTitleWord(lx, t.Lower) {
			return true
		}
	}
	return false
}

// isTitleWord reports a word of the titles lexicon, or one whose parts joined by a hyphen hold one
// ("director-general").
func isTitleWord(lx *lexicon.Lexicons, w string) bool {
	for _, part := range strings.Split(w, "-") {
		if lx.Titles[part] != nil {
			return true
		}
	}
	return false
}

// appositiveToEnd reports whether the tokens from a to the end of st are a noun phrase in
// apposition ("an economist at the Lund Institute", "the company's general counsel"): it opens with
// a determiner, a title or a name and holds no verb, quotation mark or further comma.
func appositiveToEnd(d *doc.Doc, st *doc.Sent, a int) bool {
	toks := st.Toks
	if a >= len(toks) {
		return false
	}
	w := toks[a]
	if !(actors.Determiners.Has(w.Lower) && w.Lower != "that" || w.Cap || d.Lx.Titles[w.Lower] != nil || actors.MentionAt(d, st, a) != nil) {
		return false
	}
	for j := a; j < len(toks); j++ {
		t := toks[j]
		if t.Text == "." || t.Text == "!" || t.Text == "?" {
			return j > a
		}
		if t.Kind == text.Quote || t.Kind == text.Punct && t.Text != "-" && t.Text != "'s" || doc.AuxWords.Has(t.Lower) && t.Lower != "'s" || t.Lower == "who" || t.Lower == "which" || t.Lower == "that" {
			return false
		}
		if _, ok := doc.SpeechAt(d.Lx, st, j); ok && !t.Cap {
			return false
		}
	}
	return true
}

// invertedSpokesperson reads an inverted attribution whose subject is a spokesperson of a body
// after the verb ("…,” said a spokesman for the ministry", "said a foreign ministry spokeswoman
// for Peru", "said a spokesperson for Peru's Ministry of Trade", "said a spokesman, Ivan Petrov"):
// the named spokesperson, else the body the for- or of-phrase names (an actor, or a definite
// description resolved by resolveDefinite) — the words of an unnamed spokesperson are the body's
// (AP Stylebook, "anonymous sources"), as when the same subject stands before the verb. nil when
// the words after the verb k are not that shape.
func invertedSpokesperson(d *doc.Doc, st *doc.Sent, k int) *doc.Entity {
	toks := st.Toks
	j := k + 1
	if j >= len(toks) || !actors.Determiners.Has(toks[j].Lower) {
		return nil
	}
	j++
	for n := 0; n < 2 && j < len(toks) && toks[j].Kind == text.Word && !toks[j].Cap && !doc.SpokesNouns.Has(toks[j].Lower); n++ {
		j++ // "a foreign ministry spokeswoman"
	}
	if j+2 >= len(toks) || !doc.SpokesNouns.Has(toks[j].Lower) {
		return nil
	}
	switch p := toks[j+1].Lower; {
	case p == ",":
		if m := actors.MentionAt(d, st, j+2); m != nil && m.Ts == j+2 && doc.ActorKind(m.Ent) && m.Ent.Final().Kind == graph.Person {
			return m.Ent.Final()
		}
	case p == "for" || p == "of":
		a := j + 2
		if toks[a].Lower == "the" && a+1 < len(toks) && actors.MentionAt(d, st, a+1) == nil {
			if e := coref.ResolveDefinite(d, st.Idx, a+1); e != nil && doc.ActorKind(e) {
				return e.Final()
			}
		}
		// the head of the phrase: its last actor mention before the phrase ends, not a
		// possessor ("Peru's Ministry of Trade": the ministry)
		var head *doc.Entity
		for i := a; i < len(toks) && i < a+8 && toks[i].Kind != text.Punct; i++ {
			if m := actors.MentionAt(d, st, i); m != nil && m.Ts == i && doc.ActorKind(m.Ent) {
				head = m.Ent.Final()
				i = m.Te - 1
				if m.Te < len(toks) && (toks[m.Te].Lower == "'s" || toks[m.Te].Lower == "\u2019s") {
					continue
				}
				return head
			}
		}
		return head
	}
	return nil
}

// supplementiveAt reports an -ing participle clause opening at token i after a comma: a
// lowercase verb of the cue dictionary (CAMEO's verbs, data/cues) in its -ing form
// ("rejecting", "urging", "accusing"). After a reporting clause it is a supplementive clause
// (Quirk et al. 1985, 15.58-15.60: a participle clause whose implied subject is the subject of
// its matrix clause, here the speaker), so it ends the attribution ("Ethiopia will fill the
// dam, the minister said, rejecting Egypt's call to delay it"): the reported clause is the one
// before it, and the participle states the speaker's own act.
func supplementiveAt(d *doc.Doc, st *doc.Sent, i int) bool {
	if i >= len(st.Toks) || st.Toks[i].Kind != text.Word || st.Toks[i].Cap {
		return false
	}
	for _, m := range actors.MatchCues(d, st, i) {
		if m.Form == "ing" && m.C.Frame != "N" {
			return true
		}
	}
	return false
}
