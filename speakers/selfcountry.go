package speakers

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
)

// answerSelfCountry is the state whose voice the turns of speaker sp are (his labelled turns, and
// the transcript's answers when he is their answerer), or nil:
//
//  1. a first-person plural bound by a state in his own words (boundWeState): "China has made it
//     clear that we firmly oppose …". When the bound sentences name one state, it is that state;
//     when they name two, or the count below names another state, none.
//  2. else the state that opens more of his sentences as the subject of a position than any other,
//     at least twice ("Viet Nam is closely following … Viet Nam supports …"). A state's
//     spokesperson names her own state in the third person as the subject of its positions, the
//     style of foreign-ministry briefings (the PRC MFA's "China firmly opposes …", Viet Nam's
//     "Viet Nam supports …" in the corpus and the ministries' transcripts). A sentence that puts
//     another state under an obligation ("The Philippines must stop …": deontic must/should with a
//     third-person subject is a directive of the speaker to another party, Palmer 2001, Mood and
//     Modality, ch. 3; Quirk et al. 1985, ch. 4 on modality: obligation and necessity) or narrates what it did ("The Philippines has
//     sent …", "Manila fired …") states no position of the subject's own and is not counted, so a
//     briefing about another state's acts does not take that state for the speaker's; nor is a
//     state he addresses a directive to ("We urge the US side to …", directiveAddressee): a
//     directive is addressed to another party than the speaker (Searle 1976, the directives). A
//     tie names none.
//
// Computed once per speaker.
func answerSelfCountry(d *doc.Doc, sp *doc.Entity) *lexicon.Country {
	v := selfStates(d, sp)
	if v.Bound != nil {
		return v.Bound
	}
	return v.Counted
}

// boundSelfCountry is only the first evidence of answerSelfCountry: the state a first-person
// plural of sp's own turns is bound to (boundWeState), which holds of any speaker of a transcript,
// not only of a spokesperson.
func boundSelfCountry(d *doc.Doc, sp *doc.Entity) *lexicon.Country {
	return selfStates(d, sp).Bound
}

func selfStates(d *doc.Doc, sp *doc.Entity) doc.SelfState {
	if sp == nil {
		return doc.SelfState{}
	}
	sp = sp.Final()
	if v, ok := d.SelfC[sp]; ok {
		return v
	}
	if d.SelfC == nil {
		d.SelfC = map[*doc.Entity]doc.SelfState{}
	}
	d.SelfC[sp] = doc.SelfState{} // resolving: a speaker asked again while his turns are read finds none
	v := countSelfStates(d, sp)
	d.SelfC[sp] = v
	return v
}

func countSelfStates(d *doc.Doc, sp *doc.Entity) doc.SelfState {
	n := map[*lexicon.Country]int{}
	addressed := map[*lexicon.Country]bool{}
	var bound *lexicon.Country
	boundTwo := false
	for _, st := range d.Sents {
		if !ownTurnSentence(d, st, sp) {
			continue
		}
		if c := actors.BoundWeState(d, st); c != nil {
			if bound != nil && bound != c {
				boundTwo = true
			}
			bound = c
		}
		if c := actors.PositionSubjectState(d, st); c != nil {
			n[c]++
		}
		if c := actors.DirectiveAddressee(d, st); c != nil {
			addressed[c] = true
		}
	}
	for c := range addressed {
		delete(n, c) // "We urge the US side to …": the state he makes demands of is not his own
	}
	var v doc.SelfState
	if !boundTwo {
		v.Bound = bound
	}

	top, second := 0, 0
	for c, k := range n {
		switch {
		case k > top:
			v.Counted, top, second = c, k, top
		case k > second:
			second = k
		}
	}
	if top < 2 || top == second {
		v.Counted = nil
	}
	if v.Bound != nil && v.Counted != nil && v.Counted != v.Bound {
		return doc.SelfState{} // the two evidences disagree: neither is taken
	}
	return v
}

// ownTurnSentence reports a sentence of sp's own words in a transcript: a turn whose label is his,
// or an answer whose answerer is he or is not named (an "A:" turn of the document's answerer).
func ownTurnSentence(d *doc.Doc, st *doc.Sent, sp *doc.Entity) bool {
	u := st.Unit
	if u == nil {
		return false
	}
	switch u.Role {
	case discourse.Answer:
		e := UnitSpeaker(d, u)
		return e == nil || e.Final() == sp
	case discourse.Turn:
		e := UnitSpeaker(d, u)
		return e != nil && e.Final() == sp
	}
	return false
}
