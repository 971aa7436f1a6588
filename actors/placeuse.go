package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// routeNouns are the nouns of a way from one place to another (data/wordclasses/routenouns.txt).
var routeNouns = lexicon.WordClass("routenouns")

// routeEnd reports a name that completes "to", "from" or "towards" postmodifying a route noun: "on
// the road to Ain Tamra", "the highway from Kasama". The complement of such a preposition of
// destination or source names where the way ends (Quirk et al. 1985, 9.15–9.17, 17.38), a place,
// never a person; "a letter to Tom Vale" (no route noun) is left alone.
func routeEnd(st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	if ts < 2 {
		return false
	}
	switch toks[ts-1].Lower {
	case "to", "from", "towards", "toward":
	default:
		return false
	}
	n := toks[ts-2]
	return n.Kind == text.Word && !n.Cap && routeNouns.Has(n.Lower) && (te >= len(toks) || !possessiveMark(toks[te]))
}

// positionPreps are the prepositions of place whose complement is a position in space, and that,
// unlike "in" or "into" ("a stake in Zentra", "an inquiry into Zentra"), take no company or
// person as a figurative complement (Quirk et al. 1985, 9.17–9.24: "near", "outside", "around",
// "across", "throughout", "beyond").
var positionPreps = map[string]bool{"near": true, "outside": true, "around": true, "across": true, "throughout": true, "beyond": true}

// positionComplement reports a name right after a lower-case preposition of position ("a refinery
// near Kavuma"), not in the genitive.
func positionComplement(st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	if ts < 1 || toks[ts-1].Cap || !positionPreps[toks[ts-1].Lower] {
		return false
	}
	return te >= len(toks) || !possessiveMark(toks[te])
}

// authorBio reports a mention inside an author's tagline: a sentence that opens with the name of
// a byline author of the article followed by "is" or "was" ("Mara Velt is Andes Bureau Chief for
// the Daily Ledger."). The AP Stylebook ("bylines"; the tagline at a story's end) treats such a
// line as the story's furniture, about its writer, not its news: the bodies and titles in it are
// the writer's employer and job, no actors of the story.
func authorBio(d *doc.Doc, st *doc.Sent) bool {
	if len(d.Authors) == 0 {
		return false
	}
	toks := st.Toks
	for k := 2; k <= 4 && k < len(toks); k++ {
		if toks[k].Lower != "is" && toks[k].Lower != "was" {
			continue
		}
		if d.Authors[graph.NormalizeName(d.SpanText(st, 0, k))] {
			return true
		}
	}
	return false
}

// bareModifiedAcronym reports an acronym read as an organization only by its shape (rule
// org:acronym; no dictionary entry, no expansion in the text: the caller's contextEvidence) that
// one mention writes after a nationality adjective with no determiner: "American LNG has helped".
// A proper name premodified by an adjective takes the definite article ("the Russian FSB", "the
// young Churchill": Quirk et al. 1985, 5.64-5.66), so a bare adjective before it marks a common
// noun's abbreviation (CMOS 17th ed. 10.2: initialisms of common nouns, "LNG", "GDP"), no body.
func bareModifiedAcronym(d *doc.Doc, e *doc.Entity, ms []*doc.Mention) bool {
	if e.Kind != graph.Organization || e.Rule != "org:acronym" || strings.Contains(e.Name, " ") {
		return false
	}
	return anyMention(d, ms, func(st *doc.Sent, ts, te int) bool {
		toks := st.Toks
		if te-ts != 1 || !toks[ts].AllCaps || ts < 1 || !toks[ts-1].Cap || !isDemonymWord(d.Lx, toks[ts-1].Lower) {
			return false
		}
		if ts >= 2 && (Determiners.Has(toks[ts-2].Lower) || possessiveMark(toks[ts-2])) {
			return false // "the Russian FSB"
		}
		return true
	})
}
