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
	var err error
	if lx.Gendered, err = readGenders(fsys, GenderedFile); err != nil {
		return err
	}
	if lx.GivenName, err = readGenders(fsys, GivenNamesFile); err != nil {
		return err
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

// readGenders reads a two-column lexicon of words and their gender ("f" or "m"; gendered.txt,
// givennames.txt) into a map keyed by the lower-cased word. Errors: the file's, and a gender that
// is neither f nor m (naming the file and line).
func readGenders(fsys fs.FS, file string) (map[string]byte, error) {
	rows, err := readLexicon(fsys, file, 2, 2)
	if err != nil {
		return nil, err
	}
	out := make(map[string]byte, len(rows))
	for _, r := range rows {
		if r.fields[1] != "f" && r.fields[1] != "m" {
			return nil, &Error{File: file, Line: r.line, Msg: "gender must be f or m"}
		}
		out[strings.ToLower(r.fields[0])] = r.fields[1][0]
	}
	return out, nil
}
