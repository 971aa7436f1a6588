package input

import (
	"strings"
	"testing"
)

// TestContactBlock: a release's contact block loses its items (name, title, e-mail, telephone)
// under its label, in several publishers' shapes; near misses keep a story's lines that follow
// a contact label with a blank line, and a sentence under a label. Invented text.
func TestContactBlock(t *testing.T) {
	const head = "Port operator reports record year\n\nLUSAKA, 3 March 2026 - The Zambezi Port Company said on Monday that cargo volumes rose by a fifth.\n\n"
	gone := []struct{ name, block, person string }{
		{"PR Newswire's Media Contact", "Media Contact:\nKelesitse Banda\nHead of Communications\nkbanda@zpc.example\n+260 21 555 0100", "Kelesitse Banda"},
		{"press contacts with a phone label", "Press contacts\nOrla Dempsey, Press Officer\nTel: (01) 555 0199", "Orla Dempsey"},
		{"gov.uk's media enquiries", "Media enquiries\nEmail newsdesk@ports.example\nTelephone 020 7946 0000", "newsdesk"},
		{"the AU's further information line", "For further information contact:\nMr. Tamrat Bekele, Directorate of Information\nE-mail: press@union.example", "Tamrat Bekele"},
	}
	c := testCleaner(t)
	for _, tc := range gone {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.Clean(Document{Source: "case", Text: head + tc.block})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(got.Article.Text, tc.person) {
				t.Errorf("contact item %q left in %q", tc.person, got.Article.Text)
			}
			if !strings.Contains(got.Article.Text, "cargo volumes rose") {
				t.Errorf("story lost: %q", got.Article.Text)
			}
		})
	}
	kept := []struct{ name, block, line string }{
		{"a paragraph after a blank line under the label", "Media Contact\n\nMinister Kelesitse Banda welcomed the results.", "Minister Kelesitse Banda welcomed the results."},
		{"a sentence under the label", "Contact:\nThe company said the figures would be audited by independent accountants next month.", "The company said the figures would be audited"},
		{"a name line under no label", "Kelesitse Banda\nHead of Communications", "Kelesitse Banda"},
	}
	for _, tc := range kept {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.Clean(Document{Source: "case", Text: head + tc.block})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got.Article.Text, tc.line) {
				t.Errorf("story line %q lost from %q", tc.line, got.Article.Text)
			}
		})
	}
}
