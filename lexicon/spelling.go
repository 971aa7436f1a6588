package lexicon

import "strings"

// britishSpellings pairs the American spellings of the Phoenix agents dictionary (PETRARCH2,
// written mostly in American English: "labor union", "defense ministry") with their British
// forms, which Reuters, the BBC, AFP and most wire copy outside the US use ("Ghana's main labour
// union"). The pairs are the regular -or/-our, -se/-ce and -ization/-isation differences (The
// Oxford Guide to Style, 2002, 3.1 "British and American spelling"; Merriam-Webster lists each
// British form as a chiefly British variant).
var britishSpellings = map[string]string{
	"labor":         "labour",
	"labors":        "labours",
	"laborer":       "labourer",
	"laborers":      "labourers",
	"defense":       "defence",
	"organization":  "organisation",
	"organizations": "organisations",
	"center":        "centre",
	"centers":       "centres",
}

// addBritishSpellings gives every agent noun whose words hold an American spelling of
// britishSpellings the same entry under its British form, unless the dictionary lists that form
// itself ("labour minister" is in Phoenix.agents.txt; "labour union" is not).
func addBritishSpellings(agents map[string]Agent) {
	var add []string
	for n := range agents {
		words := strings.Fields(n)
		changed := false
		for i, w := range words {
			if b, ok := britishSpellings[w]; ok {
				words[i], changed = b, true
			}
		}
		if b := strings.Join(words, " "); changed {
			if _, ok := agents[b]; !ok {
				add = append(add, n, b)
			}
		}
	}
	for i := 0; i < len(add); i += 2 {
		agents[add[i+1]] = agents[add[i]]
	}
}
