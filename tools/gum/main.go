// Command gum rebuilds the CC BY part of UD_English-GUM as CoNLL-U training and test files, from a
// git mirror of the treebank's repository, so that no GUM text is committed here.
//
// GUM as a whole is CC BY-NC-SA 4.0, but its LICENSE.txt states that the Wikimedia documents
// (Wikinews news, interviews and bios; Wikivoyage), the OpenStax textbooks, the YouTube Creative
// Commons vlogs, the political speeches (public domain) and the Santa Barbara Corpus
// conversations are under a CC BY licence. Those are the genres read by default (file-name
// prefixes GUM_news, GUM_interview, GUM_bio, GUM_voyage, GUM_textbook, GUM_vlog, GUM_speech,
// GUM_conversation). Excluded: whow and fiction (CC BY-NC-SA, named so in LICENSE.txt), and
// academic, court, essay, letter and podcast (LICENSE.txt does not name them as CC BY), and
// reddit (not in the repository; a separate licence).
//
// The release train file of the mirror is absent, so the documents are read one by one from
// not-to-release/sources/GUM_<genre>_<name>.conllu in the order of
// not-to-release/file-lists/files.{train,dev,test}, and each split is written as the
// concatenation of its documents, verbatim. The commit is pinned (-commit), so the output is the
// same on every run: at the pinned commit, gum-cc-by-train.conllu has 107 documents, 6,386
// sentences, 106,960 words, md5 6f0717a2fc687a1751f7bf91d23c31d7 (dev 16 documents, 14,411
// words; test 16 documents, 14,282 words).
//
// Usage (writes DIR/gum-cc-by-{train,dev,test}.conllu and, with -by-genre, DIR/gum-cc-by-test-news.conllu
// etc. for the test split):
//
//	go run ./tools/gum -mirror /work/.mirror/UniversalDependencies+UD_English-GUM/repo -out /tmp/gum
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// CCBYGenres are the GUM genres (file-name prefix after "GUM_") that GUM's LICENSE.txt names as
// CC BY or public domain.
var CCBYGenres = []string{"news", "interview", "bio", "voyage", "textbook", "vlog", "speech", "conversation"}

// pinnedCommit is the UD_English-GUM commit the figures in bench/README.md were made from
// (afb41ee, 2025-05-10, "Updated treebank evaluation.").
const pinnedCommit = "afb41ee9bca57991125814fa04d96a0e61470c8b"

func main() {
	var (
		mirror  = flag.String("mirror", "/work/.mirror/UniversalDependencies+UD_English-GUM/repo", "git directory of a UD_English-GUM clone (bare or not)")
		commit  = flag.String("commit", pinnedCommit, "commit to read")
		out     = flag.String("out", ".", "directory to write the files to")
		genres  = flag.String("genres", strings.Join(CCBYGenres, ","), "comma-separated genres to keep")
		byGenre = flag.String("by-genre", "test,dev", "splits also written one file per genre (DIR/gum-cc-by-SPLIT-GENRE.conllu)")
	)
	flag.Parse()
	log.SetFlags(0)
	keep := strings.Split(*genres, ",")
	split1 := map[string]bool{}
	for _, s := range strings.Split(*byGenre, ",") {
		split1[s] = true
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, split := range []string{"train", "dev", "test"} {
		list, err := gitShow(*mirror, *commit, "not-to-release/file-lists/files."+split)
		if err != nil {
			log.Fatal(err)
		}
		docs := Select(strings.Fields(string(list)), keep)
		var all bytes.Buffer
		perGenre := map[string]*bytes.Buffer{}
		sents, words := 0, 0
		for _, d := range docs {
			text, err := gitShow(*mirror, *commit, "not-to-release/sources/"+d+".conllu")
			if err != nil {
				log.Fatal(err)
			}
			text = Normalize(text)
			s, w := Count(text)
			sents, words = sents+s, words+w
			all.Write(text)
			g := Genre(d)
			if perGenre[g] == nil {
				perGenre[g] = &bytes.Buffer{}
			}
			perGenre[g].Write(text)
		}
		path := filepath.Join(*out, "gum-cc-by-"+split+".conllu")
		if err := os.WriteFile(path, all.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("%s: %d documents, %d sentences, %d words", path, len(docs), sents, words)
		if split1[split] {
			for _, g := range keep {
				if perGenre[g] == nil {
					continue
				}
				p := filepath.Join(*out, "gum-cc-by-"+split+"-"+g+".conllu")
				if err := os.WriteFile(p, perGenre[g].Bytes(), 0o644); err != nil {
					log.Fatal(err)
				}
				s, w := Count(perGenre[g].Bytes())
				log.Printf("%s: %d sentences, %d words", p, s, w)
			}
		}
	}
}

// Genre is the genre of a GUM document name ("GUM_news_iodine" → "news"; "" if the name has no
// genre part).
func Genre(doc string) string {
	parts := strings.SplitN(doc, "_", 3)
	if len(parts) < 3 || parts[0] != "GUM" {
		return ""
	}
	return parts[1]
}

// Select keeps the document names whose genre is one of genres, in their order.
func Select(docs, genres []string) []string {
	var out []string
	for _, d := range docs {
		g := Genre(d)
		for _, k := range genres {
			if g == k {
				out = append(out, d)
				break
			}
		}
	}
	return out
}

// Normalize makes a document end with exactly one blank line, so that concatenated documents
// stay separate sentences.
func Normalize(text []byte) []byte {
	text = bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
	text = bytes.TrimRight(text, "\n")
	return append(text, '\n', '\n')
}

// Count returns the number of sentences (blocks with at least one word line) and of syntactic
// words (integer IDs; multiword-token ranges and empty nodes not counted) of CoNLL-U text.
func Count(text []byte) (sents, words int) {
	inSent := false
	for _, line := range strings.Split(string(text), "\n") {
		if line == "" {
			if inSent {
				sents++
			}
			inSent = false
			continue
		}
		if line[0] == '#' {
			continue
		}
		id, _, _ := strings.Cut(line, "\t")
		if strings.ContainsAny(id, "-.") {
			continue
		}
		words++
		inSent = true
	}
	if inSent {
		sents++
	}
	return sents, words
}

// gitShow returns the file at path in commit of the git directory dir.
func gitShow(dir, commit, path string) ([]byte, error) {
	cmd := exec.Command("git", "--git-dir", dir, "show", commit+":"+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git show %s:%s in %s: %v: %s", commit, path, dir, err, strings.TrimSpace(stderr.String()))
	}
	return b, nil
}
