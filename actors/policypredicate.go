package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// predicatePast reports a word that findPolicyNames must not read as the one premodifier between a
// program's capitalized name and its head noun ("the Made in China 2025 industrial policy"): a
// simple past or -ed participle, regular ("reached", "signed") or irregular (irregular.txt; Quirk et
// al. 1985, 3.14-3.20), which after a proper noun and before a bare noun is the clause's verb with
// that noun its object ("Egypt and Libya reached agreement to mediate"), as descriptiveBodies reads
// an -ed form after a body noun ("Turkey's central bank cut rates").
func predicatePast(lx *lexicon.Lexicons, w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 4 || lx.PastForms[w]
}
