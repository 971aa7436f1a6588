package stance

import (
	"strings"
	"sync"

	stancedata "github.com/claimgraph/claimgraph/data/stance"
)

var (
	lexOnce sync.Once
	lexOf   map[string]string // "noun:word" / "verb:word" → lexicographer file
)

// WordNetClass is the WordNet 3.0 lexicographer file ("verb.communication", "noun.act") of the
// first sense of lemma as a noun (upos NOUN) or verb (VERB), "" for any other part of speech or
// a word the table (data/stance/wordnet-lexnames.txt) lacks. The table is parsed once.
func WordNetClass(lemma, upos string) string {
	lexOnce.Do(func() {
		lexOf = map[string]string{}
		for _, l := range strings.Split(stancedata.LexNames, "\n") {
			name, words, ok := strings.Cut(l, " | ")
			if !ok || strings.HasPrefix(l, "#") {
				continue
			}
			pos, _, _ := strings.Cut(name, ".")
			for _, w := range strings.Fields(words) {
				lexOf[pos+":"+w] = name
			}
		}
	})
	switch upos {
	case "NOUN":
		return lexOf["noun:"+lemma]
	case "VERB":
		return lexOf["verb:"+lemma]
	}
	return ""
}
