package retag

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// mandativeVerbs take a that-clause in the mandative subjunctive (data/wordclasses/
// mandativeverbs.txt; Quirk et al. 1985, 16.32).
var mandativeVerbs = lexicon.WordClass("mandativeverbs")

// mandativeNouns take an appositive that-clause in the mandative subjunctive ("his demand that
// the government resign"; data/wordclasses/mandativenouns.txt; Quirk et al. 1985, 16.32, 17.26).
var mandativeNouns = lexicon.WordClass("mandativenouns")

// MandativeClauseVerb re-tags as the base form (Penn VB) the verb of a that-clause after a verb
// of demand, request or proposal that the EWT tagger read as a singular noun or an adjective after
// the clause's subject: "demanded that the European Union review the deal" (review NN), "asked
// that the United Nations send observers" (send NN), "urged that Russia free the sailors" (free
// JJ), "insisted that Bolivian authorities hand over the suspects" (hand NN). The verbs of the
// class mandativeverbs take a content clause in the mandative subjunctive, whose verb is the bare
// base form whatever its subject (Quirk et al. 1985, 16.32; Huddleston & Pullum 2002, 11 §7.1);
// a content clause is a clause and has a verb (Quirk 14.2–14.3), so where the clause, up to its
// first punctuation, has no word tagged a verb or auxiliary, the verb is the word that follows a
// noun phrase of names, nouns and adjectives (its subject, after an optional determiner) and
// precedes the opening of an object: a determiner, possessive, numeral or plural noun, or a
// particle before one ("hand over the"), or the clause's end ("that the government resign.",
// an intransitive verb; or "resign, the party said", before a final reporting clause). A noun phrase ends in its head (Quirk 17.2), so a
// singular noun or adjective followed by a determined noun phrase is no further premodifier of
// it. The word must be lower case and not end in -s, the base form's shape (Quirk 3.5). Only the
// first such word is re-tagged; a clause with a word tagged a verb anywhere before its first
// punctuation ("that the dispute over the islands be settled") is left as tagged; a participle
// (VBN, VBG) is no clause's verb without an auxiliary ("the detained sailors", Quirk 3.56, 17.98).
// A noun of the class mandativenouns takes the same clause in apposition ("repeated his demand
// that the government resign", resign NN; Quirk 16.32, 17.26): its that-clause is read alike (a
// relative clause after the noun has its own verb, "the demand that Moscow made", and is left). It
// returns whether it re-tagged.
func MandativeClauseVerb(forms, upos, xpos []string) bool {
	done := false
	for m := 0; m+3 < len(forms); m++ {
		t := mandativeThat(forms, upos, xpos, m)
		if t < 0 || t+1 >= len(forms) {
			continue
		}
		if v := subjunctiveVerbAt(forms, upos, xpos, t+1); v > 0 {
			upos[v], xpos[v] = "VERB", "VB"
			done = true
		}
	}
	return done
}

