package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// foreignOfficeName is the name bodyEntity gives body for a holder of country c: body itself
// unless body is a GOVERNMENT listed in actors.txt for another country (see above).
func foreignOfficeName(lx *lexicon.Lexicons, body string, c *lexicon.Country) string {
	if c == nil {
		return body
	}
	a := lx.ActorByName[graph.NormalizeName(body)]
	if a == nil || a.Kind != graph.Government || a.Country == "" || a.Country == c.Code {
		return body
	}
	return unownedOfficeName(lx, body, a)
}

// unownedOfficeName is the generic name of body, the listed name of known GOVERNMENT actor a of
// one state, for a holder who is not of that state: the name without the owner's name, or the
// first listed name with an organization head (see above). bodyEntity gives it too to a body a
// bare title implies in an article that does not make the title the owner state's ("Defense
// Secretary X" in a Manila story is no member of the Pentagon).
func unownedOfficeName(lx *lexicon.Lexicons, body string, a *lexicon.KnownActor) string {
	owner := lx.ByCode[a.Country]
	if owner == nil {
		return body
	}
	if s := withoutCountryForms(body, owner); s != body && s != "" {
		return s
	}
	if orgHeadOf(lx, body) {
		return body
	}
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if orgHeadOf(lx, n) && withoutCountryForms(n, owner) == n {
			return n
		}
	}
	return body
}

// withoutCountryForms is name with every whole-word occurrence of c's name, short forms and
// demonyms removed ("Office of the U.S. Trade Representative" → "Office of the Trade
// Representative"); name itself when none occurs.
func withoutCountryForms(name string, c *lexicon.Country) string {
	words := strings.Fields(name)
	forms := append(append([]string{c.Name}, c.ShortForm...), c.Demonyms...)
	for _, f := range forms {
		fw := strings.Fields(f)
		for i := 0; i+len(fw) <= len(words); i++ {
			same := true
			for k, w := range fw {
				same = same && strings.EqualFold(words[i+k], w)
			}
			if same {
				words = append(words[:i:i], words[i+len(fw):]...)
				i--
			}
		}
	}
	return strings.Join(words, " ")
}

// orgHeadOf reports a name whose head is an organization word (orgwords.txt): the word before its
// first "of" ("Department of Defense"), else its last word ("Defense Department").
func orgHeadOf(lx *lexicon.Lexicons, name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return false
	}
	head := words[len(words)-1]
	for i, w := range words {
		if w == "of" && i > 0 {
			head = words[i-1]
			break
		}
	}
	_, ok := lx.OrgWords[strings.TrimSuffix(head, ".")]
	return ok
}
