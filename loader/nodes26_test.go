package loader

import (
	"fmt"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// A family name marked by capitals is the node's Family whatever the country's name order
// (Japan is not in surnamefirst.txt), so that a later article's "Ishiba" joins Ishiba Shigeru by
// the surname index; a name written given name first without the capitals keeps Family empty.
func TestCapitalsSurnameFamily(t *testing.T) {
	g := extractDoc(t, wholeDocFile(t, "testdata/wholedoc26/nodes26", "t4_japan_readout.txt"))
	fam := map[string]string{}
	for _, n := range g.Nodes {
		if n.Kind == graph.Person {
			fam[n.Name] = n.Family
		}
	}
	if fam["Ishiba Shigeru"] != "ishiba" || fam["Iwaya Takeshi"] != "iwaya" {
		t.Errorf("families %q: want ishiba and iwaya", fam)
	}
	if f, ok := fam["William Samoei Ruto"]; !ok || f != "" {
		t.Errorf("Ruto: family %q (present %v), want the last word (empty Family)", f, ok)
	}
}

// A person-typed run of common words whose head is an act noun (WordNet noun.act/noun.event,
// actnouns.txt) names a programme or budget line, not a person; a person's name with a common
// word as surname, or an act noun after a given name, stays a person (commonActName).
func TestCommonActNameNoPerson(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Norway said it would raise its Official Development Assistance to Malawi. Norway supports Malawi.",
			[]string{"!actor Official Development Assistance", "!actor Development Assistance", "actor Norway"}},
		{"Sweden cut its Humanitarian Assistance budget for Yemen, Foreign Minister Maria Stenergard said.",
			[]string{"!PERSON Humanitarian Assistance", "PERSON Maria Stenergard"}},
		{"Labour MP Paul Aid said the government must act. Ghana's Foreign Minister Samuel Ablakwa agreed.",
			[]string{"PERSON Samuel Ablakwa"}},
	} {
		checkExpect(t, extractText(t, c.text), c.want)
	}
}

// An initials turn label names the one person of the document with those initials; two people
// with the same initials, or none, leave it to the other speaker rules (speakers/initials.go).
func TestInitialsTurnLabel(t *testing.T) {
	turns := "JB: Minister, will Zambia accept the terms?\n\nSM: Zambia rejects the terms offered by the bondholders.\n\nJB: And the IMF?\n\nSM: The IMF supports our plan.\n"
	head := "Interview with the Minister of Finance of Zambia, Situmbeko Musokotwane, on the debt talks\n\nLusaka, 4 April 2032\n\n"
	checkExpect(t, extractText(t, head+turns),
		[]string{"alias Situmbeko Musokotwane = SM", "!ORGANIZATION SM", "CLAIMS Situmbeko Musokotwane -> Zambia rejects the terms"})
	checkExpect(t, extractText(t, head+"Also present was the central bank governor, Sam Mwale.\n\n"+turns),
		[]string{"!alias Situmbeko Musokotwane = SM", "!alias Sam Mwale = SM"})
}

// A "SPOKESPERSON:" turn of a ministry's briefing speaks for the ministry, with no GROUP
// "spokesperson" and no "SPOKESPERSON" alias on the ministry; outside a briefing the label is
// not given to a body (spokesLabelOffice).
func TestSpokespersonLabelBriefing(t *testing.T) {
	turns := "Q: Will Chile recall its ambassador?\n\nSPOKESPERSON: Chile rejects the decision of the Peruvian court.\n\nQ: And the trade talks?\n\nSPOKESPERSON: Chile supports the talks.\n"
	checkExpect(t, extractText(t, "Regular Press Briefing by the Ministry of Foreign Affairs of Chile\n\nSantiago, 3 May 2032\n\n"+turns),
		[]string{"!GROUP spokesperson", "!alias Ministry of Foreign Affairs of Chile = SPOKESPERSON", "CLAIMS Ministry of Foreign Affairs of Chile -> Chile supports the talks"})
	checkExpect(t, extractText(t, "Chile and Peru: a radio debate\n\nSantiago, 3 May 2032\n\nThe Ministry of Foreign Affairs of Chile sent a spokesperson.\n\n"+turns),
		[]string{"!CLAIMS Ministry of Foreign Affairs of Chile -> Chile supports the talks"})
}

// A capitals-surname name written family name first is looked up in the dictionary in its
// given-name-first order ("Shigeru Ishiba", JPN): the person's own entry gives his country in a
// story from another state; a name the dictionary lacks gets no country from it.
func TestCapitalsSurnameDictionary(t *testing.T) {
	body := "NAIROBI, Kenya, August 21 - President William Ruto held talks with Prime Minister %s at State House on Wednesday.\n\nThe two leaders agreed to expand the Mombasa port. Japan would fund the project, the statement said.\n"
	checkExpect(t, extractText(t, "Ruto meets visiting leader\n\n"+fmt.Sprintf(body, "ISHIBA Shigeru")), []string{"country Ishiba Shigeru = JPN"})
	checkExpect(t, extractText(t, "Ruto meets visiting leader\n\n"+fmt.Sprintf(body, "OKADA Haruto")), []string{"!country Okada Haruto = JPN"})
}
