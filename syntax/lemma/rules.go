package lemma

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rules undo regular English inflection, following the spelling rules of the Cambridge
// Grammar of the English Language (Huddleston & Pullum 2002, ch. 18 §2: -s/-es, -ed, -ing,
// -er/-est, y → i, consonant doubling, silent e). Where a rule leaves a choice ("hoped" → hop
// or hope, "stopped" → stopp or stop), the candidate found among the lemmas of the training
// treebank wins; without one, a spelling heuristic decides (see restoreE).

// vowel reports whether b is a vowel letter (y counts as a consonant here, as in "played").
func vowel(b byte) bool {
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func consonant(b byte) bool { return b >= 'a' && b <= 'z' && !vowel(b) }

// doubled reports whether s ends in a doubled consonant that inflection may have added
// ("stopp", "plann"). Final ll, ss, zz and ff are usually part of the base ("call", "pass",
// "buzz", "stuff"), so they are not undone by default.
func doubled(s string) bool {
	n := len(s)
	if n < 3 || s[n-1] != s[n-2] || !consonant(s[n-1]) {
		return false
	}
	switch s[n-1] {
	case 'l', 's', 'z', 'f':
		return false
	}
	return true
}

// vowelGroups counts maximal runs of vowels (a rough syllable count).
func vowelGroups(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := vowel(s[i]) || (s[i] == 'y' && i > 0 && !vowel(s[i-1]))
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// restoreE reports whether a stem left by removing -ed/-ing/-er/-est most likely lost a silent
// e: English words do not end in v, z (after one vowel) or c after a consonant, nor in a
// consonant + l/r cluster ("solv", "danc", "handl", "centr") or consonant + u ("argu", "issu");
// and a one-syllable consonant-vowel-consonant stem ("hop", "mak", "us") whose last consonant
// is not w, x or y usually had one ("hope", "make", "use"; "stop" would have doubled).
func restoreE(stem string) bool {
	n := len(stem)
	if n < 2 {
		return false
	}
	last, prev := stem[n-1], stem[n-2]
	switch last {
	case 'v', 'z', 'c':
		return true
	case 'l', 'r':
		if consonant(prev) && prev != last && prev != 'r' && !(last == 'l' && prev == 'w') {
			return true
		}
	case 'u':
		return consonant(prev) // "argu", "continu", "issu"
	case 'g':
		if prev == 'r' || prev == 'd' { // "merg", "charg", "judg"
			return true
		}
	case 's':
		if prev == 'n' || prev == 'r' || prev == 'p' || prev == 'l' { // "licens", "revers", "collaps"
			return true
		}
	}
	if n >= 4 && (strings.HasSuffix(stem, "iat") || strings.HasSuffix(stem, "uat") ||
		strings.HasSuffix(stem, "ous") || strings.HasSuffix(stem, "aus")) {
		return true // "deviat", "evaluat", "arous", "caus"
	}
	if n >= 3 && !vowel(stem[n-3]) && vowel(prev) && consonant(last) {
		// Productive verb endings spelled with a final e after consonant + vowel + consonant:
		// -ate, -ute, -ide, -ude, -ede, -ire, -ure, -ume, -ine, -age, -are, -ize/-ise, -use,
		// -ose ("rotat", "contribut", "decid", "includ", "conced", "requir", "ensur", "assum",
		// "combin", "manag", "declar", "advis", "arous", "propos").
		switch stem[n-2:] {
		case "at", "ut", "id", "ud", "ed", "ir", "ur", "um", "in", "ag", "ar", "is", "us", "os":
			if vowelGroups(stem) >= 2 {
				return true
			}
		}
	}
	if vowelGroups(stem) == 1 && n >= 3 && consonant(last) && last != 'w' && last != 'x' && last != 'y' &&
		vowel(prev) && !vowel(stem[n-3]) {
		return true
	}
	return false
}

// candidates returns possible lemmas of a lower-cased inflected form, most likely first, for a
// Penn Treebank tag. Forms that the tag's rules do not cover return just the form.
func candidates(low, xpos string) []string {
	switch xpos {
	case "NNS", "NNPS":
		return plural(low)
	case "VBZ":
		return thirdPerson(low)
	case "VBD", "VBN":
		return suffixed(low, "ed", "ied")
	case "VBG":
		return progressive(low)
	case "JJR", "RBR":
		return suffixed(low, "er", "ier")
	case "JJS", "RBS":
		return suffixed(low, "est", "iest")
	}
	return []string{low}
}

func plural(w string) []string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return []string{w[:n-3] + "y", w[:n-1]}
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"):
		return []string{w[:n-2], w[:n-1]}
	case n > 3 && strings.HasSuffix(w, "ves"):
		return []string{w[:n-1], w[:n-3] + "f", w[:n-3] + "fe"}
	case n > 3 && strings.HasSuffix(w, "oes"):
		return []string{w[:n-1], w[:n-2]}
	case n > 3 && strings.HasSuffix(w, "ses"):
		// "cases" → case, "crises" → crisis (Greek -is plurals), "buses" → bus.
		return []string{w[:n-1], w[:n-2] + "is", w[:n-2]}
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return []string{w}
	case n > 2 && strings.HasSuffix(w, "s"), n > 2 && strings.HasSuffix(w, "'s"):
		return []string{strings.TrimSuffix(w[:n-1], "'"), w}
	}
	return []string{w}
}

