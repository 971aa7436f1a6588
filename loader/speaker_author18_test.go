package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestTitleTopicPreposition: a statement's title "Statement from the President Regarding Trade
// with Peru" names the office, and the marginal preposition that opens its topic ("Regarding",
// "Concerning", "Following") starts no personal name, even when the article never writes the
// words after it in lower case: the statement's "I" is the office of the state the page gives,
// no person "Regarding Trade". Near miss: a name after a title in a title-case line stays a
// person ("Remarks by President Carla Ostrova at the Port"). Invented wordings.
func TestTitleTopicPreposition(t *testing.T) {
	for _, c := range []struct{ head, body string }{
		{"Statement from the President Regarding Fisheries with Peru", "I condemn the seizure of American fishing boats by the Peruvian navy."},
		{"Statement by the Prime Minister Concerning Salmon Exports", "I condemn the seizure of Norwegian fishing boats by Russia."},
	} {
		v := view(extractText(t, "March 2, 2031\nThe White House\n\n"+c.head+"\n\n"+c.body))
		for _, n := range v.g.Nodes {
			if n.Kind == graph.Person {
				v.dump(os.Stderr)
				t.Errorf("%s: person %q made of the title's topic", c.head, n.Name)
			}
		}
	}
	v := view(extractText(t, "Remarks by President Carla Ostrova at the Port of Tallinn\n\nToday I condemn the seizure of Estonian fishing boats."))
	v.want(t, "the president's statement is no longer hers", graph.Opposes, "Carla Ostrova", "seizure")
}

// TestDashSignedStatement: a statement closing with "— Name, Minister of Foreign Affairs of X"
// is the signer's: its "I" is hers (OPPOSES from her), its "we" her state's, and a quotation of
// a third party inside it ("“I will not resign,” Y told reporters") stays that party's. Near
// miss: the same text with no sign-off gives the first person to no one. Invented wordings.
func TestDashSignedStatement(t *testing.T) {
	body := "Statement on the Closure of the Northern Border\n\nI strongly oppose the closure of the northern border by Russia. We call on Russia to reopen the crossings without delay.\n\n" +
		"\u201cI will not resign,\u201d the Russian interior minister, Tomas Berg, told reporters on Monday."
	v := view(extractText(t, body+"\n\n\u2014 Ingrid Solberg, Minister of Foreign Affairs of Norway"))
	v.want(t, "the signer's I opposes nothing", graph.Opposes, "Ingrid Solberg", "closure of the northern border")
	v.want(t, "the signer's we demands nothing", graph.Demands, "Norway", "reopen")
	if len(claimsWith(v, "Tomas Berg", "will not resign")) == 0 || len(claimsWith(v, "Ingrid Solberg", "will not resign")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the quoted minister's words are not his")
	}
	v = view(extractText(t, body))
	if len(v.rels(graph.Opposes, "", "closure of the northern border")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("an unsigned text's I opposes")
	}
}

// TestDashBylineStatement: "Press Statement — Name, Minister of Trade of Norway" heads a text
// whose "I" is the minister and whose "we" is her state (the one-line form of the State
// Department's header). Invented wording.
func TestDashBylineStatement(t *testing.T) {
	v := view(extractText(t, "Press Statement \u2014 Ingrid Haugen, Minister of Trade of Norway\n\nI strongly condemn the new duties on Norwegian timber. We will not accept quotas on our sawmills."))
	v.want(t, "the minister's I condemns nothing", graph.Opposes, "Ingrid Haugen", "duties on Norwegian timber")
	v.want(t, "the minister's we refuses nothing", graph.Opposes, "Norway", "quotas")
}

// TestCommandedOwnAct: a verb of command (order, instruct, direct) addressed to an office of the
// commander's own government ("the Trade Minister", "the Secretary of Commerce", no holder named)
// makes the act commanded the commander's own stance, in news and in a statement's first person.
// Near misses: a request ("urged the Trade Minister to …"), an office of another state ("Peru's
// trade minister"), and a named holder keep the act the addressee's (a demand only). Invented
// wordings.
func TestCommandedOwnAct(t *testing.T) {
	v := view(extractText(t, "OSLO (Reuters) - Prime Minister Lena Holt ordered the Trade Minister to impose sanctions on Belarus."))
	v.want(t, "the ordered sanctions are not the prime minister's", graph.Sanctions, "Lena Holt", "Belarus")
	v = view(extractText(t, "Statement by Prime Minister Lena Holt on Potash\n\nToday I instructed the Secretary of Commerce to impose tariffs on Belarusian potash."))
	// (with "Belarusian" tagged the adjective it is, the parser makes "impose" the xcomp of
	// "instructed", as "ordered … to impose" above, and the act is SANCTIONS as there: fixnu23b)
	// known parser miss (parse26b pair): "to impose" acl of "Commerce" (NN), not xcomp of
	// "instructed"; logged, not failed, and logged "now met" when it holds (KNOWN convention)
	if len(v.rels(graph.Sanctions, "Lena Holt", "potash")) == 0 {
		t.Log("known parser miss (impose acl of Commerce, UD xcomp of instructed): the instructed tariffs are not the author's")
	} else {
		t.Log("now met, drop known (impose acl of Commerce): the instructed tariffs are the author's")
	}
	for _, s := range []string{
		"OSLO (Reuters) - Prime Minister Lena Holt urged the Trade Minister to impose sanctions on Belarus.",
		"OSLO (Reuters) - Prime Minister Lena Holt ordered Peru's trade minister to impose sanctions on Belarus.",
		"OSLO (Reuters) - Prime Minister Lena Holt ordered Finance Minister Ana Ruiz to impose sanctions on Belarus.",
	} {
		v := view(extractText(t, s))
		if len(v.rels(graph.Sanctions, "Lena Holt"))+len(v.rels(graph.Threatens, "Lena Holt")) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: the addressee's act is the commander's", s[16:70])
		}
	}
}

