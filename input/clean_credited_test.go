package input

import (
	"strings"
	"testing"
)

// TestCreditedBodyOutlet: a source credit line naming one body ("Source: Global Affairs Canada",
// "Source: Ministry for Foreign Affairs of Finland") is cut from the text and gives the article
// its outlet when nothing else names one; a credit naming several bodies or the news services in
// general names no outlet, and an outlet given with the document is kept.
func TestCreditedBodyOutlet(t *testing.T) {
	c, err := NewCleaner()
	if err != nil {
		t.Fatal(err)
	}
	body := "Statement on the floods\n\nWe send our condolences to the people of Osland.\n\n"
	cases := []struct{ name, text, outlet, want string }{
		{"one body", body + "Source: Global Affairs Canada", "", "Global Affairs Canada"},
		{"a body's name with 'for'", body + "Source: Ministry for Foreign Affairs of Finland", "", "Ministry for Foreign Affairs of Finland"},
		{"near miss: several bodies", body + "SOURCE: Al Jazeera and news agencies", "", ""},
		{"near miss: a list", body + "Source: Reuters, AFP", "", ""},
		{"near miss: the outlet given", body + "Source: Global Affairs Canada", "Osland Times", "Osland Times"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cl, err := c.Clean(Document{Source: "t.txt", Text: tc.text, Outlet: tc.outlet})
			if err != nil {
				t.Fatal(err)
			}
			if cl.Article.Outlet != tc.want {
				t.Errorf("outlet %q, want %q", cl.Article.Outlet, tc.want)
			}
			if tc.want != "" && tc.outlet == "" && len(cl.Article.Text) > 0 && strings.Contains(cl.Article.Text, "Source:") {
				t.Errorf("the credit line stayed in the text: %q", cl.Article.Text)
			}
		})
	}
}
