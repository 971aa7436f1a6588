package loader

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// demonstratives, anaphoricPremodifiers and docpkg.SimplePrepositions (doc/wordclasses.go) are the word classes of
// anaphoricDescription (data/wordclasses/demonstratives.txt, anaphoricpremodifiers.txt,
// simpleprepositions.txt; Quirk et al. 1985, 5.64-5.66, 6.40-6.45, ch. 9).
var (
	demonstratives        = lexicon.WordClass("demonstratives")
	anaphoricPremodifiers = lexicon.WordClass("anaphoricpremodifiers")
)

// localPolicies makes local to the article (LocalPolicyID) every POLICY named by one singular
// common noun that the article wrote only with a definite determiner: "the plan", "the deal",
// "this proposal". Such a description refers to the one plan the article is about (anaphoric or
// situational reference), so "Turkey rejected the plan" in a story on Greek marine parks and "the
// SNP criticised the plan" in one on North Sea licences are two plans; merged by their bare name
// they would set Turkey and the SNP arguing about one thing. A common noun the article wrote with
// the indefinite article ("a deal", "an agreement") is a singular count noun introducing one thing
// of the article, so it is local too, even beside a headline's bare "deal" (trial 31 T3: one
// "deal" node held a US-China trade deal and a German deal with social networks). A plural or mass noun used without a
// determiner is generic ("tariffs", "sanctions", "dialogue": the same thing in every article) and
// stays one node across articles; so does a longer name ("the Closing Loopholes Bill", "the
// marine parks plan"), which names its thing. A demonstrative or anaphoric description ("these
// positive remarks", "above-mentioned remarks", "this attack in Paris") is local too
// (anaphoricDescription).
func (d *doc) localPolicies() {
	for _, e := range d.Ents {
		if e.Merged != nil || e.Kind != graph.Policy || e.LocalScope != "" {
			continue
		}
		if anaphoricDescription(e.Name) {
			e.LocalScope = "article:" + d.C.Article.ID
			continue
		}
		n := strings.ToLower(e.Name)
		if strings.ContainsAny(n, " -") {
			continue
		}
		if e.IndefiniteUses > 0 && n != "" && unicode.IsLower([]rune(e.Name)[0]) {
			// "a deal", "an agreement": the indefinite article determines only a singular count
			// noun (Quirk et al. 1985, 5.12-5.14), so the word is no generic mass noun, and the
			// phrase introduces one thing of the article (specific or nonspecific reference,
			// 5.34-5.39): two articles' "a deal" are two deals, whatever else the article wrote
			e.LocalScope = "article:" + d.C.Article.ID
			continue
		}
		if strings.HasSuffix(n, "s") || e.DefiniteUses == 0 || e.BareUses > 0 {
			continue
		}
		e.LocalScope = "article:" + d.C.Article.ID
	}
}

// anaphoricDescription reports a policy name that is a noun phrase determined by a demonstrative
// ("this attack in Paris", "these positive remarks", "that decision") or opened by an anaphoric
// premodifier ("above-mentioned remarks", "aforementioned actions", "said agreement", after "the"
// was dropped), with no proper name before its postmodifier. Such a phrase refers to what the
// surrounding text identifies (Quirk et al. 1985, 5.64-5.66 and 6.40-6.45: the situational and
// anaphoric reference of the demonstratives; "above-mentioned", "aforesaid" and "said" as
// anaphoric premodifiers), so two articles' "these remarks" are two things. A proper name in the
// premodifiers or head names the thing itself ("this Paris Agreement", "these Section 301
// tariffs": Quirk et al. 1985, 5.60-5.62), while one in a prepositional postmodifier only places
// it ("this attack in Paris": Quirk et al. 1985, ch. 17).
//
// The opener is no determiner when a determiner, a pronoun or a finite auxiliary follows it:
// "this is what we want", "that the tariffs be lifted", "that they will retaliate". "that" opening a
// phrase with a finite auxiliary or modal anywhere is the complementizer of a content clause
// ("that tariffs will rise"; Quirk et al. 1985, 15.3 on that-clauses), whose content is stated
// rather than referred back to: not this rule's.
func anaphoricDescription(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	first := strings.ToLower(words[0])
	if !demonstratives.Has(first) && !anaphoricPremodifiers.Has(first) {
		return false
	}
	next := strings.ToLower(strings.Trim(words[1], ",;:"))
	if actors.Determiners.Has(next) || surface.SubjectPronoun.Has(next) || actors.FiniteWords.Has(next) || actors.RelativeWords.Has(next) || text.PronounClass(next) != "" {
		return false
	}
	for _, w := range words[1:] {
		if first == "that" && actors.FiniteWords.Has(strings.ToLower(strings.Trim(w, ",;:"))) {
			return false // a content clause: "that tariffs on steel will rise"
		}
	}
	for i, w := range words[1:] {
		lw := strings.ToLower(strings.Trim(w, ",;:()\"\u201c\u201d"))
		if i > 0 && (docpkg.SimplePrepositions.Has(lw) || actors.RelativeWords.Has(lw)) || strings.HasSuffix(w, ",") {
			break // the postmodifier: its names only place or describe the head
		}
		if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
			return false // a proper name in the premodifiers or head: "this Paris Agreement"
		}
	}
	return true
}
