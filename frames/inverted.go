package frames

// Two attribution shapes the scope rule (modality.go scope) reads besides a verb's ccomp (issue 13,
// frames23): the inverted attribution after its content, and a predicative adjective of belief.

// invertedAttribution returns the verb of believing or saying that follows clause c as a
// parataxis of it with its own subject and no clause of its own ("Mongolia will endorse the plan,
// observers believe"; "…, the ministry said"), -1 when none. The inverted order keeps the
// attribution's meaning (Quirk et al. 1985, 15.53-15.54: reporting clause in medial or final
// position; PARC 3.0, Pareti 2016, counts it the same cue as the preposed one).
func (lx *Lexicon) invertedAttribution(tr *tree, c int) int {
	for k := c + 1; k < len(tr.t); k++ {
		if tr.t[k].Head != c || tr.rel(k) != "parataxis" || tr.t[k].UPOS != "VERB" {
			continue
		}
		l := tr.lemma(k)
		if (lx.in("scope", l) || lx.in("report", l)) && tr.child(k, "nsubj") >= 0 && tr.child(k, "ccomp", "xcomp", "obj") < 0 {
			return k
		}
	}
	return -1
}

// beliefAdjective reports a predicative adjective at h of certainty, hope or fear
// (modality.txt belief-adjective) whose that-clause c is its subject's belief, not an asserted
// act: "Ethiopia is confident that Egypt will support …", "officials are afraid that Washington
// will tighten …" (Quirk et al. 1985, 16.69-16.70). After a copular verb other than "be"
// ("remains optimistic that", "seemed confident that"; Quirk et al. 1985, 16.21) the parser may
// hang the clause on the verb: the adjective is then the verb's xcomp before the clause.
func (lx *Lexicon) beliefAdjective(tr *tree, c, h int) bool {
	if tr.rel(c) != "ccomp" {
		return false
	}
	if tr.t[h].UPOS == "VERB" {
		if a := tr.child(h, "xcomp"); a >= 0 && a < c {
			h = a
		}
	}
	return tr.t[h].UPOS == "ADJ" && lx.in("belief-adjective", tr.lemma(h))
}
