package loader

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// Readouts inside a turn (readout21): a spokesperson's opening remarks often carry a readout
// ("Foreign Minister X held talks with Foreign Minister Y of Brazil this morning. The two sides
// agreed …"). The pair that sentence names is the referent of "the two sides", "the two" and
// "they" after it in the same turn, as the pair of the first sentence is in the narration:
// anaphoric "the" takes its antecedent from the same discourse (Quirk et al. 1985, 5.28), and a
// plural pronoun the coordinated or comitative pair just named (6.10–6.12, 10.38). The turn is
// the spokesperson's, so the pair's stances are the principals', as the turn's claims are the
// spokesperson's. A pair named in another turn, or in the narration before it, is not the
// antecedent (pairNarration: "the two sides" of a trade dispute in an answer).

// pairAt returns the pair a definite description or "they" in st may refer to and the index of
// the sentence that names it: in the narration the report's pair (meetingPair), in a turn or
// block the nearest pair an earlier sentence of the same unit names (turnPair); nil and -1 when
// there is none.
func (d *doc) pairAt(st *sent) ([]*entity, int) {
	if pairNarration(st) {
		ps := d.meetingPair()
		if len(ps) < 2 {
			return d.paragraphPair(st) // a pair named later, in st's paragraph (relation_meetingpair_para.go)
		}
		return ps, d.MeetPairSent
	}
	return d.turnPair(st)
}

// turnPair is the pair named by the nearest earlier sentence of st's own turn or block
// (meetingPairIn), not in a journalist's or moderator's turn (journalistTurn: a question states
// others' words at second hand) nor in a quotation block; nil and -1 when none.
func (d *doc) turnPair(st *sent) ([]*entity, int) {
	u := st.Unit
	if u == nil || u.Role == discourse.Quoted || d.journalistTurn(st) {
		return nil, -1
	}
	for j := st.Idx - 1; j >= 0 && sameTurn(d.Sents[j].Unit, u); j-- {
		if ps := d.meetingPairIn(d.Sents[j]); len(ps) >= 2 {
			return ps, j
		}
	}
	return nil, -1
}

// hasPair reports a pair a definite description in st may refer to (pairAt).
func (d *doc) hasPair(st *sent) bool {
	ps, _ := d.pairAt(st)
	return len(ps) >= 2
}

// relationalHead reports a party phrase headed by h whose head is a common noun that names no
// actor itself — not in an actor's mention, not a title, not an agent noun of the Phoenix
// dictionary — as "the wife of President X", "X's son", "the office of Y": the head names the
// referent and the of-phrase or genitive only identifies it by its relation to another (Quirk et
// al. 1985, 5.115–5.118 on the genitive and of-phrase as determiners of another noun's referent;
// 17.38 on postmodifying of-phrases), so the actor inside is not a party of the meeting ("spoke
// with the wife of President X" is no meeting with X).
func (d *doc) relationalHead(st *sent, fs *frameSentence, h int) bool {
	if h < 0 || h >= len(fs.at) || fs.toks[h].UPOS != "NOUN" {
		return false
	}
	k := fs.at[h]
	if m := actors.MentionAt(d.Doc, st, k); m != nil && docpkg.ActorKind(m.Ent) {
		return false
	}
	w := st.Toks[k].Lower
	_, agent := d.x.phx.Agent(w)
	return d.Lx.Titles[w] == nil && !agent
}

// hostAndGuests returns the principals of a host's event held for guests of several parties —
// "President X of Ghana hosted a dinner for the leaders of Senegal, Nigeria and Ivory Coast":
// the host (the subject subj of v) and each distinct actor named in the for-phrase g, whose
// coordination makes each conjunct a guest (CAMEO 043 "host a visit", the guest the event is
// held for; Quirk et al. 1985, 13.2 on coordinated noun phrases). "The leaders …" and "They …"
// after it refer to them all (10.38, plural anaphora to a coordination); a dual ("the two",
// "both") does not (pairSubject). nil unless the host and at least two guests are actors.
func (d *doc) hostAndGuests(st *sent, fs *frameSentence, subj, g, v int) []*entity {
	host, _ := d.frameActorAt(st, fs, subj, v, nil)
	if host == nil || !docpkg.ActorKind(host) {
		return nil
	}
	out := []*entity{host.Final()}
	lo, hi := fs.span(g)
	a, b := st.Toks[fs.at[lo]].Start, st.Toks[fs.at[hi-1]].End
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		if st.Toks[m.Ts].Start < a || st.Toks[m.Te-1].End > b || !docpkg.ActorKind(m.Ent) || strings.HasPrefix(m.Rule, "coref") {
			continue
		}
		e := m.Ent.Final()
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	if len(out) < 3 {
		return nil
	}
	return out
}

// numberedParty reports a party noun subject k of st with a numeral before it ("the two
// leaders", "the three ministers"; Quirk et al. 1985, 5.119 on numerals as determinatives).
func numberedParty(st *sent, k int) bool {
	if k < 1 || !speakers.PartyNounSubject(st, k) {
		return false
	}
	t := st.Toks[k-1]
	return t.Lower == "both" || actors.CardinalWords.Has(t.Lower) || t.Kind == text.Num
}

// sameTurn reports two paragraphs' units as one turn or block: the same unit, or units the
// discourse stage numbered alike (discourse.Unit.Index: the paragraphs of one turn share it), as
// a spokesperson's opening remarks run over several paragraphs.
func sameTurn(a, b *discourse.Unit) bool {
	return a == b || a != nil && b != nil && a.Index >= 0 && a.Index == b.Index && a.Role == b.Role
}

// nominalPair returns the two principals a heading names as the genitive and the with-phrase of
// one noun — "Prime Minister X's Meeting with Chancellor Y", "Readout of Secretary X's Call with
// Foreign Minister Y": the genitive of an event noun is its subject (Quirk et al. 1985, 17.41,
// the subjective genitive: "X's meeting with Y" = "X met with Y") and the with-phrase the other
// party of the symmetric predicate, as on the verb (otherParty). Only a heading (blockLanguage),
// the block language that names the report's event in a noun phrase (11.44); nil unless both
// resolve to distinct named actors (not an unnamed group: "Governor X's Talks with Business
// Leaders") that the phrases name themselves (relationalHead).
func (d *doc) nominalPair(st *sent, fs *frameSentence) []*entity {
	for n := range fs.toks {
		if fs.toks[n].UPOS != "NOUN" {
			continue
		}
		poss, with := -1, -1
		for _, k := range fs.kids[n] {
			switch r := fs.toks[k].DepRel; {
			case r == "nmod:poss":
				poss = k
			case strings.HasPrefix(r, "nmod") && fs.caseWord(k) == "with":
				with = k
			}
		}
		if poss < 0 || with < 0 || fs.holdsConj(with) {
			continue
		}
		var out []*entity
		for _, h := range []int{poss, with} {
			e, _ := d.frameActorAt(st, fs, h, n, nil)
			if e == nil || !docpkg.ActorKind(e) || e.Final().Weak || d.relationalHead(st, fs, h) || len(out) > 0 && out[0] == e.Final() {
				return nil
			}
			out = append(out, e.Final())
		}
		return out
	}
	return nil
}
