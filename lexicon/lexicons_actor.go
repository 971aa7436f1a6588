package lexicon

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// Lexicons of the actor layer added after lexicons.go's set; loaded by loadActorLexicons into the
// ActorLex part of Lexicons. Same format: '|'-separated fields, '#' comments, a header naming the
// source in each file.
const (
	OrgTailsFile   = "lexicons/orgtails.txt"
	PortfoliosFile = "lexicons/portfolios.txt"
	BodiesFile     = "lexicons/bodies.txt"
	OrgNounsFile   = "lexicons/orgnouns.txt"
	DocHeadsFile   = "lexicons/docheads.txt"
)

// OrgNoun is one row of orgnouns.txt (noun | any or named | name words).
type OrgNoun struct {
	Any   bool     // "the <noun>" may be the last organization named when no name fits
	Words []string // name words it matches besides the noun itself, lower case
}

// ActorLex holds the actor-layer lexicons, embedded in Lexicons (its fields are read as
// lx.OrgTail, …); immutable after loading. Keys are lower case.
type ActorLex struct {
	OrgTail       map[string]bool   // last words of company names ("fisheries", "rail")
	Portfolio     map[string]string // title head → body head ("minister" → "Ministry")
	PortfolioMod  map[string]bool   // title modifiers left out of the body's name ("federal")
	PortfolioArea map[string]bool   // words of a portfolio after "Minister of" ("finance", "trade")
	Bodies        Trie              // lower-case state body nouns; entry.form holds the modifier count
	OrgNouns      map[string]*OrgNoun
	DocHeads      map[string]bool // heads of numbered instruments ("order" in "Executive Order 14032")
	// demonymPlural maps the plural of a demonym in -an or -i ("palestinians", "israelis") to its
	// country: English forms these plurals with -s; demonyms in -ese, -ish, -ch have none.
	DemonymPlural map[string]*Country
	// titleBodies are the bodies titles imply (titles.txt, third field: "Foreign Ministry",
	// "Treasury", "State Council"), lower case: generic names every state's body may bear.
	TitleBodies map[string]bool
}

func loadActorLexicons(fsys fs.FS, lx *Lexicons) error {
	lx.OrgTail = map[string]bool{}
	lx.Portfolio = map[string]string{}
	lx.PortfolioMod = map[string]bool{}
	lx.PortfolioArea = map[string]bool{}
	lx.OrgNouns = map[string]*OrgNoun{}
	lx.DocHeads = map[string]bool{}
	lx.DemonymPlural = map[string]*Country{}
	lx.TitleBodies = map[string]bool{}
	for _, t := range lx.Titles {
		if t.Body != "" {
			lx.TitleBodies[strings.ToLower(t.Body)] = true
		}
	}
	for _, c := range lx.Countries {
		for _, dm := range c.Demonyms {
			l := strings.ToLower(dm)
			if strings.HasSuffix(l, "an") || strings.HasSuffix(l, "i") {
				lx.DemonymPlural[l+"s"] = c
			}
		}
	}
	if err := loadWordSet(fsys, OrgTailsFile, lx.OrgTail); err != nil {
		return err
	}
	if err := loadWordSet(fsys, DocHeadsFile, lx.DocHeads); err != nil {
		return err
	}
	rows, err := readLexicon(fsys, PortfoliosFile, 2, 3)
	if err != nil {
		return err
	}
	for _, r := range rows {
		w := strings.ToLower(r.fields[0])
		switch r.fields[1] {
		case "head":
			if field(r, 2) == "" {
				return &Error{File: PortfoliosFile, Line: r.line, Msg: "a head needs its body head in the third field"}
			}
			lx.Portfolio[w] = field(r, 2)
		case "drop":
			lx.PortfolioMod[w] = true
		case "area":
			lx.PortfolioArea[w] = true
		default:
			return &Error{File: PortfoliosFile, Line: r.line, Msg: fmt.Sprintf("use %q is not head, drop or area", r.fields[1])}
		}
	}
	if rows, err = readLexicon(fsys, BodiesFile, 2, 2); err != nil {
		return err
	}
	for _, r := range rows {
		n, err := strconv.Atoi(r.fields[1])
		if err != nil || n < 0 || n > 3 {
			return &Error{File: BodiesFile, Line: r.line, Msg: fmt.Sprintf("modifier count %q is not 0 to 3", r.fields[1])}
		}
		lx.Bodies.add(Keys(r.fields[0]), Entry{Form: r.fields[1]})
	}
	if rows, err = readLexicon(fsys, OrgNounsFile, 2, 3); err != nil {
		return err
	}
	for _, r := range rows {
		if r.fields[1] != "any" && r.fields[1] != "named" {
			return &Error{File: OrgNounsFile, Line: r.line, Msg: fmt.Sprintf("%q is not any or named", r.fields[1])}
		}
		on := &OrgNoun{Any: r.fields[1] == "any"}
		for _, w := range splitList(field(r, 2)) {
			on.Words = append(on.Words, strings.ToLower(w))
		}
		lx.OrgNouns[strings.ToLower(r.fields[0])] = on
	}
	return nil
}
