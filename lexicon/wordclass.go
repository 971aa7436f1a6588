package lexicon

import (
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"sync"

	wordclassdata "github.com/claimgraph/claimgraph/data/wordclasses"
)

// WordSet is an immutable set of lower-case words: one closed word class of data/wordclasses/.
// The zero WordSet is empty.
type WordSet struct{ m map[string]struct{} }

// Has reports whether w is in the set. Words are compared as written: the classes hold lower-case
// words, so callers pass a token's lower-case form.
func (s WordSet) Has(w string) bool {
	_, ok := s.m[w]
	return ok
}

// Len is the number of words in the set.
func (s WordSet) Len() int { return len(s.m) }

// Words returns the set's words in sorted order (a new slice).
func (s WordSet) Words() []string {
	out := make([]string, 0, len(s.m))
	for w := range s.m {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// WordClass returns the word class of data/wordclasses/NAME.txt. The files are parsed once, on the
// first call. It panics when the file is missing or malformed: the files are embedded, so either
// is a build defect, which every test of a package that declares its classes at package level
// catches at start-up.
func WordClass(name string) WordSet {
	wcOnce.Do(func() { wcSets, wcErr = parseWordClasses(wordclassdata.FS) })
	if wcErr != nil {
		panic(wcErr)
	}
	s, ok := wcSets[name]
	if !ok {
		panic(fmt.Sprintf("lexicon: no word class %q in data/wordclasses", name))
	}
	return s
}

// PhraseClass returns the phrase class of data/wordclasses/phrases/NAME.txt: a word class whose
// entries may be several lower-case words joined by one space ("lieutenant governor", "presiding
// officer"), for callers that join a run of tokens' lower-case forms with single spaces before
// asking Has. Parsed and checked as WordClass's files are, once; it panics likewise.
func PhraseClass(name string) WordSet {
	pcOnce.Do(func() {
		sub, err := fs.Sub(wordclassdata.FS, "phrases")
		if err == nil {
			pcSets, err = parseClasses(sub, "data/wordclasses/phrases", true)
		}
		pcErr = err
	})
	if pcErr != nil {
		panic(pcErr)
	}
	s, ok := pcSets[name]
	if !ok {
		panic(fmt.Sprintf("lexicon: no phrase class %q in data/wordclasses/phrases", name))
	}
	return s
}

var (
	wcOnce sync.Once
	wcSets map[string]WordSet
	wcErr  error

	pcOnce sync.Once
	pcSets map[string]WordSet
	pcErr  error
)

// wcSource is a header line defining a source key: "#   key = citation".
var wcSource = regexp.MustCompile(`^#\s+([a-z][a-z-]*) = (\S.*)$`)

// parseWordClasses reads every *.txt file of fsys as a word class named by the file's base name.
// A file is '#' comment lines and entry lines "word | key"; the header defines each key with a
// line "#   key = citation" (a grammar's chapter or section, or "review" for words no one could
// source). An entry whose key is undefined, a word that is not lower case or holds a space, and a
// word listed twice are errors naming the file and line.
func parseWordClasses(fsys fs.FS) (map[string]WordSet, error) {
	return parseClasses(fsys, "data/wordclasses", false)
}

// parseClasses reads every *.txt file of fsys (dir names it in errors) as parseWordClasses does;
// with phrases, an entry may be several lower-case words joined by one space.
func parseClasses(fsys fs.FS, dir string, phrases bool) (map[string]WordSet, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	out := make(map[string]WordSet, len(names))
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		keys := map[string]bool{}
		set := map[string]struct{}{}
		for i, ln := range strings.Split(string(b), "\n") {
			ln = strings.TrimSpace(ln)
			if ln == "" {
				continue
			}
			if strings.HasPrefix(ln, "#") {
				if m := wcSource.FindStringSubmatch(ln); m != nil {
					keys[m[1]] = true
				}
				continue
			}
			bad := func(msg string) error {
				return fmt.Errorf("lexicon: %s/%s:%d: %s", dir, name, i+1, msg)
			}
			w, key, ok := strings.Cut(ln, "|")
			w, key = strings.TrimSpace(w), strings.TrimSpace(key)
			switch {
			case !ok || w == "" || key == "":
				return nil, bad(`want "word | source"`)
			case !keys[key]:
				return nil, bad(fmt.Sprintf("source %q is not defined in the header", key))
			case phrases && (w != strings.ToLower(w) || strings.Join(strings.Fields(w), " ") != w):
				return nil, bad(fmt.Sprintf("phrase %q is not lower-case words joined by one space", w))
			case !phrases && (w != strings.ToLower(w) || strings.ContainsAny(w, " \t")):
				return nil, bad(fmt.Sprintf("word %q is not one lower-case word", w))
			}
			if _, dup := set[w]; dup {
				return nil, bad(fmt.Sprintf("word %q listed twice", w))
			}
			set[w] = struct{}{}
		}
		out[strings.TrimSuffix(name, ".txt")] = WordSet{m: set}
	}
	return out, nil
}
