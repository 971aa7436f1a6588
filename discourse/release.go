package discourse

import "strings"

// issuedLines marks as furniture each paragraph that is a release's issuing line, "Issued by
// the Ministry of X", "Issued by: Government Communication and Information System", "Issued on
// behalf of …": the line names who issues the text, at its head or foot, and states nothing
// (the release line of a news release, AP Stylebook "news release"; the "Issued by" line of
// the South African government's and Commonwealth governments' media statements). At most
// fifteen words and no final period, so that a sentence ("Issued by the court, the order bans
// …") stays a sentence.
func (a *analyzer) issuedLines() {
	for i := range a.paras {
		ts := a.toks[i]
		if len(ts) < 3 || len(ts) > 16 || ts[len(ts)-1].text == "." {
			continue
		}
		if strings.EqualFold(ts[0].text, "issued") && (strings.EqualFold(ts[1].text, "by") || strings.EqualFold(ts[1].text, "on")) {
			a.units[i].Furniture = true
		}
	}
}

// releaseVoice gives the issuer's voice (Role Titled, rule title:release) to the paragraphs of a
// release whose heading names the kind of text and its topic but no speaker: "Press Release
// Regarding the Attack on …", "No: 214, 3 March 2031, Press Release Regarding …", "Statement on
// the Detention of …", "Press Statement". A release speaks in its issuer's voice from its heading
// to its closing matter (AP Stylebook, "news release": headline, dateline, body; the issuer is its
// author, who says "we"), and the issuer is given by the layout around it (the page's publisher, a
// "Source:" line, the state it names as itself), which the loader resolves; Speaker is the heading.
// Only in a document with no turn, block or titled speaker, whose heading comes among its first
// three paragraphs after header lines only, and whose body speaks in the first person outside
// quotation marks at least once (a news story speaks of others in the third person: the
// first-person test of plainBlockEnd). A heading whose noun has an author ("Statement by X")
// is titleSpeaker's.
func (a *analyzer) releaseVoice() {
	for i := range a.units {
		if a.units[i].Role != Narrative || a.units[i].Rule != "" {
			return
		}
	}
	h := -1
	for i := 0; i < len(a.paras) && i < 3 && h < 0; i++ {
		ts := a.toks[i]
		switch {
		case releaseHeading(ts):
			h = i
		case len(ts) > 1 && ts[len(ts)-1].text == "." && !abbrev(ts[len(ts)-2]), len(ts) > 16:
			return // a sentence of a story before any heading
		}
	}
	if h < 0 {
		return
	}
	first := false
	for j := h + 1; j < len(a.paras) && !first; j++ {
		first = a.firstPersonIn(j)
	}
	if !first {
		return
	}
	sp := Span{a.paras[h].Start, a.paras[h].End}
	label := a.paras[h].Text
	a.units[h].Furniture, a.units[h].Rule, a.units[h].Speaker, a.units[h].Label = true, "title:release", sp, label
	idx := a.next
	a.next++
	for j := h + 1; j < len(a.paras); j++ {
		u := &a.units[j]
		if endMarker(a.toks[j]) || closingBoilerplate(a.toks[j]) {
			u.Furniture = true
			return // the closing matter and all after it are no part of the statement
		}
		if u.Furniture {
			continue
		}
		u.Role, u.Rule, u.Speaker, u.Label, u.Index = Titled, "title:release", sp, label, idx
	}
}

// releaseTopicPreps are the prepositions that join a release heading's noun to its topic: "Press
// Release Regarding …", "Statement on …", "Statement concerning …", "Press Statement about …".
var releaseTopicPreps = map[string]bool{"regarding": true, "on": true, "concerning": true, "about": true, "re": true}

// releaseHeading reports a heading line (no final period) that is a heading noun of headings.txt
// ("Press Release", "Statement", "Press Statement") alone or followed by its topic after a
// preposition of releaseTopicPreps, after an optional release number and date ("No: 214, 3
// March 2031, "; "No. 12/2031 - "): the line names the kind of text and what it is about, and
// no author.
func releaseHeading(ts []tok) bool {
	n := len(ts)
	if n == 0 || n > 40 || ts[n-1].text == "." {
		return false
	}
	k := 0
	if strings.EqualFold(ts[0].text, "no") || strings.EqualFold(ts[0].text, "number") {
		// the release's number and date before its heading: "No: 214, 3 March 2031,"
		for k = 1; k < n && k < 12; k++ {
			t := ts[k]
			if isWord(t) && upperFirst(t.text) && !months[strings.ToLower(t.text)] {
				break
			}
		}
	}
	e := headingAt(ts, k)
	if e <= 0 {
		return false
	}
	for j := k; j < e; j++ {
		if !isWord(ts[j]) || !upperFirst(ts[j].text) && !strings.EqualFold(ts[j].text, "press") {
			return false // "Press Release", "PRESS STATEMENT": the heading's own words, capitalized
		}
	}
	if e == n {
		return true
	}
	return releaseTopicPreps[strings.ToLower(ts[e].text)] && e+1 < n
}

// months are the English month names, which a release's date line spells out.
var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}
