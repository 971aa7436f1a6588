package retag

// Moved from loader/relation_wire.go (restruct6): repairs of the tags of wire sentences before
// the parse.

import "strings"

// FiniteVerb reports a finite lexical verb tag (Penn VBD, VBZ, VBP) or a modal/auxiliary that
// opens the predicate.
func FiniteVerb(upos, xpos string) bool {
	return (upos == "VERB" || upos == "AUX") && (xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD")
}

// FinitelessVerb re-tags as a finite verb (Penn VBZ) a plural noun in -s that is followed by a
// to-infinitive when the tagged sentence has no finite verb at all ("Greece, like its
// neighbours, plans to impose …" tagged NNS): an independent sentence has a finite verb
// (Quirk et al. 1985, 2.3, 3.52), and the -s form is the same for a plural noun and a verb of
// the third person singular (Quirk 3.5, 5.73), which the EWT tagger resolves by the noun reading
// before a name it did not take for a subject.
//
// A sentence whose only finite verb stands in a that-clause after an -s word is re-tagged first
// (ThatClauseVerb, retag_finite.go): its clause's verb is no main verb.
func FinitelessVerb(forms, upos, xpos []string) {
	ParticipleAfterInfinitive(forms, upos, xpos) // retag_finite.go
	PastForParticiple(forms, upos, xpos)
	if ThatClauseVerb(forms, upos, xpos) {
		return
	}
	if VerbBeforeReducedPassive(forms, upos, xpos) { // reducedpassive.go
		return
	}
	for i := range forms {
		if FiniteVerb(upos[i], xpos[i]) {
			return
		}
	}
	for i := 1; i+2 < len(forms); i++ {
		if upos[i] != "NOUN" || xpos[i] != "NNS" || !strings.HasSuffix(forms[i], "s") {
			continue
		}
		if strings.ToLower(forms[i+1]) != "to" || xpos[i+2] != "VB" {
			continue
		}
		if p := upos[i-1]; p != "PROPN" && p != "NOUN" && forms[i-1] != "," {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBZ"
		return
	}
	VerbAfterSubject(forms, upos, xpos) // retag_finite.go
}

// PastForParticiple re-tags as a past tense (Penn VBD) the -ed form the tagger read as a
// participle (VBN) where only the past tense can stand: right after the subject noun phrase or
// after the comma that closes a phrase inserted after it ("Ukraine's foreign minister called
// for …", "India, citing security concerns, banned …", "The government, which faces an
// election, imposed …"), with no auxiliary before it, no by-phrase after it and no finite verb
// after it, and no finite verb before it outside a relative clause. An independent clause has a
// finite verb (Quirk et al. 1985, 2.3, 3.52), and regular verbs (and many irregular ones) share
// one form for the past and the -ed participle (Quirk 3.14–3.16), which the EWT tagger resolves
// by the reduced relative ("the plan proposed by …") where a wire sentence has its predicate.
// A form that is only a participle (-en, -wn, -ne, -un: "taken", "shown", "begun"; Quirk 3.16)
// is left alone. A reporting clause that closes the sentence ("Bhutan destroyed two border posts,
// officials said": closingReportingClause) has its own verb, which is not the reported clause's:
// the reported clause still needs one (Quirk 15.53-15.54 on the reporting clause in final
// position, 14.31 on the reported clause as the reporting verb's object).
func PastForParticiple(forms, upos, xpos []string) {
	relcl := false // inside a comma-set-off relative clause: its finite verb is not the main one
	for i, f := range forms {
		switch {
		case f == ",":
			relcl = i+1 < len(forms) && strings.HasPrefix(xpos[i+1], "W")
		case FiniteVerb(upos[i], xpos[i]) && !relcl:
			return
		case upos[i] == "VERB" && xpos[i] == "VBN" && i > 0:
			p := upos[i-1]
			if p != "NOUN" && p != "PROPN" && forms[i-1] != "," || relcl || participleOnly(strings.ToLower(f)) {
				continue
			}
			if i+1 < len(forms) && strings.ToLower(forms[i+1]) == "by" && !byGerund(forms, upos, xpos, i+1) {
				continue // "backed by …": a participle with its agent
			}
			later := false
			for j := i + 1; j < len(forms); j++ {
				if closingReportingClause(xpos, j) {
					break // "…, officials said.": the reported clause ends at the comma
				}
				if FiniteVerb(upos[j], xpos[j]) {
					later = true
					break
				}
			}
			if later {
				return
			}
			upos[i], xpos[i] = "VERB", "VBD"
			return
		}
	}
}

// byGerund reports "by" at b opening a gerund-participle clause with its own object ("retaliated
// by suspending imports", "responded by expelling two diplomats"): an adjunct of means (Quirk et
// al. 1985, ch. 8 on means adjuncts, "by + -ing clause"), not a passive's agent, which is a noun
// phrase (Quirk et al. 1985, ch. 3 on voice); so the -ed form before it keeps its past-tense
// reading. The -ing form must be followed by a determiner, a number, a pronoun or a noun: its
// object.
func byGerund(forms, upos, xpos []string, b int) bool {
	if b+2 >= len(forms) || xpos[b+1] != "VBG" {
		return false
	}
	switch upos[b+2] {
	case "DET", "NUM", "NOUN", "PROPN", "PRON":
		return true
	}
	return false
}

// participleOnly reports an irregular -ed participle that is no past tense form (Quirk et al.
// 1985, 3.16: "taken", "drawn", "gone", "begun", "sunk", "sung").
func participleOnly(w string) bool {
	for _, s := range []string{"en", "wn", "ne", "un", "nk", "ng", "um"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// closingReportingClause reports that a comma at j opens a reporting clause that ends the
// sentence: finalReportingClause (mandative.go: a noun phrase and a finite verb, "…, officials
// said", "…, the ministry says") followed by the sentence's final punctuation or its end. A
// reporting clause with more after it ("…, officials said, included …") is left to the clause
// it interrupts.
func closingReportingClause(xpos []string, j int) bool {
	if !finalReportingClause(xpos, j) {
		return false
	}
	k := j + 1
	for k < len(xpos) && xpos[k] != "VBD" && xpos[k] != "VBZ" {
		k++
	}
	return k+1 >= len(xpos) || xpos[k+1] == "."
}
