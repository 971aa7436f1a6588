package input

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// Splitter splits cleaned text into sentences. Paragraphs (text between blank lines) are hard
// boundaries: a headline never merges into the paragraph after it. Inside a paragraph the Punkt
// model of github.com/neurosnap/sentences (its English training data, loaded once) proposes
// boundaries and a few rules of English correct its known faults:
//
//  1. Titles and initials never end a sentence: "Mr.", "Dr.", "Gen.", "Sen." …, a single capital
//     and period ("John F. Kennedy"), and "No."/"vs."/"e.g." before what they introduce.
//  2. A sentence does not start in lower case: "“Why?” he asked." and "at 5 p.m. on Monday" stay
//     whole.
//  3. A closing quote or bracket after final punctuation belongs to the sentence it closes:
//     `“Yes.” He left.` is two sentences, the first ending with its quote mark.
//  4. An attribution line starting with a dash ("— Treasury Secretary Scott Bessent") belongs to
//     the quotation before it.
//  5. An abbreviation that can end a sentence (U.S., U.K., U.N., D.C., Inc., Corp., Co., Ltd.,
//     Jr., Sr., a.m., p.m. …) ends one when the next word is capitalized and opens a sentence:
//     a pronoun, determiner, conjunction or sentence adverb ("The", "He", "But", "However"), or a
//     capitalized plural that the model's training text uses in lower case, i.e. a common noun
//     ("Officials", "Companies"). It does not when the next word is a title or the name of an
//     institution ("U.S. Treasury Secretary", "U.S. Trade Representative", "U.S. Marines"), and
//     Punkt's own break there is undone for such words.
//  6. A number ends a sentence before a capitalized word: Punkt treats "in 2019. We" as an
//     abbreviation, but a number is not one ("It was signed in 2019. China agreed." is two
//     sentences). A number that opens its sentence ("1. The first item") is a list marker and
//     stays.
//  7. After a quotation ending in "?" or "!" and its closing quote, an attribution ("“We
//     won!” Trump said.") continues the sentence: the next words are a name or pronoun of at most
//     four words and a verb of saying.
//
// A Splitter is immutable and safe for concurrent use.
type Splitter struct {
	tok   *sentences.DefaultSentenceTokenizer
	ortho map[string]int
}

// NewSplitter loads the English Punkt model. It returns an error if the embedded training data
// cannot be decoded.
func NewSplitter() (*Splitter, error) {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, fmt.Errorf("loader: loading the English sentence model: %w", err)
	}
	return &Splitter{tok: tok, ortho: tok.Storage.OrthoContext}, nil
}

// Split returns the sentences of text in order. Start and End are Unicode code point offsets into
// text, End exclusive, and Text is exactly text[Start:End] in code points; sentences carry no
// leading or trailing white space. Paragraph is the 0-based index of the blank-line separated
// paragraph; Index counts sentences from 0. White space only yields no sentences.
func (s *Splitter) Split(text string) []Sentence {
	var out []Sentence
	conv := offsetConverter{text: text}
	para := 0
	for _, p := range paragraphSpans(text) {
		for k, seg := range s.splitParagraph(text[p[0]:p[1]]) {
			b0, b1 := p[0]+seg[0], p[0]+seg[1]
			if k == 0 && b1-b0 > 2 && strings.HasPrefix(text[b0:b1], "- ") {
				// a caption's turn mark ("- We believe …"), which the cleaner keeps only in a
				// dialogue (hyphenDialogue; a list's bullet it drops), is no word of the sentence
				b0 += 2
				for b0 < b1 && (text[b0] == ' ' || text[b0] == '\t') {
					b0++ // "-   Halt the flow …": a mark padded with spaces (Markdown list style)
				}
			}
			start := conv.runeOffset(b0)
			end := conv.runeOffset(b1)
			out = append(out, Sentence{Index: len(out), Paragraph: para, Start: start, End: end, Text: text[b0:b1]})
		}
		para++
	}
	return out
}

