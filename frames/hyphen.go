package frames

import "strings"

// Hyphenated dictionary words. CAMEO.2.0.txt writes compounds with a hyphen as one word
// ("- * SELF-RULE" [1044] # INSTITUTE, "PEACE-KEEPING", "ARM-IN-ARM", "SIT-IN"), and the
// tokenizer splits a hyphenated compound at its hyphens ("self", "-", "rule"), the parser making
// the last part the head and the parts before it its compound modifiers: a hyphenated compound is
// right-headed like an open one (Quirk et al. 1985, App. I.57-I.59 on compounds and their
// hyphenation; AP Stylebook, "hyphen": the hyphen joins the words of a compound modifier or
// noun). So a token matches a hyphenated dictionary word when it is the compound's last part and
// the parts before it, each followed by a hyphen token, spell the rest of the word.

// hyphenWord reports whether token i ends the hyphenated compound w: its form or lemma is w's
// last part (or that part's plural, as sameWord allows: "sit-ins" for "SIT-IN") and the tokens
// before it are w's other parts with hyphens between.
func (tr *tree) hyphenWord(i int, w string) bool {
	parts := strings.Split(w, "-")
	last := parts[len(parts)-1]
	l, f := tr.lem[i], tr.lower[i]
	if l != last && f != last && f != last+"s" && f != last+"es" && l+"s" != last {
		return false
	}
	j := i
	for k := len(parts) - 2; k >= 0; k-- {
		if j-2 < 0 || tr.lower[j-1] != "-" || tr.lower[j-2] != parts[k] {
			return false
		}
		j -= 2
	}
	return true
}

// hyphenKeys returns the hyphenated spellings that token i ends ("self-rule" for "rule" after
// "self", "-"; "arm-in-arm" over three parts), up to four parts, for looking a pattern up by its
// object word.
func (tr *tree) hyphenKeys(i int) []string {
	var out []string
	s := tr.lower[i]
	if tr.lem[i] != "" {
		s = tr.lem[i]
	}
	for j := i; j-2 >= 0 && tr.lower[j-1] == "-" && len(out) < 3; j -= 2 {
		s = tr.lower[j-2] + "-" + s
		out = append(out, s)
	}
	return out
}
