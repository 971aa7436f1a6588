package retag

import "strings"

// reducedPassives returns the -ed forms tagged a past tense (Penn VBD) that stand where only a
// passive participle can: after the noun they follow as a reduced relative clause with its agent,
// "the attacks on civilians carried out by Russia", "the decision announced by the ministry".
// A participle clause postmodifies a noun (Quirk et al. 1985, 17.27–17.28, -ed clauses as
// postmodifiers), and a by-phrase naming an agent marks the passive (Quirk 3.64); the regular
// verb's past and -ed participle share a form (Quirk 3.14), which the EWT tagger resolves as the
// past. Only a regular form in -ed, right after a noun, whose by-phrase follows it directly or
// after a particle ("carried out by") and opens a noun phrase (a determiner, name, noun or
// pronoun: "increased by 5 percent" is a measure, no agent), and only after a determiner that
// follows the word at after (the noun phrase the participle modifies is not the subject).
func reducedPassives(forms, upos, xpos []string, after int) []int {
	var out []int
	for i := after + 2; i+2 < len(forms); i++ {
		if xpos[i] != "VBD" || !strings.HasSuffix(strings.ToLower(forms[i]), "ed") {
			continue
		}
		if p := xpos[i-1]; p != "NN" && p != "NNS" && p != "NNP" && p != "NNPS" {
			continue
		}
		b := i + 1
		if xpos[b] == "RP" || xpos[b] == "RB" {
			b++ // "carried out by"
		}
		if b+1 >= len(forms) || !strings.EqualFold(forms[b], "by") {
			continue
		}
		switch upos[b+1] {
		case "DET", "PROPN", "NOUN", "PRON":
		default:
			continue
		}
		det := false
		for k := after + 1; k < i; k++ {
			det = det || xpos[k] == "DT"
		}
		if det {
			out = append(out, i)
		}
	}
	return out
}

// VerbBeforeReducedPassive is VerbAfterSubject for a sentence whose only finite verbs are the
// past forms of reduced passive relatives (reducedPassives): "France condemns in the strongest
// terms the attacks on civilians carried out by Russia", where the EWT tagger reads "condemns"
// as a noun and "carried" as the sentence's verb. A reduced relative clause is non-finite
// (Quirk et al. 1985, 17.27), so the sentence has no finite verb of its own, which an
// independent sentence needs (Quirk 2.3, 3.52): the -s word after the subject is re-tagged as
// VerbAfterSubject does, and the -ed forms as participles (VBN). It returns whether it
// re-tagged.
func VerbBeforeReducedPassive(forms, upos, xpos []string) bool {
	var finite []int
	for i := range forms {
		if FiniteVerb(upos[i], xpos[i]) {
			finite = append(finite, i)
		}
	}
	if len(finite) == 0 {
		return false
	}
	u := append([]string(nil), upos...)
	x := append([]string(nil), xpos...)
	for _, i := range finite {
		u[i], x[i] = "NOUN", "NN" // out of the way while the subject's verb is sought
	}
	if !VerbAfterSubject(forms, u, x) {
		return false
	}
	v := -1
	for i := range forms {
		if x[i] == "VBZ" && xpos[i] != "VBZ" {
			v = i
		}
	}
	rp := reducedPassives(forms, upos, xpos, v)
	if v < 0 || len(rp) != len(finite) {
		return false // a finite verb that is no reduced relative's: the sentence has its verb
	}
	for k, i := range rp {
		if i != finite[k] || i < v {
			return false
		}
	}
	upos[v], xpos[v] = "VERB", "VBZ"
	for _, i := range rp {
		xpos[i] = "VBN"
	}
	return true
}
