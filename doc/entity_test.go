package doc

import (
	"reflect"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// TestEntityMerges checks the merge chain on entities of my own: Final follows every merge,
// MergeInto goes through the final entities and never closes a loop (a merge back into an
// entity already merged there is a no-op).
func TestEntityMerges(t *testing.T) {
	a := &Entity{Kind: graph.Person, Name: "Ana Reyes"}
	b := &Entity{Kind: graph.Person, Name: "Reyes"}
	c := &Entity{Kind: graph.Person, Name: "Minister Ana Reyes"}
	b.MergeInto(a)
	a.MergeInto(c)
	if b.Final() != c || a.Final() != c || c.Final() != c {
		t.Fatalf("Final: b→%s, a→%s", b.Final().Name, a.Final().Name)
	}
	c.MergeInto(b) // b's final is c: no loop
	if c.Merged != nil || b.Final() != c {
		t.Errorf("a merge into one's own chain made a loop: c.Merged = %v", c.Merged)
	}
}

// TestEntityAliasesAndRoles checks AddAlias (trimmed, no empty, no case-duplicate), AddRole (a
// title held once; its organization filled in only when missing) and PlaceIn (the generic name
// kept as an alias, the country shown in the name).
func TestEntityAliasesAndRoles(t *testing.T) {
	e := &Entity{Kind: graph.Government, Name: "Foreign Ministry"}
	e.AddAlias("  MOFA ")
	e.AddAlias("mofa")
	e.AddAlias(" ")
	if !reflect.DeepEqual(e.Aliases, []string{"MOFA"}) {
		t.Errorf("Aliases = %q", e.Aliases)
	}
	p := &Entity{Kind: graph.Person, Name: "Ana Reyes"}
	p.AddRole("Minister", nil)
	p.AddRole("minister", e)
	p.AddRole("Minister", &Entity{Name: "Other"})
	if len(p.Roles) != 1 || p.Roles[0].Org != e {
		t.Errorf("Roles = %+v", p.Roles)
	}
	e.PlaceIn(&lexicon.Country{Name: "Chile"})
	if e.Name != "Foreign Ministry (Chile)" || e.Country.Name != "Chile" || !reflect.DeepEqual(e.Aliases, []string{"MOFA", "Foreign Ministry"}) {
		t.Errorf("PlaceIn: %q %q %q", e.Name, e.Country.Name, e.Aliases)
	}
}
