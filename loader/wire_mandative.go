package loader

import (
	"strings"
)

// A mandative that-clause postponed past an adverbial (issue 13, nu16 B7): in "The
// Administration has requested in its budget that Congress authorize the United States to
// subscribe …" the that-clause is the object of "requested", moved to the end past the adverbial
// "in its budget" for end weight (Quirk et al. 1985, 18.39: postponement of a clausal object
// after an adverbial). Its verb is in the mandative subjunctive, the base form after a singular
// subject ("Congress authorize"), which stands only in a that-clause after a word of demand,
// request or proposal (Quirk et al. 1985, 3.58–3.59, 16.32), never in a relative clause, whose
// verb agrees with its subject. The EWT-trained parser hangs it on the adverbial's noun as a
// relative clause ("budget that Congress authorize", with that as obl:unmarked), so the cue in
// it ("authorize") is read as the writer's assertion about Congress instead of the content of
// the request.

// postponedMandative reattaches such a clause to the verb as its ccomp, its "that" the mark: an
// acl:relcl c of a noun n that is an adverbial (obl with a preposition) of a verb v of saying or
// asking (frames classes report, opaque) that has no object or clause of its own, when c's
// "that" is no argument of it (mark or obl:unmarked) and c's verb is the subjunctive base form
// after a singular noun subject (mandativeBase).
func postponedMandative(ex *Extractor, fs *frameSentence) {
	if ex.frames == nil {
		return
	}
	for c := range fs.toks {
		n := fs.toks[c].Head
		if r := fs.toks[c].DepRel; r != "acl:relcl" && r != "acl" || n < 0 || n >= c || fs.toks[n].DepRel != "obl" || !hasCase(fs, n) {
			continue
		}
		v := fs.toks[n].Head
		if v < 0 || v >= n || fs.toks[v].UPOS != "VERB" {
			continue
		}
		l := strings.ToLower(lemmaOf(fs.toks[v]))
		if !ex.frames.InClass("report", l) && !ex.frames.InClass("opaque", l) {
			continue
		}
		own, that, subj := false, -1, -1
		for k := range fs.toks {
			switch h, r := fs.toks[k].Head, fs.toks[k].DepRel; {
			case h == v && (r == "obj" || r == "ccomp" || r == "xcomp" || r == "csubj"):
				own = true
			case h == c && k > n && k < c && strings.EqualFold(fs.toks[k].Form, "that") && (r == "mark" || r == "obl:unmarked"):
				that = k
			case h == c && r == "nsubj" && k > n && k < c:
				subj = k
			}
		}
		if own || that < 0 || subj < that || !mandativeBase(ex, fs, c, subj) {
			continue
		}
		fs.toks[c].Head, fs.toks[c].DepRel = v, "ccomp"
		fs.toks[that].DepRel = "mark"
	}
}

// mandativeBase reports a verb c with no auxiliary whose form is its base form after a singular
// noun subject subj: tagged VB, or tagged as a tense (VBD, VBP, VBZ) on a form equal to its lemma
// that is not one of the verbs whose past is their base (modality.txt invariable: "cut", "put").
// A third-person singular present ends in -s and a regular past in -ed (Quirk et al. 1985, 3.5,
// 3.16), so "Congress authorize" is the subjunctive (Quirk 3.58).
func mandativeBase(ex *Extractor, fs *frameSentence, c, subj int) bool {
	if x := fs.toks[subj].XPOS; x != "NN" && x != "NNP" {
		return false
	}
	for k := range fs.toks {
		if fs.toks[k].Head == c && strings.HasPrefix(fs.toks[k].DepRel, "aux") {
			return false
		}
	}
	t := fs.toks[c]
	switch t.XPOS {
	case "VB":
		return true
	case "VBD", "VBP", "VBZ":
		l := strings.ToLower(lemmaOf(t))
		return strings.ToLower(t.Form) == l && !ex.frames.InClass("invariable", l)
	}
	return false
}

// hasCase reports a nominal n with a preposition (case) of its own; it reads the heads, as the
// wire repairs run before the children lists are built.
func hasCase(fs *frameSentence, n int) bool {
	for k := range fs.toks {
		if fs.toks[k].Head == n && fs.toks[k].DepRel == "case" && k < n {
			return true
		}
	}
	return false
}
