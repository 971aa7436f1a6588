package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
)

// The state a briefing's speaker speaks for, read from his own turns when nothing outside them
// (a dictionary entry, a label, the title, the outlet, the URL, the dateline) says it: the
// evidence the document itself gives (issue 14: a body's country comes from "a demonym, a
// possessor, the speaker's affiliation, the dateline, the outlet's or article's country").

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
func (d *doc) answerSelfCountry(sp *entity) *lexicon.Country {
	v := d.selfStates(sp)
	if v.Bound != nil {
		return v.Bound
	}
	return v.Counted
}

// boundSelfCountry is only the first evidence of answerSelfCountry: the state a first-person
// plural of sp's own turns is bound to (boundWeState), which holds of any speaker of a transcript,
// not only of a spokesperson.
func (d *doc) boundSelfCountry(sp *entity) *lexicon.Country {
	return d.selfStates(sp).Bound
}

func (d *doc) selfStates(sp *entity) docpkg.SelfState {
	if sp == nil {
		return docpkg.SelfState{}
	}
	sp = sp.Final()
	if v, ok := d.SelfC[sp]; ok {
		return v
	}
	if d.SelfC == nil {
		d.SelfC = map[*entity]docpkg.SelfState{}
	}
	d.SelfC[sp] = docpkg.SelfState{} // resolving: a speaker asked again while his turns are read finds none
	v := d.countSelfStates(sp)
	d.SelfC[sp] = v
	return v
}

func (d *doc) countSelfStates(sp *entity) docpkg.SelfState {
	n := map[*lexicon.Country]int{}
	addressed := map[*lexicon.Country]bool{}
	var bound *lexicon.Country
	boundTwo := false
	for _, st := range d.Sents {
		if !d.ownTurnSentence(st, sp) {
			continue
		}
		if c := actors.BoundWeState(d.Doc, st); c != nil {
			if bound != nil && bound != c {
				boundTwo = true
			}
			bound = c
		}
		if c := actors.PositionSubjectState(d.Doc, st); c != nil {
			n[c]++
		}
		if c := actors.DirectiveAddressee(d.Doc, st); c != nil {
			addressed[c] = true
		}
	}
	for c := range addressed {
		delete(n, c) // "We urge the US side to …": the state he makes demands of is not his own
	}
	var v docpkg.SelfState
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
		return docpkg.SelfState{} // the two evidences disagree: neither is taken
	}
	return v
}

// ownTurnSentence reports a sentence of sp's own words in a transcript: a turn whose label is his,
// or an answer whose answerer is he or is not named (an "A:" turn of the document's answerer).
func (d *doc) ownTurnSentence(st *sent, sp *entity) bool {
	u := st.Unit
	if u == nil {
		return false
	}
	switch u.Role {
	case discourse.Answer:
		e := d.unitSpeaker(u)
		return e == nil || e.Final() == sp
	case discourse.Turn:
		e := d.unitSpeaker(u)
		return e != nil && e.Final() == sp
	}
	return false
}
