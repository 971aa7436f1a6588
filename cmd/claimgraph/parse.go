package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/syntax"
	"github.com/claimgraph/claimgraph/syntax/conllu"
	"github.com/claimgraph/claimgraph/syntax/tokenize"
)

func newParseCmd(g *globals) *cobra.Command {
	var conlluPath string
	var beam int
	cmd := &cobra.Command{
		Use:   "parse [FILE]",
		Short: "Tag, lemmatize and parse English text into CoNLL-U (Universal Dependencies)",
		Long: `Parse reads plain text (FILE, or standard input when FILE is absent or -), splits it into
sentences and UD English words, and writes CoNLL-U: "# sent_id" and "# text" comments, then one
line per word with LEMMA, UPOS, XPOS, HEAD and DEPREL from the embedded models (trained on UD
English EWT, UD English GUM's CC BY documents and news sentences of our own). Contractions and possessives are multiword tokens ("don't" → do n't). MISC gives
SpaceAfter=No and TokenRange=START:END, offsets in Unicode code points into the input.

With --conllu FILE it reads CoNLL-U instead and keeps its tokenization: the ID and FORM columns,
multiword-token lines and comments stay as they are, MISC too; LEMMA, UPOS, XPOS, HEAD and
DEPREL are replaced by predictions, FEATS and DEPS are cleared. Any UD treebank can then be
scored against its gold tokens.`,
		Args: argsUsage(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if beam < 0 {
				return usagef("--beam %d: the beam width is 1 or more (0: the model's default)", beam)
			}
			if conlluPath != "" && len(args) > 0 {
				return usagef("give either --conllu FILE or a text FILE, not both")
			}
			path := conlluPath
			if path == "" {
				path = "-"
				if len(args) == 1 {
					path = args[0]
				}
			}
			// The input is opened before the models load, so a wrong path fails at once.
			r, name, done, err := openInput(g.stdin, path)
			if err != nil {
				return err
			}
			defer done()
			m, err := syntax.Default()
			if err != nil {
				return err
			}
			if beam > 0 {
				m = m.WithBeam(beam)
			}
			out := bufio.NewWriter(g.stdout)
			if conlluPath != "" {
				err = parseCoNLLU(m, r, name, out)
			} else {
				err = parseText(m, r, name, out)
			}
			if ferr := out.Flush(); err == nil {
				err = ferr
			}
			return err
		},
	}
	cmd.Flags().StringVar(&conlluPath, "conllu", "", "read CoNLL-U from `FILE` (- for standard input) and keep its tokens")
	cmd.Flags().IntVar(&beam, "beam", 0, "parser beam `WIDTH` (1 = greedy, fastest; 0 = the model's default)")
	return cmd
}

// openInput opens path, or returns stdin for "-". The name is for error messages.
func openInput(stdin io.Reader, path string) (io.Reader, string, func(), error) {
	if path == "-" {
		return stdin, "standard input", func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, "", nil, err
	}
	return f, path, func() { f.Close() }, nil
}

// batchSize is how many sentences are annotated in parallel between writes: enough to keep every
// core busy, small enough that output streams.
const batchSize = 256

// annotateAll annotates the sentences on all cores (a syntax.Model is safe for concurrent use).
func annotateAll(m *syntax.Model, sents [][]syntax.Token) {
	workers := min(runtime.GOMAXPROCS(0), len(sents))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(sents) {
					return
				}
				m.Annotate(sents[i])
			}
		}()
	}
	wg.Wait()
}

