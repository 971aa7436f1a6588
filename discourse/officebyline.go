package discourse

import "strings"

// officeByline finds the header line that names the holder of the office a document's title
// names alone ("Spokesperson's Press Briefing (May 8, 2031)" over "Spokesperson and Deputy
// Minister for Public Relations Park Seo-yeon", the Korean foreign ministry's briefing header): a
// line among the three after the title, before any label, that opens with the title's office
// word and goes on in capitalized words and name connectors to the end, with no final period —
// a byline, which names the person under the title (Chicago Manual of Style 1.23). Only a title
// whose speaker is a spokesperson's office word alone is refined so. It returns the line's
// paragraph.
func (a *analyzer) officeByline(title Span, titlePara int, labels []*label) (int, bool) {
	if title.Empty() || titlePara < 0 {
		return -1, false
	}
	office := ""
	for _, w := range strings.Fields(strings.ToLower(a.spanText(titlePara, title))) {
		if w != "the" {
			if office != "" {
				return -1, false
			}
			office = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		}
	}
	if !spokesWords[office] {
		return -1, false
	}
	for i := titlePara + 1; i < len(a.paras) && i <= titlePara+3 && labels[i] == nil; i++ {
		ts := a.toks[i]
		if len(ts) < 3 || len(ts) > 14 || !strings.EqualFold(ts[0].text, office) {
			continue
		}
		ok := true
		for _, t := range ts[1:] {
			ok = ok && (isWord(t) && (upperFirst(t.text) || nameConnectors[t.text]) || t.text == "-")
		}
		if ok && upperFirst(ts[len(ts)-1].text) {
			return i, true
		}
	}
	return -1, false
}

// spanOf is the span of paragraph i's words, first to last.
func (a *analyzer) spanOf(i int) Span {
	ts := a.toks[i]
	return Span{ts[0].start, ts[len(ts)-1].end}
}
