package loader

import (
	"strings"
	"sync"

	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/syntax/retag"
)

// Parenthetic material tagged apart (branch cons28). A parenthesis is no part of the clause it
// interrupts: an adverbial set off by commas between a verb and its object ("Kenya condemned, in
// a statement on Monday, the attack"; Quirk et al. 1985, 8.21 and 15.53–15.54 on parenthetic
// disjuncts and adjuncts), a time adjunct in medial position between subject and verb ("Lima on
// Monday rejected the plan": 8.13–8.20, position M), and a closing reporting clause ("…, the
// foreign ministry said in a statement": a comment clause, 15.54 and 16.33, parenthetical to the
// reported act, whose clause is a sentence of its own, 14.28–14.31). The EWT tagger, which reads
// a word by its neighbours, takes the verb before such a comma or after such an adjunct for an
// adjective ("acclaimed ,", "Monday reiterated threat"), the object after the closing comma for a
// verb ("improvised explosive …"), and the verb of a reported clause followed by a reporting
// clause for a noun ("Suriname set deadline …, the ministry said"). The words of the clause are
// therefore tagged as the sentence they make without the parenthesis; the parenthesis keeps the
// tags it had in the whole sentence.

// repairTags runs the tag repairs of the relations stage over the tagged words of fs (forms,
// upos, xpos, parallel to fs.toks). A reported clause followed by a closing reporting clause
// ("Suriname set deadline against Zambia, the foreign ministry said") is repaired first as the
// sentence it is: the repairs for a clause with no finite verb (retag.Sentence, pastAfterSubject)
// would otherwise count the reporting clause's verb as the sentence's, and leave the reported
// clause, which has its own subject and predicate (Quirk et al. 1985, 14.28), without one. The
// whole sentence is repaired after it.
func (d *doc) repairTags(st *sent, fs *frameSentence, forms, upos, xpos []string) {
	parentheticTags(d.x, forms, upos, xpos) // wire_parenthetic.go
	repair := func(forms, upos, xpos []string) {
		pastAfterSubject(d.Lx.PastOnly, d.Lx.PastOnly, forms, upos, xpos) // a past-only form first (wire_pastform.go)
		demon := d.demonymWords(st, fs.starts())
		groupHeadNouns(forms, upos, xpos, d.groupHeadWords(st, fs.starts()))              // relation_nametags.go
		demonymAdjectives(forms, upos, xpos, d.nameWords(st, fs.starts()), demon)         // wire_demonymadj.go
		retag.OneWordNames(forms, upos, xpos, d.countryNameWords(st, fs.starts(), demon)) // relation_nametags.go
		pluralSubjectVerb(d.x.frames, forms, upos, xpos)                                  // first: before VerbAfterSubject takes the object's -s noun (wire_pluralverb.go)
		retag.Sentence(forms, upos, xpos, d.nameWords(st, fs.starts()))                   // syntax/retag
		infinitiveAfterAttempt(d.x.frames, d.x.lemma, forms, upos, xpos)                  // wire_infinitive.go
		pastAfterSubject(d.Lx.PastForms, d.Lx.PastOnly, forms, upos, xpos)                // wire_pastform.go
		pluralSubjectVerb(d.x.frames, forms, upos, xpos)                                  // wire_pluralverb.go
		supplementPastVerb(forms, upos, xpos)                                             // wire_relsupplement.go
		perfectAuxiliary(d.x.frames, d.x.lemma, forms, upos, xpos)                        // wire_perfect.go
	}
	if c := reportedClauseEnd(d.x, forms, upos, xpos); c > 2 {
		repair(forms[:c], upos[:c], xpos[:c])
	}
	repair(forms, upos, xpos)
	d.baseVerbItem(st, forms, upos, xpos) // relation_listitem.go
}

