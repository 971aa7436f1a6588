package retag

import (
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/data"
)

// irregular holds the simple past and past participle forms of data/lexicons/irregular.txt
// ("lemma | past | past participle | 3sg"), read once: past["told"], participle["written"].
var irregular struct {
	once             sync.Once
	past, participle map[string]bool
}

func loadIrregular() {
	irregular.past, irregular.participle = map[string]bool{}, map[string]bool{}
	b, err := data.FS.ReadFile("lexicons/irregular.txt")
	if err != nil {
		panic("retag: embedded lexicons/irregular.txt: " + err.Error())
	}
	for _, ln := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(ln, "#") {
			continue
		}
		fs := strings.Split(ln, "|")
		if len(fs) < 3 {
			continue
		}
		if p := strings.TrimSpace(fs[1]); p != "" {
			irregular.past[p] = true
		}
		if p := strings.TrimSpace(fs[2]); p != "" {
			irregular.participle[p] = true
		}
	}
}

// regularEd reports that a lower-case word is the -ed form of a verb of baseverbs by the
// regular spelling rules (Quirk et al. 1985, 3.5-3.8: -ed, -d after e, y -> ied after a
// consonant, a doubled final consonant): the form shared by the past and the -ed participle
// (Quirk 3.14).
func regularEd(w string) bool {
	if !strings.HasSuffix(w, "ed") || len(w) < 4 {
		return false
	}
	s := w[:len(w)-2]
	if baseVerbs.Has(s) || baseVerbs.Has(s+"e") || baseVerbs.Has(w[:len(w)-1]) {
		return true
	}
	if strings.HasSuffix(s, "i") && baseVerbs.Has(s[:len(s)-1]+"y") {
		return true
	}
	n := len(s)
	return n >= 2 && s[n-1] == s[n-2] && baseVerbs.Has(s[:n-1])
}

// pastForm reports that a lower-case word can be a simple past: a regular -ed form or an
// irregular past (irregular.txt).
func pastForm(w string) bool {
	irregular.once.Do(loadIrregular)
	return irregular.past[w] || regularEd(w)
}

// participleForm reports that a lower-case word can be an -ed participle: a regular -ed form or
// an irregular past participle (irregular.txt).
func participleForm(w string) bool {
	irregular.once.Do(loadIrregular)
	return irregular.participle[w] || regularEd(w)
}
