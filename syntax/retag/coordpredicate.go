package retag

import "strings"

// CoordinatedPredicateVerb re-tags as a finite verb (VERB, VBZ) a word in -s that the tagger read
// as a plural noun right after "and" when the clause before "and" has a finite verb of the third
// person singular (VBZ) and the word is followed by a determiner, a possessive determiner or an
// object pronoun: "Finland rejects the detention of the activists and demands their release",
// "The ministry condemns the raid and urges them to withdraw". Coordinated predicates share the
// subject of the first (Quirk et al. 1985, 13.43-13.45: predication coordination), so the second
// verb agrees with it as the first does (-s, Quirk 3.5); a plural noun cannot take a determiner
// or an object pronoun after it inside its own noun phrase (Quirk 17.2: the determiner opens a
// noun phrase), so the -s word there is a verb with that phrase as its object. The one reading
// that keeps the noun — a zero relative clause after it ("the threats and demands their rivals
// made", Quirk 17.14) — has a finite verb of its own after the word, so a sentence with a finite
// verb after it is left as tagged, as is one whose clause before "and" has no VBZ verb ("the
// detention of leaders and demands for their release": "for" after it, no determiner), and one
// whose word after it is a quantifier ("and friends every day", centralDeterminers) unless a
// to-infinitive follows its noun phrase (objectInfinitive). Returns the number of words re-tagged.
func CoordinatedPredicateVerb(forms, upos, xpos []string) int {
	n := 0
	for i := 2; i+1 < len(forms); i++ {
		w := strings.ToLower(forms[i])
		if upos[i] != "NOUN" || xpos[i] != "NNS" || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.ToLower(forms[i-1]) != "and" {
			continue
		}
		o := i + 1
		objPron := xpos[o] == "PRP" && objectPronouns[strings.ToLower(forms[o])]
		if !(xpos[o] == "DT" && centralDeterminers[strings.ToLower(forms[o])]) && xpos[o] != "PRP$" && !objPron && !prepObjectInfinitive(forms, upos, xpos, o) && !objectInfinitive(forms, upos, xpos, o) {
			continue
		}
		first := false
		for k := i - 2; k >= 0 && forms[k] != ";" && forms[k] != ":"; k-- {
			first = first || xpos[k] == "VBZ" && upos[k] == "VERB"
		}
		if !first {
			continue
		}
		later := false
		for k := o; k < len(forms) && upos[k] != "PUNCT"; k++ {
			// a zero relative clause is restrictive, never set off by punctuation (Quirk et
			// al. 1985, 17.3, 17.14): a finite verb after a comma (", the ministry said")
			// is another clause's
			later = later || FiniteVerb(upos[k], xpos[k])
		}
		if later {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBZ"
		n++
	}
	return n
}

// centralDeterminers are the articles and demonstratives (Quirk et al. 1985, 5.13), which open a
// noun phrase and nothing else; a quantifier ("every", "all") also opens a noun phrase of time
// used as an adverbial ("… and friends every day"), so it is left out.
var centralDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true}

// objectPronouns are the objective forms of the personal pronouns (Quirk et al. 1985, 6.11)
// that stand where the object of a verb does.
var objectPronouns = map[string]bool{"me": true, "us": true, "him": true, "her": true, "them": true, "it": true}

// prepObjectInfinitive reports whether the words from o are a preposition, a noun phrase (a
// proper name, or one opened by a determiner or possessive) and a to-infinitive: "… and calls upon
// Sudan to pull back", "… and appeals to Bolivia to release …". That is the complementation of a
// prepositional verb with object and infinitive (Quirk et al. 1985, 16.5, 16.63: "call on X to
// V", "appeal to X to V"); a plural noun with a prepositional phrase after it takes no
// to-infinitive of its own object, so with a VBZ verb before "and" the -s word is the second
// predicate (analysis25 TAG 1a). At most five words of noun phrase.
func prepObjectInfinitive(forms, upos, xpos []string, o int) bool {
	if o+3 >= len(forms) || upos[o] != "ADP" {
		return false
	}
	return npInfinitive(forms, upos, xpos, o+1)
}

// npInfinitive reports whether the words from k are a noun phrase — a proper name, or one opened
// by a determiner, a possessive or an object pronoun, at most five words — and a to-infinitive.
func npInfinitive(forms, upos, xpos []string, k int) bool {
	if k >= len(forms) || !(upos[k] == "PROPN" || upos[k] == "DET" || xpos[k] == "PRP$" || objectPronouns[strings.ToLower(forms[k])]) {
		return false
	}
	for e := k + 1; e < len(forms) && e <= k+5; e++ {
		if strings.ToLower(forms[e]) == "to" { // TO, or IN before a base-form verb: the infinitive marker either way
			return e+1 < len(forms) && upos[e+1] == "VERB" && xpos[e+1] == "VB"
		}
		if upos[e] != "PROPN" && upos[e] != "NOUN" && upos[e] != "ADJ" && upos[e] != "NUM" && upos[e] != "DET" {
			return false
		}
	}
	return false
}

// objectInfinitive reports whether the words from o are a noun phrase opened by a proper name or
// any determiner — a quantifier included ("all parties", "both sides") — and a to-infinitive:
// "… and urges Niger to open …", "… and urges all parties to respect …". That is the
// complementation of a verb with object and to-infinitive (Quirk et al. 1985, 16.63: "urge / ask /
// tell X to V", object control; UD xcomp); a plural noun takes neither a bare noun phrase nor a
// to-infinitive of its own after it, so with a VBZ verb before "and" (and no finite verb later,
// checked by the caller) the -s word is the second predicate (fix26a, new-user trial 26). At most
// five words of noun phrase, as prepObjectInfinitive reads them.
func objectInfinitive(forms, upos, xpos []string, o int) bool {
	return (upos[o] == "PROPN" || upos[o] == "DET") && npInfinitive(forms, upos, xpos, o)
}
