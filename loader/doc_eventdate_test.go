package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/text"
)

// product21Gold is one line of loader/testdata/wholedoc21/product21/gold.tsv.
type product21Gold struct {
	file, src, keyword, date, prec, speaker string
	typ                                     graph.RelType
}

func readProduct21Gold(t *testing.T) (dir string, gold []product21Gold) {
	t.Helper()
	dir = filepath.Join("testdata", "wholedoc21", "product21")
	b, err := os.ReadFile(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, ln := range strings.Split(string(b), "\n") {
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) != 7 {
			t.Fatalf("gold line %q: want 7 tab-separated fields", ln)
		}
		gold = append(gold, product21Gold{file: f[0], typ: graph.RelType(f[1]), src: f[2], keyword: f[3], date: f[4], prec: f[5], speaker: f[6]})
	}
	return dir, gold
}

func extractProduct21(t *testing.T, dir string, gold []product21Gold) map[string]*graphView {
	t.Helper()
	views := map[string]*graphView{}
	for _, g := range gold {
		if views[g.file] != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, g.file))
		if err != nil {
			t.Fatal(err)
		}
		views[g.file] = view(extractDoc(t, input.Document{Source: g.file, Text: string(b)}))
	}
	return views
}

// TestEventDatesWholeDocuments loads the whole documents of product21 (wire stories and a
// ministry statement, dated by their datelines) and checks each expected relation's event date:
// some evidence sentence has the gold date and precision, or, for "-", none has an event date.
func TestEventDatesWholeDocuments(t *testing.T) {
	dir, gold := readProduct21Gold(t)
	views := extractProduct21(t, dir, gold)
	for _, g := range gold {
		rels := views[g.file].rels(g.typ, g.src, g.keyword)
		if len(rels) == 0 {
			t.Logf("%s: no %s %s … %q (not an event-date failure)", g.file, g.typ, g.src, g.keyword)
			continue
		}
		found, any := false, false
		for _, r := range rels {
			for _, e := range r.Evidence {
				any = any || e.EventDate != ""
				found = found || e.EventDate == g.date && e.EventDatePrecision == g.prec
			}
		}
		if g.date == "-" && any || g.date != "-" && !found {
			t.Errorf("%s: %s %s … %q: want event date %s %s; evidence %v", g.file, g.typ, g.src, g.keyword, g.date, g.prec, evidenceDates(rels))
		}
	}
	// the speaker of a trailing attribution (evidence_speaker.go attributedSpeaker)
	for _, g := range gold {
		v := views[g.file]
		rels := v.rels(g.typ, g.src, g.keyword)
		if g.speaker == "-" || len(rels) == 0 {
			continue
		}
		found := false
		for _, r := range rels {
			for _, e := range r.Evidence {
				found = found || e.Speaker != "" && v.label(e.Speaker) == g.speaker
			}
		}
		if !found {
			t.Errorf("%s: %s %s … %q: no evidence with speaker %s", g.file, g.typ, g.src, g.keyword, g.speaker)
		}
	}
	// membership and part-whole are states, not events: no event date (extract.go build)
	for file, v := range views {
		for _, r := range v.g.Relations {
			for _, e := range r.Evidence {
				if (r.Type == graph.MemberOf || r.Type == graph.PartOf) && e.EventDate != "" {
					t.Errorf("%s: %s has event date %s (%q)", file, r.Type, e.EventDate, e.Text)
				}
			}
		}
	}
}

func evidenceDates(rels []graph.Relation) []string {
	var out []string
	for _, r := range rels {
		for _, e := range r.Evidence {
			out = append(out, e.EventDate+"/"+e.EventDatePrecision+" ("+e.Text+")")
		}
	}
	return out
}

