package input

import (
	"slices"
	"strings"
	"testing"
)

// cleanTail cleans an invented story with tail appended after its last paragraph.
func cleanTail(t *testing.T, tail string) *Cleaned {
	t.Helper()
	const head = "Harbour Board Rejects Dredging Bid\n\nVALLETTA, 14 October 2026 - Malta's harbour board on Wednesday rejected a bid to dredge the Grand Harbour, saying the works would harm the breakwater.\n\nThe transport ministry said it backed the board's decision.\n\n"
	got, err := testCleaner(t).Clean(Document{Source: "case", Text: head + tail})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Article.Text, "backed the board's decision") {
		t.Fatalf("story lost: %q", got.Article.Text)
	}
	return got
}

// TestWireTails: the Bloomberg, Reuters and syndication tails of a wire story are cut, with the
// reporters they credit kept as authors and the editors and outlets gone; near misses in the
// story's own words stay. Invented text.
func TestWireTails(t *testing.T) {
	gone := []struct{ name, tail, gone, author string }{
		{"Bloomberg's assistance line", "--With assistance from Karin Holm and Piotr Nowak.", "Karin Holm", "Piotr Nowak"},
		{"assistance with an en dash", "– With assistance from Yusuf Demir", "Yusuf Demir", "Yusuf Demir"},
		{"Bloomberg's reporter contact", "To contact the reporter on this story: Joana Pires in Lisbon at jpires5@example.com", "Joana Pires", "Joana Pires"},
		{"Bloomberg's editors' contact", "To contact the editors responsible for this story: Hal Brenner at hbrenner@example.com, Ines Calvo", "Ines Calvo", ""},
		{"a syndication note", "This article was originally published on The Harbour Review.", "Harbour Review", ""},
		{"Bloomberg's editors line", "--Editors: Nadia Rahimi, Colm Byrne", "Colm Byrne", ""},
		{"a reporter's contact tagline", "Reach Salome Kvara at skvara@example.com or on X @skvara.", "Salome Kvara", "Salome Kvara"},
		{"a desk's credit", "Reporting by the Valletta newsroom; Editing by Maeve Dunne", "Maeve Dunne", ""},
		{"a service's staff", "(Reporting by Levant Wire staff; Editing by Maeve Dunne)", "Levant Wire", ""},
		{"a credit line after a dash", "— Reporting by Ivo Petrov in Sofia; editing by Maeve Dunne", "Maeve Dunne", "Ivo Petrov"},
		{"a wire's first-published note", "This story by Levant Wire Service was first published Oct. 14.", "Levant Wire", ""},
	}
	for _, tc := range gone {
		t.Run(tc.name, func(t *testing.T) {
			got := cleanTail(t, tc.tail)
			if strings.Contains(got.Article.Text, tc.gone) {
				t.Errorf("tail %q left in %q", tc.gone, got.Article.Text)
			}
			if tc.author != "" && !slices.Contains(got.Article.Authors, tc.author) {
				t.Errorf("author %q not in %v", tc.author, got.Article.Authors)
			}
			if tc.author == "" && len(got.Article.Authors) > 0 {
				t.Errorf("editors or outlets as authors: %v", got.Article.Authors)
			}
		})
	}
	kept := []struct{ name, line string }{
		{"assistance in a story sentence", "With assistance from the World Bank, the port authority rebuilt the quay."},
		{"reporting by as a subject", "Reporting by local radio suggested the dredger had already left Catania."},
		{"a report first published", "This study was first published by the harbour board in 2021 and disputed by engineers."},
		{"a report's publication in the story", "This report was first published by the auditors in May and ignored by the board."},
		{"contacting the reporter", "To contact the reporter, the board's lawyer wrote to the newspaper."},
		{"editors as a label of a sentence", "Editors: the board said its decision was final."},
		{"contact as an imperative sentence", "Contact the ministry at its office in Valletta, the board said."},
		{"a dash and reporting by a medium", "— Reporting by state television suggested the vote was close."},
	}
	for _, tc := range kept {
		t.Run(tc.name, func(t *testing.T) {
			got := cleanTail(t, tc.line)
			if !strings.Contains(got.Article.Text, tc.line) {
				t.Errorf("story line %q lost from %q", tc.line, got.Article.Text)
			}
		})
	}
}

