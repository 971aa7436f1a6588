package loader

import (
	"regexp"
	"strings"

	"github.com/claimgraph/claimgraph/frames"
)

// Enumerators in running text (issue 13, finding 1 of the new-user trial of session 13): a list
// run into a sentence numbers its items with a letter or numeral in parentheses ("The United
// States will (i) modify … and (ii) remove …", "The parties agree to (a) … (b) …") — The Chicago
// Manual of Style, 17th ed., 6.130 "Enumerations run into text": "letters or numerals in
// parentheses". The label is a typographic device, no word of the clause; the parser, trained on
// EWT where such labels are rare, takes "(i)" for the subject or an apposition and cuts the
// clause from its subject. The labels are left out of the parse, as wire furniture is
// (wireLeaveOut), and the words kept are parsed as the sentence without them.

// enumeratorLabel is the label of an item: a lowercase roman numeral up to xx, one lowercase
// letter, or a number of one or two digits (CMOS 6.130 uses all three).
var enumeratorLabel = regexp.MustCompile(`^(?:x{0,2}(?:ix|iv|v?i{0,3})|[a-z]|[0-9]{1,2})$`)

// enumerators marks the tokens of parenthesized item labels in forms: "(" label ")" followed by a
// word, run into the text (neither the first token of the sentence, which is a list item of its
// own, nor after an opening parenthesis). nil when there is none. A parenthesized number after a
// noun with no word after it ("Article 5 (2)") and a parenthesis holding anything else ("(EU)",
// "(the “United States”)") are not labels.
func enumerators(forms []string) []bool {
	var out []bool
	for i := 0; i+3 < len(forms); i++ {
		if forms[i] != "(" || forms[i+2] != ")" || forms[i+1] == "" || !enumeratorLabel.MatchString(forms[i+1]) || !wordForm(forms[i+3]) {
			continue
		}
		if out == nil {
			out = make([]bool, len(forms))
		}
		out[i], out[i+1], out[i+2] = true, true, true
	}
	return out
}

// wordForm reports a token that begins with a letter.
func wordForm(f string) bool {
	for _, r := range f {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return false
}

// leaveOut is wireLeaveOut, enumerators and scareQuotes (wire_scarequotes.go) together: the
// tokens the parser is not given; nil when none.
func leaveOut(forms, upos, xpos []string) []bool {
	out := wireLeaveOut(forms, upos, xpos)
	for _, more := range [][]bool{enumerators(forms), scareQuotes(forms)} {
		if out == nil {
			out = more
			continue
		}
		for i := range more {
			out[i] = out[i] || more[i]
		}
	}
	return out
}

// parseItems parses a sentence whose list items are run into it after a shared opening ("China
// will (i) modify …, by suspending …; and (ii) adopt …", fs.items from the labels left out) item
// by item, and reports whether it did. The items are coordinated predicates that share the
// opening's subject and auxiliary (Quirk et al. 1985, 13.45–13.50: coordination of predicates
// with the subject and operator ellipted in the later conjuncts; CMOS 6.130 on run-in lists), and
// a joint statement's items are long enough (often a hundred words with dates and decree
// numbers) that the parser, given the whole, hangs a later item inside an earlier one. The
// opening and the first item are parsed as one sentence; each later item is parsed after a copy
// of the opening (its subject and auxiliary, as the ellipsis restores them), its own verb hung on
// the first item's as a conjunct, the coordinator and punctuation before it on that verb. False
// (and nothing written) when there are fewer than two items, no opening before the first, or a
// part's root is no verb.
func parseItems(ex *Extractor, fs *frameSentence) bool {
	n := len(fs.toks)
	if len(fs.items) < 2 || fs.items[0] < 1 {
		return false
	}
	// each later item starts at its label; the coordinator and punctuation before the label
	// belong to it (UD: cc and punct hang on the following conjunct)
	lead := make([]int, len(fs.items))
	for k, s := range fs.items {
		lead[k] = s
		for k > 0 && lead[k] > fs.items[k-1] && (fs.toks[lead[k]-1].UPOS == "PUNCT" || fs.toks[lead[k]-1].UPOS == "CCONJ") {
			lead[k]--
		}
		if s >= n || k > 0 && lead[k] <= fs.items[k-1] {
			return false
		}
	}
	saved := make([]frames.Token, n)
	copy(saved, fs.toks)
	restore := func() bool { copy(fs.toks, saved); return false }
	m := fs.items[0] - 1
	for m > 0 && fs.toks[m].UPOS == "PUNCT" {
		m--
	}
	if fs.toks[m].XPOS == "MD" {
		// after a modal each item opens with the base form it governs (Quirk et al. 1985,
		// 3.54), which the tagger, reading "(b) resume purchases" as a noun phrase, may miss
		for _, s := range fs.items {
			if t := &fs.toks[s]; t.UPOS != "VERB" && ex.frames.IsVerb(strings.ToLower(t.Form)) {
				t.UPOS, t.XPOS = "VERB", "VB"
			}
		}
	}
	r0 := parsePart(ex, fs, span(0, lead[1]))
	if r0 < 0 || fs.toks[r0].UPOS != "VERB" {
		return restore()
	}
	pre := make([]frames.Token, fs.items[0])
	preTo := make([]int, fs.items[0])
	for i := range pre {
		pre[i], preTo[i] = fs.toks[i], i
	}
	for k := 1; k < len(fs.items); k++ {
		end := n
		if k+1 < len(fs.items) {
			end = lead[k+1]
		}
		rk := parseFramed(ex, fs, span(fs.items[k], end), pre, nil, preTo, nil)
		if rk < 0 || fs.toks[rk].UPOS != "VERB" {
			return restore()
		}
		fs.toks[rk].Head, fs.toks[rk].DepRel = r0, "conj"
		for j := lead[k]; j < fs.items[k]; j++ {
			fs.toks[j].Head, fs.toks[j].DepRel = rk, "punct"
			if fs.toks[j].UPOS == "CCONJ" {
				fs.toks[j].DepRel = "cc"
			}
		}
	}
	return true
}