// TestEventDateRules reads the date expressions of invented sentences against a publication
// date (Thursday 2021-06-17): each must give its TIMEX3 value and granularity, and the near
// misses none (a future clause, a later date, a date that is no adjunct of the cue's clause, a
// dateline, a year used as a modifier).
func TestEventDateRules(t *testing.T) {
	const pub = "2021-06-17"
	cases := []struct {
		sentence, cue, date, prec string
	}{
		{"Norway condemned the raid on Tuesday.", "condemned", "2021-06-15", docpkg.PrecDay},
		{"Norway condemned the raid on Thursday.", "condemned", "2021-06-17", docpkg.PrecDay},
		{"Chile last Thursday rejected the offer.", "rejected", "2021-06-10", docpkg.PrecDay},
		{"Yesterday, the council endorsed the plan.", "endorsed", "2021-06-16", docpkg.PrecDay},
		{"The minister denounced the decision on 3 March 2020.", "denounced", "2020-03-03", docpkg.PrecDay},
		{"The minister denounced the decision on March 3, 2020, aides said.", "denounced", "2020-03-03", docpkg.PrecDay},
		{"On Feb. 9th of last year, Peru expelled the envoy.", "expelled", "2020-02-09", docpkg.PrecDay},
		{"On Monday, May 3, the union backed the strike.", "backed", "2021-05-03", docpkg.PrecDay},
		{"In October last year, Ghana imposed a levy on imports.", "imposed", "2020-10-01", docpkg.PrecMonth},
		{"Ghana imposed a levy on imports in late March.", "imposed", "2021-03-01", docpkg.PrecMonth},
		{"Ghana imposed a levy on imports in 2017.", "imposed", "2017-01-01", docpkg.PrecYear},
		{"Earlier this month, the court blocked the law.", "blocked", "2021-06-01", docpkg.PrecMonth},
		{"The court blocked the law earlier this year.", "blocked", "2021-01-01", docpkg.PrecYear},
		{"Fiji opposed the quota last week.", "opposed", "2021-06-07", docpkg.PrecWeek},
		{"Fiji opposed the quota last month, officials said.", "opposed", "2021-05-01", docpkg.PrecMonth},
		{"Fiji opposed the quota two weeks ago.", "opposed", "2021-05-31", docpkg.PrecWeek},
		{"Fiji opposed the quota three days ago.", "opposed", "2021-06-14", docpkg.PrecDay},
		{"Fiji opposed the quota a year ago.", "opposed", "2020-01-01", docpkg.PrecYear},
		// the nearest date of the cue's clause: the fronted "On Monday" is out of scope of "said"
		{"Laos rejected the claim on Monday, and Vietnam said in April that it would respond.", "rejected", "2021-06-14", docpkg.PrecDay},
		{"In May, Peru backed the plan, but Chile rejected it.", "backed", "2021-05-01", docpkg.PrecMonth},
		{"The U.S.-Chile pact was signed on Monday.", "signed", "2021-06-14", docpkg.PrecDay},
		// a relation without a cue (a claim that is its sentence): the first clause decides
		{"Q: On May 3, Chile rejected the offer.", "", "2021-05-03", docpkg.PrecDay},
		{"Yesterday, the council endorsed the plan.", "", "2021-06-16", docpkg.PrecDay},
		{"The pact, signed in May, is a model for the region.", "", "", ""},
		{"Ghana backed the plan, from its start in 2019 to its end.", "", "", ""},
		// near misses
		{"Norway will condemn the raid on Tuesday.", "condemn", "", ""},
		{"Fiji will oppose the quota next week.", "oppose", "", ""},
		{"Ghana plans to impose a levy in September.", "impose", "", ""},
		{"The minister denounced the 2015 agreement.", "denounced", "", ""},
		{"OSLO, June 17, 2021 (Reuters) - Norway condemned the raid.", "condemned", "", ""},
		{"The talks broke down on Tuesday, and Chile rejected the offer.", "rejected", "", ""},
		{"Chile rejected the offer, which had been made in May.", "rejected", "", ""},
		{"This agreement was rejected by Chile.", "rejected", "", ""},
		{"Since last year, Chile has opposed the quota.", "opposed", "", ""},
		{"Chile has opposed the quota since March 2020.", "opposed", "", ""},
		{"In May, Peru backed the plan, but Chile rejected it.", "rejected", "", ""},
		{"Peru backed the plan in May but Chile rejected it.", "rejected", "", ""},
		{"The Chile-Peru talks ended; the envoy will return in May.", "return", "", ""},
		{"She will speak about the U.S.-China dispute of 2019 and the talks in 2020.", "speak", "", ""},
	}
	for _, c := range cases {
		st := &sent{Toks: text.Tokenize([]rune(c.sentence), 0)}
		cs, ce := -1, 0
		for _, tok := range st.Toks {
			if c.cue != "" && tok.Lower == c.cue {
				cs, ce = tok.Start, tok.End
			}
		}
		date, prec := docpkg.EventDate(st, cs, ce, pub)
		if date != c.date || prec != c.prec {
			t.Errorf("%q: event date %q %q, want %q %q", c.sentence, date, prec, c.date, c.prec)
		}
	}
}
