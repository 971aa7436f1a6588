package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// stateBodyHeads are the heads of the bodies every state has (data/wordclasses/stateheads.txt:
// CAMEO codebook actor sectors GOV, LEG, JUD, MIL, COP — ministry, department, court, parliament,
// police, army …), read by citable.
var stateBodyHeads = lexicon.WordClass("stateheads")

// The citable test of the participial ", citing X" adjunct (issue 13, frames18, blind round 8
// class 14): frame (args.go) drops a CITES whose object is a reason, not a source.

// citable reports noun n as something one can cite as evidence or authority (contract CITES
// "invokes as evidence or authority"): a text, finding or ruling (modality.txt evidence), a noun
// of saying (report-noun), a person or body that informs (informant), a name (PROPN), the common
// noun heading a state body's description ("quoting the health ministry", "citing the police":
// stateBodyHeads), or a noun whose nmod is one of these ("its obligations under the Montreux
// Convention").
func (lx *Lexicon) citable(tr *tree, n, depth int) bool {
	l := tr.lemma(n)
	if tr.t[n].UPOS == "PROPN" || lx.in("evidence", l) || lx.in("report-noun", l) || lx.in("informant", l) {
		return true
	}
	if tr.t[n].UPOS == "NOUN" && stateBodyHeads.Has(strings.ToLower(l)) {
		// a state's ministry, court, parliament or police described by a common noun is the
		// organization a name would be, a source of attribution as persons and organizations
		// are (PARC 3.0); the EWT-only tagger read "ministry" after a lower-case premodifier
		// as a proper noun, the parse26b tagger reads it NN, as EWT tags it
		return true
	}
	if depth > 1 {
		return false
	}
	for k := range tr.t {
		if tr.t[k].Head == n && (base(tr.rel(k)) == "nmod" || tr.rel(k) == "compound") && lx.citable(tr, k, depth+1) {
			return true // "intelligence reports", "a report by the United Nations"
		}
	}
	return false
}

// splitCompoundHead reports the word right after object o of cue i, hung on o or i, whose form is
// a citable noun (modality.txt evidence, report-noun): "citing the court ruling" with "ruling"
// tagged a verb, the parser's split of a noun compound whose head is its last noun (Quirk et al.
// 1985, 17.104).
func (lx *Lexicon) splitCompoundHead(tr *tree, i, o int) bool {
	k := o + 1
	if k >= len(tr.t) || tr.t[k].Head != o && tr.t[k].Head != i {
		return false
	}
	f := strings.ToLower(tr.t[k].Form)
	return lx.in("evidence", f) || lx.in("report-noun", f)
}

// commaParticiple repairs the parser's reading of a participle clause set off by commas as an
// adjective on the noun after it ("Israel, citing video footage, said …", "said, citing police
// figures, that …": citing tagged amod of footage/figures). A participle after a comma that
// modifies the next noun is a supplementive clause (Quirk et al. 1985, 15.60), never an
// attributive adjective (which stands inside its noun phrase, 7.17): the noun is its object and
// its subject is the matrix clause's — the subject of the verb the noun hangs on, or, when the
// parser made the object that subject, the nominal before the first comma. Returns (source,
// object); object -1 when the participle is not so placed.
func (tr *tree) commaParticiple(i int) (int, int) {
	h := tr.t[i].Head
	if tr.rel(i) != "amod" || tr.t[i].XPOS != "VBG" || i == 0 || tr.t[i-1].Form != "," || h <= i {
		return -1, -1
	}
	g := tr.t[h].Head
	if g < 0 || tr.t[g].UPOS != "VERB" {
		return -1, h
	}
	if s, _ := tr.verbSource(g, 0); s >= 0 && s != h {
		return s, h
	}
	for _, k := range tr.kids[g] {
		if k < i-1 && tr.nominal(k) && !tr.timeNoun(k) && (strings.HasPrefix(tr.rel(k), "obl") || strings.HasPrefix(tr.rel(k), "nsubj")) && tr.caseOf(k) == "" {
			return k, h
		}
	}
	return -1, h
}

// compoundHeadClause reports a gerund-participle clause k that is really a noun phrase whose head
// noun the parser read as the verb: "citing a European Commission ruling" parsed as a clause
// "[a European Commission] ruling" (ccomp of citing, with the modifiers as its subject). A clause
// of a verb whose form is a citable noun (modality.txt evidence, report-noun: ruling, finding)
// with no complement, adverbial or subordinator of its own has nothing of a clause but its
// subject, and a noun compound's head is its last noun (Quirk et al. 1985, 17.104), as
// splitCompoundHead reads the same split with the head hung elsewhere. The noun phrase is what
// is cited.
func (lx *Lexicon) compoundHeadClause(tr *tree, k int) bool {
	if k < 0 || tr.rel(k) != "ccomp" || tr.t[k].XPOS != "VBG" || tr.child(k, "nsubj") < 0 {
		return false
	}
	f := tr.lower[k]
	if !lx.in("evidence", f) && !lx.in("report-noun", f) {
		return false
	}
	for _, c := range tr.kids[k] {
		switch base(tr.rel(c)) {
		case "obj", "iobj", "ccomp", "xcomp", "obl", "advmod", "advcl", "mark", "aux", "cop":
			return false
		}
	}
	return true
}
