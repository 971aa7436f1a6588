package lexicon

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/graph"
)

func TestLoadEmbedded(t *testing.T) {
	x, err := Load(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	if x.Len() < 20000 {
		t.Fatalf("only %d actors loaded", x.Len())
	}
	xi := x.Unique("Xi Jinping", graph.Person)
	if xi == nil || xi.Country != "CHN" {
		t.Fatalf("Xi Jinping: %+v", xi)
	}
	if got := xi.CodeAt("2018-05-14"); got != "CHNGOV" {
		t.Errorf("Xi Jinping's code in 2018 = %q, want CHNGOV", got)
	}
	npc := x.Unique("National People's Congress", "")
	if npc == nil || npc.Code != "CHNGOVLEG" || npc.Kind != graph.Government {
		t.Errorf("NPC: %+v", npc)
	}
	// Chinese names are family name first: Xi is the family name of Xi Jinping.
	found := false
	for _, a := range x.ByFamilyName("xi", "2018-05-14") {
		found = found || a.Name == xi.Name && a.Country == xi.Country
	}
	if !found {
		t.Error("ByFamilyName(xi, 2018) misses Xi Jinping")
	}
	if x.FamilyName("Julie Bishop", "AUS") != "bishop" || x.FamilyName("Liu He", "CHN") != "liu" {
		t.Error("FamilyName ignores the name order of the country")
	}
	for name, want := range map[string]string{"Geneva": "CHE", "geneva": "CHE", "Marseille": "FRA", "Kandahar": "AFG", "Xi Jinping": ""} {
		if c, _ := x.Place(name); c != want {
			t.Errorf("Place(%q) = %q, want %q", name, c, want)
		}
	}
	for noun, code := range map[string]string{"parliament": "LEG", "judge": "JUD", "businessmen": "BUS", "newspapers": "MED"} {
		if a, ok := x.Agent(noun); !ok || a.Code != code {
			t.Errorf("Agent(%q) = %+v, %v; want %s", noun, a, ok, code)
		}
	}
}

func TestCodeAt(t *testing.T) {
	a := &Actor{Code: "AUSELI", Dated: []Dated{{"AUSGOV", "20040801", "20060430"}, {"AUSGOVEDU", "20060501", "20071231"}}}
	for date, want := range map[string]string{"2005-01-01": "AUSGOV", "2007-01-01": "AUSGOVEDU", "2018-01-01": "AUSELI", "": "AUSELI"} {
		if got := a.CodeAt(date); got != want {
			t.Errorf("CodeAt(%q) = %q, want %q", date, got, want)
		}
	}
	b := &Actor{Dated: []Dated{{"CHNGOV", "20080401", ""}, {"CHNGOV", "20121115", ""}}}
	if b.CodeAt("") != "CHNGOV" || !b.ActiveAt("2018-01-01") || b.ActiveAt("2001-01-01") {
		t.Error("open-ended dated codes misread")
	}
}

func TestLoadErrors(t *testing.T) {
	base := fstest.MapFS{
		SurnameFirstFile: {Data: []byte("CHN\n")},
		ActorsFile:       {Data: []byte("A B | PERSON | USA |  | USAGOV:2001-2002 | \n")},
		AgentsFile:       {Data: []byte("judge | judges | JUD\n")},
	}
	if _, err := Load(base); err != nil {
		t.Fatal(err)
	}
	for file, text := range map[string]string{
		ActorsFile:       "A | PLANET | USA | | | \n",
		AgentsFile:       "judge | JUD\n",
		SurnameFirstFile: "CHINA\n",
	} {
		fs := fstest.MapFS{}
		for k, v := range base {
			fs[k] = v
		}
		fs[file] = &fstest.MapFile{Data: []byte(text)}
		if _, err := Load(fs); err == nil {
			t.Errorf("%s %q: no error", file, text)
		}
	}
}

// AgentDomain is the field most agent nouns that are or begin with a word work in: the last
// sector of their codes, so that a composed code's role does not hide its field.
func TestAgentDomain(t *testing.T) {
	x := &Actors{agents: map[string]Agent{
		"labour activist":  {Noun: "labour activist", Code: "LAB"},
		"labour minister":  {Noun: "labour minister", Code: "GOVLAB"},
		"labour ministry":  {Noun: "labour ministry", Code: "GOVLAB"},
		"labour ministers": {Noun: "labour minister", Code: "GOVLAB", Plural: true},
		"judge":            {Noun: "judge", Code: "JUD"},
		"national guard":   {Noun: "national guard", Code: "MIL"},
		"national council": {Noun: "national council", Code: "LEG"},
	}}
	x.agentPrefix = prefixSectors(x.agents)
	x.agentDomain = domainSectors(x.agents)
	for _, c := range []struct {
		word, want string
		ok         bool
	}{
		{"Labour", "LAB", true},   // where AgentPrefix says GOV
		{"judge", "JUD", true},    // a one-word agent noun
		{"national", "LEG", true}, // a tie goes to the alphabetically first sector
		{"uyghur", "", false},
	} {
		got, ok := x.AgentDomain(c.word)
		if got != c.want || ok != c.ok {
			t.Errorf("AgentDomain(%q) = %q, %v; want %q, %v", c.word, got, ok, c.want, c.ok)
		}
	}
	if p, _ := x.AgentPrefix("labour"); p != "GOV" {
		t.Errorf("AgentPrefix(labour) = %q, want GOV (the contrast this test documents)", p)
	}
	real, err := Load(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := real.AgentDomain("labour"); d != "LAB" {
		t.Errorf("embedded AgentDomain(labour) = %q, want LAB", d)
	}
}

// TestNameKeysArabicArticle: the article "al-"/"el-" joined by a hyphen gives a second key with
// the article as a word, as the Phoenix dictionaries write it; other hyphens are left alone.
func TestNameKeysArabicArticle(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"omar al-bashir", []string{"omar al-bashir", "omar al bashir"}},
		{"gamal el-din hassan", []string{"gamal el-din hassan", "gamal el din hassan"}},
		{"ahn duk-geun", []string{"ahn duk-geun"}},
		{"al-qaeda", []string{"al-qaeda"}}, // a first word: no person's name, the dictionaries list the group spelled so
		{"jean-bertrand aristide", []string{"jean-bertrand aristide"}},
	} {
		got := nameKeys(c.in)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("nameKeys(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// AgentHead gives a compound head the sector of three in four of its compounds, or nothing.
func TestAgentHead(t *testing.T) {
	x := &Actors{agents: map[string]Agent{
		"trade union":       {Noun: "trade union", Code: "LAB"},
		"labor union":       {Noun: "labor union", Code: "LAB"},
		"company union":     {Noun: "company union", Code: "LAB"},
		"credit union":      {Noun: "credit union", Code: "BUS"},
		"council of unions": {Noun: "council of unions", Code: "LEG"},
		"opposition party":  {Noun: "opposition party", Code: "OPP"},
		"ruling party":      {Noun: "ruling party", Code: "GOVPTY"},
		"workers party":     {Noun: "workers party", Code: "PTY"},
		"peasant front":     {Noun: "peasant front", Code: "REB"},
	}}
	x.agentHead = headSectors(x.agents)
	for _, c := range []struct {
		word, want string
		ok         bool
	}{
		{"union", "LAB", true}, // 3 of 4 ("council of unions" heads no union)
		{"party", "", false},   // no clear class
		{"front", "", false},   // one compound is no class
	} {
		got, ok := x.AgentHead(c.word)
		if got != c.want || ok != c.ok {
			t.Errorf("AgentHead(%q) = %q, %v; want %q, %v", c.word, got, ok, c.want, c.ok)
		}
	}
}

// TestHyphenFreeKey: a name whose given name joins its syllables by a hyphen finds the Phoenix
// record that writes them as words, only when the name as written finds none (hyphenFreeKey).
func TestHyphenFreeKey(t *testing.T) {
	x := &Actors{store: newActorStore(), agents: map[string]Agent{}, surnameFirst: map[string]bool{}, firstWords: map[string]bool{}}
	x.add(&Actor{Name: "Park Su Min", Kind: graph.Person, Country: "KOR"})
	x.add(&Actor{Name: "Jean-Luc Martin", Kind: graph.Person, Country: "FRA"})
	x.add(&Actor{Name: "Jean Luc Martin", Kind: graph.Person, Country: "CAN"})
	x.store.finish()
	for _, c := range []struct {
		name, want string
	}{
		{"Park Su-min", "KOR"},     // must fire: the syllables as words
		{"Park Su Min", "KOR"},     // as the dictionary writes it
		{"Jean-Luc Martin", "FRA"}, // near miss: the hyphenated record is found as written, not both
		{"Park Su-", ""},           // near miss: a hyphen before no letter
		{"Park Sumin", ""},         // near miss: no hyphen, no record
	} {
		got := ""
		if a := x.Unique(c.name, graph.Person); a != nil {
			got = a.Country
		}
		if got != c.want {
			t.Errorf("Unique(%q): country %q, want %q", c.name, got, c.want)
		}
	}
	if k := hyphenFreeKey("kim jong-un"); k != "kim jong un" {
		t.Errorf("hyphenFreeKey = %q", k)
	}
}
