// Command claimgraph-train trains the dependency parser of package syntax/depparse on CoNLL-U
// treebanks (Universal Dependencies English EWT by default) and writes the model file.
//
//	go run ./cmd/claimgraph-train -train ../shared/treebanks/UD_English-EWT/en_ewt-ud-train.conllu \
//	    -dev ../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu -out data/syntax/parser.model
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/claimgraph/claimgraph/syntax/conllu"
	"github.com/claimgraph/claimgraph/syntax/depparse"
)

func main() {
	var (
		trainPath = flag.String("train", "../shared/treebanks/UD_English-EWT/en_ewt-ud-train.conllu", "CoNLL-U training file")
		devPath   = flag.String("dev", "", "CoNLL-U development file, scored after every epoch (optional)")
		out       = flag.String("out", "data/syntax/parser.model", "model file to write")
		epochs    = flag.Int("epochs", 12, "training epochs")
		bits      = flag.Uint("bits", 20, "log2 of the number of weight rows")
		prune     = flag.Float64("prune", 0, "drop weights below this fraction of the largest")
		explore   = flag.Float64("explore", 0.9, "probability of following a wrong predicted action after epoch 1")
	)
	flag.Parse()
	log.SetFlags(log.Ltime)
	train, err := load(*trainPath)
	if err != nil {
		log.Fatal(err)
	}
	opt := depparse.TrainOptions{Bits: *bits, Epochs: *epochs, Prune: *prune, Explore: *explore, Log: log.Printf}
	if *devPath != "" {
		if opt.Dev, err = load(*devPath); err != nil {
			log.Fatal(err)
		}
	}
	m, err := depparse.Train(train, opt)
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := m.Save(f); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	st, _ := os.Stat(*out)
	fmt.Printf("wrote %s: %d weights, %d bytes\n", *out, m.NumWeights(), st.Size())
}

// load reads a CoNLL-U file as parser sentences with gold tags and trees.
func load(path string) ([]depparse.Sentence, error) {
	ss, err := conllu.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := make([]depparse.Sentence, 0, len(ss))
	for _, s := range ss {
		d := depparse.Sentence{Words: make([]depparse.Word, len(s.Words)), Heads: make([]int, len(s.Words)), Labels: make([]string, len(s.Words))}
		for i, w := range s.Words {
			d.Words[i] = depparse.Word{Form: w.Form, UPOS: w.UPOS, XPOS: w.XPOS}
			d.Heads[i] = w.Head
			d.Labels[i] = w.DepRel
			if w.Head < 0 {
				return nil, fmt.Errorf("%s: sentence %s: word %d has no head", path, s.SentID(), w.ID)
			}
		}
		out = append(out, d)
	}
	return out, nil
}