// TestReleaseSignOffs: a release's authorisation statement and one-line contact are cut; a
// sentence opened by "Authorised by" and a contact sentence stay. Invented text.
func TestReleaseSignOffs(t *testing.T) {
	gone := []struct{ name, tail, gone string }{
		{"an Australian authorisation", "Authorised by K. Doyle, Harbour Alliance, 3 Quay Street, Sliema.", "Quay Street"},
		{"a US paid-for disclaimer", "Paid for by Friends of the Breakwater", "Friends of the Breakwater"},
		{"a UK imprint", "Promoted by Lorna Vella on behalf of Harbour First, 9 Marina Road, Birgu", "Harbour First"},
		{"a contact office with a phone", "Contact: Head of the Communications Unit of the Presidency, +356 2100 0000", "Communications Unit"},
		{"a media contact with a title and e-mail", "Media contact: Rita Azzopardi, Press Officer, razzopardi@example.org", "Rita Azzopardi"},
		{"a contact sentence with an address", "For media inquiries, please contact Tonio Farrugia at tfarrugia@example.org.", "Tonio Farrugia"},
		{"inquiries directed to", "Press enquiries should be directed to Tonio Farrugia on +356 2122 0011.", "Tonio Farrugia"},
		{"an address in brackets", "Press contact: Tonio Farrugia (tfarrugia@example.org)", "Tonio Farrugia"},
		{"authorised and printed", "Authorised and printed by Tonio Farrugia for the Harbour Alliance, 3 Quay Street, Sliema.", "Harbour Alliance"},
		{"media relations", "Media Relations: Tonio Farrugia, +356 2122 0011", "Tonio Farrugia"},
		{"press enquiries", "Press enquiries: Harbour Board Press Office | press@harbour.example | 2122 0000", "Press Office"},
	}
	for _, tc := range gone {
		t.Run(tc.name, func(t *testing.T) {
			got := cleanTail(t, tc.tail)
			if strings.Contains(got.Article.Text, tc.gone) {
				t.Errorf("sign-off %q left in %q", tc.gone, got.Article.Text)
			}
			if len(got.Article.Authors) > 0 {
				t.Errorf("sign-off names as authors: %v", got.Article.Authors)
			}
		})
	}
	kept := []struct{ name, line string }{
		{"authorised by as a participle", "Authorised by parliament, the new tariffs took effect in June."},
		{"a press office label over a sentence", "Press office: the board said its decision was final."},
		{"a contact sentence without an address", "For more information on the tariffs, contact the ministry, the board said."},
		{"inquiries directed to a body", "Media inquiries should be directed to the ministry, the board said."},
		{"contact as a noun", "Contact between the two harbour boards resumed on Friday."},
		{"a contact line holding a sentence", "Contact: the ministry said no request had been received, officials added."},
	}
	for _, tc := range kept {
		t.Run(tc.name, func(t *testing.T) {
			got := cleanTail(t, tc.line)
			if !strings.Contains(got.Article.Text, tc.line) {
				t.Errorf("story line %q lost from %q", tc.line, got.Article.Text)
			}
		})
	}
}

// TestRelatedRun: a closing run of other stories' headlines, bulleted and unlabelled, is cut;
// a single item, a list of demands in sentence case, a list of short names and posts and a
// headline list followed by more story text stay. Invented text.
func TestRelatedRun(t *testing.T) {
	got := cleanTail(t, "- Tunisia Port Strike Enters Third Week as Unions Dig In\n- Greek Shipowners Warn Over New Emissions Levy\n* Libya Oil Output Recovers After Blockade Ends")
	for _, h := range []string{"Tunisia Port", "Greek Shipowners", "Libya Oil"} {
		if strings.Contains(got.Article.Text, h) {
			t.Errorf("related headline %q left in %q", h, got.Article.Text)
		}
	}
	kept := []struct{ name, tail, line string }{
		{"one item", "- Tunisia Port Strike Enters Third Week as Unions Dig In", "Tunisia Port Strike"},
		{"demands in sentence case", "- Stop the dredging works at once\n- Publish the engineers' report on the breakwater", "Stop the dredging works"},
		{"names and posts", "- Maria Borg, Chair\n- Paul Zammit, Treasurer", "Maria Borg"},
		{"a list before more story", "- Tunisia Port Strike Enters Third Week as Unions Dig In\n- Greek Shipowners Warn Over New Emissions Levy\n\nThe board will meet again on Friday to review the bid.", "Greek Shipowners"},
	}
	for _, tc := range kept {
		t.Run(tc.name, func(t *testing.T) {
			got := cleanTail(t, tc.tail)
			if !strings.Contains(got.Article.Text, tc.line) {
				t.Errorf("%q lost from %q", tc.line, got.Article.Text)
			}
		})
	}
}

// TestPromoLines: a related-stories label without a colon cuts the headlines under it, and a
// label with its headline on one line ("ALSO READ | …", "More from X: …") goes, at any
// headline length up to fifteen words; a label followed by a sentence stays. Invented text.
func TestPromoLines(t *testing.T) {
	gone := []struct{ name, tail string }{
		{"a label without a colon", "Related stories\nTunisia Port Strike Enters Third Week as Unions Dig In\nGreek Shipowners Warn Over Levy"},
		{"also read with a pipe", "Also Read | Tunisia Port Strike Enters Third Week as Unions Dig In"},
		{"also read in capitals", "ALSO READ: Tunisia Port Strike Enters Third Week"},
		{"more from an outlet, a long headline", "More from Levant Wire: Tunisia Port Strike Enters Third Week as Unions Dig In Over Pay"},
		{"you may also like", "You may also like\nTunisia Port Strike Enters Third Week"},
	}
	for _, tc := range gone {
		t.Run(tc.name, func(t *testing.T) {
			got := cleanTail(t, tc.tail)
			if strings.Contains(got.Article.Text, "Tunisia") {
				t.Errorf("promo headline left in %q", got.Article.Text)
			}
		})
	}
	kept := []struct{ name, tail, line string }{
		{"a sentence after an inline label", "Read more: the Tunisian ministry said the strike had ended.", "the Tunisian ministry said the strike had ended"},
		{"a sentence under a label", "Related stories\n\nTunisia said the strike had ended, the minister added.", "Tunisia said the strike had ended"},
		{"more as a story's word", "More from the port's budget will go to dredging, Tunisia said.", "More from the port's budget"},
	}
	for _, tc := range kept {
		t.Run(tc.name, func(t *testing.T) {
			got := cleanTail(t, tc.tail)
			if !strings.Contains(got.Article.Text, tc.line) {
				t.Errorf("%q lost from %q", tc.line, got.Article.Text)
			}
		})
	}
}
