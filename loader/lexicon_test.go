package loader

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/lexicon"
)

// minimalLexicons is a complete, tiny lexicon set for tests that swap lexicons.
func minimalLexicons() fstest.MapFS {
	fs := fstest.MapFS{}
	files := map[string]string{
		lexicon.CountriesFile:   "Velmora | VLM | Velmoran | Ostrava Nova | the Republic of Velmora\n",
		lexicon.KnownActorsFile: "Harbor Council | GOVERNMENT | VLM | HC\n",
		lexicon.TitlesFile:      "minister | | state\nmr. | | honorific\n",
		lexicon.OrgWordsFile:    "ministry | GOVERNMENT\nbank | ORGANIZATION\n",
		lexicon.StopNamesFile:   "the\nmonday\n",
		lexicon.GroupsFile:      "officials | head\nsenior | drop\n",
		lexicon.CuesFile:        "reject | OPPOSES | 12 | REJECT | V\nthreaten to | THREATENS | 13 | THREATEN | VTO\n",
		lexicon.SpeechFile:      "say | speech\nstatement | noun\n",
		lexicon.HedgesFile:      "may\n",
		lexicon.NegationsFile:   "not\n",
		lexicon.IrregularFile:   "say | said | said | says\n",
		lexicon.LightVerbsFile:  "impose\n",
		lexicon.DiscussFile:     "discuss\n",
		lexicon.PolicyWordsFile: "plan\n",
		lexicon.PartOfFile:      "arm | part\n",
		lexicon.NonActorsFile:   "strip | place\n",
		lexicon.DefinitesFile:   "ministry | named\n",
		lexicon.CommonWordsFile: "harbor\ntoll\n",
		lexicon.OrgTailsFile:    "shipping\n",
		lexicon.PortfoliosFile:  "minister | head | Ministry\n",
		lexicon.BodiesFile:      "navy | 0\n",
		lexicon.OrgNounsFile:    "company | any |\n",
		lexicon.DocHeadsFile:    "order\n",
		lexicon.EvaluationsFile: "unfair | - | afinn\n",
		lexicon.GenderedFile:    "ms. | f\n",
		lexicon.GivenNamesFile:  "ada | f\n",
		lexicon.USFederalFile:   "Harbor Toll Board | GOVERNMENT | VLM | VLMGOV | HTB\n",
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
		{"missing file", lexicon.CuesFile, "", "lexicons/cues.txt"},
		{"too few fields", lexicon.CuesFile, "reject | OPPOSES\n", "lexicons/cues.txt:1"},
		{"unknown relation", lexicon.CuesFile, "reject | HATES | 12 | REJECT | V\n", "unknown relation type"},
		{"bad frame", lexicon.CuesFile, "reject | OPPOSES | 12 | REJECT | Q\n", "frame"},
		{"VTO without to", lexicon.CuesFile, "refuse | OPPOSES | 12 | REJECT | VTO\n", "must end in"},
		{"bad ISO3", lexicon.CountriesFile, "Velmora | VL | | |\n", "three letters"},
		{"bad actor kind", lexicon.KnownActorsFile, "Harbor Council | BOAT | |\n", "not an actor kind"},
		{"unknown actor country", lexicon.KnownActorsFile, "Harbor Council | GOVERNMENT | XXX |\n", "unknown country code"},
		{"bad title class", lexicon.TitlesFile, "minister | | boss\n", "class"},
		{"bad org kind", lexicon.OrgWordsFile, "bank | PERSON\n", "ORGANIZATION or GOVERNMENT"},
		{"empty file", lexicon.HedgesFile, "# only a comment\n", "no entries"},
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
			var le *lexicon.Error
			if !errors.As(err, &le) || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "lexicon: ") {
				t.Fatalf("got %v, want a *lexicon.Error mentioning %q", err, c.want)
			}
		})
	}
}

// TestGerund: the -ing forms relation.go's gerund makes (the lexicon's verbForms are tested in
// package lexicon).
func TestGerund(t *testing.T) {
	for in, want := range map[string]string{"open": "opening", "stop": "stopping", "impose": "imposing", "tie": "tying", "visit": "visiting", "buy": "buying"} {
		if got := gerund(in); got != want {
			t.Errorf("gerund(%q) = %q, want %q", in, got, want)
		}
	}
}
