package actors

import (
	"strings"
	"unicode"
)

// SalutationLine reports a name whose every word lies on the salutation line of a letter or an
// address: a line that opens with "Dear" ("Dear members of the Board of Trustees,", "My dear
// colleagues of the Council:") and ends in the comma or colon that closes a salutation (Chicago
// Manual of Style 6.53, the comma after a salutation; a colon in formal letters). A salutation is
// a vocative: it names the addressees the text is spoken to, outside the clause (Quirk et al.
// 1985, 10.52 on vocatives), so a body or person named only there is no actor of what the text
// says (claims/turns.go reads the same line as no claim). The span [start, end) is the
// name's, in code points of runes.
func SalutationLine(runes []rune, start, end int) bool {
	ls := start
	for ls > 0 && runes[ls-1] != '\n' {
		ls--
	}
	le := end
	for le < len(runes) && runes[le] != '\n' {
		le++
	}
	line := strings.TrimSpace(string(runes[ls:le]))
	words := strings.Fields(strings.ToLower(line))
	if len(words) < 2 {
		return false
	}
	if words[0] == "my" {
		words = words[1:]
	}
	if words[0] != "dear" {
		return false
	}
	last := []rune(line)[len([]rune(line))-1]
	if last != ',' && last != ':' {
		return false
	}
	// a salutation holds no clause: no sentence ends inside it ("Dear friends. We met …")
	return !strings.ContainsFunc(line[:len(line)-1], func(r rune) bool { return r == '.' || r == '!' || r == '?' || unicode.IsDigit(r) })
}
