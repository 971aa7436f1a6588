package loader

import (
	"context"
	"strings"
	"testing"

	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestPublisherBody: a ministry's own transcript names "Foreign Ministry Spokesperson X" without
// a country; the copyright notice names the publisher with its country, and the bare body that
// is the publisher takes it — one node with the ministry named with its country elsewhere. The
// same state's other bodies named bare in the publisher's voice take it too, not those in a
// journalist's question; a news outlet's pages give nothing.
func TestPublisherBody(t *testing.T) {
	docs := []input.Document{
		{Source: "p1", URL: "http://t/p1", Published: "2018-06-19", Text: "Foreign Ministry Spokesperson Han Lei's Regular Press Conference on June 19, 2018\n\n" +
			"Q: The Ruritanian government said it would raise tariffs on steel. What is your comment?\n\n" +
			"A: We firmly oppose the tariffs and urge Ruritania to change course. The spokesperson of the Ministry of Agriculture has made our position on the quota clear.\n\n" +
			"Q: The Treasury said on Monday that it would review the sanctions. Do you have any comment?\n\n" +
			"A: The Director-General of the Department of Treaties of the Foreign Ministry will attend the talks.\n\n" +
			"Copyright©1998-2014, Ministry of Foreign Affairs, the People's Republic of China"},
		{Source: "p2", URL: "http://t/p2", Published: "2018-06-20", Text: "China's Foreign Ministry said on Wednesday it opposed the sanctions. Foreign Minister Wang Yi rejected the report."},
		{Source: "p3", URL: "http://t/p3", Published: "2018-06-21", Text: "Foreign Ministry Spokesperson Tan Wei answered questions on Thursday.\n\n" +
			"A: We oppose the sanctions.\n\n© 2018 Harbor Ledger. All rights reserved."},
	}
	s := mergedStore(t, docs...)
	ctx := context.Background()
	p, err := s.Nodes(ctx, graph.NodeFilter{Kinds: []graph.Kind{graph.Government, graph.Person, graph.Organization}}, graph.PageArgs{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	var chn, local int
	country := map[string]string{}
	for _, n := range p.Items {
		country[n.Name] = n.Country
		if strings.HasPrefix(n.Name, "Foreign Ministry") {
			if n.Country == "CHN" {
				chn++
			}
			if n.Local {
				local++
			}
		}
	}
	if chn != 1 || local != 1 {
		t.Errorf("want one Chinese foreign ministry and one local one (Tan Wei's, on a newspaper's pages), got CHN %d local %d: %v", chn, local, country)
	}
	if country["Han Lei"] != "CHN" {
		t.Errorf("Han Lei: country %q, want CHN (the publisher's ministry)", country["Han Lei"])
	}
	if country["Ministry of Agriculture (China)"] != "CHN" {
		t.Errorf("the publisher's sister ministry, named in its answer: want Ministry of Agriculture (China), got %v", country)
	}
	if country["Department of Treaties of the Foreign Ministry"] != "CHN" {
		t.Errorf("a part of the publisher: want CHN, got %v", country)
	}
	for n, c := range country {
		if strings.HasPrefix(n, "Treasury") && c != "" {
			t.Errorf("a body named in a journalist's question takes no country from the publisher: %s %s", n, c)
		}
	}
	if country["Tan Wei"] != "" {
		t.Errorf("Tan Wei: country %q, want none (the publisher is a newspaper)", country["Tan Wei"])
	}
}

func TestCoordinatedNationalities(t *testing.T) {
	runCases(t, []exCase{
		{"coordinated nationalities before governments name each country acting", "The Malaysian and Thai governments condemned the attack on Monday.",
			[]string{"!actor governments", "COUNTRY Malaysia", "COUNTRY Thailand", "alias Malaysia = Malaysian", "alias Thailand = Thai governments"}},
		{"coordinated nationalities before officials name a group of each country (auditA19: the modifiers distribute, Quirk et al. 1985, 13.64-13.66)", "Chilean and Peruvian officials said the border talks had failed.",
			[]string{"!actor Chilean and Peruvian officials", "GROUP Chilean officials", "GROUP Peruvian officials", "country Chilean officials = CHL", "country Peruvian officials = PER"}},
		{"a word before a group's predeterminer is outside the group's name", "The minister said Norway was persuading all relevant parties, and all relevant parties rejected the plan.",
			[]string{"!actor persuading relevant parties", "GROUP relevant parties", "OPPOSES relevant parties -> plan"}},
	})
}

// TestPublisherHost: with no outlet naming a country, a government domain gives the publisher's
// country, and the host's first label names the publisher when the article uses it as an acronym.
func TestPublisherHost(t *testing.T) {
	g := extractDoc(t, input.Document{Source: "h1", URL: "http://english.moagr.gov.gh/press/2019/1.html", Published: "2019-08-29",
		Text: "Regular Press Conference of the Ministry of Agriculture (August 29, 2019)\n\nKofi Mensah: Good afternoon. Welcome to the regular press conference of MOAGR.\n\nReporter: What is MOAGR's comment on the quota?\n\nKofi Mensah: We firmly oppose the quota."})
	checkExpect(t, g, []string{"country Ministry of Agriculture (Ghana) = GHA"})
	g = extractDoc(t, input.Document{Source: "h2", URL: "http://example.org.gh/press/1.html", Published: "2019-08-29",
		Text: "Regular Press Conference of the Ministry of Agriculture (August 29, 2019)\n\nWelcome to the regular press conference of MOAGR. The ministry opposes the quota."})
	checkExpect(t, g, []string{"!country Ministry of Agriculture = GHA"})
	g = extractDoc(t, input.Document{Source: "h3", URL: "https://www.example.gov/news/x", Published: "2025-05-12",
		Text: "Joint Statement on the Talks\n\nThe representatives will be Dana Whitlow, Secretary of the Treasury, and Carl Brant, Trade Representative. They said the talks were productive."})
	checkExpect(t, g, []string{"country Treasury (United States) = USA", "MEMBER_OF Dana Whitlow -> Treasury (United States)"})
	for host, want := range map[string]string{"http://www.fmprc.gov.cn/x": "CHN", "https://www.gov.uk/a": "GBR", "https://www.mod.gov.uk/a": "GBR",
		"https://home.treasury.gov/x": "USA", "https://www.mofa.go.jp/x": "JPN", "https://www.voanews.com/a": "", "https://x.org.cn/": ""} {
		d := &doc{Doc: &docpkg.Doc{C: &input.Cleaned{}}, x: testExtractor(t)}
		d.Lx = d.x.lex
		d.C.Article.URL = host
		got := ""
		if c := docpkg.GovHostCountry(d.Lx, d.C.Article.URL); c != nil {
			got = c.Code
		}
		if got != want {
			t.Errorf("govHostCountry(%s) = %q, want %q", host, got, want)
		}
	}
}

// TestCopyrightOutletSameForTextAndHTML: the text a scraper keeps and the HTML page of one
// article name the same outlet from the copyright notice (readability drops the HTML footer, so
// the page's text nodes are read for it), so loading both keeps one article unchanged.
func TestCopyrightOutletSameForTextAndHTML(t *testing.T) {
	c, err := input.NewCleaner()
	if err != nil {
		t.Fatal(err)
	}
	body := "The minister met the delegation on Monday and said the talks had gone well for both sides. " +
		"Officials from both countries will meet again next month to discuss the trade agreement in detail."
	txt, err := c.Clean(input.Document{Source: "a.txt", Text: "Minister Meets Delegation\n\n" + body + "\n\nCopyright©1998-2014, Ministry of Foreign Affairs, the Republic of Ghana\n\nContact us Address: No. 2 Independence Avenue, Accra"})
	if err != nil {
		t.Fatal(err)
	}
	page, err := c.Clean(input.Document{Source: "a.html", HTML: "<html><head><title>Minister Meets Delegation</title></head><body><div id=main><h1>Minister Meets Delegation</h1><p>" + body + "</p><p>" + body + "</p></div>" +
		"<div class=\"copyright\">Copyright©1998-2014, Ministry of Foreign Affairs, the Republic of Ghana<br />Contact us Address: No. 2 Independence Avenue, Accra</div></body></html>"})
	if err != nil {
		t.Fatal(err)
	}
	want := "Ministry of Foreign Affairs, the Republic of Ghana"
	if txt.Article.Outlet != want || page.Article.Outlet != want {
		t.Errorf("outlets: text %q, HTML %q, want %q for both", txt.Article.Outlet, page.Article.Outlet, want)
	}
}