// TestVoiceOffice: in a readout or statement that its title gives to a person holding an office
// ("Readout of Prime Minister X's Call with …"), "the Prime Minister" in its own sentences is X,
// off a government's page as on it. Near misses: a story with no titled voice, a title naming a
// second holder of the same office, and a voice holding another office ("Statement by Foreign
// Minister X" then "The President condemned …"). Invented wordings.
func TestVoiceOffice(t *testing.T) {
	v := view(extractText(t, "Readout of Prime Minister Jonas Berg's Call with President Lula\n\nPrime Minister Jonas Berg spoke today with President Lula of Brazil. I welcomed the fisheries pact. The Prime Minister condemned the shelling of the consulate in Odesa."))
	v.want(t, "the readout's Prime Minister is not its principal", graph.Opposes, "Jonas Berg", "shelling of the consulate")
	for _, doc := range []string{
		"Talks in Oslo\n\nPrime Minister Jonas Berg spoke today with President Lula of Brazil. The Prime Minister condemned the shelling of the consulate in Odesa.",
		"Readout of Prime Minister Jonas Berg's Call with Prime Minister Lars Holm of Sweden\n\nI welcomed the fisheries pact. The Prime Minister condemned the shelling of the consulate in Odesa.",
		"Statement by Foreign Minister Jonas Berg on Odesa\n\nI welcomed the fisheries pact. The President condemned the shelling of the consulate in Odesa.",
	} {
		v := view(extractText(t, doc))
		if len(v.rels(graph.Opposes, "Jonas Berg")) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: the office is taken for the voice", doc[:40])
		}
	}
}

// TestPressStatementByline: the State Department's header as plain text ("Press Statement" /
// "Name, Office" / date) gives the text's "I" to the named official, whichever header line the
// cleaner takes for the title. Invented wording.
func TestPressStatementByline(t *testing.T) {
	v := view(extractText(t, "Press Statement\n\nMarta Lindqvist, Foreign Minister of Sweden\n\nMarch 3, 2031\n\nI call on the government of Belarus to release the detained journalists."))
	v.want(t, "the byline's minister demands nothing", graph.Demands, "Marta Lindqvist", "detained journalists")
}

// TestCounterpartGuess: in a readout titled by its principal and naming the counterpart with his
// state ("… Call with Foreign Minister Y of Japan"), the one country of the text is the
// counterpart's: the principal's body ("Secretary of State" → State Department) does not take it
// as a guess. Near miss: a principal whose state is stated keeps it. Invented wordings.
func TestCounterpartGuess(t *testing.T) {
	v := view(extractText(t, "Readout of Secretary Ruth Calder's Call with Foreign Minister Kenji Tanaka of Japan\n\nSecretary of State Ruth Calder spoke today with Japanese Foreign Minister Kenji Tanaka. During the call, I reaffirmed our support for the summit."))
	for _, n := range v.g.Nodes {
		if n.Kind == graph.Government && n.Country == "JPN" && n.Name != "Foreign Ministry (Japan)" {
			v.dump(os.Stderr)
			t.Errorf("the principal's body %q took the counterpart's state", n.Name)
		}
	}
	v = view(extractText(t, "Readout of Norwegian Foreign Minister Ingrid Haugen's Call with Foreign Minister Kenji Tanaka of Japan\n\nNorwegian Foreign Minister Ingrid Haugen spoke today with Japanese Foreign Minister Kenji Tanaka. During the call, I reaffirmed our support for the summit."))
	if n := v.node("Ingrid Haugen"); n == nil || n.Country != "NOR" {
		v.dump(os.Stderr)
		t.Errorf("the principal's stated state is lost")
	}
}
