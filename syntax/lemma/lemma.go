// Package lemma gives the lemma (dictionary form) of an English word from its form and its
// part-of-speech tags, following the conventions of UD English EWT: lower case except for proper
// nouns and the pronoun "I", plural proper nouns singularized ("States" → State), verbs to the
// infinitive, comparatives and superlatives to the positive, "n't" → not, "'s" → be/have.
//
// Regular inflection is undone by spelling rules (rules.go). Where the rules are wrong for a word
// the treebank uses (irregular verbs and plurals, pronouns, contractions, abbreviations), an
// exception table learned from the treebank gives the lemma: Learn keeps an exception for a
// (lower-cased form, XPOS) pair only when it is right more often than the rules. Learn also keeps
// the set of lemmas of the treebank, which decides between the readings a rule leaves open
// ("hoped" → hope, not hop). Both are stored as data (Save/Load, a tab-separated text file).
//
// A Lemmatizer is immutable after Learn or Load and safe for concurrent use.
package lemma

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// Transforms stored in the exception table besides a literal lemma.
const (
	same  = "=" // the lemma is the form as written
	lowTr = "~" // the lemma is the form lower-cased
)

// Lemmatizer maps (form, UPOS, XPOS) to a lemma.
type Lemmatizer struct {
	except map[string]string // lower(form) + "\t" + XPOS → transform or literal lemma
	known  map[string]bool   // lower-cased lemmas of the training treebank
}

// Lemma returns the lemma of form given its UPOS and XPOS (Penn Treebank) tags. Unknown or empty
// tags are allowed: the rules then leave the word as it is, lower-cased unless it is tagged
// PROPN. The empty form gives "".
//
// A typographic apostrophe (U+2019) is read as the ASCII one, as EWT lemmatizes it ("’s" → 's
// or be, "n’t" → not).
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	if form == "" {
		return ""
	}
	form = strings.ReplaceAll(form, "\u2019", "'")
	low := lower(form)
	// the key is built on the stack: a map index by string(bytes) does not copy them
	var kb [48]byte
	key := append(append(append(kb[:0], low...), '\t'), xpos...)
	if t, ok := l.except[string(key)]; ok {
		return apply(t, form, low)
	}
	return l.rule(form, low, upos, xpos)
}

func apply(t, form, low string) string {
	switch t {
	case same:
		return form
	case lowTr:
		return low
	}
	return t
}

// rule lemmatizes by the spelling rules alone.
func (l *Lemmatizer) rule(form, low, upos, xpos string) string {
	switch {
	case xpos == "NNPS":
		c := l.pick(candidates(low, xpos))
		if strings.HasPrefix(low, c) {
			return form[:len(c)] // keep the form's capitals: "Americans" → American
		}
		return c
	case xpos == "NNP" || upos == "PROPN":
		return form
	case xpos == "CD" || upos == "NUM":
		return number(low)
	}
	switch xpos {
	case "NNS", "NNPS", "VBZ", "VBD", "VBN", "VBG", "JJR", "RBR", "JJS", "RBS":
		return l.pickOrSelf(candidates(low, xpos), low)
	}
	return low // candidates would give just low, which pickOrSelf returns
}

