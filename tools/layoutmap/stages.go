package main

import (
	"fmt"
	"path"
	"strings"
)

// Stage is one floor of the layout that issue 13 and docs/extraction-layout.md aim for. Floor
// orders the stages from the lowest (0) up; a call or a field read from a stage to one on a higher
// floor is a back-edge. Stages on the same floor are peers (claims and relations): an edge between
// two different peers is counted as a cross-edge, which the target layout forbids as well.
type Stage struct {
	Name   string
	Floor  int
	Target string // the package the stage's code moves to ("text/", "loader/ (facade)")
}

// FileRule assigns the files whose base name matches Pattern (path.Match syntax) to Stage. The
// first matching rule wins, so exceptions come before the prefix they refine.
type FileRule struct {
	Pattern string
	Stage   string
	Why     string // shown in the report: why a file sits where it does
}

// Variant is another placement of the same code: its stage list replaces the config's when not
// empty, and its file rules are tried before the config's.
type Variant struct {
	Name   string
	Stages []Stage
	Files  []FileRule
}

// apply returns the config with the variant's placement.
func (c Config) apply(v Variant) Config {
	out := c
	if len(v.Stages) > 0 {
		out.Stages = v.Stages
	}
	out.Files = append(append([]FileRule(nil), v.Files...), c.Files...)
	out.Variants = nil
	return out
}

// FuncRule places one function on a stage other than its file's.
type FuncRule struct {
	Key, Stage, Why string
}

// Phase is one step of the running pipeline, entered through its Roots (functions named as
// "name" or "(*T).name"). A field written by code reachable from more than one phase is written
// by more than one step at run time, whichever file the writing code lives in.
type Phase struct {
	Name  string
	Roots []string
}

// Config is what the tool needs to know about a package beyond its source.
type Config struct {
	DocType string // the shared mutable document type ("doc")
	Stages  []Stage
	Files   []FileRule
	// Funcs places single functions ("newDoc", "(*doc).x") whose job belongs to another floor
	// than their file's; it is applied before the file rules.
	Funcs  []FuncRule
	Phases []Phase
	// AllocStage is the stage of the document's constructor, which allocates the empty maps and
	// slices the stages fill: not counted as a writer beside them, nor as a field's constructor.
	AllocStage string
	// Variants are other placements whose edge counts the report shows beside the main one.
	Variants []Variant
	// Immutable lists the fields of DocType that are set once before any stage runs and only
	// read afterwards (the lexicons, the text): a method that touches no other field of the
	// document can become a plain function over tokens and tables.
	Immutable []string
	// ImmutableMethods are the methods of the package doc's Doc (which DocType embeds since
	// restruct21, and whose bodies the map does not read) that touch only Immutable fields: a
	// call of any other method of Doc makes the caller stateful.
	ImmutableMethods []string
}

func (c Config) immutableMethod(name string) bool {
	for _, m := range c.ImmutableMethods {
		if m == name {
			return true
		}
	}
	return false
}

