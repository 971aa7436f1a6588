package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// thingAntecedent finds what the object pronoun "it" or "them" at syntax token h of fs refers to
// when that is a policy or an act, not an actor ("The proposal drew criticism. … said her
// government would oppose it"; "China condemned the move and vowed to fight it"): the nearest
// noun before it, in its sentence or the one before in the same or the previous paragraph, whose
// head is a policy noun (policywords.txt), an act or position noun an evaluation may judge
// (evaluations.txt "target" rows), a sanction noun or a report noun (modality.txt report-noun:
// "the allegations"), agreeing in number. In a transcript the search keeps to the speaker's turn
// and the question it answers (turnReach, relation_turnantecedent.go), and a phrase of that
// question is reached even inside a prepositional phrase ("What about the allegations …?": the
// question's topic), but not the phrase a copular wh-question equates with its wh-word ("What is
// your response?": soughtInformation). A pronoun takes the nearest preceding noun
// phrase that agrees with it (Hobbs 1978; Lappin & Leass 1994: agreement filters, recency
// ranks), so a country, government or organization named in between — not as a possessor, which
// is a determiner inside a larger noun phrase (Quirk et al. 1985, 5.115) — is the nearer
// candidate and no thing antecedent is returned (the actor rules resolve the pronoun). A noun in a
// prepositional phrase is passed over ("sanctioned Iran over its missile programme … condemned
// it": the act, not the programme; Lappin & Leass weigh such noun phrases lowest). The
// subject of the pronoun's own clause is skipped (binding principle B, Chomsky 1981). It returns
// the sentence and the token range [b, e) of the antecedent's noun phrase, or nil.
func (d *doc) thingAntecedent(st *sent, fs *frameSentence, h int) (*sent, int, int) {
	w := strings.ToLower(fs.toks[h].Form)
	plural := w == "them"
	if w != "it" && !plural {
		return nil, 0, 0
	}
	lh := fs.at[h]
	for k := 0; k < lh; k++ {
		if d.x.frames.InClass("condition", st.Toks[k].Lower) {
			// "If the ban stays, we will challenge it": a stance under a condition is not
			// asserted (modality.txt condition; PLOVER codes conditional coercion apart), and
			// the frames stage reads its modality from the clause; the pronoun is left to it
			return nil, 0, 0
		}
	}
	slo, shi := -1, -1 // the pronoun's own clause subject, in st's tokens
	if v := fs.toks[h].Head; v >= 0 {
		for _, k := range fs.kids[v] {
			if r := fs.toks[k].DepRel; r == "nsubj" || r == "nsubj:pass" {
				lo, hi := fs.span(k)
				slo, shi = fs.at[lo], fs.at[hi-1]+1
			}
		}
	}
	for s := st.Idx; s >= 0; s-- {
		ss := d.Sents[s]
		ok, asked, stop := d.turnReach(st, ss) // the window, and a transcript's turns (relation_turnantecedent.go)
		if !ok && d.pronounChainReach(st, lh, w, ss) {
			ok, stop = true, false // "I oppose it now. I will oppose it …": a chain of "it" in one quotation (relation_pronounchain.go)
		}
		if stop {
			break
		}
		if !ok {
			continue
		}
		end := len(ss.Toks)
		if s == st.Idx {
			end = lh
		}
		for k := end - 1; k >= 0; k-- {
			if s == st.Idx && k >= slo && k < shi {
				continue
			}
			if m := actors.MentionAt(d.Doc, ss, k); m != nil && docpkg.ActorKind(m.Ent) {
				e := m.Ent.Final()
				possessor := m.Te < len(ss.Toks) && (ss.Toks[m.Te].Lower == "'s" || ss.Toks[m.Te].Lower == "\u2019s")
				// (an agent in a by-phrase, "the allegations made by Ottawa", "a proposal by
				// Chile", sits inside the noun phrase it postmodifies, ranked below that
				// phrase's head: Quirk et al. 1985, 17.5 on postmodification; Lappin & Leass
				// 1994, head noun emphasis; it is passed over as a possessor is)
				byAgent := m.Ts > 0 && ss.Toks[m.Ts-1].Lower == "by"
				if !possessor && !byAgent && e.Kind != graph.Person && actors.Fits(e, "thing") {
					return nil, 0, 0
				}
				k = m.Ts
				continue
			}
			t := ss.Toks[k]
			pl := strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss")
			if t.Kind != text.Word || t.Cap || !(d.Lx.PolicyHead[t.Lower] || d.Lx.Evaluable[t.Lower] || d.measureNounAntecedent(t, pl) || d.reportNounAntecedent(t, pl)) {
				continue // a policy, an evaluable act, a measure's sanction noun (coref_measurenoun.go), a report noun (relation_measureantecedent.go)
			}
			if pl != plural {
				continue
			}
			if n := k + 1; n < len(ss.Toks) && ss.Toks[n].Kind == text.Word && !ss.Toks[n].Cap && (d.Lx.PolicyHead[ss.Toks[n].Lower] || d.Lx.Evaluable[ss.Toks[n].Lower]) {
				continue // a noun premodifying another ("the ban proposal"): the head follows
			}
			b := d.thingPhraseStart(ss, k)
			if soughtInformation(ss, b) {
				continue // "What is your response?": the answer itself (relation_turnantecedent.go)
			}
			if !asked && b > 0 && (text.IsPrep(ss.Toks[b-1].Lower) || actors.LocativePreps.Has(ss.Toks[b-1].Lower) || ss.Toks[b-1].Lower == "against") {
				continue // inside a prepositional phrase: less salient than the clause (Lappin & Leass 1994, non-adverbial emphasis)
			}
			if pb, pe, pred := d.predicateNominalSubject(ss, k); pred {
				if pb < 0 {
					continue
				}
				return ss, pb, pe
			}
			return ss, b, k + 1
		}
	}
	return nil, 0, 0
}

