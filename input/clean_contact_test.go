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

// TestAuthorBio: the note on an op-ed's writer under "About the Author" is cut to the next blank
// line; a paragraph after the blank line and an "About" line naming a company stay. Invented text.
func TestAuthorBio(t *testing.T) {
	const head = "Debt talks drag on\n\nACCRA, 3 March 2026 - Creditors met in Paris on Monday to discuss Ghana's debt relief plan.\n\n"
	c := testCleaner(t)
	cases := []struct {
		name, tail, gone, kept string
	}{
		{"a bio under the label", "About the Author\nAma Owusu is a senior fellow at the Volta Policy Institute. Follow her on X.", "Volta Policy Institute", "Creditors met in Paris"},
		{"plural label with a colon", "About the authors:\nKofi Mensah and Efua Sam teach economics at the Cape Coast School of Finance.", "Cape Coast School", "Creditors met in Paris"},
		{"a paragraph after a blank line stays", "About the Author\nAma Owusu is a senior fellow at the Volta Policy Institute.\n\nThe finance ministry said the talks would resume in April.", "Volta Policy Institute", "talks would resume in April"},
		{"a company's About line stays", "About Volta Freight\nVolta Freight Ltd is a haulage company based in Tema.", "", "Volta Freight Ltd is a haulage company"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.Clean(Document{Source: "case", Text: head + tc.tail})
			if err != nil {
				t.Fatal(err)
			}
			if tc.gone != "" && strings.Contains(got.Article.Text, tc.gone) {
				t.Errorf("writer's note %q left in %q", tc.gone, got.Article.Text)
			}
			if !strings.Contains(got.Article.Text, tc.kept) {
				t.Errorf("%q lost from %q", tc.kept, got.Article.Text)
			}
		})
	}
}
