package loader

// Targets of requests and offers that name both whom and what (issue 13, frames9, class a):
// "pressed Georgia for new elections", "offered Sweden talks", "offered training to Ukraine".
// PLOVER codes the addressee or recipient as the event's target actor (DEMAND: "Palestinian
// officials demanded that the United States match …" → United States; AGREE: "Libya has offered
// to hand over to Great Britain …" → Great Britain), the repository's sets name what is asked or
// offered; the target phrase names both, as the sentence writes them.

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
)

// addresseeStart returns where the target phrase of match m begins when its target h is what is
// requested or offered and the cue verb names the one asked or given to as a noun phrase between
// itself and h: the direct object before a for- or on-phrase of a verb of request ("asked the
// World Bank for a loan", "pressed Georgia for new elections": V + NP + prep + NP, Quirk et al.
// 1985, 16.58), the indirect object before the direct one ("offered Sweden a new round of talks":
// V + iobj + obj, Quirk et al. 1985, 16.55). The phrase then runs from that noun phrase, as
// written; lo otherwise. A pronoun addressee ("asked them for help") names no one by itself and
// is left out.
func (fs *frameSentence) addresseeStart(m frames.Match, h, lo int) int {
	if m.Kind != "verb" || m.Type != graph.Demands && m.Type != graph.Offers || fs.toks[h].Head != m.Cue {
		return lo
	}
	r := fs.toks[h].DepRel
	prepMatter := m.Type == graph.Demands && strings.HasPrefix(r, "obl") && (fs.caseWord(h) == "for" || fs.caseWord(h) == "on")
	if !prepMatter && r != "obj" {
		return lo
	}
	for _, k := range fs.kids[m.Cue] {
		kr := fs.toks[k].DepRel
		if k <= m.Cue || k >= h || !(kr == "iobj" || prepMatter && kr == "obj") || fs.toks[k].UPOS == "PRON" {
			continue
		}
		if klo, _ := fs.phrase(k); klo < lo {
			return klo
		}
	}
	return lo
}

// recipientEnd extends the end hi of the object phrase of an offer over a to-phrase that the
// parser attached to the cue verb right after it ("offered military training to Ukraine's armed
// forces"): with a verb of giving the to-phrase names the recipient (the prepositional paraphrase
// of the indirect object, Quirk et al. 1985, 16.55: "offered him a job" / "offered a job to him").
// A pronoun recipient is left out, as an indirect object pronoun is (addresseeStart). With
// coordinated objects ("shipped rockets and drones to the Houthi rebels") the to-phrase after the
// last conjunct is the recipient of each (a complement shared by conjoined noun phrases, Quirk et
// al. 1985, 13.41; UD attaches it to the verb as obl): the last conjunct's phrase, which ends where
// it begins, takes it.
func (fs *frameSentence) recipientEnd(m frames.Match, h, hi int) int {
	o := h
	if fs.toks[h].DepRel == "conj" && fs.toks[h].Head >= 0 {
		o = fs.toks[h].Head
	}
	if m.Kind != "verb" || m.Type != graph.Offers || fs.toks[o].Head != m.Cue || fs.toks[o].DepRel != "obj" || hi >= len(fs.toks) {
		return hi
	}
	k := fs.toks[hi].Head
	if fs.toks[hi].DepRel != "case" || !strings.EqualFold(fs.toks[hi].Form, "to") || k < 0 || fs.toks[k].Head != m.Cue || !strings.HasPrefix(fs.toks[k].DepRel, "obl") || fs.toks[k].UPOS == "PRON" {
		return hi
	}
	_, e := fs.span(k)
	return max(hi, e)
}

// caseWord returns the lower-cased preposition (UD case dependent) of nominal h, "" when none.
func (fs *frameSentence) caseWord(h int) string {
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel == "case" {
			return strings.ToLower(fs.toks[k].Form)
		}
	}
	return ""
}
