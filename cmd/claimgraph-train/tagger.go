package main

import (
	"flag"
	"fmt"
	"log"

	"github.com/claimgraph/claimgraph/syntax/clusters"
	"github.com/claimgraph/claimgraph/syntax/conllu"
	"github.com/claimgraph/claimgraph/syntax/lemma"
	"github.com/claimgraph/claimgraph/syntax/tag"
)

// The tagger and the lemmatizer tables are trained by the same command, instead of the parser:
//
//	go run ./cmd/claimgraph-train -tagger-out data/syntax/tagger.model -lemma-out data/syntax/lemma.tsv \
//	    -train ../shared/treebanks/UD_English-EWT/en_ewt-ud-train.conllu \
//	    -dev ../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu
//
// writes the tagger with tag.DefaultOptions (chosen on dev: a bidirectional tagger, 10 epochs per
// direction, weights below 0.5 pruned; about a minute on one core; this is
// the candidate tagger of bench/README.md) and the lemma table, and logs their accuracy on dev. With
// -tagger-options one-direction it trains with tag.OneDirectionOptions, the settings of the
// embedded data/syntax/tagger.model (same predictions; the file is then written in format 3).
// The same flag chooses the tagger that -jackknife trains on the folds.
var (
	taggerOut    = flag.String("tagger-out", "", "train the part-of-speech tagger on -train and write it to `FILE` (no parser is trained)")
	lemmaOut     = flag.String("lemma-out", "", "learn the lemmatizer's tables from -train and write them to `FILE` (no parser is trained)")
	clustersPath = flag.String("clusters", "", "word-cluster table (tools/clusters; data/syntax/clusters.tsv): the tagger of -tagger-out and -jackknife and the parser read its cluster features, and -tagger models trained with it load with it")
	tagOpts      = flag.String("tagger-options", "bidirectional", "tagger settings for -tagger-out and -jackknife: bidirectional (tag.DefaultOptions, the candidate of bench/README.md) or one-direction (tag.OneDirectionOptions, the embedded tagger)")
)

// taggerOptions returns the tag.Options that -tagger-options names, with the -clusters table.
func taggerOptions() (tag.Options, error) {
	var o tag.Options
	switch *tagOpts {
	case "bidirectional":
		o = tag.DefaultOptions()
	case "one-direction":
		o = tag.OneDirectionOptions()
	default:
		return tag.Options{}, fmt.Errorf("-tagger-options: %q is neither bidirectional nor one-direction", *tagOpts)
	}
	tab, err := clusterTable()
	o.Clusters = tab
	return o, err
}

var loadedClusters *clusters.Table

// clusterTable returns the -clusters table (read once), nil without the flag.
func clusterTable() (*clusters.Table, error) {
	if *clustersPath == "" || loadedClusters != nil {
		return loadedClusters, nil
	}
	var err error
	loadedClusters, err = clusters.LoadFile(*clustersPath)
	if err == nil {
		log.Printf("clusters: %d words from %s", loadedClusters.Len(), *clustersPath)
	}
	return loadedClusters, err
}

// trainTaggerLemma does the work of -tagger-out and -lemma-out. It reports whether either was
// given; errors name the file.
//
// With -extra, its sentences (readExtra: files, each repeated FILE*N times) are appended to
// -train for the tagger; the lemma tables are learned from -train alone.
func trainTaggerLemma(trainPath, extraSpec, devPath string) (bool, error) {
	if *taggerOut == "" && *lemmaOut == "" {
		return false, nil
	}
	train, err := conllu.ReadFile(trainPath)
	if err != nil {
		return true, err
	}
	var dev []*conllu.Sentence
	if devPath != "" {
		if dev, err = conllu.ReadFile(devPath); err != nil {
			return true, err
		}
	}
	var tagger *tag.Model
	if *taggerOut != "" {
		opts, err := taggerOptions()
		if err != nil {
			return true, err
		}
		opts.Progress = func(epoch int, acc float64) {
			log.Printf("tagger epoch %d: %.2f%% of training words tagged right during the pass", epoch, 100*acc)
		}
		taggerTrain := train
		if extraSpec != "" {
			extra, err := readExtra(extraSpec)
			if err != nil {
				return true, err
			}
			taggerTrain = append(append([]*conllu.Sentence(nil), train...), extra...)
			log.Printf("tagger: training on %d sentences (%d from %s)", len(taggerTrain), len(extra), extraSpec)
		}
		if tagger, err = tag.Train(taggerTrain, opts); err != nil {
			return true, fmt.Errorf("%s: %w", trainPath, err)
		}
		log.Printf("tagger: %d features, %d weights", tagger.NumFeatures(), tagger.NumWeights())
		if dev != nil {
			a := tagger.Evaluate(dev)
			log.Printf("tagger on %s: UPOS %.2f%%, XPOS %.2f%% (%d words)", devPath, 100*a.UPOS, 100*a.XPOS, a.Words)
		}
		if err := tagger.SaveFile(*taggerOut); err != nil {
			return true, err
		}
	}
	if *lemmaOut != "" {
		lm := lemma.Learn(train)
		log.Printf("lemmatizer: %d exceptions, %d known lemmas", lm.NumExceptions(), lm.NumKnown())
		if dev != nil {
			log.Printf("lemmatizer on %s with gold tags: %.2f%%", devPath, 100*lm.Evaluate(dev, nil).Right)
			if tagger != nil {
				tags := make([]tag.Tags, len(dev))
				for i, s := range dev {
					tags[i] = tagger.TagSentence(s)
				}
				a := lm.Evaluate(dev, func(i int) ([]string, []string) { return tags[i].UPOS, tags[i].XPOS })
				log.Printf("lemmatizer on %s with the new tagger's tags: %.2f%%", devPath, 100*a.Right)
			}
		}
		if err := lm.SaveFile(*lemmaOut); err != nil {
			return true, err
		}
	}
	return true, nil
}