// subjunctiveVerbAt returns the index of the noun- or adjective-tagged base-form verb of the
// clause that opens at s (after "that"), or -1: see MandativeClauseVerb.
// A word tagged a past tense (VBD) directly after a noun inside a mandative
// clause ("demanded that Belarus free two journalists held in Minsk") is no obstacle to finding
// the clause's verb before it. The mandative clause's verb is the base form, subjunctive or
// after "should" (Quirk et al. 1985, 16.32), never a past tense, so the -ed form there is the
// past participle of a reduced relative clause postmodifying the noun (Quirk 17.98: "the
// journalists (who were) held in Minsk"), the VBD/VBN homograph of regular and most irregular
// verbs (Quirk 3.13). The candidate verb must still come before it and be followed by the
// opening of its object, which must open with a determiner or numeral ("free two journalists
// held", not "that Chad border guards fired on …", a compound subject), and the participle takes no
// object of its own, being passive (Quirk 17.98); "that the journalists held out" is not touched.
func subjunctiveVerbAt(forms, upos, xpos []string, s int) int {
	part := -1 // a past tense after a noun that may be a participle (above)
	for k := s; k < len(forms) && upos[k] != "PUNCT"; k++ {
		if k > s && (xpos[k] == "WP" || xpos[k] == "WDT") && nounTag(xpos[k-1]) {
			// "that Portco rehire 80 pilots who were fired after the merger": a relative
			// pronoun after a noun opens a relative clause postmodifying it (Quirk et al. 1985,
			// 17.10-17.14); its verb is the relative clause's, not the content clause's, so the
			// search for a verb of the content clause stops there
			break
		}
		if part < 0 && xpos[k] == "VBD" && k > s && nounTag(xpos[k-1]) && !objectOpens(forms, xpos, k+1) {
			part = k
			continue
		}
		if k > s+1 && xpos[k-1] == "CC" && xpos[k] == "VB" {
			// "that China end the measures and restore clearance": a base form after a
			// coordinator is the second of coordinated predicates sharing the subject (Quirk
			// 13.46-13.52), whose first conjunct is the verb sought before it
			break
		}
		if upos[k] == "AUX" || upos[k] == "VERB" && xpos[k] != "VBN" && xpos[k] != "VBG" {
			return -1 // the clause has its verb ("that the dispute over the islands be settled")
		}
	}
	v := subjunctiveCandidate(forms, upos, xpos, s)
	if v > 0 && part > 0 && !(part > v+2 && determinedObject(xpos[v+1])) {
		return -1 // the past tense may be the clause's verb ("that Chad border guards fired on …")
	}
	return v
}

// determinedObject reports that an object noun phrase opens with a determiner, possessive or
// numeral (Quirk et al. 1985, 5.10), which a compound subject's second noun does not.
func determinedObject(x string) bool {
	return x == "DT" || x == "PRP$" || x == "CD"
}

// subjunctiveCandidate is subjunctiveVerbAt's search for the verb after the clause's subject.
func subjunctiveCandidate(forms, upos, xpos []string, s int) int {
	i := s
	if xpos[i] == "DT" || xpos[i] == "PRP$" {
		i++
	}
	nominals := 0
	for ; i+1 < len(forms); i++ {
		if xpos[i] == "VBN" || xpos[i] == "VBG" {
			continue // a participle premodifier ("the detained sailors")
		}
		if upos[i] == "VERB" || upos[i] == "AUX" || upos[i] == "PUNCT" || upos[i] == "SCONJ" || upos[i] == "CCONJ" {
			return -1 // the clause ends, or a subordinate one opens, before any candidate
		}
		x := xpos[i]
		w := forms[i]
		if nominals > 0 && (x == "NN" || x == "JJ") && w == strings.ToLower(w) && !strings.HasSuffix(w, "s") && (objectOpens(forms, xpos, i+1) || sentenceEnds(xpos, i+1) || finalReportingClause(xpos, i+1)) {
			return i
		}
		switch x {
		case "NN", "NNS", "NNP", "NNPS", "JJ":
			nominals++
		case "POS":
			if nominals == 0 {
				return -1
			}
			// "that Bolivia's interim government end …": a genitive is the determiner of the
			// subject's noun phrase (Quirk et al. 1985, 5.115, 17.2), which goes on to its head
			nominals = 0
		case "IN":
			if nominals == 0 || strings.ToLower(w) != "of" || i+1 >= len(forms) || xpos[i+1] != "NNP" && xpos[i+1] != "DT" {
				return -1
			}
			// "that the Government of Nicaragua release …": an of-phrase postmodifies the
			// subject's head (Quirk et al. 1985, 17.38); the subject goes on to its end
		default:
			return -1
		}
	}
	return -1
}

// nounTag reports a Penn noun tag (NN, NNS, NNP, NNPS).
func nounTag(x string) bool {
	return x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS"
}

// sentenceEnds reports that the sentence ends at j (its final punctuation, Penn ".", or its
// end): the word before it, after the subject's noun phrase, is an intransitive verb ("demanded
// that the government resign."), since a content clause has a verb (Quirk 14.2–14.3) and the
// tagger found none in it. A comma is no such end: the subject may go on in apposition ("the
// trade review panel, not Peru, decide").
func sentenceEnds(xpos []string, j int) bool {
	return j >= len(xpos) || xpos[j] == "."
}

