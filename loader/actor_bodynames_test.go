package loader

import (
	"context"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

func TestCanonicalBodyNames(t *testing.T) {
	runCases(t, []exCase{
		{"'Ministry of X' and 'X Ministry' are one body in an article", "The Ministry of Commerce of Ghana rejected the tariff on Monday. Later the Commerce Ministry said the levy was unfair.",
			[]string{"country Ministry of Commerce of Ghana = GHA", "alias Ministry of Commerce of Ghana = Commerce Ministry"}},
		{"'Department of the X' and 'X Department' are one body", "The Department of the Treasury opposed the sanctions. The Treasury Department later criticized the report.",
			[]string{"alias Department of the Treasury = Treasury Department"}},
		{"a syllabic acronym of a body named in the article joins it", "The Ministry of Agriculture rejected the quota on Monday. Welcome to the regular press conference of MOFAG. MOFAG opposed the levy, officials said.",
			[]string{"alias Ministry of Agriculture = MOFAG", "OPPOSES Ministry of Agriculture -> levy"}},
		{"the body holding an event named after 'of' is an actor", "The Regular Press Conference of the Ministry of Fisheries was held on Monday. MOFIS opposed the quota, officials said.",
			[]string{"GOVERNMENT Ministry of Fisheries", "alias Ministry of Fisheries = MOFIS", "!actor Regular Press Conference"}},
		{"a bare body's spokesperson does not take the country of another body of that head", "Foreign Ministry Spokesperson Lin Bo answered questions. A reporter asked about the Ghanaian Foreign Ministry's statement on the tariffs. Russian Foreign Ministry Spokeswoman Ana Duarte criticized the tariffs.",
			[]string{"!MEMBER_OF Lin Bo -> Foreign Ministry (Ghana)", "!MEMBER_OF Lin Bo -> Foreign Ministry (Russia)", "!country Lin Bo = GHA"}},
		{"a title line's bare body is not the country's body named after it", "Foreign Ministry Spokesperson Tan Wei's Regular Press Conference on March 3, 2019\n\nQ: On Friday, the Laotian Foreign Ministry announced that it would close the border crossing. Do you have any comment?\n\nA: We have noted the announcement. Thailand and Cambodia have welcomed it.",
			[]string{"!MEMBER_OF Tan Wei -> Foreign Ministry (Laos)", "!country Tan Wei = LAO"}},
		{"a bare body with its own holder does not join another country's", "Commerce Minister Lin Bo met Ghana's Commerce Minister Kofi Annor. The Ministry of Commerce of Ghana said the talks went well.",
			[]string{"!MEMBER_OF Lin Bo -> Ministry of Commerce of Ghana"}},
	})
}

// TestCommerceMinistriesAcrossArticles: one country's ministry written "Ministry of Commerce",
// "Commerce Ministry" and "Commerce Ministry of X" in three articles is one node; another
// country's is another.
func TestCommerceMinistriesAcrossArticles(t *testing.T) {
	docs := []input.Document{
		{Source: "b1", URL: "http://t/b1", Published: "2019-05-14", Text: "Kenya's Ministry of Commerce rejected the tariffs on Monday."},
		{Source: "b2", URL: "http://t/b2", Published: "2019-05-15", Text: "The Kenyan Commerce Ministry criticized the quota on Tuesday."},
		{Source: "b3", URL: "http://t/b3", Published: "2019-05-16", Text: "The Commerce Ministry of Kenya opposed the levy, officials said."},
		{Source: "b4", URL: "http://t/b4", Published: "2019-05-17", Text: "Peru's Commerce Ministry rejected the claim on Thursday."},
	}
	s := mergedStore(t, docs...)
	ctx := context.Background()
	p, err := s.Nodes(ctx, graph.NodeFilter{Kinds: []graph.Kind{graph.Government}}, graph.PageArgs{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	byCountry := map[string]int{}
	for _, n := range p.Items {
		if strings.Contains(n.Name, "Commerce") {
			byCountry[n.Country]++
		}
	}
	if byCountry["KEN"] != 1 || byCountry["PER"] != 1 || len(byCountry) != 2 {
		t.Errorf("want one commerce ministry each for KEN and PER, got %v", byCountry)
	}
}

// TestBodyTakesItsHoldersCountry: a generic body without a country takes the one country its
// named members have from the dictionary (the speaker's affiliation).
func TestBodyTakesItsHoldersCountry(t *testing.T) {
	g := extractDoc(t, input.Document{Source: "t", Published: "2010-05-14", Text: "Finance Minister Wolfgang Schaeuble said the Finance Ministry opposed the plan that France and Germany had discussed."})
	checkExpect(t, g, []string{"country Finance Ministry (Germany) = DEU", "MEMBER_OF Wolfgang Schaeuble -> Finance Ministry (Germany)"})
}
