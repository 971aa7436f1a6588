package main

import (
	"bufio"
	"os"
	"strings"
)

// forms gives a verb's simple past from the project's tables: data/lexicons/irregular.txt
// (lemma | past | participle | -s), the past forms (XPOS VBD) of the lemmatizer's exception table
// data/syntax/lemma.tsv, the forms CAMEO.2.0.txt lists for its verbs (cameo-forms.txt: the one
// that is neither -s nor -ing nor the regular past, first listed, as the dictionary writes
// "FROZE FROZEN"), then the regular spelling rules (Quirk et al. 1985, 3.5-3.9, as
// lexicon.verbForms applies them).
type forms struct {
	irr   map[string]string   // lemma → past
	vbd   map[string]string   // lemma → past (lemma.tsv)
	cameo map[string][]string // lemma → listed forms
}

func loadForms(irregular, cameoForms, lemma string) (*forms, error) {
	f := &forms{irr: map[string]string{}, vbd: map[string]string{}, cameo: map[string][]string{}}
	err := eachLine(irregular, func(l string) {
		if p := strings.Split(l, "|"); len(p) >= 2 && strings.TrimSpace(p[1]) != "" {
			f.irr[strings.TrimSpace(p[0])] = strings.TrimSpace(p[1])
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(cameoForms, func(l string) {
		if p := strings.Split(l, "|"); len(p) >= 2 {
			lm := strings.TrimSpace(p[1])
			f.cameo[lm] = append(f.cameo[lm], strings.TrimSpace(p[0]))
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(lemma, func(l string) {
		if p := strings.Split(l, "\t"); len(p) == 4 && p[0] == "x" && p[2] == "VBD" && p[3] != "have" && p[3] != "be" {
			// (EWT's misspellings, "deliverd", "recieved", extend or garble the stem: an
			// irregular past neither extends the lemma nor ends in -ed unless it is regular)
			reg := regular(p[3])
			if p[1] != p[3] && p[1] != reg && (strings.HasPrefix(p[1], p[3]) || strings.HasSuffix(p[1], "ed")) {
				return
			}
			if _, ok := f.vbd[p[3]]; !ok {
				f.vbd[p[3]] = p[1]
			}
		}
	})
	return f, err
}

func eachLine(path string, fn func(string)) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fn(l)
	}
	return sc.Err()
}

func vowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// regular is the regular past: e-drop, y → ied after a consonant, a final consonant doubled
// after a single vowel in a one-syllable verb (lexicon.verbForms' rules).
func regular(v string) string {
	n := len(v)
	groups := 0
	for i := 0; i < n; i++ {
		if vowel(v[i]) && (i == 0 || !vowel(v[i-1])) {
			groups++
		}
	}
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case n > 1 && v[n-1] == 'y' && !vowel(v[n-2]):
		return v[:n-1] + "ied"
	case n >= 3 && groups == 1 && !vowel(v[n-1]) && vowel(v[n-2]) && !vowel(v[n-3]) && strings.IndexByte("wxy", v[n-1]) < 0:
		return v + v[n-1:] + "ed"
	}
	return v + "ed"
}

func (f *forms) past(v string) string {
	if p, ok := f.irr[v]; ok {
		return p
	}
	if p, ok := f.vbd[v]; ok {
		return p
	}
	reg := regular(v)
	var cand string
	for _, c := range f.cameo[v] {
		if c == reg {
			return reg
		}
		// an irregular past changes the stem ("froze", "sought") or keeps it whole ("cast"); a
		// listed form that extends the lemma ("DELIVERD" of DELIVER) is a misspelt regular one
		if cand == "" && !strings.HasSuffix(c, "ing") && c != v+"s" && c != v+"es" && !strings.HasSuffix(c, "ies") && !strings.HasPrefix(c, v) && !strings.HasSuffix(c, "ed") {
			cand = c
		}
	}
	if cand != "" {
		return cand
	}
	return reg
}

// phrase inflects the lemma word of a verb entry's words ("ask for" → "asked for"); false for an
// entry listed by a participle ("angered by") or a copula phrase ("is determined"), which no
// past inflection realises.
func (f *forms) phrase(lemma, words string) (string, bool) {
	ws := strings.Fields(words)
	if lemma == "is" || lemma == "be" || lemma == "are" || lemma == "was" {
		return "", false
	}
	for i, w := range ws {
		if w == lemma {
			if strings.HasSuffix(w, "ed") && len(ws) > 1 {
				return "", false
			}
			ws[i] = f.past(w)
			return strings.Join(ws, " "), true
		}
	}
	return "", false
}