// loaderConfig is the map of claimgraph's loader/ package: the file prefixes the issue names
// (clean/input, segment_*, actor_*, speaker_* as speaker resolution, coref, claim_*, relation_*,
// surface_*, extract/pipeline) placed on the floors of docs/extraction-layout.md. Surface grammar sits just
// under claims and relations, beside frames/ (the package surface/ since layout25): its subject finders return entities, so it
// stands above coreference, and the frames matched on the parse are what replaces it. Speaker
// resolution (a turn's or a block's speaker as an actor: plan step 4) sits between actors and
// coreference: it makes and reads the actors' entities, and coreference resolves "we" and "the
// Government" through the speakers it found (restruct6: 36 back-edges there against 28 here).
func loaderConfig() Config {
	return Config{
		DocType: "doc",
		Stages: []Stage{
			{"text", 0, "text/ (the package since restruct7: the tokenizer and token predicates)"},
			{"lexicon", 1, "lexicon/ (the package since restruct9: the lexicon files, their tries, countries, titles, known actors)"},
			{"input", 2, "input/ (the package since restruct8: reading and cleaning)"},
			{"doc", 3, "doc/ (the package since restruct21: Doc and the doc floor's helpers; the loader's doc embeds *doc.Doc)"},
			{"segment", 4, "segment/ (the package since restruct21: segment.Annotate)"},
			{"actors", 5, "actors/"},
			{"speakers", 6, "speakers/"},
			{"coref", 7, "coref/"},
			{"surface", 8, "surface/ (the package since layout25: subjects, attributions and targets by surface order, beside frames/, which replaces it)"},
			{"claims", 9, "claims/ (the package since layout26: claims.Find, quotations, reported speech and the CLAIMS relations)"},
			{"relations", 9, "relations/"},
			{"codes", 10, "codes/ (countries and CAMEO codes, after relations)"},
			{"facade", 11, "loader/ (facade: Pipeline, Doc → graph)"},
		},
		Files: []FileRule{
			{"extract_token.go", "text", "the tokenizer's file before restruct7 moved it to text/token.go"},
			{"text_*.go", "text", "token predicates on their way to the package text/ (step 8 of docs/layout/plan.md)"},
			{"doc_*.go", "doc", "the document's types and accessors (step 2 of docs/layout/plan.md), and its helpers as functions of the sentence, the lexicons and the article's metadata (step 1; doc_capitals.go, the capitals that open or close a personal name, since restruct10)"},
			{"segment_*.go", "segment", "quotes and discourse units (step 3 of docs/layout/plan.md)"},
			{"lexicon*.go", "lexicon", "lexicon loading (lexicon/lexicons*.go and lexicon/codes.go since restruct9)"},
			{"input.go", "input", "reading text, HTML, JSON and JSONL (input/input.go since restruct8)"},
			{"charset.go", "input", "reading: charset detection (input/ since restruct8)"},
			{"clean*.go", "input", "cleaning page furniture (input/ since restruct8)"},
			{"dates.go", "input", "article dates read while cleaning (input/ since restruct8)"},
			{"split.go", "input", "the Cleaner's sentence splitter (input/ since restruct8)"},
			{"codes_*.go", "codes", "the codes phase extract.go runs after relations: it reads every stage's findings (restruct7)"},
			{"speaker*.go", "speakers", "a turn's or a block's speaker resolved to an actor (step 4 of docs/layout/plan.md): needs entities; coreference reads it"},
			{"actor_coref.go", "coref", "short forms and surnames: extract.go lists it with coref.go"},
			{"actor*.go", "actors", "mentions, entities, roles, codes"},
			{"title_coordination.go", "actors", "a nationality over coordinated titles (extract.go lists it with the actors)"},
			{"coref*.go", "coref", "coreference"},
			{"portfolio_keys.go", "coref", "a ministry of several portfolios holds a title's portfolio: coref.go's merge of a countryless body asks it, beside portfolioKey"},
			{"surface_*.go", "surface", "subjects and phrase ends by surface order"},
			{"claim*.go", "claims", "CLAIMS and CITES"},
			{"wire_dateline.go", "segment", "the wire dateline every stage reads (AP Stylebook)"},
			{"wire_*.go", "relations", "wire prose prepared for the parser the relations stage runs"},
			{"relation*.go", "relations", "stance relations"},
			{"extract.go", "facade", "Extractor, the stage driver, graph building"},
			{"pipeline.go", "facade", "Pipeline"},
			{"evidence_speaker.go", "facade", "the person who voiced a relation for the state or body he speaks for, recorded on its evidence: build (extract.go) asks it"},
			{"policy_scope.go", "facade", "a policy named only by a definite description is local to its article: build (extract.go) runs it before any node ID is made"},
			{"types.go", "input", "Document, Sentence, Cleaned: input/types.go since restruct8"},
		},
		Funcs: []FuncRule{
			{"newDoc", "doc", "builds the per-article document: sentences, tokens, per-token slots (extract.go)"},
			{"NewExtractor", "lexicon", "loads the immutable tables and models every stage reads (extract.go)"},
		},
		Phases: []Phase{
			{"newDoc (sentences, tokens)", []string{"newDoc"}},
			// segment (quotes, headlines, turns) is segment.Annotate since restruct21, a package
			// below the loader: no phase of this map
			// the actors floor is actors.Find since restruct22 (tools/splitfloor/actors.sh), a package
			// below the loader: no phase of this map
			// coreference is coref.ResolveEntities since coref24 (tools/splitfloor/coref.sh), a
			// package below the loader: no phase of this map
			// the claims floor is claims.Find since layout26 (tools/splitfloor/claims.sh), a
			// package below the loader: no phase of this map (the row went ahead of the move, so
			// that TestLoaderMaps holds on the tree before and after the script)
			{"findRelations", []string{"(*doc).findRelations", "(*doc).dropIssuedTexts"}},
			{"assignCodes", []string{"(*doc).assignCodes"}},
			{"build", []string{"(*doc).build"}},
		},
		// the doc type's own fields, and since restruct21 those of the doc.Doc it embeds
		Immutable:        []string{"ctx", "x", "lx", "c", "runes", "Ctx", "Lx", "Phx", "C", "Runes"},
		ImmutableMethods: []string{"Text", "SpanText", "CheckStop"}, // doc/text.go, doc/stop.go
		AllocStage:       "doc",
		Variants: []Variant{
			{
				Name:  "speaker_*.go on the segment floor (the placement before restruct6)",
				Files: []FileRule{{"speaker*.go", "segment", "turns, statement blocks and speakers (the discourse package's units)"}},
			},
			{
				Name: "speaker_*.go as a speakers stage just above coreference",
				Stages: []Stage{
					{"text", 0, "text/"}, {"lexicon", 1, "lexicon/"}, {"input", 2, "loader/"},
					{"doc", 3, "doc/"}, {"segment", 4, "segment/ (the package since restruct21: segment.Annotate)"}, {"actors", 5, "actors/"},
					{"coref", 6, "coref/"}, {"speakers", 7, "speakers/"}, {"surface", 8, "frames/"},
					{"claims", 9, "claims/"}, {"relations", 9, "relations/"}, {"codes", 10, "codes/"},
					{"facade", 11, "loader/"},
				},
				Files: []FileRule{{"speaker*.go", "speakers", "speaker resolution after coreference"}},
			},
			{
				Name:  "speaker_*.go inside claims",
				Files: []FileRule{{"speaker*.go", "claims", "turn and block claims are claims"}},
			},
		},
	}
}

