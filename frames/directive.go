package frames

import (
	"strconv"
	"strings"
)

// Requests the CAMEO dictionary codes as something else (issue 13, frames7): a verb of saying
// with an object and a to-infinitive ("told Manila to withdraw"), a verb of the DEMAND synset
// listed with its own intent code ("wants Berlin to pay"), and a request pattern coded as the
// act requested ("called for an inquiry", coded 090 as if the caller investigated).

// objectInfinitive returns the to-infinitive complement of verb i that an object of i controls,
// -1 when none: "told the Philippines to withdraw" (obj or iobj before the infinitive), and the
// passive "was told by the IMF to raise" (the passive subject is the active object; the
// infinitive the parser hangs on the agent's noun counts). The
// parser's purpose-adjunct reading (advcl marked to) counts too, as in targetOf. An infinitive
// opened by a wh-word ("told our members how to vote") is an interrogative clause, what is told
// about, not an act asked for (Huddleston & Pullum 2002, 11.5).
func (lx *Lexicon) objectInfinitive(tr *tree, i int) int {
	o := tr.child(i, "obj", "iobj")
	if o < 0 && tr.passive(i) {
		o = tr.child(i, "nsubj:pass")
	}
	if o < 0 {
		return -1
	}
	for _, k := range tr.kids[i] {
		if r := tr.rel(k); (r == "xcomp" || r == "advcl") && k > i && tr.caseOf(k) == "to" &&
			tr.t[k].UPOS == "VERB" && tr.subject(k) < 0 {
			if lx.interrogative(tr, k) {
				return -1
			}
			return k
		}
	}
	if tr.passive(i) {
		if a := tr.byAgent(i); a > i {
			// "Serbia was told by the European Union to hand over the suspects": the parser
			// hangs the infinitive on the agent's noun as its modifier; in the passive of a
			// verb of telling with an object-controlled infinitive the by-phrase comes between
			// the verb and the infinitive, which stays the verb's complement (Quirk et al.
			// 1985, 16.63, 3.63; Huddleston & Pullum 2002, 14.5.2) — a name or body takes no
			// infinitival modifier of its own
			for _, k := range tr.kids[a] {
				if base(tr.rel(k)) == "acl" && k > a && tr.caseOf(k) == "to" && tr.t[k].UPOS == "VERB" && tr.subject(k) < 0 && !lx.interrogative(tr, k) {
					return k
				}
			}
		}
	}
	return -1
}

// passiveDirectiveInfinitive reports infinitive i that the parser hung on the agent of a passive
// directive ("Serbia was told by the European Union to release the suspects", objectInfinitive):
// the agent's noun does not control it — the passive subject, the addressee, does (Quirk et al.
// 1985, 16.63) — and, as in the active "told Serbia to release", the act is the directive's
// content, no act of the agent's.
func (lx *Lexicon) passiveDirectiveInfinitive(tr *tree, i int) bool {
	a := tr.t[i].Head
	if a < 0 || tr.t[a].Head < 0 {
		return false
	}
	v := tr.t[a].Head
	return lx.in("directive", tr.lemma(v)) && tr.passive(v) && lx.objectInfinitive(tr, v) == i
}

// requestedInfinitive reports infinitive i that the parser hung on a conjunct of a request
// verb's coordinated object ("urged both the army and the militia to agree to a truce",
// demandedInfinitive): the act is the request's content, asked of every addressee (object
// control, Quirk et al. 1985, 16.63; CAMEO 10 "demand"), no act the last conjunct undertakes.
func (lx *Lexicon) requestedInfinitive(tr *tree, i int) bool {
	h := tr.t[i].Head
	if h < 0 || tr.rel(i) != "acl" || tr.rel(h) != "conj" {
		return false
	}
	a := tr.t[h].Head
	if a < 0 || tr.t[a].Head < 0 {
		return false
	}
	v := tr.t[a].Head
	return tr.t[v].UPOS == "VERB" && lx.requestVerb(tr.lemma(v)) && tr.demandedInfinitive(v) == i
}

// blockHead returns the entry of a CAMEO synset's head verb: the verb named by the block itself
// ("--- DEMAND [100] ---" heads DEMAND), which carries the block's own code. ok is false when the
// block lists no such verb.
func (lx *Lexicon) blockHead(block string) (verbCue, bool) {
	l := strings.ToLower(block)
	for _, v := range lx.verbs[l] {
		if v.block == block && len(v.extra) == 0 {
			return v, true
		}
	}
	return verbCue{}, false
}

