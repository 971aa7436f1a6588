// Command retag scores the tag repairs of syntax/retag on a UD English treebank split with gold
// tokens: the embedded tagger's UPOS and XPOS accuracy before and after retag.Sentence (no name
// spans: the treebank marks none), and, per repair, how many words it re-tagged and how many of
// those it made right or wrong against the gold tags. A repair is a rule of grammar and must not
// lower the tagger's accuracy on the treebank (issue 13). With -parse it also parses every
// sentence twice, on the tagger's tags and on the repaired ones, and prints UAS and LAS (full
// relation, every word counted, punctuation included, as bench/syntax and the CoNLL 2018 shared
// task count) for both: a repair must not lower LAS either. -tagger and -parser score model
// files (as cmd/claimgraph-train writes them) instead of the embedded pair — e.g. an older
// tagger in front of the embedded parser. -show NAME prints, for the repair NAME, every word
// it re-tagged (WRONG: the gold tags call the new tags wrong); with -parse the table's last column is the change
// in words with the right head and relation that the repair alone makes. Usage (from the repository root):
//
//	go run ./bench/retag [-file ../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu] [-parse]
//	go run ./bench/retag -parse -tagger OLD/tagger.model -parser data/syntax/parser.model
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/claimgraph/claimgraph/syntax"
	"github.com/claimgraph/claimgraph/syntax/conllu"
	"github.com/claimgraph/claimgraph/syntax/retag"
	"strings"
)

// repairs are the functions retag.Sentence runs, in its order, each scored alone on the
// tagger's output (a repair's effect on top of the others is the Sentence row).
var repairs = []struct {
	name string
	run  func(f, u, x []string)
}{
	{"PronounVerbs", retag.PronounVerbs},
	{"RestrictedPronounVerb", retag.RestrictedPronounVerb},
	{"LowerProper", func(f, u, x []string) { retag.LowerProper(f, u, x) }},
	{"GenitiveHead", func(f, u, x []string) { retag.GenitiveHead(f, u, x) }},
	{"VerbalNoun", func(f, u, x []string) { retag.VerbalNoun(f, u, x) }},
	{"PrefixedAdjective", func(f, u, x []string) { retag.PrefixedAdjective(f, u, x) }},
	{"ModalBeforeTo", func(f, u, x []string) { retag.ModalBeforeTo(f, u, x) }},
	{"PhrasalAfterOperator", func(f, u, x []string) { retag.PhrasalAfterOperator(f, u, x) }},
	{"ParticipleBeforeDeterminer", func(f, u, x []string) { retag.ParticipleBeforeDeterminer(f, u, x) }},
	{"ZeroThatClauseVerb", func(f, u, x []string) { retag.ZeroThatClauseVerb(f, u, x) }},
	{"PluralSubjectVerbBeforeThat", func(f, u, x []string) { retag.PluralSubjectVerbBeforeThat(f, u, x) }},
	{"MandativeClauseVerb", func(f, u, x []string) { retag.MandativeClauseVerb(f, u, x) }},
	{"RelativeClauseVerb", func(f, u, x []string) { retag.RelativeClauseVerb(f, u, x) }},
	{"InfinitiveVerb", func(f, u, x []string) { retag.InfinitiveVerb(f, u, x) }},
	{"FinitelessVerb", retag.FinitelessVerb},
	{"OpeningNounBeforePast", func(f, u, x []string) { retag.OpeningNounBeforePast(f, u, x) }},
	{"AdverbBeforeObject", func(f, u, x []string) { retag.AdverbBeforeObject(f, u, x) }},
	{"ProgressiveAfterBe", func(f, u, x []string) { retag.ProgressiveAfterBe(f, u, x) }},
	{"CoordinatedPredicateVerb", func(f, u, x []string) { retag.CoordinatedPredicateVerb(f, u, x) }},
	{"LiabilityAdjective", func(f, u, x []string) { retag.LiabilityAdjective(f, u, x) }},
	{"PluralHeadBeforeVerb", func(f, u, x []string) { retag.PluralHeadBeforeVerb(f, u, x) }},
	{"CoordinatedSubjectVerb", func(f, u, x []string) { retag.CoordinatedSubjectVerb(f, u, x) }},
	{"BaseAfterModal", func(f, u, x []string) { retag.BaseAfterModal(f, u, x) }},
	{"InfinitiveBeforeDeterminer", func(f, u, x []string) { retag.InfinitiveBeforeDeterminer(f, u, x) }},
	{"SubjunctiveBase", func(f, u, x []string) { retag.SubjunctiveBase(f, u, x) }},
	{"PastAfterOpeningName", func(f, u, x []string) { retag.PastAfterOpeningName(f, u, x) }},
	{"FinitelessPastVerb", func(f, u, x []string) { retag.FinitelessPastVerb(f, u, x) }},
	{"SupplementiveParticiple", func(f, u, x []string) { retag.SupplementiveParticiple(f, u, x) }},
	{"ParticipleAfterOperator", func(f, u, x []string) { retag.ParticipleAfterOperator(f, u, x) }},
}