// stageOf returns the stage of a file by its base name, or "" when no rule matches.
func (c *Config) stageOf(file string) string {
	base := path.Base(strings.ReplaceAll(file, "\\", "/"))
	for _, r := range c.Files {
		if ok, _ := path.Match(r.Pattern, base); ok {
			return r.Stage
		}
	}
	return ""
}

// funcStage returns the stage of a function: its FuncRule, else its file's.
func (c *Config) funcStage(key, file string) string {
	for _, r := range c.Funcs {
		if r.Key == key {
			return r.Stage
		}
	}
	return c.stageOf(file)
}

func (c *Config) stage(name string) (Stage, bool) {
	for _, s := range c.Stages {
		if s.Name == name {
			return s, true
		}
	}
	return Stage{}, false
}

// validate reports a rule naming an unknown stage and a phase without roots.
func (c *Config) validate() error {
	for _, r := range c.Files {
		if _, ok := c.stage(r.Stage); !ok {
			return fmt.Errorf("file rule %q names unknown stage %q", r.Pattern, r.Stage)
		}
		if _, err := path.Match(r.Pattern, ""); err != nil {
			return fmt.Errorf("file rule %q: %v", r.Pattern, err)
		}
	}
	for _, r := range c.Funcs {
		if _, ok := c.stage(r.Stage); !ok {
			return fmt.Errorf("function rule %q names unknown stage %q", r.Key, r.Stage)
		}
	}
	for _, p := range c.Phases {
		if len(p.Roots) == 0 {
			return fmt.Errorf("phase %q has no roots", p.Name)
		}
	}
	for _, v := range c.Variants {
		vc := c.apply(v)
		if err := vc.validate(); err != nil {
			return fmt.Errorf("variant %q: %v", v.Name, err)
		}
	}
	return nil
}

// edgeKind classifies an edge from stage a to stage b: "down" (or within one stage) is allowed,
// "back" climbs to a higher floor, "cross" joins two peers on one floor.
func (c *Config) edgeKind(a, b string) string {
	sa, oka := c.stage(a)
	sb, okb := c.stage(b)
	switch {
	case !oka || !okb || a == b:
		return "same"
	case sb.Floor > sa.Floor:
		return "back"
	case sb.Floor == sa.Floor:
		return "cross"
	}
	return "down"
}
