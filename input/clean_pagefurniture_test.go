package input

import (
	"slices"
	"strings"
	"testing"
)

// TestPageFurnitureCut: each shape of real page furniture (clean_pagefurniture.go) is cut
// from an invented story, with the story kept; the text named in gone must not survive. Invented
// text in the shapes of bench/dev29furn/README.md.
func TestPageFurnitureCut(t *testing.T) {
	cases := []struct{ name, tail, gone string }{
		{"a list heading and other stories' headlines",
			"Next In Region\nCoastguard urges fishermen to stay in port\nOpposition slams harbour fees as unfair", "Opposition slams"},
		{"a ranking heading with numbered headlines",
			"Most Read\n1 Minister vows to cut ferry fares\n2 Islanders protest over water cuts", "Minister vows"},
		{"trending in a section",
			"Trending in Business\nUnions threaten strike at shipyard, says federation", "Unions threaten"},
		{"a heading then a tab bar then headlines",
			"Most Viewed\nDay|Week\nPrime minister rejects call for early vote", "Prime minister rejects"},
		{"headline, timestamp and teaser with its link label",
			"Latest Stories\nPort chief resigns over audit\n2026-10-14 09:12:40\nThe head of the port authority resigned on Tuesday after an audit found missing funds. Full Story", "Port chief"},
		{"a list spaced out as text from HTML",
			"Most Popular\n\nCoastguard urges fishermen to stay in port\n\nOpposition slams harbour fees as unfair\n\nFollow us on Telegram", "Opposition slams"},
		{"a list heading, headlines and relative timestamps",
			"What to Read Next\n\nCabinet approves ferry subsidy\n3 hours ago\n\nMayor accuses port of hiding audit\nYesterday", "Mayor accuses"},
		{"an editors' choice list", "Editors' Choice\nMinister orders review of harbour fees\nUnion slams port over night shifts", "Union slams"},
		{"a channel appeal with join", "Join our WhatsApp channel to get the latest news first.", "WhatsApp"},
		{"a disclaimer", "Disclaimer: The views expressed in comments do not represent those of the Island Ledger.", "Island Ledger"},
		{"a teaser alone", "The mayor on Monday accused the board of hiding the audit. Read more", "accused the board"},
		{"a tag line", "Tags / Keywords: Harbour , Dredging , Breakwater", "Keywords"},
		{"a topics label and its terms", "Topics\nHarbour Dredging Valletta Breakwater", "Dredging Valletta"},
		{"an editor line", "(Web editor: Chen Lu, Ma Jie)", "Chen Lu"},
		{"the address of the article", "Address of this article: http://news.example/2026/1014/c1.html", "Address of this"},
		{"a cookie banner", "We use cookies to improve your experience. By continuing to browse this site you agree to our use of cookies.", "cookies"},
		{"a newsletter form", "Get the morning's top stories delivered to your inbox.\nEnter your email address\nBy signing up, you agree to our Terms of Service and Privacy Policy.", "Terms of Service"},
		{"an app appeal", "Catch all the Harbour News on Island Ledger. Download The Island Ledger App to get daily updates.", "Island Ledger"},
		{"a channel appeal", "Follow us on our official Telegram channel for breaking news alerts and the latest updates!", "Telegram"},
		{"a subscription offer", "Save 25% OFF Island Ledger Digital\nMonthly Plan\n€ 4.99/month\nBilled as € 4.99 for the 1st month, € 9.99 thereafter.\nBest Value\nAnnual Plan", "Monthly Plan"},
		{"a support appeal", "Your support helps us to tell the story. We choose not to put our journalism behind a paywall, so every contribution from you counts.", "paywall"},
		{"a footer row of site links", "About Island Ledger Contact Us Site Map Advertise With Us", "Site Map"},
		{"a control row glued by the scraper", "Video PlayerClose", "Player"},
		{"a back-to-top button", "Back to top button", "button"},
		{"a feedback prompt", "Was this page helpful?", "helpful"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := cleanTail(t, tc.tail)
			if strings.Contains(got.Article.Text, tc.gone) {
				t.Errorf("furniture %q left in %q", tc.gone, got.Article.Text)
			}
		})
	}
}

