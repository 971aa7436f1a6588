package coref

import "strings"

// roleStem is a role noun without its -man, -woman or -person ending ("spokes", "chair",
// "congress"), or the noun itself; "" for a bare "man", "woman" or "person".
func roleStem(w string) string {
	for _, suf := range []string{"woman", "person", "man"} {
		if s, ok := strings.CutSuffix(w, suf); ok {
			return s
		}
	}
	return w
}

// TitleFormOf reports that the role title (as written, any case) holds the role noun w in one of
// its forms: a word of title whose stem is w's ("Spokeswoman" holds "spokesperson", "Chairman of
// the Board" holds "chair"). Both must be compounds of the base or the base itself, so "woman"
// and "man" match nothing and "chairman" is no "manager".
func TitleFormOf(title, w string) bool {
	sw := roleStem(w)
	if len(sw) < 3 {
		return false
	}
	for _, f := range strings.Fields(strings.ToLower(title)) {
		if f != w && roleStem(f) == sw {
			return true
		}
	}
	return false
}
