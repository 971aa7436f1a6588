package loader

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// Lexicons of the actor layer added after lexicon.go's set; loaded by loadActorLexicons into the
// actorLex part of lexicons. Same format: '|'-separated fields, '#' comments, a header naming the
// source in each file.
const (
	lexOrgTails   = "lexicons/orgtails.txt"
	lexPortfolios = "lexicons/portfolios.txt"
	lexBodies     = "lexicons/bodies.txt"
	lexOrgNouns   = "lexicons/orgnouns.txt"
	lexDocHeads   = "lexicons/docheads.txt"
)

// orgNoun is one row of orgnouns.txt.
type orgNoun struct {
	any   bool     // "the <noun>" may be the last organization named when no name fits
	words []string // name words it matches besides the noun itself, lower case
}

// actorLex holds the actor-layer lexicons; immutable after loading.
type actorLex struct {
	orgTail       map[string]bool   // last words of company names ("fisheries", "rail")
	portfolio     map[string]string // title head → body head ("minister" → "Ministry")
	portfolioMod  map[string]bool   // title modifiers left out of the body's name ("federal")
	portfolioArea map[string]bool   // words of a portfolio after "Minister of" ("finance", "trade")
	bodies        trie              // lower-case state body nouns; entry.form holds the modifier count
	orgNouns      map[string]*orgNoun
	docHeads      map[string]bool // heads of numbered instruments ("order" in "Executive Order 14032")
	// demonymPlural maps the plural of a demonym in -an or -i ("palestinians", "israelis") to its
	// country: English forms these plurals with -s; demonyms in -ese, -ish, -ch have none.
	demonymPlural map[string]*country
	// titleBodies are the bodies titles imply (titles.txt, third field: "Foreign Ministry",
	// "Treasury", "State Council"), lower case: generic names every state's body may bear.
	titleBodies map[string]bool
}

func loadActorLexicons(fsys fs.FS, lx *lexicons) error {
	lx.orgTail = map[string]bool{}
	lx.portfolio = map[string]string{}
	lx.portfolioMod = map[string]bool{}
	lx.portfolioArea = map[string]bool{}
	lx.orgNouns = map[string]*orgNoun{}
	lx.docHeads = map[string]bool{}
	lx.demonymPlural = map[string]*country{}
	lx.titleBodies = map[string]bool{}
	for _, t := range lx.titles {
		if t.Body != "" {
			lx.titleBodies[strings.ToLower(t.Body)] = true
		}
	}
	for _, c := range lx.countries {
		for _, dm := range c.Demonyms {
			l := strings.ToLower(dm)
			if strings.HasSuffix(l, "an") || strings.HasSuffix(l, "i") {
				lx.demonymPlural[l+"s"] = c
			}
		}
	}
	if err := loadWordSet(fsys, lexOrgTails, lx.orgTail); err != nil {
		return err
	}
	if err := loadWordSet(fsys, lexDocHeads, lx.docHeads); err != nil {
		return err
	}
	rows, err := readLexicon(fsys, lexPortfolios, 2, 3)
	if err != nil {
		return err
	}
	for _, r := range rows {
		w := strings.ToLower(r.fields[0])
		switch r.fields[1] {
		case "head":
			if field(r, 2) == "" {
				return &LexiconError{File: lexPortfolios, Line: r.line, Msg: "a head needs its body head in the third field"}
			}
			lx.portfolio[w] = field(r, 2)
		case "drop":
			lx.portfolioMod[w] = true
		case "area":
			lx.portfolioArea[w] = true
		default:
			return &LexiconError{File: lexPortfolios, Line: r.line, Msg: fmt.Sprintf("use %q is not head, drop or area", r.fields[1])}
		}
	}
	if rows, err = readLexicon(fsys, lexBodies, 2, 2); err != nil {
		return err
	}
	for _, r := range rows {
		n, err := strconv.Atoi(r.fields[1])
		if err != nil || n < 0 || n > 3 {
			return &LexiconError{File: lexBodies, Line: r.line, Msg: fmt.Sprintf("modifier count %q is not 0 to 3", r.fields[1])}
		}
		lx.bodies.add(lexTokens(r.fields[0]), lexEntry{form: r.fields[1]})
	}
	if rows, err = readLexicon(fsys, lexOrgNouns, 2, 3); err != nil {
		return err
	}
	for _, r := range rows {
		if r.fields[1] != "any" && r.fields[1] != "named" {
			return &LexiconError{File: lexOrgNouns, Line: r.line, Msg: fmt.Sprintf("%q is not any or named", r.fields[1])}
		}
		on := &orgNoun{any: r.fields[1] == "any"}
		for _, w := range splitList(field(r, 2)) {
			on.words = append(on.words, strings.ToLower(w))
		}
		lx.orgNouns[strings.ToLower(r.fields[0])] = on
	}
	return nil
}
