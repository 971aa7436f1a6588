package retag

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// VerbAfterSubject re-tags as a finite verb (Penn VBZ) a plural noun in -s that follows a
// singular noun — directly or after one adverb in -ly — in a tagged sentence with no finite verb
// at all: "The government strongly condemns North Korea's launch", "The ministry condemns North
// Korea's launch", which the EWT tagger reads as a noun compound modifying the two-word name
// after it ("condemns" NNS). An independent sentence has a finite verb (Quirk et al. 1985, 2.3,
// 3.52), the -s form is the same for a plural noun and a verb of the third person singular
// (Quirk 3.5), and the singular noun before it is the subject it agrees with; a manner adverb in
// -ly modifies a verb, an adjective or an adverb, not a noun. The first such word is
// taken, and only before any word tagged a verb; a sentence with a finite verb is left as
// tagged ("The state arms exports rose"), and so is one with a verb before the -s word ("We also
// strongly support the IMF and World Bank's efforts", "support" tagged VB).
// It returns whether it re-tagged.
func VerbAfterSubject(forms, upos, xpos []string) bool {
	for i := 1; i < len(forms); i++ {
		if upos[i-1] == "VERB" || upos[i-1] == "AUX" {
			return false // a verb before it, though not tagged finite ("We strongly support" VB)
		}
		w := strings.ToLower(forms[i])
		if upos[i] != "NOUN" || xpos[i] != "NNS" || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
			continue
		}
		h := i - 1
		if xpos[h] == "RB" && strings.HasSuffix(strings.ToLower(forms[h]), "ly") && h > 0 {
			h--
		}
		if xpos[h] != "NN" && xpos[h] != "NNP" {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBZ"
		return true
	}
	return false
}

// nominative are the subject forms of the personal pronouns. A personal pronoun heads its noun
// phrase alone: it takes no determiner role and no noun after it (Quirk et al. 1985, 6.11, 6.14),
// so a word the tagger read as a plural or singular noun right after a nominative pronoun
// opening a clause ("It demands that …", "They offers …") is the clause's verb.
var nominative = map[string]string{"i": "VBP", "we": "VBP", "they": "VBP", "you": "VBP", "he": "VBZ", "she": "VBZ", "it": "VBZ"}

// PronounVerbs re-tags as a finite verb (Penn VBZ after he/she/it, VBP otherwise) a noun tagged
// right after a nominative pronoun that opens the sentence or follows a comma, a semicolon or a
// conjunction ("it demands", "and they warn"); "it" in object position ("made it policy") is not
// at such a place.
func PronounVerbs(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if upos[i] != "NOUN" || (xpos[i] != "NNS" && xpos[i] != "NN") || upos[i-1] != "PRON" {
			continue
		}
		x, ok := nominative[strings.ToLower(forms[i-1])]
		if !ok || i >= 2 && upos[i-2] != "PUNCT" && upos[i-2] != "CCONJ" {
			continue
		}
		// the verb form agrees with the pronoun: -s after he/she/it
		if x == "VBZ" && !strings.HasSuffix(strings.ToLower(forms[i]), "s") {
			continue
		}
		upos[i], xpos[i] = "VERB", x
	}
}

