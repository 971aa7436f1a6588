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
	checkPrec22(t, []prec22Case{
		{text: "It co-finances the projects with the bank, giving it access to the ministers.",
			not: []prec22Rel{{graph.Offers, "It", ""}}},
		// must fire: another party, or a reflexive
		{text: "It co-finances the projects with the bank, giving Peru access to the ministers.",
			want: []prec22Rel{{graph.Offers, "It", ""}}},
		{text: "It co-finances the projects with the bank, giving itself access to the ministers.",
			want: []prec22Rel{{graph.Offers, "It", ""}}},
	})
}