// parentheticTags re-tags, in place, the words of the clause around each parenthesis of forms
// (tagged upos/xpos, as the tagger gave them): a closing reporting clause (the reported clause
// is tagged alone, closed by a full stop), a parenthesis after a verb (medialParenthesis) and a
// medial time adjunct (medialTime).
func parentheticTags(ex *Extractor, forms, upos, xpos []string) {
	if c := reportedClauseEnd(ex, forms, upos, xpos); c > 2 {
		keep := span(0, c)
		retagKept(ex, forms, upos, xpos, keep, true)
	}
	if _, o, c := medialParenthesis(forms, upos, xpos); o > 0 {
		keep := append(span(0, o), span(c+1, len(forms))...)
		retagKept(ex, forms, upos, xpos, keep, false)
	}
	if p, q := medialTime(forms, upos, xpos); p > 0 {
		keep := append(span(0, p), span(q, len(forms))...)
		retagKept(ex, forms, upos, xpos, keep, false)
	}
}

// retagKept tags the words of forms at keep (in order) as one sentence, closed by a full stop
// when stop is set, and writes their tags back; the other words keep theirs.
func retagKept(ex *Extractor, forms, upos, xpos []string, keep []int, stop bool) {
	sub := make([]string, 0, len(keep)+1)
	for _, i := range keep {
		sub = append(sub, forms[i])
	}
	if stop {
		sub = append(sub, ".")
	}
	u, x := make([]string, len(sub)), make([]string, len(sub))
	ex.syn.Tagger().Tag(sub, u, x)
	for k, i := range keep {
		upos[i], xpos[i] = u[k], x[k]
	}
}

// reportScratch holds reportedClauseEnd's token sentences, reused from call to call (every
// token is written before it is read): two calls per tagged sentence made a twentieth of a
// load's allocated bytes (issue 13, speed).
var reportScratch = sync.Pool{New: func() any { return new(frameSentence) }}

// reportedClauseEnd returns the comma that opens a closing reporting clause whose verb is a verb
// of saying (frames modality class report: "…, the foreign ministry said in a statement", "…,
// a spokesman said"), or -1. The shape is invertedReport's (reportClauseComma), read on the
// whole sentence's tags, which are right for the reporting clause however the clause before it
// was tagged.
func reportedClauseEnd(ex *Extractor, forms, upos, xpos []string) int {
	fs := reportScratch.Get().(*frameSentence)
	defer func() {
		clear(fs.toks) // the pool keeps no sentence's strings alive
		reportScratch.Put(fs)
	}()
	if cap(fs.toks) < len(forms) {
		fs.toks = make([]frames.Token, len(forms))
	}
	fs.toks = fs.toks[:len(forms)]
	for i := range forms {
		fs.toks[i] = frames.Token{Form: forms[i], UPOS: upos[i], XPOS: xpos[i]}
	}
	c := reportClauseComma(ex, fs)
	if c < 0 {
		return -1
	}
	if v := reportVerb(fs, c); v <= c || !ex.frames.InClass("report", wireLemma(ex, fs.toks[v])) {
		return -1
	}
	return c
}

// medialParenthesis returns the verb v and the commas o and c that set off an adverbial between
// the verb and what follows it, or 0, 0, 0: a word that can be the clause's verb (tagged a verb, or an -ed form the
// tagger made an adjective), not the sentence's first word, with at most a particle or stranded
// preposition after it ("asked for, in a letter, …"), then the comma o, an adverbial phrase
// opened by a preposition or an adverb with no verb and no other punctuation in it (at most ten
// words), the comma c, and a word after c that can open a noun phrase (an object postponed past
// the parenthesis: Quirk et al. 1985, 8.21, 18.39 end-weight).
func medialParenthesis(forms, upos, xpos []string) (int, int, int) {
	n := len(forms)
	for v := 1; v+4 < n; v++ {
		if !verbLike(forms[v], upos[v], xpos[v]) {
			continue
		}
		o := v + 1
		if (xpos[o] == "RP" || xpos[o] == "IN" || xpos[o] == "TO") && o+1 < n && forms[o+1] == "," {
			o++
		}
		if forms[o] != "," || o+3 >= n || upos[o+1] != "ADP" && upos[o+1] != "ADV" {
			continue
		}
		c := -1
		for k := o + 1; k < n && k <= o+11; k++ {
			if forms[k] == "," {
				c = k
				break
			}
			if upos[k] == "PUNCT" && forms[k] != "-" || upos[k] == "AUX" || upos[k] == "VERB" && xpos[k] != "VBG" && xpos[k] != "VBN" || upos[k] == "SCONJ" || upos[k] == "CCONJ" {
				break
			}
		}
		if c < 0 || c == o+1 || c+1 >= n || upos[c+1] == "PUNCT" || upos[c+1] == "CCONJ" || upos[c+1] == "SCONJ" || upos[c+1] == "AUX" {
			continue
		}
		return v, o, c
	}
	return 0, 0, 0
}

