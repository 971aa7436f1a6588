package input

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// TestCleanRules runs each furniture rule on invented text in the manner of several outlets (not
// the wording of the real inputs, which TestCleanRealPages covers).
func TestCleanRules(t *testing.T) {
	cases := []struct {
		name      string
		doc       Document
		want      string
		authors   []string
		published string
	}{
		{name: "advertising slugs, headline, byline with two names, date line",
			doc:     Document{Text: "Advertisement\n\nSKIP ADVERTISEMENT\n\nSupported by\n\nMarkets Slide as Tariff Fears Grow\n\nBy Ana Ruiz and Tom Park\n\nJuly 3, 2019\n\nNEW YORK — Stocks fell on Tuesday as investors weighed new tariffs.\n\nAdvertisement\n"},
			want:    "Markets Slide as Tariff Fears Grow\n\nNEW YORK — Stocks fell on Tuesday as investors weighed new tariffs.",
			authors: []string{"Ana Ruiz", "Tom Park"}, published: "2019-07-03"},
		{name: "byline with date kept apart",
			doc:     Document{Title: "Port Strike Ends", Text: "By Lina Marsh July 10, 2015\n\nDock workers returned to work on Friday after a deal."},
			want:    "Port Strike Ends\n\nDock workers returned to work on Friday after a deal.",
			authors: []string{"Lina Marsh"}, published: "2015-07-10"},
		{name: "all-caps byline and wire dateline",
			doc:     Document{Title: "Treasury Names Manipulator", Text: "BY SARAH O'NEIL\n\nWASHINGTON (Reuters) - The Treasury named a currency manipulator on Monday."},
			want:    "Treasury Names Manipulator\n\nWASHINGTON (Reuters) - The Treasury named a currency manipulator on Monday.",
			authors: []string{"Sarah O'Neil"}},
		{name: "outlet line under a byline",
			doc:     Document{Title: "Ferry Fares Rise", Text: "By Ines Duarte and Kofi Boateng\nCoastal Wire Service\n\nLISBON — Ferry fares will rise by a tenth in May, the operator said."},
			want:    "Ferry Fares Rise\n\nLISBON — Ferry fares will rise by a tenth in May, the operator said.",
			authors: []string{"Ines Duarte", "Kofi Boateng"}},
		{name: "caption lines opened by a label, whatever their credit",
			doc: Document{Title: "Dockers Walk Out", Text: "HAMBURG, May 2 (Elbe Wire) - Dock workers walked out on Tuesday.\n\n" +
				"Photo: Dock workers march near Altona, Hamburg state, on Tuesday. ELBE WIRE/Jonas Falk\n\n" +
				"FILE PHOTO: Cranes at the Burchardkai terminal, March 3, 2026. Harbour Press/Mia Kohl/File Photo\n\n" +
				"Image caption: Union leader Petra Lang addresses strikers. Getty via Portside\n\n" +
				"Picture: A container ship waits off Cuxhaven.\n\n" +
				"Photos of the strike showed empty quays.\n\nThe union said the strike would last two days."},
			want: "Dockers Walk Out\n\nHAMBURG, May 2 (Elbe Wire) - Dock workers walked out on Tuesday.\n\nPhotos of the strike showed empty quays.\n\nThe union said the strike would last two days."},
		{name: "the headlines listed under a promo label",
			doc: Document{Title: "Mine Output Falls", Text: "LIMA, May 2 (Andes Wire) - Copper output fell in April, the ministry said.\n\n" +
				"Related coverage:\nPeru's copper exports hit record high\nChile's Codelco cuts output forecast\n\n" +
				"Read more:\n\n- Bolivia's lithium plant opens\n- Argentina's miners strike\n\n" +
				"The ministry said output would recover in June."},
			want: "Mine Output Falls\n\nLIMA, May 2 (Andes Wire) - Copper output fell in April, the ministry said.\n\nThe ministry said output would recover in June."},
		{name: "a promo label before a sentence keeps the sentence",
			doc:  Document{Title: "Mine Output Falls", Text: "LIMA, May 2 (Andes Wire) - Copper output fell in April.\n\nRead more:\nThe ministry said output would recover in June."},
			want: "Mine Output Falls\n\nLIMA, May 2 (Andes Wire) - Copper output fell in April.\n\nThe ministry said output would recover in June."},
		{name: "outlet line under a byline, then a date line",
			doc:     Document{Title: "Mill Closes", Text: "By Priya Raman\nThe Valley Courier\nMarch 3, 2022\n\nThe last paper mill in Dunmore closed on Thursday after 80 years."},
			want:    "Mill Closes\n\nThe last paper mill in Dunmore closed on Thursday after 80 years.",
			authors: []string{"Priya Raman"}, published: "2022-03-03"},
		{name: "a sentence starting with By is not a byline",
			doc:  Document{Title: "T", Text: "By contrast, exporters in Vietnam gained market share.\n\nBy Tuesday the talks had collapsed."},
			want: "T\n\nBy contrast, exporters in Vietnam gained market share.\n\nBy Tuesday the talks had collapsed."},
		{name: "photo captions with credits from several outlets",
			doc:  Document{Title: "Farm Exports Fall", Text: "Image\nA farmer inspects soybeans near Ames, Iowa.Credit...Daniel Acker/Bloomberg\n\nWorkers assemble engines at a plant in Ohio. (Photo: AP)\n\nProtesters gathered outside the embassy. Photograph: Ng Han Guan/AP\n\nThe ministry building in Beijing. Credit: Getty Images\n\nA container ship leaves Long Beach. (AP Photo/Mark Lennihan)\n\nSoybean exports fell by half last year, the department said."},
			want: "Farm Exports Fall\n\nSoybean exports fell by half last year, the department said."},
		{name: "promotions and share buttons",
			doc:  Document{Title: "Steel Tariffs Widen", Text: "Share this article\n\nShare on Facebook Share on Twitter Email Print\n\nThe tariffs now cover 40 countries.\n\n[Read more: How the tariffs hit carmakers.]\n\nRelated: Canada files a complaint\n\nSign up for our newsletter\n\nREAD MORE:\n\nOfficials expect more talks."},
			want: "Steel Tariffs Widen\n\nThe tariffs now cover 40 countries.\n\nOfficials expect more talks."},
		{name: "reporting credits go to authors, editors do not",
			doc:     Document{Title: "Talks Resume", Text: "Negotiators met again on Monday.\n\nFollow Ana Ruiz on Twitter: @anaruiz.\n\nTom Park contributed reporting from Seoul.\n\nReporting by Ana Ruiz in Washington and Li Wei in Beijing; Additional reporting by Jo Kim; Editing by Sam Holmes\n\nMei Lin and Raj Patel contributed reporting."},
			want:    "Talks Resume\n\nNegotiators met again on Monday.",
			authors: []string{"Ana Ruiz", "Tom Park", "Li Wei", "Jo Kim", "Mei Lin", "Raj Patel"}},
		{name: "wire taglines: reported from, contributed from, contact line, more-from link, follow on social media",
			doc:     Document{Title: "Talks Stall", Text: "Negotiators left Quito without a deal.\n\nLuisa Paredes reported from Quito; additional reporting by Omar Haddad in Lima.\n\nNadia Karam contributed from Beirut.\n\nLuisa Paredes can be reached at luisa.paredes@example.com\n\nMore from Andes Wire: Copper exports hit record\n\nFollow Andes Wire on social media for updates."},
			want:    "Talks Stall\n\nNegotiators left Quito without a deal.",
			authors: []string{"Luisa Paredes", "Omar Haddad", "Nadia Karam"}},
		{name: "a sentence about reporting stays",
			doc:  Document{Title: "T", Text: "The agency reported from its own sources that talks had stalled.\n\nLyse Martin reported from Kyiv that troops had withdrawn.\n\nJapan contributed from its reserves.\n\nMore from the ministry was expected on Friday."},
			want: "T\n\nThe agency reported from its own sources that talks had stalled.\n\nLyse Martin reported from Kyiv that troops had withdrawn.\n\nJapan contributed from its reserves.\n\nMore from the ministry was expected on Friday."},
		{name: "print edition line and reprint links",
			doc:  Document{Title: "Markets Slide", Text: "Stocks fell sharply.\n\nA version of this article appears in print on July 4, 2019, Section B, Page 1 of the New York edition with the headline: Markets Slide. Order Reprints | Today’s Paper | Subscribe\n\nOrder Reprints | Today's Paper | Subscribe"},
			want: "Markets Slide\n\nStocks fell sharply."},
		{name: "breadcrumbs, navigation menu, copyright",
			doc:  Document{Text: "Home > World > Asia\n\nNews\nWorld\nBusiness\nOpinion\nSports\nCulture\n\nVietnam Courts Factories Leaving China\n\nHANOI — Manufacturers are moving production to Vietnam to avoid tariffs.\n\n© 2019 Example News Group. All rights reserved.\nContact us: news@example.com"},
			want: "Vietnam Courts Factories Leaving China\n\nHANOI — Manufacturers are moving production to Vietnam to avoid tariffs."},
		{name: "a site's notice about itself",
			doc:  Document{Title: "Minister Visits Port", Text: "The minister visited the port on Monday.\n\nThe Digital Services Unit of the Ministry of Transport maintains this website as a service to the public.\n\nThis site is managed by the Press Office.\n\nExternal links to other Internet sites should not be construed as an endorsement."},
			want: "Minister Visits Port\n\nThe minister visited the port on Monday."},
		{name: "known title: page header before it is dropped",
			doc:  Document{Title: "EU Weighs Retaliation", URL: "https://news.example.org/eu-retaliation", Text: "Skip to main content\nEurope\n\nEU Weighs Retaliation\n\nBrussels is preparing a list of American goods to target."},
			want: "EU Weighs Retaliation\n\nBrussels is preparing a list of American goods to target."},
		{name: "headline printed twice (page title and h1)",
			doc:  Document{Text: "Ministry Briefing on Export Controls\n\nMenu\n\nMinistry Briefing on Export Controls\n\nThe spokesperson answered questions on export controls."},
			want: "Ministry Briefing on Export Controls\n\nThe spokesperson answered questions on export controls."},
		{name: "image alt text printed twice as a caption",
			doc:  Document{Title: "Envoy Arrives", Text: "The envoy waves to reporters at the airport in Seoul, South Korea.\nThe envoy waves to reporters at the airport in Seoul, South Korea.\n\nThe envoy arrived for two days of talks."},
			want: "Envoy Arrives\n\nThe envoy arrived for two days of talks."},
		{name: "press release header lines",
			doc:  Document{Text: "For Immediate Release March 5, 2020\n\nStatement by the Secretary on Export Controls\n\n2:15 P.M. EST\n\nThe Department today announced new export controls."},
			want: "Statement by the Secretary on Export Controls\n\nThe Department today announced new export controls.", published: "2020-03-05"},
		{name: "outlet footer at the end of the page",
			doc:  Document{Title: "Ports Reopen", URL: "https://www.harborcourier.com/a/1", Text: "The ports reopened on Monday.\n\nHarbor Courier\n\nThe Harbor Courier covers shipping news in more than 20 countries"},
			want: "Ports Reopen\n\nThe ports reopened on Monday."},
		{name: "outlet footer named in full where the site uses its initials",
			doc:  Document{Title: "Vote Disputed", URL: "https://www.gbcnews.example/a/2", Text: "Opposition parties disputed the vote on Monday.\n\nGlobal Broadcasting Corporation\n\nAbout us | Contact"},
			want: "Vote Disputed\n\nOpposition parties disputed the vote on Monday."},
		{name: "the page's outlet on a line of its own in the header",
			doc:  Document{Title: "Vote Disputed", URL: "https://www.gbcnews.example/a/4", Text: "Africa\n\nVote Disputed\n\nGBC News\n\nOpposition parties disputed the vote on Monday."},
			want: "Vote Disputed\n\nOpposition parties disputed the vote on Monday."},
		{name: "the outlet with an article, and a date line with a dotted time and zone",
			doc:       Document{Title: "Port Fees Rise", URL: "https://harborledger.example.com/a/5", Text: "Port Fees Rise\n\nMaria Lund, Shipping Correspondent\nThe Harbor Ledger\nMon 6 Oct 2025 09.15 BST\n\nPort fees rose on Monday after a vote."},
			want:      "Port Fees Rise\n\nMaria Lund, Shipping Correspondent\n\nPort fees rose on Monday after a vote.",
			published: "2025-10-06"},
		{name: "a closing short line that is not the outlet stays",
			doc:  Document{Title: "Vote Disputed", URL: "https://www.gbcnews.example/a/3", Text: "Opposition parties disputed the vote on Monday.\n\nNorthern Coal Board"},
			want: "Vote Disputed\n\nOpposition parties disputed the vote on Monday.\n\nNorthern Coal Board"},
		{name: "label left with nothing after it",
			doc:  Document{Title: "T", Text: "The talks ended.\n\nSee also:"},
			want: "T\n\nThe talks ended."},
		{name: "inline HTML tags and Markdown marks in scraped text",
			doc:  Document{Title: "Fact Sheet", Text: "### <u>Steel and Aluminum</u>\n\n-   The tariff on <b>steel</b> will rise.\n-   The tariff on aluminum will rise."},
			want: "Fact Sheet\n\nSteel and Aluminum\n\nThe tariff on steel will rise.\n\nThe tariff on aluminum will rise."},
		{name: "white space, NBSP, zero-width and CRLF",
			doc:  Document{Title: "  Spaced\u00a0 Title ", Text: "First\u00a0 line\u200b of\ttext.\r\n\r\n\r\n\r\nSecond   paragraph.\r\n"},
			want: "Spaced Title\n\nFirst line of text.\n\nSecond paragraph."},
		{name: "a colon after credit or image in a sentence is not a photo credit",
			doc:  Document{Title: "T", Text: "Updated 5:07 PM ET\n\nThe firm claimed new tax credits: about $5 million.\n\nThe image: a country in decline."},
			want: "T\n\nThe firm claimed new tax credits: about $5 million.\n\nThe image: a country in decline."},
		{name: "bulleted short items are content, not a menu",
			doc:  Document{Title: "Members", Text: "The group has five members:\n\n- Canada\n- Mexico\n- Japan\n- South Korea\n- Australia"},
			want: "Members\n\nThe group has five members:\n\nCanada\n\nMexico\n\nJapan\n\nSouth Korea\n\nAustralia"},
		{name: "HTML without an article element falls back to the page text",
			doc:  Document{HTML: "<html><body>Advertisement<br>Short note from the ministry.</body></html>"},
			want: "Short note from the ministry."},
		{name: "dash attribution line keeps its dash; wire end marks go",
			doc:  Document{Title: "Quote of the Day", Text: "“We will not back down.”\n— Commerce Minister Wang Wentao\n\n-30-\n\n###"},
			want: "Quote of the Day\n\n“We will not back down.” — Commerce Minister Wang Wentao"},
		{name: "a press release's ENDS line goes; a sentence ending in Ends stays",
			doc:  Document{Title: "Union statement", Text: "The union rejected the offer.\n\nENDS\n\nThe strike ends on Friday.\n\n-ENDS-"},
			want: "Union statement\n\nThe union rejected the offer.\n\nThe strike ends on Friday."},
		{name: "transcript speaker turns stay",
			doc:  Document{Title: "Briefing", Text: "Q: Will the talks resume?\n\nA: We have no information to release.\n\nMODERATOR: Thank you all."},
			want: "Briefing\n\nQ: Will the talks resume?\n\nA: We have no information to release.\n\nMODERATOR: Thank you all."},
	}
	c := testCleaner(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.doc.Source == "" {
				tc.doc.Source = "case"
			}
			got, err := c.Clean(tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			checkCleanedShape(t, got)
			if got.Article.Text != tc.want {
				t.Errorf("text\n got %q\nwant %q", got.Article.Text, tc.want)
			}
			if !reflect.DeepEqual(got.Article.Authors, tc.authors) {
				t.Errorf("authors = %q, want %q", got.Article.Authors, tc.authors)
			}
			if got.Article.PublishedAt != tc.published {
				t.Errorf("published = %q, want %q", got.Article.PublishedAt, tc.published)
			}
		})
	}
}

