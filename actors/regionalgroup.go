package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// regionalStateGroups finds a group of states named only by a regional proper adjective and a
// plural noun for states (statenouns.txt): "the Nordic countries", "the five Danubian-Adriatic
// countries", "Central American states", "JOINT STATEMENT BY THE NORDIC-BALTIC COUNTRIES". Such
// a phrase names a definite set of states as one collective (Quirk et al. 1985, 5.52–5.58 on
// generic and definite plurals; 7.24–7.26 and App. I.51 on proper adjectives of place formed with
// -an/-ian/-ean, -ic, -ese, -ish, -i) and is the issuer of the joint statements such a set
// delivers ("on behalf of the five … countries"); it becomes a GROUP of no one country named by
// the adjectives and the noun (rule group:regional-states), one node however many the article
// counts.
//
// The last premodifier (each part of a hyphenated compound) must be a region adjective
// (regionadjectives.txt) or carry a place-adjective suffix; one earlier capitalized modifier is
// allowed ("Central American", "Latin American"). A single country's demonym alone is no region:
// "the German states", "Indian states" are the federal units of one country, "the American
// States" of the Organization of American States a name. The phrase begins after "the" (with at
// most a number), or bare at a clause's start; its head is lower case, or capitalized in a
// headline or an all-capitals line, and is not followed by "of" ("the Federated States of
// Micronesia" is a state's name). Runs before the name phrases so that the adjectives are not
// read as a name of their own.
func regionalStateGroups(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for h := 1; h < len(toks); h++ {
		t := toks[h]
		if t.Kind != text.Word || st.Ment[h] >= 0 || !stateNouns.Has(t.Lower) || !strings.HasSuffix(t.Lower, "s") {
			continue
		}
		if t.Cap && !st.Headline && !t.AllCaps {
			continue
		}
		if h+1 < len(toks) && toks[h+1].Lower == "of" {
			continue // "the Federated States of Micronesia"
		}
		start := h
		for start > 0 && h-start < 2 && regionalModifier(d, toks[start-1]) && st.Ment[start-1] < 0 {
			start--
		}
		if start == h || !placeAdjective(d, toks[h-1].Lower, h-start > 1) {
			continue
		}
		b := start - 1
		if b >= 0 && (CardinalWords.Has(toks[b].Lower) || toks[b].Kind == text.Num || numeralWord(toks[b].Lower)) {
			b--
		}
		if !(b >= 0 && toks[b].Lower == "the" || b < 0 || SentInitial(st, start)) {
			continue // "of American States": a name, no description of a set
		}
		var parts []string
		for k := start; k < h; k++ {
			parts = append(parts, capsAsTitle(toks[k]))
		}
		name := strings.Join(parts, " ") + " " + t.Lower
		e := Entity(d, "group:regional:"+graph.NormalizeName(name), graph.Group, name, "group:regional-states")
		AddMention(d, st, start, h+1, e, "group:regional-states")
		h++
	}
}

// numeralWord reports a cardinal number written in words or figures, hyphenated compounds too
// ("eight", "twenty-seven", "27").
func numeralWord(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if !isNumeral(p) && !CardinalWords.Has(p) {
			return false
		}
	}
	return true
}

// regionalModifier reports a capitalized word (no abbreviation, no function word capitalized at
// a sentence's start: "The", "Our") that can premodify a group of states: a proper adjective, or
// a compass or other modifier of one ("Central", "Latin").
func regionalModifier(d *doc.Doc, t text.Token) bool {
	return t.Kind == text.Word && t.Cap && len(t.Lower) > 2 && !strings.Contains(t.Lower, ".") && !d.Lx.Stop[t.Lower] && !Determiners.Has(t.Lower)
}

// placeAdjective reports w (lower case, maybe a hyphenated compound) as an adjective of a region:
// every hyphen-separated part is a region adjective of regionadjectives.txt or ends in a suffix
// that forms adjectives from place names (Quirk et al. 1985, App. I.51: -an, -ian, -ean, -ic,
// -ese, -ish, -i). A demonym of one country alone names that country's own federal states ("the
// German states") unless it is compounded with or modified by another word (compound: the part
// is one of several; modified: "Central American").
func placeAdjective(d *doc.Doc, w string, modified bool) bool {
	parts := strings.Split(w, "-")
	for _, p := range parts {
		if len(p) < 4 {
			return false
		}
		if regionAdjectives.Has(p) {
			continue
		}
		if d.Lx.DemonymWord(p) && len(parts) == 1 && !modified {
			return false
		}
		if !(strings.HasSuffix(p, "an") || strings.HasSuffix(p, "ic") || strings.HasSuffix(p, "ese") || strings.HasSuffix(p, "ish") || strings.HasSuffix(p, "i")) {
			return false
		}
	}
	return true
}

// capsAsTitle is the token's text, an all-capitals word written with initial capitals
// ("NORDIC-BALTIC" → "Nordic-Baltic"), so that a heading in capitals and the body name one node.
func capsAsTitle(t text.Token) string {
	if !t.AllCaps {
		return t.Text
	}
	rs := []rune(strings.ToLower(t.Text))
	up := true
	for i, r := range rs {
		if up {
			rs[i] = []rune(strings.ToUpper(string(r)))[0]
		}
		up = r == '-'
	}
	return string(rs)
}
