// Document helpers over one sentence's tokens and the lexicon tables: word classes that need the
// lexicons (speech and belief verbs, cue verbs and nouns, finite auxiliaries, names). speechAt
// also reads sent.Ment, the actors stage's mentions.

package doc

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// SpeechAt reports a speech or belief verb of lx at token i of st that is used as a verb
// (usedAsVerb).
func SpeechAt(lx *lexicon.Lexicons, st *Sent, i int) (lexicon.Entry, bool) {
	e, ok := lx.Speech[st.Toks[i].Lower]
	return e, ok && UsedAsVerb(st, i)
}

// AttitudeAt is speechAt for reportedSpeech: a speech or belief verb, or an attitude verb
// (speech.txt kind attitude: expect, hope, fear …, kept out of lx.speech so that no other reader of
// speech verbs takes "We hope" for a turn's speech or "US fears" for a verb of saying), used as a
// verb.
func AttitudeAt(lx *lexicon.Lexicons, st *Sent, i int) (lexicon.Entry, bool) {
	if e, ok := SpeechAt(lx, st, i); ok || e.Kind != 0 {
		return e, ok
	}
	e, ok := lx.Attitude[st.Toks[i].Lower]
	return e, ok && UsedAsVerb(st, i)
}

// UsedAsVerb reports that token i is used as a verb rather than named: not capitalized inside the
// sentence, not inside a mention, and not after a determiner or possessive ("the report", "a
// statement", "its hope").
func UsedAsVerb(st *Sent, i int) bool {
	t := st.Toks[i]
	if t.Cap && i > 0 || st.Ment[i] >= 0 {
		return false
	}
	if i > 0 && nounOpeners.Has(st.Toks[i-1].Lower) {
		return false
	}
	return true
}

// nounOpeners are the determiners and the genitive 's after which a verb form is a noun (Quirk et
// al. 1985, ch. 5), with "further" and "new" marked review: the words of usedAsVerb's switch until
// restruct9 (data/wordclasses/nounopeners.txt).
var nounOpeners = lexicon.WordClass("nounopeners")

// VerbAfter returns the index of a cue or speech verb of lx after token i of st (auxiliaries,
// adverbs and a medial time adjunct skipped), or -1.
func VerbAfter(lx *lexicon.Lexicons, st *Sent, i int) int {
	for i < len(st.Toks) {
		if e := medialTimeEnd(st, i); e > i {
			i = e // "Protesters on Sunday demanded …"
			continue
		}
		t := st.Toks[i]
		if lx.Speech[t.Lower].Kind != 0 || lx.Attitude[t.Lower].Kind != 0 && !t.Cap {
			return i // (an attitude verb's subject holds a belief: "Farmers fear that …")
		}
		if lx.Cues.Opens(t.Lower) && !t.Cap {
			return i
		}
		if AuxWords.Has(t.Lower) || strings.HasSuffix(t.Lower, "ly") && !t.Cap || t.Kind == text.Quote {
			i++
			continue
		}
		return -1
	}
	return -1
}

// FiniteIn reports a finite auxiliary in tokens [a, b) ("the firm had overcharged", "prices were").
func FiniteIn(st *Sent, a, b int) bool {
	for k := a; k < b && k < len(st.Toks); k++ {
		if FiniteAux.Has(st.Toks[k].Lower) {
			return true
		}
	}
	return false
}

// CapsFit reports whether the match of e at token i is written as e requires: a name written in
// capitals ("U.S.", "UN") matches only capitals. The check is on the name's own first word, past
// the definite article a country's name may take ("The U.S. imposed …" at a sentence's start,
// whose capital T is the sentence's, not the name's: a sentence's first word is capitalized,
// CMOS 17th ed. 8.1), as lexUnit checks it.
func CapsFit(st *Sent, i int, e lexicon.Entry) bool {
	first := st.Toks[i]
	if first.Lower == "the" && i+1 < len(st.Toks) {
		first = st.Toks[i+1]
	}
	return !e.Caps || first.AllCaps
}

// EachCapitalMatch calls f with the lexicon matches (matchNames) at every capitalized token of the
// article, in text order, stepping past each match's end; f returns false to stop the walk.
func (d *Doc) EachCapitalMatch(f func(st *Sent, i int, ents []lexicon.Entry) bool) {
	for _, st := range d.Sents {
		for i := 0; i < len(st.Toks); i++ {
			if !st.Toks[i].Cap {
				continue
			}
			ents, end := d.MatchNames(st, i)
			if end == i+1 && d.CapitalOpensName(st, i, ents) {
				continue // "Sofia Marin": a given name, no mention of the capital (actor_places.go)
			}
			if d.PlaceOpensForeignActor(st, i, end, ents) {
				i = end - 1 // "Georgetown University": no mention of Guyana (placeinname.go)
				continue
			}
			if !f(st, i, ents) {
				return
			}
			if end > i {
				i = end - 1
			}
		}
	}
}