func main() {
	file := flag.String("file", "../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu", "CoNLL-U file with gold tags")
	parse := flag.Bool("parse", false, "also parse on the tagger's and on the repaired tags and print UAS / LAS for both")
	taggerPath := flag.String("tagger", "", "score this tagger model file instead of the embedded one (with -parser)")
	parserPath := flag.String("parser", "", "score this parser model file instead of the embedded one (with -tagger)")
	show := flag.String("show", "", "print the words this repair re-tagged against the gold tags")
	flag.Parse()
	ss, err := conllu.ReadFile(*file)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var m *syntax.Model
	if *taggerPath != "" || *parserPath != "" {
		m, err = syntax.LoadFiles(*taggerPath, *parserPath)
	} else {
		m, err = syntax.Default()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	type tally struct{ changed, right, wrong, las int }
	per := make([]tally, len(repairs))
	var words, u0, x0, u1, x1 int
	var uas0, las0, uas1, las1 int
	for _, s := range ss {
		n := len(s.Words)
		if n == 0 {
			continue
		}
		forms, gu, gx := make([]string, n), make([]string, n), make([]string, n)
		for i, w := range s.Words {
			forms[i], gu[i], gx[i] = w.Form, w.UPOS, w.XPOS
		}
		upos, xpos := make([]string, n), make([]string, n)
		m.Tagger().Tag(forms, upos, xpos)
		for r, rep := range repairs {
			u, x := append([]string(nil), upos...), append([]string(nil), xpos...)
			rep.run(forms, u, x)
			if *parse && (!equal(u, upos) || !equal(x, xpos)) {
				_, before := score(m, s, forms, upos, xpos, 0, 0)
				_, after := score(m, s, forms, u, x, 0, 0)
				per[r].las += after - before
			}
			for i := range u {
				if u[i] == upos[i] && x[i] == xpos[i] {
					continue
				}
				per[r].changed++
				before := upos[i] == gu[i] && xpos[i] == gx[i]
				after := u[i] == gu[i] && x[i] == gx[i]
				if after && !before {
					per[r].right++
				}
				if rep.name == *show && !(before && !after) {
					fmt.Printf("CHANGED %s/%s -> %s/%s (gold %s/%s) %q (word %d) in: %s\n", upos[i], xpos[i], u[i], x[i], gu[i], gx[i], forms[i], i, strings.Join(forms, " "))
				}
				if before && !after {
					per[r].wrong++
					if rep.name == *show {
						fmt.Printf("WRONG %s/%s -> %s/%s (gold %s/%s) %q (word %d) in: %s\n", upos[i], xpos[i], u[i], x[i], gu[i], gx[i], forms[i], i, strings.Join(forms, " "))
					}
				}
			}
		}
		words += n
		for i := range upos {
			u0 += b2i(upos[i] == gu[i])
			x0 += b2i(xpos[i] == gx[i])
		}
		if *parse {
			uas0, las0 = score(m, s, forms, upos, xpos, uas0, las0)
		}
		retag.Sentence(forms, upos, xpos, nil)
		if *parse {
			uas1, las1 = score(m, s, forms, upos, xpos, uas1, las1)
		}
		for i := range upos {
			u1 += b2i(upos[i] == gu[i])
			x1 += b2i(xpos[i] == gx[i])
		}
	}
	fmt.Printf("%s: %d sentences, %d words\n", *file, len(ss), words)
	fmt.Printf("tagger alone:        UPOS %.4f  XPOS %.4f\n", frac(u0, words), frac(x0, words))
	fmt.Printf("after retag.Sentence: UPOS %.4f  XPOS %.4f  (words right %+d UPOS, %+d XPOS)\n", frac(u1, words), frac(x1, words), u1-u0, x1-x0)
	if *parse {
		fmt.Printf("parse on tagger's tags: UAS %.2f  LAS %.2f\n", 100*frac(uas0, words), 100*frac(las0, words))
		fmt.Printf("parse on repaired tags: UAS %.2f  LAS %.2f  (words right %+d UAS, %+d LAS)\n", 100*frac(uas1, words), 100*frac(las1, words), uas1-uas0, las1-las0)
	}
	fmt.Printf("%-30s %8s %8s %8s %8s\n", "repair (alone)", "changed", "->right", "->wrong", "LAS +-")
	for r, rep := range repairs {
		fmt.Printf("%-30s %8d %8d %8d %8d\n", rep.name, per[r].changed, per[r].right, per[r].wrong, per[r].las)
	}
}

// score parses the sentence on the given tags and adds its words with the right head (uas) and
// the right head and full relation (las) to the running counts.
func score(m *syntax.Model, s *conllu.Sentence, forms, upos, xpos []string, uas, las int) (int, int) {
	toks := make([]syntax.Token, len(forms))
	for i := range toks {
		toks[i] = syntax.Token{Form: forms[i], UPOS: upos[i], XPOS: xpos[i]}
	}
	m.AnnotateTagged(toks)
	for i, t := range toks {
		g := s.Words[i]
		if t.Head+1 == g.Head {
			uas++
			if t.DepRel == g.DepRel {
				las++
			}
		}
	}
	return uas, las
}

func equal(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func frac(a, b int) float64 { return float64(a) / float64(b) }