// TestPageFurnitureHeader: furniture above the story: a one-line menu opening with "Home", a
// breadcrumb with slashes, a site name qualified by its country's abbreviation, a byline of a
// name over a desk role (the name goes to the authors) and a briefing's topic index.
func TestPageFurnitureHeader(t *testing.T) {
	const story = "Harbour Board Rejects Dredging Bid\n\nVALLETTA, 14 October 2026 - Malta's harbour board on Wednesday rejected a bid to dredge the Grand Harbour, saying the works would harm the breakwater.\n\nThe transport ministry said it backed the board's decision.\n"
	for _, tc := range []struct{ name, head, gone, author string }{
		{"a one-line menu", "Home About the Ministry Foreign Policy Press Room Consular Services Contact\n", "Press Room", ""},
		{"a slash breadcrumb", "Home / Nation / Harbour Board Rejects Dredging Bid\n", "Nation", ""},
		{"name over desk role", "Lena Farrugia\nMaritime Correspondent\n", "Lena Farrugia", "Lena Farrugia"},
		{"name, blank line, desk role", "Lena Farrugia\n\nMaritime Correspondent\n", "Lena Farrugia", "Lena Farrugia"},
		{"a briefing index", "INDEX:\nMinister to Meet Italian Ambassador / Ferry Links\nTalks on Migrant Rescues / Coastguard Funding\n", "Italian Ambassador", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := testCleaner(t).Clean(Document{Source: "case", Text: tc.head + "\n" + story})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(got.Article.Text, tc.gone) || !strings.Contains(got.Article.Text, "backed the board's decision") {
				t.Errorf("header %q left or story lost: %q", tc.gone, got.Article.Text)
			}
			if tc.author != "" && !slices.Contains(got.Article.Authors, tc.author) {
				t.Errorf("author %q not in %v", tc.author, got.Article.Authors)
			}
		})
	}
	got, err := testCleaner(t).Clean(Document{Source: "case", Outlet: "Department of Ports", Text: "U.S. Department of Ports\n\n" + story})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(got.Article.Text, "U.S. Department of Ports") {
		t.Errorf("qualified site name left: %q", got.Article.Text)
	}
}

// TestPageFurnitureKept: must-nots. Story text that shares words with the furniture shapes stays:
// a list of demands after its lead-in, a subheading, a story sentence about cookies, a price in a
// sentence, a quoted appeal, a speaker's name and post over a briefing, a sentence with "said"
// and "your support", a headline-like line before the story's first sentence.
func TestPageFurnitureKept(t *testing.T) {
	for _, tc := range []struct{ name, tail string }{
		{"a list of demands", "The dockers' union listed three demands:\nRestore the night-shift allowance\nHire forty more crane operators\nReopen talks on pensions"},
		{"a subheading and its paragraph", "Breakwater Concerns\n\nEngineers warned that the breakwater had settled by ten centimetres since 2019."},
		{"a story sentence about cookies", "Regulators said websites had asked visitors to accept cookies for years and that the rules would change."},
		{"a rent in a sentence", "Rents near the harbour rose to €1,200 a month, the statistics office said."},
		{"a quoted appeal", "\"We need your support to keep the ferries running,\" the mayor told residents."},
		{"an appeal reported with said", "The charity said your support helps us reach more families, quoting its leaflet."},
		{"the word home opening a sentence", "Home prices rose 4% in the third quarter, the central bank said."},
		{"a minister's thanks", "We thank you for your support and we will keep the ferries running all winter."},
		{"a sentence closed by a link", "A summary of the harbour audit is here: http://audit.example/2026/summary.pdf"},
		{"joining a group in a sentence", "Join our campaign, the union urged dockers in a leaflet that named the port group."},
		{"a tag word in a sentence", "Topics: the board said it would discuss dredging, pensions and ferry fares on Friday."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := cleanTail(t, tc.tail)
			for _, line := range strings.Split(tc.tail, "\n") {
				if line != "" && !strings.Contains(got.Article.Text, line) {
					t.Errorf("story line %q lost: %q", line, got.Article.Text)
				}
			}
		})
	}
	// After a list of other stories inside the story, a blank line ends the list: the subheading
	// after it stays.
	got := cleanTail(t, "Related:\nPort chief resigns over audit\n\nBreakwater Concerns\n\nEngineers warned that the breakwater had settled by ten centimetres since 2019.")
	if !strings.Contains(got.Article.Text, "Breakwater Concerns") || strings.Contains(got.Article.Text, "Port chief") {
		t.Errorf("mid-story list: %q", got.Article.Text)
	}
	const briefing = "Department Press Briefing\n\nMarco Vella, Deputy Spokesperson\nValletta\n\nMR VELLA: Good afternoon. The ministry demands that the ferry operator restore the winter timetable at once.\n"
	got, err := testCleaner(t).Clean(Document{Source: "case", Text: briefing})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Article.Text, "Marco Vella, Deputy Spokesperson") {
		t.Errorf("briefer's line lost: %q", got.Article.Text)
	}
	if len(got.Article.Authors) > 0 {
		t.Errorf("authors from a briefing header: %v", got.Article.Authors)
	}
}
