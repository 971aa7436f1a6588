package loader

import "github.com/claimgraph/claimgraph/discourse"

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
		if len(ps) != 2 {
			return nil, -1
		}
		return ps, d.meetPairSent
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
	for j := st.Idx - 1; j >= 0 && d.sents[j].Unit == u; j-- {
		if ps := d.meetingPairIn(d.sents[j]); len(ps) == 2 {
			return ps, j
		}
	}
	return nil, -1
}

// hasPair reports a pair a definite description in st may refer to (pairAt).
func (d *doc) hasPair(st *sent) bool {
	ps, _ := d.pairAt(st)
	return len(ps) == 2
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
	if m := d.mentionAt(st, k); m != nil && actorKind(m.Ent) {
		return false
	}
	w := st.Toks[k].Lower
	_, agent := d.x.phx.Agent(w)
	return d.lx.Titles[w] == nil && !agent
}
