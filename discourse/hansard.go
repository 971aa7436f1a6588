package discourse

import "strings"

// Hansard's speaker lines. The Official Report of the UK Parliament (hansard.parliament.uk) sets
// each contribution under a line that names the member and nothing else, with no colon: at the
// member's first contribution of a debate the name, the constituency and the party in
// parentheses ("Mr David Price (Birmingham, Northfield) (Lab)"), or for a minister the office
// and the holder's name in parentheses ("The Prime Minister (Rachel Hughes)"); after it the
// member by courtesy title and surname ("Mr Price") or the minister by office alone ("The Prime
// Minister"). An oral question carries its number before the name ("Q1. Mr …"). (House of
// Commons, "Hansard style guide": members are identified by name, constituency and party at
// their first intervention in a debate, then by name; ministers by office, with the name at the
// first mention.) A collective response ("Hon. Members: Hear, hear!") keeps its colon.

// hansardParties are the party designations the Official Report sets after a member's
// constituency (House of Commons Library, "Party abbreviations used in Hansard").
var hansardParties = map[string]bool{"lab": true, "con": true, "ld": true, "snp": true, "dup": true, "pc": true,
	"green": true, "ind": true, "sdlp": true, "uup": true, "alba": true, "reform": true, "sf": true,
	"lab/co-op": true, "co-op": true, "alliance": true, "tuv": true, "spk": true, "cb": true}

// hansardHonorifics are the courtesy titles before a member's surname.
var hansardHonorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true,
	"dame": true, "lord": true, "lady": true, "baroness": true, "rev": true}

// hansardLabels reads the speaker lines of a Hansard debate into labels alone on their line: only
// in a document with a member's first-contribution line (name, constituency, party), so that a
// name alone on a line elsewhere (a byline, a caption) is never read so. A label's speaker span
// is the member's or minister's name; a later line by surname or office points to the name its
// first line gave. Every such turn is the member's own (member), questions included: a member's
// words in the House are his, on the record.
func (a *analyzer) hansardLabels(labels []*label) {
	type first struct {
		name    Span
		surname string
		office  string
	}
	var firsts []first
	lines := map[int]*label{}
	for i := range a.paras {
		if labels[i] != nil {
			continue
		}
		ts := a.toks[i]
		if len(ts) >= 2 && questionNumber(ts[0].text) && ts[1].text == "." {
			ts = ts[2:] // "Q1. Mr David Price …"
		}
		if len(ts) < 5 || ts[len(ts)-1].text != ")" {
			continue
		}
		// the parenthesis that closes the line
		p := len(ts) - 2
		for p > 0 && ts[p].text != "(" {
			p--
		}
		if p <= 0 {
			continue
		}
		inner := strings.ToLower(joinToks(ts[p+1 : len(ts)-1]))
		switch {
		case hansardParties[inner]:
			// "Mr David Price (Birmingham, Northfield) (Lab)": the name runs to the first
			// parenthesis
			e := 0
			for e < p && ts[e].text != "(" {
				e++
			}
			if e < 2 || !hansardHonorifics[strings.ToLower(ts[0].text)] || !nameToks(ts[:e]) {
				continue
			}
			sp := Span{ts[0].start, ts[e-1].end}
			firsts = append(firsts, first{name: sp, surname: ts[e-1].text})
			lines[i] = &label{role: Turn, norm: strings.ToLower(a.spanText(i, sp)), span: sp, body: a.paras[i].End, member: true}
		case strings.EqualFold(ts[0].text, "the") && p >= 2 && p+2 < len(ts)-1 && nameToks(ts[1:p]) && nameToks(ts[p+1:len(ts)-1]):
			// "The Prime Minister (Rachel Hughes)": the office, its holder in parentheses
			sp := Span{ts[p+1].start, ts[len(ts)-2].end}
			firsts = append(firsts, first{name: sp, office: strings.ToLower(joinToks(ts[:p]))})
			lines[i] = &label{role: Turn, norm: strings.ToLower(a.spanText(i, sp)), span: sp, body: a.paras[i].End, member: true}
		}
	}
	party := false
	for _, f := range firsts {
		party = party || f.office == ""
	}
	if !party {
		return
	}
	for i, l := range lines {
		labels[i] = l
		l.text = a.spanText(i, l.span)
	}
	// later lines: "Mr Price", "The Prime Minister", alone on their line
	for i := range a.paras {
		if labels[i] != nil {
			continue
		}
		ts := a.toks[i]
		if len(ts) < 2 || len(ts) > 6 || !nameToks(ts) {
			continue
		}
		line := strings.ToLower(joinToks(ts))
		for _, f := range firsts {
			if f.office != "" && line == f.office || f.office == "" && len(ts) == 2 && hansardHonorifics[strings.ToLower(ts[0].text)] && ts[1].text == f.surname {
				labels[i] = &label{role: Turn, norm: strings.ToLower(a.textAt(f.name)), span: f.name, body: a.paras[i].End, member: true}
				labels[i].text = a.textAt(f.name)
				break
			}
		}
	}
}

// joinToks joins tokens' texts with spaces, a period kept on its word ("Dr." → "Dr.").
func joinToks(ts []tok) string {
	var b strings.Builder
	for k, t := range ts {
		if k > 0 && t.text != "." && t.text != "," {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// nameToks reports tokens that are capitalized words, name connectors and commas, hyphens or
// abbreviation periods: a name, an office or a constituency.
func nameToks(ts []tok) bool {
	for _, t := range ts {
		if !(isWord(t) && (upperFirst(t.text) || nameConnectors[t.text]) || t.text == "," || t.text == "-" || t.text == ".") {
			return false
		}
	}
	return len(ts) > 0
}

// textAt returns the text of sp, wherever in the document it lies.
func (a *analyzer) textAt(sp Span) string {
	for i, p := range a.paras {
		if p.Start <= sp.Start && sp.End <= p.End {
			return a.spanText(i, sp)
		}
	}
	return ""
}
