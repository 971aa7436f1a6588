package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// has reports a node "name|country" of got whose name is name (any country).
func hasNode(got []string, name string) bool {
	for _, g := range got {
		if n, _, _ := strings.Cut(g, "|"); n == name || strings.HasPrefix(n, name+" (") {
			return true
		}
	}
	return false
}

// A coordinated portfolio before a title head belongs to the title (Quirk et al. 1985 §13.65,
// §17.107): the body is the whole portfolio's, never the last conjunct's (actors/titlecoord.go).
func TestPremodifierPortfolioCoordination(t *testing.T) {
	got := storeNodes(t, []graph.Kind{graph.Government, graph.Person},
		"MANILA (Reuters) - Energy and Natural Resources Minister Teodoro Quimpo said on Monday the mine would reopen.",
		"ACCRA (Reuters) - Trade and Industry Minister Kwame Asante said on Tuesday tariffs would rise.",
		"LIMA (Reuters) - Trade, Tourism and Culture Minister Rosa Paredes said the talks had failed.",
		// must-not: a name, then "and" and another person's portfolio title
		"President Juan Mora and Defence Minister Carla Ruiz said the army would stay.",
	)
	for _, want := range []string{"Energy and Natural Resources Ministry", "Trade and Industry Ministry", "Trade, Tourism and Culture Ministry", "Defence Ministry"} {
		if !hasNode(got, want) {
			t.Errorf("no node %q: %v", want, got)
		}
	}
	for _, bad := range []string{"Natural Resources Ministry", "Industry Ministry", "Tourism and Culture Ministry", "Culture Ministry", "Juan Mora and Defence Ministry", "Mora and Defence Ministry"} {
		if hasNode(got, bad) {
			t.Errorf("fragment node %q: %v", bad, got)
		}
	}
	if !hasNode(got, "Juan Mora") || !hasNode(got, "Carla Ruiz") {
		t.Errorf("persons of the must-not sentence lost: %v", got)
	}
}

// A name the Phoenix dictionaries list as a company is that company wherever it stands; a name
// opened by an ordinal before a company-name head is not cut (actors/dictnames.go).
func TestDictionaryCompaniesAndOrdinalNames(t *testing.T) {
	got := storeNodes(t, []graph.Kind{graph.Organization, graph.Person},
		"SYDNEY (Reuters) - Unions criticised Exxon over the layoffs, and BHP Billiton rejected the claim.",
		"LUSAKA (Reuters) - The minister thanked the mining companies, including First Meridian Minerals, for cutting demand.",
		// must-not: an ordinal as the sentence's first word; an ordinal before a title
		"First Meridian Holdings said it would appeal.",
		"HANOI (Reuters) - The plan was backed by First Deputy Prime Minister Tran Luu Quang, who said it would pass.",
	)
	for _, want := range []string{"Exxon", "BHP Billiton", "First Meridian Minerals"} {
		if !hasNode(got, want) {
			t.Errorf("no node %q: %v", want, got)
		}
	}
	for _, bad := range []string{"Meridian Minerals", "First Meridian Holdings", "First Deputy", "First Deputy Prime Minister Tran Luu Quang"} {
		if hasNode(got, bad) {
			t.Errorf("unwanted node %q: %v", bad, got)
		}
	}
}

// A body named after the government body it belongs to is a government body of that state
// (Quirk et al. 1985 §17.108; actors/govprefix.go); a party named after a legislature is not.
func TestBodyOfGovernmentBody(t *testing.T) {
	got := storeNodes(t, []graph.Kind{graph.Government, graph.Organization},
		"BEIJING (Reuters) - The National People's Congress Standing Committee said on Monday the law would be revised.",
	)
	found := false
	for _, g := range got {
		if strings.HasPrefix(g, "National People's Congress Standing Committee|") {
			found = true
			if !strings.HasSuffix(g, "|CHN") {
				t.Errorf("committee without China: %q", g)
			}
		}
	}
	if !found {
		t.Errorf("no committee node: %v", got)
	}
	gov := storeNodes(t, []graph.Kind{graph.Government}, "NEW DELHI (Reuters) - The Congress Party said the vote was rigged.")
	// must-not: a head that names no part of the body
	if hasNode(gov, "Congress Party") {
		t.Errorf("party read as a government body: %v", gov)
	}
}