// paragraphSpans returns the byte spans of the paragraphs of text, trimmed of white space:
// stretches of non-blank lines separated by one or more blank (empty or white-space) lines.
func paragraphSpans(text string) [][2]int {
	var spans [][2]int
	start := -1 // start of current paragraph
	lastEnd := -1
	for i := 0; i <= len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i
		}
		ln := text[i:j]
		if strings.TrimSpace(ln) == "" {
			if start >= 0 {
				spans = append(spans, [2]int{start, lastEnd})
				start = -1
			}
		} else {
			ls := i + (len(ln) - len(strings.TrimLeftFunc(ln, unicode.IsSpace)))
			le := i + len(strings.TrimRightFunc(ln, unicode.IsSpace))
			if start < 0 {
				start = ls
			}
			lastEnd = le
		}
		i = j + 1
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, lastEnd})
	}
	return spans
}

// offsetConverter turns increasing byte offsets into code point offsets in one pass.
type offsetConverter struct {
	text   string
	byteAt int
	runeAt int
}

func (c *offsetConverter) runeOffset(b int) int {
	if b < c.byteAt {
		c.byteAt, c.runeAt = 0, 0
	}
	c.runeAt += utf8.RuneCountInString(c.text[c.byteAt:b])
	c.byteAt = b
	return c.runeAt
}

// Words around a boundary.
var (
	// neverFinal are abbreviations that introduce what follows and so never end a sentence
	// (compared lower case, with their period).
	neverFinal = lowerSet("mr.", "mrs.", "ms.", "messrs.", "mmes.", "dr.", "prof.", "gen.", "sen.",
		"rep.", "reps.", "gov.", "lt.", "col.", "sgt.", "capt.", "cmdr.", "adm.", "maj.", "rev.",
		"hon.", "amb.", "pres.", "supt.", "det.", "insp.", "brig.", "cpl.", "pvt.", "fr.", "st.",
		"mt.", "ft.", "vs.", "v.", "e.g.", "i.e.", "cf.", "approx.", "dept.", "atty.", "sens.")
	// numberAbbrev never end a sentence before a number ("No. 2", "Sec. 301"); "He said no." can.
	numberAbbrev = lowerSet("no.", "nos.", "art.", "sec.", "vol.", "fig.", "pp.", "ch.", "p.")
	// canEndAbbrev are abbreviations that may stand at the end of a sentence.
	canEndAbbrev = lowerSet("inc.", "corp.", "co.", "ltd.", "jr.", "sr.", "bros.", "plc.", "llc.",
		"l.l.c.", "a.m.", "p.m.", "etc.", "n.v.", "s.a.", "ag.", "d.c.")
	// openers are capitalized words that open sentences and are not names.
	openers = lowerSet("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that",
		"these", "those", "there", "but", "and", "yet", "so", "still", "however", "meanwhile",
		"instead", "also", "in", "on", "at", "for", "after", "before", "when", "while", "if", "as",
		"its", "his", "her", "their", "our", "my", "your", "some", "many", "most", "other", "others",
		"both", "each", "several", "not", "now", "then", "last", "next", "such", "under", "since",
		"although", "though", "because", "despite", "during", "what", "why", "how", "who", "where",
		"one", "two", "three", "few", "all", "any", "no", "neither", "nor", "or", "by", "with",
		"without", "from", "to", "earlier", "later", "separately", "officials", "analysts")
	// nameContinuers are words that follow "U.S." and the like inside a name or title.
	nameContinuers = lowerSet("treasury", "secretary", "president", "vice", "department", "dept.",
		"ambassador", "embassy", "consulate", "mission", "army", "navy", "air", "marines", "marine",
		"forces", "armed", "senate", "senator", "house", "congress", "congressman",
		"congresswoman", "court", "courts", "supreme", "trade", "commerce", "state", "states",
		"federal", "government", "administration", "representative", "representatives",
		"attorney", "district", "chamber", "military", "coast", "customs", "census", "bureau",
		"agency", "office", "postal", "steel", "open", "capitol", "central", "command", "special",
		"national", "export", "import", "justice", "defense", "energy", "agriculture", "labor",
		"interior", "transportation", "homeland", "border", "securities", "exchange", "commission",
		"board", "council", "chief", "executive", "officer", "chairman", "chairwoman", "chair",
		"director", "general", "minister", "envoy", "governor", "mayor", "judge", "bank", "banks",
		"reserve", "fed", "olympic", "olympics", "citizenship", "immigration", "naval", "space",
		"geological", "forest", "mint", "airways", "news", "dollar", "treasuries", "intelligence",
		"cyber", "strategic", "pacific", "indo-pacific", "southern", "northern", "european",
		"africa", "central", "international", "global", "development", "investment", "health",
		"food", "drug", "patent", "trademark", "copyright", "election", "elections", "soccer",
		"women's", "men's", "team", "squad", "delegation", "negotiator", "negotiators", "sanctions")
)

func lowerSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// orthoMidLc is Punkt's flag for "seen in lower case inside a sentence" (sentences/ortho.go).
const orthoMidLc = 1 << 5

var (
	reDottedAbbrev = regexp.MustCompile(`^(?:\p{L}\.){2,}$`)
	reNumberFinal  = regexp.MustCompile(`^[$€£¥]?\d[\d,.]*%?\.$`)
	// reAttribution is "Trump said", "The White House said in a statement", "he told": up to four
	// capitalized words or a pronoun, then a verb of saying.
	reAttribution = regexp.MustCompile(`^(?:(?:\p{Lu}[\p{L}.'’-]*|the|of)\s+){1,4}(?:said|says|told|asked|added|wrote|tweeted|posted|replied|responded|declared|insisted|stated|explained|continued|noted|argued|warned|exclaimed|shouted|cried|countered|quipped)\b|^(?:He|She|They|We|I|It)\s+(?:said|says|told|asked|added|wrote|tweeted|replied|insisted|noted|warned)\b`)
)

// splitLastWord returns the last white-space separated word of s, with leading opening quotes and
// brackets removed.
func splitLastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	w := s[i+1:]
	return strings.TrimLeft(w, "(\"'“‘[")
}

// splitFirstWord returns the first word of s without surrounding punctuation other than inner
// apostrophes and hyphens.
func splitFirstWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		s = s[:i]
	}
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// isInitial reports a single capital letter and a period ("F.").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && unicode.IsUpper(r) && w[n:] == "."
}

// splitParagraph returns the byte spans of the sentences of one paragraph.
func (s *Splitter) splitParagraph(p string) [][2]int {
	var segs [][2]int
	for _, t := range s.tok.Tokenize(p) {
		segs = append(segs, [2]int{t.Start, t.End})
	}
	if len(segs) == 0 {
		segs = [][2]int{{0, len(p)}}
	}
	// Rule 3 first: move quotes that Punkt left at the start of the next sentence.
	for i := 1; i < len(segs); i++ {
		prev := strings.TrimRightFunc(p[segs[i-1][0]:segs[i-1][1]], unicode.IsSpace)
		if !endsWithSentencePunct(prev) {
			continue
		}
		j := segs[i][0]
		for j < segs[i][1] && (p[j] == ' ' || p[j] == '\t' || p[j] == '\n') {
			j++
		}
		k := j
		for k < segs[i][1] {
			r, n := utf8.DecodeRuneInString(p[k:])
			if r == '”' || r == '’' || r == ')' || r == ']' || r == '»' ||
				((r == '"' || r == '\'') && (k+n == len(p) || p[k+n] == ' ' || p[k+n] == '\n')) {
				k += n
				continue
			}
			break
		}
		if k > j {
			segs[i-1][1] = k
			segs[i][0] = k
		}
	}
	// Rules 1, 2, 4 and the name-continuer half of 5: merge.
	merged := segs[:0:0]
	for _, sg := range segs {
		if len(merged) > 0 && s.shouldMerge(p[merged[len(merged)-1][0]:merged[len(merged)-1][1]], p[sg[0]:sg[1]]) {
			merged[len(merged)-1][1] = sg[1]
			continue
		}
		merged = append(merged, sg)
	}
	// Rule 5: split after an abbreviation that ends a sentence.
	var out [][2]int
	for _, sg := range merged {
		out = append(out, s.splitAbbrev(p, sg)...)
	}
	// Trim and drop empty spans.
	res := out[:0]
	for _, sg := range out {
		t := p[sg[0]:sg[1]]
		a := sg[0] + len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
		b := sg[0] + len(strings.TrimRightFunc(t, unicode.IsSpace))
		if a < b {
			res = append(res, [2]int{a, b})
		}
	}
	return res
}