// directiveCand returns the cue of a directive reported by a verb of saying: a speech-act verb
// that takes its addressee as object (modality.txt class directive: tell, remind, advise …) whose
// every dictionary entry is a CAMEO 01 "make public statement" (TELL is 010), with an object that
// controls a to-infinitive, reports an order or request, not a statement. A statement verb whose
// object is the message ("announced a set of strategies to mitigate …": the infinitive modifies
// the noun, whatever the parse) is outside the class ("told Manila to
// withdraw its ships": the infinitive after a speech-act verb and its object is a directive,
// Quirk et al. 1985, 16.63, Huddleston & Pullum 2002, 14.5.2, as with ask, order and urge). It
// takes the code of CAMEO 10 "demand" (PLOVER DEMAND "all demands and orders"): the DEMAND
// synset's head entry; the entry named is the class line. ok is false otherwise.
func (lx *Lexicon) directiveCand(tr *tree, i int, verbs []verbCue, bp *patternCue) (cand, bool) {
	if len(verbs) == 0 || (bp != nil && !strings.HasPrefix(bp.code, "01")) || !lx.in("directive", tr.lemma(i)) {
		return cand{}, false
	}
	for _, v := range verbs {
		if !strings.HasPrefix(v.code, "01") {
			return cand{}, false
		}
	}
	if lx.objectInfinitive(tr, i) < 0 {
		return cand{}, false
	}
	h, ok := lx.blockHead("DEMAND")
	if !ok || !h.types.demands() {
		return cand{}, false
	}
	return cand{kind: "verb", types: h.types, code: h.code, plover: h.plover,
		entry: "modality/directive/" + tr.lemma(i)}, true
}

// synsetRequest returns the cue of a verb listed in a request synset with a code of its own for
// the subject's intent ("WANT [030]" in the DEMAND block, for "want to cooperate"), when an
// object controls its to-infinitive: then the act wanted is another's ("Poland wants Germany to
// pay": object control, Quirk et al. 1985, 16.64), which is the synset's own sense, and the
// block head's code holds (CAMEO 10 "demand"); the entry named is the head's. ok is false
// otherwise.
func (lx *Lexicon) synsetRequest(tr *tree, i int, def *verbCue) (cand, bool) {
	h, ok := lx.blockHead(def.block)
	if !ok || !h.types.demands() || h.code == def.code || tr.passive(i) || lx.objectInfinitive(tr, i) < 0 {
		return cand{}, false
	}
	return cand{kind: "verb", types: h.types, code: h.code, plover: h.plover,
		entry: "cameo@" + strconv.Itoa(h.line), synset: true}, true
}

// requestPattern returns, for a pattern of a request preposition ("CALL * (FOR
// &INVESTIGATION)" 090, "(FOR HALT)" 087) coded as the act requested — 08 "yield" or 09
// "investigate", acts of the one asked, not of the asker — the block's bare request pattern of
// the same preposition ("CALL * for" 020); nil otherwise. The dictionary codes the same request
// with ASK as one (ASK * (FOR &INVESTIGATION) 0214) and lists CALL * (FOR HALT) as 027 too; CAMEO
// 02 "appeal" and 10 "demand" code the request, whatever its object (codebook 1.1b3, 025, 0256,
// 0214). Like rallyPattern for the coercive acts (13).
//
// A pattern coded 04 "consult" ("DEMAND * (FOR ACCESS)" 040) is an act of the one asked too: the
// meeting or access is granted by the party asked (CAMEO 106 "demand meeting, negotiation" and
// 026 "appeal to meet" code the request itself). When the block has no bare request pattern of
// the preposition (the DEMAND block lists none), its head verb's own request code stands
// ("pressed Chile for access to the sea": DEMAND [100]).
//
// So is a pattern coded 03 "express intent to cooperate" ("CALL * (FOR TALKS)" 036, "(FOR TIES)"
// 030) or 053 "rally support on behalf of" ("CALL * (FOR END)" 053): talks, ties or an end to a
// siege are asked of others, and the same block codes the same requests as appeals — "(FOR
// &NEGOTIATION)" 026 and "(FOR SUMMIT)" 026 (codebook 026 "appeal to others to meet or
// negotiate"), "(FOR TIES)" 022, "(FOR CESSATION)" 0256 — so the dictionary's 03 and 053 lines
// are the intent or rally coded in place of the appeal (issue 13, frames9).
func (lx *Lexicon) requestPattern(bp *patternCue) *patternCue {
	if !strings.HasPrefix(bp.code, "08") && !strings.HasPrefix(bp.code, "09") && !strings.HasPrefix(bp.code, "04") &&
		!strings.HasPrefix(bp.code, "03") && bp.code != "053" {
		return nil
	}
	prep := ""
	for _, s := range bp.preps {
		if s.noun != nil {
			prep = s.prep
		}
	}
	if prep != "for" {
		return nil
	}
	for k := range lx.patterns[bp.block] {
		p := &lx.patterns[bp.block][k]
		if len(p.preps) == 1 && p.preps[0].prep == prep && p.preps[0].noun == nil && p.object == nil &&
			p.subject == nil && p.particle == "" && p.types.demands() {
			return p
		}
	}
	if h, ok := lx.blockHead(bp.block); ok && h.types.demands() {
		return &patternCue{block: bp.block, preps: bp.preps, code: h.code, plover: h.plover, types: h.types, line: h.line}
	}
	return nil
}

