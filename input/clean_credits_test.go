package input

import (
	"reflect"
	"strings"
	"testing"
)

// TestCreditLines: the agency and outlet credits of several services in their own shapes (issue
// 14), each cut, and story lines of the same look kept. Invented text.
func TestCreditLines(t *testing.T) {
	credits := []string{
		// picture captions ending in a credit
		"Rescuers search the rubble in Antakya on Tuesday. (Anadolu/Emre Yildiz)",
		"A cargo ship leaves the port of Busan. (Yonhap/Kim Min-jae)",
		"Farmers rally outside parliament in New Delhi. PTI/Ravi Choudhary",
		"Police officers guard the ministry in Madrid, Spain, on March 4. EFE/Juan Carlos Hidalgo",
		"Delegates arrive for the summit in Rome. ANSA/Giuseppe Lami/File Photo",
		"Soldiers patrol a street in Donetsk [File: TASS]",
		"Residents queue for bread in Khartoum [Ahmed Said/AFP]",
		"Protesters gather outside the court in Berlin [Photo: dpa]",
	}
	for _, s := range credits {
		if !captionCredit(s) {
			t.Errorf("captionCredit(%q) = false, want a caption with its credit", s)
		}
	}
	story := []string{
		"The ministry called the report biased (Reuters).", // a credit inside the sentence is no caption line
		"The minister thanked the crowd. [Applause]",
		"Delegates agreed to extend the talks with the World Trade Organization (WTO)",
		"He said the land belongs to both peoples (Israel and Palestine).",
		"The two sides met in Geneva. Talks resume on Monday.",
		"Ministers of Kenya and Uganda met on the border. Kenya/Uganda",
	}
	for _, s := range story {
		if captionCredit(s) {
			t.Errorf("captionCredit(%q) = true, want story text", s)
		}
	}
	desk := []string{"BBC News, Nairobi", "BBC Middle East correspondent", "Reuters, Seoul", "Staff writer",
		"Kyodo News diplomatic correspondent", "AFP bureau chief, Lagos"}
	for _, s := range desk {
		if !bylineDeskLine(s) {
			t.Errorf("bylineDeskLine(%q) = false", s)
		}
	}
	for _, s := range []string{"The ministry said on Monday it would appeal.", "Talks resume on 3 May", "He is a former correspondent"} {
		if bylineDeskLine(s) {
			t.Errorf("bylineDeskLine(%q) = true, want a sentence", s)
		}
	}
	for _, s := range []string{"With inputs from PTI", "With files from The Associated Press", "(With agencies)",
		"With reporting from Reuters and AFP", "Getty Images", "AFP via Getty Images", "Image source, EPA",
		"Image caption, Police disperse protesters in Dhaka", "Media caption, Watch: the moment the dam burst"} {
		if !signOff(s) {
			t.Errorf("signOff(%q) = false", s)
		}
	}
	for _, s := range []string{"— Trade Minister Ana Silva", "With files from the ministry, the court ruled against the firm.",
		"With inputs from farmers, the plan was revised", "European Union", "Reuters"} {
		if signOff(s) {
			t.Errorf("signOff(%q) = true, want story text or an attribution", s)
		}
	}
	for _, s := range []string{"SOURCE: Al Jazeera and news agencies", "Source: Reuters, AFP", "Sources: News agencies"} {
		if !sourceCredit(s) {
			t.Errorf("sourceCredit(%q) = false", s)
		}
	}
	for _, s := range []string{"Source: a senior official said the talks had stalled", "Sources: the ministry"} {
		if sourceCredit(s) {
			t.Errorf("sourceCredit(%q) = true, want a sentence", s)
		}
	}
	// an aggregator's issuer line, a country and its department: kept for the loader (nodes21)
	for _, s := range []string{"Source: Zambia: Ministry of Energy", "SOURCE: Fiji: Office of the Prime Minister"} {
		if sourceCredit(s) {
			t.Errorf("sourceCredit(%q) = true, want an issuer line kept", s)
		}
	}
}

