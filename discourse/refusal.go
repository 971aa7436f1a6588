package discourse

import "strings"

// The overt refusal to answer, as a class of shapes rather than a list of sentences (Clayman &
// Heritage 2002, The News Interview, ch. 8: the interviewee declines the question and states no
// position). furniture.txt holds the fixed formulas ("I have no information", "We don't have
// anything to announce"); refusal reads the rest of the class:
//
//	first-person subject + not having + (any/anything) + (more/further …) + what would be given
//	  "I have no further details.", "We don't have any specific information on that.",
//	  "I have nothing to offer at the moment.", "We don't have anything more to share."
//	first-person subject + "not in a position to" + a verb of answering
//	  "I'm not in a position to comment on the talks."
//
// A refusal may open with an adjunct of respect that names the topic declined ("As for the
// specific arrangements, I have no information to release at the moment."; "Regarding the
// visit, …": Quirk et al. 1985, ch. 8 on adjuncts of respect, "as for", "as to", "with regard to",
// "regarding"); the adjunct adds a topic, not a position, so the sentence is still furniture.

// refusalSubjects are the first-person subjects of a refusal, with the forms that fold "have" in.
var refusalSubjects = map[string]bool{"i": true, "we": true, "i've": true, "we've": true, "i'm": true, "we're": true}

// refusalModifiers may stand before the thing not given: "no further details", "any specific
// information" (the additive and restrictive adjectives of the thing withheld).
var refusalModifiers = map[string]bool{"more": true, "further": true, "additional": true, "detailed": true,
	"specific": true, "new": true, "other": true, "any": true, "concrete": true, "particular": true}

// refusalNouns are what a briefer gives a questioner: information, details, an update, an
// announcement, a comment (the nouns of the fixed formulas of furniture.txt and their plurals).
var refusalNouns = map[string]bool{"information": true, "details": true, "detail": true, "update": true,
	"updates": true, "announcement": true, "announcements": true, "comment": true, "comments": true,
	"specifics": true, "readout": true, "news": true}

// refusalVerbs are the verbs of giving information after "nothing/anything … to" and "not in a
// position to": announce, offer, share, add, release, provide, comment, confirm …
var refusalVerbs = map[string]bool{"announce": true, "offer": true, "share": true, "add": true, "release": true,
	"provide": true, "give": true, "comment": true, "confirm": true, "disclose": true, "discuss": true, "elaborate": true,
	"reveal": true, "update": true}

// respectAdjuncts open an adjunct of respect (Quirk et al. 1985, ch. 8): one or two words.
var respectAdjuncts = [][]string{{"as", "for"}, {"as", "to"}, {"as", "regards"}, {"regarding"}, {"concerning"},
	{"with", "regard", "to"}, {"with", "respect", "to"}, {"in", "regard", "to"}, {"on"}, {"about"}}

// contrastWords join a second clause that may state what the refusal does not ("…, but we
// oppose …"): the contrastive conjuncts and conjunctions (Quirk et al. 1985, ch. 13 on "but" and
// "yet"; ch. 8 on "however").
var contrastWords = map[string]bool{"but": true, "however": true, "yet": true, "although": true, "though": true}

// respectFirst holds the first words of respectAdjuncts.
var respectFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range respectAdjuncts {
		m[a[0]] = true
	}
	return m
}()

// refusal reports a sentence's words (lower case, commas kept on their words, as Furniture makes
// them) that decline to answer, after discourse markers and an adjunct of respect.
func refusal(ws []string) bool {
	for _, w := range ws {
		if contrastWords[strings.TrimSuffix(w, ",")] {
			return false // "I have no further details, but we oppose the move": a position follows
		}
	}
	ws = stripMarkers(ws)
	if rest, ok := afterRespectAdjunct(ws); ok {
		ws = stripMarkers(rest)
	}
	if len(ws) < 3 || !refusalSubjects[ws[0]] {
		return false
	}
	w := func(i int) string {
		if i < len(ws) {
			return strings.TrimSuffix(ws[i], ",")
		}
		return ""
	}
	i := 1
	if ws[0] == "i'm" || ws[0] == "we're" || w(1) == "am" || w(1) == "are" {
		// "I'm not in a position to comment"
		if ws[0] == "i" || ws[0] == "we" {
			i++
		}
		return w(i) == "not" && w(i+1) == "in" && w(i+2) == "a" && w(i+3) == "position" && w(i+4) == "to" && refusalVerbs[w(i+5)]
	}
	none := false // "no"/"nothing": the negation is on the object
	switch {
	case ws[0] == "i've" || ws[0] == "we've":
	case w(1) == "have":
		i = 2
	case w(1) == "don't" && w(2) == "have":
		i = 3
	case w(1) == "do" && w(2) == "not" && w(3) == "have":
		i = 4
	default:
		return false
	}
	switch w(i) {
	case "no":
		none = true
		i++
	case "nothing":
		return thingToGive(w, i+1)
	case "anything":
		if none || i == 2 { // "I have anything …" is no refusal
			return false
		}
		return thingToGive(w, i+1)
	default:
		if i == 2 || i == 1 {
			return false // "I have the figures …": nothing negated
		}
	}
	for n := 0; n < 2 && refusalModifiers[w(i)]; n++ {
		i++
	}
	return refusalNouns[w(i)]
}

// thingToGive reads what follows "nothing"/"anything" in a refusal: an optional "more", "further"
// or "new", then the end, "to" and a verb of giving information, "for you", or "on"/"about" a
// topic ("nothing more on that", "anything to share at this point").
func thingToGive(w func(int) string, i int) bool {
	if w(i) == "more" || w(i) == "further" || w(i) == "new" || w(i) == "else" {
		i++
	}
	switch w(i) {
	case "":
		return true
	case "to":
		return refusalVerbs[w(i+1)]
	case "for":
		return w(i+1) == "you"
	case "on", "about", "at":
		return true
	}
	return false
}

// afterRespectAdjunct returns the words after a fronted adjunct of respect that ends at a comma
// within twelve words ("as for the specific arrangements," → the rest), and whether there was one.
func afterRespectAdjunct(ws []string) ([]string, bool) {
	for _, a := range respectAdjuncts {
		if len(ws) <= len(a) {
			continue
		}
		ok := true
		for k, x := range a {
			if strings.TrimSuffix(ws[k], ",") != x || strings.HasSuffix(ws[k], ",") {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for k := len(a); k < len(ws) && k <= len(a)+12; k++ {
			if strings.HasSuffix(ws[k], ",") {
				return ws[k+1:], k+1 < len(ws)
			}
		}
		return nil, false
	}
	return nil, false
}
