package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// QuantityObject reports content [cs, ce) of "say" or "tell" that is an object noun phrase of
// quantity and no clause: an indefinite pronoun or a quantifier opens it ("I would just say a
// couple of things", "said nothing", "said a few words"; Quirk et al. 1985, §6.45 on indefinite
// pronouns and §5.25 on quantifiers) and no finite verb or past form follows ("said a few firms
// cheated" is a clause).
func QuantityObject(st *doc.Sent, cs, ce int) bool {
	if cs >= ce || cs > 0 && st.Toks[cs-1].Lower == "that" {
		return false
	}
	w := st.Toks[cs].Lower
	opens := indefinitePronouns.Has(w)
	if cs+1 < ce && (w == "a" || w == "an") {
		opens = w == "a" && quantityNouns.Has(st.Toks[cs+1].Lower)
	}
	if !opens {
		return false
	}
	for j := cs; j < ce; j++ {
		if x := st.Toks[j].Lower; doc.FiniteAux.Has(x) || doc.FiniteDo.Has(x) || strings.HasSuffix(x, "ed") {
			return false
		}
	}
	return true
}

// indefinitePronouns and "a" + quantityNouns open an object noun phrase of say ("nothing", "a
// couple of", "a few", "a lot"); determiner quantifiers such as "several" or "many" open the
// subjects of reported clauses as often ("said several firms left")
// (data/wordclasses/indefinites.txt, quantitynouns.txt).
var (
	indefinitePronouns = lexicon.WordClass("indefinites")
	quantityNouns      = lexicon.WordClass("quantitynouns")
)

// objectFollows reports a direct object noun phrase after the speech verb at k (after the speaker
// when the speaker follows it, "said the minister"): a word that is no preposition, adverb,
// time expression, name, conjunction or punctuation. A verb with an object is no inverted
// attribution closing a clause ("…, China has maintained calm and composure all along" is no
// "…, China has maintained."): what precedes the comma is an adverbial, not its content.
func objectFollows(lx *lexicon.Lexicons, st *doc.Sent, k, speakerEnd int) bool {
	j := k + 1
	if speakerEnd > j {
		j = speakerEnd
	}
	if j >= len(st.Toks) {
		return false
	}
	t := st.Toks[j]
	if t.Kind != text.Word || t.Cap || text.IsPrep(t.Lower) || doc.AuxWords.Has(t.Lower) || actors.Subordinators.Has(t.Lower) || text.IsDayOrMonth(t.Lower) ||
		strings.HasSuffix(t.Lower, "ly") || attributionTail.Has(t.Lower) || t.Lower == "that" || t.Lower == "and" || t.Lower == "but" {
		return false
	}
	if le, ok := doc.SpeechAt(lx, st, k); ok && (le.Lemma == "tell" || le.Lemma == "say") {
		return false // an addressee ("told reporters") or an adverb the lists lack ("said afterwards")
	}
	return true
}

// attributionTail are time adverbs, deictic modifiers and the prepositions and subordinators of
// an adjunct that may follow an inverted attribution ("…, she said last week", "…, he added here")
// (data/wordclasses/attributiontail.txt).
var attributionTail = lexicon.WordClass("attributiontail")

// participleSpeechAfter reports an -ing speech verb within six words after k, with no punctuation
// between: "called US trade officials saying China wants a deal". "Call" is then the verb of
// telephoning or visiting, not of naming ("called the tariffs unfair"), and the participle
// attributes the content.
func participleSpeechAfter(lx *lexicon.Lexicons, st *doc.Sent, k int) bool {
	for j := k + 1; j < len(st.Toks) && j <= k+6; j++ {
		if st.Toks[j].Kind != text.Word {
			return false
		}
		if le, ok := doc.SpeechAt(lx, st, j); ok && le.Form == "ing" {
			return true
		}
	}
	return false
}

// firstPersonHead reports a subject noun phrase opened by a coordinated first-person pronoun ("We
// and our partners in X", "My government and I") of which the mention at m is only a part inside a
// prepositional post-modifier: a preposition stands right before m, and the clause (from the
// sentence start or the last comma or semicolon before m) opens with "we" or "I" followed by
// "and" (Quirk et al. 1985, §10.34 on coordinated subjects; §17.37 on prepositional
// post-modifiers, which never hold the head). It returns the first person's actor (the unit's
// speaker, turnVoice; nil outside a speaking unit) and the pronoun's index; at is -1 when the
// shape is absent.
func firstPersonHead(d *doc.Doc, st *doc.Sent, m int) (*doc.Entity, int) {
	toks := st.Toks
	p := m - 1
	for p > 0 && actors.Determiners.Has(toks[p].Lower) {
		p--
	}
	if !text.IsPrep(toks[p].Lower) {
		return nil, -1
	}
	c := 0
	for j := p - 1; j > 0; j-- {
		if toks[j].Text == "," || toks[j].Text == ";" {
			c = j + 1
			break
		}
	}
	for c < p && (toks[c].Kind != text.Word || actors.DiscourseMarkers.Has(toks[c].Lower)) {
		c++
	}
	if c+1 >= p || (toks[c].Lower != "we" && toks[c].Lower != "i") || toks[c+1].Lower != "and" {
		return nil, -1
	}
	e, _ := speakers.TurnVoice(d, st, toks[c].Lower)
	if e != nil {
		e = e.Final()
	}
	return e, c
}

// pseudoCleft reports a form of "be" within three words after the speech verb at k: "What I can
// tell you is that …", "what Ambassador Tai will say tomorrow is that …" — the free relative is
// the subject of a pseudo-cleft and the content follows "be" (Quirk et al. 1985, §18.29).
func pseudoCleft(st *doc.Sent, k int) bool {
	for j := k + 1; j < len(st.Toks) && j <= k+3; j++ {
		if w := st.Toks[j].Lower; w == "is" || w == "was" || w == "'s" {
			return true
		}
	}
	return false
}
