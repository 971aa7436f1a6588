package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
)

// Infinitive complements of nouns read as adjuncts (issue 13, control18). In "Russia criticized
// Japan's refusal to sign the treaty" and "China welcomes the willingness demonstrated by France
// to join the initiative" the EWT parser hangs the to-infinitive on the verb (or on the
// participle after the noun) as a purpose adjunct, so the matrix verb's target loses the act
// ("Japan's refusal") and the infinitive's covert subject becomes the matrix subject. A noun
// formed from a verb or adjective that takes a to-infinitive takes one as its complement
// (modality.txt class tocomplement; Quirk et al. 1985, 17.31), and the infinitive that follows
// the noun's phrase directly belongs to it; its covert subject is then the noun's possessor or
// agent (noun-complement control, frames nounController; Huddleston & Pullum 2002, ch. 14 §6),
// never the subject of the verb the noun phrase depends on.

// nounInfinitiveComplement reattaches each such infinitive: a verb v marked by "to", with no
// subject of its own, attached as advcl to g, where the phrase of a tocomplement noun n ends right
// before the "to" and n is g's object (g no support or light verb, whose subject is the noun's
// agent and controls the infinitive either way: "made a decision to", "announced its plan to"),
// or g is a participle postmodifying n ("the willingness demonstrated by France to join"), or a
// past participle the parser made g's object complement right after n ("welcome the willingness
// demonstrated by the French side to participate": a participle clause between a noun and its
// complement postmodifies the noun, Quirk et al. 1985, 17.29). v (and that participle) become
// n's acl. A by-phrase the parser made g's oblique between the object noun and the infinitive
// ("welcomed the plan by Peru to cut tariffs") is the noun's agent (Quirk et al. 1985, 17.51: the
// by-phrase of a deverbal noun; an active verb with an object takes no agent phrase) and becomes
// n's nmod, where the noun's agent is read (frames nounSource).
func nounInfinitiveComplement(fr *frames.Lexicon, fs *frameSentence) {
	toks := fs.toks
	for v := range toks {
		if toks[v].UPOS != "VERB" || toks[v].DepRel != "advcl" {
			continue
		}
		to, subj := -1, false
		for k := range toks {
			if toks[k].Head != v {
				continue
			}
			if toks[k].DepRel == "mark" && strings.EqualFold(toks[k].Form, "to") && k < v && to < 0 {
				to = k
			}
			subj = subj || strings.HasPrefix(toks[k].DepRel, "nsubj")
		}
		if to < 1 || subj || toks[to-1].UPOS == "PUNCT" {
			continue
		}
		g := toks[v].Head
		if g < 0 || g >= to {
			continue
		}
		n, part := -1, -1
		switch {
		case toks[g].DepRel == "acl" && toks[g].XPOS == "VBN" && toks[g].Head >= 0 && toks[g].Head < g:
			n = toks[g].Head // "the willingness demonstrated by France to join"
		case toks[g].DepRel == "xcomp" && toks[g].XPOS == "VBN" && toks[g].Head >= 0 && toks[g].Head < g:
			// "welcomed the readiness expressed by Denmark to resume …" with the infinitive on the
			// participle the parser made the verb's object complement
			n, part = objectBefore(fr, toks, toks[g].Head, g), g
		default:
			if n = objectBefore(fr, toks, g, to); n >= 0 {
				for k := range toks {
					if toks[k].Head == g && toks[k].DepRel == "xcomp" && toks[k].XPOS == "VBN" && k > n && k < to {
						part = k
					}
				}
			}
		}
		if n < 0 || toks[n].UPOS != "NOUN" || !fr.InClass("tocomplement", strings.ToLower(lemmaOf(toks[n]))) {
			continue
		}
		lo, hi := subtreeSpan(toks, n, v)
		if part >= 0 {
			plo, phi := subtreeSpan(toks, part, v)
			if plo != hi {
				continue // the participle does not follow the noun's phrase directly
			}
			hi = phi
		}
		by := -1
		if part < 0 && toks[n].Head == g && hi < to {
			by = byPhraseAt(toks, g, hi, v)
			if by >= 0 {
				_, hi = subtreeSpan(toks, by, v)
			}
		}
		if lo > n || hi != to {
			continue // something stands between the noun's phrase and the infinitive
		}
		toks[v].Head, toks[v].DepRel = n, "acl"
		if by >= 0 {
			toks[by].Head, toks[by].DepRel = n, "nmod"
		}
		if part >= 0 {
			toks[part].Head, toks[part].DepRel = n, "acl"
		}
	}
}

// subtreeSpan returns the token range [lo, hi) of the subtree of h in toks, leaving out the
// subtree of skip; heads are followed up at most len(toks) steps, so a cycle ends the walk.
func subtreeSpan(toks []frames.Token, h, skip int) (int, int) {
	lo, hi := h, h+1
	for k := range toks {
		for a, steps := k, 0; a >= 0 && steps <= len(toks); a, steps = toks[a].Head, steps+1 {
			if a == skip {
				break
			}
			if a == h {
				lo, hi = min(lo, k), max(hi, k+1)
				break
			}
		}
	}
	return lo, hi
}

// objectBefore returns the object of verb g that stands before token end, -1 when there is none
// or g is a support or light verb (whose subject is its object noun's agent: "made a decision
// to", "announced its plan to").
func objectBefore(fr *frames.Lexicon, toks []frames.Token, g, end int) int {
	if l := strings.ToLower(lemmaOf(toks[g])); fr.InClass("support", l) || fr.InClass("light", l) {
		return -1
	}
	n := -1
	for k := range toks {
		if toks[k].Head == g && toks[k].DepRel == "obj" && k < end {
			n = k
		}
	}
	return n
}

// byPhraseAt returns g's oblique marked by "by" whose phrase (without skip's subtree) starts at
// token at, -1 when there is none.
func byPhraseAt(toks []frames.Token, g, at, skip int) int {
	for k := range toks {
		if toks[k].Head != g || toks[k].DepRel != "obl" {
			continue
		}
		if lo, _ := subtreeSpan(toks, k, skip); lo == at && strings.EqualFold(toks[at].Form, "by") && toks[at].Head == k {
			return k
		}
	}
	return -1
}
