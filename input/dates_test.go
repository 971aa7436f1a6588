package input

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const dateBody = "Officials met on Tuesday to discuss the trade dispute between the two countries.\n\nThe talks ended without an agreement, a spokesman for the ministry said."

// TestPublishedDateSources checks each source of the publication date and the order they are
// tried in: the record's field, HTML metadata (meta tag, JSON-LD, <time>, meta name=date), a date
// line or wire dateline, the title, the file name.
func TestPublishedDateSources(t *testing.T) {
	page := func(head, body string) string {
		return "<html><head><title>Trade talks end</title>" + head + "</head><body><article><h1>Trade talks end</h1>" +
			body + "<p>Officials met on Tuesday to discuss the trade dispute between the two countries of the region.</p>" +
			"<p>The talks ended without an agreement, a spokesman for the ministry said to reporters.</p></article></body></html>"
	}
	const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2019-02-03T08:00:00Z"}]}</script>`
	for _, tc := range []struct {
		name       string
		doc        Document
		date, from string
	}{
		{"json field beats everything", Document{Published: "2020-01-02", File: "x-2011-01-01.txt", Title: "Talks on May 14, 2018", Text: dateBody}, "2020-01-02", DateFromJSON},
		{"flag", Document{Published: "May 3, 2017", PublishedSource: DateFromFlag, Text: dateBody}, "2017-05-03", DateFromFlag},
		{"a json value that is no date falls through", Document{Published: "yesterday", Title: "Talks on May 14, 2018", Text: dateBody}, "2018-05-14", DateFromTitle},
		{"meta article:published_time", Document{HTML: page(`<meta property="article:published_time" content="2018-04-05T10:00:00-04:00">`+ld+`<meta name="date" content="2001-01-01">`, `<time datetime="2016-01-01">Jan 1</time>`)}, "2018-04-05", DateFromMeta},
		{"json-ld datePublished", Document{HTML: page(ld+`<meta name="date" content="2001-01-01">`, `<time datetime="2016-01-01">Jan 1</time>`)}, "2019-02-03", DateFromJSONLD},
		{"time datetime", Document{HTML: page(`<meta name="date" content="2001-01-01">`, `<p class="byline">By Ann Lee <time datetime="2016-07-08">July 8</time></p>`)}, "2016-07-08", DateFromTime},
		{"meta name=date", Document{HTML: page(`<meta name="date" content="2001-02-03">`, "")}, "2001-02-03", DateFromMetaDate},
		{"updated line", Document{Text: "Talks end\n\nUpdated: April 04, 2018\n\n" + dateBody}, "2018-04-04", DateFromDateline},
		{"release line", Document{Text: "Talks end\n\nFor Immediate Release October 4, 2018\n\n" + dateBody}, "2018-10-04", DateFromDateline},
		{"wire dateline", Document{Text: "BEIJING, March 9, 2021 — " + dateBody}, "2021-03-09", DateFromDateline},
		{"a place-and-date line under a statement's heading", Document{Text: "Statement of the Harbour Board on the strike\n\nBergen, 3 March 2027\n\n" + dateBody}, "2027-03-03", DateFromDateline},
		{"a place-and-date line under the signature", Document{Text: "Notice to shippers\n\n" + dateBody + "\n\nThe Harbour Master\n\nPort Louis, 9 April 2027"}, "2027-04-09", DateFromDateline},
		{"a sitting's date, venue and city", Document{Text: "Hearing on the Harbour Levy and the Concession of the Container Terminal\n\nTuesday, 6 February 2029, Parliament Buildings, Port Louis\n\n" + dateBody}, "2029-02-06", DateFromDateline},
		{"a sitting's date, time and city under a heading line", Document{Text: "Security Council, 9999th meeting: The situation in the Middle East\n\nUnited Nations Security Council\nWednesday, 20 March 2029, 10 a.m., New York\n\n" + dateBody}, "2029-03-20", DateFromDateline},
		{"a place and date inside a sentence is no date line", Document{Text: "Notice to shippers\n\nWe met in Bergen, 3 March 2027 was the day.\n\n" + dateBody}, "", ""},
		{"dateline beats title", Document{Title: "Press Conference on May 14, 2018", Text: "Published: May 15, 2018\n\n" + dateBody}, "2018-05-15", DateFromDateline},
		{"title", Document{Title: "Regular Press Conference of the Ministry of Commerce (August 29, 2019)", Text: dateBody}, "2019-08-29", DateFromTitle},
		{"headline of plain text", Document{Text: "Spokesperson's Regular Press Conference on June 19, 2018\n\n" + dateBody}, "2018-06-19", DateFromTitle},
		{"file name", Document{File: "/data/statements/007_treasury-statement-2018-03-22.txt", Text: dateBody}, "2018-03-22", DateFromFileName},
		{"file name with underscores", Document{File: "wire_2020_11_30.html", Text: dateBody}, "2020-11-30", DateFromFileName},
		{"no date in a file name's digits", Document{File: "report-20181301999.txt", Text: dateBody}, "", ""},
		{"an impossible file date is none", Document{File: "x-2018-13-45.txt", Text: dateBody}, "", ""},
		{"nothing", Document{Text: dateBody}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.doc.Source = "test"
			c, err := testCleaner(t).Clean(tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			if c.Article.PublishedAt != tc.date || c.Article.PublishedSource != tc.from {
				t.Errorf("published %q from %q, want %q from %q", c.Article.PublishedAt, c.Article.PublishedSource, tc.date, tc.from)
			}
		})
	}
}

