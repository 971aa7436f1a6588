// Command frames is an experiment harness, not part of the loader: it parses the PLOVER
// development records (../shared/eval/plover/records.jsonl) with the syntax layer (tokenizer,
// tagger, lemmatizer, parser) and runs the frames matcher alone on each sentence, with no actor
// recognition and no coreference. It writes one JSON line per record with every match (type,
// source and target phrases, mode, scope, rule); bench/frames/score.py scores those lines with the
// official scorer's own matching (score_plover.py's words and actor_keys) and prints
// type+source accuracy of frames alone, by PLOVER category.
//
//	go run ./bench/frames > /tmp/frames.jsonl
//	python3 bench/frames/score.py --records ../shared/eval/plover/records.jsonl /tmp/frames.jsonl
//
// The models are the embedded ones (syntax.Default); -parser, -tagger and -lemma load others
// (all three, from files) to compare models.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/syntax"
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
	parserPath := flag.String("parser", "", "dependency parser model file (syntax/depparse); default the embedded one")
	taggerPath := flag.String("tagger", "data/syntax/tagger.model", "tagger model file, with -parser")
	lemmaPath := flag.String("lemma", "data/syntax/lemma.tsv", "lemmatizer table file, with -parser")
	flag.Parse()
	if err := run(*records, *parserPath, *taggerPath, *lemmaPath); err != nil {
		fmt.Fprintln(os.Stderr, "frames:", err)
		os.Exit(1)
	}
}

// model returns the embedded syntax model, or one built from the three files when parserPath is
// set.
func model(parserPath, taggerPath, lemmaPath string) (*syntax.Model, error) {
	if parserPath == "" {
		return syntax.Default()
	}
	tg, err := tag.LoadFile(taggerPath)
	if err != nil {
		return nil, err
	}
	lf, err := os.Open(lemmaPath)
	if err != nil {
		return nil, err
	}
	lm, err := lemma.Load(lf, lemmaPath)
	lf.Close()
	if err != nil {
		return nil, err
	}
	pf, err := os.Open(parserPath)
	if err != nil {
		return nil, err
	}
	ps, err := depparse.Load(bufio.NewReader(pf))
	pf.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", parserPath, err)
	}
	return syntax.New(tg, lm, ps)
}

func run(records, parserPath, taggerPath, lemmaPath string) error {
	sm, err := model(parserPath, taggerPath, lemmaPath)
	if err != nil {
		return err
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
		toks := annotate(r.Text, sm)
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
func annotate(text string, sm *syntax.Model) []frames.Token {
	tt := tokenize.Tokenize(text)
	toks := make([]frames.Token, len(tt))
	for i, t := range tt {
		toks[i] = frames.Token{Form: t.Form, Start: t.Start, End: t.End}
	}
	sm.Annotate(toks)
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