// parseCoNLLU re-annotates every sentence of CoNLL-U read from r (name is for errors),
// streaming in batches.
func parseCoNLLU(m *syntax.Model, r io.Reader, name string, w *bufio.Writer) error {
	rd := conllu.NewReader(r, name)
	for {
		var batch []*conllu.Sentence
		var readErr error
		for len(batch) < batchSize {
			s, err := rd.Next()
			if err != nil {
				readErr = err
				break
			}
			batch = append(batch, s)
		}
		toks := make([][]syntax.Token, len(batch))
		for i, s := range batch {
			toks[i] = make([]syntax.Token, len(s.Words))
			for k, wd := range s.Words {
				toks[i][k] = syntax.Token{Form: wd.Form}
			}
		}
		annotateAll(m, toks)
		for i, s := range batch {
			for k := range s.Words {
				wd, t := &s.Words[k], toks[i][k]
				wd.Lemma, wd.UPOS, wd.XPOS = t.Lemma, t.UPOS, t.XPOS
				wd.Head, wd.DepRel = t.Head+1, t.DepRel
				wd.Feats, wd.Deps = "_", "_"
			}
			if err := conllu.Write(w, s); err != nil {
				return err
			}
		}
		if errors.Is(readErr, io.EOF) {
			return nil
		}
		if readErr != nil {
			// Sentences before the bad one are written; the error names the file and line.
			return readErr
		}
	}
}

// parseText reads plain text from r, splits it into sentences (the loader's splitter) and words (package
// tokenize), annotates them and writes CoNLL-U.
func parseText(m *syntax.Model, r io.Reader, name string, w *bufio.Writer) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	// The same gate as load's: a binary file is refused, not written out as CoNLL-U full of NUL
	// bytes, and invalid UTF-8 is repaired (CoNLL-U is UTF-8); blank input parses to nothing.
	text, err := input.CheckText(data)
	if errors.Is(err, input.ErrEmpty) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	sp, err := input.NewSplitter()
	if err != nil {
		return err
	}
	sents := sp.Split(text)
	spans := make([][2]int, len(sents))
	for i, s := range sents {
		spans[i] = [2]int{s.Start, s.End}
	}
	words := tokenize.Sentences(text, spans)
	id := 0
	// Annotate and write a batch at a time, so the annotations of a long text are not all held.
	for lo := 0; lo < len(words); lo += batchSize {
		hi := min(lo+batchSize, len(words))
		toks := make([][]syntax.Token, hi-lo)
		for i, ws := range words[lo:hi] {
			toks[i] = make([]syntax.Token, len(ws))
			for k, t := range ws {
				toks[i][k] = syntax.Token{Form: t.Form, Start: t.Start, End: t.End}
			}
		}
		annotateAll(m, toks)
		for i, ws := range words[lo:hi] {
			if len(ws) == 0 {
				continue
			}
			id++
			if err := conllu.Write(w, textSentence(id, sents[lo+i].Text, ws, toks[i])); err != nil {
				return err
			}
		}
	}
	return nil
}

// textSentence builds the CoNLL-U sentence for annotated tokens: fused words get a multiword-token
// line carrying the surface form, SpaceAfter and TokenRange; other words carry them in MISC.
func textSentence(id int, text string, words []tokenize.Token, toks []syntax.Token) *conllu.Sentence {
	s := &conllu.Sentence{Comments: []string{
		"# sent_id = " + strconv.Itoa(id),
		"# text = " + strings.Join(strings.Fields(text), " "),
	}}
	misc := func(space bool, a, b int) string {
		m := "TokenRange=" + strconv.Itoa(a) + ":" + strconv.Itoa(b)
		if !space {
			m = "SpaceAfter=No|" + m
		}
		return m
	}
	for i := 0; i < len(words); i++ {
		if words[i].Fused {
			j := i
			form := words[i].Form
			for j+1 < len(words) && words[j].Fused {
				j++
				form += words[j].Form
			}
			s.MultiWords = append(s.MultiWords, conllu.MultiWord{
				First: i + 1, Last: j + 1, Form: form,
				Line: fmt.Sprintf("%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s", i+1, j+1, form,
					misc(words[j].SpaceAfter, words[i].Start, words[j].End)),
			})
			for k := i; k <= j; k++ {
				s.Words = append(s.Words, word(k, toks[k], "TokenRange="+strconv.Itoa(words[k].Start)+":"+strconv.Itoa(words[k].End)))
			}
			i = j
			continue
		}
		s.Words = append(s.Words, word(i, toks[i], misc(words[i].SpaceAfter, words[i].Start, words[i].End)))
	}
	return s
}

func word(i int, t syntax.Token, misc string) conllu.Word {
	return conllu.Word{ID: i + 1, Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Feats: "_",
		Head: t.Head + 1, DepRel: t.DepRel, Deps: "_", Misc: misc}
}
