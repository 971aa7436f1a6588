package actors

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
)

// connectorInside reports a lower-case connector of organization names (of, for, and, the, on,
// &) inside tokens [ts, te).
func connectorInside(st *doc.Sent, ts, te int) bool {
	for i := ts; i < te; i++ {
		switch st.Toks[i].Lower {
		case "of", "for", "and", "the", "on", "&":
			return true
		}
	}
	return false
}

// innerCommonPart reports a hyphenated word with a lower-case function word inside
// ("Ship-to-Shore", "Made-in-China"): a compound noun, not a name. nameChunk lets a Korean
// hyphenated given name through whose second syllable is spelled like a function word ("Moon
// Jae-in": hyphenatedGivenName, the romanized syllable after a one-syllable surname).
func innerCommonPart(s string) bool {
	parts := strings.Split(s, "-")
	for _, p := range parts[1:] {
		switch p {
		case "to", "in", "of", "and", "for", "the", "on", "by":
			return true
		}
	}
	return false
}

// pluralAcronym reports "MDBs", "IFIs": an acronym with a plural s names a class of things.
func pluralAcronym(s string) bool {
	r := []rune(s)
	if len(r) < 3 || r[len(r)-1] != 's' {
		return false
	}
	for _, c := range r[:len(r)-1] {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// currencySign reports a currency symbol token ("$", "€", "£", "¥").
func currencySign(s string) bool {
	switch s {
	case "$", "\u20ac", "\u00a3", "\u00a5":
		return true
	}
	return false
}