// ThatClauseVerb re-tags as a finite verb (Penn VBZ) a plural noun in -s right after a sentence's
// opening proper name and right before "that", when at most one word after the "that" is tagged
// a finite verb: "Indonesia demands that China respect its zone", "Colombia demands that
// Venezuela recognise the result", which the EWT tagger reads as a noun ("demands" NNS) with a
// relative clause. An independent sentence has a finite verb of its own (Quirk et al. 1985, 2.3,
// 3.52); a that-clause is dependent (Quirk 14.3), so its verb cannot be the sentence's. Were the
// -s word a noun with a relative clause, the sentence would need two finite verbs after "that",
// the relative clause's and the main clause's ("Peace talks that began in May failed"), so a
// sentence with two is left as tagged, as is one with a finite verb before the -s word.
// It returns whether it re-tagged.
//
// The opening subject may also be a determined noun phrase whose head is a singular common noun
// or name ("Our country demands that Colombia restore …", "The ministry demands that …": a
// determiner or possessive determiner, adjectives, nouns, openingSubjectEnd): the -s form then
// agrees with its singular head as the verb of the third person singular does (Quirk 3.5, 3.54),
// while a plural noun cannot follow a singular head in one noun phrase but as a compound's head.
func ThatClauseVerb(forms, upos, xpos []string) bool {
	i := openingSubject(forms, xpos) // zerothat.go
	if i == 0 || i+1 >= len(forms) || upos[i] != "NOUN" || xpos[i] != "NNS" ||
		!strings.HasSuffix(forms[i], "s") || strings.ToLower(forms[i+1]) != "that" {
		return false
	}
	finite := 0
	for k := i + 2; k < len(forms); k++ {
		if forms[k-1] == "," && subordinators.Has(strings.ToLower(forms[k])) {
			// ", since the interruption affects hospitals": an adverbial clause is dependent
			// (Quirk 14.3; data/wordclasses/subordinators.txt) and its verb is neither the sentence's nor a relative clause's; it
			// runs to the next comma
			for k+1 < len(forms) && forms[k+1] != "," {
				k++
			}
			continue
		}
		if FiniteVerb(upos[k], xpos[k]) {
			finite++
		}
	}
	if finite > 1 {
		return false
	}
	upos[i], xpos[i] = "VERB", "VBZ"
	return true
}

// openingSubjectEnd is the end of a determined noun phrase opening the sentence whose last word is
// a singular noun or name: a determiner or possessive determiner (Penn DT, PRP$: "the", "this",
// "our"), any adjectives (JJ), then nouns (NN, NNP), the last the head (an English noun phrase
// ends in its head, Quirk et al. 1985, 17.2). It returns 0 when the sentence opens otherwise.
func openingSubjectEnd(forms, xpos []string) int {
	if len(forms) < 3 || xpos[0] != "DT" && xpos[0] != "PRP$" {
		return 0
	}
	k := 1
	for k < len(forms) && xpos[k] == "JJ" {
		k++
	}
	n := k
	for k < len(forms) && (xpos[k] == "NN" || xpos[k] == "NNP") {
		k++
	}
	if k == n {
		return 0
	}
	return k
}

// ParticipleAfterInfinitive re-tags as a participle (Penn VBN) an -ed form the tagger read as a
// past tense (VBD) right after the base form of a verb that "to" or a modal governs and right
// before a noun, or an adjective and a noun: "a proposal to send rejected asylum seekers to
// return hubs", "will deport convicted smugglers". A finite verb cannot stand there: the base
// verb of an infinitive or of a modal takes its own object, and a word between it and that
// object's noun is a premodifier of the noun (Quirk et al. 1985, 17.98–17.101, participles as
// premodifiers; regular verbs share one form for the past and the -ed participle, 3.14). Read as
// the past, the word became the sentence's main verb with the proposal's author for its subject
// ("the Commission rejected asylum seekers"); as a premodifier it predicates nothing of anyone.
// It returns whether it re-tagged.
func ParticipleAfterInfinitive(forms, upos, xpos []string) bool {
	done := false
	for i := 2; i+1 < len(forms); i++ {
		if xpos[i] != "VBD" || xpos[i-1] != "VB" || xpos[i-2] != "TO" && xpos[i-2] != "MD" {
			continue
		}
		n := i + 1
		if xpos[n] == "JJ" && n+1 < len(forms) {
			n++
		}
		if x := xpos[n]; x != "NN" && x != "NNS" && x != "NNP" && x != "NNPS" {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBN"
		done = true
	}
	return done
}

// subordinators open an adverbial clause (data/wordclasses/subordinators.txt, Quirk et al. 1985,
// 14.12); the loader reads the same class.
var subordinators = lexicon.WordClass("subordinators")
