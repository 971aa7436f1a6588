package lexicon

import (
	"io/fs"
	"strings"
)

// Lexicons of the claim layer added after lexicons.go's set; loaded by loadClaimLexicons into the
// ClaimLex part of Lexicons. Same format: '|'-separated fields, '#' comments, a header naming the
// source in each file.
const (
	EvaluationsFile = "lexicons/evaluations.txt"
	GenderedFile    = "lexicons/gendered.txt"
	GivenNamesFile  = "lexicons/givennames.txt"
)

// ClaimLex holds the claim-layer lexicons, embedded in Lexicons; immutable after loading. Keys
// are lower case.
type ClaimLex struct {
	Evaluation map[string]int  // evaluative word → +1 (SUPPORTS) or -1 (OPPOSES)
	Evaluable  map[string]bool // heads of act and position nouns an evaluation may judge
	Gendered   map[string]byte // honorifics and role nouns → 'f' or 'm'
	GivenName  map[string]byte // given names → 'f' or 'm' (the weakest evidence: givennames.txt)
}

func loadClaimLexicons(fsys fs.FS, lx *Lexicons) error {
	lx.Evaluation = map[string]int{}
	lx.Evaluable = map[string]bool{}
	lx.Gendered = map[string]byte{}
	grows, err := readLexicon(fsys, GenderedFile, 2, 2)
	if err != nil {
		return err
	}
	for _, r := range grows {
		if r.fields[1] != "f" && r.fields[1] != "m" {
			return &Error{File: GenderedFile, Line: r.line, Msg: "gender must be f or m"}
		}
		lx.Gendered[strings.ToLower(r.fields[0])] = r.fields[1][0]
	}
	lx.GivenName = map[string]byte{}
	nrows, err := readLexicon(fsys, GivenNamesFile, 2, 2)
	if err != nil {
		return err
	}
	for _, r := range nrows {
		if r.fields[1] != "f" && r.fields[1] != "m" {
			return &Error{File: GivenNamesFile, Line: r.line, Msg: "gender must be f or m"}
		}
		lx.GivenName[strings.ToLower(r.fields[0])] = r.fields[1][0]
	}
	rows, err := readLexicon(fsys, EvaluationsFile, 3, 4)
	if err != nil {
		return err
	}
	for _, r := range rows {
		switch r.fields[1] {
		case "+":
			lx.Evaluation[strings.ToLower(r.fields[0])] = 1
		case "-":
			lx.Evaluation[strings.ToLower(r.fields[0])] = -1
		case "target":
			lx.Evaluable[strings.ToLower(r.fields[0])] = true
		default:
			return &Error{File: EvaluationsFile, Line: r.line, Msg: "polarity must be +, - or target"}
		}
		switch r.fields[2] {
		case "afinn", "afinn-stem", "hand":
		case "cameo":
			if len(r.fields) < 4 || r.fields[3] == "" {
				return &Error{File: EvaluationsFile, Line: r.line, Msg: "a cameo row names its dictionary entry in a fourth field"}
			}
		default:
			return &Error{File: EvaluationsFile, Line: r.line, Msg: "origin must be afinn, afinn-stem, hand or cameo"}
		}
	}
	return nil
}