// number drops the thousands separators of a numeral written in digits, as EWT does
// ("2,000" → 2000); other numerals are lower-cased ("Two" → two).
func number(low string) string {
	if !strings.Contains(low, ",") {
		return low
	}
	// Only digit groups of three after each comma: "1,200.50" yes, "7,5" or "3," no.
	groups := strings.Split(low, ",")
	if len(groups[0]) == 0 || len(groups[0]) > 3 || !digits(groups[0]) {
		return low
	}
	for i, g := range groups[1:] {
		if i == len(groups)-2 {
			g, _, _ = strings.Cut(g, ".")
		}
		if len(g) != 3 || !digits(g) {
			return low
		}
	}
	return strings.ReplaceAll(low, ",", "")
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// pick returns the first candidate that is a known lemma, or else the first candidate.
// pickOrSelf is pick, except that a word which is itself a known lemma keeps its form when no
// candidate is a known lemma: "Rather" tagged RBR is no comparative of "rath" (the exception
// table, learned per form and tag, has only "rather" as RB; found on a sentence-initial "Rather").
func (l *Lemmatizer) pickOrSelf(cands []string, self string) string {
	for _, c := range cands {
		if l.known[c] {
			return c
		}
	}
	if l.known[self] {
		return self
	}
	return cands[0]
}

func (l *Lemmatizer) pick(cands []string) string {
	for _, c := range cands {
		if l.known[c] {
			return c
		}
	}
	return cands[0]
}

// knownUPOS are the tags whose lemmas feed the known-lemma set: the open classes, whose
// inflected forms the rules handle.
var knownUPOS = map[string]bool{"NOUN": true, "VERB": true, "ADJ": true, "ADV": true, "AUX": true}

// Learn builds a Lemmatizer from sentences with gold FORM, LEMMA, UPOS and XPOS. Words whose
// lemma is "_" or empty are skipped.
func Learn(sents []*conllu.Sentence) *Lemmatizer {
	l := &Lemmatizer{except: map[string]string{}, known: map[string]bool{}}
	for _, s := range sents {
		for _, w := range s.Words {
			if knownUPOS[w.UPOS] && w.Lemma != "_" && w.Lemma != "" {
				l.known[lower(w.Lemma)] = true
			}
		}
	}
	type occ struct{ form, lemma, upos string }
	groups := map[string][]occ{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "_" || w.Lemma == "" || w.Form == "" {
				continue
			}
			form := strings.ReplaceAll(w.Form, "\u2019", "'")
			k := lower(form) + "\t" + w.XPOS
			groups[k] = append(groups[k], occ{form, w.Lemma, w.UPOS})
		}
	}
	for k, occs := range groups {
		xpos := k[strings.IndexByte(k, '\t')+1:]
		counts := map[string]int{}
		ruleRight := 0
		for _, o := range occs {
			low := lower(o.form)
			if o.lemma == o.form {
				counts[same]++
			}
			if o.lemma == low {
				counts[lowTr]++
			}
			counts[o.lemma]++ // a literal is right for every casing of the form
			if l.rule(o.form, low, o.upos, xpos) == o.lemma {
				ruleRight++
			}
		}
		best, bestN := "", 0
		for t, n := range counts {
			if n > bestN || n == bestN && (rank(t) < rank(best) || rank(t) == rank(best) && t < best) {
				best, bestN = t, n
			}
		}
		if bestN > ruleRight {
			l.except[k] = best
		}
	}
	return l
}

// rank orders transforms for ties: the form as written, then lower case, then literals.
func rank(t string) int {
	switch t {
	case same:
		return 0
	case lowTr:
		return 1
	case "":
		return 3
	}
	return 2
}

// Accuracy is the share of words whose lemma matches the gold one.
type Accuracy struct {
	Words int
	Right float64
}

// Evaluate lemmatizes every word of gold using the tags given by tags (nil: the gold UPOS and
// XPOS) and compares with the LEMMA column. tags[i] must have one UPOS and XPOS per word of
// gold[i]. Words whose gold lemma is "_" are not counted.
func (l *Lemmatizer) Evaluate(gold []*conllu.Sentence, tags func(i int) (upos, xpos []string)) Accuracy {
	var a Accuracy
	right := 0
	for i, s := range gold {
		var up, xp []string
		if tags != nil {
			up, xp = tags(i)
		}
		for j, w := range s.Words {
			if w.Lemma == "_" {
				continue
			}
			u, x := w.UPOS, w.XPOS
			if tags != nil {
				u, x = up[j], xp[j]
			}
			a.Words++
			if l.Lemma(w.Form, u, x) == w.Lemma {
				right++
			}
		}
	}
	if a.Words > 0 {
		a.Right = float64(right) / float64(a.Words)
	}
	return a
}

// NumExceptions and NumKnown report the sizes of the two tables.
func (l *Lemmatizer) NumExceptions() int { return len(l.except) }

// NumKnown returns the number of known lemmas.
func (l *Lemmatizer) NumKnown() int { return len(l.known) }

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
