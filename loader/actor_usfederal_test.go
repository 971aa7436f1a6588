package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// A US federal agency or national party committee of data/lexicons/usfederal.txt is one national
// actor of the United States with its listed CAMEO code, in a story that never writes "U.S."
// (trial 29 finding 8: one node per article otherwise).
func TestUSFederalBodiesAreNational(t *testing.T) {
	g := extractText(t, "Donors sue over limits\n\nThe Democratic National Committee asked the Federal Election Commission on Friday to drop the cap, and the IRS rejected the filing.")
	v := view(g)
	for _, c := range []struct {
		name string
		kind graph.Kind
		code string
	}{
		{"Democratic National Committee", graph.Organization, "USAPTY"},
		{"Federal Election Commission", graph.Government, "USAGOV"},
		{"Internal Revenue Service", graph.Government, "USAGOV"},
	} {
		n := v.node(c.name)
		if n == nil || n.Kind != c.kind || n.Country != "USA" || n.Code != c.code || n.Local {
			v.dump(t.Output())
			t.Errorf("%s: want a national %s of USA coded %s, got %+v", c.name, c.kind, c.code, n)
		}
	}
	// must not: a generic agency name written bare in a story filed from another country that
	// names it more is that country's body, not the US agency
	g = extractText(t, "Agency warns\n\nKYIV, Ukraine — The Secret Service said on Monday it had opened an inquiry into the Ukrainian banks.")
	v = view(g)
	for _, n := range g.Nodes {
		if n.Kind == graph.Government && n.Country == "USA" {
			v.dump(t.Output())
			t.Errorf("a Kyiv story's bare Secret Service became the US agency: %+v", n)
		}
	}
}

// The first word of a body's multi-word name, met alone ("Democratic strategist"), names the body
// in its article at most: its node does not keep it as an alias, an identity key of a shared
// store that would join the national committee to the Democratic Party of another article
// (actors/aliaskeys.go nameWordAliases). An acronym stays a key.
func TestBodyNameWordNoStoreAlias(t *testing.T) {
	g := extractText(t, "Party chief quits\n\nThe Democratic National Committee said on Sunday that its chair would resign. The DNC rejected the claims. She will be replaced after the convention by veteran Democratic strategist Ann Lowell, the committee said.")
	v := view(g)
	n := v.node("Democratic National Committee")
	if n == nil {
		v.dump(t.Output())
		t.Fatal("no Democratic National Committee node")
	}
	has := map[string]bool{}
	for _, a := range n.Aliases {
		has[a] = true
	}
	if has["Democratic"] {
		t.Errorf("the adjective Democratic is a store alias of the committee: %q", n.Aliases)
	}
	if !has["DNC"] { // must not: the acronym stays
		t.Errorf("the acronym DNC is no store alias of the committee: %q", n.Aliases)
	}
}