// predicateNominalSubject reports whether the noun at token k of st heads the predicative
// complement of a copular clause ("Suspending the drills is a positive step"), and then returns
// the token range [b, e) of that clause's subject, or b = -1 when the subject is a pronoun or an
// actor (left to the actor rules). A predicate nominal ascribes a property to the subject and
// does not refer (Quirk et al. 1985, 10.8 and 16.20: the subject complement characterizes the
// subject's referent); the anaphora resolution of Lappin & Leass (1994, §2.1) excludes predicate
// nominals from the candidates, so the pronoun that follows ("China welcomes it") refers to the
// subject — the act or thing the clause is about — not to its characterization.
func (d *doc) predicateNominalSubject(st *sent, k int) (int, int, bool) {
	fs, _ := d.parseSentenceFor(st, true)
	if fs == nil {
		return 0, 0, false
	}
	h := -1
	for i := range fs.toks {
		if fs.at[i] == k && fs.toks[i].Start >= st.Toks[k].Start {
			h = i
			break
		}
	}
	if h < 0 || !fs.predicateNominal(h) {
		return 0, 0, false
	}
	for _, c := range fs.kids[h] {
		if r := fs.toks[c].DepRel; r != "nsubj" && r != "csubj" && r != "nsubj:pass" {
			continue
		}
		lo, hi := fs.span(c)
		if fs.toks[c].UPOS == "PRON" {
			return -1, 0, true
		}
		if m := actors.MentionAt(d.Doc, st, fs.at[c]); m != nil && docpkg.ActorKind(m.Ent) {
			return -1, 0, true
		}
		return fs.at[lo], fs.at[hi-1] + 1, true
	}
	return -1, 0, true
}

// thingPhraseStart is the first token of the noun phrase headed by the common noun at j: back
// over lower-case premodifiers and a possessor ("the EU's proposed ban") to its determiner, at
// most four tokens; j itself when no determiner is found.
func (d *doc) thingPhraseStart(st *sent, j int) int {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		t := st.Toks[k]
		if actors.Determiners.Has(t.Lower) || t.Lower == "its" || t.Lower == "their" || t.Lower == "his" || t.Lower == "her" {
			return k
		}
		if t.Lower == "'s" || t.Lower == "\u2019s" {
			if m := actors.MentionAt(d.Doc, st, k-1); m != nil {
				return m.Ts
			}
			return j
		}
		if t.Kind != text.Word || t.Cap || text.IsPrep(t.Lower) || docpkg.AuxWords.Has(t.Lower) || d.Lx.Speech[t.Lower].Kind != 0 {
			return j
		}
	}
	return j
}
