package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// StateNamesCountry is the United States when the article, filed from no other country,
// names the US states as the places of its story: it names a US state (usStates, written in
// full and capitalized: "in Iowa", "the Ohio primary", "Iowa Sen. X") and names
// the United States (by its states and its own names, demonym and capital, CountryCounts) more
// often than any other country. The states are places of the USA record of the Phoenix country
// dictionary (Phoenix.Countries.actors.txt: "Vermont | USA"), so they name that country as a
// dateline would (issue 14 lists the places a story names among a body's country sources);
// "Georgia", a country's name too, is counted as the country (CountryCounts). nil otherwise.
func StateNamesCountry(d *doc.Doc) *lexicon.Country {
	us := d.Lx.ByCode["USA"]
	if us == nil {
		return nil
	}
	if dc := DatelineCountry(d); dc != nil && dc != us {
		return nil
	}
	states := 0
	for _, st := range d.Sents {
		toks := st.Toks
		for i := 0; i < len(toks); i++ {
			for n := 3; n >= 1; n-- {
				if i+n > len(toks) || !capsRun(toks[i:i+n]) || !fullStateName(d.SpanText(st, i, i+n)) {
					continue
				}
				if ents, end := d.MatchNames(st, i); end >= i+n && len(ents) > 0 && ents[0].Country != nil && ents[0].Country != us {
					break // "Georgia": the country
				}
				states++
				i += n - 1
				break
			}
		}
	}
	if states == 0 {
		return nil
	}
	cc := CountryCounts(d)
	for code, n := range cc {
		if code != us.Code && n >= states+cc[us.Code] {
			return nil
		}
	}
	return us
}

// StateNamedBodies gives each generic state body without a country ("Senate", "Supreme
// Court", "State Department") the country of the article's states (StateNamesCountry): the
// known body of that state when the actors list has one (PlaceBody), as a dateline's
// country gives a bare national body its state (SoleStoryCountry). Unless its holders'
// title is other states' form (TitleFormDefault). Rule "country:state-names".
func StateNamedBodies(d *doc.Doc, ents []*doc.Entity, c *lexicon.Country) {
	if c == nil {
		return
	}
	for _, e := range ents {
		if e.Final() != e || e.Country != nil || e.Kind != graph.Government || !GenericBody(d.Phx, d.Lx, e) {
			continue
		}
		if l := strings.ToLower(e.Name); strings.Contains(l, "legislature") || strings.Contains(l, "general assembly") {
			// "the Legislature": in US news a state's lawmaking body (AP Stylebook,
			// "legislature"; the nation's is Congress)
			continue
		}
		if strings.HasPrefix(strings.ToLower(e.Name), "state ") {
			if sec := Sector(d.Phx, e.Name, "GOV"); sec == "LEG" || sec == "JUD" {
				// "State Supreme Court", "State Senate": a US state's court or legislature
				// (AP Stylebook, "state": the modifier of a state's own bodies), none of the
				// nation's; "State Department" is the portfolio's
				continue
			}
		}
		if stateTitledBody(d, e) {
			continue
		}
		if fc := TitleFormDefault(d, BodyTitleHeads(d, e), c); fc == c {
			PlaceBody(d, e, c)
		}
	}
}

// stateTitledBody reports a body one of whose holders' titles opens with a US state's name
// ("Ohio Secretary of State"): the office is that state's (AP Stylebook, "state names": a
// state's name before the title of its own official), not the nation's.
func stateTitledBody(d *doc.Doc, e *doc.Entity) bool {
	for _, p := range d.Ents {
		if p.Kind != graph.Person || p.Dropped {
			continue
		}
		for _, r := range p.Roles {
			if r.Org == nil || r.Org.Final() != e {
				continue
			}
			w := strings.Fields(r.Title)
			for n := 1; n <= 3 && n < len(w); n++ {
				if fullStateName(strings.Join(w[:n], " ")) {
					return true
				}
			}
		}
	}
	return false
}
