package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestGroupSpeakerPremodified: a group of a country's agents named with the country's name
// before its head ("U.S. officials", "senior US officials", "two U.S. officials") is the speaker of
// a trailing attribution, as a group named by a demonym is (claims/groupspeaker.go); a group of
// officials tied to a country is of its government's sector (actors/groupcodes.go:
// Phoenix GOVERNMENT_OFFICIAL, STATE_OFFICIAL … [~GOV]). Must-not cases: a bare "officials" of no
// country and analysts are no actor; a country's officials inside the reported clause are not the
// speaker; a sector named by the modifier keeps the dictionary's code.
func TestGroupSpeakerPremodified(t *testing.T) {
	const h = "Port dispute\n\n"
	runCases(t, []exCase{
		{"us-said", h + "Venezuela turned down the shipping deal, U.S. officials said.",
			[]string{"CLAIMS U.S. officials -> shipping deal", "code U.S. officials = USAGOV", "country U.S. officials = USA"}},
		{"told", h + "Venezuela turned down the shipping deal on Friday, US officials told the newspaper.",
			[]string{"CLAIMS US officials -> shipping deal"}},
		{"senior", h + "Venezuela turned down the shipping deal, senior U.S. officials said on Friday.",
			[]string{"CLAIMS U.S. officials -> shipping deal"}},
		{"counted", h + "Venezuela turned down the shipping deal, two US officials said.",
			[]string{"CLAIMS US officials -> shipping deal"}},
		{"indefinite", h + "Venezuela turned down the shipping deal, a senior U.S. official said.",
			[]string{"CLAIMS U.S. officials -> shipping deal"}},
		{"regional-trailing", h + "Venezuela turned down the shipping deal, Western diplomats said.",
			[]string{"CLAIMS Western diplomats -> shipping deal", "country Western diplomats = local"}},
		{"regional-told", h + "Venezuela turned down the shipping deal on Friday, Western diplomats told the newspaper.",
			[]string{"CLAIMS Western diplomats -> shipping deal"}},
		{"demonym-code", h + "Peruvian officials said the port would stay closed until March.",
			[]string{"CLAIMS Peruvian officials -> port", "code Peruvian officials = PERGOV"}},
		{"in-country-code", h + "Officials in Ecuador said the port would stay closed until March.",
			[]string{"code officials in Ecuador = ECUGOV"}},
		{"bare-officials", h + "Venezuela turned down the shipping deal, officials said.",
			[]string{"!actor officials", "!CLAIMS -> shipping deal"}},
		{"analysts", h + "Venezuela turned down the shipping deal, analysts said.",
			[]string{"!actor analysts"}},
		{"inside-content", h + "Venezuela turned down the offer made to U.S. officials, the ministry said.",
			[]string{"!CLAIMS U.S. officials"}},
		{"adjective-postmodifier", h + "Chilean diplomats familiar with the talks said Lima had refused the inspections.",
			[]string{"CLAIMS Chilean diplomats -> Lima had refused", "rule CLAIMS Chilean diplomats -> Lima = speech:reported+adjective-postmodifier"}},
		{"adjective-postmodifier-bare", h + "Officials familiar with the talks said Lima had refused the inspections.",
			[]string{"!actor officials", "!CLAIMS -> Lima had refused"}},
		{"adjective-postmodifier-analysts", h + "Analysts familiar with the talks said Lima had refused the inspections.",
			[]string{"!actor analysts"}},
		{"military-sector", h + "Peruvian military officials said the port would stay closed.",
			[]string{"code Peruvian military officials = PERMIL"}},
	})
}

// TestGroupIdentityPerCountryHead: in one article, a country's group named by its head with the
// country's name, its nationality adjective or another spelling is one node, labelled as first
// written (actors/groupkey.go); a further classifying word ("trade officials") and another
// country keep groups apart. Across articles, main's GroupIdentities (countries28) joins one
// state's group under its spellings.
func TestGroupIdentityPerCountryHead(t *testing.T) {
	const h = "Port dispute\n\n"
	runCases(t, []exCase{
		{"one-group", h + "Venezuela turned down the shipping deal, U.S. officials said. American officials said the deal was fair. A senior US official said the talks would resume.",
			[]string{"CLAIMS U.S. officials -> deal was fair", "CLAIMS U.S. officials -> talks would resume", "alias U.S. officials = American officials"}},
		{"other-word", h + "Venezuela turned down the shipping deal, U.S. officials said. U.S. trade officials said the deal was fair.",
			[]string{"CLAIMS U.S. trade officials -> deal was fair", "!CLAIMS U.S. officials -> deal was fair"}},
		{"capital-apart", h + "Beijing officials said the deal was unfair. Chinese officials said the deal was fair.",
			[]string{"CLAIMS Chinese officials -> deal was fair", "!CLAIMS Chinese officials -> unfair"}},
		{"other-country", h + "Cuban officials said the deal was unfair. American officials said the deal was fair.",
			[]string{"CLAIMS Cuban officials -> unfair", "CLAIMS American officials -> deal was fair", "!CLAIMS Cuban officials -> deal was fair"}},
	})
	got := storeNodes(t, []graph.Kind{graph.Group},
		"Venezuela turned down the shipping deal, U.S. officials said.",
		"U.S. officials said the port would reopen in May.",
		"American officials said the port would reopen in June.",
	)
	// one state's group under two spellings in two articles is one node since countries28's
	// GroupIdentities (actors/groupidentity.go: the state's canonical name and the head)
	want := []string{"U.S. officials|USA"}
	if strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("groups across articles: got %v, want %v", got, want)
	}
}
