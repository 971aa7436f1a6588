package discourse

import "strings"

// pressWords are the objects of "briefed" that name the press ("X briefed the press",
// "… briefed reporters"): the UN's and the ministries' opening line of a briefing's summary.
var pressWords = map[string]bool{"press": true, "reporters": true, "journalists": true, "media": true,
	"correspondents": true, "newsmen": true}

// selfIntro reads a briefer introduced in the opening lines only, whose later answers carry no
// label: a paragraph before the first label, among the first five, with a sentence that is the
// speaker's self-introduction, "I am <Name>[, <office>]." or "My name is <Name>[, <office>]."
// (Quirk et al. 1985 §10.8: the identifying "be" with a first-person subject names the
// speaker; Clayman & Heritage 2002, ch. 8: a press conference opens with the briefer's
// self-identification), or whose first sentence reports the briefing with its agent as subject,
// "<Name>[, <office>,] briefed the press/reporters …" (the UN's and ministries' briefing
// summaries). It returns the name with its office, the paragraph, and where the paragraph's own
// words begin after the self-introduction (-1 for the third-person line, which is the
// transcript's heading, not the speaker's turn).
func (a *analyzer) selfIntro(labels []*label) (Span, int, int) {
	for i := 0; i < len(a.paras) && i < 5; i++ {
		if labels[i] != nil {
			break
		}
		ts := a.toks[i]
		for s := 0; s < len(ts); {
			e := s
			for e < len(ts) && ts[e].text != "." && ts[e].text != "?" && ts[e].text != "!" {
				e++
			}
			if sp, ok := selfName(ts[s:e]); ok && e < len(ts) && ts[e].text == "." {
				body := -1
				if e+1 < len(ts) {
					body = ts[e+1].start
				}
				return sp, i, body
			}
			if s == 0 {
				if sp, ok := briefedName(ts[:e]); ok {
					return sp, i, -1
				}
			}
			s = e + 1
		}
	}
	return Span{}, -1, -1
}

// beForms and clauseLinks mark a clause after the name's comma, which no appositive office is.
var beForms = map[string]bool{"am": true, "is": true, "are": true, "was": true, "were": true, "be": true}
var clauseLinks = map[string]bool{"and": true, "but": true, "or": true, "so": true, "who": true, "which": true}

// selfName reads "I am <Name>[, <office>]" / "I'm …" / "My name is …" over one sentence's
// tokens: the name is two to five capitalized words (name connectors between), the office after
// its comma at most sixteen words with no further clause.
func selfName(ts []tok) (Span, bool) {
	n := 0
	switch {
	case len(ts) > 2 && ts[0].text == "I" && ts[1].text == "am":
		n = 2
	case len(ts) > 1 && (ts[0].text == "I'm" || ts[0].text == "I’m"):
		n = 1
	case len(ts) > 3 && ts[0].text == "My" && ts[1].text == "name" && ts[2].text == "is":
		n = 3
	default:
		return Span{}, false
	}
	e := n
	for e < len(ts) && isWord(ts[e]) && (upperFirst(ts[e].text) || nameConnectors[ts[e].text]) {
		e++
	}
	if e-n < 2 || e-n > 5 || !upperFirst(ts[e-1].text) {
		return Span{}, false
	}
	end := e
	if e < len(ts) {
		if ts[e].text != "," {
			return Span{}, false // "I am Prime Minister Ortega's guest": no self-introduction
		}
		words := 0
		for k, t := range ts[e+1:] {
			switch {
			case isWord(t) && (beForms[strings.ToLower(t.text)] || k == 0 && clauseLinks[strings.ToLower(t.text)]):
				// "I'm Leo Brandt, and my guest today is …": a clause, no appositive office
				// (Quirk et al. 1985 §17.65: an appositive is a noun phrase)
				return Span{}, false
			case isWord(t):
				words++
			case t.text != "," && t.text != "-":
				return Span{}, false
			}
		}
		if words == 0 || words > 16 {
			return Span{}, false
		}
		end = len(ts)
	}
	return Span{ts[n].start, ts[end-1].end}, true
}

// briefedName reads "<Name>[, <office>,] briefed the press/reporters …" over a paragraph's first
// sentence: the words before "briefed" name a speaker (speakerWords, commas between), and the
// press follows it.
func briefedName(ts []tok) (Span, bool) {
	b := -1
	for k, t := range ts {
		if strings.EqualFold(t.text, "briefed") {
			b = k
			break
		}
	}
	if b < 2 || b+1 >= len(ts) {
		return Span{}, false
	}
	o := b + 1
	if strings.EqualFold(ts[o].text, "the") && o+1 < len(ts) {
		o++
	}
	if !pressWords[strings.ToLower(ts[o].text)] {
		return Span{}, false
	}
	e := b
	for e > 0 && ts[e-1].text == "," {
		e--
	}
	for j := 0; j < e; j++ {
		if ts[j].text != "," && !speakerWords(ts[j:j+1]) && !(isWord(ts[j]) && nameConnectors[ts[j].text]) {
			return Span{}, false
		}
	}
	return Span{ts[0].start, ts[e-1].end}, true
}
