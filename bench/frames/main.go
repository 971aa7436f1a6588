// Command frames is an experiment harness, not part of the loader: it parses the PLOVER
// development records (../shared/eval/plover/records.jsonl) with the syntax layer (tokenizer,
// tagger, lemmatizer, parser) and runs the frames matcher alone on each sentence, with no actor
// recognition and no coreference. It writes one JSON line per record with every match (type,
// source and target phrases, mode, scope, rule); bench/frames/score.py scores those lines with the
// official scorer's own matching (score_plover.py's words and actor_keys) and prints
// type+source accuracy of frames alone, by PLOVER category.
//
//	go run ./bench/frames -parser PATH/parser.model > /tmp/frames.jsonl
//	python3 bench/frames/score.py --records ../shared/eval/plover/records.jsonl /tmp/frames.jsonl
//
// The parser model is an input because it is trained on branch syntax (data/syntax/parser.model
// once committed there).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/syntax/depparse"
	"github.com/claimgraph/claimgraph/syntax/lemma"
	"github.com/claimgraph/claimgraph/syntax/tag"
	"github.com/claimgraph/claimgraph/syntax/tokenize"
)

type record struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

type rel struct {
	Type    string `json:"type"`
	Source  string `json:"source"`
	Target  string `json:"target"`
	Mode    string `json:"mode"`
	Scope   string `json:"scope"`
	Negated bool   `json:"negated"`
	Asserts bool   `json:"asserts"`
	Rule    string `json:"rule"`
	// Speaker is, for a pronoun source, the speaker of the attribution whose clause holds the
	// cue ("Syria says it is willing …" → Syria): what the simplest coreference would give.
	Speaker string `json:"speaker,omitempty"`
}

type out struct {
	ID     string `json:"id"`
	Parse  string `json:"parse"`
	Frames []rel  `json:"frames"`
}

func main() {
	records := flag.String("records", "../shared/eval/plover/records.jsonl", "PLOVER records (JSONL with id and text)")
	parserPath := flag.String("parser", "data/syntax/parser.model", "dependency parser model (syntax/depparse)")
	taggerPath := flag.String("tagger", "data/syntax/tagger.model", "tagger model (syntax/tag)")
	lemmaPath := flag.String("lemma", "data/syntax/lemma.tsv", "lemmatizer table (syntax/lemma)")
	flag.Parse()
	if err := run(*records, *parserPath, *taggerPath, *lemmaPath); err != nil {
		fmt.Fprintln(os.Stderr, "frames:", err)
		os.Exit(1)
	}
}

func run(records, parserPath, taggerPath, lemmaPath string) error {
	tg, err := tag.LoadFile(taggerPath)
	if err != nil {
		return err
	}
	lf, err := os.Open(lemmaPath)
	if err != nil {
		return err
	}
	lm, err := lemma.Load(lf, lemmaPath)
	lf.Close()
	if err != nil {
		return err
	}
	pf, err := os.Open(parserPath)
	if err != nil {
		return fmt.Errorf("%v (the parser is trained on branch syntax)", err)
	}
	ps, err := depparse.Load(bufio.NewReader(pf))
	pf.Close()
	if err != nil {
		return fmt.Errorf("%s: %v", parserPath, err)
	}
	lx, err := frames.Default()
	if err != nil {
		return err
	}
	f, err := os.Open(records)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	n := 0
	for sc.Scan() {
		n++
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("%s:%d: %v", records, n, err)
		}
		toks := annotate(r.Text, tg, lm, ps)
		o := out{ID: r.ID, Parse: conll(toks), Frames: []rel{}}
		atts := lx.Attributions(toks)
		for _, m := range lx.Match(toks) {
			f := rel{Type: string(m.Type), Source: phrase(toks, m.Source),
				Target: phrase(toks, m.Target), Mode: m.Mode.String(), Scope: m.Scope.String(),
				Negated: m.Negated, Asserts: m.Asserts(), Rule: m.Rule}
			if m.Source >= 0 && toks[m.Source].UPOS == "PRON" {
				for _, a := range atts {
					if lo, hi := frames.Span(toks, a.Content); a.Speaker >= 0 && m.Cue >= lo && m.Cue < hi {
						f.Speaker = phrase(toks, a.Speaker)
					}
				}
			}
			o.Frames = append(o.Frames, f)
		}
		if err := enc.Encode(o); err != nil {
			return err
		}
	}
	return sc.Err()
}

// annotate tokenizes, tags, lemmatizes and parses text as one sentence.
func annotate(text string, tg *tag.Model, lm *lemma.Lemmatizer, ps *depparse.Model) []frames.Token {
	tt := tokenize.Tokenize(text)
	forms := make([]string, len(tt))
	for i, t := range tt {
		forms[i] = t.Form
	}
	upos, xpos := make([]string, len(tt)), make([]string, len(tt))
	tg.Tag(forms, upos, xpos)
	ws := make([]depparse.Word, len(tt))
	for i := range tt {
		ws[i] = depparse.Word{Form: forms[i], UPOS: upos[i], XPOS: xpos[i]}
	}
	heads, labels := make([]int, len(tt)), make([]string, len(tt))
	ps.ParseInto(ws, heads, labels)
	toks := make([]frames.Token, len(tt))
	for i, t := range tt {
		toks[i] = frames.Token{Form: t.Form, Start: t.Start, End: t.End, UPOS: upos[i], XPOS: xpos[i],
			Lemma: lm.Lemma(t.Form, upos[i], xpos[i]), Head: heads[i] - 1, DepRel: labels[i]}
	}
	return toks
}

// phrase returns the words of the subtree headed by i, "" for -1.
func phrase(toks []frames.Token, i int) string {
	if i < 0 {
		return ""
	}
	lo, hi := frames.Span(toks, i)
	ws := make([]string, 0, hi-lo)
	for k := lo; k < hi; k++ {
		ws = append(ws, toks[k].Form)
	}
	return strings.Join(ws, " ")
}

// conll renders the parse compactly for reading misses: form/UPOS/head/deprel per word.
func conll(toks []frames.Token) string {
	var b strings.Builder
	for i, t := range toks {
		fmt.Fprintf(&b, "%d:%s/%s/%s>%d:%s ", i+1, t.Form, t.Lemma, t.UPOS, t.Head+1, t.DepRel)
	}
	return strings.TrimSpace(b.String())
}