// MatchNames returns the longest lexicon match in d.lx.names at token i, with its end.
func (d *Doc) MatchNames(st *Sent, i int) ([]lexicon.Entry, int) {
	best, n := d.Lx.Names.LongestTokens(st.Toks[i:])
	end := i + n
	if end > i && d.Redefined[st.Toks[end-1].Text] && (end == i+1 || end == i+2 && st.Toks[i].Lower == "the") {
		best = withoutActors(best) // "(the) CPC": an acronym the article defines for a name of its own (actor_acrdefs.go)
	}
	if end == i+1 && continentalAmerica(st, i) {
		best = withoutStates(best)
	}
	return best, end
}

// continentalAmerica reports "America" or "American" at token i after a capitalized "North",
// "South", "Central" or "Latin": the name of a continent or region of the Americas ("the North
// American Development Bank", "Latin American governments", "in South America"), not the United
// States. "America" names either continent as well as the United States (Merriam-Webster,
// "America"; AP Stylebook "America": the continents are North and South America), and the
// countries lexicon gives the word to the United States alone.
func continentalAmerica(st *Sent, i int) bool {
	w := st.Toks[i].Lower
	if i == 0 || w != "america" && w != "american" && w != "americans" || !st.Toks[i-1].Cap {
		return false
	}
	switch st.Toks[i-1].Lower {
	case "north", "south", "central", "latin":
		return true
	}
	return false
}

// withoutStates is ents without the entries that name a state (its name, demonym or capital),
// a new slice.
func withoutStates(ents []lexicon.Entry) []lexicon.Entry {
	var out []lexicon.Entry
	for _, e := range ents {
		if e.Kind != lexicon.EntryCountry && e.Kind != lexicon.EntryDemonym && e.Kind != lexicon.EntryCapital {
			out = append(out, e)
		}
	}
	return out
}

// withoutActors is ents without the dictionary actors (lexicon.EntryActor), a new slice.
func withoutActors(ents []lexicon.Entry) []lexicon.Entry {
	var out []lexicon.Entry
	for _, e := range ents {
		if e.Kind != lexicon.EntryActor {
			out = append(out, e)
		}
	}
	return out
}

// HyphenPlace reports a hyphenated place name whose first part is a place word of nonactors.txt
// ("Saint-Louis", "Port-Gentil"): a place, no person.
func HyphenPlace(lx *lexicon.Lexicons, w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && lx.NonActor[w[:i]] == "place"
}

// QuoteMark (on the doc floor: the surface, claims and relations stages all read quotes) reports a quotation mark as the syntax tokenizer gives it (straight or curly double
// marks, or a single curly or straight mark the tagger tags as an opening or closing quote).
func QuoteMark(form, xpos string) bool {
	switch form {
	case "\"", "\u201c", "\u201d", "``", "''", "\u00ab", "\u00bb":
		return true
	case "\u2018", "\u2019", "'":
		return xpos == "``" || xpos == "''"
	}
	return false
}

// medialTimeEnd returns the end of a time adjunct of day and date words at token i ("on Monday",
// "late on Friday", "on March 3", "Tuesday"), or i when none starts there: wire copy dates an event
// between the subject and its verb ("Farmers on Monday rejected …"; AP Stylebook, "days of the
// week"; Quirk et al. 1985, 8.15 and 8.55, adjuncts of time in medial position), and the clause is
// complete without it. The words are those of wireLeaveOut's medial adjunct (relation_wire.go):
// "on", "late" or "early" (or "late on", "early on"), then day or month names and numbers, the
// first a name. Only capitalized names count, as English writes them: "may" and "march" in lower
// case are a modal and a verb ("Farmers may reject …", "protesters march on …").
func medialTimeEnd(st *Sent, i int) int {
	toks := st.Toks
	j := i
	if j < len(toks) {
		if l := toks[j].Lower; l == "on" || l == "late" || l == "early" {
			j++
			if (l == "late" || l == "early") && j < len(toks) && toks[j].Lower == "on" {
				j++
			}
		}
	}
	if j >= len(toks) || !WireDays.Has(toks[j].Lower) || !toks[j].Cap {
		return i
	}
	e := j + 1
	for e < len(toks) && (WireDays.Has(toks[e].Lower) && toks[e].Cap || toks[e].Kind == text.Num) {
		e++
	}
	return e
}

// SpeechVerbAt reports a speech verb used as a verb at k ("said", "told"), not a noun.
func SpeechVerbAt(lx *lexicon.Lexicons, st *Sent, k int) bool {
	le, ok := SpeechAt(lx, st, k)
	return ok && le.Kind == lexicon.EntrySpeechVerb && le.Form != "ing" && !st.Toks[k].Cap
}
