package actors

import (
	"regexp"
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// usPostal are the USPS codes of the US states and DC ("ny"), read only in a party-state
// designation (usStates, the names and AP abbreviations, is in usstates.go).
var usPostal = lexicon.PhraseClass("uspostal") // data/wordclasses/phrases/uspostal.txt

// congressTitles are the titles of members of the US Congress before a name (AP Stylebook,
// "legislative titles"): Sen., Rep., Congressman …
var congressTitles = lexicon.WordClass("congresstitles") // data/wordclasses/congresstitles.txt

// partyStateParen is the AP Stylebook's party-and-state designation after a member's name, in
// parentheses ("Sen. Joan Ernst (R-Iowa)", "Rep. X (D-N.Y.)") or set off by commas ("Sen. Ted
// Cruz, R-Texas,"): D, R or I, a hyphen, the state's abbreviation or name.
var (
	partyStateParen = regexp.MustCompile(`^\s*\(\s*[DRI]\s*-\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*\)`)
	partyStateComma = regexp.MustCompile(`^\s*,\s*[DRI]-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)(?:,|\s*$)`)
	stateParen      = regexp.MustCompile(`^\s*\(\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*\)`)
)

// usState reports a written state name, AP abbreviation or postal code (usStates, usPostal).
func usState(s string) bool {
	k := strings.ToLower(strings.Join(strings.Fields(s), " "))
	return usStates.Has(k) || usPostal.Has(k)
}

// CongressMembers gives a person without a stated country the United States when the article
// writes him as a member of the US Congress: his name followed by the AP Stylebook's
// party-and-state designation ("Sen. Joan Ernst (R-Iowa)", "Rep. Tom Lutz, D-Ore.,"), or a
// congressional title (congressTitles) with his state, before it ("Iowa Sen. Joan Ernst") or
// after the name ("Sen. Joan Ernst of Iowa", "Sen. Joan Ernst (Iowa)"). The states are the US
// states and DC (usStates); a state legislator is written "state Sen." (AP Stylebook,
// "legislative titles") and is left alone, as his chamber is his state's, not the US Senate.
// His generic body ("Senate", "House of Representatives") then takes his country (assignCodes
// 2a, membersCountry), so the US Senate of every article is one node (issue 14). Rule
// "country:congress-designation". Called before assignCodes splits countryless bodies.
func CongressMembers(d *doc.Doc) {
	us := d.Lx.ByCode["USA"]
	if us == nil {
		return
	}
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		if e.Kind != graph.Person || e.Dropped || e.Country == us || e.Country != nil && !e.Guessed {
			continue
		}
		if congressMention(d, m) {
			e.Country, e.Guessed = us, false
		}
	}
}

// congressMention reports one mention of a person written as a member of the US Congress
// (CongressMembers).
func congressMention(d *doc.Doc, m *doc.Mention) bool {
	st := d.Sents[m.Sent]
	toks := st.Toks
	end := toks[m.Te-1].End
	lim := end + 24
	if lim > len(d.Runes) {
		lim = len(d.Runes)
	}
	after := string(d.Runes[end:lim])
	for _, re := range []*regexp.Regexp{partyStateParen, partyStateComma} {
		if g := re.FindStringSubmatch(after); g != nil && usState(g[1]) {
			return true
		}
	}
	// the title: in the mention or just before it
	t := -1
	for k := m.Ts - 1; k <= m.Ts+1 && k < m.Te; k++ {
		if k >= 0 && congressTitles.Has(strings.TrimSuffix(toks[k].Lower, ".")) {
			t = k
			break
		}
	}
	if t < 0 {
		return false
	}
	if t > 0 && toks[t-1].Lower == "state" {
		return false // "state Sen. X": a state legislator
	}
	if g := stateParen.FindStringSubmatch(after); toks[t].Cap && g != nil && usState(g[1]) && (strings.Contains(g[1], ".") || fullStateName(g[1])) {
		return true // "Sen. Bernie Sanders (Vt.)"
	}
	// "Iowa Sen. X", "New Hampshire Sen. X", "the Vermont senator": a state's full name,
	// capitalized, before the title (a lower-case title is descriptive, Quirk et al. 1985,
	// 17.89; the state still names the member's seat)
	for n := 3; n >= 1; n-- {
		s := t - n
		if s < 0 {
			continue
		}
		if s > 0 && toks[s-1].Lower == "state" {
			continue
		}
		if capsRun(toks[s:t]) && fullStateName(d.SpanText(st, s, t)) {
			return true
		}
	}
	// "Sen. X of Iowa"
	if k := m.Te; toks[t].Cap && k+1 < len(toks) && toks[k].Lower == "of" {
		for n := 3; n >= 1; n-- {
			if k+1+n <= len(toks) && capsRun(toks[k+1:k+1+n]) && fullStateName(d.SpanText(st, k+1, k+1+n)) {
				return true
			}
		}
	}
	return false
}

// fullStateName reports a state's written name ("Iowa", "New Hampshire"), not its abbreviation.
func fullStateName(s string) bool {
	return usState(s) && !strings.Contains(s, ".") && len(s) > 2
}

// capsRun reports tokens that are all capitalized words.
func capsRun(toks []text.Token) bool {
	for _, t := range toks {
		if t.Kind != text.Word || !t.Cap {
			return false
		}
	}
	return len(toks) > 0
}

// usChambers are the chambers of the US Congress: "All legislative Powers herein granted shall
// be vested in a Congress of the United States, which shall consist of a Senate and House of
// Representatives" (US Constitution, Article I, Section 1).
var usChambers = map[string]bool{"senate": true, "house of representatives": true}

// CongressOfChambers gives a bare "Congress" without a country the United States when the
// article's Senate or House of Representatives is the US one (by its members: CongressMembers,
// membersCountry): the Congress that consists of that chamber (usChambers). Rule
// "country:congress-chamber"; the body is then the US Congress every article names. Called after
// the generic bodies take their members' country (assignCodes 2a).
func CongressOfChambers(d *doc.Doc, ents []*doc.Entity) {
	us := d.Lx.ByCode["USA"]
	if us == nil {
		return
	}
	chamber := false
	for _, e := range ents {
		f := e.Final()
		if f.Kind == graph.Government && f.Country == us && !f.Guessed && usChambers[strings.ToLower(strings.TrimSuffix(f.Name, " ("+us.Name+")"))] {
			chamber = true
			break
		}
	}
	if !chamber {
		return
	}
	for _, e := range ents {
		if e.Final() != e || e.Kind != graph.Government || e.Country != nil || !strings.EqualFold(e.Name, "Congress") || !GenericBody(d.Phx, d.Lx, e) {
			continue
		}
		PlaceBody(d, e, us)
	}
}