// TestCleanAgencyCredits cleans whole stories in the manner of several services: every credit
// line goes (contributors become authors), the story keeps the lines that name a service as an
// actor ("told Kyodo News", "Xinhua reported").
func TestCleanAgencyCredits(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    string
		authors []string
	}{
		{name: "byline desk line, caption credit, AP contributor line",
			text: "Lagoon towns brace for floods\n\nBy Mara Osei\nBBC West Africa correspondent\n\nACCRA, June 4 (BBC) – Ghana's government ordered evacuations on Monday.\n\n" +
				"Residents wade through water in Keta. (AP Photo/Kwame Mensah)\n\nThe mayor told Kyodo News the town would rebuild.\n\n" +
				"Associated Press writers Lin Wei in Beijing and Ana Costa in Lisbon contributed to this report.",
			want:    "Lagoon towns brace for floods\n\nACCRA, June 4 (BBC) – Ghana's government ordered evacuations on Monday.\n\nThe mayor told Kyodo News the town would rebuild.",
			authors: []string{"Mara Osei", "Lin Wei", "Ana Costa"}},
		{name: "Xinhua caption and Enditem; Yonhap desk line with place",
			text: "Seoul urges talks\n\nBy Park Ji-hoon\nYonhap News, Seoul\n\nSEOUL, Jan. 3 (Yonhap) -- South Korea urged the North to return to talks on Friday.\n\n" +
				"File photo shows the border village of Panmunjom. (Xinhua/Zhang Lei)\n\nXinhua reported that Pyongyang had not replied. Enditem",
			want:    "Seoul urges talks\n\nSEOUL, Jan. 3 (Yonhap) -- South Korea urged the North to return to talks on Friday.\n\nXinhua reported that Pyongyang had not replied.",
			authors: []string{"Park Ji-hoon"}},
		{name: "AP end notes below a rule, source line",
			text: "Island states press for cuts\n\nSUVA, Fiji (AP) — Pacific leaders demanded deeper emission cuts on Tuesday.\n\nSOURCE: Anadolu and news agencies\n\n___\n\n" +
				"The Associated Press receives support from several private foundations. The AP is solely responsible for all content.",
			want: "Island states press for cuts\n\nSUVA, Fiji (AP) — Pacific leaders demanded deeper emission cuts on Tuesday."},
		{name: "picture credits on lines of their own; a headline with a slash stays",
			text: "US/China Talks Resume\n\nBEIJING, May 5 (Xinhua) -- China and the United States resumed trade talks on Monday.\n\nXinhua/Li Ming\n\n" +
				"The talks will last two days.\n\nREUTERS/Jane Doe\n\nBoth sides said progress was made.\n\nPhoto by Ana Ruiz/AFP via Getty Images\n\nThe next round is due in June.",
			want: "US/China Talks Resume\n\nBEIJING, May 5 (Xinhua) -- China and the United States resumed trade talks on Monday.\n\nThe talks will last two days.\n\n" +
				"Both sides said progress was made.\n\nThe next round is due in June."},
		{name: "sign-off after the last sentence",
			text: "Talks stall\n\nGENEVA - Negotiators failed to agree on Friday.\n\nThe talks will resume in May, the chair said. (AFP)",
			want: "Talks stall\n\nGENEVA - Negotiators failed to agree on Friday.\n\nThe talks will resume in May, the chair said."},
		{name: "dash sign-off after the last sentence",
			text: "Talks stall\n\nGENEVA - Negotiators failed to agree on Friday.\n\nThe talks will resume in May. -- Reuters",
			want: "Talks stall\n\nGENEVA - Negotiators failed to agree on Friday.\n\nThe talks will resume in May."},
		{name: "a bracket inside the last sentence stays",
			text: "Talks stall\n\nNegotiators failed to agree with the World Trade Organization (WTO).\n\nThe talks end on Friday — and the chair will leave",
			want: "Talks stall\n\nNegotiators failed to agree with the World Trade Organization (WTO).\n\nThe talks end on Friday — and the chair will leave"},
		{name: "a rule with a quotation after it is story text",
			text: "Talks stall\n\nGENEVA (AFP) - Negotiators failed to agree on Friday.\n\n___\n\n\"We will return next week,\" the chair said.",
			want: "Talks stall\n\nGENEVA (AFP) - Negotiators failed to agree on Friday.\n\n___\n\n\"We will return next week,\" the chair said."},
	}
	c := testCleaner(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.Clean(Document{Source: "case", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			if got.Article.Text != tc.want {
				t.Errorf("text\n got %q\nwant %q", got.Article.Text, tc.want)
			}
			if !reflect.DeepEqual(got.Article.Authors, tc.authors) && !(len(tc.authors) == 0 && len(got.Article.Authors) == 0) {
				t.Errorf("authors = %q, want %q", got.Article.Authors, tc.authors)
			}
			if strings.Contains(got.Article.Text, "Enditem") {
				t.Error("Enditem left in the text")
			}
		})
	}
}

// TestBylineOutlets: bylines that give the writer's outlet after a separator, or open with a
// credit word ("Interview by", "Compiled by"), are bylines: the names go to the authors, the
// outlet with the line. A sentence opening with "By" stays.
func TestBylineOutlets(t *testing.T) {
	c := testCleaner(t)
	for _, b := range []string{"By Sipho Ndlovu, Reuters", "By Sipho Ndlovu | Reuters", "By Sipho Ndlovu / Associated Press", "Compiled by Sipho Ndlovu for AFP",
		"Story by Sipho Ndlovu, Anadolu Agency", "Interview by Sipho Ndlovu", "By Sipho Ndlovu — BBC News", "Photos by Sipho Ndlovu"} {
		got, err := c.Clean(Document{Source: "case", Text: "Pretoria rejects levy\n\n" + b + "\n\nPRETORIA, May 5 (Reuters) - South Africa rejected the levy on Monday."})
		if err != nil {
			t.Fatal(err)
		}
		if want := "Pretoria rejects levy\n\nPRETORIA, May 5 (Reuters) - South Africa rejected the levy on Monday."; got.Article.Text != want {
			t.Errorf("%q: text %q", b, got.Article.Text)
		}
		if !reflect.DeepEqual(got.Article.Authors, []string{"Sipho Ndlovu"}) {
			t.Errorf("%q: authors %q", b, got.Article.Authors)
		}
	}
	// names in capitals keep every writer (whatever their case) and lose the outlet after them
	for b, n := range map[string]int{"By THANDI MOKOENA Associated Press": 1, "By THANDI MOKOENA and PIETER van WYK": 2,
		"By SIPHO NDLOVU and JOHN McGREGOR": 2, "By THANDI MOKOENA and SIPHO NDLOVU Associated Press": 2} {
		got, err := c.Clean(Document{Source: "case", Text: "Pretoria rejects levy\n\n" + b + "\n\nPRETORIA, May 5 (AP) — South Africa rejected the levy on Monday."})
		if err != nil {
			t.Fatal(err)
		}
		if a := got.Article.Authors; len(a) != n || strings.Contains(strings.Join(a, "|"), "Press") {
			t.Errorf("%q: authors %q, want %d writers without the outlet", b, a, n)
		}
	}
	got, err := c.Clean(Document{Source: "case", Text: "Levy\n\nBy Monday the ministry had withdrawn the levy, officials said."})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Article.Text, "By Monday the ministry") {
		t.Errorf("a sentence opening with By was cut: %q", got.Article.Text)
	}
}
