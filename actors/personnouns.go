package actors

// Nouns of persons (WordNet noun.person), read by the role-apposition speaker rule
// (surface/roleappos.go). Session 25 also built here a rule reading a capitalized run of common
// nouns before a personal name as a title ("County Supervisor Thomas Randle"); it gained 6 PolNeAR
// train attributions but lost 5 on dev (492 -> 487 matched, 466 -> 460 right), so it was taken out.

import (
	"strings"
)

// PersonNoun reports a singular noun whose plural personnouns.txt lists (WordNet 3.0 noun.person,
// first sense): "supervisor", "master", "alderman", "comedian". The plural is formed as that
// list's own header says (CGEL ch. 18): -man → -men, -es after s, x, z, ch, sh, consonant + y →
// -ies, else -s.
func PersonNoun(w string) bool {
	var pl string
	switch {
	case strings.HasSuffix(w, "man"):
		pl = strings.TrimSuffix(w, "man") + "men"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		pl = w + "es"
	case len(w) > 1 && strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		pl = w[:len(w)-1] + "ies"
	default:
		pl = w + "s"
	}
	return personNouns.Has(pl)
}
