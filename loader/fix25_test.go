package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestFix25SaidInName (fix25 a): a capitalized reporting verb (a speech verb of
// data/lexicons/speech.txt) between the words of a name in body text is a name word, not the
// verb (actors.reportingWordInName); in a headline or at a sentence's start it still ends the
// name. On invented sentences.
func TestFix25SaidInName(t *testing.T) {
	runCases(t, []exCase{
		{"middle name Said inside a body sentence", "Opposition leader Ali Said Mohamed told reporters on Monday that the election was rigged.",
			[]string{"PERSON Ali Said Mohamed", "!actor Ali"}},
		{"near miss: headline style capitalizes the verb, which ends the name", "Mohamed Says Election Rigged\n\nOpposition leader Ali Mohamed told reporters on Monday that the election was rigged.",
			[]string{"!actor Mohamed Says Election", "PERSON Ali Mohamed"}},
	})
}

// TestFix25StateOfficialName (fix25 b): "Its <office>, <Name>," after a sentence whose subject is
// a subdivision "<Noun> of <State>" takes no body, unless "<Noun> of <State>" is the state's own
// official name in data/lexicons/countries.txt (lexicon.Country.OfficialFormHolds): the State of
// Qatar is Qatar; the State of Mexico is a Mexican state (the United Mexican States holds no
// "state"). On invented sentences.
func TestFix25StateOfficialName(t *testing.T) {
	runCases(t, []exCase{
		{"the official name of a state: its minister is the state's", "The State of Qatar hosted talks between the two sides on Monday. Its foreign minister, Khalid Al-Mansouri, said the talks had been constructive.",
			[]string{"MEMBER_OF Khalid Al-Mansouri -> Qatar", "country Khalid Al-Mansouri = QAT"}},
		{"a subdivision named State of: its governor is not the country's", "The State of Mexico held local elections on Sunday. Its governor, Delfina Gomez, said turnout had been high.",
			[]string{"!MEMBER_OF Delfina Gomez -> Mexico", "!country Delfina Gomez = MEX"}},
	})
}

// TestFix25NegatedEvidenceRelative (fix25 d): a negative determiner ("no", and "little", "few"
// without "a"; data/wordclasses/negativedeterminers.txt) over a noun of evidence or likelihood
// denies its clause, also when the parser reads the clause's "that" as a relative pronoun
// (acl:relcl), as it does inside a quotation (negatedEvidence). Near misses: "a few signs", a
// bare "signs" assert. On invented sentences.
func TestFix25NegatedEvidenceRelative(t *testing.T) {
	runCases(t, []exCase{
		{"quoted no sign", "\u201cThere is no sign that Moscow will release the detainees,\u201d the minister said.",
			[]string{"!OFFERS Russia"}},
		{"little prospect", "There is little prospect that Beijing will release the activists.",
			[]string{"!OFFERS China"}},
		{"few signs", "There were few signs that Tehran would release the sailors.",
			[]string{"!OFFERS Iran"}},
		{"near miss: a few signs assert", "There were a few signs that Tehran would release the sailors.",
			[]string{"OFFERS Iran"}},
		{"near miss: signs assert", "There are signs that Moscow will release the detainees.",
			[]string{"OFFERS Russia"}},
	})
}

// TestFix25CoordinatedReport (fix25 h): "X said A, and Y said B": the reported content of the
// first reporting clause ends at the coordinator before a second reporting clause with a subject
// of its own (coordinatedReport; Quirk et al. 1985, 13.1–13.5). Near miss: a coordinated subject
// inside the content ("said Russia and China would …") is content. On invented sentences.
func TestFix25CoordinatedReport(t *testing.T) {
	runCases(t, []exCase{
		{"comma and a named second speaker", "Foreign Minister Lars Holm said the border would stay open, and Defence Minister Ana Ruiz said the army would remain on alert.",
			[]string{"CLAIMS Lars Holm -> the border would stay open", "!CLAIMS Lars Holm -> Ana Ruiz said", "CLAIMS Ana Ruiz -> the army would remain on alert"}},
		{"no comma, a body as the second speaker", "Finance Minister Karin Dahl said the budget would be balanced and the central bank said inflation would fall.",
			[]string{"CLAIMS Karin Dahl -> the budget would be balanced", "!CLAIMS Karin Dahl -> central bank said"}},
		{"near miss: a coordinated subject in the content", "Foreign Minister Lars Holm said Russia and China would sign the accord.",
			[]string{"CLAIMS Lars Holm -> Russia and China would sign the accord"}},
	})
}

// TestFix25DemandAddresseeKept (fix25 g): "call on X to V", "urge X to V" (CAMEO 10 DEMAND): X is
// the demand's addressee (Evidence.Addressee), and a weak group that stands only there ("NATO
// allies": a membership noun after an organization, data/lexicons/groups.txt; "Chinese
// officials") is kept as a node so that the addressee names it. Near miss: a group in a clause
// with no demand ("NATO allies met in Brussels") is no node. On invented sentences.
func TestFix25DemandAddresseeKept(t *testing.T) {
	for _, c := range []struct{ text, src, addressee string }{
		{"The U.S. president called on NATO allies to increase defence spending.", "U.S. president", "NATO allies"},
		{"Germany urged Chinese officials to release the journalists.", "Germany", "Chinese officials"},
		{"The prime minister pressed EU members to cut oil imports.", "", "EU members"},
	} {
		v := view(extractText(t, c.text))
		n := v.node(c.addressee)
		if n == nil {
			v.dump(os.Stderr)
			t.Errorf("%q: no node %q", c.text, c.addressee)
			continue
		}
		found := false
		for _, r := range v.rels(graph.Demands, c.src) {
			for _, ev := range r.Evidence {
				found = found || ev.Addressee == n.ID
			}
		}
		if !found {
			v.dump(os.Stderr)
			t.Errorf("%q: no DEMANDS addressed to %q", c.text, c.addressee)
		}
	}
	v := view(extractText(t, "NATO allies met in Brussels on Tuesday."))
	if n := v.node("NATO allies"); n != nil {
		t.Errorf("a group in no demand kept as a node")
	}
}
