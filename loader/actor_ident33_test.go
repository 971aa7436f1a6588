package loader

import (
	"context"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestOneCommerceMinistryPerCountry (issue 14, identity; session 33): China's commerce ministry
// written as the known body in full ("Ministry of Commerce of the People's Republic of China"),
// by its acronym alone (MOFCOM, data/lexicons/actors.txt), with a possessor and with a demonym
// in four articles is one node; Germany's, written both ways, is another; a bare "Commerce
// Ministry" in an article naming no state stays local to that article.
func TestOneCommerceMinistryPerCountry(t *testing.T) {
	docs := []input.Document{
		{Source: "c1", URL: "http://t/c1", Published: "2020-03-02", Text: "China's Commerce Ministry rejected the new export rules on Monday, calling them unfair to its firms."},
		{Source: "c2", URL: "http://t/c2", Published: "2020-03-03", Text: "MOFCOM opposed the duties on solar panels, a spokesman told reporters in a weekly briefing."},
		{Source: "c3", URL: "http://t/c3", Published: "2020-03-04", Text: "The Ministry of Commerce of the People's Republic of China criticized the quota on steel wire."},
		{Source: "c4", URL: "http://t/c4", Published: "2020-03-05", Text: "The Chinese Ministry of Commerce condemned the blacklist of its chip makers on Thursday."},
		{Source: "g1", URL: "http://t/g1", Published: "2020-03-06", Text: "Germany's Ministry of Commerce rejected the levy on machine tools, officials said."},
		{Source: "g2", URL: "http://t/g2", Published: "2020-03-07", Text: "The German Commerce Ministry opposed the ban on the sale of the turbines."},
		{Source: "n1", URL: "http://t/n1", Published: "2020-03-08", Text: "The Commerce Ministry rejected the new rules on Monday, a spokesman said."},
		{Source: "n2", URL: "http://t/n2", Published: "2020-03-09", Text: "The Commerce Ministry opposed the fee on imported grain, its spokeswoman said."},
	}
	s := mergedStore(t, docs...)
	ctx := context.Background()
	p, err := s.Nodes(ctx, graph.NodeFilter{Kinds: []graph.Kind{graph.Government}}, graph.PageArgs{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	byCountry := map[string]int{}
	local := 0
	for _, n := range p.Items {
		if !strings.Contains(n.Name, "Commerce") && !strings.Contains(strings.Join(n.Aliases, " "), "MOFCOM") {
			continue
		}
		if n.Local {
			local++
			if n.Country != "" {
				t.Errorf("local node %q has country %s", n.Name, n.Country)
			}
			continue
		}
		byCountry[n.Country]++
		if n.Country == "" {
			t.Errorf("shared commerce ministry %q (%v) has no country", n.Name, n.Aliases)
		}
	}
	if byCountry["CHN"] != 1 || byCountry["DEU"] != 1 || len(byCountry) != 2 {
		t.Errorf("want one commerce ministry each for CHN and DEU, got %v", byCountry)
	}
	if local != 2 {
		t.Errorf("want the two bare Commerce Ministries local to their articles, got %d local", local)
	}
}
