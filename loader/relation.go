package loader

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// cueSkip are words that may sit between the words of a cue ("pushing hard for", "threatened today to").
var cueSkip = map[string]bool{"also": true, "further": true, "publicly": true, "hard": true, "today": true,
	"yesterday": true, "again": true, "still": true, "now": true, "repeatedly": true, "formally": true}

// cueMatch is one cue found in a sentence: tokens [s, e), the addressee slot [xs, xe) if any.
type cueMatch struct {
	c      *cue
	form   string
	s, e   int
	xs, xe int
	alts   []lexEntry // every cue of the same pattern (a verb and a noun reading of "offers to")
}

// matchCue finds the longest cue pattern starting at token i. "be" matches any form of to be, NOT
// any negation, X a noun phrase of up to five tokens (an actor mention or a pronoun counts as one
// phrase); adverbs in -ly and "also", "further" may sit between pattern words.
func (d *doc) matchCue(st *sent, i int) *cueMatch {
	ms := d.matchCues(st, i)
	if len(ms) == 0 {
		return nil
	}
	return &ms[0]
}

// matchCues returns every cue pattern matching at token i, longest first.
func (d *doc) matchCues(st *sent, i int) []cueMatch {
	var all []cueMatch
	var walk func(n *trie, j int, xs, xe int, start int)
	walk = func(n *trie, j int, xs, xe int, start int) {
		if len(n.entries) > 0 {
			all = append(all, cueMatch{c: n.entries[0].cue, form: n.entries[0].form, s: start, e: j, xs: xs, xe: xe, alts: n.entries})
		}
		if j >= len(st.toks) || n.next == nil {
			return
		}
		t := st.toks[j]
		if j > start && (cueSkip[t.lower] || isDayOrMonth(t.lower) && t.cap || strings.HasSuffix(t.lower, "ly") && t.kind == tkWord && !t.cap && len(t.lower) > 4 && n.next["only"] == nil) {
			if _, ok := n.next[t.lower]; !ok {
				walk(n, j+1, xs, xe, start)
			}
		}
		if j > start {
			// a time adverbial between the words of a cue: "demanded on Monday that", "offered last
			// week to"
			if k := timeAdverbialAt(st, j); k > j {
				walk(n, k, xs, xe, start)
			}
		}
		if nx := n.next[t.lower]; nx != nil && st.ment[j] < 0 {
			walk(nx, j+1, xs, xe, start)
		}
		if nx := n.next["be"]; nx != nil && d.lx.beForms[t.lower] {
			walk(nx, j+1, xs, xe, start)
		}
		if nx := n.next["NOT"]; nx != nil && d.lx.negations[t.lower] {
			walk(nx, j+1, xs, xe, start)
		}
		if nx := n.next["X"]; nx != nil && j > start && !isPrep(t.lower) {
			// an addressee is a noun phrase: "press for the language to be restored" is "press for"
			// an addressee: a mention, a pronoun, or a short noun phrase up to the next pattern word
			if m := d.mentionAt(st, j); m != nil {
				walk(nx, m.te, m.ts, m.te, start)
			}
			if isPronoun(t) {
				walk(nx, j+1, j, j+1, start)
			}
			for k := j + 1; k < len(st.toks) && k <= j+14; k++ {
				if nx.next[st.toks[k].lower] != nil {
					walk(nx, k, j, k, start)
					break
				}
				if tx := st.toks[k].text; tx == "," || tx == ";" || tx == "." || tx == ":" {
					break
				}
			}
		}
	}
	walk(&d.lx.cues, i, -1, -1, i)
	sort.SliceStable(all, func(a, b int) bool { return all[a].e-all[a].s > all[b].e-all[b].s })
	return all
}

// findRelations extracts cue relations sentence by sentence.
func (d *doc) findRelations() {
	d.hearingMembers()    // a hearing's legislators, before their "we" is read (speaker_hearing.go)
	d.delegationMembers() // a meeting record's representatives, likewise (speaker_delegation.go)
	d.titleDelegation()   // "UK statement at the UN Security Council" over a delegate's statement, likewise
	d.venueBodies()       // a building on a sitting's date line is no body (speaker_legislature.go)
	d.authorShortForms()  // "the Congress" in the Nigeria Labour Congress's own release is its author (speaker_author.go)
	for _, st := range d.sents {
		d.checkStop()
		if st.headline || isQuestion(st) || d.furniture(st) {
			continue // a question asserts no stance, nor does "I'll turn it over to …"
		}
		d.frameRelations(st)
	}
	d.dropExchangeStances() // before a turn's claim is taken as coded by one of them (speaker_stance.go)
	d.dropCodedTurns()
}

// dropCodedTurns drops a transcript turn's claim (a rule of turnClaims) when its sentence is also a
// cue relation of the same speaker ("We call on X to withdraw them" is a demand): the speech act is
// coded by its type, as speech:must-clause codes a demand instead of a statement. An adjunct's act
// (a purpose infinitive or participle: frames:verb-adjunct, "we will take measures to protect our
// interests") is not the sentence's speech act and codes nothing.
func (d *doc) dropCodedTurns() {
	coded := map[[2]any]bool{}
	for _, r := range d.rels {
		if r.typ != graph.Claims && r.src != nil && !strings.HasPrefix(r.rule, "frames:verb-adjunct") {
			coded[[2]any{r.sent, r.src.final()}] = true
		}
	}
	kept := d.rels[:0]
	for _, r := range d.rels {
		if r.typ == graph.Claims && turnRules[r.rule] && coded[[2]any{r.sent, r.src.final()}] {
			continue
		}
		kept = append(kept, r)
	}
	d.rels = kept
}

// policyTarget makes a POLICY node for tokens [b, e) of st, with an optional gerund prefix; a phrase
// that is exactly a known policy name returns that policy.
func (d *doc) policyTarget(st *sent, b, e int, prefix string) *entity {
	toks := st.toks
	definite := prefix == "" && b < e && anaphoricDeterminers[toks[b].lower]
	for b < e && leadingDrop.Has(toks[b].lower) && prefix == "" {
		b++
	}
	for e > b && (toks[e-1].kind == tkPunct || toks[e-1].lower == "and" || toks[e-1].lower == "or") {
		e--
	}
	if e <= b {
		return nil
	}
	if mm := d.mentionAt(st, b); mm != nil && mm.ts == b && mm.te == e {
		if ent := mm.ent.final(); ent.kind == graph.Policy {
			return ent
		}
	}
	name := d.spanText(st, b, e)
	if prefix != "" {
		name = prefix + " " + name
	}
	if len([]rune(name)) < 3 {
		return nil
	}
	if pronounClass(strings.ToLower(name)) != "" || name == "so" || name == "it" {
		return nil
	}
	p := d.policyEntity(name, "target:noun-phrase")
	if prefix != "" {
		p.rule = "target:verb-phrase"
	}
	if definite {
		p.definiteUses++
	} else {
		p.bareUses++
	}
	p.weak = true
	return p
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
