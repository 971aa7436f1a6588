package actors

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// partyInitials: R, D, I (data/wordclasses/partyinitials.txt).
var partyInitials = lexicon.WordClass("partyinitials")

// PartyDesignationEnd returns the index of the ")" closing a party–state designation that opens
// at toks[i] ("(" "R-Ky" "." ")", "(" "D-N" "." "Y" ")"), or -1: a party initial, a hyphen and a
// capitalized state abbreviation, at most four tokens of words and full stops before ")".
// The designation glosses the name before it (AP Stylebook, "party affiliation": "Sen. Ann Roe,
// R-Ohio, said" or in parentheses after the name); its words name no actor of their own, so the
// name walk (Find) steps over it: "(D-N.Y.)" is no organization "D-N", "(R-Texas)" no person
// "Texas". surface reads it for the subject after the name (surface/subject25.go, session 25;
// moved here in session 29 so the actors stage reads the same definition).
func PartyDesignationEnd(toks []text.Token, i int) int {
	if i+2 >= len(toks) || toks[i].Text != "(" {
		return -1
	}
	if !partyStateToken(toks[i+1].Text) {
		return -1
	}
	for k := i + 2; k < len(toks) && k <= i+5; k++ {
		switch {
		case toks[k].Text == ")":
			return k
		case toks[k].Text == "." || toks[k].Kind == text.Word && toks[k].Cap:
		default:
			return -1
		}
	}
	return -1
}

// PartyDesignationCommaEnd returns the index just past a party–state designation set off by
// commas after a name, the AP Stylebook's other form ("Sen. Ann Roe, R-Ohio, said", "Rep. Ben
// Cole, D-N.Y., said"; "party affiliation"): toks[i] is the comma after the name, then a party
// initial, a hyphen and a capitalized state abbreviation ("R-Ky" "." , "D-N" "." "Y."), at most
// four tokens of words and full stops. The index returned is that of the closing comma, or of the
// first token after the designation when none follows (the sentence or a quotation goes on:
// "said Sen. Ann Roe, D-N.Y. “…”"); -1 when no designation starts at i+1.
func PartyDesignationCommaEnd(toks []text.Token, i int) int {
	if i+1 >= len(toks) || toks[i].Text != "," {
		return -1
	}
	if !partyStateToken(toks[i+1].Text) {
		return -1
	}
	k := i + 2
	for ; k < len(toks) && k <= i+5; k++ {
		if t := toks[k]; !(t.Text == "." || t.Kind == text.Word && t.Cap && len([]rune(strings.TrimSuffix(t.Text, "."))) <= 2) {
			break
		}
	}
	if k <= i+5 {
		return k
	}
	return -1
}

// partyDesignationLast returns the index of the last token of a party–state designation that
// starts at toks[i], in parentheses (its ")") or set off by a comma after a capitalized name (its
// last abbreviation token, the closing comma left to the name walk), or -1. The name walk (Find)
// steps over it: "(D-N.Y.)" and ", R-N.Y.," name no organization.
func partyDesignationLast(toks []text.Token, i int) int {
	c := PartyDesignationEnd(toks, i)
	if i > 0 && toks[i-1].Cap {
		if e := PartyDesignationCommaEnd(toks, i); e > i+1 {
			c = max(c, e-1)
		}
	}
	return c
}

// partyStateToken reports whether a token opens a party–state designation: a party initial, a
// hyphen and a capitalized state abbreviation ("R-Ky", "D-N", "I-Vt").
func partyStateToken(w string) bool {
	p, state, ok := strings.Cut(w, "-")
	return ok && p != "" && state != "" && partyInitials.Has(strings.ToLower(p)) && unicode.IsUpper([]rune(p)[0]) && unicode.IsUpper([]rune(state)[0])
}
