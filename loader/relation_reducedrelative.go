package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/lexicon"
)

// reducedRelativeSource reports a match m whose cue is a past participle the parser made the
// main verb of its clause though a finite verb follows it unlinked: "Nigerian traders expelled
// from Ghana crossed into Togo", parsed with "expelled" as root and "crossed" as its adjunct.
// A clause has one finite predicate unless a conjunction, a subordinator or punctuation joins
// another (Quirk et al. 1985, 13.1 coordination, 14.2 subordination; asyndetic coordination
// needs a comma or semicolon, 13.2), so the first -ed form is the nonfinite postmodifier of its
// subject noun — a reduced passive relative, "traders (who were) expelled from Ghana" (Quirk et
// al. 1985, 17.30, -ed participle clauses as postmodifiers) — and that noun is the patient, not
// the source of a stance (round 24 set T ARGS 1). The follower counts as finite by its tag
// (VBD, VBZ, VBP) or a modal or tense auxiliary; a mark the parser gave it that is a preposition
// ("from Niger reached") is no subordinator (clauselessPreposition). A participle with a direct
// object, or with an auxiliary, or a follower set off by punctuation, is left alone.

func reducedRelativeSource(fs *frameSentence, m frames.Match) bool {
	v := m.Cue
	if m.Source < 0 || m.Source >= v || fs.toks[v].UPOS != "VERB" || fs.toks[v].XPOS != "VBN" && fs.toks[v].XPOS != "VBD" || !strings.HasPrefix(fs.toks[m.Source].DepRel, "nsubj") || fs.toks[m.Source].Head != v {
		return false
	}
	if fs.toks[m.Source].UPOS == "PRON" {
		return false // a personal pronoun takes no postmodifier (Quirk et al. 1985, 17.4); the tag of a noun subject varies ("herders" as VBZ)
	}
	if fs.hasAux(v) {
		return false // "had expelled", "were expelled": a finite verb phrase of its own
	}
	for _, k := range fs.kids[v] {
		if fs.toks[k].DepRel == "obj" {
			return false // "eased restrictions": a passive participle takes no direct object (Quirk et al. 1985, 3.63)
		}
	}
	for _, f := range fs.kids[v] {
		switch fs.toks[f].DepRel {
		case "advcl", "parataxis", "conj": // not ccomp: "said Iceland needs to …", a zero that-clause (Quirk et al. 1985, 15.3)
		default:
			continue
		}
		if f <= v || fs.toks[f].UPOS != "VERB" || !fs.finiteVerb(f) {
			continue
		}
		joined := false
		for _, c := range fs.kids[f] {
			t := fs.toks[c]
			if t.DepRel == "cc" || t.DepRel == "mark" && !clauselessPreposition.Has(strings.ToLower(t.Form)) || strings.HasPrefix(t.DepRel, "nsubj") && t.UPOS == "PRON" {
				joined = true
			}
		}
		for q := v + 1; q < f; q++ {
			joined = joined || fs.toks[q].UPOS == "PUNCT" // "…, the ministry said": a comma joins (or sets off) the clause
		}
		if lo, _ := fs.span(f); joined || lo <= v {
			continue
		}
		return true
	}
	return false
}

// clauselessPreposition: prepositions that never introduce a finite clause
// (data/wordclasses/clauselessprepositions.txt: Quirk et al. 1985, 14.12 lists the conjunctive
// prepositions, which it leaves out), so as a mark they are the parser's error.
var clauselessPreposition = lexicon.WordClass("clauselessprepositions")

// finiteVerb reports a verb at syntax token f that is finite by its tag (past or present tense)
// or by a modal or tense auxiliary, or a bare -ed form with no auxiliary, tagged as participle
// ("crossed"): the past tense and past participle of a regular verb are one form (Quirk et al.
// 1985, 3.11), and a participle hung on a verb as its adjunct with no comma and no auxiliary can
// only be that verb's tense form.
func (fs *frameSentence) finiteVerb(f int) bool {
	switch fs.toks[f].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		if strings.HasSuffix(strings.ToLower(fs.toks[f].Form), "ed") && !fs.hasAux(f) {
			return true
		}
	}
	for _, k := range fs.kids[f] {
		if fs.toks[k].DepRel == "aux" && (fs.toks[k].XPOS == "MD" || fs.toks[k].XPOS == "VBZ" || fs.toks[k].XPOS == "VBP" || fs.toks[k].XPOS == "VBD") {
			return true
		}
	}
	return false
}

// hasAux reports an auxiliary or copula dependent of syntax token f.
func (fs *frameSentence) hasAux(f int) bool {
	for _, k := range fs.kids[f] {
		switch fs.toks[k].DepRel {
		case "aux", "aux:pass", "cop":
			return true
		}
	}
	return false
}
