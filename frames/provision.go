package frames

import "strings"

// numberedProvision reports a relative clause's antecedent a that is, or lies in the of-phrase
// chain of, a numbered provision of a legal text: a capitalized noun with a number after it
// ("Article 3 of the Statute of the Council of Europe which urges members …", "Article 52 of the
// African Union Charter which calls on members …"). The relative pronoun stands for its
// antecedent (Quirk et al. 1985, 17.9 ff.), and in such a chain the provision or the instrument
// is what "urges" or "calls on": a text, which speaks only for whoever issues, signs or adopts it
// in the sentence (the verb-text rule above, PARC 3.0) — the organization named inside the
// instrument's name or of-phrase is no speaker of the clause, and its relative clause gives it
// no stance. Provisions are numbered as the heads of numbered legal instruments are
// (data/lexicons/docheads.txt: a capitalized name followed by a number names the instrument).
// The chain is walked up through nmod and compound links, at most four steps.
func numberedProvision(tr *tree, a int) bool {
	for k, n := 0, a; k < 5 && n >= 0; k++ {
		if h := tr.t[n].Head; tr.t[n].UPOS == "NUM" && h >= 0 && h < n && (tr.rel(n) == "flat" || tr.rel(n) == "nummod") && capitalNoun(tr, h) {
			return true // the of-phrase hung on the provision's number ("Article 52 of …")
		}
		if capitalNoun(tr, n) {
			for _, c := range tr.kids[n] {
				if c > n && tr.t[c].UPOS == "NUM" && (tr.rel(c) == "flat" || tr.rel(c) == "nummod" || tr.rel(c) == "appos") {
					return true
				}
			}
		}
		if r := tr.rel(n); r != "nmod" && r != "compound" {
			return false
		}
		n = tr.t[n].Head
	}
	return false
}

// capitalNoun reports a capitalized noun or proper noun at n.
func capitalNoun(tr *tree, n int) bool {
	w := tr.t[n].Form
	return w != "" && w[:1] != strings.ToLower(w[:1]) && (tr.t[n].UPOS == "NOUN" || tr.t[n].UPOS == "PROPN")
}