func thirdPerson(w string) []string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return []string{w[:n-3] + "y", w[:n-1]}
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"), n > 3 && strings.HasSuffix(w, "oes"):
		return []string{w[:n-2], w[:n-1]}
	case strings.HasSuffix(w, "ss"):
		return []string{w}
	case n > 2 && strings.HasSuffix(w, "s"):
		return []string{w[:n-1]}
	}
	return []string{w}
}

// suffixed handles -ed/-er/-est (suf) with their y → i spelling (ySuf: "-ied", "-ier", "-iest").
func suffixed(w, suf, ySuf string) []string {
	n := len(w)
	switch {
	case n > len(ySuf)+1 && strings.HasSuffix(w, ySuf) && consonant(w[n-len(ySuf)-1]):
		return []string{w[:n-len(ySuf)] + "y", w[:n-len(suf)]}
	case n > len(suf)+2 && strings.HasSuffix(w, "e"+suf):
		// The suffix met a final e ("agreed", "freer"): the base ends in ee.
		return []string{w[:n-len(suf)] + "e", w[:n-len(suf)]}
	case n > len(suf)+1 && strings.HasSuffix(w, suf):
		return stemCandidates(w[:n-len(suf)])
	}
	return []string{w}
}

func progressive(w string) []string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ing"):
		return stemCandidates(w[:n-3])
	}
	return []string{w}
}

// stemCandidates orders the readings of a stem left by removing a vowel-initial suffix:
// undoubled ("stopp" → stop), with a silent e ("hop" → hope), or as it is.
func stemCandidates(stem string) []string {
	var out []string
	if doubled(stem) {
		out = append(out, stem[:len(stem)-1], stem)
		return out
	}
	if n := len(stem); n > 3 && stem[n-1] == stem[n-2] && consonant(stem[n-1]) {
		// ll, ss, zz, ff usually belong to the base ("call"), but British spelling doubles l
		// ("modelling"): the undoubled reading wins only if it is a known lemma.
		return []string{stem, stem + "e", stem[:n-1]}
	}
	if strings.HasSuffix(stem, "e") && len(stem) > 2 {
		// A stem ending in e kept it ("agreed" → agree, "seeing" → see).
		return []string{stem, stem[:len(stem)-1]}
	}
	if restoreE(stem) {
		return []string{stem + "e", stem}
	}
	return []string{stem, stem + "e"}
}

// lower lower-cases s (Unicode-aware; ASCII fast path in strings.ToLower).
func lower(s string) string { return strings.ToLower(s) }

// upperFirst reports whether s starts with an upper-case letter.
func upperFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
