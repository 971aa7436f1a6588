package discourse

import "strings"

// weAppositive reads the speaker of a statement whose heading names none from its first
// sentence: "We, the undersigned humanitarian organizations, Médecins du Monde, Oxfam and the
// Norwegian Refugee Council, are alarmed …", "We, the leaders of A, B and C, met in …". The noun
// phrase set off by commas after "we" is in apposition to it and identifies who "we" are
// (Quirk et al. 1985, 17.65 and 17.80 on non-restrictive apposition to a personal pronoun), the
// opening of joint statements and declarations (the UN Charter's "We the peoples of the United
// Nations"; NGO joint statements). Read only in the first four paragraphs, under a heading line
// that opens with a heading noun ("Joint statement on …"), before any label: a story quoting such
// a sentence has a headline of its own kind. It returns the appositive's span and paragraph.
func (a *analyzer) weAppositive(labels []*label) (Span, int, bool) {
	headed := false
	for i := 0; i < len(a.paras) && i < 4; i++ {
		if labels[i] != nil {
			return Span{}, -1, false
		}
		ts := a.toks[i]
		if len(ts) > 0 && headingAt(ts, 0) > 0 {
			headed = true
			continue
		}
		if !headed || len(ts) < 6 || !strings.EqualFold(ts[0].text, "we") || ts[1].text != "," {
			continue
		}
		// the appositive ends at the comma after which the sentence goes on in a lower-case
		// word that is no determiner or name connector: the verb ("are", "met", "call")
		for k := 2; k+1 < len(ts) && k < 40; k++ {
			if ts[k].text == "." || ts[k].text == ";" {
				break
			}
			if ts[k].text != "," || k == 2 {
				continue
			}
			next := ts[k+1]
			if isWord(next) && !upperFirst(next.text) && !nameConnectors[next.text] && !determiners[next.text] {
				return Span{ts[2].start, ts[k-1].end}, i, true
			}
		}
		return Span{}, -1, false
	}
	return Span{}, -1, false
}
