package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// definiteOfficeStart returns the first word after "the" of a definite singular description of
// an office of state whose head noun is toks[i] ("…, the interior minister warned", "the
// fisheries minister said", "the prime minister said"), or -1. The description names one
// person: the definite article with a noun the situation makes unique (situational reference,
// Quirk et al. 1985, 5.28-5.30: "the prime minister" of a British paper is Britain's), here the
// holder of the office the modifiers and head name in titles.txt (class state: "interior
// minister", "prime minister") or a portfolio word of portfolios.txt before a state title head
// ("fisheries minister": portfolioTitle). It is no bare attribution noun ("officials said", "a
// senior official said"), whose source groups.txt leaves unnamed: unnamedAgents makes it an
// actor as it does "the army chief". One or two lower-case modifiers, no name among them.
func definiteOfficeStart(lx *lexicon.Lexicons, st *doc.Sent, i int) int {
	toks := st.Toks
	if t := lx.Titles[toks[i].Lower]; t == nil || t.Class != "state" {
		return -1
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := toks[k]
		if w.Lower == "the" && k < i-1 {
			phrase := strings.ToLower(officePhraseWords(st, k+1, i+1))
			if t := lx.Titles[phrase]; t != nil && t.Class == "state" || PortfolioTitle(lx, phrase) != "" {
				return k + 1
			}
			return -1
		}
		if w.Kind != text.Word || w.Cap || st.Ment[k] >= 0 {
			return -1
		}
	}
	return -1
}

// officePhraseWords joins the words of toks[a:b] with single spaces.
func officePhraseWords(st *doc.Sent, a, b int) string {
	var w []string
	for k := a; k < b; k++ {
		w = append(w, st.Toks[k].Text)
	}
	return strings.Join(w, " ")
}