func TestJSONLDDate(t *testing.T) {
	for in, want := range map[string]string{
		`{"@type":"NewsArticle","datePublished":"2018-05-14"}`:                  "2018-05-14",
		`[{"@type":"Organization"},{"datePublished":" 2018-05-15T01:02:03Z "}]`: "2018-05-15T01:02:03Z",
		`{"@graph":[{"@type":"NewsArticle","datePublished":"2018-05-16"}]}`:     "2018-05-16",
		`{"@type":"NewsArticle","dateModified":"2018-05-16"}`:                   "",
		`{"datePublished": 2018}`:                                               "",
		`not json`:                                                              "",
	} {
		if got := jsonLDDate(in); got != want {
			t.Errorf("jsonLDDate(%s) = %q, want %q", in, got, want)
		}
	}
}

// TestReadSetsFileOnlyForWholeFiles: the date in a file's name is for the one article the file
// holds, never for the lines of a JSONL file.
func TestReadSetsFileOnlyForWholeFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	txt := write("a-2018-01-02.txt", dateBody)
	one := write("b-2018-01-03.json", `{"text": "The talks ended."}`)
	lines := write("c-2018-01-04.jsonl", `{"text": "The talks ended."}`+"\n"+`{"text": "They resumed."}`+"\n")
	got := map[string]string{}
	err := Read(context.Background(), []string{txt, one, lines}, strings.NewReader(""), func(d Document, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		got[d.Source] = d.File
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{txt: txt, one: one, lines + ":1": "", lines + ":2": ""}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: File = %q, want %q", k, got[k], v)
		}
	}
}

// TestCorpusDates: the shared corpus writes its dates in titles, date lines and file names;
// nearly every article must get one.
func TestCorpusDates(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.*"))
	if len(files) == 0 {
		t.Skip("no shared corpus")
	}
	dated, total := 0, 0
	for _, f := range files {
		if k := kindOfExt(f); k != kindText && k != kindHTML {
			continue
		}
		err := Read(context.Background(), []string{f}, nil, func(d Document, err error) error {
			if err != nil {
				return err
			}
			c, err := testCleaner(t).Clean(d)
			if err != nil {
				return err
			}
			total++
			if c.Article.PublishedAt != "" {
				dated++
			} else {
				t.Logf("no date: %s", f)
			}
			if want := fileNameDate(f); c.Article.PublishedAt != "" && want != "" && c.Article.PublishedAt != want {
				// 017 is a briefing of 04-04 published on 04-06: the page's date line wins
				t.Logf("%s: %s from %s (file name says %s)", filepath.Base(f), c.Article.PublishedAt, c.Article.PublishedSource, want)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if total < 20 || dated*100 < total*95 {
		t.Errorf("%d of %d corpus articles dated, want at least 95%%", dated, total)
	}
}
