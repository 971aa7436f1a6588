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
