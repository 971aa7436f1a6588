package discourse

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed labels.txt
var labelsTxt string

//go:embed furniture.txt
var furnitureTxt string

//go:embed headings.txt
var headingsTxt string

// lexicon holds the word lists of labels.txt, furniture.txt and headings.txt, parsed once.
type lexicon struct {
	labels    map[string]Role // label words → the role of the turn they open; None: no turn
	furniture []furniturePhrase
	// furnitureFirst holds the words a furniture sentence can open with: each phrase's first
	// word and the markers furniturePart skips ("so", "well", "with that").
	furnitureFirst map[string]bool
	headings       map[string]bool
	longestH       int // words in the longest heading noun
}

type furniturePhrase struct {
	words []string
	max   int // words allowed after the phrase; -1: any
}

// None marks a label that opens no speaker's turn ("UPDATE:", "BYLINE:").
const None Role = "none"

var lex = mustLexicon()

func mustLexicon() *lexicon {
	l, err := parseLexicon(labelsTxt, furnitureTxt, headingsTxt)
	if err != nil {
		panic(err) // the files are embedded: a malformed line is a build defect, caught by every test
	}
	return l
}

// lines yields the non-comment, non-blank lines of a data file with their 1-based numbers.
func lines(src string, fn func(n int, ln string) error) error {
	for i, ln := range strings.Split(src, "\n") {
		ln = strings.TrimRight(ln, "\r")
		if strings.TrimSpace(ln) == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		if err := fn(i+1, ln); err != nil {
			return err
		}
	}
	return nil
}

func parseLexicon(labels, furniture, headings string) (*lexicon, error) {
	l := &lexicon{labels: map[string]Role{}, headings: map[string]bool{},
		furnitureFirst: map[string]bool{"so": true, "well": true, "okay": true, "ok": true, "and": true, "again": true, "with": true, "first": true, "finally": true, "all": true, "alright": true}}
	err := lines(labels, func(n int, ln string) error {
		role, word, ok := strings.Cut(ln, "\t")
		if !ok {
			return fmt.Errorf("discourse: labels.txt:%d: want ROLE<TAB>label", n)
		}
		switch r := Role(role); r {
		case Question, Answer, Moderator, None:
			l.labels[word] = r
		default:
			return fmt.Errorf("discourse: labels.txt:%d: unknown role %q", n, role)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = lines(furniture, func(n int, ln string) error {
		phrase, lim, ok := strings.Cut(ln, "\t")
		if !ok {
			return fmt.Errorf("discourse: furniture.txt:%d: want phrase<TAB>max", n)
		}
		f := furniturePhrase{words: words(phrase), max: -1}
		if len(f.words) == 0 {
			return fmt.Errorf("discourse: furniture.txt:%d: empty phrase", n)
		}
		l.furnitureFirst[strings.TrimSuffix(f.words[0], ",")] = true
		if lim != "*" {
			m, err := strconv.Atoi(lim)
			if err != nil || m < 0 {
				return fmt.Errorf("discourse: furniture.txt:%d: max %q is no count", n, lim)
			}
			f.max = m
		}
		l.furniture = append(l.furniture, f)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = lines(headings, func(n int, ln string) error {
		h := strings.Join(strings.Fields(ln), " ")
		l.headings[h] = true
		l.longestH = max(l.longestH, len(strings.Fields(h)))
		return nil
	})
	return l, err
}
