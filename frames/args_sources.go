package frames

import "strings"

// The acting words of a cue's source (moved from args.go): the source and its conjuncts, a time
// noun the parser took for the subject passed over.

// sources returns the acting words for source src of cue i found by frame: src and its
// conjuncts (and the object of "join" for its in-gerund, joinedAgent); for a verb's own subject, every nsubj of the verb (UD allows one: two are a noun
// phrase the parser split, "Human rights organization Amnesty International demanded", and
// each part names the actor); never a time noun ("today urged", a time adjunct the parser took
// for the subject; modality.txt class time).
func (lx *Lexicon) sources(tr *tree, i, src int, frame string) []int {
	if src < 0 {
		return []int{-1}
	}
	heads := []int{src}
	if frame == "verb" && tr.rel(src) == "nsubj" && tr.t[src].Head == i {
		heads = tr.children(i, "nsubj")
	}
	if strings.HasPrefix(frame, "verb") {
		for _, h := range heads {
			heads = append(heads, tr.quasiCoordinated(h)...)
		}
	}
	if frame == "verb-adjunct" {
		if o := lx.joinedAgent(tr, i); o >= 0 {
			heads = append(heads, o) // "joined Governor Smith in calling for …" (coagent.go)
		}
	}
	var out []int
	for _, h := range heads {
		if lx.in("time", tr.lemma(h)) {
			// "Pakistan today threatened" parsed with "today" heading the subject: the noun
			// under it is the subject
			t := h
			h = -1
			for _, k := range tr.kids[t] {
				if r := base(tr.rel(k)); (r == "compound" || r == "nmod" || r == "appos" || r == "flat") && tr.nominal(k) && !lx.in("time", tr.lemma(k)) {
					h = k
					break
				}
			}
			if h < 0 && (tr.finite(i) || tr.t[i].XPOS == "VBN") {
				// "Arab League Secretary-General Chedli Klibi today urged …" with the finite verb
				// hung on the name before it: that noun is the subject (verbSource's attached
				// finite verb)
				if g := tr.t[i].Head; g >= 0 && g < t && tr.nominal(g) {
					switch base(tr.rel(i)) {
					case "parataxis", "acl", "appos", "dep", "conj":
						h = tr.outsideRelative(g, i)
					}
				}
			}
			if h < 0 {
				continue
			}
		}
		if tr.child(h, "det") >= 0 && tr.lemma(tr.child(h, "det")) == "any" {
			// "any WTO member … may ask to join": free-choice any names no one in particular
			// (Quirk et al. 1985 on non-assertive and free-choice any), so no actor acts
			continue
		}
		out = append(out, tr.conjuncts(h)...)
	}
	if len(out) == 0 {
		return []int{-1}
	}
	return out
}
