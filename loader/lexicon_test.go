package loader

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
)

// minimalLexicons is a complete, tiny lexicon set for tests that swap lexicons.
func minimalLexicons() fstest.MapFS {
	fs := fstest.MapFS{}
	files := map[string]string{
		lexCountries:   "Velmora | VLM | Velmoran | Ostrava Nova | the Republic of Velmora\n",
		lexActors:      "Harbor Council | GOVERNMENT | VLM | HC\n",
		lexTitles:      "minister | | state\nmr. | | honorific\n",
		lexOrgWords:    "ministry | GOVERNMENT\nbank | ORGANIZATION\n",
		lexStopNames:   "the\nmonday\n",
		lexGroups:      "officials | head\nsenior | drop\n",
		lexCues:        "reject | OPPOSES | 12 | REJECT | V\nthreaten to | THREATENS | 13 | THREATEN | VTO\n",
		lexSpeech:      "say | speech\nstatement | noun\n",
		lexHedges:      "may\n",
		lexNegations:   "not\n",
		lexIrregular:   "say | said | said | says\n",
		lexLightVerbs:  "impose\n",
		lexDiscuss:     "discuss\n",
		lexPolicyWords: "plan\n",
		lexPartOf:      "arm | part\n",
		lexNonActors:   "strip | place\n",
		lexDefinites:   "ministry | named\n",
		lexCommon:      "harbor\ntoll\n",
		lexOrgTails:    "shipping\n",
		lexPortfolios:  "minister | head | Ministry\n",
		lexBodies:      "navy | 0\n",
		lexOrgNouns:    "company | any |\n",
		lexDocHeads:    "order\n",
		lexEvaluations: "unfair | - | afinn\n",
		lexGendered:    "ms. | f\n",
	}
	for k, v := range files {
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fs
}

func TestNewExtractorSwappedLexicons(t *testing.T) {
	x, err := NewExtractor(minimalLexicons())
	if err != nil {
		t.Fatal(err)
	}
	c, err := exCleaner(t).Clean(input.Document{Source: "t", Text: "Minister Ada Rusk of Velmora rejected the toll plan. Senior Velmoran officials said the harbor would stay open."})
	if err != nil {
		t.Fatal(err)
	}
	g, err := x.Extract(c)
	if err != nil {
		t.Fatal(err)
	}
	checkExpect(t, g, []string{"PERSON Ada Rusk", "COUNTRY Velmora", "OPPOSES Ada Rusk -> toll plan",
		"CLAIMS Velmoran officials -> harbor would stay open"})
}

func TestNewExtractorErrors(t *testing.T) {
	cases := []struct {
		name, file, data, want string
	}{
		{"missing file", lexCues, "", "lexicons/cues.txt"},
		{"too few fields", lexCues, "reject | OPPOSES\n", "lexicons/cues.txt:1"},
		{"unknown relation", lexCues, "reject | HATES | 12 | REJECT | V\n", "unknown relation type"},
		{"bad frame", lexCues, "reject | OPPOSES | 12 | REJECT | Q\n", "frame"},
		{"VTO without to", lexCues, "refuse | OPPOSES | 12 | REJECT | VTO\n", "must end in"},
		{"bad ISO3", lexCountries, "Velmora | VL | | |\n", "three letters"},
		{"bad actor kind", lexActors, "Harbor Council | BOAT | |\n", "not an actor kind"},
		{"unknown actor country", lexActors, "Harbor Council | GOVERNMENT | XXX |\n", "unknown country code"},
		{"bad title class", lexTitles, "minister | | boss\n", "class"},
		{"bad org kind", lexOrgWords, "bank | PERSON\n", "ORGANIZATION or GOVERNMENT"},
		{"empty file", lexHedges, "# only a comment\n", "no entries"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := minimalLexicons()
			if c.data == "" {
				delete(fs, c.file)
			} else {
				fs[c.file] = &fstest.MapFile{Data: []byte(c.data)}
			}
			_, err := NewExtractor(fs)
			var le *LexiconError
			if !errors.As(err, &le) || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "loader: ") {
				t.Fatalf("got %v, want a *LexiconError mentioning %q", err, c.want)
			}
		})
	}
}

func TestProductionLexiconsLoad(t *testing.T) {
	x, err := NewExtractor(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	if len(x.lex.countries) < 190 {
		t.Errorf("only %d countries: the list must cover the world", len(x.lex.countries))
	}
	for _, n := range []string{"DPRK", "North Korea", "U.S.", "America", "the United States", "UK"} {
		ents, end := x.lex.names.next[lexTokens(n)[0]], 0
		_ = end
		if ents == nil {
			t.Errorf("%q is not in the name lexicon", n)
		}
	}
}

func TestVerbForms(t *testing.T) {
	irr := map[string][]string{"say": {"said", "said", "says"}}
	cases := map[string][]string{
		"reject":    {"reject", "rejects", "rejected", "rejecting"},
		"negotiate": {"negotiate", "negotiates", "negotiated", "negotiating"},
		"ban":       {"ban", "bans", "banned", "banning"},
		"deny":      {"deny", "denies", "denied", "denying"},
		"say":       {"say", "says", "said", "saying"},
		"push":      {"push", "pushes", "pushed", "pushing"},
	}
	for lemma, want := range cases {
		got := verbForms(lemma, irr)
		for _, w := range want {
			if _, ok := got[w]; !ok {
				t.Errorf("verbForms(%q) lacks %q: %v", lemma, w, got)
			}
		}
	}
	for in, want := range map[string]string{"open": "opening", "stop": "stopping", "impose": "imposing", "tie": "tying", "visit": "visiting", "buy": "buying"} {
		if got := gerund(in); got != want {
			t.Errorf("gerund(%q) = %q, want %q", in, got, want)
		}
	}
}
