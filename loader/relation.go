package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// findRelations extracts cue relations sentence by sentence.
func (d *doc) findRelations() {
	speakers.HearingMembers(d.Doc)    // a hearing's legislators, before their "we" is read (speaker_hearing.go)
	speakers.DelegationMembers(d.Doc) // a meeting record's representatives, likewise (speaker_delegation.go)
	speakers.TitleDelegation(d.Doc)   // "UK statement at the UN Security Council" over a delegate's statement, likewise
	speakers.VenueBodies(d.Doc)       // a building on a sitting's date line is no body (speaker_legislature.go)
	speakers.AuthorShortForms(d.Doc)  // "the Congress" in the Nigeria Labour Congress's own release is its author (speaker_author.go)
	for _, st := range d.Sents {
		d.CheckStop()
		if st.Headline && !d.titleHeadline(st) || text.IsQuestion(st.Toks) || speakers.Furniture(d.Doc, st) {
			continue // a question asserts no stance, nor does "I'll turn it over to …"
		}
		if d.pstats != nil {
			n := len(d.Rels)
			d.frameRelations(st)
			d.pstats.rels[st.Idx] = len(d.Rels) - n // parsestats.go
			continue
		}
		d.frameRelations(st)
	}
	d.dropExchangeStances() // before a held turn sentence is taken as coded by one of them (speaker_stance.go)
	d.dropUncodedTalk()
	d.learnedStances() // relation_stance.go
}

// dropUncodedTalk drops each claim turnClaims held back as talk about the talk (heldTalk: a
// first-person subject in a sentence that names no actor) unless the relation layer gives the
// claim's speaker, or whom his "we" is (firstPerson: the state a spokesperson or a statement's
// author speaks for), a stance in that sentence: "I urge the department to designate all seven cases"
// or "We demand a full account of how the crews were treated" is a performative (Austin 1962;
// Searle 1976: directives and commissives) whose content is about the world, not the talk, and the
// README promises every such statement of a speaker as a claim. A stance of an adjunct
// (frames:verb-adjunct, a purpose infinitive) is not the sentence's act and does not count. A turn's
// claim whose sentence the relation layer codes otherwise stays (issue 12 round 19: the speaker's
// stance sentence is a claim too; dropCodedTurns, which dropped it, is gone).
func (d *doc) dropUncodedTalk() {
	if len(d.HeldTalk) == 0 {
		return
	}
	coded := map[[2]any]bool{}
	for _, r := range d.StanceRels() {
		if r.Typ != graph.Claims && r.Src != nil && !strings.HasPrefix(r.Rule, "frames:verb-adjunct") {
			coded[[2]any{r.Sent, r.Src.Final()}] = true
		}
	}
	d.dropRels(func(r *relCand) bool {
		if !d.HeldTalk[r] || coded[[2]any{r.Sent, r.Src.Final()}] {
			return false
		}
		// the stance of the speaker's "we" (his state's, firstPerson) codes his talk as his own does
		we := speakers.FirstPerson(d.Doc, r.Src.Final(), "we", d.Sents[r.Sent].Unit)
		return we == nil || !coded[[2]any{r.Sent, we.Final()}]
	})
}

// dropRels drops every relation candidate of stanceRels for which drop is true, calling drop once
// per candidate in stanceRels' order: one of the claims stage's is marked in droppedClaims (the
// claims stage's output stays as it made it), one of the relations stage's is taken out of rels.
func (d *doc) dropRels(drop func(*relCand) bool) {
	for _, r := range d.ClaimRels {
		if !d.DroppedClaims[r] && drop(r) {
			if d.DroppedClaims == nil {
				d.DroppedClaims = map[*relCand]bool{}
			}
			d.DroppedClaims[r] = true
		}
	}
	kept := d.Rels[:0]
	for _, r := range d.Rels {
		if !drop(r) {
			kept = append(kept, r)
		}
	}
	d.Rels = kept
}

// gerund makes the -ing form of a verb ("open" → "opening", "negotiate" → "negotiating", "stop" →
// "stopping").
func gerund(v string) string {
	if strings.HasSuffix(v, "ing") {
		return v
	}
	if strings.HasSuffix(v, "ie") {
		return v[:len(v)-2] + "ying"
	}
	if strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") && len(v) > 2 {
		return v[:len(v)-1] + "ing"
	}
	n := len(v)
	isV := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	groups := 0
	for i := 0; i < n; i++ {
		if isV(v[i]) && (i == 0 || !isV(v[i-1])) {
			groups++
		}
	}
	if n >= 3 && groups == 1 && !isV(v[n-1]) && isV(v[n-2]) && !isV(v[n-3]) && strings.IndexByte("wxy", v[n-1]) < 0 {
		return v + v[n-1:] + "ing"
	}
	return v + "ing"
}
