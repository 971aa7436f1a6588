package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// anaphoricDeterminers are the determiners that make a noun phrase a definite description of one
// thing the context identifies: the definite article and the demonstratives (Quirk et al. 1985,
// 5.27-5.33: situational and anaphoric reference of "the", "this", "that";
// data/wordclasses/anaphoricdeterminers.txt).
var anaphoricDeterminers = lexicon.WordClass("anaphoricdeterminers")

// localPolicies makes local to the article (LocalPolicyID) every POLICY named by one singular
// common noun that the article wrote only with a definite determiner: "the plan", "the deal",
// "this proposal". Such a description refers to the one plan the article is about (anaphoric or
// situational reference), so "Turkey rejected the plan" in a story on Greek marine parks and "the
// SNP criticised the plan" in one on North Sea licences are two plans; merged by their bare name
// they would set Turkey and the SNP arguing about one thing. A plural or mass noun used without a
// determiner is generic ("tariffs", "sanctions", "dialogue": the same thing in every article) and
// stays one node across articles; so does a longer name ("the Closing Loopholes Bill", "the
// marine parks plan"), which names its thing.
func (d *doc) localPolicies() {
	for _, e := range d.ents {
		if e.Merged != nil || e.Kind != graph.Policy || e.LocalScope != "" {
			continue
		}
		n := strings.ToLower(e.Name)
		if strings.ContainsAny(n, " -") || strings.HasSuffix(n, "s") || e.DefiniteUses == 0 || e.BareUses > 0 {
			continue
		}
		e.LocalScope = "article:" + d.c.Article.ID
	}
}
