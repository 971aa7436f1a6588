package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestBoundPronounAdjunct (corpus27): the covert subject of a supplementive -ing clause is the
// matrix subject (Quirk et al. 1985, 15.60) only when the clause's own object is not a plain
// personal pronoun standing for that subject: a clause-mate object coreferent with the subject
// is reflexive (Quirk 6.23–6.25; Huddleston & Pullum 2002, 17.2: binding of reflexives), so in
// "It co-finances the projects, giving it access" the giver is the co-financing, not "it". A
// reflexive object, or an object naming another party, keeps the matrix subject as giver.
func TestBoundPronounAdjunct(t *testing.T) {
	checkMatches(t, []matchCase{
		{"It co-finances the projects with the bank, giving it access to the ministers.", graph.Offers, "It", "*", "", false, anyMatch},
		// must fire: another party, or a reflexive
		{"It co-finances the projects with the bank, giving Peru access to the ministers.", graph.Offers, "It", "*", "", true, anyMatch},
		{"It co-finances the projects with the bank, giving itself access to the ministers.", graph.Offers, "It", "*", "", true, anyMatch},
	})
}

// TestPremodifiedObjectNearMiss (corpus27): a noun with its own determiner or possessive after
// an adjective complement opens a noun phrase of its own ("keeps the port open, and the talks
// …"), and a verb with an object keeps it: premodifiedObject leaves both trees as they are.
func TestPremodifiedObjectNearMiss(t *testing.T) {
	mk := func(rows [][4]any) []Token {
		var out []Token
		for _, r := range rows {
			out = append(out, Token{Form: r[0].(string), UPOS: r[1].(string), Head: r[2].(int), DepRel: r[3].(string)})
		}
		return out
	}
	for name, toks := range map[string][]Token{
		// Chile stayed firm and the talks ended: talks has "the"
		"determiner": mk([][4]any{{"Chile", "PROPN", 1, "nsubj"}, {"stayed", "VERB", -1, "root"}, {"firm", "ADJ", 1, "xcomp"},
			{"and", "CCONJ", 5, "cc"}, {"the", "DET", 5, "det"}, {"talks", "NOUN", 1, "conj"}}),
		// Chile made the port free and trade rose: made has an object
		"object": mk([][4]any{{"Chile", "PROPN", 1, "nsubj"}, {"made", "VERB", -1, "root"}, {"port", "NOUN", 1, "obj"},
			{"free", "ADJ", 1, "xcomp"}, {"and", "CCONJ", 5, "cc"}, {"trade", "NOUN", 1, "conj"}}),
	} {
		got := premodifiedObject(toks)
		for i := range toks {
			if got[i].Head != toks[i].Head || got[i].DepRel != toks[i].DepRel {
				t.Errorf("%s: token %d %q re-attached to %d %s", name, i, toks[i].Form, got[i].Head, got[i].DepRel)
			}
		}
	}
	// must fire: the same coordination without a determiner
	toks := mk([][4]any{{"Peru", "PROPN", 1, "nsubj"}, {"needs", "VERB", -1, "root"}, {"better", "ADJ", 1, "xcomp"},
		{"and", "CCONJ", 5, "cc"}, {"fairer", "ADJ", 5, "amod"}, {"trade", "NOUN", 1, "conj"}})
	if got := premodifiedObject(toks); got[5].Head != 1 || got[5].DepRel != "obj" || got[2].Head != 5 || got[2].DepRel != "amod" {
		t.Errorf("needs better and fairer trade: trade %d %s, better %d %s", got[5].Head, got[5].DepRel, got[2].Head, got[2].DepRel)
	}
}
