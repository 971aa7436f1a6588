package main

import (
	"bytes"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// fixtureReport maps testdata/fixture, a miniature of loader/ whose every edge and write is known
// by construction (see the comments in its files).
func fixtureReport(t *testing.T) *Report {
	t.Helper()
	p, err := loadPackage("testdata/fixture")
	if err != nil {
		t.Fatal(err)
	}
	// the fixture keeps coreference and the claims in the package, as the loader did before
	// coref24 and layout26 moved them to coref/ and claims/: its phases resolveEntities and
	// findClaims are the fixture's own
	cfg := loaderConfig()
	own := []Phase{{"resolveEntities", []string{"(*doc).resolveEntities"}}, {"findClaims", []string{"(*doc).findClaims"}}}
	cfg.Phases = append(cfg.Phases[:1:1], append(own, cfg.Phases[1:]...)...)
	r, err := analyze(p, cfg, "fixture/")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func field(t *testing.T, r *Report, owner, name string) *Field {
	t.Helper()
	for _, f := range r.Fields {
		if f.Owner == owner && f.Name == name {
			return f
		}
	}
	t.Fatalf("no field %s.%s", owner, name)
	return nil
}

func fn(t *testing.T, r *Report, key string) *Func {
	t.Helper()
	for _, f := range r.Funcs {
		if f.Key == key {
			return f
		}
	}
	t.Fatalf("no function %s", key)
	return nil
}

func TestFixtureFields(t *testing.T) {
	r := fixtureReport(t)
	if r.DocFields != 6 {
		t.Errorf("doc fields = %d, want 6", r.DocFields)
	}
	if got := r.Structs; !reflect.DeepEqual(got, []string{"doc", "entity", "lexicons", "mention", "sent"}) {
		t.Errorf("structs = %v", got)
	}
	for _, c := range []struct {
		owner, name string
		writers     []string
	}{
		{"doc", "rels", []string{"actors", "claims", "relations"}}, // relations by an index write
		{"doc", "mentions", []string{"actors"}},
		{"doc", "sents", []string{"doc"}},    // appended by newDoc
		{"doc", "lx", []string{"doc"}},       // only constructed, by newDoc
		{"doc", "unused", []string{}},        // declared, never set
		{"sent", "ment", []string{"actors"}}, // an append through a pointer to the sentence
		{"mention", "ent", []string{"coref", "relations"}},
	} {
		got := r.writerStages(field(t, r, c.owner, c.name))
		if len(got) == 0 {
			got = []string{}
		}
		if !reflect.DeepEqual(got, c.writers) {
			t.Errorf("%s.%s writers = %v, want %v", c.owner, c.name, got, c.writers)
		}
	}
	ent := field(t, r, "mention", "ent")
	if got := r.rewriters(ent); !reflect.DeepEqual(got, []string{"coref", "relations"}) {
		t.Errorf("mention.ent rewriters = %v, want coref and relations over the actors' constructor", got)
	}
	if got := sortedKeys(ent.WritePhases); !reflect.DeepEqual(got, []string{"findRelations", "resolveEntities"}) {
		t.Errorf("mention.ent phases = %v", got)
	}
	if f := field(t, r, "doc", "sents"); f.AddrBy["coref"] != 1 || f.WriteBy["coref"] != 0 || f.ReadBy["coref"] != 1 {
		t.Errorf("doc.sents in coref: address %d, writes %d, reads %d; want 1, 0, 1", f.AddrBy["coref"], f.WriteBy["coref"], f.ReadBy["coref"])
	}
	if n := field(t, r, "doc", "mentions").ReadBy["coref"]; n != 3 {
		t.Errorf("coref reads doc.mentions %d times, want 3", n)
	}
	ups := r.upReads()
	var got []string
	for _, u := range ups {
		got = append(got, u.Field.Owner+"."+u.Field.Name+"<"+u.Reader)
	}
	if want := []string{"doc.rels<actors", "mention.ent<coref"}; !reflect.DeepEqual(got, want) {
		t.Errorf("reads against the floors = %v, want %v", got, want)
	}
}

func TestFixtureEdges(t *testing.T) {
	r := fixtureReport(t)
	s := r.summary()
	var got []string
	for _, pc := range s.Pairs {
		for _, e := range pc.Edges {
			got = append(got, pc.Kind+" "+e.From.Key+" -> "+e.To.Key+" @"+e.Pos.Filename)
		}
	}
	sort.Strings(got)
	want := []string{
		"back (*doc).findActors -> (*doc).spanText @actor.go",
		"back (*doc).turnSpeaker -> (*doc).antecedent @speaker.go",
		"back newDoc -> (*doc).markTurns @extract.go",
		"cross (*doc).findRelations -> (*doc).findClaims @relation.go",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s.BackSites != 3 || s.BackStructural != 1 || s.CrossSites != 1 || s.CrossStructural != 1 {
		t.Errorf("back %d (structural %d), cross %d (structural %d); want 3 (1), 1 (1)",
			s.BackSites, s.BackStructural, s.CrossSites, s.CrossStructural)
	}
	// Placing speaker*.go inside claims turns the structural edge into a downward call.
	vs := r.variants()
	if len(vs) != 3 || vs[2].Back != 2 || vs[2].BackStructural != 0 {
		t.Errorf("variants = %+v, want the third with 2 back-edges, none structural", vs)
	}
	for key, stateful := range map[string]bool{
		"(*doc).isHonorific": false, "(*doc).markTurns": false, "(*doc).spanText": false,
		"(*doc).findActors": true, "(*doc).antecedent": true, "(*doc).turnSpeaker": true, "run": true,
	} {
		if f := fn(t, r, key); f.Stateful != stateful {
			t.Errorf("%s stateful = %v, want %v", key, f.Stateful, stateful)
		}
	}
	if s.DocMethods != 11 || s.Liftable != 3 {
		t.Errorf("doc methods %d, liftable %d; want 11, 3", s.DocMethods, s.Liftable)
	}
	if got := fn(t, r, "(*doc).antecedent").Phases; !reflect.DeepEqual(got, []string{"findClaims", "findRelations"}) {
		t.Errorf("antecedent phases = %v", got)
	}
	mc := r.moveCandidates()
	var moves []string
	for _, m := range mc {
		moves = append(moves, m.Fn.Key+"→"+m.To)
	}
	sort.Strings(moves)
	// antecedent is used only by segment too, but it reads the mentions: no mere move.
	if want := []string{"(*doc).markTurns→doc", "(*doc).spanText→actors"}; !reflect.DeepEqual(moves, want) {
		t.Errorf("move candidates = %v, want %v", moves, want)
	}
}

func TestFixtureLiterals(t *testing.T) {
	r := fixtureReport(t)
	byName := map[string]*Literal{}
	for _, l := range r.Literals {
		byName[l.Name] = l
	}
	for _, c := range []struct {
		name    string
		entries int
		stages  []string
		local   bool
	}{
		{"honorifics", 4, []string{"actors"}, false},
		{"openers", 3, []string{"claims"}, false},
		{"states", 5, []string{"actors"}, false},
		{"(*doc).findRelations", 3, []string{"relations"}, true},
	} {
		l := byName[c.name]
		if l == nil {
			t.Errorf("no literal %s", c.name)
			continue
		}
		if l.Entries != c.entries || !l.WordList || l.Local != c.local || !reflect.DeepEqual(sortedKeys(l.Stages), c.stages) {
			t.Errorf("%s = %+v, want %d entries used by %v (local %v)", c.name, *l, c.entries, c.stages, c.local)
		}
	}
	if len(r.Switches) != 1 || r.Switches[0].Strings != 5 || r.Switches[0].Func.Key != "kindWord" {
		t.Errorf("switches = %+v, want kindWord's five cases", r.Switches)
	}
}

func TestFixtureReportText(t *testing.T) {
	r := fixtureReport(t)
	if !reflect.DeepEqual(r.Unassigned, []string{"misc.go"}) {
		t.Errorf("unassigned = %v, want misc.go", r.Unassigned)
	}
	if m := r.missingRoots(); !reflect.DeepEqual(m, []string{"(*doc).dropIssuedTexts", "(*doc).assignCodes", "(*doc).build"}) {
		t.Errorf("missing roots = %v", m)
	}
	var b bytes.Buffer
	if err := render(&b, r, "commit test", "## Proposed step order\n\n1. first", "layoutmap"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"| back-edges (call sites / distinct caller→callee) | 3 / 3 |",
		"| fields of `doc` set by more than one stage | 1: rels |",
		"| fields of `doc` that no code of the package sets (or a package below it: doc/, segment/) | unused |",
		"| package-level word lists (maps keyed by string, string slices; entries / string literals) | 3 lists, 12 entries, 8 strings |",
		"| … of them used by the extraction stages (segment and above) | 3 lists, 12 entries |",
		"| `ent` ⚠ ✎ |",
		"- ● `(*doc).turnSpeaker` → `(*doc).antecedent` (coref.go): fixture/speaker.go:",
		"| `honorifics` | fixture/lexicon.go:",
		"## Proposed step order\n\n1. first",
		"| files no rule places | misc.go |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestStageRules(t *testing.T) {
	c := loaderConfig()
	if err := c.validate(); err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{
		"actor_coref.go": "coref", "actor_codes.go": "actors", "speaker_voice.go": "speakers",
		"surface_subject.go": "surface", "clean_html.go": "input", "extract.go": "facade",
		"extract_token.go": "text", "text_words.go": "text", "codes_assign.go": "codes", "doc_entity.go": "doc", "wire.go": "",
	} {
		if got := c.stageOf(file); got != want {
			t.Errorf("stageOf(%s) = %q, want %q", file, got, want)
		}
	}
	if got := c.funcStage("newDoc", "extract.go"); got != "doc" {
		t.Errorf("newDoc on %q, want doc", got)
	}
	for _, k := range []struct{ a, b, want string }{
		{"actors", "coref", "back"}, {"coref", "actors", "down"}, {"claims", "relations", "cross"},
		{"actors", "actors", "same"}, {"segment", "facade", "back"}, {"", "actors", "same"},
	} {
		if got := c.edgeKind(k.a, k.b); got != k.want {
			t.Errorf("edgeKind(%s, %s) = %s, want %s", k.a, k.b, got, k.want)
		}
	}
	bad := c
	bad.Files = append([]FileRule{{"x.go", "nowhere", ""}}, c.Files...)
	if bad.validate() == nil {
		t.Error("a rule naming an unknown stage passed validation")
	}
}

// TestLoaderMaps runs the tool on loader/ itself: the package type-checks, the document type and
// every phase root are found. Files no rule places are logged (a new file prefix needs a rule in
// stages.go before the map is regenerated).
func TestLoaderMaps(t *testing.T) {
	if testing.Short() {
		t.Skip("builds loader/'s dependencies")
	}
	p, err := loadPackage("../../loader")
	if err != nil {
		t.Fatal(err)
	}
	r, err := analyze(p, loaderConfig(), "loader/")
	if err != nil {
		t.Fatal(err)
	}
	if r.DocFields < 10 {
		t.Errorf("doc has %d fields", r.DocFields)
	}
	if m := r.missingRoots(); len(m) > 0 {
		t.Errorf("phase roots missing from loader/: %v (update Config.Phases in stages.go)", m)
	}
	if len(r.Unassigned) > 0 {
		t.Logf("files no rule places: %v", r.Unassigned)
	}
	var b bytes.Buffer
	if err := render(&b, r, "", "", "layoutmap"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "## Back-edges and cross-edges per stage pair") {
		t.Error("report lacks the back-edge section")
	}
}
