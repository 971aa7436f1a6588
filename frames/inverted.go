package frames

// Shapes of belief, hearsay and supposition the scope rule (modality.go scope) reads besides a
// verb's ccomp (issue 13, frames23): the inverted belief after its content
// (invertedAttribution), a predicative adjective of belief (beliefAdjective), a cue noun under a
// noun of conjecture or an attributive adjective of likelihood (conjecturedNoun), a clause that
// specifies a noun of belief through "be" (specifiedContent), and the possessive pronoun that
// keeps a claimed act the speaker's own (pronounPossessed, for modality.txt contested).

// invertedAttribution returns the verb of believing that follows clause c as a parataxis of it
// with its own subject and no clause of its own ("Mongolia will endorse the plan, observers
// believe"), -1 when none. The inverted order keeps the attribution's meaning (Quirk et al.
// 1985, 15.53-15.54: reporting clause in medial or final position; PARC 3.0, Pareti 2016, counts
// it the same cue as the preposed one). A final verb of saying ("…, diplomatic sources said") is
// not taken: news sources a reported act that way, and PLOVER codes the act (dev records
// AGREE-0011, AGREE-0040 are future acts so sourced).
//
// The parser may also hang the final attribution on the clause's last noun as a relative clause
// ("the Brazilian candidate, officials in Asuncion think"). A relative clause with no relative
// word is restrictive, and a restrictive relative is never set off by a comma (Quirk et al.
// 1985, 17.3, 17.16), so a comma-led acl:relcl with no relative word on a dependent of c is the
// inverted attribution too.
func (lx *Lexicon) invertedAttribution(tr *tree, c int) int {
	for k := c + 1; k < len(tr.t); k++ {
		if tr.t[k].UPOS != "VERB" {
			continue
		}
		h := tr.t[k].Head
		switch {
		case h == c && tr.rel(k) == "parataxis":
		case tr.rel(k) == "acl:relcl" && h >= 0 && tr.t[h].Head == c && tr.commaLed(k) && !tr.hasRelativeWord(k):
		default:
			continue
		}
		l := tr.lemma(k)
		if lx.in("scope", l) && tr.child(k, "nsubj") >= 0 && tr.child(k, "ccomp", "xcomp", "obj") < 0 {
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

// commaLed reports a clause k whose first token is a comma attached to it.
func (tr *tree) commaLed(k int) bool {
	for _, d := range tr.kids[k] {
		if d < k && tr.t[d].Form == "," {
			lo, _ := tr.span(k)
			return d == lo
		}
	}
	return false
}

// hasRelativeWord reports a relative pronoun or adverb among the dependents of clause k (or
// theirs: "whose leader said").
func (tr *tree) hasRelativeWord(k int) bool {
	for _, d := range tr.kids[k] {
		if relativePronouns[tr.lower[d]] || tr.lower[d] == "whom" || tr.lower[d] == "where" || tr.lower[d] == "when" {
			return true
		}
		for _, e := range tr.kids[d] {
			if tr.lower[e] == "whose" {
				return true
			}
		}
	}
	return false
}

// conjecturedNoun reports a cue noun p whose act is believed, feared, rumoured or estimated, not
// asserted: the of-phrase of a noun of belief or hearsay ("rumours of a Chinese ban", "fears of
// new sanctions"; modality.txt conjecture), or a noun premodified by an adjective of likelihood
// or hearsay ("Peru's likely expulsion of", "possible sanctions"; modality.txt
// modal-attributive). It returns the word that scopes p, -1 when none.
func (lx *Lexicon) conjecturedNoun(tr *tree, p int) int {
	if tr.t[p].UPOS != "NOUN" {
		return -1
	}
	for _, k := range tr.kids[p] {
		if tr.rel(k) == "amod" && (lx.in("modal-attributive", tr.lemma(k)) || lx.in("modal-attributive", tr.lower[k])) {
			// (the form too: a participle "alleged" is lemmatized "allege")
			return k
		}
	}
	if h := tr.t[p].Head; h >= 0 && base(tr.rel(p)) == "nmod" && tr.caseOf(p) == "of" && tr.t[h].UPOS == "NOUN" && lx.in("conjecture", tr.lemma(h)) {
		return h
	}
	return -1
}

// pronounPossessed reports a source phrase whose possessor is a pronoun ("its navy", "their
// police"): under a verb of saying it most often refers back to the speaker, the nearest
// subject (Quirk et al. 1985, 6.16-6.17), so the speaker is not shown to report another's act.
func (tr *tree) pronounPossessed(src int) bool {
	if src < 0 {
		return false
	}
	k := tr.child(src, "nmod:poss")
	return k >= 0 && tr.t[k].UPOS == "PRON"
}

// specifiedContent returns the noun of belief, report or conjecture that clause c specifies
// through a copula ("The fear is that Russia will cut gas supplies", "the scenario now is that
// the US will escalate …"; UD: c has a cop and the noun as nsubj:outer), -1 when none. A
// that-clause after a specifying "be" gives the content of its subject noun, as an appositive
// that-clause does (Quirk et al. 1985, 17.26, and 16.13: a that-clause as subject complement; Huddleston &
// Pullum 2002, 11.3.4 content clauses as complement of "be"): what is feared, expected or
// supposed, not an asserted act. Factive nouns ("the fact is that", "the truth is that") are in
// neither class.
func (lx *Lexicon) specifiedContent(tr *tree, c int) int {
	if tr.child(c, "cop") < 0 || tr.child(c, "mark") < 0 {
		return -1
	}
	n := tr.child(c, "nsubj:outer")
	if n < 0 || tr.t[n].UPOS != "NOUN" {
		return -1
	}
	if l := tr.lemma(n); lx.in("report-noun", l) || lx.in("conjecture", l) {
		return n
	}
	return -1
}
