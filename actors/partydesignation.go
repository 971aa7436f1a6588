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
	p, state, ok := strings.Cut(toks[i+1].Text, "-")
	if !ok || state == "" || !partyInitials.Has(strings.ToLower(p)) || !unicode.IsUpper([]rune(p)[0]) || !unicode.IsUpper([]rune(state)[0]) {
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

// CommaPartyDesignationEnd returns the index of the last token of a party–state designation set
// off by commas after a capitalized name ("Rep. Ann Roe, R-N.Y., said", "Sen. Lee, D-Ohio."), or
// -1: toks[i] is the comma, then a party initial, a hyphen and a capitalized state abbreviation
// ("R-NY", "D-N" "." "Y" "."), at most four tokens of words and full stops, closed by a comma,
// a closing parenthesis or the sentence's end. It is the AP Stylebook's other placement of the
// designation PartyDesignationEnd reads in parentheses ("party affiliation": "Sen. Ann Roe,
// R-Ohio, said"); its words name no actor: "R-NY" is no organization.
func CommaPartyDesignationEnd(toks []text.Token, i int) int {
	if i+1 >= len(toks) || i == 0 || toks[i].Text != "," || !toks[i-1].Cap {
		return -1
	}
	p, state, ok := strings.Cut(toks[i+1].Text, "-")
	if !ok || state == "" || !partyInitials.Has(strings.ToLower(p)) || !unicode.IsUpper([]rune(p)[0]) || !unicode.IsUpper([]rune(state)[0]) {
		return -1
	}
	last := i + 1
	for k := i + 2; k <= i+5; k++ {
		if k >= len(toks) || toks[k].Text == "," || toks[k].Text == ")" {
			return last
		}
		if toks[k].Text != "." && !(toks[k].Kind == text.Word && toks[k].Cap) {
			return -1
		}
		last = k
	}
	return -1
}