// shouldMerge reports whether Punkt's break between prev and next is wrong.
func (s *Splitter) shouldMerge(prev, next string) bool {
	next = strings.TrimLeftFunc(next, unicode.IsSpace)
	if next == "" {
		return true
	}
	lw := strings.ToLower(splitLastWord(prev))
	if neverFinal[lw] {
		return true
	}
	if isInitial(splitLastWord(prev)) {
		return true
	}
	r, n := utf8.DecodeRuneInString(next)
	if numberAbbrev[lw] && unicode.IsDigit(r) {
		return true
	}
	if unicode.IsLower(r) {
		return true
	}
	// "— Scott Bessent, Treasury Secretary" after a quotation.
	if r == '—' || r == '–' || (r == '-' && strings.HasPrefix(next[n:], "-")) {
		return true
	}
	// Only closing punctuation left.
	if strings.TrimFunc(next, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }) == "" {
		return true
	}
	if canEndAbbrev[lw] || reDottedAbbrev.MatchString(lw) {
		return !s.opensSentence(next)
	}
	// Rule 7.
	tp := strings.TrimRightFunc(prev, unicode.IsSpace)
	if lr, _ := utf8.DecodeLastRuneInString(tp); closingQuote(lr) {
		body := strings.TrimRightFunc(tp, closingQuote)
		if er, _ := utf8.DecodeLastRuneInString(body); (er == '?' || er == '!') && reAttribution.MatchString(next) {
			return true
		}
	}
	return false
}

// opensSentence reports whether next, following an abbreviation that may end a sentence, begins a
// new sentence (rule 5).
func (s *Splitter) opensSentence(next string) bool {
	next = strings.TrimLeft(next, "\"'“‘([ ")
	w := splitFirstWord(next)
	r, _ := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsUpper(r) {
		return false
	}
	lw := strings.ToLower(w)
	if nameContinuers[lw] {
		return false
	}
	if openers[lw] {
		return true
	}
	if len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !allCapsWord(w) {
		return s.ortho[lw]&orthoMidLc != 0
	}
	return false
}

// splitAbbrev splits span sg of p after each abbreviation that ends a sentence (rule 5).
func (s *Splitter) splitAbbrev(p string, sg [2]int) [][2]int {
	var out [][2]int
	start := sg[0]
	t := p[sg[0]:sg[1]]
	for i := 0; i < len(t); {
		j := strings.IndexByte(t[i:], ' ')
		if j < 0 {
			break
		}
		j += i
		if j == 0 || t[j-1] != '.' {
			i = j + 1
			continue // only a word ending in a period can end a sentence here
		}
		ws := strings.LastIndexFunc(t[:j], unicode.IsSpace) + 1
		w := strings.TrimLeft(t[ws:j], "(\"'“‘[")
		lw := strings.ToLower(w)
		if ws > 0 && reNumberFinal.MatchString(w) {
			rest := strings.TrimLeft(t[j+1:], "\"'“‘( ")
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				out = append(out, [2]int{start, sg[0] + j})
				start = sg[0] + j + 1
			}
		} else if (canEndAbbrev[lw] || reDottedAbbrev.MatchString(lw)) && !neverFinal[lw] && !isInitial(w) {
			rest := t[j+1:]
			if strings.TrimSpace(rest) != "" && s.opensSentence(rest) {
				out = append(out, [2]int{start, sg[0] + j})
				start = sg[0] + j + 1
			}
		}
		i = j + 1
	}
	return append(out, [2]int{start, sg[1]})
}
