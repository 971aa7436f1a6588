package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlaceDateLineShapes: the place-and-date line with more than one place field (a venue, then
// its city or country: "State House, Nairobi, 12 August 2024"), the date after a dash ("<Place>,
// <City> — <Month D, YYYY>") and after a weekday ("<City>, <Weekday>, <D Month YYYY>") give the
// article's date when nothing else does (nu21 finding A22); a line that is a sentence does not.
func TestPlaceDateLineShapes(t *testing.T) {
	for _, tc := range []struct {
		name, line, date string
	}{
		{"venue and city", "Government House, Port Moresby, 21 May 2027", "2027-05-21"},
		{"venue, city and country", "Palais des Nations, Geneva, Switzerland, 6 June 2027", "2027-06-06"},
		{"ministry with of, and its city", "Ministry of Trade and Industry, Windhoek, 14 July 2027", "2027-07-14"},
		{"venue and city, a dash and the date", "Union Buildings, Pretoria — September 2, 2027", "2027-09-02"},
		{"city, weekday, date", "Suva, Friday, 5 November 2027", "2027-11-05"},
		{"venue, city, weekday, date", "Parliament House, Canberra, Monday, 6 December 2027", "2027-12-06"},
		{"one place, as before", "Bergen, 3 March 2027", "2027-03-03"},
		{"seat and a city with a particle", "Emiri Diwan, Ras al Khaimah, 8 April 2027", "2027-04-08"},
		{"seat, quarter and a city with a particle", "Villa Hugel, Essen, Frankfurt am Main, 2 May 2027", "2027-05-02"},
		// near misses, never read as a date line (the headline fallback may still read their date):
		// a sentence, a line with lower-case words, a date without its year
		{"a sentence ending in a full stop", "The envoys met at Government House, Port Moresby, 21 May 2027.", ""},
		{"a clause with a verb", "Officials gathered in Windhoek, 14 July 2027", ""},
		{"a date without its year", "Government House, Port Moresby, 21 May", ""},
		{"four place fields", "Room Four, East Wing, Government House, Port Moresby, 21 May 2027", ""},
		{"one name, a dash and a date: a headline", "Harbour Board Briefing – 17 October 2027", ""},
		{"text after the date", "Union Buildings, Pretoria — September 2, 2027 — the talks resumed", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Document{Source: "test", Text: "Notice to Shippers on the Harbour Levy\n\n" + tc.line + "\n\n" + dateBody}
			c, err := testCleaner(t).Clean(doc)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tc.date != "" && (c.Article.PublishedAt != tc.date || c.Article.PublishedSource != DateFromDateline):
				t.Errorf("%q: published %q from %q, want %q from the date line", tc.line, c.Article.PublishedAt, c.Article.PublishedSource, tc.date)
			case tc.date == "" && c.Article.PublishedSource == DateFromDateline:
				t.Errorf("%q: read as a date line (%q)", tc.line, c.Article.PublishedAt)
			}
		})
	}
}

// TestWholeDocPlaceDates loads the whole documents of loader/testdata/wholedoc21/product21b and
// checks each article's date against gold.tsv (no metadata, no date in the file names).
func TestWholeDocPlaceDates(t *testing.T) {
	dir := filepath.Join("..", "loader", "testdata", "wholedoc21", "product21b")
	gold, err := os.ReadFile(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, ln := range strings.Split(string(gold), "\n") {
		if f := strings.Split(ln, "\t"); len(f) > 2 && !strings.HasPrefix(ln, "#") {
			want[f[0]] = f[1]
		}
	}
	for file, date := range want {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		c, err := testCleaner(t).Clean(Document{Source: file, File: file, Text: string(b)})
		if err != nil {
			t.Fatal(err)
		}
		if c.Article.PublishedAt != date {
			t.Errorf("%s: published %q (from %q), want %q", file, c.Article.PublishedAt, c.Article.PublishedSource, date)
		}
	}
}