// addressedInfinitive reports whether noun cue n has an addressee (an on-, upon- or to-phrase
// among preps) followed by the to-infinitive of what it is asked to do: "its call on Ethiopia to
// reach a deal", "the appeal to Rwanda to reopen the border". The noun takes the complementation
// of its verb, prepositional object + to-infinitive (Quirk et al. 1985, 16.63; 17.31 on nouns
// with the complementation of their verbs); without the infinitive the phrase is of another sense
// ("a call on the issue", a decision; "an appeal to the court"). The parser hangs the infinitive
// on the noun, on the addressee, or on the support verb whose object the noun is.
func (tr *tree) addressedInfinitive(n int, preps []string) bool {
	a := -1
	for _, p := range preps {
		if p == "on" || p == "upon" || p == "to" {
			if a = tr.oblWith(n, p); a >= 0 {
				break
			}
		}
	}
	if a < 0 {
		return false
	}
	ks := append(tr.children(n, "acl"), tr.children(a, "acl")...)
	if h := tr.t[n].Head; h >= 0 && tr.rel(n) == "obj" {
		ks = append(ks, tr.children(h, "advcl")...)
	}
	for _, k := range ks {
		if k > a && tr.toInfinitive(k) {
			return true
		}
	}
	return false
}

// appealComplement reports whether verb n's on/upon addressee (one of preps) carries the
// complement of an appeal: a to-infinitive after the addressee, on the verb (xcomp, advcl) or on
// the addressee (acl); a for-phrase on the verb or the addressee ("called on Israel for
// restraint"); or a that-clause (ccomp). Quirk et al. 1985, 16.63: verbs of appeal take object +
// to-infinitive; without any, "call on X" is the visit (cue-classes.txt need bare). It reports
// true when no addressee is found, so a line needing bare never holds without one.
func (tr *tree) appealComplement(n int, preps []string) bool {
	a := -1
	for _, p := range preps {
		if p == "on" || p == "upon" {
			if a = tr.oblWith(n, p); a >= 0 {
				break
			}
		}
	}
	if a < 0 {
		return true
	}
	if tr.oblWith(n, "for") >= 0 || tr.oblWith(a, "for") >= 0 || tr.child(n, "ccomp") >= 0 {
		return true
	}
	for k := a + 1; k+1 < len(tr.t); k++ {
		// the parser hangs the infinitive on the verb, the addressee or a noun inside the
		// addressee's phrase, and may read "to free" as a preposition before an adjective ("called
		// on the regime in Managua to free …"): a "to" after the addressee, in the verb's
		// subtree, before a bare verb form or a verb of the dictionary that is no noun or name
		if tr.lower[k] != "to" || !tr.dominates(n, k) {
			continue
		}
		if h := tr.t[k].Head; tr.rel(k) == "mark" && h > k && tr.t[h].UPOS == "VERB" {
			return true // "to immediately cease": the infinitive's own marker
		}
		v := k + 1
		for v+1 < len(tr.t) && tr.t[v].UPOS == "ADV" {
			v++ // a split infinitive ("to immediately cease")
		}
		if tr.t[v].XPOS == "VB" || tr.lx != nil && tr.lx.IsVerb(tr.lower[v]) && tr.t[v].UPOS != "NOUN" && tr.t[v].UPOS != "PROPN" && tr.t[v].UPOS != "DET" {
			return true
		}
	}
	return false
}

// dominates reports that k lies in the subtree of h (k's head chain reaches h; k itself is h).
func (tr *tree) dominates(h, k int) bool {
	for n := 0; k >= 0 && n <= len(tr.t); k, n = tr.t[k].Head, n+1 {
		if k == h {
			return true
		}
	}
	return false
}
