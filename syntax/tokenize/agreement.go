package tokenize

import (
	"unicode"

	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// Agreement counts how the tokenization of a text matches a reference tokenization, such as a
// treebank's tokens for its "# text" line.
type Agreement struct {
	Gold, Predicted, Matched int // surface tokens: in the reference, from Tokenize, with equal spans
	// WordsGold, WordsMatched count syntactic words inside the matched surface tokens (a
	// multiword token is matched as words only if it splits into the same forms).
	WordsGold, WordsMatched int
	Unaligned               int // reference sentences whose tokens could not be found in the text
}

// Add merges b into a.
func (a *Agreement) Add(b Agreement) {
	a.Gold += b.Gold
	a.Predicted += b.Predicted
	a.Matched += b.Matched
	a.WordsGold += b.WordsGold
	a.WordsMatched += b.WordsMatched
	a.Unaligned += b.Unaligned
}

// F1 is the harmonic mean of precision (Matched/Predicted) and recall (Matched/Gold) of
// surface-token spans.
func (a Agreement) F1() float64 {
	if a.Gold+a.Predicted == 0 {
		return 0
	}
	return 2 * float64(a.Matched) / float64(a.Gold+a.Predicted)
}

// Surface is one reference surface token: its text and the syntactic words it splits into (one
// word, the token itself, unless it is a multiword token).
type Surface struct {
	Form  string
	Words []string
}

// Compare tokenizes text and compares it with the reference surface tokens, which must appear
// in text in order separated only by white space. When they do not, the sentence counts as
// Unaligned and nothing else is counted.
func Compare(text string, gold []Surface) Agreement {
	rs := []rune(text)
	type span struct{ a, b int }
	goldSpans := make([]span, len(gold))
	p := 0
	for i, g := range gold {
		for p < len(rs) && unicode.IsSpace(rs[p]) {
			p++
		}
		f := []rune(g.Form)
		if p+len(f) > len(rs) || string(rs[p:p+len(f)]) != g.Form {
			return Agreement{Unaligned: 1}
		}
		goldSpans[i] = span{p, p + len(f)}
		p += len(f)
	}
	toks := Tokenize(text)
	// Group fused words into surface tokens.
	type surf struct {
		a, b  int
		words []string
	}
	var pred []surf
	for i := 0; i < len(toks); i++ {
		s := surf{a: toks[i].Start, b: toks[i].End, words: []string{toks[i].Form}}
		for toks[i].Fused && i+1 < len(toks) {
			i++
			s.b = toks[i].End
			s.words = append(s.words, toks[i].Form)
		}
		pred = append(pred, s)
	}
	var ag Agreement
	ag.Gold, ag.Predicted = len(gold), len(pred)
	at := map[span]int{}
	for i, s := range pred {
		at[span{s.a, s.b}] = i
	}
	for i, g := range gold {
		ag.WordsGold += len(g.Words)
		j, ok := at[goldSpans[i]]
		if !ok {
			continue
		}
		ag.Matched++
		if equal(pred[j].words, g.Words) {
			ag.WordsMatched += len(g.Words)
		}
	}
	return ag
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Reference returns the surface tokens of a CoNLL-U sentence: each multiword token with the
// words it covers, and every other word alone.
func Reference(s *conllu.Sentence) []Surface {
	mw := map[int]conllu.MultiWord{}
	for _, m := range s.MultiWords {
		mw[m.First] = m
	}
	var out []Surface
	for i := 0; i < len(s.Words); i++ {
		w := s.Words[i]
		if m, ok := mw[w.ID]; ok && m.Last >= m.First && m.Last <= len(s.Words) {
			g := Surface{Form: m.Form}
			for k := m.First; k <= m.Last; k++ {
				g.Words = append(g.Words, s.Words[k-1].Form)
			}
			out = append(out, g)
			i = m.Last - 1
			continue
		}
		out = append(out, Surface{Form: w.Form, Words: []string{w.Form}})
	}
	return out
}
