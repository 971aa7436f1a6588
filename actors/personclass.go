package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// personClassNouns are the capitalized common nouns of a kind of person: a people's, a region's,
// a party's or a faith's member ("Latino", "Texan", "Democrat", "Catholic"; data/wordclasses/
// personclassnouns.txt, generated from WordNet 3.0 noun.person by tools/wordnetclass).
var personClassNouns = lexicon.WordClass("personclassnouns")

// attributivePersonClass reports a weak organization (a single unknown capitalized word) that is
// a noun of a kind of person (personClassNouns) written before a lower-case word in every
// mention: "the Latino vote", "Texan ranchers", "the Hispanic community". A noun premodifying
// another classifies it as an adjective does (Quirk et al. 1985, 17.104-17.108) and, naming a
// class of people, names no organization (OntoNotes 5.0 files such words as NORP, never ORG),
// like the nationality adjectives of attributiveAdjective. The lower-case word may not be an
// organization's or a medium's noun ("Esquire magazine", "the Federalist website": the name of a
// publication before its classifier, Quirk et al. 1985, 17.93), and no mention may follow a
// capitalized "The" ("said The Tennessean", and at a sentence's start, where the capital cannot
// tell): a newspaper keeps the article of its name capitalized (AP Stylebook, "newspaper names").
func attributivePersonClass(d *doc.Doc, e *doc.Entity, ms []*doc.Mention) bool {
	w := strings.ToLower(e.Name)
	if strings.Contains(w, " ") || !personClassNouns.Has(w) {
		return false
	}
	if anyMention(d, ms, titleThe) {
		return false
	}
	return allMentions(d, ms, func(st *doc.Sent, ts, te int) bool {
		if te != ts+1 || te >= len(st.Toks) {
			return false
		}
		n := st.Toks[te]
		_, org := d.Lx.OrgWords[n.Lower]
		return n.Kind == text.Word && !n.Cap && !org && !mediumNouns.Has(n.Lower)
	})
}

// titleThe reports a mention after "The" with its capital: the article of a title ("said The
// Tennessean"), or a sentence's first word, which may be one too ("The Tennessean first
// reported"); the rule leaves both alone.
func titleThe(st *doc.Sent, ts, _ int) bool {
	return ts >= 1 && st.Toks[ts-1].Text == "The"
}
