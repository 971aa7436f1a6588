package loader

import (
	"io/fs"
	"strings"
)

// Lexicons of the claim layer added after lexicon.go's set; loaded by loadClaimLexicons into the
// claimLex part of lexicons. Same format: '|'-separated fields, '#' comments, a header naming the
// source in each file.
const (
	lexEvaluations = "lexicons/evaluations.txt"
	lexGendered    = "lexicons/gendered.txt"
)

// claimLex holds the claim-layer lexicons; immutable after loading.
type claimLex struct {
	evaluation map[string]int  // evaluative word → +1 (SUPPORTS) or -1 (OPPOSES)
	evaluable  map[string]bool // heads of act and position nouns an evaluation may judge
	gendered   map[string]byte // honorifics and role nouns → 'f' or 'm'
}

func loadClaimLexicons(fsys fs.FS, lx *lexicons) error {
	lx.evaluation = map[string]int{}
	lx.evaluable = map[string]bool{}
	lx.gendered = map[string]byte{}
	grows, err := readLexicon(fsys, lexGendered, 2, 2)
	if err != nil {
		return err
	}
	for _, r := range grows {
		if r.fields[1] != "f" && r.fields[1] != "m" {
			return &LexiconError{File: lexGendered, Line: r.line, Msg: "gender must be f or m"}
		}
		lx.gendered[strings.ToLower(r.fields[0])] = r.fields[1][0]
	}
	rows, err := readLexicon(fsys, lexEvaluations, 3, 3)
	if err != nil {
		return err
	}
	for _, r := range rows {
		switch r.fields[1] {
		case "+":
			lx.evaluation[strings.ToLower(r.fields[0])] = 1
		case "-":
			lx.evaluation[strings.ToLower(r.fields[0])] = -1
		case "target":
			lx.evaluable[strings.ToLower(r.fields[0])] = true
		default:
			return &LexiconError{File: lexEvaluations, Line: r.line, Msg: "polarity must be +, - or target"}
		}
		switch r.fields[2] {
		case "afinn", "afinn-stem", "hand":
		default:
			return &LexiconError{File: lexEvaluations, Line: r.line, Msg: "origin must be afinn, afinn-stem or hand"}
		}
	}
	return nil
}