// finalReportingClause reports that a comma at j opens a reporting clause in final position, a
// noun phrase (possibly none: "…, said the minister") and a finite verb, past or present
// (Quirk et al. 1985, 15.53–15.54: "…resign, the party said", "…, a statement said"): the
// content clause ends at the comma, as at the sentence's end. A comma followed by anything else
// ("the panel, not Peru, decide") may go on with the subject, and is no end.
func finalReportingClause(xpos []string, j int) bool {
	if j >= len(xpos) || xpos[j] != "," {
		return false
	}
	k := j + 1
	for k < len(xpos) {
		switch xpos[k] {
		case "DT", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD":
			k++
			continue
		}
		break
	}
	return k < len(xpos) && (xpos[k] == "VBD" || xpos[k] == "VBZ")
}

// objectOpens reports that a noun phrase opens at j: a determiner, possessive determiner, numeral
// or plural noun (Quirk 5.10, 17.2), or a particle of a phrasal verb (Penn RP, or the same word
// tagged a preposition; the commonest particles, Quirk 16.3) directly before one.
func objectOpens(forms, xpos []string, j int) bool {
	if j >= len(forms) {
		return false
	}
	switch xpos[j] {
	case "DT", "PRP$", "CD", "NNS":
		return true
	case "RP", "IN", "RB":
		if j+1 < len(forms) && (xpos[j+1] == "DT" || xpos[j+1] == "PRP$" || xpos[j+1] == "CD" || xpos[j+1] == "NNS") {
			switch strings.ToLower(forms[j]) {
			case "over", "down", "up", "off", "out", "back":
				return true
			}
		}
	}
	return false
}

// afterTimeAdjunct returns the index after a short adjunct of time at j between a verb and its
// that-clause, or j when none: a preposition with a noun phrase of up to three words ending in a
// noun ("on Tuesday", "on 3 May", "at the weekend"), or one adverb ("yesterday", "again"). (A
// bare noun phrase of time, "last week that …", is left: the parser then reads a relative
// clause on the noun whatever the tags.) An adverbial
// may stand between the verb and its complement clause, which then follows it (Quirk et al.
// 1985, 8.15 on medial and end positions, 18.38 on end weight): "demanded on Tuesday that
// Bolivia end the police presence" is the mandative clause of "demanded" as without it.
func afterTimeAdjunct(forms, xpos []string, j int) int {
	if j >= len(forms) {
		return j
	}
	switch {
	case xpos[j] == "IN" && strings.ToLower(forms[j]) != "that":
		for k := j + 1; k < len(forms) && k <= j+3; k++ {
			switch xpos[k] {
			case "DT", "CD", "JJ":
				continue
			case "NN", "NNP", "NNS":
				if k+1 < len(forms) && strings.ToLower(forms[k+1]) == "that" {
					return k + 1
				}
				continue
			}
			return j
		}
	case xpos[j] == "RB":
		return j + 1
	}
	return j
}

// mandativeThat returns the index of the "that" opening the content clause of a mandative verb
// (mandativeverbs) or noun (mandativenouns) at m — right after it, or after a time adjunct
// following the verb ("demanded on Tuesday that …") — or -1 when m is no such head or no "that"
// follows it there. Shared by MandativeClauseVerb and SubjunctiveBase.
func mandativeThat(forms, upos, xpos []string, m int) int {
	w := strings.ToLower(forms[m])
	if !(upos[m] == "VERB" && mandativeVerbs.Has(w) || upos[m] == "NOUN" && mandativeNouns.Has(w)) {
		return -1
	}
	t := m + 1
	if upos[m] == "VERB" {
		t = afterTimeAdjunct(forms, xpos, t)
	}
	if t >= len(forms) || strings.ToLower(forms[t]) != "that" {
		return -1
	}
	return t
}