// verbLike reports a word that can be a clause's verb here: tagged a verb, or an adjective or
// participle in -ed (the tagger's reading of a past tense before a comma or after an adjunct).
func verbLike(form, upos, xpos string) bool {
	return upos == "VERB" || upos == "ADJ" && strings.HasSuffix(strings.ToLower(form), "ed")
}

// medialTime returns the span [p, q) of a time adjunct between the subject and the verb ("on
// Monday", "on Tuesday night": on + a day of the wire's dates, docpkg.WireDays, and at most one
// more time noun), or 0, 0: it follows a noun or name and no finite verb precedes it, and the
// word after it is not tagged a finite verb — the case the tagger gets wrong.
func medialTime(forms, upos, xpos []string) (int, int) {
	n := len(forms)
	for p := 1; p+3 < n; p++ {
		if retag.FiniteVerb(upos[p-1], xpos[p-1]) {
			return 0, 0
		}
		if strings.ToLower(forms[p]) != "on" || !docpkg.WireDays.Has(strings.ToLower(forms[p+1])) || upos[p-1] != "NOUN" && upos[p-1] != "PROPN" {
			continue
		}
		q := p + 2
		if docpkg.TimeNouns.Has(strings.ToLower(forms[q])) && q+1 < n {
			q++
		}
		if retag.FiniteVerb(upos[q], xpos[q]) || upos[q] == "PUNCT" {
			return 0, 0
		}
		return p, q
	}
	return 0, 0
}

// detachParenthesis hangs on its verb a parenthesis between the verb and what follows it
// (medialParenthesis on the parsed words) that the parser hung inside the phrase after it ("called
// for, in a letter to the council, new talks": "letter" an nmod of "talks"): a parenthesis is no
// part of the phrase it interrupts (Quirk et al. 1985, 15.54), and an adverbial of the clause is
// the verb's (UD obl). The words of the parenthesis governed from outside it go to the verb, a
// noun as obl; its commas to its head. parentheticalObject then finds the verb's object.
func detachParenthesis(fs *frameSentence) {
	n := len(fs.toks)
	forms, upos, xpos := make([]string, n), make([]string, n), make([]string, n)
	for i, t := range fs.toks {
		forms[i], upos[i], xpos[i] = t.Form, t.UPOS, t.XPOS
	}
	v, o, c := medialParenthesis(forms, upos, xpos)
	if o == 0 || fs.toks[v].UPOS != "VERB" {
		return
	}
	head := -1
	for k := o + 1; k < c; k++ {
		t := &fs.toks[k]
		if t.Head > o && t.Head < c {
			continue
		}
		if t.Head != v {
			t.Head = v
			if t.DepRel == "nmod" || t.DepRel == "appos" {
				t.DepRel = "obl"
			}
		}
		if head < 0 {
			head = k
		}
	}
	if head < 0 {
		return
	}
	for _, k := range []int{o, c} {
		fs.toks[k].Head, fs.toks[k].DepRel = head, "punct"
	}
}