// TestCleanHardWrap joins lines cut at a fixed width back into paragraphs and keeps the breaks the
// writer chose.
func TestCleanHardWrap(t *testing.T) {
	text := strings.Join([]string{
		"Trade Representative Katherine",
		"Tai:",
		"The United States will continue to press China on its non-",
		"market practices, and we will work with our partners to make",
		"sure that the rules of the road are fair for our workers.",
		"",
		"Overview",
		"The measures cover steel, aluminum, semiconductors, batteries",
		"and critical minerals, along with ship-to-shore cranes and",
		"medical products.",
		"- Steel and aluminum tariffs rise to 25 percent in 2024 for",
		"  products covered by the earlier action.",
		"- Semiconductor tariffs rise to 50 percent by 2025.",
	}, "\n")
	c := testCleaner(t)
	got, err := c.Clean(Document{Source: "wrap", Title: "Fact Sheet", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := "Fact Sheet\n\n" +
		"Trade Representative Katherine Tai:\n\n" +
		"The United States will continue to press China on its non-market practices, and we will work with our partners to make sure that the rules of the road are fair for our workers.\n\n" +
		"Overview\n\n" +
		"The measures cover steel, aluminum, semiconductors, batteries and critical minerals, along with ship-to-shore cranes and medical products.\n\n" +
		"Steel and aluminum tariffs rise to 25 percent in 2024 for products covered by the earlier action.\n\n" +
		"Semiconductor tariffs rise to 50 percent by 2025."
	if got.Article.Text != want {
		t.Errorf("got\n%s\nwant\n%s", got.Article.Text, want)
	}
	checkCleanedShape(t, got)
}

// TestCleanHardWrapLeadIn: in hard-wrapped text, a line that introduces what follows ("From X:")
// after a line that ends a sentence is a paragraph of its own however long the line above, so a
// list of reactions keeps each quotation apart from the next speaker's line.
func TestCleanHardWrapLeadIn(t *testing.T) {
	text := strings.Join([]string{
		"From Fisheries Minister Arne Solberg:",
		"\"The ruling confirms what the fishermen of the northern coast have always known about the zone.\"",
		"From Foreign Minister Clara Dietz of Ostmark:",
		"\"We reject the ruling. The court ignored the historical record, and we will appeal it.\"",
		"The court will hear the appeal in the autumn, a spokesman for the registry said on",
		"Tuesday.",
	}, "\n")
	got, err := testCleaner(t).Clean(Document{Source: "wrap", Title: "Reactions", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := "Reactions\n\n" +
		"From Fisheries Minister Arne Solberg:\n\n" +
		"\"The ruling confirms what the fishermen of the northern coast have always known about the zone.\"\n\n" +
		"From Foreign Minister Clara Dietz of Ostmark:\n\n" +
		"\"We reject the ruling. The court ignored the historical record, and we will appeal it.\"\n\nThe court will hear the appeal in the autumn, a spokesman for the registry said on Tuesday."
	if got.Article.Text != want {
		t.Errorf("got\n%s\nwant\n%s", got.Article.Text, want)
	}
}

// TestCleanHTML checks the HTML path on an invented news page: title, byline names and date from
// the byline's structure, captions and credits out of the text.
func TestCleanHTML(t *testing.T) {
	c := testCleaner(t)
	cl := cleanFile(t, "testdata/clean/byline-page.html")
	_ = c
	a := cl.Article
	if a.Title != "Port Workers Strike Over Automation Plans" {
		t.Errorf("title %q", a.Title)
	}
	if !reflect.DeepEqual(a.Authors, []string{"Lina Marsh", "Omar Haddad"}) {
		t.Errorf("authors %q", a.Authors)
	}
	if a.PublishedAt != "2015-07-10" || a.Outlet != "The Harbor Courier" {
		t.Errorf("published %q outlet %q", a.PublishedAt, a.Outlet)
	}
	if !strings.HasPrefix(a.Text, "Port Workers Strike Over Automation Plans\n\nOAKVILLE — Dock workers walked off") {
		t.Errorf("text starts %.100q", a.Text)
	}
	for _, s := range []string{"Cranes stood idle", "Jane Roe", "picket line", "By ", "July 10", "Copyright", "Home"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("text keeps %q", s)
		}
	}
	checkCleanedShape(t, cl)

	// A byline written as text, with no markup, and no meta tags.
	page := `<html><head><title>Harbor Pilots Join Strike</title></head><body><article>
<h1>Harbor Pilots Join Strike</h1><p class="byline">By Omar Haddad July 12, 2015</p>
<p>Harbor pilots joined the strike on Saturday, the union said, leaving ships stranded offshore.</p>
<p>The port authority asked a court to order the pilots back to work while talks continue with the union over the automation plans.</p></article></body></html>`
	got, err := c.Clean(Document{Source: "p", HTML: page})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Article.Authors, []string{"Omar Haddad"}) || got.Article.PublishedAt != "2015-07-12" {
		t.Errorf("authors %q published %q", got.Article.Authors, got.Article.PublishedAt)
	}
	if got.Article.Text != "Harbor Pilots Join Strike\n\nHarbor pilots joined the strike on Saturday, the union said, leaving ships stranded offshore.\n\nThe port authority asked a court to order the pilots back to work while talks continue with the union over the automation plans." {
		t.Errorf("text %q", got.Article.Text)
	}

	// Scraped HTML stored with its JSON escapes.
	got, err = c.Clean(Document{Source: "e", HTML: `<p>First paragraph of the story.</p>\r\n\r\n<p>Second paragraph.</p>\r\n`})
	if err != nil {
		t.Fatal(err)
	}
	if got.Article.Text != "First paragraph of the story.\n\nSecond paragraph." {
		t.Errorf("escaped HTML: %q", got.Article.Text)
	}
}

func TestCleanEmpty(t *testing.T) {
	c := testCleaner(t)
	for _, d := range []Document{{Text: "Advertisement\n\nSKIP ADVERTISEMENT\n"}, {HTML: "<html><body><nav></nav></body></html>"}, {}} {
		if _, err := c.Clean(d); err != ErrNoContent {
			t.Errorf("Clean(%+v) err = %v, want ErrNoContent", d, err)
		}
	}
}

func TestCleanArticleID(t *testing.T) {
	c := testCleaner(t)
	a, _ := c.Clean(Document{URL: "https://example.com/a/", Text: "One.\n"})
	b, _ := c.Clean(Document{URL: "https://example.com/a", Text: "Two."})
	if a.Article.ID != b.Article.ID {
		t.Error("same URL, different IDs")
	}
	x, _ := c.Clean(Document{Text: "Same text.\r\n"})
	y, _ := c.Clean(Document{Text: "Same   text."})
	if x.Article.ID != y.Article.ID || x.Article.ID == a.Article.ID {
		t.Error("text IDs not stable")
	}
}

// TestParseDate: the written forms of a date, and what is none ("sometime in spring": "", false).
func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2018-05-04":                "2018-05-04",
		"2018-05-04T23:30:00-04:00": "2018-05-04",
		"May 4, 2018":               "2018-05-04",
		"4 May 2018":                "2018-05-04",
		"Friday, May 4, 2018":       "2018-05-04",
		"05/04/2018":                "2018-05-04",
		"2018/5/4":                  "2018-05-04",
		"Sept 16, 2023":             "2023-09-16", // AP's four-letter abbreviation, with or without its period
		"Sept. 16, 2023":            "2023-09-16",
		"16 Sept 2023":              "2023-09-16",
		"Sep 16, 2023":              "2023-09-16",
		"Septic 16, 2023":           "",
		"sometime in spring":        "",
		"":                          "",
	} {
		if got, ok := ParseDate(in); got != want || ok != (want != "" || in == "") {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestUnparseableDateIsDropped: a published value that is no date is not stored (it would filter
// as text), and the article still loads.
func TestUnparseableDateIsDropped(t *testing.T) {
	for _, in := range []string{"yesterday", "TBD", "n/a"} {
		if d, ok := ParseDate(in); ok || d != "" {
			t.Errorf("ParseDate(%q) = %q, %v; want \"\", false", in, d, ok)
		}
		c, err := testCleaner(t).Clean(Document{Source: "x.jsonl:3", Title: "Talks", Published: in, Text: "The talks ended on Monday without a deal."})
		if err != nil || c.Article.PublishedAt != "" {
			t.Errorf("published %q: stored %q, error %v; want no date and no error", in, c.Article.PublishedAt, err)
		}
	}
	if c, err := testCleaner(t).Clean(Document{Source: "x", Published: "March 3, 2021", Text: "The talks ended."}); err != nil || c.Article.PublishedAt != "2021-03-03" {
		t.Errorf("a real date: %+v %v", c, err)
	}
}

// BenchmarkClean cleans a 10,000-word plain-text page with furniture between its paragraphs.
func BenchmarkClean(b *testing.B) {
	c := testCleaner(b)
	var sb strings.Builder
	sb.WriteString("Advertisement\n\nTariff Talks Drag On\n\nBy Ana Ruiz\n\n")
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&sb, "BEIJING — China said on day %d it would respond to the U.S. tariffs on $%d billion of goods. Mr. Wang declined to comment, and officials said talks would resume.\n\n", i, i+50)
		if i%10 == 0 {
			sb.WriteString("Advertisement\n\nImage\nA port in Shanghai.Credit...Reuters\n\n")
		}
	}
	doc := Document{Source: "bench", Text: sb.String()}
	b.SetBytes(int64(len(doc.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := c.Clean(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCleanConcurrent shares one Cleaner between goroutines (run with -race).
func TestCleanConcurrent(t *testing.T) {
	c := testCleaner(t)
	doc := Document{Source: "c", Title: "Talks Resume", Text: "By Ana Ruiz\n\nBEIJING — Talks resumed in the U.S. Officials said so. “Yes.” He left.\n\nAdvertisement\n\nMr. Wang declined to comment."}
	want, err := c.Clean(doc)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				got, err := c.Clean(doc)
				if err != nil || !reflect.DeepEqual(got, want) {
					t.Errorf("concurrent Clean differs: %v", err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestCopyrightHolder: the holder a copyright line names (moved from loader/actor_publisher_test.go).
func TestCopyrightHolder(t *testing.T) {
	for in, want := range map[string]string{
		"Copyright©1998-2014, Ministry of Foreign Affairs, the People's Republic of China": "Ministry of Foreign Affairs, the People's Republic of China",
		"© 2023 Harbor Ledger. All rights reserved.":                                       "Harbor Ledger",
		"Copyright (c) 2019 Ministry of Trade of Ghana":                                    "Ministry of Trade of Ghana",
		"Copyright 2020":                                       "",
		"copyright infringement is a crime":                    "",
		"The copyright of this page belongs to them.":          "",
		"Copyright Office officials said the rule was unfair.": "",
		"Copyright 2021 Harbor Ledger":                         "Harbor Ledger",
	} {
		if got := copyrightHolder(in); got != want {
			t.Errorf("copyrightHolder(%q) = %q, want %q", in, got, want)
		}
	}
}
