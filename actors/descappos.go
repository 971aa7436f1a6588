package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// orgDescriptionBefore reports a name set as the appositive of a description of an organization
// before it: "the country's largest shipbuilder, Hanwha Ocean, said …", "a Chilean copper
// miner, Antofagasta Minerals." — a noun phrase opened by a determiner or a possessor within
// four words and headed by a descriptor noun of orgnouns.txt (company, firm, miner, trader …;
// AP Stylebook "company names"), then a comma and the name, closed by a comma, a full stop or
// a bracket; a description that is the complement of "of" ("the head of the teachers' union,
// Ingrid Moe,") is not the appositive's anchor. The appositive and its anchor co-refer (CGEL 15.4, supplementary appositives;
// Quirk et al. 1985, 17.65), so the name is the organization the description describes, not a
// person however its words look. A name followed by a verb ("the company, Mark Lee said, …")
// is a parenthetical attribution's subject and no appositive. start and end are the name's
// token span [start, end) in st.
func orgDescriptionBefore(lx *lexicon.Lexicons, st *doc.Sent, start, end int) bool {
	toks := st.Toks
	k := start - 2 // the head noun before the comma
	if k < 1 || toks[start-1].Text != "," || toks[k].Kind != text.Word || toks[k].Cap || lx.OrgNouns[toks[k].Lower] == nil {
		return false
	}
	if end < len(toks) && toks[end].Text != "," && toks[end].Text != "." && toks[end].Text != ")" {
		return false
	}
	for q := k - 1; q >= 0 && k-q <= 4; q-- {
		switch w := toks[q].Lower; {
		case w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "'s" || w == "’s":
			// "the head of the teachers' union, Ingrid Moe,": a description inside an of-phrase
			// (within six words before its head, a possessor's included) is the complement of
			// another head, which the appositive may describe instead
			for o := max(0, k-6); o < k; o++ {
				if toks[o].Lower == "of" {
					return false
				}
			}
			return true
		case toks[q].Kind != text.Word:
			return false
		}
	}
	return false
}

// corpTitleOwner types as an ORGANIZATION a name the actor layer made a PERSON by its shape alone
// (rule person:name or person:name-shape, no title, role or honorific of its own) when it is the
// possessor or modifier of a company officer's title ("Hanwha Ocean's chief executive Kim
// Hee-cheol", "Sahara Energy chairman Tonye Cole"; titles.txt class corp: chairman, chief
// executive, CEO, CFO, managing director …): such an office is held in a company or
// institution (AP Stylebook "titles" and "company names"), and the name before it names where
// it is held. "founder" and "co-founder" are left out: a person can be the modifier of a
// co-founder ("Musk's co-founder").
func corpTitleOwner(mod *doc.Entity, class, role string) {
	if mod == nil || class != "corp" || mod.Kind != graph.Person || mod.Hon || len(mod.Roles) > 0 ||
		mod.Rule != "person:name" && mod.Rule != "person:name-shape" {
		return
	}
	if l := strings.ToLower(role); strings.Contains(l, "founder") {
		return
	}
	mod.Kind, mod.Pending, mod.Rule = graph.Organization, false, "org:corp-title-owner"
	mod.NameToks = nil
}
